"""What the live API really sends parses, and survives a round trip through the models.

Forward compatibility: a field or enum value this version does not know yet must not break
parsing, and must come back out of `to_dict()` unchanged.
"""

from __future__ import annotations

import copy
import datetime
from typing import Any

import pytest

from scaleway_functions_api.models import (
    Error,
    Function,
    FunctionRuntime,
    FunctionStatus,
    ListNamespacesResponse,
    Namespace,
    Secret,
    SecretHashedValue,
)
from scaleway_functions_api.types import UNSET, parse_datetime

from .conftest import RECORDED

RECORDED_FUNCTIONS = [
    i.json() for i in RECORDED if i.body.startswith('{"id"') and '"runtime"' in i.body
]
TIMESTAMPS = ("created_at", "updated_at", "ready_at")


def as_instants(payload: dict[str, Any]) -> dict[str, Any]:
    """The payload with its timestamps as datetimes, so equal instants compare equal."""
    return {
        key: parse_datetime(value) if key in TIMESTAMPS and value is not None else value
        for key, value in payload.items()
    }


def test_the_recording_has_functions_in_every_lifecycle_state() -> None:
    statuses = {payload["status"] for payload in RECORDED_FUNCTIONS}
    assert statuses == {"created", "pending", "ready"}


@pytest.mark.parametrize("payload", RECORDED_FUNCTIONS, ids=lambda p: p["status"])
def test_recorded_functions_round_trip(payload: dict[str, Any]) -> None:
    function = Function.from_dict(payload)

    assert as_instants(function.to_dict()) == as_instants(payload)
    assert Function.from_dict(function.to_dict()) == function


def test_every_nullable_field_accepts_null_and_gives_it_back() -> None:
    payload = {
        **RECORDED[18].json(),
        "error_message": None,
        "build_message": None,
        "ready_at": None,
        "private_network_id": None,
    }

    function = Function.from_dict(payload)

    assert function.error_message is None
    assert function.build_message is None
    assert function.ready_at is None
    assert function.private_network_id is None
    assert function.to_dict() | {"created_at": None, "updated_at": None} == payload | {
        "created_at": None,
        "updated_at": None,
    }


def test_nullable_fields_carry_values_when_set() -> None:
    payload = {
        **RECORDED[18].json(),
        "status": "error",
        "error_message": "handler not found",
        "build_message": "step 2 of 3: function build in progress",
        "private_network_id": "0d26f2a5-4e5c-4e56-8d2b-0d5d0c9a8f11",
    }

    function = Function.from_dict(payload)

    assert function.status is FunctionStatus.ERROR
    assert function.error_message == "handler not found"
    assert function.private_network_id == "0d26f2a5-4e5c-4e56-8d2b-0d5d0c9a8f11"


def test_fields_the_official_sdks_type_optional_accept_null() -> None:
    """created_at, updated_at, timeout and description are pointers in the Go SDK."""
    nulls = {"created_at": None, "updated_at": None, "description": None}
    function = Function.from_dict({**RECORDED[18].json(), **nulls, "timeout": None})
    namespace = Namespace.from_dict({**RECORDED[2].json(), **nulls})

    assert (function.created_at, function.updated_at, function.timeout) == (None, None, None)
    assert (namespace.created_at, namespace.updated_at, namespace.description) == (None,) * 3
    assert function.to_dict().items() >= {**nulls, "timeout": None}.items()
    assert namespace.to_dict().items() >= nulls.items()


def test_namespace_error_message_is_nullable() -> None:
    payload = RECORDED[2].json()
    assert payload["error_message"] is None
    assert Namespace.from_dict(payload).error_message is None
    assert Namespace.from_dict({**payload, "error_message": "quota"}).error_message == "quota"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-07-03T13:03:53.828896696Z", (2026, 7, 3, 13, 3, 53, 828896)),
        ("2026-07-03T13:03:53.8288Z", (2026, 7, 3, 13, 3, 53, 828800)),
        ("2026-07-03T13:03:53Z", (2026, 7, 3, 13, 3, 53, 0)),
        ("2026-07-03T13:03:53.501244+00:00", (2026, 7, 3, 13, 3, 53, 501244)),
    ],
)
def test_timestamps_parse_with_any_fraction(text: str, expected: tuple[int, ...]) -> None:
    parsed = parse_datetime(text)
    assert parsed == datetime.datetime(*expected, tzinfo=datetime.timezone.utc)
    assert parsed.utcoffset() == datetime.timedelta(0)


def test_nine_digit_timestamp_in_a_function() -> None:
    payload = RECORDED[6].json()
    assert payload["created_at"] == "2026-07-03T13:03:53.828896696Z"

    function = Function.from_dict(payload)

    assert function.created_at == datetime.datetime(
        2026, 7, 3, 13, 3, 53, 828896, tzinfo=datetime.timezone.utc
    )


def test_unknown_enum_values_parse_and_survive() -> None:
    payload = {
        **RECORDED[18].json(),
        "status": "migrating",
        "runtime": "python315",
        "region": "it-mil",
    }

    function = Function.from_dict(payload)

    assert function.status == "migrating"
    assert isinstance(function.status, FunctionStatus)
    assert not function.status.is_known
    assert function.runtime == "python315"
    assert function.region == "it-mil"
    assert function.to_dict()["status"] == "migrating"
    assert function.to_dict()["runtime"] == "python315"
    assert function.to_dict()["region"] == "it-mil"


def test_known_enum_values_stay_typed_members() -> None:
    function = Function.from_dict(RECORDED[18].json())

    assert function.status is FunctionStatus.READY
    assert function.status.is_known
    assert function.runtime is FunctionRuntime.GO126
    assert str(function.status) == f"{function.status}" == "ready"
    assert list(FunctionStatus).count(FunctionStatus("migrating")) == 0


def test_enums_still_refuse_non_strings() -> None:
    with pytest.raises(ValueError, match="42"):
        FunctionStatus(42)


@pytest.mark.parametrize("status", [42, None, ["ready"], {"value": "ready"}], ids=repr)
def test_a_model_refuses_an_enum_field_that_is_no_string(status: object) -> None:
    with pytest.raises(ValueError, match="is not a valid FunctionStatus"):
        Function.from_dict({**RECORDED[18].json(), "status": status})


def test_an_unknown_value_of_an_optional_enum_field_survives() -> None:
    error = Error.from_dict({"message": "x", "type": "a_kind_from_the_future"})

    assert error.type_ == "a_kind_from_the_future"
    assert not error.type_.is_known
    assert Error.from_dict({"message": "x", "type": "not_found"}).type_.is_known
    assert error.to_dict() == {"message": "x", "type": "a_kind_from_the_future"}


def test_parsing_leaves_the_payload_as_it_was() -> None:
    payload = {**RECORDED[18].json(), "gpu_limit": 2}
    before = copy.deepcopy(payload)

    function = Function.from_dict(payload)
    function["gpu_limit"] = 3
    function["scaling_option"] = "x"

    assert payload == before


def test_each_parsed_model_has_its_own_unknown_fields() -> None:
    first, second = (Function.from_dict(RECORDED[18].json()) for _ in range(2))

    first["gpu_limit"] = 2

    assert second.additional_properties == {}


def test_unknown_fields_survive_a_round_trip() -> None:
    payload = {**RECORDED[18].json(), "gpu_limit": 2, "scaling_option": {"cpu": 80}}

    function = Function.from_dict(payload)

    assert function["gpu_limit"] == 2
    assert function.additional_properties == {"gpu_limit": 2, "scaling_option": {"cpu": 80}}
    assert function.to_dict()["scaling_option"] == {"cpu": 80}


def test_unknown_fields_survive_beside_optional_fields() -> None:
    absent = Error.from_dict({"message": "x", "hint": 1})
    present = Error.from_dict({"message": "x", "type": "not_found", "reason": "r", "hint": 1})
    known_only = Error.from_dict({"message": "x", "type": "not_found", "reason": "r"})

    assert absent.additional_properties == present.additional_properties == {"hint": 1}
    assert known_only.additional_properties == {}
    assert present.to_dict() == {"message": "x", "type": "not_found", "reason": "r", "hint": 1}


def test_unknown_fields_in_nested_models_survive() -> None:
    page = RECORDED[19].json()
    page["namespaces"][0]["secret_environment_variables"] = [
        {"key": "TOKEN", "hashed_value": "$argon2id$v=19$m=65536,t=1,p=2$abc", "version": 3}
    ]
    page["next_page_token"] = "xyz"

    parsed = ListNamespacesResponse.from_dict(copy.deepcopy(page))

    secret = parsed.namespaces[0].secret_environment_variables[0]
    assert isinstance(secret, SecretHashedValue)
    assert secret["version"] == 3
    assert parsed.to_dict()["next_page_token"] == "xyz"
    assert parsed.to_dict()["namespaces"][0]["secret_environment_variables"][0]["version"] == 3


def test_missing_required_field_is_refused() -> None:
    payload = RECORDED[18].json()
    del payload["status"]
    with pytest.raises(KeyError, match="status"):
        Function.from_dict(payload)


def test_secret_values_stay_out_of_repr() -> None:
    secret = Secret(key="DB_PASSWORD", value="hunter2")

    assert "hunter2" not in repr(secret)
    assert "hunter2" not in str(secret)
    assert "DB_PASSWORD" in repr(secret)
    assert secret.to_dict() == {"key": "DB_PASSWORD", "value": "hunter2"}


def test_secret_without_value_serialises_without_one() -> None:
    assert Secret(key="TO_DELETE").to_dict() == {"key": "TO_DELETE"}


# --- errors ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        {"message": "Function was not found"},  # a 404: no type at all
        {
            "type": "invalid_arguments",
            "message": "invalid argument(s)",
            "details": [
                {
                    "argument_name": "memory_limit",
                    "reason": "constraint",
                    "help_message": "must be one of 128, 256, 512, 1024, 2048, 3072, 4096",
                }
            ],
        },
        {
            "type": "quotas_exceeded",
            "message": "quota(s) exceeded for this resource",
            "details": [{"resource": "functions", "quota": 100, "current": 100}],
        },
        {
            "type": "transient_state",
            "message": "resource is in a transient state",
            "resource": "function",
            "resource_id": "1eb1bff4-3ba6-4bef-a8de-6a6508c28a74",
            "current_state": "pending",
        },
        {"type": "precondition_failed", "message": "x", "precondition": "resource_still_in_use"},
        {"type": "permissions_denied", "message": "insufficient permissions", "details": []},
        {"type": "invalid_request_error", "message": "x", "fields": {"name": ["is too long"]}},
        {
            "type": "locked",
            "message": "resource is locked",
            "resource": "function",
            "resource_id": "1eb1bff4-3ba6-4bef-a8de-6a6508c28a74",
        },
        {
            "type": "resource_expired",
            "message": "resource has expired",
            "resource": "token",
            "expired_since": "2026-07-03T13:03:53+00:00",
        },
        {
            "type": "denied_authentication",
            "message": "authentication is denied",
            "method": "api_key",
            "reason": "expired",
        },
        {
            "type": "permissions_denied",
            "message": "insufficient permissions",
            "details": [{"resource": "function", "action": "write"}],
        },
        {"type": "a_kind_from_the_future", "message": "x", "hint": {"retry": False}},
    ],
    ids=lambda body: body.get("type", "untyped"),
)
def test_error_shapes_parse_and_round_trip(body: dict[str, Any]) -> None:
    error = Error.from_dict(copy.deepcopy(body))

    assert error.message == body["message"]
    assert error.type_ == body.get("type", UNSET)
    assert error.to_dict() == body
