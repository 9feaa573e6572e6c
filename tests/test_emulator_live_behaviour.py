"""The emulator answers as the live API does, where recorded traffic and real clients show it.

Each test names the behaviour it pins: what Go clients (Terraform, the scw CLI) send for
fields they leave unset, how updates redeploy, what lifecycles crons, tokens, triggers and
domains go through, how secrets are hashed, and how routing errors look. They talk raw HTTP
to the in-process app, with a hand-driven clock, so that every key of every answer is seen.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from .conftest import EMULATOR_API as API
from .conftest import TIMINGS, FakeClock, new_namespace, ok
from .test_emulator import (
    HANDLER_ZIP,
    MISSING_ID,
    assert_invalid,
    deploy,
    get_function,
    new_function,
    ready_function,
    upload,
)

SCW_SQS = {"queue": "q", "mnq_project_id": MISSING_ID, "mnq_region": "fr-par"}
SQS = {"endpoint": "https://sqs.example", "queue_url": "q", "access_key": "a", "secret_key": "s"}
UNSET_ENUMS = {
    "runtime": "unknown_runtime",
    "privacy": "unknown_privacy",
    "http_option": "unknown_http_option",
    "sandbox": "unknown_sandbox",
}


def settle(fake_time: FakeClock) -> None:
    """Let every pending transition (ready, a build) complete."""
    fake_time.advance(max(TIMINGS.namespace_ready, TIMINGS.build) + 0.5)


# --- 7. unknown_<enum> means "not set" ------------------------------------------------------


def test_unknown_enums_on_create_take_the_defaults(
    api: httpx.Client, namespace: dict[str, Any]
) -> None:
    function = new_function(api, namespace["id"], **UNSET_ENUMS)

    assert function["sandbox"] == "v2"
    assert function["privacy"] == "public"
    assert function["http_option"] == "enabled"
    assert function["runtime"] == "python311"


def test_unknown_enums_on_update_leave_the_fields_unchanged(
    api: httpx.Client, namespace: dict[str, Any]
) -> None:
    function = new_function(api, namespace["id"], runtime="node22", privacy="private", sandbox="v1")

    response = api.patch(
        f"{API}/functions/{function['id']}", json={**UNSET_ENUMS, "description": "changed"}
    )

    updated = ok(response)
    assert (updated["runtime"], updated["privacy"], updated["sandbox"]) == (
        "node22",
        "private",
        "v1",
    )
    assert updated["http_option"] == "enabled"
    assert updated["description"] == "changed"


# --- 8. updates redeploy unless told not to ---------------------------------------------------


def test_a_function_patch_without_redeploy_redeploys(
    api: httpx.Client, namespace: dict[str, Any], fake_time: FakeClock
) -> None:
    function = ready_function(api, fake_time, namespace["id"])

    patched = ok(api.patch(f"{API}/functions/{function['id']}", json={"min_scale": 1}))

    assert (patched["status"], patched["min_scale"]) == ("pending", 1)
    settle(fake_time)
    assert get_function(api, function["id"])["status"] == "ready"


def test_a_function_patch_with_redeploy_false_applies_without_a_build(
    api: httpx.Client, namespace: dict[str, Any], fake_time: FakeClock
) -> None:
    function = ready_function(api, fake_time, namespace["id"])

    patched = ok(
        api.patch(f"{API}/functions/{function['id']}", json={"min_scale": 1, "redeploy": False})
    )

    assert (patched["status"], patched["min_scale"]) == ("ready", 1)
    assert patched["ready_at"] == function["ready_at"]


def test_a_function_without_code_patched_builds_and_fails_with_an_internal_error(
    api: httpx.Client, namespace: dict[str, Any], fake_time: FakeClock
) -> None:
    """As recorded from the live API: the PATCH starts a build, which fails for want of code."""
    function = new_function(api, namespace["id"])

    patched = ok(api.patch(f"{API}/functions/{function['id']}", json={"description": "d"}))
    settle(fake_time)
    after = get_function(api, function["id"])

    assert (patched["status"], patched["description"]) == ("pending", "d")
    assert (after["status"], after["error_message"]) == ("error", "internal error")


def test_a_function_without_code_patched_with_redeploy_false_stays_created(
    api: httpx.Client, namespace: dict[str, Any]
) -> None:
    function = new_function(api, namespace["id"])

    patched = ok(
        api.patch(f"{API}/functions/{function['id']}", json={"description": "d", "redeploy": False})
    )

    assert (patched["status"], patched["description"]) == ("created", "d")


def test_a_function_being_built_refuses_a_redeploying_patch_and_keeps_its_fields(
    api: httpx.Client, namespace: dict[str, Any]
) -> None:
    function = new_function(api, namespace["id"])
    upload(api, function["id"], HANDLER_ZIP)
    ok(deploy(api, function["id"]))

    response = api.patch(f"{API}/functions/{function['id']}", json={"min_scale": 2})

    assert response.status_code == 409
    assert response.json()["type"] == "transient_state"
    assert get_function(api, function["id"])["min_scale"] == 0


@pytest.mark.parametrize(
    "change",
    [
        pytest.param({"environment_variables": {"A": "1"}}, id="variables"),
        pytest.param({"secret_environment_variables": [{"key": "S", "value": "v"}]}, id="secret"),
    ],
)
def test_a_namespace_patch_of_variables_goes_pending_then_ready(
    api: httpx.Client, fake_time: FakeClock, change: dict[str, Any]
) -> None:
    namespace = new_namespace(api)
    settle(fake_time)
    registry = ok(api.get(f"{API}/namespaces/{namespace['id']}"))["registry_namespace_id"]

    patched = ok(api.patch(f"{API}/namespaces/{namespace['id']}", json=change))

    assert patched["status"] == "pending"
    settle(fake_time)
    ready = ok(api.get(f"{API}/namespaces/{namespace['id']}"))
    assert ready["status"] == "ready"
    assert ready["registry_namespace_id"] == registry, "the registry stays the same"


def test_a_namespace_patch_of_its_description_stays_ready(
    api: httpx.Client, fake_time: FakeClock
) -> None:
    namespace = new_namespace(api)
    settle(fake_time)

    patched = ok(api.patch(f"{API}/namespaces/{namespace['id']}", json={"description": "d"}))

    assert (patched["status"], patched["description"]) == ("ready", "d")


# --- 9. durations are normalised -------------------------------------------------------------


@pytest.mark.parametrize(
    ("sent", "answered"),
    [("10.000000000s", "10s"), ("1.500s", "1.5s"), ("0900s", "900s"), ("300s", "300s")],
)
def test_timeouts_come_back_normalised(
    api: httpx.Client, namespace: dict[str, Any], sent: str, answered: str
) -> None:
    created = new_function(api, namespace["id"], timeout=sent)
    updated = ok(
        api.patch(f"{API}/functions/{created['id']}", json={"timeout": sent, "redeploy": False})
    )

    assert (created["timeout"], updated["timeout"]) == (answered, answered)


@pytest.mark.parametrize("timeout", ["901s", "900.5s", "15m", "10.0000000001s"])
def test_a_timeout_beyond_the_spec_is_refused(
    api: httpx.Client, namespace: dict[str, Any], timeout: str
) -> None:
    response = api.post(
        f"{API}/functions", json={"namespace_id": namespace["id"], "timeout": timeout}
    )

    assert_invalid(response, "timeout")


# --- 10. tokens --------------------------------------------------------------------------


def test_a_token_answers_its_pem_once_and_its_description_as_empty(
    api: httpx.Client, namespace: dict[str, Any], fake_time: FakeClock
) -> None:
    function = new_function(api, namespace["id"])

    created = ok(api.post(f"{API}/tokens", json={"function_id": function["id"]}))

    assert created["status"] == "creating"
    assert created["public_key"].startswith("-----BEGIN PUBLIC KEY-----\n")
    assert created["public_key"].endswith("-----END PUBLIC KEY-----\n")
    assert created["description"] == ""
    assert "namespace_id" not in created
    settle(fake_time)
    later = ok(api.get(f"{API}/tokens/{created['id']}"))
    assert (later["status"], later["public_key"]) == ("ready", "")
    assert later["token"] == created["token"]
    assert "namespace_id" not in later
    listed = ok(api.get(f"{API}/tokens", params={"function_id": function["id"]}))
    assert listed["tokens"] == [later]


# --- 11. triggers --------------------------------------------------------------------------


@pytest.mark.parametrize(("source", "config"), [("scw_sqs_config", SCW_SQS), ("sqs_config", SQS)])
def test_a_trigger_shows_its_source_only(
    api: httpx.Client,
    namespace: dict[str, Any],
    fake_time: FakeClock,
    source: str,
    config: dict[str, Any],
) -> None:
    function = new_function(api, namespace["id"])
    body = {"name": "t", "function_id": function["id"], source: config}

    created = ok(api.post(f"{API}/triggers", json=body))
    settle(fake_time)
    ready = ok(api.get(f"{API}/triggers/{created['id']}"))

    sources = {"scw_sqs_config", "scw_nats_config", "sqs_config"}
    assert sources & set(created) == sources & set(ready) == {source}
    if source == "scw_sqs_config":
        assert created[source]["mnq_credential_id"] is None
        assert ready[source]["mnq_credential_id"]
    else:
        assert "mnq_credential_id" not in ready[source]


def test_triggers_are_filtered_by_at_most_one_scope(
    api: httpx.Client, namespace: dict[str, Any]
) -> None:
    function = new_function(api, namespace["id"])
    ok(
        api.post(
            f"{API}/triggers", json={"name": "t", "function_id": function["id"], "sqs_config": SQS}
        )
    )

    by_namespace = ok(api.get(f"{API}/triggers", params={"namespace_id": namespace["id"]}))
    both = api.get(
        f"{API}/triggers", params={"function_id": function["id"], "namespace_id": namespace["id"]}
    )

    assert by_namespace["total_count"] == 1
    assert_invalid(both, "namespace_id")


# --- 12, 13, 14. crons, domains, namespaces ------------------------------------------------


def test_a_cron_patch_goes_pending_then_ready(
    api: httpx.Client, namespace: dict[str, Any], fake_time: FakeClock
) -> None:
    function = new_function(api, namespace["id"])
    cron = ok(
        api.post(f"{API}/crons", json={"function_id": function["id"], "schedule": "0 * * * *"})
    )
    settle(fake_time)

    patched = ok(api.patch(f"{API}/crons/{cron['id']}", json={"schedule": "5 * * * *"}))

    assert (patched["status"], patched["schedule"]) == ("pending", "5 * * * *")
    settle(fake_time)
    assert ok(api.get(f"{API}/crons/{cron['id']}"))["status"] == "ready"


def test_a_domain_has_no_url_until_it_is_ready(
    api: httpx.Client, namespace: dict[str, Any], fake_time: FakeClock
) -> None:
    function = new_function(api, namespace["id"])
    body = {"function_id": function["id"], "hostname": "api.example.com"}

    pending = ok(api.post(f"{API}/domains", json=body))
    settle(fake_time)
    ready = ok(api.get(f"{API}/domains/{pending['id']}"))

    assert (pending["status"], pending["url"]) == ("pending", "")
    assert (ready["status"], ready["url"]) == ("ready", "https://api.example.com")


@pytest.mark.parametrize(("activate", "activated"), [(True, True), (False, False), (None, False)])
def test_vpc_integration_is_activated_at_creation(
    api: httpx.Client, activate: bool | None, activated: bool
) -> None:
    body = {} if activate is None else {"activate_vpc_integration": activate}

    namespace = new_namespace(api, **body)

    assert namespace["vpc_integration_activated"] is activated


# --- what real clients send ---------------------------------------------------------------


def test_null_tags_and_secrets_mean_not_given(api: httpx.Client, namespace: dict[str, Any]) -> None:
    function = new_function(
        api,
        namespace["id"],
        tags=["keep"],
        secret_environment_variables=[{"key": "S", "value": "v"}],
    )

    created = new_function(api, namespace["id"], tags=None, secret_environment_variables=None)
    patched = ok(
        api.patch(
            f"{API}/functions/{function['id']}",
            json={"tags": None, "secret_environment_variables": None, "redeploy": False},
        )
    )

    assert (created["tags"], created["secret_environment_variables"]) == ([], [])
    assert patched["tags"] == ["keep"]
    assert [secret["key"] for secret in patched["secret_environment_variables"]] == ["S"]


@pytest.mark.parametrize("deletion", [{"key": "OLD", "value": None}, {"key": "OLD"}])
def test_a_secret_without_a_value_is_deleted(
    api: httpx.Client, namespace: dict[str, Any], deletion: dict[str, Any]
) -> None:
    secrets = [{"key": "OLD", "value": "o"}, {"key": "KEPT", "value": "k"}]
    function = new_function(api, namespace["id"], secret_environment_variables=secrets)

    patched = ok(
        api.patch(
            f"{API}/functions/{function['id']}",
            json={"secret_environment_variables": [deletion], "redeploy": False},
        )
    )

    assert [secret["key"] for secret in patched["secret_environment_variables"]] == ["KEPT"]


def test_an_empty_private_network_id_detaches_the_function(
    api: httpx.Client, namespace: dict[str, Any]
) -> None:
    network = "7e0a4f1c-2b3d-4e5f-a6b7-c8d9e0f1a2b3"
    function = new_function(api, namespace["id"], private_network_id=network)

    patched = ok(
        api.patch(
            f"{API}/functions/{function['id']}",
            json={"private_network_id": "", "redeploy": False},
        )
    )

    assert function["private_network_id"] == network
    assert patched["private_network_id"] is None


def test_an_empty_private_network_id_is_refused_on_create(
    api: httpx.Client, namespace: dict[str, Any]
) -> None:
    response = api.post(
        f"{API}/functions", json={"namespace_id": namespace["id"], "private_network_id": ""}
    )

    assert_invalid(response, "private_network_id")


# --- 15. secrets are real argon2id hashes ---------------------------------------------------


# passlib 1.7.4 imports the crypt module and reads argon2.__version__, both deprecated.
@pytest.mark.filterwarnings("ignore:'crypt' is deprecated:DeprecationWarning")
@pytest.mark.filterwarnings("ignore:Accessing argon2.__version__:DeprecationWarning")
def test_secret_hashes_verify_with_passlib(api: httpx.Client, namespace: dict[str, Any]) -> None:
    """passlib is what configuration-management tools use to skip unchanged secrets."""
    from passlib.hash import argon2

    secrets = [{"key": "API_KEY", "value": "s3cr3t-välue"}]
    function = new_function(api, namespace["id"], secret_environment_variables=secrets)

    (hashed,) = function["secret_environment_variables"]
    assert hashed["hashed_value"].startswith("$argon2id$v=19$m=65536,t=1,p=2$")
    assert argon2.verify("s3cr3t-välue", hashed["hashed_value"])
    assert not argon2.verify("s3cr3t-value", hashed["hashed_value"])
    again = new_function(api, namespace["id"], secret_environment_variables=secrets)
    assert again["secret_environment_variables"][0]["hashed_value"] != hashed["hashed_value"]


# --- 16. errors and transient states --------------------------------------------------------


@pytest.mark.parametrize(
    "path", ["/functions/v1beta1/regions/fr-par/nothing-here", "/", "/functions/v2/whatever"]
)
def test_an_unserved_path_is_a_json_404(api: httpx.Client, path: str) -> None:
    response = api.get(path)

    assert response.status_code == 404
    assert response.headers["content-type"] == "application/json"
    assert path in response.json()["message"]
    assert response.headers["x-request-id"]


def test_a_405_names_every_allowed_method(api: httpx.Client, namespace: dict[str, Any]) -> None:
    function = new_function(api, namespace["id"])

    response = api.put(f"{API}/functions/{function['id']}", json={})

    assert response.status_code == 405
    assert set(response.headers["allow"].split(", ")) >= {"GET", "PATCH", "DELETE"}
    assert response.json()["message"]


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", f"{API}/namespaces"),
        ("POST", f"{API}/functions"),
        ("PATCH", f"{API}/namespaces/{MISSING_ID}"),
        ("POST", f"{API}/tokens"),
    ],
)
def test_a_missing_body_is_refused_not_read_as_empty(
    api: httpx.Client, method: str, path: str
) -> None:
    response = api.request(method, path)

    assert_invalid(response, "body")
    assert ok(api.get(f"{API}/namespaces"))["total_count"] == 0


def test_a_function_being_deleted_refuses_a_patch(
    api: httpx.Client, namespace: dict[str, Any]
) -> None:
    function = new_function(api, namespace["id"])
    ok(api.delete(f"{API}/functions/{function['id']}"))

    response = api.patch(
        f"{API}/functions/{function['id']}", json={"description": "late", "redeploy": False}
    )

    assert response.status_code == 409
    assert response.json()["type"] == "transient_state"
    assert get_function(api, function["id"])["description"] == ""


# --- 17. the older route the Serverless Framework plugin calls --------------------------------


def test_the_namespace_functions_route_answers_as_list_functions(
    api: httpx.Client, namespace: dict[str, Any]
) -> None:
    other = new_namespace(api)
    for name in ("a", "b", "c"):
        new_function(api, namespace["id"], name=name)
    new_function(api, other["id"], name="elsewhere")

    old = api.get(f"{API}/namespaces/{namespace['id']}/functions", params={"page_size": 2})
    new = api.get(f"{API}/functions", params={"namespace_id": namespace["id"], "page_size": 2})

    assert ok(old) == ok(new)
    assert ok(old)["total_count"] == 3
    assert [f["name"] for f in ok(old)["functions"]] == ["a", "b"]


# --- the spec and the emulator agree on what is valid --------------------------------------


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("redeploy", 0),  # no 0 for false
        ("min_scale", False),
        ("min_scale", "1"),
        ("description", None),  # null only where the spec allows it
        ("handler", None),
    ],
)
def test_request_values_are_not_coerced(
    api: httpx.Client, namespace: dict[str, Any], field: str, value: Any
) -> None:
    function = new_function(api, namespace["id"])

    response = api.patch(f"{API}/functions/{function['id']}", json={field: value})

    assert_invalid(response, field)


def test_an_integral_number_is_an_integer(api: httpx.Client, namespace: dict[str, Any]) -> None:
    """JSON Schema counts 2.0 as an integer; so does the emulator."""
    function = new_function(api, namespace["id"], min_scale=2.0, max_scale=3)

    assert (function["min_scale"], type(function["min_scale"])) == (2, int)


@pytest.mark.parametrize(
    ("path", "query"),
    [
        ("tokens", {"namespace_id": ""}),
        ("namespaces", {"project_id": ""}),
        ("namespaces", {"organization_id": "not-a-uuid"}),
        ("namespaces", {"page": "2147483648"}),
        ("namespaces", {"page": "²"}),
    ],
)
def test_query_values_outside_the_spec_are_refused(
    api: httpx.Client, path: str, query: dict[str, str]
) -> None:
    (name,) = query

    assert_invalid(api.get(f"{API}/{path}", params=query), name)


def test_the_last_int32_page_is_served_empty(api: httpx.Client) -> None:
    new_namespace(api)

    page = ok(api.get(f"{API}/namespaces", params={"page": str(2**31 - 1)}))

    assert (page["namespaces"], page["total_count"]) == ([], 1)


@pytest.mark.parametrize(
    "raw",
    [b"{not json", b"\xff\xfe", b"[" * 100_000 + b"]" * 100_000, b'{"min_scale": 1e400}'],
    ids=["not-json", "not-utf8", "absurdly-deep", "beyond-a-double"],
)
def test_a_body_that_is_no_json_document_is_a_400(
    api: httpx.Client, namespace: dict[str, Any], raw: bytes
) -> None:
    function = new_function(api, namespace["id"])

    response = api.patch(
        f"{API}/functions/{function['id']}",
        content=raw,
        headers={"Content-Type": "application/json"},
    )

    assert_invalid(response, "body")


# --- bounds, and nothing applied when refused -----------------------------------------------


def test_a_refused_trigger_update_changes_nothing(
    api: httpx.Client, namespace: dict[str, Any]
) -> None:
    function = new_function(api, namespace["id"])
    body = {"function_id": function["id"], "name": "before", "scw_sqs_config": SCW_SQS}
    trigger = ok(api.post(f"{API}/triggers", json=body))

    refused = api.patch(
        f"{API}/triggers/{trigger['id']}", json={"name": "after", "sqs_config": {"access_key": "k"}}
    )

    assert refused.status_code == 400
    assert ok(api.get(f"{API}/triggers/{trigger['id']}"))["name"] == "before"


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_refused(
    api: httpx.Client, namespace: dict[str, Any], constant: str
) -> None:
    function = new_function(api, namespace["id"])
    fields = f'"function_id": "{function["id"]}", "schedule": "* * * * *"'
    body = f'{{{fields}, "args": {{"x": {constant}}}}}'

    answer = api.post(f"{API}/crons", content=body, headers={"Content-Type": "application/json"})

    assert answer.status_code == 400
    assert answer.json()["type"] == "invalid_arguments"


def test_more_than_100_secrets_in_a_request_are_refused(
    api: httpx.Client, namespace: dict[str, Any]
) -> None:
    secrets = [{"key": f"S{n}", "value": "v"} for n in range(101)]

    answer = api.patch(
        f"{API}/namespaces/{namespace['id']}", json={"secret_environment_variables": secrets}
    )

    assert_invalid(answer, "secret_environment_variables")
