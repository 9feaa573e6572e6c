"""The emulator's control surface (/_emulator): what tests in any language drive it with.

In-process through EmulatorTransport, with a hand-driven clock for the emulator; one test
starts `python -m scaleway_functions.testing --control` as another language's runner does.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from scaleway_functions.testing import Emulator, EmulatorTransport, Faults, Timings, create_app

from .conftest import BASE_URL, FakeClock, make_zip, ok, stop_process
from .conftest import EMULATOR_API as API

TOKEN = "control-token"
AUTH = {"X-Auth-Token": TOKEN}
START = Timings(namespace_ready=1.0, build=3.0, deletion=1.0)


@pytest.fixture
def app(fake_time: FakeClock) -> Any:
    return create_app(token=TOKEN, timings=START, clock=fake_time, control=True)


@pytest.fixture
def api(app: Any) -> Iterator[httpx.Client]:
    with httpx.Client(transport=EmulatorTransport(app), base_url=BASE_URL, headers=AUTH) as client:
        yield client


def new_function(api: httpx.Client) -> str:
    namespace = ok(api.post(f"{API}/namespaces", json={"name": "control"}))
    created = ok(api.post(f"{API}/functions", json={"namespace_id": namespace["id"]}))
    function_id: str = created["id"]
    return function_id


def deploy_code(api: httpx.Client, function_id: str, archive: bytes) -> None:
    url = ok(api.get(f"{API}/functions/{function_id}/upload-url",
                     params={"content_length": len(archive)}))  # fmt: skip
    headers = {name: values[0] for name, values in url["headers"].items()}
    assert api.put(url["url"], content=archive, headers=headers).status_code == 200
    ok(api.post(f"{API}/functions/{function_id}/deploy", json={}))


def refused(response: httpx.Response, field: str) -> str:
    """The message of a 400 invalid_arguments answer naming `field`."""
    assert response.status_code == 400, response.text
    body = response.json()
    assert body["type"] == "invalid_arguments"
    assert body["details"][0]["argument_name"] == field
    message: str = body["message"]
    assert message.startswith(f"{field}: ")
    return message


# --- off by default, and behind the token -----------------------------------------------------


@pytest.mark.parametrize("path", ["/_emulator/reset", "/_emulator/requests", "/_emulator"])
def test_the_control_surface_is_off_unless_enabled(path: str) -> None:
    app = create_app(token=TOKEN)
    with httpx.Client(transport=EmulatorTransport(app), base_url=BASE_URL, headers=AUTH) as api:
        namespace = ok(api.post(f"{API}/namespaces", json={"name": "kept"}))
        answer = api.post(path, json={})
        assert answer.status_code == 404
        assert "--control" in answer.json()["message"]
        assert ok(api.get(f"{API}/namespaces/{namespace['id']}"))["name"] == "kept"


@pytest.mark.parametrize(
    "headers", [{}, {"X-Auth-Token": ""}, {"X-Auth-Token": "wrong"}], ids=["none", "empty", "wrong"]
)
@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", "/_emulator/reset"),
        ("PATCH", "/_emulator/settings"),
        ("POST", "/_emulator/faults"),
        ("GET", "/_emulator/requests"),
    ],
)
def test_the_control_surface_needs_the_token(
    app: Any, api: httpx.Client, headers: dict[str, str], method: str, path: str
) -> None:
    namespace = ok(api.post(f"{API}/namespaces", json={"name": "kept"}))
    body = {"faults": [{"status": 500}]} if path.endswith("faults") else {"build": 9}
    with httpx.Client(transport=EmulatorTransport(app), base_url=BASE_URL) as stranger:
        answer = stranger.request(method, path, json=body, headers=headers)
    assert answer.status_code == 401
    assert answer.json()["type"] == "denied_authentication"
    assert ok(api.get(f"{API}/namespaces/{namespace['id']}"))["name"] == "kept"
    assert ok(api.get("/_emulator/settings"))["build"] == START.build
    assert ok(api.get("/_emulator/faults")) == {"faults": []}


def test_without_a_configured_token_any_non_empty_one_opens_it() -> None:
    app = create_app(control=True)
    with httpx.Client(transport=EmulatorTransport(app), base_url=BASE_URL) as api:
        assert api.get("/_emulator/settings").status_code == 401
        assert api.get("/_emulator/settings", headers={"X-Auth-Token": "any"}).status_code == 200


def test_an_unknown_control_path_or_method_is_a_json_error(api: httpx.Client) -> None:
    assert api.get("/_emulator/nothing").status_code == 404
    answer = api.delete("/_emulator/settings")
    assert answer.status_code == 405
    assert "message" in answer.json()


# --- reset ----------------------------------------------------------------------------------


def test_reset_forgets_resources_faults_counts_and_settings(api: httpx.Client, app: Any) -> None:
    new_function(api)
    ok(api.patch("/_emulator/settings", json={"build": 9, "build_error": "no", "latency": 0.5}))
    ok(api.post("/_emulator/faults", json={"faults": [{"status": 503, "path": "/nowhere"}]}))

    settings = ok(api.post("/_emulator/reset"))

    assert settings == {"namespace_ready": 1.0, "build": 3.0, "deletion": 1.0,
                        "build_error": None, "latency": 0.0, "error_rate": 0.0,
                        "drop_rate": 0.0}  # fmt: skip
    assert all(not table for table in app.state.service.tables.values())
    assert ok(api.get("/_emulator/faults")) == {"faults": []}
    assert ok(api.get("/_emulator/requests")) == {"requests": {}}
    assert ok(api.get(f"{API}/namespaces"))["total_count"] == 0


def test_emulator_reset_in_python_also_forgets_the_counts() -> None:
    emulator = Emulator(control=True)
    try:
        emulator.app.state.requests["GET /x"] += 1
        assert emulator.requests == {"GET /x": 1}
        emulator.reset()
        assert emulator.requests == {}
    finally:
        emulator.stop()


# --- settings ---------------------------------------------------------------------------------


def test_settings_change_only_what_is_given(api: httpx.Client, app: Any) -> None:
    changed = ok(api.patch("/_emulator/settings", json={"build": 0.5, "error_rate": 0.25}))
    assert changed["build"] == 0.5
    assert changed["namespace_ready"] == START.namespace_ready
    assert changed["error_rate"] == 0.25
    assert app.state.service.timings == Timings(namespace_ready=1.0, build=0.5, deletion=1.0)
    assert app.state.faults.error_rate == 0.25
    assert ok(api.get("/_emulator/settings")) == changed


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"build": -1}, "build"),
        ({"build": "3"}, "build"),
        ({"build": True}, "build"),
        (b'{"latency": 1e400}', "latency"),  # infinity, as a JSON number
        ({"drop_rate": 2}, "drop_rate"),
        ({"build_error": ""}, "build_error"),
        ({"build_error": 3}, "build_error"),
        ({"build": 1, "bulid": 2}, "bulid"),
    ],
)
def test_a_wrong_setting_is_refused_by_name_and_changes_nothing(
    api: httpx.Client, changes: dict[str, Any] | bytes, field: str
) -> None:
    before = ok(api.get("/_emulator/settings"))
    if isinstance(changes, bytes):
        answer = api.patch("/_emulator/settings", content=changes)
    else:
        answer = api.patch("/_emulator/settings", json=changes)
    refused(answer, field)
    assert ok(api.get("/_emulator/settings")) == before


def test_a_control_body_that_is_not_a_json_object_is_refused(api: httpx.Client) -> None:
    refused(api.patch("/_emulator/settings", content=b"{not json"), "body")
    refused(api.patch("/_emulator/settings", json=[1]), "body")


def test_a_build_error_fails_every_build_with_that_message(
    api: httpx.Client, fake_time: FakeClock
) -> None:
    function_id = new_function(api)
    ok(api.patch("/_emulator/settings", json={"build_error": "image too large"}))
    deploy_code(api, function_id, make_zip({"handler.py": "def handle(e, c): pass"}))
    fake_time.advance(START.build)

    function = ok(api.get(f"{API}/functions/{function_id}"))
    assert (function["status"], function["error_message"]) == ("error", "image too large")

    ok(api.patch("/_emulator/settings", json={"build_error": None}))
    ok(api.post(f"{API}/functions/{function_id}/deploy", json={}))
    fake_time.advance(START.build)
    assert ok(api.get(f"{API}/functions/{function_id}"))["status"] == "ready"


# --- faults -----------------------------------------------------------------------------------


def test_a_status_fault_answers_its_body_and_headers_once(api: httpx.Client) -> None:
    fault = {"path": f"{API}/namespaces", "method": "GET", "status": 403,
             "body": {"type": "quotas_exceeded", "message": "too many"},
             "headers": {"X-Why": "quota"}}  # fmt: skip
    scheduled = ok(api.post("/_emulator/faults", json={"faults": [fault]}))
    assert scheduled == {"faults": [{k: v for k, v in fault.items()}]}

    assert api.post(f"{API}/namespaces", json={"name": "other-method"}).status_code == 200
    answer = api.get(f"{API}/namespaces")
    assert answer.status_code == 403
    assert answer.json() == {"type": "quotas_exceeded", "message": "too many"}
    assert answer.headers["x-why"] == "quota"
    assert "x-request-id" in answer.headers
    assert api.get(f"{API}/namespaces").status_code == 200
    assert ok(api.get("/_emulator/faults")) == {"faults": []}


def test_a_status_fault_with_an_empty_body_answers_it_empty(api: httpx.Client) -> None:
    ok(api.post("/_emulator/faults", json={"faults": [{"status": 500, "body": {}}]}))
    answer = api.get(f"{API}/runtimes")
    assert (answer.status_code, answer.json()) == (500, {})


def test_a_429_fault_says_retry_after_1_unless_its_headers_say_otherwise(
    api: httpx.Client,
) -> None:
    faults = [{"status": 429}, {"status": 429, "headers": {"Retry-After": "7"}},
              {"status": 429, "headers": {}}]  # fmt: skip
    ok(api.post("/_emulator/faults", json={"faults": faults}))
    retry_afters = [api.get(f"{API}/runtimes").headers.get("retry-after") for _ in faults]
    assert retry_afters == ["1", "7", None]
    assert api.get(f"{API}/runtimes").json()["total_count"] > 0


def test_times_repeats_a_fault_and_faults_apply_in_order(api: httpx.Client) -> None:
    faults = [{"status": 503, "times": 2}, {"status": 500}]
    shown = ok(api.post("/_emulator/faults", json={"faults": faults}))
    assert [fault["status"] for fault in shown["faults"]] == [503, 503, 500]
    statuses = [api.get(f"{API}/runtimes").status_code for _ in range(4)]
    assert statuses == [503, 503, 500, 200]


def test_a_dropped_connection_and_a_lost_answer(api: httpx.Client) -> None:
    faults = [{"path": f"{API}/runtimes", "connection": "drop"},
              {"path": f"{API}/namespaces", "method": "POST", "connection": "lose"}]  # fmt: skip
    ok(api.post("/_emulator/faults", json={"faults": faults}))
    with pytest.raises(httpx.RemoteProtocolError):
        api.get(f"{API}/runtimes")
    with pytest.raises(httpx.RemoteProtocolError):
        api.post(f"{API}/namespaces", json={"name": "made-anyway"})
    names = [item["name"] for item in ok(api.get(f"{API}/namespaces"))["namespaces"]]
    assert names == ["made-anyway"]


def test_a_patch_replaces_fields_of_the_real_answer(api: httpx.Client) -> None:
    for name in ("a", "b", "c"):
        ok(api.post(f"{API}/namespaces", json={"name": name}))
    fault = {"path": f"{API}/namespaces", "method": "GET", "patch": {"total_count": 100}}
    ok(api.post("/_emulator/faults", json={"faults": [fault]}))

    patched = api.get(f"{API}/namespaces", params={"page_size": 2})
    assert patched.json()["total_count"] == 100
    assert [item["name"] for item in patched.json()["namespaces"]] == ["a", "b"]
    assert int(patched.headers["content-length"]) == len(patched.content)
    assert ok(api.get(f"{API}/namespaces"))["total_count"] == 3


def test_a_delay_fault_waits_then_answers_as_usual(
    app: Any, api: httpx.Client, emulator_sleeps: list[float]
) -> None:
    """The delay is observed through the emulator's sleep, not measured."""
    slept = emulator_sleeps
    ok(api.post("/_emulator/faults", json={"faults": [{"delay": 0.75, "path": f"{API}/runtimes"}]}))
    assert ok(api.get(f"{API}/namespaces"))["total_count"] == 0
    assert ok(api.get(f"{API}/runtimes"))["total_count"] > 0
    assert slept == [0.75]


@pytest.mark.parametrize(
    ("fault", "field"),
    [
        ({}, "faults[1]"),
        ({"status": 503, "connection": "drop"}, "faults[1]"),
        ({"status": 99}, "faults[1].status"),
        ({"status": "503"}, "faults[1].status"),
        ({"connection": "hang"}, "faults[1].connection"),
        ({"status": 503, "times": 0}, "faults[1].times"),
        ({"status": 503, "path": "functions"}, "faults[1].path"),
        ({"status": 503, "method": "get"}, "faults[1].method"),
        ({"patch": {"total_count": 1}, "body": {}}, "faults[1].body"),
        ({"status": 503, "headers": {"Retry-After": 1}}, "faults[1].headers.Retry-After"),
        ({"delay": 120}, "faults[1].delay"),
        ({"status": 503, "stauts": 1}, "faults[1].stauts"),
        ("503", "faults[1]"),
    ],
)
def test_a_wrong_fault_is_refused_by_name_and_none_is_scheduled(
    api: httpx.Client, fault: Any, field: str
) -> None:
    refused(api.post("/_emulator/faults", json={"faults": [{"status": 500}, fault]}), field)
    assert ok(api.get("/_emulator/faults")) == {"faults": []}


def test_faults_must_be_a_list_under_faults(api: httpx.Client) -> None:
    refused(api.post("/_emulator/faults", json={"faults": {"status": 500}}), "faults")
    refused(api.post("/_emulator/faults", json={"fault": []}), "fault")


def test_scheduled_faults_can_be_forgotten(api: httpx.Client) -> None:
    ok(api.post("/_emulator/faults", json={"faults": [{"status": 500, "times": 3}]}))
    assert ok(api.delete("/_emulator/faults")) == {"faults": []}
    assert api.get(f"{API}/runtimes").status_code == 200


def test_python_faults_show_through_the_control_surface(api: httpx.Client, app: Any) -> None:
    faults: Faults = app.state.faults
    faults.fail_next(404, path=f"{API}/crons", method="DELETE")
    assert ok(api.get("/_emulator/faults")) == {
        "faults": [{"path": f"{API}/crons", "method": "DELETE", "status": 404}]
    }


# --- request counts ---------------------------------------------------------------------------


def test_requests_are_counted_by_method_and_path_faults_included(api: httpx.Client) -> None:
    function_id = new_function(api)
    ok(api.post("/_emulator/faults", json={"faults": [{"status": 503}]}))
    assert api.get(f"{API}/functions/{function_id}").status_code == 503
    assert api.get(f"{API}/functions/{function_id}", params={"x": "1"}).status_code == 200
    deploy_code(api, function_id, make_zip({"handler.py": ""}))

    counts = ok(api.get("/_emulator/requests"))["requests"]

    assert counts == {
        f"POST {API}/namespaces": 1,
        f"POST {API}/functions": 1,
        f"GET {API}/functions/{function_id}": 2,
        f"GET {API}/functions/{function_id}/upload-url": 1,
        f"PUT /_storage/{function_id}.zip": 1,
        f"POST {API}/functions/{function_id}/deploy": 1,
    }
    assert ok(api.delete("/_emulator/requests")) == {"requests": {}}
    assert ok(api.get("/_emulator/requests")) == {"requests": {}}


def test_requests_refused_for_their_token_are_counted_too(app: Any) -> None:
    with httpx.Client(transport=EmulatorTransport(app), base_url=BASE_URL) as api:
        assert api.get(f"{API}/runtimes").status_code == 401
        assert ok(api.get("/_emulator/requests", headers=AUTH)) == {
            "requests": {f"GET {API}/runtimes": 1}
        }


# --- from another program ---------------------------------------------------------------------


@pytest.mark.loopback
def test_the_command_line_serves_the_control_surface_behind_its_token() -> None:
    """As another language's test runner starts it: --port 0 --control, token on stdin."""
    server = subprocess.Popen(
        [sys.executable, "-m", "scaleway_functions.testing", "--port", "0", "--control",
         "--token", "-", "--build-seconds", "0.5"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    try:
        assert server.stdin is not None
        assert server.stdout is not None
        server.stdin.write(f"{TOKEN}\n")
        server.stdin.close()
        url = server.stdout.readline().split()[-1]
        with httpx.Client(base_url=url, timeout=30) as http:
            assert http.post("/_emulator/reset").status_code == 401
            settings = http.post("/_emulator/reset", headers=AUTH)
            assert settings.status_code == 200
            assert settings.json()["build"] == 0.5
            assert http.get(f"{API}/runtimes", headers=AUTH).status_code == 200
            counts = http.get("/_emulator/requests", headers=AUTH).json()
            assert counts == {"requests": {f"GET {API}/runtimes": 1}}
    finally:
        stop_process(server)
