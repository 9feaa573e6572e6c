"""scw-functions workflows, end to end against the emulator: deploy's checks and rollback,
Ctrl-C, the namespace and function groups, lists across regions, output formats, names
where ids go, and help.

The fixtures and helpers are test_cli's: one emulator on the test's fake clock, so waits
take no real time and every build's progress is deterministic.
"""

from __future__ import annotations

import hashlib
import json
import re
import socket
import zipfile
from pathlib import Path
from typing import Any

import httpx
import pytest
import typer.testing
import yaml
from typer.testing import CliRunner, Result

import scaleway_functions
from scaleway_functions import _archive, cli
from scaleway_functions.testing import Emulator

from . import test_cli
from .conftest import FakeClock
from .test_cli import APP, MISSING_ID, SOURCES, SQS_SECRET, deploy, error_text, run, run_json

# test_cli's fixtures, used here by name.
server, emulator, env, code = test_cli.server, test_cli.emulator, test_cli.env, test_cli.code
passed, sent, function = test_cli.passed, test_cli.sent, test_cli.function

OTHER_PROJECT = "00000000-0000-4000-8000-0000000000aa"
SECRET_VALUE = "s3cret-never-shown"  # distinctive: a one-letter value would match anything
MEMORY_SIZES = ("128", "256", "512", "1024", "2048", "3072", "4096")


def deploy_args(directory: Path, *extra: str, name: str = "hello") -> list[str]:
    return ["deploy", str(directory), "--name", name, *extra]


def alive(table: dict[str, Any]) -> list[dict[str, Any]]:
    """The records of an emulator table that are not being deleted."""
    return [record.data for record in table.values() if record.data["status"] != "deleting"]


def changes(requests: list[httpx.Request]) -> list[str]:
    """The requests that change something (anything but a GET)."""
    return [
        f"{request.method} {request.url.path}" for request in requests if request.method != "GET"
    ]


@pytest.fixture
def go_code(tmp_path: Path) -> Path:
    """Go code the emulator builds (Go's handler names no file: any .go file will do)."""
    directory = tmp_path / "go"
    directory.mkdir()
    (directory / "main.go").write_text("package main\n")
    return directory


@pytest.fixture
def no_go(tmp_path: Path) -> Path:
    """Python code deployed as Go: only the build finds that it has no .go file."""
    directory = tmp_path / "no-go"
    directory.mkdir()
    (directory / "main.py").write_text("print('no Go here')\n")
    return directory


# --- deploy checks all it can before its first change -----------------------------------


@pytest.fixture
def sources(tmp_path: Path, code: Path) -> dict[str, Path]:
    """What the checks are given to deploy."""
    empty = tmp_path / "empty"
    empty.mkdir()
    not_zip = tmp_path / "x.zip"
    not_zip.write_text("this is not a zip archive\n")
    main_only = tmp_path / "main-only"
    main_only.mkdir()
    (main_only / "main.py").write_text("def handle(event, context):\n    return {}\n")
    return {"empty": empty, "x.zip": not_zip, "code": code, "main.py only": main_only}


@pytest.mark.parametrize(
    ("source", "options", "exit_code", "message"),
    [
        ("empty", [], 1, "nothing to deploy (the directory is empty or all ignored)"),
        ("x.zip", [], 1, "x.zip: not a zip archive"),
        ("code", ["--runtime", "python2"], 1, "unknown runtime 'python2'"),
        ("code", ["--memory", "300"], 2, "'300' is not one of"),
        ("main.py only", [], 1, "the archive has no handler.py for it"),
        ("code", ["--runtime", "python37"], 1, "runtime python37 has reached its end of life"),
    ],
    ids=["empty-directory", "not-a-zip", "unknown-runtime", "memory-300", "no-handler-file",
         "end-of-life"],
)  # fmt: skip
def test_deploy_refuses_before_any_change(
    env: dict[str, str],
    emulator: Emulator,
    passed: list[httpx.Request],
    sources: dict[str, Path],
    source: str,
    options: list[str],
    exit_code: int,
    message: str,
) -> None:
    """A deploy that cannot succeed must leave nothing behind: no namespace, no function."""
    result = run(env, *deploy_args(sources[source], "--runtime", "python311", *options))

    assert result.exit_code == exit_code, result.output
    assert message in error_text(result)
    assert "Traceback" not in result.output
    if exit_code == 2:  # a usage error lists what is allowed
        for size in MEMORY_SIZES:
            assert f"'{size}'" in error_text(result)
    assert changes(passed) == []
    assert not emulator.service.namespaces
    assert not emulator.service.functions


def spec_words(schema: str, *path: str) -> str:
    """The spec's plain words for a field's pattern (`x-pattern-description`)."""
    from scaleway_functions_api.request_schemas import REQUEST_SCHEMAS

    node: Any = REQUEST_SCHEMAS[schema]
    for key in path:
        node = node[key]
    return str(node["x-pattern-description"])


NAME_WORDS = spec_words("CreateFunctionRequest", "properties", "name")
KEY_WORDS = spec_words("CreateFunctionRequest", "properties", "environment_variables",
                       "propertyNames")  # fmt: skip
TIMEOUT_WORDS = spec_words("CreateFunctionRequest", "properties", "timeout")


@pytest.mark.parametrize(
    ("options", "said"),
    [
        (["--name", "Hello_World"], f"--name 'Hello_World': {NAME_WORDS}"),
        (["--name", "a" * 64], f"--name: '{'a' * 64}' is longer than 63 characters"),
        (["--name", "-x"], f"--name '-x': {NAME_WORDS}"),
        (["--namespace", "Team_A"], f"--namespace 'Team_A': {NAME_WORDS}"),
        (["--env", "SCW_REGION=x"], f"--env 'SCW_REGION': {KEY_WORDS}"),
        (["--env", "9LIVES=x"], f"--env '9LIVES': {KEY_WORDS}"),
        (["--secret", "MY-KEY=x"], f"--secret 'MY-KEY': {KEY_WORDS}"),
        (["--timeout", "901"], f"--timeout '901s': {TIMEOUT_WORDS}"),
        (["--timeout", "15m"], f"--timeout '15m': {TIMEOUT_WORDS}"),
        (["--min-scale", "51"], "--min-scale: 51 is above 50"),
        (["--max-scale", "51"], "--max-scale: 51 is above 50"),
        (["--handler", "handle"],
         "'handle': a python311 handler is file.function, such as handler.handle"),
        (["--name", "00000000-0000-4000-8000-000000000001"], "is shaped like an ID"),
    ],
    ids=["name-pattern", "name-length", "name-dash", "namespace-name", "env-scw-prefix",
         "env-digit", "secret-key", "timeout-901", "timeout-minutes", "min-scale", "max-scale",
         "handler", "uuid-name"],
)  # fmt: skip
def test_deploy_refuses_what_the_spec_forbids_in_plain_words_before_any_change(
    env: dict[str, str],
    emulator: Emulator,
    passed: list[httpx.Request],
    code: Path,
    options: list[str],
    said: str,
) -> None:
    """Each rule openapi.yaml states is a usage error naming the option, told in the spec's
    words, never as a regex; nothing is created (before, a bad name created a namespace,
    waited for it, deleted it and printed the raw pattern)."""
    result = run(env, "deploy", str(code), "--name", "hello", "--runtime", "python311", *options)

    assert result.exit_code == 2, result.output
    text = " ".join(error_text(result).split())
    assert " ".join(said.split()) in text
    assert "^" not in text  # no regex
    assert changes(passed) == []
    assert not emulator.service.namespaces
    assert not emulator.service.functions


def test_every_broken_rule_is_listed_and_a_secret_value_is_never_shown(
    env: dict[str, str], sent: list[httpx.Request], code: Path
) -> None:
    secret = "x" * 65537
    result = run(env, "deploy", str(code), "--name", "Bad_Name", "--timeout", "1000",
                  "--secret", f"TOKEN={secret}", "--env", "SCW_X=1")  # fmt: skip

    assert result.exit_code == 2, result.output
    text = error_text(result)
    assert "these options break the API's rules:" in text
    for flag in ("--name 'Bad_Name'", "--timeout '1000s'", "--env 'SCW_X'",
                 "--secret: its value is longer than 65536 characters"):  # fmt: skip
        assert flag in " ".join(text.split())
    assert "xxxxxxxx" not in result.output
    assert sent == []


@pytest.mark.parametrize(
    ("command", "said"),
    [
        (["function", "create", "--name", "x", "--namespace", "n", "--runtime", "python311",
          "--timeout", "901"], "--timeout '901s'"),
        (["function", "update", MISSING_ID, "--env", "SCW_A=1"], "--env 'SCW_A'"),
        (["namespace", "create", "--name", "Not_Ok"], "--name 'Not_Ok'"),
        (["namespace", "update", MISSING_ID, "--secret", "SCW_S=1"], "--secret 'SCW_S'"),
        (["cron", "create", "--function-id", MISSING_ID, "--schedule", "hourly"],
         "--schedule 'hourly'"),
        (["cron", "update", MISSING_ID, "--schedule", "* * *"], "--schedule '* * *'"),
        (["function", "create", "--name", MISSING_ID, "--namespace", "n", "--runtime",
          "python311"], "is shaped like an ID"),
    ],
    ids=["function-create", "function-update", "namespace-create", "namespace-update",
         "cron-create", "cron-update", "function-create-uuid-name"],
)  # fmt: skip
def test_other_commands_check_the_spec_rules_before_sending(
    env: dict[str, str], sent: list[httpx.Request], command: list[str], said: str
) -> None:
    result = run(env, *command)

    assert result.exit_code == 2, result.output
    assert said in error_text(result)
    assert sent == []


def test_deploy_help_states_the_timeout_limit() -> None:
    result = CliRunner().invoke(APP, ["deploy", "--help"])

    assert result.exit_code == 0
    said = f"Time limit of one request: plain seconds (300), or {TIMEOUT_WORDS}."
    assert said in " ".join(result.stdout.split())
    assert "900s" in TIMEOUT_WORDS


@pytest.mark.parametrize(
    "command",
    [["deploy", "{code}", "--name", "x", "--memory", "300"],
     ["deploy", "{code}", "--name", "x", "--privacy", "nobody"],
     ["deploy", "{code}", "--name", "x", "--sandbox", "v9"],
     ["function", "update", "x", "--http-option", "sometimes"],
     ["list", "--order-by", "size_asc"],
     ["namespace", "list", "--order-by", "size_asc"]],
    ids=["memory", "privacy", "sandbox", "http-option", "order-by", "namespace-order-by"],
)  # fmt: skip
def test_a_value_outside_a_choice_is_a_usage_error(
    env: dict[str, str], sent: list[httpx.Request], code: Path, command: list[str]
) -> None:
    """Like any other bad option: exit code 2 and the allowed values, no traceback."""
    result = run(env, *(arg.format(code=code) for arg in command))

    assert result.exit_code == 2, result.output
    assert "is not one of" in error_text(result)
    assert isinstance(result.exception, SystemExit)
    assert sent == []


def test_an_archive_over_the_limit_is_refused_before_any_change(
    env: dict[str, str],
    emulator: Emulator,
    passed: list[httpx.Request],
    code: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The library's 100 MiB limit, lowered so that the test needs no 100 MiB of data."""
    monkeypatch.setattr(_archive, "MAX_ARCHIVE_SIZE", 64)
    (code / "data.bin").write_bytes(bytes(range(256)) * 4)

    result = run(env, *deploy_args(code, "--runtime", "python311"))

    assert result.exit_code == 1
    assert "over the service's limit of 64 bytes" in result.stderr
    assert changes(passed) == []
    assert not emulator.service.namespaces
    assert not emulator.service.functions


def test_each_runtime_at_end_of_life_is_refused_naming_a_newer_one(
    env: dict[str, str], emulator: Emulator, passed: list[httpx.Request], code: Path
) -> None:
    """The message says what to use instead: an available runtime of the same language."""
    runtimes = {runtime["name"]: runtime for runtime in run_json(env, "runtimes")}
    ended = [name for name, runtime in runtimes.items() if runtime["status"] == "end_of_life"]
    assert ended

    for name in ended:
        result = run(env, *deploy_args(code, "--runtime", name))

        assert result.exit_code == 1, result.output
        assert f"runtime {name} has reached its end of life" in result.stderr
        suggested = re.search(r"; use (\S+)\n", result.stderr)
        assert suggested, result.stderr
        newer = runtimes[suggested[1]]
        assert newer["language"] == runtimes[name]["language"]
        assert newer["status"] == "available"
        if runtimes[name]["version"] and newer["version"]:
            assert version(newer["version"]) > version(runtimes[name]["version"])
    assert changes(passed) == []
    assert not emulator.service.namespaces


def version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("."))


@pytest.mark.parametrize(
    ("runtime", "status"),
    [("python39", "deprecated"), ("python310", "end_of_support"), ("python311", "available")],
)
def test_a_runtime_near_its_end_deploys_with_a_warning(
    env: dict[str, str], code: Path, runtime: str, status: str
) -> None:
    runtimes = {item["name"]: item["status"] for item in run_json(env, "runtimes")}
    assert runtimes[runtime] == status  # the emulator's list, as this table assumes it

    result = run(env, "-o", "json", *deploy_args(code, "--runtime", runtime))

    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["status"] == "ready"
    warnings = [line for line in result.stderr.splitlines() if "warning: runtime" in line]
    if status == "available":
        assert warnings == []
    else:  # the runtime's own status message follows, in parentheses
        (warning,) = warnings
        assert warning.startswith(f"warning: runtime {runtime} is {status.replace('_', ' ')} (")


# --- deploy removes what it created when a later step fails, and only that ---------------


def test_a_failed_build_removes_the_namespace_and_function_it_created(
    env: dict[str, str], emulator: Emulator, no_go: Path, clock: FakeClock
) -> None:
    result = run(env, *deploy_args(no_go, "--runtime", "go122", name="broken"))

    assert result.exit_code == 1
    assert "error: the build of function broken failed" in result.stderr
    ((space_id, space),) = emulator.service.namespaces.items()
    ((function_id, built),) = emulator.service.functions.items()
    assert space.data["status"] == built.data["status"] == "deleting"
    assert (f"removed namespace broken ({space_id}) and its function broken, "
            "which this command created") in result.stderr  # fmt: skip
    clock.sleep(1)  # the deletion completes
    assert run_json(env, "namespace", "list") == []
    assert run_json(env, "list") == []
    assert run(env, "get", function_id).exit_code == 1


@pytest.mark.parametrize("given_by", ["--namespace-id", "--namespace"])
def test_a_failed_build_in_an_existing_namespace_removes_only_the_new_function(
    env: dict[str, str], emulator: Emulator, no_go: Path, clock: FakeClock, given_by: str
) -> None:
    space = run_json(env, "namespace", "create", "--name", "kept")
    clock.sleep(1)  # the namespace is ready
    target = space["id"] if given_by == "--namespace-id" else "kept"

    result = run(env, *deploy_args(no_go, "--runtime", "go122", given_by, target, name="broken"))

    assert result.exit_code == 1
    (function_id,) = emulator.service.functions
    assert f"removed function broken ({function_id}), which this command created" in result.stderr
    assert "removed namespace" not in result.stderr
    clock.sleep(1)  # the deletion completes
    assert run_json(env, "namespace", "get", space["id"])["status"] == "ready"
    assert run_json(env, "list") == []


def test_a_failed_build_of_an_existing_function_removes_nothing(
    env: dict[str, str], emulator: Emulator, go_code: Path, no_go: Path, clock: FakeClock
) -> None:
    """The function existed before this deploy: it stays, in error, for the user to fix."""
    first = run_json(env, *deploy_args(go_code, "--runtime", "go122", name="app"))

    result = run(env, *deploy_args(no_go, name="app"))

    assert first["status"] == "ready"
    assert result.exit_code == 1
    assert "no .go file found in the archive" in result.stderr
    assert "removed" not in result.stderr
    clock.sleep(1)  # a deletion, had one been asked for, would be complete
    assert run_json(env, "get", first["id"])["status"] == "error"
    assert run_json(env, "namespace", "get", first["namespace_id"])["status"] == "ready"


def test_the_upload_bar_knows_the_size_from_its_first_frame(
    env: dict[str, str], code: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The archive is packed before the bar starts, so its first frame shows the total."""
    import rich.progress

    totals: list[float | None] = []
    add_task = rich.progress.Progress.add_task

    def recording(self: rich.progress.Progress, *args: Any, **kwargs: Any) -> Any:
        totals.append(kwargs.get("total"))
        return add_task(self, *args, **kwargs)

    monkeypatch.setattr(rich.progress.Progress, "add_task", recording)
    result = run(env, *deploy_args(code, "--runtime", "python311"))

    assert result.exit_code == 0, result.output
    uploaded = re.search(r"\((\d+) bytes\)|uploaded (\d+) bytes", result.stderr)
    assert uploaded is not None
    assert totals == [int(uploaded.group(1) or uploaded.group(2))]


# --- redeploying while a build runs waits for it -----------------------------------------


def test_redeploy_while_a_build_runs_waits_for_it(env: dict[str, str], code: Path) -> None:
    """Changing a function mid-build is refused by the API (409): deploy waits instead."""
    started = deploy(env, code, "--no-wait")

    result = run(env, "-o", "json", *deploy_args(code, "--runtime", "python311"))

    assert started["status"] == "pending"
    assert result.exit_code == 0, result.output
    assert "function hello is pending: waiting for its build" in result.stderr
    redeployed = json.loads(result.stdout)
    assert redeployed["id"] == started["id"]
    assert redeployed["status"] == "ready"


# --- Ctrl-C -----------------------------------------------------------------------------


def interrupt(*args: Any, **kwargs: Any) -> Any:
    raise KeyboardInterrupt


def test_ctrl_c_during_the_build_wait_leaves_the_build_going(
    env: dict[str, str],
    emulator: Emulator,
    code: Path,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(scaleway_functions.FunctionsClient, "wait_for_function", interrupt)

    result = run(env, *deploy_args(code, "--runtime", "python311"))

    assert result.exit_code == 130
    ((function_id, record),) = emulator.service.functions.items()
    said = [line for line in result.stderr.splitlines() if "goes on" in line]
    assert len(said) == 1, result.stderr
    assert f"scw-functions get {function_id}" in said[0]
    assert "removed" not in result.stderr
    assert record.data["status"] == "pending"
    monkeypatch.undo()
    clock.sleep(1)  # the build completes
    assert run_json(env, "get", function_id)["status"] == "ready"


@pytest.mark.parametrize(
    ("interrupted", "removed"),
    [
        ("create_function", "removed namespace hello ({namespace}), which"),
        ("upload_function_code", "removed namespace hello ({namespace}) and its function hello"),
        ("deploy_function", "removed namespace hello ({namespace}) and its function hello"),
    ],
    ids=["create_function", "upload_function_code", "deploy_function"],
)
def test_ctrl_c_before_the_build_started_removes_what_deploy_created(
    env: dict[str, str],
    emulator: Emulator,
    code: Path,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    interrupted: str,
    removed: str,
) -> None:
    monkeypatch.setattr(scaleway_functions.FunctionsClient, interrupted, interrupt)

    result = run(env, *deploy_args(code, "--runtime", "python311"))

    assert result.exit_code == 130
    assert "interrupted" in result.stderr
    (namespace,) = emulator.service.namespaces
    assert removed.format(namespace=namespace) in result.stderr
    assert alive(emulator.service.namespaces) == []
    assert alive(emulator.service.functions) == []
    clock.sleep(1)  # the deletion completes
    assert run_json(env, "namespace", "list") == []


# --- deploy leaves nothing half-done ----------------------------------------------------

NAMESPACES_PATH = "/functions/v1beta1/regions/fr-par/namespaces"
FUNCTIONS_PATH = "/functions/v1beta1/regions/fr-par/functions"


@pytest.mark.parametrize(
    ("path", "removed"),
    [(NAMESPACES_PATH, "removed namespace hello ({namespace}), which"),
     (FUNCTIONS_PATH, "removed namespace hello ({namespace}) and its function hello, which")],
    ids=["namespace", "function"],
)  # fmt: skip
def test_a_create_whose_answer_was_lost_is_found_by_name_and_removed(
    env: dict[str, str], emulator: Emulator, code: Path, clock: FakeClock, path: str, removed: str
) -> None:
    """The create was applied but its answer never came (a POST is not sent again): deploy
    looks for it by name and removes it, instead of leaving it behind."""
    emulator.faults.fail_next("lose", path=path, method="POST")

    result = run(env, *deploy_args(code, "--runtime", "python311"))

    assert result.exit_code == 1, result.output
    (namespace,) = emulator.service.namespaces
    assert removed.format(namespace=namespace) in result.stderr
    assert alive(emulator.service.namespaces) == []
    assert alive(emulator.service.functions) == []
    assert emulator.faults.scheduled == []  # the lost answer did happen


def test_ctrl_c_while_a_create_is_in_flight_removes_what_it_made(
    env: dict[str, str], emulator: Emulator, code: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    create = scaleway_functions.FunctionsClient.create_namespace

    def applied_then_interrupted(self: Any, **kwargs: Any) -> Any:
        create(self, **kwargs)
        raise KeyboardInterrupt

    monkeypatch.setattr(scaleway_functions.FunctionsClient, "create_namespace",
                        applied_then_interrupted)  # fmt: skip
    result = run(env, *deploy_args(code, "--runtime", "python311"))

    assert result.exit_code == 130
    (namespace,) = emulator.service.namespaces
    assert f"removed namespace hello ({namespace}), which this command created" in result.stderr
    assert alive(emulator.service.namespaces) == []


@pytest.mark.loopback
def test_sigterm_is_handled_like_ctrl_c(
    env: dict[str, str], emulator: Emulator, code: Path, tmp_path: Path
) -> None:
    """CI cancellation sends SIGTERM: what deploy created is removed, its temporary files
    too, exit code 143. The emulator's clock is the test's, so the namespace stays
    `creating` until the signal comes."""
    import os
    import signal
    import subprocess
    import sys
    import time

    temporary = tmp_path / "tmp"
    temporary.mkdir()
    process_env = {**os.environ, **env, "TMPDIR": str(temporary)}
    command = [sys.executable, "-m", "scaleway_functions.cli",
               *deploy_args(code, "--runtime", "python311")]  # fmt: skip
    with subprocess.Popen(command, env=process_env, stderr=subprocess.PIPE, text=True) as deploy:  # noqa: S603
        assert deploy.stderr is not None
        lines = []
        for line in deploy.stderr:
            lines.append(line)
            if line.startswith("waiting for namespace"):
                break
        assert list(temporary.iterdir()) != []  # the archive being deployed
        time.sleep(0.2)  # polling the namespace
        deploy.send_signal(signal.SIGTERM)
        rest = deploy.stderr.read()
        code_ = deploy.wait(timeout=60)

    (namespace,) = emulator.service.namespaces
    assert code_ == 143, "".join(lines) + rest
    assert f"removed namespace hello ({namespace}), which this command created" in rest
    assert "terminated" in rest
    assert "Traceback" not in rest
    assert alive(emulator.service.namespaces) == []
    assert list(temporary.iterdir()) == []


@pytest.fixture
def existing(env: dict[str, str], code: Path) -> dict[str, Any]:
    """Function hello, deployed and ready, with 256 MB and variable A=1."""
    return deploy(env, code, "--memory", "256", "--env", "A=1")


@pytest.mark.parametrize("failure", ["upload-refused", "ctrl-c-during-upload"])
def test_a_redeploy_that_fails_before_its_last_request_changes_no_setting(
    env: dict[str, str],
    emulator: Emulator,
    code: Path,
    existing: dict[str, Any],
    passed: list[httpx.Request],
    monkeypatch: pytest.MonkeyPatch,
    failure: str,
) -> None:
    """New settings and new code land together or not at all: the settings go with the
    request that deploys, after the upload (before, they were sent first, and a failed
    upload left them on the old code, unsaid)."""
    if failure == "upload-refused":
        emulator.faults.fail_next(403, path="/_storage/")
    else:
        monkeypatch.setattr(scaleway_functions.FunctionsClient, "upload_function_code", interrupt)

    result = run(env, *deploy_args(code, "--memory", "1024", "--env", "B=2"))

    assert result.exit_code == (1 if failure == "upload-refused" else 130), result.output
    record = emulator.service.functions[existing["id"]].data
    assert record["memory_limit"] == 256
    assert record["environment_variables"] == {"A": "1"}
    assert record["status"] == "ready"
    assert [line for line in changes(passed) if not line.startswith("PUT /_storage")] == []


def test_a_redeploy_sends_settings_and_code_in_one_request(
    env: dict[str, str],
    emulator: Emulator,
    code: Path,
    existing: dict[str, Any],
    passed: list[httpx.Request],
) -> None:
    result = run(env, "-o", "json", *deploy_args(code, "--memory", "1024"))

    assert result.exit_code == 0, result.output
    function_path = f"{FUNCTIONS_PATH}/{existing['id']}"
    sent = changes(passed)
    assert sent[-1] == f"PATCH {function_path}"
    assert [line.split()[0] for line in sent] == ["PUT", "PATCH"]  # the code, then both
    patch = json.loads(next(r for r in passed if r.method == "PATCH").content)
    assert patch["memory_limit"] == 1024
    assert patch["redeploy"] is True
    assert json.loads(result.stdout)["memory_limit"] == 1024


@pytest.mark.parametrize("kind", ["namespace", "function"])
def test_two_deploys_of_one_name_at_once_leave_no_duplicate(
    env: dict[str, str],
    emulator: Emulator,
    code: Path,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
    kind: str,
) -> None:
    """Another deploy creates the same name between this one's lookup and its create: the
    newer removes its own and uses the older, so one namespace and one function remain."""
    other = scaleway_functions.FunctionsClient(secret_key=env["SCW_SECRET_KEY"],
                                               api_url=env["SCW_API_URL"])  # fmt: skip
    request.addfinalizer(other.close)
    if kind == "function":
        space = other.create_namespace(name="hello")
        clock.sleep(1)  # ready
    method = f"create_{kind}"
    create = getattr(scaleway_functions.FunctionsClient, method)
    theirs: list[Any] = []

    def racing(self: Any, **kwargs: Any) -> Any:
        theirs.append(create(other, **kwargs))  # the other deploy, a moment before
        clock.sleep(0.001)
        return create(self, **kwargs)

    monkeypatch.setattr(scaleway_functions.FunctionsClient, method, racing)
    result = run(env, "-o", "json", *deploy_args(code, "--runtime", "python311"))

    assert result.exit_code == 0, result.output
    (older,) = theirs
    assert f"another deploy created {kind} hello ({older.id}) at the same time" in result.stderr
    assert [space["id"] for space in alive(emulator.service.namespaces)] == [
        older.id if kind == "namespace" else space.id
    ]
    (function,) = alive(emulator.service.functions)
    assert json.loads(result.stdout)["id"] == function["id"]
    if kind == "function":
        assert function["id"] == older.id


@pytest.mark.parametrize("kind", ["namespace", "function"])
def test_create_refuses_a_name_that_exists_unless_told(
    env: dict[str, str], emulator: Emulator, kind: str
) -> None:
    run_json(env, "namespace", "create", "--name", "team")
    create = ["namespace", "create", "--name", "team"]
    if kind == "function":
        create = ["function", "create", "--name", "api", "--namespace", "team",
                  "--runtime", "python311"]  # fmt: skip
    first = run(env, *create) if kind == "function" else None

    refused = run(env, *create)
    forced = run(env, *create, "--allow-duplicate")

    assert first is None or first.exit_code == 0
    assert refused.exit_code == 1
    scope = "the project" if kind == "namespace" else "namespace team"
    assert f"{scope} already has a {kind} named" in refused.stderr
    assert "--allow-duplicate creates another" in refused.stderr
    assert forced.exit_code == 0, forced.output
    table = emulator.service.namespaces if kind == "namespace" else emulator.service.functions
    assert len(alive(table)) == 2


# --- namespaces ---------------------------------------------------------------------------


def test_namespace_create_list_get_update_wait_delete(
    env: dict[str, str], emulator: Emulator, clock: FakeClock
) -> None:
    created = run(env, "namespace", "create", "--name", "demo", "--env", "A=1",
                  "--secret", f"S={SECRET_VALUE}", "--tags", "a,b")  # fmt: skip
    (space_id,) = emulator.service.namespaces
    record = emulator.service.namespaces[space_id].data
    assert created.exit_code == 0, created.output
    assert space_id in created.stdout
    assert (record["name"], record["environment_variables"], record["tags"]) == (
        "demo", {"A": "1"}, ["a", "b"],
    )  # fmt: skip
    assert [secret["key"] for secret in record["secret_environment_variables"]] == ["S"]

    listing = run(env, "namespace", "list")
    listed = run_json(env, "namespace", "list")
    by_name = run(env, "namespace", "get", "demo")
    by_id = run_json(env, "namespace", "get", space_id)
    updated = run(env, "namespace", "update", "demo", "--description", "d", "--env", "B=2")
    waited = run_json(env, "namespace", "wait", space_id)
    deleted = run(env, "namespace", "delete", "demo")

    outputs = [created, listing, by_name, updated, deleted]
    for output in outputs:
        assert output.exit_code == 0, output.output
        assert SECRET_VALUE not in output.output
    assert SECRET_VALUE not in json.dumps([listed, by_id, waited])
    assert space_id in listing.stdout
    assert "demo" in listing.stdout
    assert [item["id"] for item in listed] == [space_id]
    assert space_id in by_name.stdout
    assert by_id["name"] == "demo"
    assert record["description"] == "d"
    assert record["environment_variables"] == {"B": "2"}  # given, they replace all of them
    assert [secret["key"] for secret in record["secret_environment_variables"]] == ["S"]
    assert waited["status"] == "ready"
    assert deleted.stdout == f"namespace {space_id} is deleting\n"
    clock.sleep(1)  # the deletion completes
    assert run_json(env, "namespace", "list") == []


# --- functions ---------------------------------------------------------------------------


def test_function_create_sets_every_option(env: dict[str, str], emulator: Emulator) -> None:
    run_json(env, "namespace", "create", "--name", "demo")

    created = run_json(env, "function", "create", "--name", "f", "--namespace", "demo",
                       "--runtime", "python311", "--memory", "256", "--min-scale", "1",
                       "--max-scale", "3", "--privacy", "private", "--timeout", "120",
                       "--description", "d", "--http-option", "redirected", "--sandbox", "v2",
                       "--tags", "a,b", "--env", "A=1")  # fmt: skip

    (record,) = (item.data for item in emulator.service.functions.values())
    assert created["id"] == record["id"]
    assert {key: record[key] for key in (
        "name", "runtime", "memory_limit", "min_scale", "max_scale", "privacy", "timeout",
        "description", "http_option", "sandbox", "tags", "environment_variables")} == {
        "name": "f", "runtime": "python311", "memory_limit": 256, "min_scale": 1,
        "max_scale": 3, "privacy": "private", "timeout": "120s", "description": "d",
        "http_option": "redirected", "sandbox": "v2", "tags": ["a", "b"],
        "environment_variables": {"A": "1"},
    }  # fmt: skip
    assert record["namespace_id"] == emulator.service.namespaces[record["namespace_id"]].data["id"]


@pytest.mark.parametrize(
    ("flag", "status"),
    [(["--no-redeploy"], "ready"), (["--redeploy"], "pending"), ([], "pending")],
    ids=["--no-redeploy", "--redeploy", "neither"],
)
def test_function_update_redeploys_unless_told_not_to(
    env: dict[str, str], emulator: Emulator, code: Path, flag: list[str], status: str
) -> None:
    deployed = deploy(env, code)

    updated = run_json(env, "function", "update", "hello", "--memory", "512", *flag)

    record = emulator.service.functions[deployed["id"]].data
    assert updated["memory_limit"] == record["memory_limit"] == 512
    assert updated["status"] == record["status"] == status


@pytest.mark.parametrize("flag", [[], ["--no-redeploy"]], ids=["nothing", "--no-redeploy"])
def test_function_update_with_nothing_to_change_sends_nothing(
    env: dict[str, str], code: Path, passed: list[httpx.Request], flag: list[str]
) -> None:
    """An empty update sent as it is would redeploy the function."""
    deploy(env, code)
    passed.clear()

    result = run(env, "function", "update", "hello", *flag)

    assert result.exit_code == 2
    assert "nothing to change" in result.stderr
    assert changes(passed) == []


def test_function_update_redeploy_alone_redeploys(
    env: dict[str, str], emulator: Emulator, code: Path
) -> None:
    deployed = deploy(env, code)

    updated = run_json(env, "function", "update", "hello", "--redeploy")

    assert updated["status"] == emulator.service.functions[deployed["id"]].data["status"]
    assert updated["status"] == "pending"


def test_trigger_update_with_nothing_to_change_sends_nothing(
    env: dict[str, str], function: dict[str, Any], passed: list[httpx.Request]
) -> None:
    trigger = run_json(env, "trigger", "create", "--function-id", function["id"], "--name", "t",
                       *SOURCES["scw_sqs"])  # fmt: skip
    passed.clear()

    result = run(env, "trigger", "update", trigger["id"])

    assert result.exit_code == 2
    assert "nothing to change" in result.stderr
    assert changes(passed) == []


def test_function_update_of_a_function_without_code(
    env: dict[str, str], emulator: Emulator
) -> None:
    run_json(env, "namespace", "create", "--name", "demo")
    run_json(env, "function", "create", "--name", "f", "--namespace", "demo",
             "--runtime", "python311")  # fmt: skip

    updated = run_json(env, "function", "update", "f", "--memory", "512", "--no-redeploy")

    (record,) = (item.data for item in emulator.service.functions.values())
    assert updated["memory_limit"] == record["memory_limit"] == 512
    assert record["status"] == "created"


def test_function_deploy_builds_the_code_already_uploaded(
    env: dict[str, str], code: Path, passed: list[httpx.Request]
) -> None:
    deployed = deploy(env, code)
    passed.clear()

    result = run(env, "function", "deploy", "hello")

    assert result.exit_code == 0, result.output
    assert result.stdout == f"hello is ready: https://{deployed['domain_name']}\n"
    assert changes(passed) == [
        f"POST /functions/v1beta1/regions/fr-par/functions/{deployed['id']}/deploy"
    ]
    assert run_json(env, "get", "hello")["status"] == "ready"


def test_function_download_writes_the_archive_uploaded(
    env: dict[str, str], emulator: Emulator, code: Path, tmp_path: Path
) -> None:
    (code / "lib").mkdir()
    (code / "lib" / "util.py").write_text("X = 1\n")
    deployed = deploy(env, code)
    target = tmp_path / "out.zip"

    result = run(env, "function", "download", "hello", str(target))

    assert result.exit_code == 0, result.output
    assert target.read_bytes() == emulator.service.functions[deployed["id"]].archive
    assert sorted(zipfile.ZipFile(target).namelist()) == ["handler.py", "lib/util.py"]
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    assert f"wrote {target} ({target.stat().st_size} bytes, sha256 {digest})" in result.stderr
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith(".out")] == []


def test_function_download_to_standard_output(
    env: dict[str, str], emulator: Emulator, code: Path, tmp_path: Path
) -> None:
    deployed = deploy(env, code)

    result = CliRunner().invoke(APP, ["function", "download", "hello", "-"], env=env)

    assert result.exit_code == 0, result.output
    assert result.stdout_bytes == emulator.service.functions[deployed["id"]].archive
    assert "to standard output" in result.stderr
    assert not (Path.cwd() / "-").exists()


def test_function_wait_waits_until_ready(env: dict[str, str], code: Path) -> None:
    deploy(env, code)
    started = run_json(env, "function", "deploy", "hello", "--no-wait")

    waited = run_json(env, "function", "wait", "hello")

    assert started["status"] == "pending"
    assert waited["status"] == "ready"
    assert waited["id"] == started["id"]


def test_function_wait_on_a_failed_build_exits_1(
    env: dict[str, str], go_code: Path, no_go: Path
) -> None:
    run_json(env, *deploy_args(go_code, "--runtime", "go122", name="app"))
    run(env, *deploy_args(no_go, name="app"))  # its build fails: status error

    result = run(env, "function", "wait", "app")

    assert result.exit_code == 1
    assert "no .go file found in the archive" in result.stderr


# --- cron update and trigger update ------------------------------------------------------


def test_cron_update(env: dict[str, str], emulator: Emulator, function: dict[str, Any]) -> None:
    cron = run_json(env, "cron", "create", "--function-id", function["id"],
                    "--schedule", "0 * * * *", "--name", "hourly")  # fmt: skip

    updated = run_json(env, "cron", "update", cron["id"], "--schedule", "*/10 * * * *",
                       "--args", '{"job": "sync"}', "--name", "often")  # fmt: skip

    record = emulator.service.tables["cron"][cron["id"]].data
    assert (updated["schedule"], updated["args"], updated["name"]) == (
        "*/10 * * * *", {"job": "sync"}, "often",
    )  # fmt: skip
    assert (record["schedule"], record["args"], record["name"]) == (
        "*/10 * * * *", {"job": "sync"}, "often",
    )  # fmt: skip


def test_trigger_update_never_prints_the_secret_key(
    env: dict[str, str], emulator: Emulator, function: dict[str, Any]
) -> None:
    trigger = run_json(env, "trigger", "create", "--function-id", function["id"],
                       "--name", "jobs", *SOURCES["sqs"])  # fmt: skip
    new_secret = "sqs-rotated-secret-do-not-print"
    update = ["trigger", "update", trigger["id"], "--name", "renamed",
              "--sqs-secret-key", new_secret]  # fmt: skip

    table = run(env, "--debug", *update)
    structured = run(env, "-o", "json", *update)
    shown = run(env, "trigger", "get", trigger["id"])

    record = emulator.service.tables["trigger"][trigger["id"]].data
    for output in (table, structured, shown):
        assert output.exit_code == 0, output.output
        assert new_secret not in output.output
        assert SQS_SECRET not in output.output
    assert "renamed" in table.stdout
    assert json.loads(structured.stdout)["sqs_config"]["secret_key"] == cli.MASK
    assert json.loads(structured.stdout)["name"] == "renamed"
    assert record["sqs_config"]["secret_key"] == new_secret  # sent, only never shown
    assert record["sqs_config"]["access_key"] == "AKIA1"  # kept


# --- lists --------------------------------------------------------------------------------


NAMES = ("hello", "alpha")


@pytest.fixture
def two(env: dict[str, str], code: Path) -> dict[str, dict[str, Any]]:
    """Functions alpha and hello, in one namespace."""
    options = ("--runtime", "python311", "--namespace", "demo")
    return {name: run_json(env, *deploy_args(code, *options, name=name)) for name in NAMES}


def test_list_by_name(env: dict[str, str], two: dict[str, dict[str, Any]]) -> None:
    assert [item["id"] for item in run_json(env, "list", "--name", "hello")] == [two["hello"]["id"]]


@pytest.mark.parametrize(("order", "names"), [("name_desc", ["hello", "alpha"]),
                                              ("name_asc", ["alpha", "hello"])])  # fmt: skip
def test_list_order_by(
    env: dict[str, str], two: dict[str, dict[str, Any]], order: str, names: list[str]
) -> None:
    assert [item["name"] for item in run_json(env, "list", "--order-by", order)] == names


def test_list_by_project(env: dict[str, str], two: dict[str, dict[str, Any]]) -> None:
    project = run_json(env, "namespace", "get", "demo")["project_id"]

    assert run_json(env, "list", "--project-id", OTHER_PROJECT) == []
    assert len(run_json(env, "list", "--project-id", project)) == 2


def test_region_all_lists_every_region(env: dict[str, str], code: Path) -> None:
    paris = deploy(env, code)
    amsterdam_space = run_json(env, "--region", "nl-ams", "namespace", "create", "--name", "ams")
    in_amsterdam = ("--runtime", "python311", "--namespace-id", amsterdam_space["id"])
    amsterdam = run_json(env, "--region", "nl-ams", *deploy_args(code, *in_amsterdam))

    functions = run_json(env, "--region", "all", "list")
    spaces = run_json(env, "--region", "all", "namespace", "list")
    function_table = run(env, "--region", "all", "list")
    space_table = run(env, "--region", "all", "namespace", "list")

    assert {(item["id"], item["region"]) for item in functions} == {
        (paris["id"], "fr-par"), (amsterdam["id"], "nl-ams")}  # fmt: skip
    assert {(item["id"], item["region"]) for item in spaces} == {
        (paris["namespace_id"], "fr-par"), (amsterdam_space["id"], "nl-ams")}  # fmt: skip
    for table, ids in ((function_table, [paris["id"], amsterdam["id"]]),
                       (space_table, [paris["namespace_id"], amsterdam_space["id"]])):  # fmt: skip
        assert table.exit_code == 0, table.output
        assert header(table.stdout)[0] == "region"
        assert row(table.stdout, ids[0])[0] == "fr-par"
        assert row(table.stdout, ids[1])[0] == "nl-ams"


@pytest.mark.parametrize(
    "command",
    [["get", "hello"], ["delete", "hello"], ["function", "deploy", "hello"],
     ["namespace", "get", "demo"], ["deploy", ".", "--name", "x", "--runtime", "python311"],
     ["cron", "create", "--function-id", "hello", "--schedule", "0 * * * *"]],
    ids=" ".join,
)  # fmt: skip
def test_region_all_is_for_lists_only(
    env: dict[str, str], sent: list[httpx.Request], command: list[str]
) -> None:
    result = run(env, "--region", "all", *command)

    assert result.exit_code == 1
    assert result.stderr == "error: --region all works with list commands only: give one region\n"
    assert sent == []


def cells(line: str) -> list[str]:
    return [cell.strip() for cell in re.split(r"[│┃]", line)[1:-1]]


def header(stdout: str) -> list[str]:
    """The column names of a table."""
    return cells(next(line for line in stdout.splitlines() if "┃" in line))


def row(stdout: str, text: str) -> list[str]:
    """The cells of the row of a table that holds `text`."""
    return cells(next(line for line in stdout.splitlines() if text in line and "│" in line))


# --- output formats -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [["get", "hello"], ["list"], ["namespace", "list"], ["runtimes"], ["function", "get", "hello"]],
    ids=" ".join,
)
def test_yaml_is_the_same_data_as_json(env: dict[str, str], code: Path, command: list[str]) -> None:
    deploy(env, code, "--secret", f"S={SECRET_VALUE}", "--tags", "a,b")

    as_yaml = run(env, "-o", "yaml", *command)

    assert as_yaml.exit_code == 0, as_yaml.output
    assert yaml.safe_load(as_yaml.stdout) == run_json(env, *command)
    assert SECRET_VALUE not in as_yaml.output


def test_wide_shows_more_columns_than_table(env: dict[str, str], code: Path) -> None:
    deploy(env, code)

    narrow = header(run(env, "list").stdout)
    wide = header(run(env, "-o", "wide", "list").stdout)

    assert "memory limit" in wide
    assert "memory limit" not in narrow
    assert set(narrow) < set(wide)


@pytest.mark.parametrize(
    "command",
    [["list", "-o", "json"], ["list", "--region", "fr-par", "--output", "json"],
     ["list", "--output=json"], ["list", "-ojson"],
     ["cron", "list", "--function-id", "{function}", "-o", "json"],
     ["cron", "list", "--function-id", "hello", "--output", "json", "--region", "fr-par"]],
    ids=" ".join,
)  # fmt: skip
def test_global_options_after_the_command(
    env: dict[str, str], code: Path, command: list[str]
) -> None:
    deployed = deploy(env, code)
    cron = run_json(env, "cron", "create", "--function-id", deployed["id"],
                    "--schedule", "0 * * * *")  # fmt: skip

    result = run(env, *(arg.format(function=deployed["id"]) for arg in command))

    assert result.exit_code == 0, result.output
    expected = cron["id"] if command[0] == "cron" else deployed["id"]
    assert [item["id"] for item in json.loads(result.stdout)] == [expected]


@pytest.mark.parametrize(
    "description", ["-objects are fun", "--debug", "-o", "--output=json"], ids=repr
)
def test_an_option_value_that_looks_like_a_global_option_stays_a_value(
    env: dict[str, str], emulator: Emulator, description: str
) -> None:
    """Only options move before the command, never the value of one of its options."""
    result = run(env, "namespace", "create", "--name", "n", "--description", description,
                 "-o", "json")  # fmt: skip

    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["description"] == description
    (record,) = emulator.service.namespaces.values()
    assert record.data["description"] == description


# --- tables never cut ids -----------------------------------------------------------------


@pytest.mark.parametrize("terminal", [False, True], ids=["piped", "terminal"])
@pytest.mark.parametrize(
    "command", [["list"], ["namespace", "list"], ["-o", "wide", "list"]], ids=" ".join
)
def test_a_narrow_table_keeps_ids_whole(
    env: dict[str, str],
    code: Path,
    monkeypatch: pytest.MonkeyPatch,
    command: list[str],
    terminal: bool,
) -> None:
    """Ids are what users copy: a 40-column terminal must not cut or wrap them."""
    deployed = deploy(env, code)
    if terminal:  # stdout as a terminal: the table is sized to COLUMNS
        monkeypatch.setattr(typer.testing._NamedTextIOWrapper, "isatty", lambda self: True)

    result = run({**env, "COLUMNS": "40"}, *command)

    assert result.exit_code == 0, result.output
    wanted = deployed["namespace_id"] if "namespace" in command else deployed["id"]
    assert len(wanted) == 36
    assert wanted in result.stdout


# --- names where ids go ----------------------------------------------------------------


def test_a_function_name_works_where_its_id_goes(
    env: dict[str, str], emulator: Emulator, code: Path
) -> None:
    deployed = deploy(env, code)
    function_id = deployed["id"]

    shown = run(env, "get", "hello")
    redeployed = run(env, "function", "deploy", "hello")
    cron = run_json(env, "cron", "create", "--function-id", "hello", "--schedule", "0 * * * *")
    deleted = run(env, "delete", "hello")

    for output in (shown, redeployed, deleted):
        assert output.exit_code == 0, output.output
    assert function_id in shown.stdout
    assert "hello is ready" in redeployed.stdout
    assert cron["function_id"] == function_id
    assert deleted.stdout == f"hello ({function_id}) is deleting\n"
    assert emulator.service.functions[function_id].data["status"] == "deleting"


@pytest.fixture
def same(env: dict[str, str], code: Path) -> dict[str, dict[str, Any]]:
    """A function named `same` in namespace ns1, and another in ns2."""
    return {
        space: run_json(
            env, *deploy_args(code, "--runtime", "python311", "--namespace", space, name="same")
        )
        for space in ("ns1", "ns2")
    }


@pytest.mark.parametrize(
    "command",
    [["get", "same"], ["delete", "same"], ["function", "deploy", "same"],
     ["function", "update", "same", "--memory", "512"],
     ["cron", "create", "--function-id", "same", "--schedule", "0 * * * *"]],
    ids=" ".join,
)  # fmt: skip
def test_a_name_two_functions_share_is_refused_listing_both(
    env: dict[str, str],
    same: dict[str, dict[str, Any]],
    passed: list[httpx.Request],
    command: list[str],
) -> None:
    passed.clear()

    result = run(env, *command)

    assert result.exit_code == 1
    assert "2 functions are named 'same': pass one id" in result.stderr
    for deployed in same.values():
        assert deployed["id"] in result.stderr
    assert changes(passed) == []


@pytest.mark.parametrize("space", ["ns1", "ns2"])
def test_namespace_picks_one_of_two_same_named_functions(
    env: dict[str, str], same: dict[str, dict[str, Any]], space: str
) -> None:
    by_name = run_json(env, "get", "same", "--namespace", space)
    by_namespace_id = run_json(env, "get", "same", "--namespace", same[space]["namespace_id"])

    assert by_name["id"] == by_namespace_id["id"] == same[space]["id"]


# --- help ---------------------------------------------------------------------------------


def help_of(command: list[str]) -> Result:
    return CliRunner().invoke(APP, [*command, "--help"])


def every_command() -> list[list[str]]:
    """Every command and subcommand, found by reading the "Commands:" of each help."""
    found: list[list[str]] = []
    waiting: list[list[str]] = [[]]
    while waiting:
        command = waiting.pop(0)
        found.append(command)
        text = help_of(command).stdout
        if "\nCommands:\n" in text:
            listed = text.split("\nCommands:\n", 1)[1]
            waiting += [[*command, name] for name in re.findall(r"^  (\S+)", listed, re.M)]
    return found


COMMANDS = every_command()


def test_every_command_was_found() -> None:
    for expected in (["deploy"], ["function", "download"], ["namespace", "update"],
                     ["trigger", "update"], ["cron", "wait"], ["emulator"]):  # fmt: skip
        assert expected in COMMANDS


@pytest.mark.parametrize("command", COMMANDS, ids=lambda command: " ".join(command) or "root")
def test_help_never_shows_a_type_placeholder(command: list[str]) -> None:
    """`<bool>` tells a user nothing: a flag takes no value."""
    result = help_of(command)

    assert result.exit_code == 0, result.output
    assert "Usage: scw-functions" in result.stdout
    assert "<bool>" not in result.stdout


def option_help(text: str, name: str) -> str:
    """The help of one option, its lines joined."""
    found = re.search(rf"^  {re.escape(name)}\b(.*?)(?=^  -)", text, re.M | re.S)
    assert found, f"{name} not in:\n{text}"
    return " ".join(found[1].split())


def test_deploy_help_tells_the_two_timeouts_apart() -> None:
    text = help_of(["deploy"]).stdout

    waiting = option_help(text, "--wait-timeout")
    per_request = option_help(text, "--timeout")

    assert waiting != per_request
    assert "wait" in waiting.lower()
    assert "request" in per_request.lower()
    assert "request" not in waiting.lower()


# --- no traceback, whatever goes wrong ----------------------------------------------------


def _leaf(command: list[str]) -> Any:
    """The click command `command` names."""
    found: Any = typer.main.get_command(APP)
    for name in command:
        found = found.get_command(None, name)
    return found


def _arguments(command: list[str], code: Path, tmp_path: Path) -> list[str]:
    """`command` with a plausible value for each of its arguments and required options."""
    values = {"directory": str(code), "file": str(tmp_path / "out.zip"),
              "schedule": "* * * * *", "hostname": "api.example.com", "name": "hello"}  # fmt: skip
    args = [*command, *NEEDS.get(" ".join(command), [])]
    for param in _leaf(command).params:
        value = values.get(param.name or "", MISSING_ID)
        if param.param_type_name == "argument":
            args.append(value)
        elif param.required:
            args += [param.opts[0], value]
    return args


# What a command needs beyond its required parameters to reach the API.
NEEDS = {
    "function create": ["--runtime", "python311"],
    "function update": ["--min-scale", "1"],
    "token create": ["--function-id", MISSING_ID],
    "trigger create": SOURCES["scw_sqs"],
    "trigger update": ["--name", "t"],
}
RUNNABLE = [
    command
    for command in COMMANDS
    if command and command != ["emulator"] and not hasattr(_leaf(command), "list_commands")
]


@pytest.mark.parametrize("command", RUNNABLE, ids=" ".join)
@pytest.mark.parametrize("api", ["refused", "failing"])
def test_no_command_prints_a_traceback_when_the_api_fails(
    command: list[str],
    api: str,
    env: dict[str, str],
    emulator: Emulator,
    code: Path,
    tmp_path: Path,
) -> None:
    """Every command, against an API that cannot be reached or answers 500 to everything:
    one line on stderr and exit 1, never a traceback."""
    if api == "refused":
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            closed_port = probe.getsockname()[1]
        env = {**env, "SCW_API_URL": f"http://127.0.0.1:{closed_port}"}
    else:
        emulator.faults.error_rate, emulator.faults.error_statuses = 1.0, (500,)

    result = run(env, *_arguments(command, code, tmp_path))

    assert result.exit_code == 1, result.output  # the API's failure, not a usage error
    assert "Traceback" not in result.output
    assert result.stderr.count("\n") == 1, result.stderr


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--api-url", "http://[::1", "list"], "invalid api_url: Invalid IPv6 URL"),
        (["function", "download", "hello", "/no/such/folder/out.zip"], "cannot write there"),
    ],
    ids=["bad api url", "download into a missing folder"],
)
def test_bad_local_input_is_one_line_too(
    env: dict[str, str], code: Path, args: list[str], says: str
) -> None:
    deploy(env, code)

    result = run(env, *args)

    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert result.stderr.count("\n") == 1
    assert says in result.stderr


def test_unset_env_removes_a_variable_and_keeps_the_others(
    env: dict[str, str], emulator: Emulator, code: Path
) -> None:
    deployed = deploy(env, code, "--env", "A=1", "--env", "B=2")

    result = run(env, "function", "update", "hello", "--unset-env", "A", "--no-redeploy")

    assert result.exit_code == 0, result.output
    record = emulator.service.functions[deployed["id"]].data
    assert record["environment_variables"] == {"B": "2"}


def test_unset_env_of_a_namespace(env: dict[str, str], emulator: Emulator) -> None:
    space = run_json(env, "namespace", "create", "--name", "n", "--env", "A=1", "--env", "B=2")

    updated = run_json(env, "namespace", "update", "n", "--unset-env", "B")

    assert updated["environment_variables"] == {"A": "1"}
    assert emulator.service.namespaces[space["id"]].data["environment_variables"] == {"A": "1"}


def test_unset_env_is_not_an_option_of_create(env: dict[str, str]) -> None:
    result = run(env, "namespace", "create", "--name", "n", "--unset-env", "A")

    assert result.exit_code == 2
    assert "No such option" in result.stderr
