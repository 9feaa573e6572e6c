"""A whole service from one file: `load_service`, `FunctionsClient.plan` and `.apply`,
end to end against the emulator (builds of a few hundredths of a second)."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from scaleway_functions import ConfigurationError, FunctionsClient, ScalewayError, load_service
from scaleway_functions._service import DIGEST_TAG
from scaleway_functions._service_file import SERVICE_TAG
from scaleway_functions.testing import Emulator, Timings

SECRET_KEY = "11111111-1111-4111-8111-111111111111"
PROJECT_ID = "22222222-2222-4222-8222-222222222222"


@pytest.fixture(scope="module")
def emulator() -> Iterator[Emulator]:
    with Emulator(timings=Timings(namespace_ready=0.01, build=0.03, deletion=0.01)) as running:
        yield running


@pytest.fixture
def sent(emulator: Emulator) -> list[str]:
    """Every request the client sends that changes something, as "METHOD path"."""
    emulator.reset()
    return []


@pytest.fixture
def client(emulator: Emulator, sent: list[str]) -> Iterator[FunctionsClient]:
    def record(request: httpx.Request) -> None:
        if request.method != "GET":
            sent.append(f"{request.method} {request.url.path}")

    http = httpx.Client(event_hooks={"request": [record]})
    with FunctionsClient(secret_key=SECRET_KEY, project_id=PROJECT_ID, api_url=emulator.url,
                         http_client=http) as made:  # fmt: skip
        yield made
    http.close()


def write_service(folder: Path, functions: int = 3, **extra: str) -> Path:
    """A service file with one namespace and `functions` Python functions, each with its
    own code directory."""
    for index in range(functions):
        code = folder / f"fn{index}"
        code.mkdir(exist_ok=True)
        (code / "handler.py").write_text(f"def handle(event, context):\n    return {index}\n")
    listed = "".join(
        f"      fn{index}:\n        code: fn{index}\n        runtime: python311\n"
        f"        memory_limit: {extra.get(f'memory{index}', '256')}\n"
        for index in range(functions)
    )
    text = textwrap.dedent("""\
        service: shop
        namespaces:
          shop:
            description: the shop
            environment_variables: {STAGE: prod}
            secrets: {DB_PASSWORD: "${env:SHOP_DB_PASSWORD}"}
            functions:
        """) + listed  # fmt: skip
    path = folder / "scw-functions.yaml"
    path.write_text(text)
    return path


def uploads(sent: list[str]) -> int:
    return sum(line.startswith("PUT /_storage/") for line in sent)


def deploys(sent: list[str]) -> int:
    """Builds started: a deploy call, or a settings update that redeploys."""
    return sum(line.endswith("/deploy") for line in sent)


def test_apply_creates_the_service_then_plan_finds_nothing_to_change(
    client: FunctionsClient, sent: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SHOP_DB_PASSWORD", "hunter2")
    service = load_service(write_service(tmp_path))

    first = client.plan(service)
    outcomes = client.apply(service)
    again = client.plan(service)

    assert [(c.kind, c.name, c.action) for c in first.changes] == [
        ("namespace", "shop", "create"),
        ("function", "shop/fn0", "create"),
        ("function", "shop/fn1", "create"),
        ("function", "shop/fn2", "create"),
    ]
    assert [outcome.error for outcome in outcomes] == [None] * 4
    assert uploads(sent) == 3
    assert deploys(sent) == 3
    assert not again.changed, [c for c in again.changes if c.action != "none"]
    (space,) = client.iter_namespaces(name="shop")
    assert SERVICE_TAG + "shop" in space.tags
    functions = list(client.iter_functions(space.id))
    assert {f.status for f in functions} == {"ready"}
    for function in functions:
        digests = [tag for tag in function.tags if tag.startswith(DIGEST_TAG)]
        assert len(digests) == 1
        assert SERVICE_TAG + "shop" in function.tags


def test_an_unchanged_apply_uploads_and_deploys_nothing_and_one_change_redeploys_one(
    client: FunctionsClient, sent: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SHOP_DB_PASSWORD", "hunter2")
    path = write_service(tmp_path)
    client.apply(load_service(path))
    sent.clear()

    client.apply(load_service(path))
    unchanged = list(sent)
    (tmp_path / "fn1" / "handler.py").write_text("def handle(event, context):\n    return 'new'\n")
    planned = client.plan(load_service(path))
    sent.clear()
    client.apply(load_service(path))

    assert unchanged == []  # not even a settings update
    (redeploy,) = [c for c in planned.changes if c.action != "none"]
    assert redeploy.name == "shop/fn1"
    assert redeploy.action == "redeploy"
    assert redeploy.code is not None
    old, new = redeploy.code
    assert old is not None
    assert old != new
    assert uploads(sent) == 1
    function_id = redeploy.resource_id
    assert sent.count(f"PATCH /functions/v1beta1/regions/fr-par/functions/{function_id}") == 2
    assert not client.plan(load_service(path)).changed


def test_a_setting_and_a_secret_change_are_planned_field_by_field_without_values(
    client: FunctionsClient, sent: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SHOP_DB_PASSWORD", "hunter2")
    client.apply(load_service(write_service(tmp_path)))
    monkeypatch.setenv("SHOP_DB_PASSWORD", "correct horse")
    service = load_service(write_service(tmp_path, memory0="512"))

    planned = client.plan(service)
    changed = {c.name: c for c in planned.changes if c.action != "none"}

    assert set(changed) == {"shop", "shop/fn0"}
    assert changed["shop"].secrets == {"DB_PASSWORD": "changed"}
    assert changed["shop/fn0"].fields == {"memory_limit": (256, 512)}
    assert changed["shop/fn0"].action == "update"
    assert "correct horse" not in repr(planned)
    assert "hunter2" not in repr(planned)
    sent.clear()
    client.apply(service)
    assert uploads(sent) == 0
    assert not client.plan(service).changed
    (space,) = client.iter_namespaces(name="shop")
    fn0 = next(f for f in client.iter_functions(space.id) if f.name == "fn0")
    assert fn0.memory_limit == 512


def test_a_failed_build_stops_nothing_else_and_is_reported(
    client: FunctionsClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SHOP_DB_PASSWORD", "hunter2")
    path = write_service(tmp_path)
    (tmp_path / "fn2" / "handler.py").rename(tmp_path / "fn2" / "main.py")  # no handler.py

    outcomes = {outcome.change.name: outcome for outcome in client.apply(load_service(path))}

    assert outcomes["shop/fn2"].error is not None
    assert [outcomes[name].error for name in ("shop", "shop/fn0", "shop/fn1")] == [None] * 3
    (tmp_path / "fn2" / "main.py").rename(tmp_path / "fn2" / "handler.py")
    replanned = {c.name: c.action for c in client.plan(load_service(path)).changes}
    assert replanned["shop/fn2"] == "redeploy"  # never built: no digest yet
    client.apply(load_service(path))
    assert not client.plan(load_service(path)).changed


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("service: shop\nnamespaces:\n  shop:\n    memroy_limit: 1\n",
         "line 4: unknown key 'memroy_limit'"),
        ("service: shop\nnamespaces:\n  shop:\n    functions:\n      api:\n        code: x\n"
         "        timeout: 901s\n",
         "line 7: namespaces.shop.functions.api.timeout: seconds followed by s"),
        ("service: shop\nnamespaces:\n  Shop_1: {}\n", "lowercase letters, digits and dashes"),
        ("service: shop\nnamespaces:\n  shop:\n    functions:\n      api: {runtime: python311}\n",
         "'code' is a required property"),
        ("a: &x [1]\nb: *x\n", "uses YAML aliases"),
        ("service: shop\nnamespaces:\n  shop:\n    functions:\n      api:\n        code: x\n"
         "        crons:\n          ok: {schedule: 0 * * * *}\n"
         "          daily/eu: {schedule: 0 3 * * *}\n",
         "line 9: namespaces.shop.functions.api.crons.daily/eu: a name without /"),
        ("service: shop\nnamespaces:\n  shop:\n    functions:\n      api:\n        code: x\n"
         "        triggers:\n          jobs/eu: {scw_nats_config: {subject: s}}\n",
         "line 8: namespaces.shop.functions.api.triggers.jobs/eu: a name without /"),
        ("service: shop\nnamespaces:\n  shop:\n    functions:\n      api:\n        code: x\n"
         "        runtime: 311\n",
         "line 7: namespaces.shop.functions.api.runtime: 311 is not of type 'string'"),
    ],
    ids=["unknown-key", "timeout", "namespace-name", "no-code", "alias", "cron-name",
         "trigger-name", "runtime-type"],
)  # fmt: skip
def test_a_file_the_schema_refuses_names_the_line_and_the_rule(
    tmp_path: Path, text: str, said: str
) -> None:
    path = tmp_path / "scw-functions.yaml"
    path.write_text(text)

    with pytest.raises(ConfigurationError) as raised:
        load_service(path)

    assert said in str(raised.value)


def test_a_secret_reads_the_environment_or_a_file_and_a_missing_one_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "token.txt").write_text("from-a-file\n")
    path = tmp_path / "scw-functions.yaml"
    path.write_text(textwrap.dedent("""\
        service: shop
        namespaces:
          shop:
            secrets: {A: "${env:SHOP_A}", B: "${file:token.txt}", C: plain}
        """))  # fmt: skip
    monkeypatch.setenv("SHOP_A", "from-env")

    (space,) = load_service(path).namespaces
    monkeypatch.delenv("SHOP_A")
    with pytest.raises(ConfigurationError) as raised:
        load_service(path)

    assert dict(space.secrets) == {"A": "from-env", "B": "from-a-file", "C": "plain"}
    assert "from-env" not in repr(space)
    assert "secret A reads ${env:SHOP_A}, unset" in str(raised.value)


def test_every_setting_of_the_create_request_is_a_key_of_the_file() -> None:
    """The file's schema is generated from the spec: a field added to CreateFunctionRequest
    becomes a key after `nox -s generate`, with no handwritten code."""
    from scaleway_functions_api.request_schemas import REQUEST_SCHEMAS, SERVICE_SCHEMA

    function: dict[str, Any] = SERVICE_SCHEMA["properties"]["namespaces"]["additionalProperties"][
        "properties"
    ]["functions"]["additionalProperties"]
    create = REQUEST_SCHEMAS["CreateFunctionRequest"]["properties"]
    settings = set(create) - {"name", "namespace_id", "secret_environment_variables"}

    assert settings <= set(function["properties"])
    assert function["properties"]["timeout"] == create["timeout"]
    assert function["additionalProperties"] is False


# --- on the command line ----------------------------------------------------------------


def cli(emulator: Emulator, *args: str) -> Any:
    from typer.testing import CliRunner

    from scaleway_functions.cli import build_app

    env = {"SCW_SECRET_KEY": SECRET_KEY, "SCW_DEFAULT_PROJECT_ID": PROJECT_ID,
           "SCW_API_URL": emulator.url}  # fmt: skip
    return CliRunner().invoke(build_app(), list(args), env=env)


def test_plan_exits_2_with_changes_and_0_after_apply(
    emulator: Emulator, sent: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    monkeypatch.setenv("SHOP_DB_PASSWORD", "hunter2")
    path = str(write_service(tmp_path, functions=2))

    before = cli(emulator, "plan", "-f", path)
    as_json = cli(emulator, "-o", "json", "plan", "-f", path)
    applied = cli(emulator, "apply", "-f", path)
    after = cli(emulator, "plan", "-f", path)

    assert before.exit_code == 2, before.output
    assert before.stdout.splitlines()[:2] == ["create namespace shop", "create function shop/fn0"]
    assert as_json.exit_code == 2
    assert json.loads(as_json.stdout)["changed"] is True
    assert applied.exit_code == 0, applied.output
    assert "create function shop/fn1: done" in applied.stdout
    assert "shop/fn0: ready" in applied.stderr
    assert after.exit_code == 0, after.output
    assert after.stdout == "service shop: nothing to change\n"
    assert "hunter2" not in before.output + as_json.output + applied.output


def test_apply_says_what_failed_and_exits_1(
    emulator: Emulator, sent: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SHOP_DB_PASSWORD", "hunter2")
    path = write_service(tmp_path, functions=2)
    (tmp_path / "fn1" / "handler.py").rename(tmp_path / "fn1" / "main.py")

    result = cli(emulator, "apply", "-f", str(path))

    assert result.exit_code == 1
    assert "create function shop/fn0: done" in result.stdout
    assert "create function shop/fn1: failed:" in result.stdout
    assert "1 of 3 failed; run apply again once fixed" in result.stderr


def test_a_bad_service_file_is_one_error_line_naming_the_key(
    emulator: Emulator, sent: list[str], tmp_path: Path
) -> None:
    path = tmp_path / "scw-functions.yaml"
    path.write_text("service: shop\nnamespaces:\n  shop:\n    colour: blue\n")

    result = cli(emulator, "plan", "-f", str(path))

    assert result.exit_code == 1
    assert "line 4: unknown key 'colour'" in result.stderr
    assert "Traceback" not in result.output
    assert sent == []


# --- crons, domains, prune and only --------------------------------------------------------


def service_with_children(
    folder: Path, schedule: str, hosts: list[str], crons: bool = True
) -> Path:
    code = folder / "api"
    code.mkdir(exist_ok=True)
    (code / "handler.py").write_text("def handle(event, context):\n    return 1\n")
    text = textwrap.dedent(f"""\
        service: shop
        namespaces:
          shop:
            functions:
              api:
                code: api
                runtime: python311
                domains: {hosts!r}
        """)  # fmt: skip
    if crons:
        text += f'        crons:\n          nightly: {{schedule: "{schedule}", args: {{job: x}}}}\n'
    path = folder / "scw-functions.yaml"
    path.write_text(text)
    return path


def test_crons_and_domains_are_diffed_not_deleted_and_made_again(
    client: FunctionsClient, sent: list[str], tmp_path: Path
) -> None:
    path = service_with_children(tmp_path, "0 3 * * *", ["api.example.com"])
    client.apply(load_service(path))
    (space,) = client.iter_namespaces(name="shop")
    (function,) = client.iter_functions(space.id)
    (cron,) = client.iter_crons(function.id)
    (domain,) = client.iter_domains(function.id)
    sent.clear()

    unchanged = client.plan(load_service(path))
    path = service_with_children(tmp_path, "0 4 * * *", ["api.example.com", "www.example.com"])
    changed = {c.name: c for c in client.plan(load_service(path)).changes}
    client.apply(load_service(path))

    assert (cron.name, cron.schedule, dict(cron.args.to_dict())) == ("nightly", "0 3 * * *",
                                                                     {"job": "x"})  # fmt: skip
    assert domain.hostname == "api.example.com"
    assert not unchanged.changed
    assert changed["shop/api/nightly"].action == "update"
    assert changed["shop/api/nightly"].fields == {"schedule": ("0 3 * * *", "0 4 * * *")}
    assert changed["shop/api/api.example.com"].action == "none"
    assert changed["shop/api/www.example.com"].action == "create"
    assert [line for line in sent if "/crons" in line or "/domains" in line] == [
        f"PATCH /functions/v1beta1/regions/fr-par/crons/{cron.id}",
        "POST /functions/v1beta1/regions/fr-par/domains",
    ]
    assert [c.id for c in client.iter_crons(function.id)] == [cron.id]
    assert not client.plan(load_service(path)).changed


def test_prune_removes_only_what_the_service_created(
    client: FunctionsClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the file no longer lists goes with --prune if the service tagged it; a function
    made by someone else in the same namespace, and a cron the file drops, stay without it."""
    monkeypatch.setenv("SHOP_DB_PASSWORD", "hunter2")
    client.apply(load_service(write_service(tmp_path, functions=3)))
    (space,) = client.iter_namespaces(name="shop")
    theirs = client.create_function(namespace_id=space.id, name="theirs", runtime="python311")
    smaller = load_service(write_service(tmp_path, functions=2))

    without_prune = client.plan(smaller)
    with_prune = client.plan(smaller, prune=True)
    client.apply(smaller, prune=True)

    assert not without_prune.changed
    deletes = [(c.kind, c.name) for c in with_prune.changes if c.action == "delete"]
    assert deletes == [("function", "shop/fn2")]
    left = {f.name for f in client.iter_functions(space.id) if f.status != "deleting"}
    assert left == {"fn0", "fn1", "theirs"}
    assert client.get_function(theirs.id).status != "deleting"
    assert not client.plan(smaller, prune=True).changed


def test_only_plans_and_applies_the_functions_named(
    client: FunctionsClient, sent: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SHOP_DB_PASSWORD", "hunter2")
    path = write_service(tmp_path, functions=3)

    planned = client.plan(load_service(path), only=["fn1"])
    client.apply(load_service(path), only=["shop/fn1"])

    assert [(c.kind, c.name) for c in planned.changes] == [("namespace", "shop"),
                                                           ("function", "shop/fn1")]  # fmt: skip
    (space,) = client.iter_namespaces(name="shop")
    assert [f.name for f in client.iter_functions(space.id)] == ["fn1"]
    assert uploads(sent) == 1
    with pytest.raises(ValueError, match="not functions of the service file: nope"):
        client.plan(load_service(path), only=["nope"])
    with pytest.raises(ValueError, match="prune and only do not go together"):
        client.plan(load_service(path), only=["fn1"], prune=True)


def test_the_command_line_takes_only_and_prune(
    emulator: Emulator, sent: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SHOP_DB_PASSWORD", "hunter2")
    path = str(write_service(tmp_path, functions=3))

    only = cli(emulator, "apply", "-f", path, "--only", "fn0,fn2")
    rest = cli(emulator, "plan", "-f", path)
    cli(emulator, "apply", "-f", path)
    pruned_plan = cli(emulator, "plan", "-f", str(write_service(tmp_path, functions=1)), "--prune")

    assert only.exit_code == 0, only.output
    assert "create function shop/fn1" not in only.stdout
    assert rest.exit_code == 2
    headlines = [line for line in rest.stdout.splitlines() if not line.startswith(" ")]
    assert headlines == ["create function shop/fn1"]
    assert pruned_plan.exit_code == 2
    assert sorted(pruned_plan.stdout.splitlines()) == [
        "delete function shop/fn1",
        "delete function shop/fn2",
    ]


# --- a Serverless Framework file -------------------------------------------------------------

SERVERLESS = """\
service: scaleway-python3
configValidationMode: off
provider:
  name: scaleway
  runtime: python311
  env:
    test: test
  secret:
    TOKEN: ${env:SLS_TOKEN}
plugins:
  - serverless-scaleway-functions
functions:
  first:
    handler: handler.handle
    memoryLimit: 512
    minScale: 0
    timeout: 20
    env:
      local: local
    events:
      - schedule:
          rate: '1 * * * *'
          input:
            key1: value1
  second:
    handler: handler.handle
    privacy: private
    privateNetworkId: 3fd741d4-f686-4afc-bcea-d720c695748f
    custom_domains: [second.example.com]
"""


def test_a_serverless_yml_of_the_scaleway_plugin_applies_as_serverless_deploy_would(
    client: FunctionsClient,
    tmp_path: Path,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """One namespace named after the service, each function with the whole directory as
    its code, provider env and secrets on the namespace, schedules as crons."""
    monkeypatch.setenv("SLS_TOKEN", "s3cret")
    (tmp_path / "handler.py").write_text("def handle(event, context):\n    return 1\n")
    path = tmp_path / "serverless.yml"
    path.write_text(SERVERLESS)

    outcomes = client.apply(load_service(path))

    assert [o.error for o in outcomes] == [None] * len(outcomes)
    (space,) = client.iter_namespaces(name="scaleway-python3")
    assert space.environment_variables.to_dict() == {"test": "test"}
    assert [s.key for s in space.secret_environment_variables] == ["TOKEN"]
    functions = {f.name: f for f in client.iter_functions(space.id)}
    assert set(functions) == {"first", "second"}
    first, second = functions["first"], functions["second"]
    assert (first.memory_limit, first.timeout, first.status) == (512, "20s", "ready")
    assert first.environment_variables.to_dict() == {"local": "local"}
    assert str(second.privacy) == "private"
    # serverless-scaleway-functions 0.5.0 sends privateNetworkId as private_network_id.
    assert second.private_network_id == "3fd741d4-f686-4afc-bcea-d720c695748f"
    (cron,) = client.iter_crons(first.id)
    assert (cron.schedule, cron.args.to_dict()) == ("1 * * * *", {"key1": "value1"})
    assert [d.hostname for d in client.iter_domains(second.id)] == ["second.example.com"]
    # The framework never packs its own file (it may hold scwToken and secret values).
    assert code_names(client, first.id, tmp_path_factory.mktemp("code") / "code.zip") == [
        "handler.py"
    ]
    assert not client.plan(load_service(path)).changed


def test_crons_made_by_serverless_deploy_are_kept_not_doubled(
    client: FunctionsClient, sent: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """serverless-scaleway-functions 0.5.0 creates each `schedule` event's cron with no name
    (`{function_id, schedule, args}`, args `{}` without `input`): the API names it. Observed
    with serverless 3.40.0 on the emulator: `apply` on what it deployed created every cron a
    second time. A cron that runs the same schedule with the same args is now renamed."""
    monkeypatch.setenv("SLS_TOKEN", "s3cret")
    (tmp_path / "handler.py").write_text("def handle(event, context):\n    return 1\n")
    path = tmp_path / "serverless.yml"
    path.write_text(SERVERLESS.replace("    privacy: private\n", "    privacy: private\n"
                                       "    events:\n      - schedule:\n"
                                       "          rate: '0 0 * * *'\n"))  # fmt: skip
    client.apply(load_service(path))
    (space,) = client.iter_namespaces(name="scaleway-python3")
    functions = {f.name: f for f in client.iter_functions(space.id)}
    made = {}
    for function_name, schedule, args in (("first", "1 * * * *", {"key1": "value1"}),
                                          ("second", "0 0 * * *", {})):  # fmt: skip
        for cron in client.iter_crons(functions[function_name].id):
            client.delete_cron(cron.id)
        function_id = functions[function_name].id
        made[function_name] = client.create_cron(function_id=function_id, schedule=schedule,
                                                 args=args)  # fmt: skip
    sent.clear()

    plan = {c.name: c for c in client.plan(load_service(path)).changes if c.kind == "cron"}
    client.apply(load_service(path))

    assert {name: (c.action, c.fields) for name, c in plan.items()} == {
        f"scaleway-python3/{name}/schedule-0": ("update", {"name": (cron.name, "schedule-0")})
        for name, cron in made.items()
    }
    # The plugin sends a schedule without `input` with args {}: so does this command.
    crons = {f.name: f.crons for f in load_service(path).namespaces[0].functions}
    assert crons["second"] == {"schedule-0": {"schedule": "0 0 * * *", "args": {}}}
    for name, cron in made.items():
        (kept,) = client.iter_crons(functions[name].id)
        assert (kept.id, kept.name, kept.schedule) == (cron.id, "schedule-0", cron.schedule)
    assert not [line for line in sent if line.startswith("POST") and "/crons" in line]
    assert not client.plan(load_service(path)).changed


def test_serverless_variables_are_resolved_as_the_framework_resolves_them(
    client: FunctionsClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Observed from serverless 3.40.0 with serverless-scaleway-functions 0.5.0 on the
    emulator: the framework resolves variables in every value before the plugin reads
    them; this command sent `${env:STAGE}` and the others to the API as text."""
    monkeypatch.setenv("SLS_TOKEN", "s3cret")
    monkeypatch.setenv("STAGE", "prod")
    monkeypatch.delenv("UNSET_HERE", raising=False)
    (tmp_path / "handler.py").write_text("def handle(event, context):\n    return 1\n")
    path = tmp_path / "serverless.yml"
    path.write_text(SERVERLESS.replace("    test: test\n", textwrap.indent(textwrap.dedent("""\
        STAGE: ${env:STAGE}
        SVC: ${self:service}
        OPT: ${opt:stage, 'dev'}
        SLS: ${sls:stage}
        URL: https://${self:service}.${env:UNSET_HERE, "example.com"}/${env:STAGE}
        """), "    ")).replace("memoryLimit: 512", "memoryLimit: ${self:custom.memory}")
        + "custom:\n  memory: 1024\n")  # fmt: skip

    client.apply(load_service(path))

    (space,) = client.iter_namespaces(name="scaleway-python3")
    assert space.environment_variables.to_dict() == {
        "STAGE": "prod", "SVC": "scaleway-python3", "OPT": "dev", "SLS": "dev",
        "URL": "https://scaleway-python3.example.com/prod",
    }  # fmt: skip
    functions = {f.name: f for f in client.iter_functions(space.id)}
    assert functions["first"].memory_limit == 1024
    path.write_text(SERVERLESS.replace("test: test", "test: ${ssm:/path/to/param}"))
    with pytest.raises(ConfigurationError, match=r"provider\.env\.test: \$\{ssm:/path/to/par"):
        load_service(path)
    path.write_text(SERVERLESS.replace("test: test", "test: ${env:UNSET_HERE}"))
    with pytest.raises(ConfigurationError, match="UNSET_HERE} has no value and no fallback"):
        load_service(path)
    path.write_text(SERVERLESS + "custom:\n  containers: {web: {directory: web}}\n")
    with pytest.raises(ConfigurationError, match=r"custom\.containers: this command deploys"):
        load_service(path)


def test_a_serverless_yml_region_or_project_other_than_the_clients_is_refused(
    client: FunctionsClient, emulator: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """serverless-scaleway-functions 0.5.0 deploys to provider.scwRegion and scwProject
    (unless its command line or SCW_REGION / SCW_DEFAULT_PROJECT_ID say otherwise): this
    command read and ignored them, and planned in the client's region and project."""
    monkeypatch.setenv("SLS_TOKEN", "s3cret")
    (tmp_path / "handler.py").write_text("def handle(event, context):\n    return 1\n")
    path = tmp_path / "serverless.yml"
    path.write_text(
        SERVERLESS.replace(
            "  runtime: python311\n",
            f"  runtime: python311\n  scwRegion: nl-ams\n  scwProject: {PROJECT_ID}\n",
        )
    )

    with pytest.raises(ConfigurationError, match="region nl-ams, the client to fr-par: use "
                       "--region nl-ams"):  # fmt: skip
        client.plan(load_service(path))
    with FunctionsClient(secret_key=SECRET_KEY, project_id=PROJECT_ID, api_url=emulator.url,
                         region="nl-ams") as there:  # fmt: skip
        outcomes = there.apply(load_service(path))
        assert [o.error for o in outcomes] == [None] * len(outcomes)
        assert [s.name for s in there.iter_namespaces()] == ["scaleway-python3"]
    assert list(client.iter_namespaces()) == []
    other = "33333333-3333-4333-8333-333333333333"
    path.write_text(path.read_text().replace(PROJECT_ID, other))
    there = FunctionsClient(
        secret_key=SECRET_KEY, project_id=PROJECT_ID, api_url=emulator.url, region="nl-ams"
    )
    with there, pytest.raises(ConfigurationError, match=f"SCW_DEFAULT_PROJECT_ID={other}"):
        there.plan(load_service(path))


def test_a_serverless_yml_sets_all_of_the_namespaces_variables_and_secrets(
    client: FunctionsClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Observed from serverless 3.40.0 with serverless-scaleway-functions 0.5.0 on the
    emulator: a secret dropped from the file is removed (namespace and function), a
    dropped provider.env block empties the namespace's variables, and `secret:` with no
    value is no secret. This command kept the first two and refused the third."""
    monkeypatch.setenv("SLS_TOKEN", "s3cret")
    (tmp_path / "handler.py").write_text("def handle(event, context):\n    return 1\n")
    path = tmp_path / "serverless.yml"
    with_secret = SERVERLESS.replace(
        "      local: local\n", "      local: local\n    secret:\n      OLD: old\n"
    )
    path.write_text(with_secret)
    client.apply(load_service(path))
    path.write_text(with_secret.replace("  env:\n    test: test\n  secret:\n"
                                        "    TOKEN: ${env:SLS_TOKEN}\n", "")
                    .replace("      OLD: old\n", ""))  # fmt: skip

    changes = {c.name: c for c in client.plan(load_service(path)).changes}
    client.apply(load_service(path))

    space_change = changes["scaleway-python3"]
    assert (space_change.fields, space_change.secrets) == (
        {"environment_variables": ({"test": "test"}, {})},
        {"TOKEN": "removed"},
    )
    assert changes["scaleway-python3/first"].secrets == {"OLD": "removed"}
    (space,) = client.iter_namespaces(name="scaleway-python3")
    assert (space.environment_variables.to_dict(), space.secret_environment_variables) == ({}, [])
    first = next(f for f in client.iter_functions(space.id) if f.name == "first")
    assert first.secret_environment_variables == []
    assert not client.plan(load_service(path)).changed


DOTENV_SERVICE = """\
service: dotenv-check
useDotenv: true
provider:
  name: scaleway
  runtime: python311
  env:
    QUOTED: ${env:QUOTED}
    OVERRIDDEN: ${env:OVERRIDDEN}
    STAGED: ${env:STAGED, 'none'}
  secret:
    MY_SECRET: ${env:SOME_SECRET}
plugins:
  - serverless-scaleway-functions
functions:
  fn:
    handler: handler.handle
"""


def test_use_dotenv_reads_the_env_file_as_the_framework_does(
    client: FunctionsClient,
    tmp_path: Path,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Observed from serverless 3.40.0 with serverless-scaleway-functions 0.5.0 (the
    plugin's docs/secrets.md way of keeping secrets out of the file): with `useDotenv`,
    `${env:}` reads `.env.dev` if there is one, else `.env` (dotenv's syntax: `export`,
    quotes, comments), the shell's variables winning; the .env file is not shipped."""
    from argon2 import PasswordHasher

    monkeypatch.setenv("OVERRIDDEN", "from-shell")
    for name in ("SOME_SECRET", "QUOTED", "STAGED"):
        monkeypatch.delenv(name, raising=False)
    (tmp_path / "handler.py").write_text("def handle(event, context):\n    return 1\n")
    (tmp_path / ".env").write_text("SOME_SECRET=from-dotenv\nexport QUOTED=\"quoted value\""
                                   "  # comment\n# a comment\nOVERRIDDEN=from-file\n"
                                   "STAGED=base\n")  # fmt: skip
    path = tmp_path / "serverless.yml"
    path.write_text(DOTENV_SERVICE)

    client.apply(load_service(path))

    (space,) = client.iter_namespaces(name="dotenv-check")
    assert space.environment_variables.to_dict() == {
        "QUOTED": "quoted value",
        "OVERRIDDEN": "from-shell",
        "STAGED": "base",
    }
    (secret,) = space.secret_environment_variables
    assert PasswordHasher().verify(secret.hashed_value, "from-dotenv")
    (function,) = client.iter_functions(space.id)
    assert code_names(client, function.id, tmp_path_factory.mktemp("code") / "code.zip") == [
        "handler.py"
    ]
    assert not client.plan(load_service(path)).changed
    (tmp_path / ".env.dev").write_text("QUOTED=q\nSTAGED=from-dev\n")
    with pytest.raises(ConfigurationError, match="SOME_SECRET} has no value"):
        load_service(path)
    path.write_text(DOTENV_SERVICE.replace("useDotenv: true\n", ""))
    with pytest.raises(ConfigurationError, match="QUOTED} has no value"):
        load_service(path)


def code_names(client: FunctionsClient, function_id: str, target: Path) -> list[str]:
    """The names in the zip the function was deployed from (downloaded to `target`)."""
    import zipfile

    client.download_function_code(function_id, target)
    with zipfile.ZipFile(target) as archive:
        return sorted(archive.namelist())


def test_a_serverless_yml_is_packed_as_the_serverless_framework_packs_it(
    client: FunctionsClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Observed from serverless 3.40.0 with serverless-scaleway-functions 0.5.0 on the
    emulator: the framework's own exclusions (the file itself, which may hold secrets,
    .gitignore, .DS_Store, logs and .serverless/ at the top only) and then `package.patterns`
    in order, a later glob taking files back from an excluded directory. The one difference
    kept by design: a .env file is left out (with a notice) unless .scwignore ships it."""
    monkeypatch.setenv("SLS_TOKEN", "s3cret")
    service = tmp_path / "svc"
    for name in ("handler.py", "lib/util.py", "requirements.txt", ".gitignore", ".DS_Store",
                 "sub/.DS_Store", "npm-debug.log", "yarn-error.log", ".serverless/svc.zip",
                 "node_modules/drop/i.js", "node_modules/keep/k.js", "tests/test_x.py",
                 ".env"):  # fmt: skip
        (service / name).parent.mkdir(parents=True, exist_ok=True)
        (service / name).write_text("x\n")
    path = service / "serverless.yml"
    path.write_text(
        SERVERLESS
        + textwrap.dedent("""\
        package:
          patterns:
            - "!node_modules/**"
            - "node_modules/keep/**"
            - "!tests/**"
            - "!*.txt"
        """)
    )

    client.apply(load_service(path))

    (space,) = client.iter_namespaces(name="scaleway-python3")
    for function in client.iter_functions(space.id):
        assert code_names(client, function.id, tmp_path / "code.zip") == [
            "handler.py", "lib/util.py", "node_modules/keep/k.js", "sub/.DS_Store",
        ]  # fmt: skip
    assert not client.plan(load_service(path)).changed


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (("  runtime: python311\n", "  runtime: python311\n  stage: dev\n"),
         "provider has keys this command does not read: stage"),
        (("    handler: handler.handle\n    privacy", "    handler: handler.handle\n"
          "    layers: [x]\n    privacy"), "function second has keys this command does not "
         "read: layers"),
        (("      - schedule:", "      - http: {}\n      - schedule:"),
         "function first: only `schedule` events are read"),
        (("name: scaleway", "name: aws"), "provider.name is not scaleway"),
        (("plugins:", "package:\n  individually: true\nplugins:"),
         "package has keys this command does not read: individually"),
    ],
    ids=["provider-key", "function-key", "event", "provider", "package-key"],
)  # fmt: skip
def test_a_serverless_key_not_read_is_refused_by_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: tuple[str, str], said: str
) -> None:
    monkeypatch.setenv("SLS_TOKEN", "s3cret")
    path = tmp_path / "serverless.yml"
    path.write_text(SERVERLESS.replace(*change, 1))

    with pytest.raises(ConfigurationError) as raised:
        load_service(path)

    assert said in str(raised.value)


def test_ctrl_c_starts_no_new_work_and_leaves_the_started_build_going(tmp_path: Path) -> None:
    """Builds of 30 s, one function at a time: Ctrl-C during the first build ends apply
    within seconds; the other functions were never created, the first one's build goes on."""
    import os
    import signal
    import time

    path = tmp_path / "scw-functions.yaml"
    path.write_text(
        "service: slow\nnamespaces:\n  slow:\n    functions:\n"
        + "".join(f"      f{i}: {{code: f{i}, runtime: python311}}\n" for i in range(3))
    )
    for index in range(3):
        (tmp_path / f"f{index}").mkdir()
        (tmp_path / f"f{index}" / "handler.py").write_text("def handle(e, c):\n    return 1\n")
    heard: list[str] = []

    def progress(name: str, what: str) -> None:
        heard.append(f"{name}: {what}")
        if what == "building":
            os.kill(os.getpid(), signal.SIGINT)  # as a terminal's Ctrl-C

    with (
        Emulator(timings=Timings(namespace_ready=0.01, build=30)) as slow,
        FunctionsClient(secret_key=SECRET_KEY, project_id=PROJECT_ID, api_url=slow.url) as client,
    ):
        started = time.monotonic()
        with pytest.raises(KeyboardInterrupt):
            client.apply(load_service(path), concurrency=1, on_progress=progress)
        took = time.monotonic() - started
        (space,) = client.iter_namespaces(name="slow")
        functions = list(client.iter_functions(space.id))

    assert took < 10  # not the 30 s build, nor three of them
    assert [(f.name, str(f.status)) for f in functions] == [("f0", "pending")]
    assert "slow/f0: interrupted: a build started goes on" in heard


def test_the_schema_file_for_editors_is_the_one_apply_checks_against() -> None:
    import json

    from scaleway_functions_api.request_schemas import SERVICE_SCHEMA

    shipped = Path(__file__).resolve().parent.parent / "docs" / "service-file.schema.json"

    assert json.loads(shipped.read_text()) == SERVICE_SCHEMA


def service_with_triggers(folder: Path, queue: str, description: str) -> Path:
    code = folder / "worker"
    code.mkdir(exist_ok=True)
    (code / "handler.py").write_text("def handle(event, context):\n    return 1\n")
    path = folder / "scw-functions.yaml"
    path.write_text(textwrap.dedent(f"""\
        service: shop
        namespaces:
          shop:
            functions:
              worker:
                code: worker
                runtime: python311
                triggers:
                  jobs:
                    description: {description}
                    scw_sqs_config: {{queue: {queue}, mnq_project_id: {PROJECT_ID},
                                     mnq_region: fr-par}}
                  external:
                    sqs_config:
                      endpoint: https://sqs.example.com
                      queue_url: https://sqs.example.com/1/jobs
                      access_key: AKIA1
                      secret_key: "${{env:SQS_SECRET}}"
        """))  # fmt: skip
    return path


def test_triggers_are_created_updated_in_place_and_replaced_when_their_source_moves(
    client: FunctionsClient, sent: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SQS_SECRET", "sqs-s3cret")
    client.apply(load_service(service_with_triggers(tmp_path, "jobs", "first")))
    (space,) = client.iter_namespaces(name="shop")
    (worker,) = client.iter_functions(space.id)
    before = {t.name: t for t in client.iter_triggers(function_id=worker.id)}
    unchanged = client.plan(load_service(service_with_triggers(tmp_path, "jobs", "first")))

    described = load_service(service_with_triggers(tmp_path, "jobs", "second"))
    described_plan = {c.name: c for c in client.plan(described).changes}
    client.apply(described)
    moved = load_service(service_with_triggers(tmp_path, "other-jobs", "second"))
    moved_plan = {c.name: c for c in client.plan(moved).changes}
    client.apply(moved)
    after = {t.name: t for t in client.iter_triggers(function_id=worker.id)
             if t.status != "deleting"}  # fmt: skip

    assert set(before) == {"jobs", "external"}
    assert before["external"].sqs_config.access_key == "AKIA1"
    assert not unchanged.changed
    assert described_plan["shop/worker/jobs"].action == "update"
    assert described_plan["shop/worker/jobs"].fields == {"description": ("first", "second")}
    assert described_plan["shop/worker/external"].action == "none"
    assert moved_plan["shop/worker/jobs"].action == "replace"
    assert after["jobs"].scw_sqs_config.queue == "other-jobs"
    assert after["jobs"].id != before["jobs"].id
    assert after["external"].id == before["external"].id  # never made again
    assert "sqs-s3cret" not in repr(moved_plan) + repr(moved)
    assert not client.plan(moved).changed
    path = service_with_triggers(tmp_path, "other-jobs", "second")
    path.write_text(path.read_text().replace("/1/jobs", "/2/jobs"))
    external_moved = client.plan(load_service(path))
    (replaced,) = [c for c in external_moved.changes if c.action != "none"]
    assert (replaced.name, replaced.action) == ("shop/worker/external", "replace")
    shown = repr(external_moved) + "".join(external_moved.lines()) + str(external_moved.to_dict())
    assert "sqs-s3cret" not in shown  # neither the current secret key nor the wanted one


def test_on_a_terminal_apply_shows_one_live_line_per_function(
    emulator: Emulator, sent: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import rich.console
    import rich.live

    monkeypatch.setenv("SHOP_DB_PASSWORD", "hunter2")
    monkeypatch.setattr(rich.console.Console, "is_terminal", property(lambda self: True))
    frames: list[str] = []
    update = rich.live.Live.update

    def recording(self: rich.live.Live, renderable: Any, **kwargs: Any) -> None:
        frames.append(str(renderable))
        update(self, renderable, **kwargs)

    monkeypatch.setattr(rich.live.Live, "update", recording)
    result = cli(emulator, "apply", "-f", str(write_service(tmp_path, functions=2)))

    assert result.exit_code == 0, result.output
    assert sorted(frames[-1].splitlines()) == sorted(
        ["shop: ready", "shop/fn0: ready", "shop/fn1: ready"]
    )
    assert any("shop/fn0: uploading" in frame for frame in frames)


async def test_the_async_client_plans_and_applies_without_blocking_its_loop(
    emulator: Emulator, sent: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import anyio

    from scaleway_functions import AsyncFunctionsClient

    monkeypatch.setenv("SHOP_DB_PASSWORD", "hunter2")
    service = load_service(write_service(tmp_path, functions=2))
    ticks = 0

    async def ticking() -> None:
        nonlocal ticks
        while True:
            await anyio.sleep(0.01)
            ticks += 1

    async with AsyncFunctionsClient(secret_key=SECRET_KEY, project_id=PROJECT_ID,
                                    api_url=emulator.url) as client:  # fmt: skip
        async with anyio.create_task_group() as group:
            group.start_soon(ticking)
            before = await client.plan(service)
            outcomes = await client.apply(service)
            after = await client.plan(service)
            group.cancel_scope.cancel()
        with pytest.raises(TypeError, match="made without transport= or http_client="):
            async with AsyncFunctionsClient(
                secret_key=SECRET_KEY, transport=httpx.MockTransport(lambda r: httpx.Response(500))
            ) as custom:
                await custom.plan(service)

    assert before.changed
    assert [o.error for o in outcomes] == [None] * 3
    assert not after.changed
    assert ticks > 10  # the loop went on while apply ran


# --- forward compatibility, names, and what the schema is made from ------------------------


def test_a_runtime_the_spec_does_not_list_yet_is_left_to_the_api(tmp_path: Path) -> None:
    """The file's enums are open, as on the command line: a runtime the API gains before the
    spec does is accepted, while editors are still offered the known ones."""
    from scaleway_functions_api.request_schemas import SERVICE_SCHEMA

    (tmp_path / "api").mkdir()
    path = tmp_path / "scw-functions.yaml"
    path.write_text(
        "service: shop\nnamespaces:\n  shop:\n    functions:\n"
        "      api: {code: api, runtime: python399, sandbox: v9, privacy: public}\n"
    )

    (space,) = load_service(path).namespaces
    function = SERVICE_SCHEMA["properties"]["namespaces"]["additionalProperties"]["properties"][
        "functions"
    ]["additionalProperties"]["properties"]
    offered = [option["enum"] for option in function["runtime"]["anyOf"] if "enum" in option]

    assert dict(space.functions[0].settings) == {
        "runtime": "python399",
        "sandbox": "v9",
        "privacy": "public",
    }
    assert len(offered) == 1
    assert {"python311", "node22", "go122"} <= set(offered[0])


def test_a_field_added_to_the_create_request_becomes_a_key_once_generated(
    tmp_path: Path,
) -> None:
    """What `nox -s generate` runs to make the service file's schema, run on a copy of the
    spec whose create-function request has one more field: the file may then give it."""
    import json
    import subprocess
    import sys

    import jsonschema
    import yaml

    from scaleway_functions_api.request_schemas import SERVICE_SCHEMA

    root = Path(__file__).resolve().parent.parent
    spec = yaml.safe_load((root / "openapi.yaml").read_text())
    create = spec["components"]["schemas"]["CreateFunctionRequest"]["properties"]
    assert "cpu_boost" not in create
    create["cpu_boost"] = {"type": "boolean", "description": "Run on faster CPUs."}
    (tmp_path / "openapi.yaml").write_text(yaml.safe_dump(spec, sort_keys=False))
    tool = root / "tools" / "generate_operations.py"

    subprocess.run(  # noqa: S603  (this interpreter, the project's own tool)
        [sys.executable, str(tool), "--service-schema", str(tmp_path / "openapi.yaml"),
         str(tmp_path / "schema.json")],
        check=True,
    )  # fmt: skip
    generated = json.loads((tmp_path / "schema.json").read_text())
    document = {"service": "shop", "namespaces": {"shop": {"functions": {
        "api": {"code": "api", "cpu_boost": True}}}}}  # fmt: skip

    assert list(jsonschema.Draft202012Validator(generated).iter_errors(document)) == []
    (before,) = jsonschema.Draft202012Validator(SERVICE_SCHEMA).iter_errors(document)
    assert before.validator == "additionalProperties"
    document["namespaces"]["shop"]["functions"]["api"]["cpu_boost"] = "yes"
    (wrong,) = jsonschema.Draft202012Validator(generated).iter_errors(document)
    assert wrong.message == "'yes' is not of type 'boolean'"


# --- ten functions, prune, and an SQS secret key --------------------------------------------


@pytest.fixture
def bodies(emulator: Emulator) -> Iterator[tuple[FunctionsClient, list[tuple[str, Any]]]]:
    """A client, and each request it sends that changes something: ("METHOD path", body)."""
    import json

    emulator.reset()
    seen: list[tuple[str, Any]] = []

    def record(request: httpx.Request) -> None:
        if request.method != "GET":
            body = request.read()
            is_json = request.headers.get("content-type") == "application/json"
            seen.append((f"{request.method} {request.url.path}",
                         json.loads(body) if is_json and body else None))  # fmt: skip

    http = httpx.Client(event_hooks={"request": [record]})
    with FunctionsClient(secret_key=SECRET_KEY, project_id=PROJECT_ID, api_url=emulator.url,
                         http_client=http) as made:  # fmt: skip
        yield made, seen
    http.close()


def builds(seen: list[tuple[str, Any]]) -> list[str]:
    """The paths of the requests that start a build: a deploy, or an update that redeploys
    (an update without `redeploy: false` redeploys too)."""
    return [
        line.split(" ", 1)[1]
        for line, body in seen
        if line.endswith("/deploy")
        or (line.startswith("PATCH") and "/functions/" in line and body.get("redeploy", True))
    ]


def test_ten_functions_first_apply_builds_ten_then_one_change_builds_exactly_one(
    bodies: tuple[FunctionsClient, list[tuple[str, Any]]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    client, seen = bodies
    monkeypatch.setenv("SHOP_DB_PASSWORD", "hunter2")
    path = write_service(tmp_path, functions=10)

    first = client.apply(load_service(path))
    first_seen = list(seen)
    seen.clear()
    (tmp_path / "fn7" / "handler.py").write_text("def handle(event, context):\n    return 7.1\n")
    again = client.apply(load_service(path))
    (space,) = client.iter_namespaces(name="shop")
    functions = {f.name: f for f in client.iter_functions(space.id)}

    assert [o.error for o in first] == [None] * 11
    assert sum(line.startswith("PUT /_storage/") for line, _ in first_seen) == 10
    assert len(builds(first_seen)) == 10
    assert {str(f.status) for f in functions.values()} == {"ready"}
    assert [(o.change.name, o.change.action) for o in again if o.change.action != "none"] == [
        ("shop/fn7", "redeploy")
    ]
    assert sum(line.startswith("PUT /_storage/") for line, _ in seen) == 1
    assert builds(seen) == [f"/functions/v1beta1/regions/fr-par/functions/{functions['fn7'].id}"]
    others = [functions[name].id for name in functions if name != "fn7"]
    assert not [line for line, _ in seen if any(other in line for other in others)]


def test_prune_leaves_namespaces_the_service_did_not_tag(
    client: FunctionsClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A namespace absent from the file goes with --prune only if tagged with this service:
    one made by hand, or by another service, stays."""
    monkeypatch.setenv("SHOP_DB_PASSWORD", "hunter2")
    path = write_service(tmp_path, functions=1)
    client.apply(load_service(path))
    by_hand = client.create_namespace(name="by-hand")
    other = client.create_namespace(name="blog", tags=[SERVICE_TAG + "blog"])
    text = path.read_text()
    path.write_text(text.replace("  shop:\n", "  shop:\n    tags: [team-a]\n", 1)
                    + "  old:\n    description: gone next time\n")  # fmt: skip
    client.apply(load_service(path))
    (old,) = client.iter_namespaces(name="old")
    path.write_text(text)

    planned = client.plan(load_service(path), prune=True)
    client.apply(load_service(path), prune=True)
    left = {space.name for space in client.iter_namespaces() if space.status != "deleting"}

    assert [(c.kind, c.name, c.resource_id) for c in planned.changes if c.action == "delete"] == [
        ("namespace", "old", old.id)
    ]
    assert left == {"shop", "by-hand", "blog"}
    assert client.get_namespace(by_hand.id).status != "deleting"
    assert client.get_namespace(other.id).status != "deleting"


def test_an_sqs_secret_key_is_said_not_compared_and_force_sends_it_again(
    bodies: tuple[FunctionsClient, list[tuple[str, Any]]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The API never returns an external queue's secret key: plan says it cannot compare it,
    apply leaves it, apply with force sends it (in place). A new access key is sent in place
    with the secret key, without making the trigger again."""
    client, seen = bodies
    monkeypatch.setenv("SQS_SECRET", "sqs-s3cret")
    path = service_with_triggers(tmp_path, "jobs", "first")
    client.apply(load_service(path))
    (space,) = client.iter_namespaces(name="shop")
    (worker,) = client.iter_functions(space.id)
    external = next(t for t in client.iter_triggers(function_id=worker.id) if t.name == "external")
    monkeypatch.setenv("SQS_SECRET", "rotated-s3cret")
    seen.clear()

    rotated = client.plan(load_service(path))
    client.apply(load_service(path))
    sent_without_force = list(seen)
    forced = {o.change.name: o for o in client.apply(load_service(path), force=True)}
    resent = [body for line, body in seen if line.endswith(f"/triggers/{external.id}")]
    path.write_text(path.read_text().replace("access_key: AKIA1", "access_key: AKIA2"))
    seen.clear()
    new_access = client.plan(load_service(path))
    client.apply(load_service(path))
    after = {t.name: t for t in client.iter_triggers(function_id=worker.id)
             if t.status != "deleting"}  # fmt: skip

    assert not rotated.changed
    (note,) = [line for line in rotated.lines() if "external" in line]
    assert note == ("cannot compare trigger shop/worker/external: sqs_config.secret_key "
                    "(the API never returns it; apply --force sends it)")  # fmt: skip
    (shown,) = [c for c in rotated.to_dict()["changes"] if c["name"] == "shop/worker/external"]
    assert (shown["action"], shown["unverified"]) == ("none", ["sqs_config.secret_key"])
    assert sent_without_force == []
    assert forced["shop/worker/external"].change.action == "update"
    assert forced["shop/worker/external"].error is None
    assert resent == [{"sqs_config": {"access_key": "AKIA1", "secret_key": "rotated-s3cret"}}]
    (changed,) = [c for c in new_access.changes if c.action != "none"]
    assert (changed.name, changed.action) == ("shop/worker/external", "update")
    assert changed.fields == {"sqs_config.access_key": ("AKIA1", "AKIA2")}
    assert [body for line, body in seen if "/triggers" in line] == [
        {"sqs_config": {"access_key": "AKIA2", "secret_key": "rotated-s3cret"}}
    ]
    assert after["external"].id == external.id
    assert after["external"].sqs_config.access_key == "AKIA2"
    shown_all = repr(rotated) + repr(new_access) + "".join(new_access.lines())
    assert "s3cret" not in shown_all + str(new_access.to_dict())


def test_what_a_failed_namespace_holds_is_reported_as_not_applied(
    emulator: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The namespace cannot be created: its functions and crons are not tried, and each
    outcome says so (the summary leaves nothing out); the other namespace is applied."""
    import json

    emulator.reset()
    monkeypatch.setenv("SHOP_DB_PASSWORD", "hunter2")
    path = write_service(tmp_path, functions=2)
    path.write_text(path.read_text().replace(
        "        memory_limit: 256\n",
        "        memory_limit: 256\n        crons: {nightly: {schedule: 0 3 * * *}}\n", 1)
        + "  blog:\n    functions:\n      site: {code: fn0, runtime: python311}\n")  # fmt: skip

    def refuse_the_shop(request: httpx.Request) -> None:
        creates = request.method == "POST" and request.url.path.endswith("/namespaces")
        if creates and json.loads(request.read())["name"] == "shop":
            raise httpx.ConnectError("refused", request=request)

    http = httpx.Client(event_hooks={"request": [refuse_the_shop]})
    with FunctionsClient(secret_key=SECRET_KEY, project_id=PROJECT_ID, api_url=emulator.url,
                         http_client=http, max_retries=0) as client:  # fmt: skip
        outcomes = {o.change.name: o for o in client.apply(load_service(path))}
    http.close()

    assert set(outcomes) == {"shop", "shop/fn0", "shop/fn0/nightly", "shop/fn1", "blog",
                             "blog/site"}  # fmt: skip
    assert outcomes["shop"].error is not None
    for name in ("shop/fn0", "shop/fn0/nightly", "shop/fn1"):
        assert str(outcomes[name].error).startswith("not applied: namespace shop failed (")
    assert (outcomes["blog"].error, outcomes["blog/site"].error) == (None, None)


def test_a_tag_alone_changes_with_no_build_and_a_failed_build_is_redeployed(
    bodies: tuple[FunctionsClient, list[tuple[str, Any]]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A tag added in the file is set without redeploying; a function left in `error` by a
    build that failed for a reason outside the file (same code, same settings) is planned
    as a redeploy, so `apply` again converges."""
    client, seen = bodies
    monkeypatch.setenv("SHOP_DB_PASSWORD", "hunter2")
    path = write_service(tmp_path, functions=2)
    client.apply(load_service(path))
    (space,) = client.iter_namespaces(name="shop")
    functions = {f.name: f for f in client.iter_functions(space.id)}
    path.write_text(path.read_text().replace(
        "      fn0:\n", "      fn0:\n        tags: [team-a]\n"))  # fmt: skip
    seen.clear()

    tagged = client.plan(load_service(path))
    client.apply(load_service(path))
    tag_requests = list(seen)
    fn1 = functions["fn1"]
    client.update_function(fn1.id, handler="missing.handle")  # this build fails
    with pytest.raises(ScalewayError):
        client.wait_for_function(fn1.id, timeout=30)
    client.update_function(fn1.id, handler=fn1.handler, redeploy=False)
    broken = client.plan(load_service(path))
    seen.clear()
    client.apply(load_service(path))

    (change,) = [c for c in tagged.changes if c.action != "none"]
    assert (change.name, change.action, list(change.fields)) == ("shop/fn0", "update", ["tags"])
    assert builds(tag_requests) == []
    ((line, body),) = tag_requests
    assert line == f"PATCH /functions/v1beta1/regions/fr-par/functions/{functions['fn0'].id}"
    assert body["redeploy"] is False
    assert "team-a" in body["tags"]
    assert [t for t in body["tags"] if t.startswith(DIGEST_TAG)] == [
        t for t in functions["fn0"].tags if t.startswith(DIGEST_TAG)
    ]
    (repair,) = [c for c in broken.changes if c.action != "none"]
    assert (repair.name, repair.action) == ("shop/fn1", "redeploy")
    assert repair.fields == {"status": ("error", "ready")}
    assert builds(seen) == [f"/functions/v1beta1/regions/fr-par/functions/{fn1.id}"]
    assert str(client.get_function(fn1.id).status) == "ready"
    assert not client.plan(load_service(path)).changed
