"""The shared scenarios (tests/scenarios/scenarios.yaml), replayed by the Python clients.

Every scenario runs through the public FunctionsClient and AsyncFunctionsClient against
the emulator on a loopback port, which the runner drives only through its HTTP control
surface (/_emulator), as a runner in any other language does. The format, and what each
key means, is in tests/scenarios/README.md; `scenario_file` reads and checks the file.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest
import yaml

from scaleway_functions import (
    AsyncFunctionsClient,
    FunctionsClient,
    ScalewayError,
)
from scaleway_functions.testing import Emulator

from .scenario_file import (
    BUILTINS,
    CODE,
    SCENARIOS,
    Scenario,
    ScenarioError,
    Spec,
    Step,
    field_at,
    is_missing,
    load,
    mismatches,
    substitute,
)

TOKEN = "scenario-runner-token"
SPEC = Spec.read()
ALL = load(SCENARIOS, SPEC)


WRONG_ARGUMENT = (ValueError, TypeError)
"""What Python raises when a client refuses a call before sending it (README.md, refused);
a ScalewayError among them (an ArchiveError) is an error with a kind, caught before."""


# --- the emulator, driven over HTTP -----------------------------------------------------------


@pytest.fixture(scope="module")
def emulator() -> Iterator[Emulator]:
    with Emulator(token=TOKEN, control=True) as running:
        yield running


@pytest.fixture(scope="module")
def control(emulator: Emulator) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=f"{emulator.url}/_emulator", headers={"X-Auth-Token": TOKEN}, timeout=30
    ) as client:
        yield client


def _control(control: httpx.Client, where: str, method: str, path: str, body: Any = None) -> Any:
    answer = control.request(method, path, json=body)
    if answer.status_code != 200:  # a fault or setting the emulator refuses: the file is wrong
        raise ScenarioError(f"{where}: the emulator refused {method} {path}: {answer.text}")
    return answer.json()


def apply_emulator(control: httpx.Client, where: str, block: dict[str, Any]) -> None:
    """An emulator block: its settings, then its faults (README.md, Emulator)."""
    if block.get("settings"):
        _control(control, where, "PATCH", "/settings", block["settings"])
    if block.get("faults"):
        _control(control, where, "POST", "/faults", {"faults": block["faults"]})


def request_counts(control: httpx.Client) -> dict[str, int]:
    counts: dict[str, int] = _control(control, "counting", "GET", "/requests")["requests"]
    return counts


def settled_counts(control: httpx.Client, limit: float = 5.0) -> dict[str, int]:
    """The request counts once they stop changing (bounded): a listing may leave pages in
    flight when it ends, and they must count for it, not for a later step."""
    counts = request_counts(control)
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        time.sleep(0.05)
        again = request_counts(control)
        if again == counts:
            break
        counts = again
    return counts


# --- one step through a Python client ---------------------------------------------------------


def snake(name: str) -> str:
    """An operationId or schema name as Python names it: getFunctionUploadUrl ->
    get_function_upload_url."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def to_json(value: Any) -> Any:
    """A client's answer as JSON values, to compare with the file's."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [to_json(item) for item in value]
    return value


def method_and_arguments(
    client: Any, step: Step, variables: dict[str, Any]
) -> tuple[Any, tuple[Any, ...], dict[str, Any]]:
    """The client method a step calls, with its arguments (README.md, Steps)."""
    options = step.get("options")
    if options:
        client = client.with_options(**options)
    target = step.target
    args = substitute(step.get("args", {}), variables)
    if step.action == "call":
        return getattr(client, snake(target)), (), args
    if step.action == "list_all":
        if "page_size" in step.raw:
            args["page_size"] = step.get("page_size")
        return getattr(client, "iter_" + snake(target).removeprefix("list_")), (), args
    resource_id = substitute(step.get("id"), variables)
    timing = {"timeout": step.get("timeout")} if "timeout" in step.raw else {}
    if step.action == "wait_for":
        return getattr(client, f"wait_for_{snake(target)}"), (resource_id,), timing
    assert step.action == "deploy_code"
    method = getattr(client, f"deploy_{snake(target)}_code")
    code = CODE / step.get("code")
    return method, (resource_id, code), {**timing, "wait": step.get("wait", True)}


@dataclass
class Outcome:
    result: Any = None
    error: ScalewayError | None = None
    refused: Exception | None = None
    """The client's own refusal of the call, before sending anything."""
    seconds: float = 0.0
    requests: dict[str, int] | None = None
    """Requests the emulator saw during the step, by `METHOD /path`."""


def judge(step: Step, outcome: Outcome, variables: dict[str, Any]) -> None:
    """Raise AssertionError naming the scenario and step when the outcome is not the one
    the step expects (README.md, Expectations)."""
    expect = substitute(dict(step.expect), variables)
    problems: list[str] = []
    error = outcome.error
    if outcome.refused is not None and "refused" not in expect:
        problems.append(f"refused: {type(outcome.refused).__name__}: {outcome.refused}")
    elif "refused" in expect:
        if outcome.refused is None:
            what = f"failed with {error.kind}: {error}" if error else f"gave {outcome.result!r}"
            problems.append(f"{what}, expected the client to refuse the call")
        else:
            for text in expect["refused"]:
                if text not in str(outcome.refused):
                    problems.append(f"refusal {str(outcome.refused)!r} does not name {text!r}")
    elif "error" in expect:
        wanted = expect["error"]
        if error is None:
            problems.append(f"succeeded with {outcome.result!r}, expected a {wanted['kind']} error")
        else:
            seen = {"kind": error.kind, "status": error.status_code, "type": error.error_type}
            for key in ("kind", "status", "type"):
                if key in wanted and seen[key] != wanted[key]:
                    problems.append(f"error {key} {seen[key]!r}, expected {wanted[key]!r}")
            if "message" in wanted and wanted["message"] not in str(error):
                problems.append(f"error message {str(error)!r} lacks {wanted['message']!r}")
    elif error is not None:
        problems.append(f"failed with {error.kind}: {error}")
    else:
        result = outcome.result
        if "result" in expect:
            problems += mismatches(expect["result"], result)
        for path in expect.get("present", []):
            value = field_at(result, path)
            if is_missing(value) or value is None:
                problems.append(f"result.{path} is absent, expected present")
        for path in expect.get("absent", []):
            value = field_at(result, path)
            if not (is_missing(value) or value is None):
                problems.append(f"result.{path} is {value!r}, expected absent")
        if "count" in expect:
            count = len(result) if isinstance(result, list) else None
            if count != expect["count"]:
                problems.append(f"{count} items, expected {expect['count']}")
    for key, wanted in expect.get("requests", {}).items():
        seen_count = (outcome.requests or {}).get(key, 0)
        low, high = (
            (wanted.get("at_least", 0), wanted.get("at_most", float("inf")))
            if isinstance(wanted, dict)
            else (wanted, wanted)
        )
        if not low <= seen_count <= high:
            problems.append(f"{seen_count} requests to {key}, expected {wanted}")
    if "min_seconds" in expect and outcome.seconds < expect["min_seconds"]:
        problems.append(f"took {outcome.seconds:.3f}s, expected {expect['min_seconds']}s at least")
    if problems:
        raise AssertionError(f"{step.where}: " + "; ".join(problems))


def save(step: Step, result: Any, variables: dict[str, Any]) -> None:
    for name, path in step.get("save", {}).items():
        value = field_at(result, path)
        if is_missing(value):
            raise AssertionError(f"{step.where}: save {name}: the result has no {path}")
        variables[name] = value


class Runner:
    """Replays scenarios through one client flavour: `sync` or `async`."""

    def __init__(self, flavour: str, emulator: Emulator, control: httpx.Client) -> None:
        self.flavour, self.emulator, self.control = flavour, emulator, control

    async def run(self, scenario: Scenario) -> None:
        _control(self.control, f"scenario {scenario.name}", "POST", "/reset")
        apply_emulator(self.control, f"scenario {scenario.name}, emulator",
                       substitute(dict(scenario.setup), BUILTINS))  # fmt: skip
        variables = dict(BUILTINS)
        async with self._client() as client:
            for step in scenario.steps:
                await self._step(client, step, variables)

    def _client(self) -> Any:
        settings = {"secret_key": TOKEN, "api_url": self.emulator.url,
                    "region": BUILTINS["region"], "project_id": BUILTINS["project_id"]}  # fmt: skip
        if self.flavour == "async":
            return AsyncFunctionsClient(**settings)
        return _AsyncContext(FunctionsClient(**settings))

    async def _step(self, client: Any, step: Step, variables: dict[str, Any]) -> None:
        if step.action == "emulator":
            apply_emulator(self.control, step.where, substitute(step.target, variables))
            return
        counted = "requests" in step.expect
        before = request_counts(self.control) if counted else {}
        outcome = Outcome()
        method, positional, keywords = method_and_arguments(client, step, variables)
        started = time.monotonic()
        try:
            outcome.result = to_json(await self._invoke(step, method, positional, keywords))
        except ScalewayError as error:
            outcome.error = error
        except WRONG_ARGUMENT as error:  # the client refused the call before sending it
            outcome.refused = error
        except Exception as error:  # the runner's or the client's bug: say which step
            raise AssertionError(f"{step.where}: {type(error).__name__}: {error}") from error
        outcome.seconds = time.monotonic() - started
        if step.action == "list_all":  # whether counted or not: nothing may leak onwards
            after = settled_counts(self.control)
        else:
            after = request_counts(self.control) if counted else {}
        if counted:
            outcome.requests = {key: after[key] - before.get(key, 0) for key in after}
        judge(step, outcome, variables)
        save(step, outcome.result, variables)

    async def _invoke(self, step: Step, method: Any, args: tuple[Any, ...], kw: Any) -> Any:
        if self.flavour == "sync":
            answer = method(*args, **kw)
            return list(answer) if step.action == "list_all" else answer
        if step.action == "list_all":
            return [item async for item in method(*args, **kw)]
        return await method(*args, **kw)


class _AsyncContext:
    """A sync client in an `async with`, so both flavours share one loop above."""

    def __init__(self, client: FunctionsClient) -> None:
        self.client = client

    async def __aenter__(self) -> FunctionsClient:
        return self.client.__enter__()

    async def __aexit__(self, *exc_info: object) -> None:
        self.client.__exit__(None, None, None)


@pytest.fixture(params=["sync", "async"])
def runner(request: pytest.FixtureRequest, emulator: Emulator, control: httpx.Client) -> Runner:
    return Runner(request.param, emulator, control)


# --- the file's scenarios ---------------------------------------------------------------------


@pytest.mark.loopback
@pytest.mark.parametrize("scenario", ALL, ids=[scenario.name for scenario in ALL])
async def test_scenario(runner: Runner, scenario: Scenario) -> None:
    await runner.run(scenario)


def test_the_file_has_the_scenarios_issue_21_asks_for() -> None:
    """A lifecycle, a failed build, a wait timeout, short and lying listings, retries of a
    503 and of a 429 with Retry-After, the x-one-of refusal, and every error kind."""
    names = {scenario.name for scenario in ALL}
    assert {"lifecycle", "failed-build", "wait-timeout", "listing-with-a-short-last-page",
            "listing-whose-total-is-too-high", "listing-whose-total-is-too-low", "retried-503",
            "retried-429-after-retry-after", "one-of-refusal"} <= names  # fmt: skip
    expected_kinds = {
        step.expect["error"]["kind"]
        for scenario in ALL
        for step in scenario.steps
        if "error" in step.expect
    }
    assert expected_kinds >= SPEC.error_kinds


def test_no_operation_uses_one_name_for_two_kinds_of_argument() -> None:
    """`args` is flat (README.md, Steps): each name must be a path parameter, a query
    parameter or a body field, never two of them."""
    for operation in SPEC.operations.values():
        path, query, body = set(operation.path_params), operation.query, operation.body
        assert not path & query, operation.operation_id
        assert not path & body, operation.operation_id
        assert not query & body, operation.operation_id


def test_the_file_reads_the_same_in_yaml_1_1_and_1_2() -> None:
    """YAML 1.1 (PyYAML) reads `yes`, `no`, `on`, `off` as booleans where YAML 1.2 (other
    languages' parsers) reads text: the only booleans of the file are `wait: true|false`."""

    def booleans(value: Any, key: str = "") -> list[str]:
        if isinstance(value, bool):
            return [] if key == "wait" else [key]
        if isinstance(value, dict):
            return [found for k, v in value.items() for found in booleans(v, str(k))]
        if isinstance(value, list):
            return [found for item in value for found in booleans(item, key)]
        return []

    document = yaml.safe_load(SCENARIOS.read_text(encoding="utf-8"))
    assert booleans(document) == []


# --- a wrong scenario fails, and says where ---------------------------------------------------

_BROKEN = """
version: 1
emulator: {settings: {namespace_ready: 0, build: 0.05, deletion: 0}}
scenarios:
  - name: broken
    steps:
      - call: createNamespace
        args: {name: broken}
        save: {ns_id: id}
      - emulator:
          faults: [{path: "${api}/namespaces/${ns_id}", method: GET, status: 503}]
      - call: getNamespace
        args: {namespace_id: "${ns_id}"}
        expect: EXPECT
"""


@pytest.mark.loopback
@pytest.mark.parametrize(
    ("expect", "problem"),
    [
        ('{requests: {"GET ${api}/namespaces/${ns_id}": 1}}', "2 requests to GET"),
        ("{result: {name: other}}", "result.name: 'broken', expected 'other'"),
        ("{absent: [name]}", "result.name is 'broken', expected absent"),
        ("{error: {kind: server}}", "expected a server error"),
        ("{min_seconds: 60}", "expected 60s at least"),
        ("{refused: [namespace_id]}", "expected the client to refuse the call"),
    ],
)
async def test_a_wrong_expectation_fails_naming_scenario_and_step(
    runner: Runner, tmp_path: Path, expect: str, problem: str
) -> None:
    path = tmp_path / "scenarios.yaml"
    path.write_text(_BROKEN.replace("EXPECT", expect))
    (scenario,) = load(path, SPEC)
    with pytest.raises(AssertionError) as caught:
        await runner.run(scenario)
    assert str(caught.value).startswith("scenario broken, step 3: ")
    assert problem in str(caught.value)


@pytest.mark.loopback
async def test_a_fault_the_emulator_refuses_fails_naming_the_step(
    runner: Runner, tmp_path: Path
) -> None:
    path = tmp_path / "scenarios.yaml"
    path.write_text(_BROKEN.replace("status: 503", "status: 99").replace("EXPECT", "{}"))
    (scenario,) = load(path, SPEC)
    with pytest.raises(ScenarioError, match=r"scenario broken, step 2: .*faults\[0\]\.status"):
        await runner.run(scenario)


# --- a malformed file is refused before anything runs -----------------------------------------

_VALID: dict[str, Any] = {
    "version": 1,
    "scenarios": [
        {
            "name": "valid",
            "steps": [
                {"call": "createNamespace", "args": {"name": "x"}, "save": {"ns_id": "id"}},
                {"wait_for": "Namespace", "id": "${ns_id}", "timeout": 5},
            ],
        }
    ],
}


def _malformed(change: str) -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(yaml.safe_dump(_VALID))
    first, second = document["scenarios"][0]["steps"]
    scenario = document["scenarios"][0]
    changes = {
        "no action": lambda: first.pop("call"),
        "two actions": lambda: first.update(list_all="listNamespaces"),
        "unknown operation": lambda: first.update(call="createNamespaces"),
        "unknown argument": lambda: first["args"].update(nmae="x"),
        "missing path parameter": lambda: first.update(call="getNamespace", args={}),
        "not paginated": lambda: (
            first.pop("call"),
            first.update(list_all="listFunctionRuntimes", args={}),
        ),
        "unknown waiter": lambda: second.update(wait_for="Spaceship"),
        "undefined variable": lambda: second.update(id="${fn_id}"),
        "unknown expectation": lambda: second.update(expect={"reslut": {}}),
        "unknown kind": lambda: second.update(expect={"error": {"kind": "NotFoundError"}}),
        "error and result": lambda: second.update(
            expect={"error": {"kind": "not_found"}, "result": {}}
        ),
        "bad request key": lambda: second.update(expect={"requests": {"/namespaces": 1}}),
        "refused and count": lambda: second.update(expect={"refused": ["x"], "count": 1}),
        "unknown code": lambda: document["scenarios"][0]["steps"].append(
            {"deploy_code": "Function", "id": "${ns_id}", "code": "nowhere"}
        ),
        "negative timeout": lambda: second.update(timeout=-1),
        "bad name": lambda: scenario.update(name="Valid Name"),
        "unknown step key": lambda: second.update(timeuot=5),
    }
    changes[change]()
    return document


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("no action", "scenario valid, step 1: give exactly one of call, list_all"),
        ("two actions", "scenario valid, step 1: give exactly one of"),
        ("unknown operation", "step 1, call: openapi.yaml has no operation 'createNamespaces'"),
        ("unknown argument", "step 1, args: createNamespace has no parameter or body field 'nmae'"),
        ("missing path parameter", "step 1, args: getNamespace needs namespace_id"),
        ("not paginated", "step 1, list_all: listFunctionRuntimes has no x-pagination"),
        ("unknown waiter", "step 2, wait_for: expected one of"),
        ("undefined variable", "step 2: ${fn_id} is not defined by an earlier step"),
        ("unknown expectation", "step 2, expect: unknown key 'reslut'"),
        ("unknown kind", "step 2, expect, error, kind: 'NotFoundError' is no kind of the spec"),
        ("error and result", "step 2, expect: result and error exclude each other"),
        ("bad request key", "step 2, expect, requests: '/namespaces' is not 'METHOD /path'"),
        ("refused and count", "step 2, expect: count and refused exclude each other"),
        ("unknown code", "step 3, code: expected a directory of"),
        ("negative timeout", "step 2, timeout: expected seconds"),
        ("bad name", "scenario 1: name: expected lowercase-words-with-dashes"),
        ("unknown step key", "step 2: unknown key 'timeuot'"),
    ],
)
def test_a_malformed_file_is_refused_naming_scenario_and_step(
    tmp_path: Path, change: str, message: str
) -> None:
    path = tmp_path / "scenarios.yaml"
    path.write_text(yaml.safe_dump(_malformed(change)))
    with pytest.raises(ScenarioError) as caught:
        load(path, SPEC)
    assert str(caught.value).startswith("scenarios.yaml: ")
    assert message in str(caught.value)


def test_the_valid_base_of_those_files_loads(tmp_path: Path) -> None:
    path = tmp_path / "scenarios.yaml"
    path.write_text(yaml.safe_dump(_VALID))
    (scenario,) = load(path, SPEC)
    assert [step.action for step in scenario.steps] == ["call", "wait_for"]


SCHEMA = json.loads((SCENARIOS.parent / "scenarios.schema.json").read_text(encoding="utf-8"))


def test_the_file_follows_its_json_schema() -> None:
    """scenarios.schema.json is the file's form for tools in any language (ajv, editors)."""
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    document = yaml.safe_load(SCENARIOS.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(SCHEMA).validate(document)


@pytest.mark.parametrize(
    "change",
    [
        "no action",
        "two actions",
        "unknown expectation",
        "error and result",
        "bad request key",
        "negative timeout",
        "bad name",
        "unknown step key",
        "refused and count",
    ],
)
def test_the_json_schema_refuses_what_the_runner_refuses_by_form(change: str) -> None:
    assert not jsonschema.Draft202012Validator(SCHEMA).is_valid(_malformed(change))
    assert jsonschema.Draft202012Validator(SCHEMA).is_valid(_malformed("unknown operation"))


@pytest.mark.parametrize(
    "fault",
    [
        {},
        {"status": 99},
        {"status": 503, "connection": "drop"},
        {"body": {}, "patch": {}},
        {"delay": 0},
        {"status": 503, "color": "red"},
    ],
)
def test_the_json_schema_refuses_faults_the_emulator_refuses(fault: dict[str, Any]) -> None:
    document = {"version": 1, "emulator": {"faults": [fault]}, "scenarios": _VALID["scenarios"]}
    assert not jsonschema.Draft202012Validator(SCHEMA).is_valid(document)


def test_a_file_that_is_not_yaml_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "scenarios.yaml"
    path.write_text("scenarios: [unclosed")
    with pytest.raises(ScenarioError, match=r"scenarios\.yaml: not YAML"):
        load(path, SPEC)


# --- the matching rules of README.md ----------------------------------------------------------


@pytest.mark.parametrize(
    ("expected", "actual", "matches"),
    [
        ({"a": 1}, {"a": 1, "b": 2}, True),
        ({"a": 1}, {"a": 1.0}, True),
        ({"a": {"b": "x"}}, {"a": {"b": "x", "c": None}}, True),
        ({"a": None}, {}, True),
        ({"a": None}, {"a": None}, True),
        ({"a": None}, {"a": 0}, False),
        ({"a": 1}, {}, False),
        ({"a": True}, {"a": 1}, False),
        ([{"a": 1}], [{"a": 1, "b": 2}], True),
        ([{"a": 1}], [{"a": 1}, {"a": 2}], False),
        ([], [], True),
        ("x", "x ", False),
    ],
)
def test_results_match_as_a_subset(expected: Any, actual: Any, matches: bool) -> None:
    assert (mismatches(expected, actual) == []) is matches


def test_variables_keep_their_type_alone_and_are_written_into_text() -> None:
    variables = {"n": 3, "id": "abc"}
    assert substitute({"count": "${n}", "path": "/x/${id}/${n}"}, variables) == {
        "count": 3,
        "path": "/x/abc/3",
    }


def test_field_paths_go_through_objects_and_lists() -> None:
    value = {"functions": [{"id": "a"}, {"id": "b"}]}
    assert field_at(value, "functions.1.id") == "b"
    assert is_missing(field_at(value, "functions.2.id"))
    assert is_missing(field_at(value, "total"))
