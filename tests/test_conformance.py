"""Schemathesis conformance: the emulator against openapi.yaml, with every check on.

What a pass proves: for every operation of openapi.yaml, requests generated from the
document (valid ones, and ones that break it on purpose), sent in-process to the emulator,
get answers that

- are never a server error, and have a documented status code, content type and headers;
- match the documented response schema, field for field;
- accept what the document calls valid (2xx, or 404/409 for a resource's state) and refuse
  what it calls invalid (4xx);
- refuse missing and wrong credentials, and answer an undocumented method with a 405 whose
  `Allow` header lists exactly the documented ones.

Every request reaches real resources: before each one, the emulator gets a fresh state
holding one namespace, function, cron, domain, token and trigger under fixed ids. The
configuration pins every path id to them, and `use_seeded_ids` points every well-formed
`function_id` / `namespace_id` of a query or body at them, so bodies are judged by a live
resource instead of bouncing off a 404. `_coverage` fails the module if an operation that
passed never got a 2xx, i.e. if the harness stopped reaching the emulator's logic.

Rules that no schema can state are listed in `RULES`, each with its reason. A schema-valid
request that breaks one is not held to `positive_data_acceptance`; it must be refused
instead (`rule_enforced`). Nothing else is exempt.

Bounded and reproducible: fixed seed, derandomized generation, no example database,
MAX_EXAMPLES fuzzed cases per operation on top of the examples and coverage phases (about
50 s on two cores when everything passes; an operation stops at its first failure).

It runs once per CI run, in its own session (`nox -s conformance`, Python 3.11 or later for
schemathesis 4); `nox -s tests` leaves it out.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import pytest
import schemathesis
from schemathesis.checks import CHECKS, load_all_checks

from scaleway_functions.testing import Service, Timings, create_app

AnyCase = schemathesis.Case[Any]

SPEC = Path(__file__).resolve().parent.parent / "openapi.yaml"
MAX_EXAMPLES = 25
SEED = 20240601
TOKEN = "conformance-secret-key"
REGION = "fr-par"

# The seeded resources: every path id, and every well-formed function_id / namespace_id of a
# query or body, is one of these.
NAMESPACE_ID = "11111111-1111-4111-8111-111111111111"
FUNCTION_ID = "22222222-2222-4222-8222-222222222222"
CRON_ID = "33333333-3333-4333-8333-333333333333"
DOMAIN_ID = "44444444-4444-4444-8444-444444444444"
TOKEN_ID = "55555555-5555-4555-8555-555555555555"
TRIGGER_ID = "66666666-6666-4666-8666-666666666666"
SEEDED_IDS = {
    "namespace": NAMESPACE_ID,
    "function": FUNCTION_ID,
    "cron": CRON_ID,
    "domain": DOMAIN_ID,
    "token": TOKEN_ID,
    "trigger": TRIGGER_ID,
}
# What the seeded function holds, and what the API uses when a create omits them.
SEEDED_MIN_SCALE, SEEDED_MAX_SCALE = 0, 20
DEFAULT_MIN_SCALE, DEFAULT_MAX_SCALE = 0, 20

# Operations whose path names a resource: pinned to the region the resources live in. The
# others (lists and creates) keep a generated region, so bad regions are tried there.
RESOURCE_PATH = r"\{(namespace|function|cron|domain|token|trigger)_id\}"

CONFIG = schemathesis.Config.from_dict(
    {
        "seed": SEED,
        # Generation speed depends on the machine, not on the spec: never a reason to fail.
        "suppress-health-check": ["too_slow"],
        "generation": {
            "max-examples": MAX_EXAMPLES,
            "deterministic": True,
            "database": "none",
        },
        # Every check, built-in or registered; max_response_time stays off (no limit set):
        # timings on a shared CI machine prove nothing about the spec.
        "checks": {"enabled": True},
        "auth": {"openapi": {"scalewayToken": {"api_key": TOKEN}}},
        "parameters": {
            "path.namespace_id": NAMESPACE_ID,
            "path.function_id": FUNCTION_ID,
            "path.cron_id": CRON_ID,
            "path.domain_id": DOMAIN_ID,
            "path.token_id": TOKEN_ID,
            "path.trigger_id": TRIGGER_ID,
        },
        "operations": [
            {"include-path-regex": RESOURCE_PATH, "parameters": {"path.region": REGION}},
        ],
        # Failures print the request as sent: nothing here is a real secret.
        "output": {"sanitization": {"enabled": False}},
        # No literals mined from the emulator's modules: what they yield depends on which
        # other test modules were imported first, so the same test would draw different
        # cases alone and in the full suite.
        "analysis": {"constants": {"enabled": False}},
    }
)

SCHEMA = schemathesis.openapi.from_path(SPEC, config=CONFIG)
APP = create_app(token=TOKEN)
SCHEMA.app = APP  # every request, and every probe a check sends, goes to APP in-process


# --- the emulator's state -----------------------------------------------------------------


def _pin(service: Service, kind: str, created: Mapping[str, Any]) -> None:
    """Move a just-created resource under its fixed id."""
    table = service.tables[kind]
    record = table.pop(created["id"])
    record.data["id"] = SEEDED_IDS[kind]
    table[SEEDED_IDS[kind]] = record


def seeded_service() -> Service:
    """A fresh emulator state: one resource of each kind, all settled (ready)."""
    now = 0.0

    def clock() -> float:
        return now

    service = Service(timings=Timings(), clock=clock)
    _pin(service, "namespace", service.create_namespace(REGION, {"name": "conformance"}))
    function = {
        "namespace_id": NAMESPACE_ID,
        "name": "conformance",
        "min_scale": SEEDED_MIN_SCALE,
        "max_scale": SEEDED_MAX_SCALE,
    }
    _pin(service, "function", service.create_function(REGION, function))
    cron = {"function_id": FUNCTION_ID, "schedule": "0 * * * *"}
    _pin(service, "cron", service.create_cron(REGION, cron))
    domain = {"function_id": FUNCTION_ID, "hostname": "conformance.example.com"}
    _pin(service, "domain", service.create_domain(REGION, domain))
    _pin(service, "token", service.create_token(REGION, {"function_id": FUNCTION_ID}))
    sqs = {"endpoint": "https://sqs.example.com", "queue_url": "https://sqs.example.com/q",
           "access_key": "access", "secret_key": "secret"}  # fmt: skip
    trigger = {"function_id": FUNCTION_ID, "name": "conformance", "sqs_config": sqs}
    _pin(service, "trigger", service.create_trigger(REGION, trigger))
    now = 3600.0  # every creation has settled; nothing moves during a request
    return service


# --- ids in query strings and bodies --------------------------------------------------------

UUID = re.compile(SCHEMA.raw_schema["components"]["schemas"]["UUID"]["pattern"])
# A well-formed id here is swapped for the seeded resource's, so the request reaches it.
ID_FIELDS = {"function_id": FUNCTION_ID, "namespace_id": NAMESPACE_ID}


def _with_seeded_ids(values: Mapping[str, Any]) -> dict[str, Any]:
    return {
        name: ID_FIELDS[name]
        if name in ID_FIELDS and isinstance(value, str) and UUID.search(value)
        else value
        for name, value in values.items()
    }


def use_seeded_ids(case: AnyCase) -> None:
    """Point the ids a request carries in its query or body at the seeded resources.

    Only ids that match the UUID schema change, and they change to other valid UUIDs: a
    request valid before is valid after, and a request built to break the schema still
    breaks it in the same place. The containers are replaced, not edited in place, so
    Schemathesis sees the change and re-derives the case's metadata before sending it.
    """
    if case.query:
        query = _with_seeded_ids(case.query)
        if query != case.query:
            case.query = query
    if isinstance(case.body, Mapping):
        body = _with_seeded_ids(case.body)
        if body != case.body:
            case.body = body


# --- rules no schema can state --------------------------------------------------------------


def _operation_id(case: AnyCase) -> str:
    return str(case.operation.definition.raw.get("operationId", ""))


def _body(case: AnyCase) -> Mapping[str, Any]:
    return case.body if isinstance(case.body, Mapping) else {}


def _scale_inverted(case: AnyCase) -> bool:
    body = _body(case)
    if _operation_id(case) == "createFunction":
        low, high = DEFAULT_MIN_SCALE, DEFAULT_MAX_SCALE
    else:
        low, high = SEEDED_MIN_SCALE, SEEDED_MAX_SCALE
    low, high = _count(body.get("min_scale"), low), _count(body.get("max_scale"), high)
    return bool(low > high)


def _count(value: Any, default: int) -> float:
    """A JSON integer as sent: 29 or 29.0 (JSON Schema's "integer" takes both), else the
    default (a value of another type is refused for its type, not for this rule)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    return default


END_OF_LIFE = frozenset(r["name"] for r in Service().runtimes if r["status"] == "end_of_life")


def _end_of_life_runtime(case: AnyCase) -> bool:
    return _body(case).get("runtime") in END_OF_LIFE


def _one_of_groups() -> dict[str, list[list[str]]]:
    """`x-one-of` groups of query parameters (docs/spec-extensions.md), by operationId."""
    groups: dict[str, list[list[str]]] = {}
    for item in SCHEMA.raw_schema.get("paths", {}).values():
        for operation in item.values():
            if isinstance(operation, dict) and "x-one-of" in operation:
                groups[operation["operationId"]] = list(operation["x-one-of"].values())
    return groups


ONE_OF_GROUPS = _one_of_groups()


def _query_one_of_broken(case: AnyCase) -> bool:
    query = case.query or {}
    groups = ONE_OF_GROUPS.get(_operation_id(case), [])
    return any(sum(name in query for name in group) > 1 for group in groups)


@dataclass(frozen=True)
class Rule:
    """A constraint the API enforces that no JSON Schema can state."""

    operations: frozenset[str]
    broken_by: Callable[[AnyCase], bool]
    reason: str


RULES = (
    Rule(
        frozenset({"createFunction", "updateFunction"}),
        _scale_inverted,
        "min_scale <= max_scale: JSON Schema cannot compare two fields, and on update one of "
        "them may be the stored value.",
    ),
    Rule(
        frozenset({"createFunction", "updateFunction"}),
        _end_of_life_runtime,
        "a runtime past end of life is refused: which runtimes those are is data that changes "
        "over time (listFunctionRuntimes), not part of the FunctionRuntime enum.",
    ),
    Rule(
        frozenset(ONE_OF_GROUPS),
        _query_one_of_broken,
        "at most one query parameter of each `x-one-of` group: OpenAPI cannot relate two "
        "parameters.",
    ),
)


def _is_positive(case: AnyCase) -> bool:
    meta = case.meta
    return meta is None or bool(meta.generation.mode.is_positive)


def broken_rules(case: AnyCase) -> list[Rule]:
    """The rules this schema-valid request breaks (none for a request meant to be invalid)."""
    if not _is_positive(case):
        return []
    operation = _operation_id(case)
    return [rule for rule in RULES if operation in rule.operations and rule.broken_by(case)]


def rule_enforced(rules: list[Rule]) -> schemathesis.CheckFunction:
    """A check: a request breaking `rules` is refused with 400 invalid_arguments, or with
    404 when it names a resource that is not there (e.g. in another region)."""

    def check(
        ctx: schemathesis.CheckContext, response: schemathesis.Response, case: AnyCase
    ) -> None:
        if response.status_code not in (400, 404):
            reasons = "; ".join(rule.reason for rule in rules)
            raise AssertionError(
                f"a request breaking a rule must be refused with 400, got "
                f"{response.status_code}. Rule: {reasons}"
            )

    check.__name__ = "rule_enforced"
    return check


# --- the test -------------------------------------------------------------------------------

load_all_checks()
POSITIVE_DATA_ACCEPTANCE = cast(
    schemathesis.CheckFunction, CHECKS.get_one("positive_data_acceptance")
)

# Per operation: the statuses seen, and whether its test failed (see `_coverage`).
STATUSES: defaultdict[str, set[int]] = defaultdict(set)
FAILED: set[str] = set()


@SCHEMA.parametrize()
def test_conformance(case: AnyCase) -> None:
    APP.state.service = seeded_service()
    use_seeded_ids(case)
    rules = broken_rules(case)
    try:
        response = case.call_and_validate(
            excluded_checks=[POSITIVE_DATA_ACCEPTANCE] if rules else None,
            additional_checks=[rule_enforced(rules)] if rules else None,
        )
    except BaseException:
        FAILED.add(case.operation.label)
        raise
    STATUSES[case.operation.label].add(response.status_code)


@pytest.fixture(scope="module", autouse=True)
def _coverage() -> Iterator[None]:
    """After the run: every operation that passed got at least one 2xx answer.

    Otherwise its test proved little (every request bounced off a 404 or a 400), which
    means the harness, not the emulator, needs fixing.
    """
    yield
    idle = sorted(
        label
        for label, statuses in STATUSES.items()
        if label not in FAILED and not any(200 <= status < 300 for status in statuses)
    )
    assert not idle, f"operations never answered 2xx: {idle}"


def test_every_check_is_enabled() -> None:
    """The run uses every check Schemathesis has (max_response_time aside: no limit)."""
    config = SCHEMA.config.checks_config_for()
    names = set(CHECKS.get_all_names())
    assert "positive_data_acceptance" in names
    assert "negative_data_rejection" in names
    disabled = sorted(name for name in names if not config.get_by_name(name=name).enabled)
    assert not disabled


@pytest.mark.parametrize("kind", sorted(SEEDED_IDS))
def test_seeded_resources_are_served(kind: str) -> None:
    """The fixed ids the configuration pins name live resources (so cases pass the 404)."""
    APP.state.service = seeded_service()
    path = f"/functions/v1beta1/regions/{{region}}/{kind}s/{{{kind}_id}}"
    case = SCHEMA[path]["GET"].Case(
        path_parameters={"region": REGION, f"{kind}_id": SEEDED_IDS[kind]}
    )
    response = case.call(headers={"X-Auth-Token": TOKEN})
    assert response.status_code == 200, response.text
    assert response.json()["id"] == SEEDED_IDS[kind]
