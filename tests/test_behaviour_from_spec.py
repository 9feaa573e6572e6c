"""The behaviour openapi.yaml declares for every client (docs/spec-extensions.md) is what the
Python client does: its error kinds, waiter failures and numbers come from the spec, and a
changed constant there changes the client after `nox -s generate`, with no code."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

import scaleway_functions
import scaleway_functions_api
from scaleway_functions import APIStatusError, ResourceFailedError, ScalewayError
from scaleway_functions._exceptions import error_from_response
from scaleway_functions_api import operations

ROOT = Path(__file__).resolve().parents[1]
SPEC = yaml.safe_load((ROOT / "openapi.yaml").read_text())
ERROR_KINDS: list[dict[str, Any]] = SPEC["components"]["schemas"]["ErrorType"]["x-error-kinds"]


def answer(status: int, body: object) -> httpx.Response:
    return httpx.Response(
        status,
        content=json.dumps(body).encode(),
        request=httpx.Request("GET", "https://api.scaleway.com/functions/v1beta1/x"),
    )


def public_errors() -> dict[str, type[ScalewayError]]:
    classes = [getattr(scaleway_functions, name) for name in scaleway_functions.__all__]
    return {
        cls.kind: cls for cls in classes if isinstance(cls, type) and issubclass(cls, ScalewayError)
    }


def test_every_error_kind_of_the_spec_has_its_own_public_class() -> None:
    by_kind = public_errors()
    missing = [entry["kind"] for entry in ERROR_KINDS if entry["kind"] not in by_kind]
    assert missing == []
    for entry in ERROR_KINDS:
        assert issubclass(by_kind[entry["kind"]], APIStatusError)


@pytest.mark.parametrize(
    "entry", [e for e in ERROR_KINDS if "type" in e], ids=lambda entry: entry["type"]
)
def test_an_answer_of_each_documented_type_is_the_error_of_its_kind(entry: dict[str, Any]) -> None:
    error = error_from_response(
        answer(int(entry["status"]), {"type": entry["type"], "message": "m"})
    )
    assert (error.kind, error.error_type, error.status_code) == (
        entry["kind"],
        entry["type"],
        int(entry["status"]),
    )


@pytest.mark.parametrize(
    "entry",
    [e for e in ERROR_KINDS if e.get("fallback") and str(e["status"]).isdigit()],
    ids=lambda entry: str(entry["status"]),
)
def test_an_answer_without_a_type_is_the_fallback_kind_of_its_status(
    entry: dict[str, Any],
) -> None:
    error = error_from_response(answer(int(entry["status"]), {"message": "Function was not found"}))
    assert error.kind == entry["kind"]
    assert error.error_type is None


@pytest.mark.parametrize(
    ("status", "kind"),
    [(404, "not_found"), (418, "api_status"), (410, "api_status"), (503, "server")],
)
def test_a_type_this_version_does_not_know_is_kept_and_the_status_decides(
    status: int, kind: str
) -> None:
    error = error_from_response(answer(status, {"type": "brand_new_type", "message": "m"}))
    assert (error.kind, error.error_type) == (kind, "brand_new_type")


def test_a_locked_resource_is_its_own_kind_not_a_permission_problem() -> None:
    error = error_from_response(answer(403, {"type": "locked", "message": "suspended"}))
    assert type(error).__name__ == "ResourceLockedError"
    assert error.kind == "resource_locked"


def test_each_waiter_failure_kind_of_the_spec_raises_its_own_class() -> None:
    from scaleway_functions._waiting import _FAILURES

    for name, schema in SPEC["components"]["schemas"].items():
        waiter = schema.get("x-waiter")
        if waiter:
            kind = waiter.get("failure_kind", "resource_failed")
            assert kind in _FAILURES, name
            assert issubclass(_FAILURES[kind], ResourceFailedError)
            generated = getattr(operations, f"{snake(name).upper()}_WAITER")
            assert generated.failure_kind == kind
            assert generated.failure_message == waiter.get("messages", {}).get("failure")
            assert generated.progress_message == waiter.get("messages", {}).get("progress")


def snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name).lstrip("_")


def with_changed_spec(tmp_path: Path, edit: Callable[[dict[str, Any]], None]) -> dict[str, str]:
    """An environment whose `scaleway_functions_api` has the behaviour module `nox -s
    generate` writes from openapi.yaml once `edit` changed it."""
    document = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    edit(document)
    spec = tmp_path / "openapi.yaml"
    spec.write_text(yaml.safe_dump(document, sort_keys=False))
    package = tmp_path / "site" / "scaleway_functions_api"
    shutil.copytree(Path(scaleway_functions_api.__file__).parent, package)
    tool = ROOT / "tools" / "generate_operations.py"
    behaviour = package / "behaviour.py"
    subprocess.run(  # noqa: S603  (this interpreter, the project's own tool)
        [sys.executable, str(tool), "--behaviour", str(spec), str(behaviour)], check=True
    )
    return {**os.environ, "PYTHONPATH": str(tmp_path / "site")}


def run(code: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603  (this interpreter)
        [sys.executable, "-c", textwrap.dedent(code)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_smaller_archive_limit_in_the_spec_is_what_pack_refuses(tmp_path: Path) -> None:
    code = tmp_path / "code"
    code.mkdir()
    (code / "handler.py").write_bytes(os.urandom(4096))  # incompressible: over 3000 zipped
    check = f"""
        from scaleway_functions import ArchiveError, pack
        try:
            pack({str(code)!r})
        except ArchiveError as error:
            print(error)
        else:
            print("packed")
    """
    assert run(check, dict(os.environ)).stdout.strip() == "packed"

    def smaller_limit(document: dict[str, Any]) -> None:
        for item in document["paths"].values():
            for operation in item.values():
                if isinstance(operation, dict) and "x-code-upload" in operation:
                    operation["x-code-upload"]["max_size"] = 3000

    env = with_changed_spec(tmp_path, smaller_limit)
    refused = run(check, env)
    assert "over the service's limit of 3000 bytes" in refused.stdout, refused.stderr


def test_another_wait_policy_in_the_spec_is_how_the_client_polls(tmp_path: Path) -> None:
    def quicker_polls(document: dict[str, Any]) -> None:
        document["x-wait-policy"].update(first_delay=0.125, multiplier=3, max_delay=1)

    env = with_changed_spec(tmp_path, quicker_polls)
    delays = """
        from scaleway_functions._waiting import Poller
        from scaleway_functions_api.operations import FUNCTION_WAITER

        class Pending:
            status = "pending"
            build_message = None

        poller = Poller(FUNCTION_WAITER, "f", timeout=60, poll_interval=None, now=0.0)
        delays = []
        for _ in range(4):
            poller.changed(Pending())
            delays.append(poller.next_delay(0.0))
        print(delays)
    """
    assert run(delays, dict(os.environ)).stdout.strip() == "[0.5, 0.75, 1.125, 1.6875]"
    changed = run(delays, env)
    assert changed.stdout.strip() == "[0.125, 0.375, 1.0, 1.0]", changed.stderr
