"""The shared scenario file (tests/scenarios/scenarios.yaml): reading it, checking it
against openapi.yaml, and judging a step's outcome. No client and no I/O here but reading
files: tests/test_scenarios.py drives the Python clients with it.

The format is documented in tests/scenarios/README.md; every rule here is a rule there.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

__all__ = [
    "ACTIONS",
    "BUILTINS",
    "CODE",
    "SCENARIOS",
    "Scenario",
    "ScenarioError",
    "Spec",
    "Step",
    "field_at",
    "is_missing",
    "load",
    "mismatches",
    "substitute",
]

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = ROOT / "tests" / "scenarios" / "scenarios.yaml"
CODE = SCENARIOS.parent / "code"
SPEC = ROOT / "openapi.yaml"

ACTIONS = ("call", "list_all", "wait_for", "deploy_code", "emulator")
_STEP_KEYS = {
    "call": {"args", "options"},
    "list_all": {"args", "page_size", "options"},
    "wait_for": {"id", "timeout", "options"},
    "deploy_code": {"id", "code", "timeout", "wait", "options"},
    "emulator": set(),
}
_COMMON_KEYS = {"note", "save", "expect"}
_EXPECT_KEYS = {
    "result", "present", "absent", "count", "error", "refused", "requests", "min_seconds"
}  # fmt: skip
_ERROR_KEYS = {"kind", "status", "type", "message"}
_EMULATOR_KEYS = {"settings", "faults"}
_OPTION_KEYS = {"timeout", "max_retries"}
_NAME = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
_VARIABLE = re.compile(r"\$\{([^}]*)\}")
_VARIABLE_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_REQUEST_KEY = re.compile(r"(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) (/|\$\{)\S*")


class ScenarioError(Exception):
    """The scenario file is wrong; the message says where (scenario, step, key)."""


# --- what the file may name: openapi.yaml's operations, waiters and code uploads -------------


@dataclass(frozen=True)
class SpecOperation:
    operation_id: str
    method: str
    path: str
    path_params: tuple[str, ...]
    query: frozenset[str]
    body: frozenset[str]
    paginated: bool


@dataclass(frozen=True)
class Spec:
    """The names a scenario may use, read from openapi.yaml."""

    operations: Mapping[str, SpecOperation]
    waiters: frozenset[str]
    """Schemas with an x-waiter: `wait_for` names one."""
    code_resources: frozenset[str]
    """Schemas an x-code-upload deploys: `deploy_code` names one."""
    error_kinds: frozenset[str]

    @classmethod
    def read(cls, path: Path = SPEC) -> Spec:
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        schemas = spec["components"]["schemas"]

        def resolve(node: Any) -> Any:
            while isinstance(node, dict) and "$ref" in node:
                *_, section, name = node["$ref"].split("/")
                node = spec["components"][section][name]
            return node

        def properties(schema: Any) -> set[str]:
            schema = resolve(schema)
            names = set(schema.get("properties", {}))
            for part in schema.get("allOf", []):
                names |= properties(part)
            return names

        operations: dict[str, SpecOperation] = {}
        code_resources: set[str] = set()
        for path_template, item in spec["paths"].items():
            shared = item.get("parameters", [])
            for method, operation in item.items():
                if method not in {"get", "put", "post", "delete", "patch", "head", "options"}:
                    continue
                parameters = [resolve(p) for p in [*shared, *operation.get("parameters", [])]]
                body = operation.get("requestBody")
                body_schema = resolve(body)["content"]["application/json"]["schema"] if body else {}
                operations[operation["operationId"]] = SpecOperation(
                    operation_id=operation["operationId"],
                    method=method.upper(),
                    path=path_template,
                    path_params=tuple(
                        p["name"] for p in parameters if p["in"] == "path" and p["name"] != "region"
                    ),
                    query=frozenset(p["name"] for p in parameters if p["in"] == "query"),
                    body=frozenset(properties(body_schema)) if body else frozenset(),
                    paginated="x-pagination" in operation,
                )
                if "x-code-upload" in operation:
                    code_resources.add(operation["x-code-upload"]["waiter"])
        kinds = {entry["kind"] for entry in schemas["ErrorType"]["x-error-kinds"]}
        kinds |= {"resource_failed", "wait_timeout"}
        waiters = {name for name, schema in schemas.items() if "x-waiter" in schema}
        for name in waiters:
            kinds.add(schemas[name]["x-waiter"].get("failure_kind", "resource_failed"))
        return cls(operations, frozenset(waiters), frozenset(code_resources), frozenset(kinds))


# --- the file, checked -----------------------------------------------------------------------


@dataclass(frozen=True)
class Step:
    """One step, as written (variables are substituted when it runs)."""

    where: str
    """`scenario <name>, step <n>` (from 1), for messages."""
    action: str
    target: Any
    """The operationId, resource name, or the emulator block."""
    raw: Mapping[str, Any]

    def get(self, key: str, default: Any = None) -> Any:
        return self.raw.get(key, default)

    @property
    def expect(self) -> Mapping[str, Any]:
        expect: Mapping[str, Any] = self.raw.get("expect") or {}
        return expect


@dataclass(frozen=True)
class Scenario:
    name: str
    description: str
    setup: Mapping[str, Any]
    """The emulator block: the file's defaults, then the scenario's own."""
    steps: tuple[Step, ...] = field(default=())


def _fail(where: str, problem: str) -> ScenarioError:
    return ScenarioError(f"{where}: {problem}")


def _object(where: str, value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _fail(where, f"expected a mapping, got {value!r}")
    return value


def _keys(where: str, value: Mapping[str, Any], allowed: set[str]) -> None:
    unknown = sorted(set(value) - allowed)
    if unknown:
        raise _fail(where, f"unknown key {unknown[0]!r}; expected one of {sorted(allowed)}")


def _seconds(where: str, value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        raise _fail(where, f"expected seconds (a number, 0 or more), got {value!r}")


def _variables_in(value: Any) -> set[str]:
    if isinstance(value, str):
        return set(_VARIABLE.findall(value))
    if isinstance(value, dict):
        return set().union(*(_variables_in(k) | _variables_in(v) for k, v in value.items()))
    if isinstance(value, list):
        return set().union(*(_variables_in(item) for item in value))
    return set()


def _check_emulator(where: str, block: Any) -> dict[str, Any]:
    block = _object(where, block)
    _keys(where, block, _EMULATOR_KEYS)
    if "settings" in block:
        _object(f"{where}, settings", block["settings"])
    if "faults" in block:
        faults = block["faults"]
        if not isinstance(faults, list) or not all(isinstance(item, dict) for item in faults):
            raise _fail(f"{where}, faults", "expected a list of mappings")
    return block


def _check_expect(where: str, expect: Any, action: str) -> None:
    expect = _object(f"{where}, expect", expect)
    _keys(f"{where}, expect", expect, _EXPECT_KEYS)
    if action == "emulator" and expect:
        raise _fail(f"{where}, expect", "an emulator step has no outcome to expect")
    if "error" in expect:
        error = _object(f"{where}, expect, error", expect["error"])
        _keys(f"{where}, expect, error", error, _ERROR_KEYS)
        if not isinstance(error.get("kind"), str):
            raise _fail(f"{where}, expect, error", "needs a kind")
        status = error.get("status", 400)
        if isinstance(status, bool) or not isinstance(status, int):
            raise _fail(f"{where}, expect, error, status", f"expected a status, got {status!r}")
        for key in ("type", "message"):
            if not isinstance(error.get(key, ""), str):
                raise _fail(f"{where}, expect, error, {key}", "expected a text")
        clash = sorted({"result", "present", "absent", "count"} & set(expect))
        if clash:
            raise _fail(f"{where}, expect", f"{clash[0]} and error exclude each other")
    if "refused" in expect:
        texts = expect["refused"]
        if not isinstance(texts, list) or not all(isinstance(t, str) and t for t in texts):
            raise _fail(f"{where}, expect, refused", "expected a list of texts")
        clash = sorted({"result", "present", "absent", "count", "error"} & set(expect))
        if clash:
            raise _fail(f"{where}, expect", f"{clash[0]} and refused exclude each other")
    for key in ("present", "absent"):
        paths = expect.get(key, [])
        if not isinstance(paths, list) or not all(isinstance(p, str) and p for p in paths):
            raise _fail(f"{where}, expect, {key}", "expected a list of field paths")
    count = expect.get("count", 0)
    if isinstance(count, bool) or not isinstance(count, int) or count < 0:
        raise _fail(f"{where}, expect, count", f"expected a number of items, got {count!r}")
    if "min_seconds" in expect:
        _seconds(f"{where}, expect, min_seconds", expect["min_seconds"])
    requests = _object(f"{where}, expect, requests", expect.get("requests", {}))
    for key, wanted in requests.items():
        if not isinstance(key, str) or not _REQUEST_KEY.fullmatch(key):
            raise _fail(f"{where}, expect, requests", f"{key!r} is not 'METHOD /path'")
        if isinstance(wanted, dict):
            _keys(f"{where}, expect, requests, {key}", wanted, {"at_least", "at_most"})
            bounds = list(wanted.values())
        else:
            bounds = [wanted]
        if not bounds or any(isinstance(b, bool) or not isinstance(b, int) for b in bounds):
            raise _fail(f"{where}, expect, requests, {key}", "expected a count or at_least/at_most")


def _check_step(where: str, raw: Any, spec: Spec, defined: set[str]) -> Step:
    raw = _object(where, raw)
    actions = [key for key in ACTIONS if key in raw]
    if len(actions) != 1:
        raise _fail(where, f"give exactly one of {', '.join(ACTIONS)}")
    (action,) = actions
    _keys(where, raw, {action} | _STEP_KEYS[action] | _COMMON_KEYS)
    target = raw[action]
    if action == "emulator":
        _check_emulator(f"{where}, emulator", target)
    elif not isinstance(target, str):
        raise _fail(f"{where}, {action}", f"expected a name, got {target!r}")
    if action in ("call", "list_all"):
        operation = spec.operations.get(target)
        if operation is None:
            raise _fail(f"{where}, {action}", f"openapi.yaml has no operation {target!r}")
        if action == "list_all" and not operation.paginated:
            raise _fail(f"{where}, list_all", f"{target} has no x-pagination")
        args = _object(f"{where}, args", raw.get("args", {}))
        known = set(operation.path_params) | operation.query | operation.body
        if action == "list_all":
            known -= {"page", "page_size"}
        for name in args:
            if name not in known:
                raise _fail(f"{where}, args", f"{target} has no parameter or body field {name!r}")
        missing = [name for name in operation.path_params if name not in args]
        if missing:
            raise _fail(f"{where}, args", f"{target} needs {missing[0]}")
        if action == "list_all" and "page_size" in raw:
            size = raw["page_size"]
            if isinstance(size, bool) or not isinstance(size, int) or size < 1:
                raise _fail(f"{where}, page_size", f"expected a number from 1, got {size!r}")
    if action in ("wait_for", "deploy_code"):
        names = spec.waiters if action == "wait_for" else spec.code_resources
        if target not in names:
            raise _fail(f"{where}, {action}", f"expected one of {sorted(names)}, got {target!r}")
        if not isinstance(raw.get("id"), str):
            raise _fail(where, "needs the resource's id")
        if "timeout" in raw:
            _seconds(f"{where}, timeout", raw["timeout"])
    if action == "deploy_code":
        code = raw.get("code")
        if not isinstance(code, str) or "/" in code or not (CODE / code).is_dir():
            raise _fail(f"{where}, code", f"expected a directory of {CODE}, got {code!r}")
        if not isinstance(raw.get("wait", True), bool):
            raise _fail(f"{where}, wait", "expected true or false")
    options = _object(f"{where}, options", raw.get("options", {}))
    _keys(f"{where}, options", options, _OPTION_KEYS)
    if "timeout" in options:
        _seconds(f"{where}, options, timeout", options["timeout"])
    retries = options.get("max_retries", 0)
    if isinstance(retries, bool) or not isinstance(retries, int) or retries < 0:
        raise _fail(f"{where}, options, max_retries", f"expected a count, got {retries!r}")
    _check_expect(where, raw.get("expect", {}), action)
    kind = (raw.get("expect") or {}).get("error", {}).get("kind")
    if kind is not None and kind not in spec.error_kinds:
        raise _fail(f"{where}, expect, error, kind", f"{kind!r} is no kind of the spec")
    used = _variables_in({k: v for k, v in raw.items() if k != "save"})
    for name in sorted(used):
        if name not in defined:
            raise _fail(where, f"${{{name}}} is not defined by an earlier step")
    save = _object(f"{where}, save", raw.get("save", {}))
    failing = {"error", "refused"} & set(raw.get("expect") or {})
    if save and (action == "emulator" or failing):
        raise _fail(f"{where}, save", "only a step with a result can save from it")
    for name, path in save.items():
        if not _VARIABLE_NAME.fullmatch(str(name)) or not isinstance(path, str) or not path:
            raise _fail(f"{where}, save", f"expected name: field.path, got {name!r}: {path!r}")
        defined.add(name)
    return Step(where, action, target, raw)


BUILTINS = {
    "region": "fr-par",
    "project_id": "00000000-0000-4000-8000-000000000001",
    "api": "/functions/v1beta1/regions/fr-par",
}
"""Variables every scenario has (README.md, Variables): the client's region and project,
and the API's path prefix in that region."""


def load(path: Path = SCENARIOS, spec: Spec | None = None) -> list[Scenario]:
    """Every scenario of the file, checked; ScenarioError says what is wrong, and where."""
    try:
        return _load(path, spec or Spec.read())
    except ScenarioError as error:
        raise ScenarioError(f"{path.name}: {error}") from None


def _load(path: Path, spec: Spec) -> list[Scenario]:
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise ScenarioError(f"not YAML: {error}") from None
    document = _object("the file", document)
    _keys("the file", document, {"version", "emulator", "scenarios"})
    if document.get("version") != 1:
        raise _fail("the file", f"version must be 1, got {document.get('version')!r}")
    defaults = _check_emulator("emulator", document.get("emulator", {}))
    items = document.get("scenarios")
    if not isinstance(items, list) or not items:
        raise _fail("the file", "scenarios: expected a list of scenarios")
    scenarios: list[Scenario] = []
    for index, item in enumerate(items, 1):
        where = f"scenario {index}"
        item = _object(where, item)
        name = item.get("name")
        if not isinstance(name, str) or not _NAME.fullmatch(name):
            raise _fail(where, f"name: expected lowercase-words-with-dashes, got {name!r}")
        where = f"scenario {name}"
        if any(scenario.name == name for scenario in scenarios):
            raise _fail(where, "a scenario of that name comes earlier")
        _keys(where, item, {"name", "description", "emulator", "steps"})
        own = _check_emulator(f"{where}, emulator", item.get("emulator", {}))
        setup = {
            "settings": {**defaults.get("settings", {}), **own.get("settings", {})},
            "faults": [*defaults.get("faults", []), *own.get("faults", [])],
        }
        defined = set(BUILTINS)
        if _variables_in(setup) - defined:
            raise _fail(f"{where}, emulator", "only the built-in variables exist before step 1")
        raw_steps = item.get("steps")
        if not isinstance(raw_steps, list) or not raw_steps:
            raise _fail(where, "steps: expected a list of steps")
        steps = tuple(
            _check_step(f"{where}, step {number}", raw, spec, defined)
            for number, raw in enumerate(raw_steps, 1)
        )
        description = item.get("description", "")
        scenarios.append(Scenario(name, str(description), setup, steps))
    return scenarios


# --- running: variables, field paths, matching ----------------------------------------------


def substitute(value: Any, variables: Mapping[str, Any]) -> Any:
    """`value` with each `${name}` replaced: a string that is just `${name}` becomes the
    variable's value (of any JSON type); elsewhere the value is written into the text."""
    if isinstance(value, str):
        whole = _VARIABLE.fullmatch(value)
        if whole:
            return variables[whole.group(1)]
        return _VARIABLE.sub(lambda match: str(variables[match.group(1)]), value)
    if isinstance(value, dict):
        return {substitute(k, variables): substitute(v, variables) for k, v in value.items()}
    if isinstance(value, list):
        return [substitute(item, variables) for item in value]
    return value


_MISSING = object()


def field_at(value: Any, path: str) -> Any:
    """The value at a dotted field path (`functions.0.id`), or `_MISSING`."""
    for part in path.split("."):
        if isinstance(value, dict) and part in value:
            value = value[part]
        elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        else:
            return _MISSING
    return value


def is_missing(value: Any) -> bool:
    return value is _MISSING


def mismatches(expected: Any, actual: Any, where: str = "result") -> list[str]:
    """How `actual` differs from `expected` (a subset match; README.md, Matching)."""
    if expected is None:
        return [] if actual is None or actual is _MISSING else [f"{where}: {actual!r}, not null"]
    if actual is _MISSING:
        return [f"{where}: absent, expected {expected!r}"]
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return [f"{where}: {actual!r}, expected an object"]
        problems = []
        for key, wanted in expected.items():
            problems += mismatches(wanted, actual.get(key, _MISSING), f"{where}.{key}")
        return problems
    if isinstance(expected, list):
        if not isinstance(actual, list):
            return [f"{where}: {actual!r}, expected a list"]
        if len(actual) != len(expected):
            return [f"{where}: {len(actual)} items, expected {len(expected)}"]
        problems = []
        for index, (wanted, got) in enumerate(zip(expected, actual, strict=True)):
            problems += mismatches(wanted, got, f"{where}.{index}")
        return problems
    if isinstance(expected, bool) or isinstance(actual, bool):
        same = expected is actual
    elif isinstance(expected, (int, float)) and isinstance(actual, (int, float)):
        same = math.isclose(expected, actual, rel_tol=0, abs_tol=1e-9)
    else:
        same = expected == actual
    return [] if same else [f"{where}: {actual!r}, expected {expected!r}"]
