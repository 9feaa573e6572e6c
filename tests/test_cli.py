"""The scw-functions command line, end to end against the emulator on a loopback port.

The emulator and the client share the fake clock of conftest: waits take no real time and
every build's progress is deterministic.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from typer.testing import CliRunner, Result

from scaleway_functions import ConfigurationError, cli
from scaleway_functions.testing import Emulator, Timings
from scaleway_functions_api.models import Region
from scaleway_functions_api.types import parse_datetime

from .conftest import SECRET_KEY, FakeClock

UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
MISSING_ID = "00000000-0000-4000-8000-000000000000"
APP = cli.build_app()
GROUPS = ("cron", "domain", "token", "trigger")


@dataclass
class FollowedClock:
    """The shared emulator's clock: the fake clock of the test running."""

    fake: FakeClock = field(default_factory=FakeClock)

    def __call__(self) -> float:
        return self.fake.monotonic()


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[Emulator, FollowedClock]]:
    """One emulator for the module (starting and stopping one takes ~0.2 s)."""
    followed = FollowedClock()
    # On the fake clock the build's three steps cost no time; the first poll after 0.5 s sees
    # step 2, so the status line changes are shown.
    timings = Timings(namespace_ready=0.05, build=0.9, deletion=0.05)
    emulator = Emulator(timings=timings, clock=followed)
    with emulator:
        yield emulator, followed


@pytest.fixture
def emulator(server: tuple[Emulator, FollowedClock], clock: FakeClock) -> Emulator:
    """The module's emulator, reset (no resources, no faults), on this test's fake clock."""
    emulator, followed = server
    followed.fake = clock
    emulator.reset()
    return emulator


@pytest.fixture
def env(emulator: Emulator) -> dict[str, str]:
    return {"SCW_SECRET_KEY": SECRET_KEY, "SCW_API_URL": emulator.url}


@pytest.fixture
def code(tmp_path: Path) -> Path:
    directory = tmp_path / "hello"
    directory.mkdir()
    (directory / "handler.py").write_text("def handle(event, context):\n    return {}\n")
    return directory


def run(env: dict[str, str], *args: str) -> Result:
    return CliRunner().invoke(APP, list(args), env=env)


def run_json(env: dict[str, str], *args: str) -> Any:
    result = run(env, "--output", "json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def deploy(env: dict[str, str], code: Path, *extra: str) -> Any:
    """`deploy` of `code` as function hello, the function's JSON."""
    return run_json(env, "deploy", str(code), "--name", "hello", "--runtime", "python311", *extra)


def test_deploy_creates_the_namespace_and_the_function(
    env: dict[str, str], emulator: Emulator, code: Path
) -> None:
    result = run(env, "deploy", str(code), "--name", "hello", "--runtime", "python311",
                 "--namespace", "demo", "--env", "GREETING=hi", "--memory", "512")  # fmt: skip

    assert result.exit_code == 0, result.output
    (namespace,) = emulator.service.namespaces.values()
    (function,) = emulator.service.functions.values()
    assert namespace.data["name"] == "demo"
    assert function.data["namespace_id"] == namespace.data["id"]
    assert function.data["status"] == "ready"
    assert function.data["environment_variables"] == {"GREETING": "hi"}
    assert function.data["memory_limit"] == 512
    assert f"https://{function.data['domain_name']}" in result.stdout
    assert re.search(r"uploaded \d+ bytes, sha256 [0-9a-f]{64}", result.stderr)
    assert "step 2 of 3: function build in progress" in result.stderr  # the status changes
    assert "Traceback" not in result.output


def test_redeploying_a_name_updates_the_function(
    env: dict[str, str], emulator: Emulator, code: Path
) -> None:
    first = deploy(env, code, "--env", "A=1")
    second = deploy(env, code, "--env", "A=2", "--memory", "1024", "--handler", "handler.main")

    assert second["id"] == first["id"]
    assert len(emulator.service.functions) == 1
    assert len(emulator.service.namespaces) == 1  # named after the function, found again
    assert second["environment_variables"] == {"A": "2"}
    assert second["memory_limit"] == 1024
    assert second["handler"] == "handler.main"
    assert second["status"] == "ready"


def test_deploy_into_a_namespace_given_by_id(env: dict[str, str], code: Path) -> None:
    namespace = deploy(env, code)["namespace_id"]

    function = deploy(env, code, "--namespace-id", namespace)

    assert function["namespace_id"] == namespace
    assert [f["id"] for f in run_json(env, "list")] == [function["id"]]


def test_json_output_of_deploy_list_get_and_runtimes(env: dict[str, str], code: Path) -> None:
    deployed = deploy(env, code)
    assert deployed["name"] == "hello"
    assert deployed["status"] == "ready"
    assert deployed["runtime"] == "python311"
    assert deployed["domain_name"]

    listed = run_json(env, "list")
    in_namespace = run_json(env, "list", "--namespace-id", deployed["namespace_id"])
    assert [f["id"] for f in listed] == [f["id"] for f in in_namespace] == [deployed["id"]]
    assert run_json(env, "get", deployed["id"]) == listed[0]

    runtimes = run_json(env, "runtimes")
    python = next(runtime for runtime in runtimes if runtime["name"] == "python311")
    assert python["language"] == "Python"
    assert {"name", "language", "version", "status"} <= python.keys()


def test_tables_for_people(env: dict[str, str], code: Path) -> None:
    function = deploy(env, code)

    listing = run(env, "list")
    shown = run(env, "get", function["id"])
    runtimes = run(env, "runtimes")

    assert listing.exit_code == shown.exit_code == runtimes.exit_code == 0
    for column in ("name", "id", "status", "runtime", "domain"):
        assert column in listing.stdout
    assert function["id"] in listing.stdout
    assert function["domain_name"] in listing.stdout
    assert "ready" in shown.stdout
    assert "handler.handle" in shown.stdout
    assert "python311" in runtimes.stdout
    assert "Python" in runtimes.stdout


def test_no_functions_yet(env: dict[str, str]) -> None:
    assert run_json(env, "list") == []
    assert run(env, "list").exit_code == 0


def test_no_wait_returns_while_the_build_runs(env: dict[str, str], code: Path) -> None:
    function = deploy(env, code, "--no-wait")

    assert function["status"] == "pending"
    assert run_json(env, "get", function["id"])["status"] == "pending"


def test_a_failed_build_exits_non_zero_with_its_error_message(
    env: dict[str, str], tmp_path: Path
) -> None:
    """Go's handler names no file, so only the build finds that the archive has no Go code."""
    (tmp_path / "main.py").write_text("print('no Go here')\n")

    result = run(env, "deploy", str(tmp_path), "--name", "broken", "--runtime", "go122")

    assert result.exit_code == 1
    assert "error: the build of function broken failed" in result.stderr
    assert "no .go file found in the archive" in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize("limit", ["0.1", "0"])
def test_a_wait_that_times_out_exits_non_zero(
    env: dict[str, str], code: Path, clock: FakeClock, limit: str
) -> None:
    """Whether the limit ends between two polls or cuts the first one short (its timeout is
    then the time left, however slow the machine), the message is the same."""
    namespace = run_json(env, "deploy", str(code), "--name", "slow", "--runtime", "python311",
                         "--no-wait")["namespace_id"]  # fmt: skip
    clock.sleep(1)  # the namespace is ready: only the function's build is waited for

    result = run(env, "deploy", str(code), "--name", "slow", "--runtime", "python311",
                 "--namespace-id", namespace, "--wait-timeout", limit)  # fmt: skip

    assert result.exit_code == 1
    assert f"still pending after {limit}s" in result.stderr
    assert "the build goes on: scw-functions get" in result.stderr


def test_delete_then_get_is_not_found(env: dict[str, str], code: Path, clock: FakeClock) -> None:
    function = deploy(env, code)

    deleted = run_json(env, "delete", function["id"])
    clock.sleep(1)  # the deletion completes
    result = run(env, "get", function["id"])

    assert deleted["status"] == "deleting"
    assert result.exit_code == 1
    assert "error: 404 not_found" in result.stderr


def test_an_error_is_one_line_with_the_request_id(env: dict[str, str]) -> None:
    result = run(env, "get", MISSING_ID)

    assert result.exit_code == 1
    assert result.stdout == ""
    assert re.fullmatch(
        rf"error: 404 not_found: Function was not found \(request id {UUID}\)\n", result.stderr
    )


def test_debug_shows_the_exception(env: dict[str, str]) -> None:
    from scaleway_functions import NotFoundError

    result = run(env, "--debug", "get", MISSING_ID)

    assert result.exit_code == 1
    assert isinstance(result.exception, NotFoundError)


def test_a_missing_secret_key_is_named(emulator: Emulator) -> None:
    result = run({"SCW_API_URL": emulator.url}, "list")

    assert result.exit_code == 1
    assert "SCW_SECRET_KEY" in result.stderr
    assert "Traceback" not in result.output
    assert isinstance(result.exception, SystemExit)


def test_an_unknown_profile_is_a_configuration_error(env: dict[str, str]) -> None:
    result = run(env, "--profile", "nope", "list")

    assert result.exit_code == 1
    assert "unknown Scaleway profile 'nope'" in result.stderr


def test_global_options_reach_the_client(emulator: Emulator, code: Path) -> None:
    env = {"SCW_SECRET_KEY": SECRET_KEY}  # no SCW_API_URL: --api-url says where
    options = ("--api-url", emulator.url, "--region", "nl-ams")

    function = run_json(
        env, *options, "deploy", str(code), "--name", "hi", "--runtime", "python311"
    )

    assert function["region"] == "nl-ams"
    assert [f["id"] for f in run_json(env, *options, "list")] == [function["id"]]
    assert run_json(env, "--api-url", emulator.url, "list") == []  # fr-par has none


def test_unknown_runtime_is_refused_before_anything_is_created(
    env: dict[str, str], emulator: Emulator, code: Path
) -> None:
    result = run(env, "deploy", str(code), "--name", "hello", "--runtime", "cobol85")

    assert result.exit_code == 1
    assert "unknown runtime 'cobol85'" in result.stderr
    assert not emulator.service.namespaces


def test_secrets_are_never_printed(env: dict[str, str], code: Path) -> None:
    result = run(env, "--debug", "--output", "json", "deploy", str(code), "--name", "hello",
                 "--runtime", "python311", "--secret", "TOKEN=hunter2-value")  # fmt: skip

    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["secret_environment_variables"][0]["key"] == "TOKEN"
    assert "hunter2-value" not in result.output
    assert SECRET_KEY not in result.output


@pytest.mark.parametrize(
    ("option", "value"), [("--env", "FOO"), ("--env", "=bar"), ("--secret", "TOKEN:value")]
)
def test_a_pair_without_equals_is_a_usage_error(
    env: dict[str, str], code: Path, option: str, value: str
) -> None:
    result = run(env, "deploy", str(code), "--name", "x", "--runtime", "python311", option, value)

    assert result.exit_code == 2
    assert f"Invalid value for '{option}'" in result.stderr
    assert "KEY=VALUE" in result.stderr
    if option == "--secret":
        assert value not in result.output


def test_namespace_and_namespace_id_are_exclusive(env: dict[str, str], code: Path) -> None:
    result = run(env, "deploy", str(code), "--name", "x", "--runtime", "python311",
                 "--namespace", "a", "--namespace-id", MISSING_ID)  # fmt: skip

    assert result.exit_code == 2


@pytest.mark.parametrize(
    "command",
    [
        *([], ["deploy"], ["list"], ["get"], ["delete"], ["runtimes"], ["emulator"]),
        *([group] for group in GROUPS),
        *([group, "create"] for group in GROUPS),
    ],
)
def test_help(command: list[str]) -> None:
    result = CliRunner().invoke(APP, [*command, "--help"])

    assert result.exit_code == 0
    assert "Usage: scw-functions" in result.stdout


def test_the_emulator_command_prints_its_url(monkeypatch: pytest.MonkeyPatch) -> None:
    served: list[str] = []
    monkeypatch.setattr(Emulator, "serve_forever", lambda self: served.append(self.url))

    result = CliRunner().invoke(APP, ["emulator", "--port", "0"])

    assert result.exit_code == 0, result.output
    assert len(served) == 1
    assert f"listening on {served[0]}" in result.stdout
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", served[0])


def test_main_without_typer_says_what_to_install() -> None:
    script = (
        "import sys\n"
        "import scaleway_functions\n"
        "assert 'typer' not in sys.modules\n"
        "sys.modules['typer'] = None  # as if the [cli] extra were not installed\n"
        "from scaleway_functions.cli import main\n"
        "main()\n"
    )
    done = subprocess.run(  # noqa: S603
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )

    assert done.returncode == 1, done.stderr
    assert "scaleway-functions-client[cli]" in done.stderr
    assert "Traceback" not in done.stderr


# --- crons, domains, tokens and triggers --------------------------------------------------

SQS_SECRET = "sqs-secret-do-not-print"
SOURCES = {
    "scw_sqs": ["--sqs-queue", "jobs", "--mnq-project-id", MISSING_ID, "--mnq-region", "fr-par"],
    "scw_nats": ["--nats-subject", "jobs.new", "--nats-account-id", "acc-1",
                 "--mnq-project-id", MISSING_ID, "--mnq-region", "nl-ams"],
    "sqs": ["--sqs-endpoint", "https://sqs.example.com", "--sqs-queue-url",
            "https://sqs.example.com/1/jobs", "--sqs-access-key", "AKIA1",
            "--sqs-secret-key", SQS_SECRET],
}  # fmt: skip


@pytest.fixture
def function(emulator: Emulator) -> dict[str, Any]:
    """A function (status `created`) in a new namespace, made straight in the emulator."""
    with emulator.service.lock:
        namespace = emulator.service.create_namespace("fr-par", {"name": "demo"})
        return emulator.service.create_function("fr-par", {"namespace_id": namespace["id"]})


def create_args(group: str, function_id: str) -> list[str]:
    """The options of `<group> create` for a valid resource of the function."""
    return {
        "cron": ["--function-id", function_id, "--schedule", "0 * * * *", "--args", '{"a": 1}'],
        "domain": ["--function-id", function_id, "--hostname", "api.example.com"],
        "token": ["--function-id", function_id, "--description", "ci"],
        "trigger": ["--function-id", function_id, "--name", "jobs", *SOURCES["sqs"]],
    }[group]


def error_text(result: Result) -> str:
    """stderr with rich's error box and line breaks taken out."""
    return " ".join(result.stderr.replace("│", " ").split())


@pytest.mark.parametrize("group", GROUPS)
def test_create_list_get_wait_delete(
    env: dict[str, str], function: dict[str, Any], clock: FakeClock, group: str
) -> None:
    created = run_json(env, group, "create", *create_args(group, function["id"]))
    listed = run_json(env, group, "list", "--function-id", function["id"])
    listing = run(env, group, "list", "--function-id", function["id"])
    waited = run_json(env, group, "wait", created["id"])
    shown = run(env, group, "get", created["id"])
    deleted = run(env, group, "delete", created["id"])
    clock.sleep(1)  # the deletion completes
    gone = run(env, group, "get", created["id"])

    assert created["function_id"] == function["id"]
    assert [item["id"] for item in listed] == [created["id"]]
    assert listing.exit_code == shown.exit_code == 0
    assert created["id"] in listing.stdout
    assert "status" in listing.stdout
    assert waited["id"] == created["id"]
    assert waited["status"] == "ready"
    assert function["id"] in shown.stdout
    assert "ready" in shown.stdout
    assert deleted.stdout == f"{group} {created['id']} is deleting\n"
    assert gone.exit_code == 1
    assert f"error: 404 not_found: {group.capitalize()} was not found" in gone.stderr


@pytest.mark.parametrize("group", GROUPS)
def test_creating_for_a_missing_function_is_the_apis_error(env: dict[str, str], group: str) -> None:
    result = run(env, group, "create", *create_args(group, MISSING_ID))

    assert result.exit_code == 1
    assert result.stdout == ""
    assert re.fullmatch(
        rf"error: 404 not_found: Function was not found \(request id {UUID}\)\n", result.stderr
    )


def test_cron_fields(env: dict[str, str], function: dict[str, Any]) -> None:
    cron = run_json(env, "cron", "create", "--function-id", function["id"],
                    "--schedule", "*/5 * * * *", "--args", '{"job": "sync"}',
                    "--name", "sync")  # fmt: skip
    table = run(env, "cron", "list", "--function-id", function["id"]).stdout

    assert (cron["schedule"], cron["args"], cron["name"]) == (
        "*/5 * * * *",
        {"job": "sync"},
        "sync",
    )
    assert "*/5 * * * *" in table
    assert "sync" in table


@pytest.mark.parametrize(
    ("command", "message"),
    [
        (["cron", "create", "--function-id", MISSING_ID, "--schedule", "0 * * * *",
          "--args", "[1, 2]"], "expected a JSON object"),
        (["cron", "create", "--function-id", MISSING_ID, "--schedule", "0 * * * *",
          "--args", "{not json"], "expected a JSON object"),
        (["cron", "list"], "Missing option '--function-id'"),
        (["domain", "list"], "Missing option '--function-id'"),
        (["token", "create"], "give one of them"),
        (["token", "create", "--function-id", MISSING_ID, "--namespace-id", MISSING_ID],
         "give one of them, not both"),
        (["token", "create", "--function-id", MISSING_ID,
          "--expires-at", "2030-01-31T12:00:00"], "does not match the formats"),  # no zone
        (["token", "create", "--function-id", MISSING_ID, "--expires-at", "tomorrow"],
         "does not match the formats"),
        (["token", "create", "--function-id", MISSING_ID, "--expires-at", "2030-13-01"],
         "does not match the formats"),
        (["trigger", "list", "--function-id", MISSING_ID, "--project-id", MISSING_ID],
         "give at most one of them"),
    ],
)  # fmt: skip
def test_usage_errors_of_the_groups(env: dict[str, str], command: list[str], message: str) -> None:
    result = run(env, *command)

    assert result.exit_code == 2
    assert message in error_text(result)


def test_a_domain_that_fails_makes_wait_exit_1(
    env: dict[str, str], function: dict[str, Any]
) -> None:
    domain = run_json(env, "domain", "create", "--function-id", function["id"],
                      "--hostname", "not a hostname")  # fmt: skip

    result = run(env, "domain", "wait", domain["id"])

    assert domain["status"] == "pending"
    assert result.exit_code == 1
    assert f"domain {domain['id']} pending" in result.stderr  # the status changes are shown
    assert "error: domain" in result.stderr
    assert "'not a hostname' is not a valid DNS name" in result.stderr


def test_the_token_is_shown_once_on_create(env: dict[str, str], function: dict[str, Any]) -> None:
    result = run(env, "--debug", "token", "create", "--function-id", function["id"])
    value = result.stdout.strip()
    token_id = run_json(env, "token", "list")[0]["id"]

    outputs = [run(env, *command) for command in (
        ["token", "list"], ["token", "get", token_id], ["--debug", "token", "list"],
        ["-o", "json", "token", "list", "--function-id", function["id"]],
        ["-o", "json", "token", "get", token_id], ["-o", "json", "token", "delete", token_id],
    )]  # fmt: skip

    assert result.exit_code == 0
    assert result.stdout == f"{value}\n"  # alone on stdout, for TOKEN=$(scw-functions ...)
    assert len(value) >= 32
    assert token_id in result.stderr
    assert value not in result.stderr
    for output in outputs:
        assert output.exit_code == 0, output.output
        assert value not in output.output
    assert json.loads(outputs[3].stdout)[0]["token"] == cli.MASK  # masked, not left out
    assert json.loads(outputs[4].stdout)["token"] == cli.MASK
    assert json.loads(outputs[5].stdout)["token"] == cli.MASK


@pytest.mark.parametrize(
    ("given", "sent"),
    [
        ("2030-01-31", "2030-01-31T00:00:00+00:00"),  # a day: midnight UTC
        ("2030-01-31T12:00:00+02:00", "2030-01-31T12:00:00+02:00"),
        ("2030-01-31T12:00:00.5Z", "2030-01-31T12:00:00.500000+00:00"),
    ],
)
def test_token_expiry_takes_a_day_or_an_instant(
    env: dict[str, str], emulator: Emulator, function: dict[str, Any], given: str, sent: str
) -> None:
    token = run_json(env, "token", "create", "--function-id", function["id"], "--expires-at", given)

    (record,) = emulator.service.tables["token"].values()
    assert token["expires_at"] == sent
    assert parse_datetime(record.data["expires_at"]) == parse_datetime(sent)  # what was sent


def test_token_json_on_create_includes_the_value(
    env: dict[str, str], emulator: Emulator, function: dict[str, Any]
) -> None:
    token = run_json(env, "token", "create", "--namespace-id", function["namespace_id"],
                     "--expires-at", "2030-01-31T12:00:00Z")  # fmt: skip

    (record,) = emulator.service.tables["token"].values()
    assert token["token"] == record.data["token"]
    assert token["namespace_id"] == function["namespace_id"]
    assert "function_id" not in token  # absent, as on the live API
    assert token["expires_at"] == "2030-01-31T12:00:00+00:00"
    listed = run_json(env, "token", "list", "--namespace-id", function["namespace_id"])
    assert [item["id"] for item in listed] == [token["id"]]


@pytest.mark.parametrize("source", SOURCES)
def test_trigger_sources(env: dict[str, str], function: dict[str, Any], source: str) -> None:
    create = ["trigger", "create", "--function-id", function["id"], "--name", "jobs",
              *SOURCES[source]]  # fmt: skip

    table = run(env, "--debug", *create)
    created = run_json(env, *create)
    outputs = [table, *(run(env, *command) for command in (
        ["trigger", "get", created["id"]], ["--debug", "trigger", "list"],
        ["-o", "json", "trigger", "list", "--namespace-id", function["namespace_id"]],
    ))]  # fmt: skip

    assert created["input_type"] == source
    assert created[f"{source}_config"]
    for output in outputs:
        assert output.exit_code == 0, output.output
        assert SQS_SECRET not in output.output
    assert len(json.loads(outputs[3].stdout)) == 2
    if source == "sqs":
        assert created["sqs_config"]["secret_key"] == cli.MASK
        assert created["sqs_config"]["access_key"] == "AKIA1"
        assert "https://sqs.example.com/1/jobs" in table.stdout


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ([], "give exactly one source"),
        ([*SOURCES["scw_sqs"], "--nats-subject", "s"], "give exactly one source"),
        ([*SOURCES["sqs"], "--sqs-queue", "q"], "give exactly one source"),
        (["--sqs-queue", "q", "--mnq-region", "fr-par"], "'--mnq-project-id': missing"),
        ([*SOURCES["sqs"], "--mnq-region", "fr-par"], "'--mnq-region': not for this source"),
    ],
)
def test_a_trigger_needs_exactly_one_whole_source(
    env: dict[str, str], emulator: Emulator, options: list[str], message: str
) -> None:
    result = run(env, "trigger", "create", "--function-id", MISSING_ID, "--name", "x", *options)

    assert result.exit_code == 2
    assert message in error_text(result)
    assert SQS_SECRET not in result.output
    assert not emulator.service.tables["trigger"]


# --- keys, regions and ids: errors that say what to do -------------------------------------

BAD_KEYS = {
    "control-character": "Qv7kZ2wX-\x01-Jm4pR8sT",
    "escape-sequence": "Qv7kZ2wX\x1b[31mJm4pR8sT",
    "non-ascii": "Qv7kZ2wX-é-Jm4pR8sT",
}
WRONG_KEY = "00000000-0000-4000-8000-0000000bad00"


@pytest.fixture
def strict_emulator() -> Iterator[Emulator]:
    """An emulator that accepts SECRET_KEY only (401 for any other X-Auth-Token)."""
    with Emulator(token=SECRET_KEY) as emulator:
        yield emulator


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[httpx.Request]:
    """Every request the command line sends (none reaches the network: this is for tests
    that must fail before any request)."""
    requests: list[httpx.Request] = []

    def record(transport: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
        requests.append(request)
        raise httpx.ConnectError("no request expected", request=request)

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", record)
    return requests


@pytest.fixture
def passed(monkeypatch: pytest.MonkeyPatch) -> list[httpx.Request]:
    """Every request the command line sends, each answered as usual."""
    requests: list[httpx.Request] = []
    handle = httpx.HTTPTransport.handle_request

    def record(transport: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return handle(transport, request)

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", record)
    return requests


def put_in_profile(path: Path, **values: str) -> str:
    """A config file whose profile "ci" holds `values`; how errors name that profile."""
    path.write_text(yaml.safe_dump({"profiles": {"ci": values}}), encoding="utf-8")
    return f'profile "ci" in {path}'


def assert_no_part_of(key: str, text: str) -> None:
    """No 4 characters of `key` in `text`, nor its offending characters, raw or escaped."""
    assert not {key[i : i + 4] for i in range(len(key) - 3)} & {
        text[i : i + 4] for i in range(len(text) - 3)
    }, text
    for char in key:
        if not " " <= char <= "~":
            assert char not in text
            assert repr(char)[1:-1] not in text


@pytest.mark.loopback
@pytest.mark.parametrize("padding", ["\n", "\r\n", " ", "\r"])
@pytest.mark.parametrize("source", ["environment", "profile"])
def test_a_secret_key_read_with_whitespace_around_it_works(
    strict_emulator: Emulator, isolated_config: Path, source: str, padding: str
) -> None:
    """As `SCW_SECRET_KEY=$(cat key)` or a key file with its last newline gives it."""
    env = {"SCW_API_URL": strict_emulator.url}
    if source == "environment":
        env["SCW_SECRET_KEY"] = SECRET_KEY + padding
    else:
        put_in_profile(isolated_config, secret_key=padding + SECRET_KEY + padding)
        env["SCW_PROFILE"] = "ci"

    assert run_json(env, "list") == []


@pytest.mark.parametrize("key", list(BAD_KEYS.values()), ids=list(BAD_KEYS))
@pytest.mark.parametrize(
    ("source", "variable"),
    [("environment", "SCW_SECRET_KEY"), ("environment", "SCW_ACCESS_KEY"), ("profile", "")],
)
def test_a_key_no_header_can_carry_is_one_error_line_that_never_shows_it(
    env: dict[str, str],
    isolated_config: Path,
    sent: list[httpx.Request],
    source: str,
    variable: str,
    key: str,
) -> None:
    if source == "environment":
        env = {**env, variable: key + "\n"}
        named = variable
    else:
        env = {"SCW_API_URL": env["SCW_API_URL"]}
        named = put_in_profile(isolated_config, secret_key=key)

    result = run(env, "--profile", "ci", "list") if source == "profile" else run(env, "list")

    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("error: the Scaleway ")
    assert f"key from {named} contains" in result.stderr
    assert "Traceback" not in result.output
    assert_no_part_of(key, result.output)
    assert sent == []


def test_with_debug_a_refused_key_is_raised_without_being_shown(env: dict[str, str]) -> None:
    key = BAD_KEYS["non-ascii"]

    result = run({**env, "SCW_SECRET_KEY": key}, "--debug", "list")

    assert isinstance(result.exception, ConfigurationError)
    assert "SCW_SECRET_KEY" in str(result.exception)
    assert_no_part_of(key, str(result.exception) + repr(result.exception) + result.output)


@pytest.mark.loopback
@pytest.mark.parametrize("source", ["environment", "profile"])
def test_a_401_says_which_secret_key_to_check(
    strict_emulator: Emulator, isolated_config: Path, source: str
) -> None:
    env = {"SCW_API_URL": strict_emulator.url}
    if source == "environment":
        env["SCW_SECRET_KEY"] = WRONG_KEY
        named = "SCW_SECRET_KEY"
    else:
        named = put_in_profile(isolated_config, secret_key=WRONG_KEY)
        env["SCW_PROFILE"] = "ci"

    result = run(env, "list")

    assert result.exit_code == 1
    assert result.stderr.startswith("error: 401 denied_authentication: ")
    assert result.stderr.endswith(f"; check the secret key from {named}\n")
    assert result.stderr.count("\n") == 1
    assert WRONG_KEY not in result.output


@pytest.mark.parametrize(
    ("source", "region"),
    [("option", "xx-xxx"), ("environment", "it-mil"), ("profile", "de-fra")],
)
def test_a_region_the_spec_does_not_list_is_refused_before_any_request(
    env: dict[str, str],
    isolated_config: Path,
    sent: list[httpx.Request],
    source: str,
    region: str,
) -> None:
    """The library lets a well-shaped unknown region through; the command line does not."""
    args = ["list"]
    if source == "option":
        args = ["--region", region, *args]
        named = "--region"
    elif source == "environment":
        env = {**env, "SCW_DEFAULT_REGION": region}
        named = "SCW_DEFAULT_REGION"
    else:
        named = put_in_profile(isolated_config, default_region=region)
        args = ["--profile", "ci", *args]

    result = run(env, *args)

    assert result.exit_code == 1
    assert result.stderr == (
        f"error: unknown Scaleway region {region!r} (from {named}): use one of "
        f"{', '.join(member.value for member in Region)}\n"
    )
    for known in ("fr-par", "nl-ams", "pl-waw"):
        assert known in result.stderr
    assert sent == []


@pytest.mark.parametrize(
    ("command", "hint"),
    [
        (["cron", "get", "sync"],
         "'sync' is not an id: pass a cron id (`scw-functions cron list` shows them)"),
        (["cron", "update", "sync", "--schedule", "0 * * * *"], "pass a cron id"),
        (["domain", "wait", "api.example.com"], "pass a domain id (`scw-functions domain list`"),
        (["token", "delete", "ci"], "pass a token id (`scw-functions token list` shows them)"),
        (["trigger", "get", "jobs"], "pass a trigger id (`scw-functions trigger list` shows them)"),
        (["trigger", "update", "jobs", "--name", "x"], "pass a trigger id"),
    ],
)  # fmt: skip
def test_an_argument_that_must_be_an_id_says_to_pass_one(
    env: dict[str, str], sent: list[httpx.Request], command: list[str], hint: str
) -> None:
    result = run(env, *command)

    assert result.exit_code == 2
    assert hint in error_text(result)
    assert sent == []


@pytest.mark.parametrize(
    ("command", "message"),
    [
        (["get", "hello"], "no function named 'hello': pass an id or a function name"),
        (["delete", "hello"], "no function named 'hello'"),
        (["function", "deploy", "hello"], "no function named 'hello'"),
        (["get", "hello", "--namespace", "demo"], "no namespace named 'demo'"),
        (["list", "--namespace-id", "demo"], "no namespace named 'demo'"),
        (["domain", "list", "--function-id", "hello"], "no function named 'hello'"),
        (["trigger", "list", "--namespace-id", "demo"], "no namespace named 'demo'"),
        (["cron", "create", "--function-id", "hello", "--schedule", "0 * * * *"],
         "no function named 'hello'"),
        (["token", "create", "--namespace-id", "demo"], "no namespace named 'demo'"),
        (["namespace", "get", "demo"], "no namespace named 'demo'"),
    ],
)  # fmt: skip
def test_a_name_that_names_nothing_says_so(
    env: dict[str, str], passed: list[httpx.Request], command: list[str], message: str
) -> None:
    """Names are accepted where function and namespace ids are; looking one up changes
    nothing (GETs only)."""
    result = run(env, *command)

    assert result.exit_code == 1
    assert message in result.stderr
    assert passed
    assert {request.method for request in passed} == {"GET"}


def test_ids_in_any_case_are_ids(env: dict[str, str]) -> None:
    result = run(env, "get", MISSING_ID.upper())

    assert result.exit_code == 1
    assert "404 not_found" in result.stderr  # asked of the API, which has no such function


# --- the emulator as a command ---------------------------------------------------------------

EMULATOR_COMMANDS = {
    "module": [sys.executable, "-m", "scaleway_functions.testing"],
    "cli": [sys.executable, "-m", "scaleway_functions.cli", "emulator"],
}


@pytest.mark.loopback
@pytest.mark.parametrize("command", list(EMULATOR_COMMANDS))
def test_the_emulator_on_a_busy_port_says_so_in_one_line(command: str) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        done = subprocess.run(  # noqa: S603
            [*EMULATOR_COMMANDS[command], "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    assert done.returncode == 1
    assert done.stdout == ""
    assert re.fullmatch(rf"error: cannot listen on 127\.0\.0\.1:{port}: .+\n", done.stderr)


# Requests a client stops sending halfway, then hangs up.
HALF_REQUESTS = {
    "head": b"GET /functions/v1beta1/regions/fr-par/namespaces HTTP/1.1\r\nHost: x\r\nX-Au",
    "body": b"POST /functions/v1beta1/regions/fr-par/namespaces HTTP/1.1\r\nHost: x\r\n"
    b"X-Auth-Token: t\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n"
    b'{"name": "de',
    "upload": b"PUT /_storage/00000000-0000-4000-8000-000000000000.zip?token=t HTTP/1.1\r\n"
    b"Host: x\r\nContent-Type: application/octet-stream\r\nContent-Length: 4096\r\n\r\nPK",
}


@pytest.mark.loopback
def test_a_client_hanging_up_mid_request_never_makes_the_emulator_print_a_traceback() -> None:
    server = subprocess.Popen(  # noqa: S603
        [*EMULATOR_COMMANDS["module"], "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        url = server.stdout.readline().split()[-1]
        host, port = url.removeprefix("http://").rsplit(":", 1)
        for half in HALF_REQUESTS.values():
            with socket.create_connection((host, int(port)), timeout=30) as raw:
                raw.sendall(half)
                raw.shutdown(socket.SHUT_WR)  # hang up: the server reads the end of the stream
                while raw.recv(4096):  # ...and closes its side once it has dealt with it
                    pass
        answer = httpx.get(f"{url}/functions/v1beta1/regions/fr-par/runtimes",
                           headers={"X-Auth-Token": "t"}, timeout=30)  # fmt: skip
    finally:
        server.send_signal(signal.SIGINT)
        _, stderr = server.communicate(timeout=30)

    assert answer.status_code == 200  # still serving
    assert "Traceback" not in stderr
    assert "Exception" not in stderr
    assert "ERROR" not in stderr


ESCAPES = "\x1b]0;pwned\x07\x1b[2J\u202etxt.exe"


def test_control_characters_from_the_api_are_shown_escaped(
    env: dict[str, str], emulator: Emulator
) -> None:
    """A description that retitles or clears the terminal is shown, never interpreted."""
    namespace = run_json(env, "namespace", "create", "--name", "esc", "--description", ESCAPES)

    table = run(env, "namespace", "get", namespace["id"])
    as_json = run_json(env, "namespace", "get", namespace["id"])

    assert table.exit_code == 0, table.output
    assert "\x1b" not in table.stdout
    assert "\u202e" not in table.stdout
    assert "\\x1b]0;pwned\\x07\\x1b[2J" in table.stdout.replace("\n", "").replace(" ", "")
    assert as_json["description"] == ESCAPES  # data for programs stays exact, JSON-escaped


def test_control_characters_in_an_error_line_are_shown_escaped(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """What an API error says reaches the terminal as text (`fail` prints every error)."""
    import typer

    from scaleway_functions.cli._shared import fail

    with pytest.raises(typer.Exit):
        fail(f"400 invalid_arguments: name {ESCAPES} is refused")

    shown = capsys.readouterr().err
    assert "\x1b" not in shown
    assert "\u202e" not in shown
    assert "\\x1b]0;pwned" in shown


def _secret_hash(emulator: Emulator, key: str) -> str:
    (record,) = emulator.service.functions.values()
    (secret,) = [s for s in record.data["secret_environment_variables"] if s["key"] == key]
    return str(secret["hashed_value"])


@pytest.mark.parametrize("form", ["environment", "stdin", "file"])
def test_a_secret_never_needs_the_command_line(
    env: dict[str, str], emulator: Emulator, code: Path, tmp_path: Path, form: str
) -> None:
    """`ps` shows a command's arguments to every user: the value comes from elsewhere."""
    from argon2 import PasswordHasher

    value = "hunter2-from-elsewhere"
    given: dict[str, Any] = {}
    if form == "environment":
        option = ["--secret", "DB_PASSWORD"]
        env = {**env, "DB_PASSWORD": value}
    elif form == "stdin":
        option, given["input"] = ["--secret", "DB_PASSWORD=-"], value + "\n"
    else:
        (tmp_path / "password").write_text(value + "\n")
        option = ["--secret-file", f"DB_PASSWORD={tmp_path / 'password'}"]

    args = ["deploy", str(code), "--name", "s", "--runtime", "python311", *option]
    result = CliRunner().invoke(APP, args, env=env, **given)

    assert result.exit_code == 0, result.output
    assert value not in result.output
    assert PasswordHasher().verify(_secret_hash(emulator, "DB_PASSWORD"), value)


def test_a_secret_from_a_missing_variable_is_a_usage_error(env: dict[str, str], code: Path) -> None:
    result = run(env, "deploy", str(code), "--name", "s", "--runtime", "python311",
                 "--secret", "NOT_SET_ANYWHERE")  # fmt: skip

    assert result.exit_code == 2
    assert "no environment variable NOT_SET_ANYWHERE" in result.stderr


def test_delete_secret_removes_it(env: dict[str, str], emulator: Emulator, code: Path) -> None:
    deploy(env, code, "--secret", "KEEP=kept", "--no-wait")
    run_json(env, "function", "update", "hello", "--secret", "GONE=x", "--no-redeploy")

    result = run(env, "function", "update", "hello", "--delete-secret", "GONE", "--no-redeploy")

    assert result.exit_code == 0, result.output
    (record,) = emulator.service.functions.values()
    assert [s["key"] for s in record.data["secret_environment_variables"]] == ["KEEP"]


def test_the_sqs_secret_key_from_standard_input_or_a_file(
    env: dict[str, str], emulator: Emulator, code: Path, tmp_path: Path
) -> None:
    function = deploy(env, code)
    sqs = SOURCES["sqs"][:-2]  # without --sqs-secret-key and its value
    created = CliRunner().invoke(
        APP,
        ["-o", "json", "trigger", "create", "--function-id", function["id"], "--name", "t",
         *sqs, "--sqs-secret-key", "-"],
        env=env, input="from-stdin\n",
    )  # fmt: skip
    assert created.exit_code == 0, created.output
    trigger_id = json.loads(created.stdout)["id"]
    (tmp_path / "key").write_text("from-a-file\n")

    updated = run(env, "trigger", "update", trigger_id,
                  "--sqs-secret-key-file", str(tmp_path / "key"))  # fmt: skip

    assert updated.exit_code == 0, updated.output
    record = emulator.service.tables["trigger"][trigger_id].data
    assert record["sqs_config"]["secret_key"] == "from-a-file"
    assert "from-a-file" not in updated.output


@pytest.mark.loopback
@pytest.mark.parametrize("given", ["environment", "stdin"])
def test_the_emulators_token_never_needs_the_command_line(given: str) -> None:
    token = "emulator-token-kept-out-of-ps"
    environment = {**os.environ}
    arguments = [*EMULATOR_COMMANDS["module"], "--port", "0"]
    if given == "environment":
        environment["SCW_EMULATOR_TOKEN"] = token
    else:
        arguments += ["--token", "-"]
    with subprocess.Popen(  # noqa: S603
        arguments, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=environment
    ) as server:
        try:
            assert server.stdin is not None
            assert server.stdout is not None
            if given == "stdin":
                server.stdin.write(token + "\n")
                server.stdin.flush()
            url = server.stdout.readline().split()[-1]
            runtimes = f"{url}/functions/v1beta1/regions/fr-par/runtimes"
            refused = httpx.get(runtimes, headers={"X-Auth-Token": "another"}, timeout=30)
            accepted = httpx.get(runtimes, headers={"X-Auth-Token": token}, timeout=30)
        finally:
            server.terminate()

    assert refused.status_code == 401
    assert accepted.status_code == 200


@pytest.mark.parametrize(
    "option",
    [["--build-seconds", "-1"], ["--build-seconds", "nan"], ["--latency", "inf"],
     ["--error-rate", "1.5"], ["--drop-rate", "-0.1"], ["--error-rate", "nan"]],
    ids=" ".join,
)  # fmt: skip
def test_the_emulators_bad_values_are_usage_errors(option: list[str]) -> None:
    done = subprocess.run(  # noqa: S603
        [*EMULATOR_COMMANDS["module"], "--port", "0", *option],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip

    assert done.returncode == 2
    assert option[0] in done.stderr
    assert "Traceback" not in done.stderr


def test_deploy_takes_a_namespace_name_in_namespace_id(
    env: dict[str, str], code: Path, passed: list[httpx.Request]
) -> None:
    missing = run(env, "deploy", str(code), "--name", "x", "--runtime", "python311",
                  "--namespace-id", "demo")  # fmt: skip
    space = run_json(env, "namespace", "create", "--name", "demo")
    found = run_json(env, "deploy", str(code), "--name", "x", "--runtime", "python311",
                     "--namespace-id", "demo")  # fmt: skip

    assert missing.exit_code == 1
    assert "no namespace named 'demo'" in missing.stderr
    assert found["namespace_id"] == space["id"]
