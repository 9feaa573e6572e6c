"""`scw-functions`: deploy and manage Scaleway Serverless Functions from a terminal or CI.

Install with `pip install "scaleway-functions-client[cli]"`. Settings come from the same
places as `FunctionsClient` (SCW_* variables, then the Scaleway CLI config file); the
global options --region, --profile and --api-url override them.

Results go to stdout (tables, or JSON with --output json); progress, status lines and
errors go to stderr. Only this module imports typer and rich (the [cli] extra).
"""

from __future__ import annotations

import contextlib
import datetime
import enum
import json
import logging
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path
from typing import Annotated, Any, NoReturn, cast

import attrs

from scaleway_functions_api.models import Region

from . import (
    APIStatusError,
    AuthenticationError,
    ClientConfig,
    ConfigurationError,
    CreateTriggerMnqNatsConfig,
    CreateTriggerMnqSqsConfig,
    CreateTriggerSqsConfig,
    Function,
    FunctionDeployError,
    FunctionsClient,
    Namespace,
    ScalewayError,
    Secret,
    WaitTimeoutError,
)

try:
    import typer
    from rich.console import Console
    from rich.filesize import decimal
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn
    from rich.table import Table
    from rich.text import Text
except ImportError as error:  # the [cli] extra is not installed: main() says so
    _MISSING: ImportError | None = error
else:
    _MISSING = None

__all__ = ["build_app", "main"]

INSTALL_HINT = 'scw-functions needs typer and rich: pip install "scaleway-functions-client[cli]"'
# An error's kind when the API gives no type (a 404 has none): not_found, too_many_requests...
_STATUS_KINDS = {status.value: status.phrase.lower().replace(" ", "_") for status in HTTPStatus}
# Every id of the API is a UUID: anything else (a name, say) is refused before any request.
_UUID = re.compile(r"[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")


class Output(str, enum.Enum):
    TABLE = "table"
    JSON = "json"


@dataclass(frozen=True)
class Settings:
    """The global options, shared by every command through the click context."""

    output: Output
    debug: bool
    region: str | None
    profile: str | None
    api_url: str | None


# --- output -------------------------------------------------------------------------------


def _settings(ctx: typer.Context) -> Settings:
    return cast(Settings, ctx.obj)


def _console(stderr: bool = False) -> Console:
    """A console on stdout or stderr; piped output gets wide lines so rows stay whole."""
    stream = sys.stderr if stderr else sys.stdout
    return Console(stderr=stderr, highlight=False, width=None if stream.isatty() else 200)


def _say(message: str) -> None:
    """A progress line on stderr (never markup: names and messages are shown as they are)."""
    _console(stderr=True).print(Text(message))


def _print_json(data: Any) -> None:
    typer.echo(json.dumps(data, indent=2, ensure_ascii=False))


def _table(*columns: str, rows: list[list[str]]) -> None:
    table = Table(*columns)
    for row in rows:
        table.add_row(*(Text(cell) for cell in row))
    _console().print(table)


def _error_line(error: Exception, config: ClientConfig | None = None) -> str:
    """One line saying what went wrong, with the API's request id when there is one, and
    for a refused key where that key came from (`config`, when the client was made)."""
    if isinstance(error, APIStatusError):
        kind = error.error_type or _STATUS_KINDS.get(error.status_code or 0, "")
        details = "; ".join(
            f"{item.get('argument_name')}: {item.get('help_message') or item.get('reason')}"
            for item in error.details or []
            if isinstance(item, dict) and item.get("argument_name")
        )
        line = f"{error.status_code} {kind}".strip() + f": {error.message}"
        line += f" ({details})" if details else ""
        line += f" (request id {error.request_id})" if error.request_id else ""
        if isinstance(error, AuthenticationError):
            source = config.sources.get("secret_key") if config else None
            line += f"; check the secret key from {source or 'SCW_SECRET_KEY or the profile'}"
        return line
    if isinstance(error, FunctionDeployError):
        reason = error.error_message or error.build_message or f"status {error.status}"
        name = getattr(error.resource_object, "name", error.resource_id)
        return f"the build of function {name} failed: {reason}"
    if isinstance(error, WaitTimeoutError) and error.resource == "function":
        return f"{error.message}; the build goes on: scw-functions get {error.resource_id}"
    return str(error)


def _fail(message: str) -> NoReturn:
    typer.echo(f"{typer.style('error:', fg='red', bold=True)} {message}", err=True)
    raise typer.Exit(1)


@contextlib.contextmanager
def _client(settings: Settings) -> Iterator[FunctionsClient]:
    """A client configured like FunctionsClient() plus the global options, in a region the
    spec lists; errors become one line on stderr and exit code 1 (a traceback with --debug,
    with requests logged)."""
    logger, handler = logging.getLogger("scaleway_functions"), logging.StreamHandler(sys.stderr)
    level = logger.level
    if settings.debug:
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)
    config: ClientConfig | None = None
    try:
        with FunctionsClient(
            region=settings.region, profile=settings.profile, api_url=settings.api_url
        ) as client:
            config = client.config
            _check_known_region(config)
            yield client
    except (ScalewayError, ValueError) as error:  # ValueError: an id or value the client refuses
        if settings.debug:
            raise
        _fail(_error_line(error, config))
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def _check_known_region(config: ClientConfig) -> None:
    """Refuse a region the spec does not list, before any request.

    The library lets a well-shaped unknown region through (the API may open one before this
    package knows it); on a command line it is far more likely a typo.
    """
    known = [member.value for member in Region]
    if config.region in known:
        return
    source = config.sources.get("region")
    if source == "the region argument":
        source = "--region"  # the only way the command line passes one
    where = f" (from {source})" if source else ""
    raise ConfigurationError(
        f"unknown Scaleway region {config.region!r}{where}: use one of {', '.join(known)}"
    )


def _an_id(kind: str, listing: str) -> Callable[[str | None], str | None]:
    """A callback refusing an id option or argument that is not a UUID (a usage error)."""

    def check(value: str | None) -> str | None:
        if value is not None and not _UUID.fullmatch(value):
            raise typer.BadParameter(f"{value!r} is not an id: pass {kind} id ({listing})")
        return value

    return check


_check_function_id = _an_id("a function", "`scw-functions list` shows them")
_check_namespace_id = _an_id("a namespace", "`scw-functions get ID` shows a function's")


def _check_item_id(ctx: typer.Context, value: str | None) -> str | None:
    """The id argument of `cron get`, `token wait`, ...: the group's `list` shows them."""
    group = ctx.parent.info_name if ctx.parent else None
    return _an_id(f"a {group}", f"`scw-functions {group} list` shows them")(value)


# --- deploy -------------------------------------------------------------------------------


def _check_pairs(param: typer.CallbackParam, values: list[str] | None) -> list[str] | None:
    """Refuse a KEY=VALUE option without '=' or without a key: a usage error (exit 2)."""
    for value in values or []:
        key, equals, _ = value.partition("=")
        if not (key and equals):
            shown = "(not shown)" if param.name == "secret" else repr(value)
            raise typer.BadParameter(f"expected KEY=VALUE, got {shown}")
    return values


def _pairs(values: list[str] | None) -> dict[str, str] | None:
    """KEY=VALUE options as a mapping; None when none were given (nothing to change)."""
    if not values:
        return None
    return {key: value for key, _, value in (item.partition("=") for item in values)}


def _find_namespace(
    client: FunctionsClient, namespace_id: str | None, name: str, timeout: float
) -> Namespace:
    """The namespace by id, or by exact name (created when there is none); ready."""
    if namespace_id:
        namespace = client.get_namespace(namespace_id)
    else:
        project = client.config.project_id
        found = [
            namespace
            for namespace in client.iter_namespaces(name=name, project_id=project)
            if namespace.name == name and namespace.status != "deleting"
        ]
        if len(found) > 1:
            _fail(f"{len(found)} namespaces are named {name!r}: choose one with --namespace-id")
        if found:
            namespace = found[0]
        else:
            namespace = client.create_namespace(name=name)
            _say(f"namespace {namespace.name} ({namespace.id}) created")
    if namespace.status != "ready":
        _say(f"waiting for namespace {namespace.name} ({namespace.status})")
        namespace = client.wait_for_namespace(namespace.id, timeout=timeout)
    return namespace


def _upload(client: FunctionsClient, function_id: str, source: Path) -> None:
    """Upload the code with a progress bar (bytes), then say what was sent."""
    console = _console(stderr=True)
    columns = (TextColumn("uploading"), BarColumn(), DownloadColumn(), TransferSpeedColumn())
    bar = Progress(*columns, console=console, transient=True, disable=not console.is_terminal)
    with bar:
        task = bar.add_task("upload", total=None)
        result = client.upload_function_code(
            function_id,
            source,
            on_progress=lambda sent, total: bar.update(task, completed=sent, total=total),
        )
    exact = f" ({result.size} bytes)" if result.size >= 1000 else ""
    _say(f"uploaded {decimal(result.size)}{exact}, sha256 {result.sha256}")


def _wait(client: FunctionsClient, deployed: Function, timeout: float) -> Function:
    """Wait for the build: a live status line on a terminal, one line per change otherwise.

    A limit shorter than one answer still reports the status the deploy call answered.
    """
    console = _console(stderr=True)
    with console.status("deploying") as status:

        def show(function: Function) -> None:
            message = function.build_message or function.error_message
            line = Text(f"{function.name} {function.status}" + (f": {message}" if message else ""))
            if console.is_terminal:
                status.update(line)
            else:
                console.print(line)

        try:
            return client.wait_for_function(deployed.id, timeout=timeout, on_progress=show)
        except WaitTimeoutError as error:
            if error.status is not None:
                raise
            raise WaitTimeoutError(
                f"function {deployed.id} still {deployed.status} after {timeout:g}s",
                status=str(deployed.status),
                resource_object=deployed,
                resource="function",
                resource_id=deployed.id,
            ) from None


def deploy(
    ctx: typer.Context,
    directory: Annotated[
        Path,
        typer.Argument(
            metavar="DIRECTORY",
            exists=True,
            help="The function's code: a directory (zipped for you, .scwignore honoured) "
            "or a .zip file.",
        ),
    ],
    name: Annotated[str, typer.Option(help="Name of the function, created or updated.")],
    runtime: Annotated[
        str, typer.Option(help="Runtime, e.g. python311 or node22 (see `runtimes`).")
    ],
    namespace_id: Annotated[
        str | None,
        typer.Option(help="ID of the namespace to deploy into.", callback=_check_namespace_id),
    ] = None,
    namespace: Annotated[
        str | None,
        typer.Option(
            help="Name of the namespace, created when it does not exist "
            "(default: the function's name).",
        ),
    ] = None,
    handler: Annotated[
        str | None, typer.Option(help="Handler, e.g. handler.handle (default: the runtime's).")
    ] = None,
    env: Annotated[
        list[str] | None,
        typer.Option(
            metavar="KEY=VALUE",
            callback=_check_pairs,
            help="Environment variable (repeat it); given, they replace the function's.",
        ),
    ] = None,
    secret: Annotated[
        list[str] | None,
        typer.Option(
            metavar="KEY=VALUE",
            callback=_check_pairs,
            help="Secret environment variable (repeat it); others are kept. Never printed.",
        ),
    ] = None,
    memory: Annotated[
        int | None, typer.Option(metavar="MB", help="Memory limit: 128, 256, 512, ... 4096.")
    ] = None,
    no_wait: Annotated[
        bool, typer.Option("--no-wait", help="Return once the build has started.")
    ] = False,
    timeout: Annotated[
        float, typer.Option(metavar="S", min=0, help="Seconds to wait for the namespace and build.")
    ] = 600,
) -> None:
    """Create or update a function, upload DIRECTORY and deploy it, wait until it is ready.

    The namespace is found by --namespace-id, or by its exact name (created when missing).
    A function with this name there is updated (runtime, handler, env, secrets, memory);
    otherwise it is created. Exits 1 when the build fails or the wait times out.
    """
    settings = _settings(ctx)
    if namespace_id and namespace:
        raise typer.BadParameter(
            "give one of them, not both", ctx=ctx, param_hint="'--namespace-id' / '--namespace'"
        )
    secrets = [Secret(key=key, value=value) for key, value in (_pairs(secret) or {}).items()]
    changes: dict[str, Any] = {
        "runtime": runtime,
        "handler": handler,
        "environment_variables": _pairs(env),
        "secret_environment_variables": secrets or None,
        "memory_limit": memory,
    }
    with _client(settings) as client:
        if runtime not in {known.name for known in client.list_function_runtimes().runtimes}:
            _fail(f"unknown runtime {runtime!r}: `scw-functions runtimes` lists them")
        space = _find_namespace(client, namespace_id, namespace or name, timeout)
        existing = [
            function
            for function in client.iter_functions(space.id, name=name)
            if function.name == name and function.status != "deleting"
        ]
        if existing:
            function = client.update_function(existing[0].id, redeploy=False, **changes)
            _say(f"function {function.name} ({function.id}) updated")
        else:
            function = client.create_function(namespace_id=space.id, name=name, **changes)
            _say(f"function {function.name} ({function.id}) created in {space.name}")
        _upload(client, function.id, directory)
        function = client.deploy_function(function.id)
        if not no_wait:
            function = _wait(client, function, timeout)
    if settings.output is Output.JSON:
        _print_json(function.to_dict())
    elif no_wait:
        typer.echo(f"{function.name} is {function.status}: scw-functions get {function.id}")
    else:
        typer.echo(f"{function.name} is ready: https://{function.domain_name}")


# --- the other commands -------------------------------------------------------------------


def list_functions(
    ctx: typer.Context,
    namespace_id: Annotated[
        str | None,
        typer.Option(
            help="Only this namespace's functions (default: every namespace's).",
            callback=_check_namespace_id,
        ),
    ] = None,
) -> None:
    """List functions: name, id, status, runtime and domain."""
    settings = _settings(ctx)
    with _client(settings) as client:
        if namespace_id:
            namespace_ids = [namespace_id]
        else:
            namespace_ids = [n.id for n in client.iter_namespaces() if n.status != "deleting"]
        functions = [f for ns in namespace_ids for f in client.iter_functions(ns)]
    if settings.output is Output.JSON:
        _print_json([function.to_dict() for function in functions])
    elif not functions:
        _say("no functions")
    else:
        rows = [[f.name, f.id, str(f.status), str(f.runtime), f.domain_name] for f in functions]
        _table("name", "id", "status", "runtime", "domain", rows=rows)


def get(
    ctx: typer.Context,
    function_id: Annotated[
        str, typer.Argument(metavar="ID", help="ID of the function.", callback=_check_function_id)
    ],
) -> None:
    """Show one function."""
    settings = _settings(ctx)
    with _client(settings) as client:
        function = client.get_function(function_id)
    if settings.output is Output.JSON:
        _print_json(function.to_dict())
        return
    environment = function.environment_variables.to_dict()
    rows = {
        "name": function.name,
        "id": function.id,
        "namespace id": function.namespace_id,
        "status": str(function.status),
        "runtime": str(function.runtime),
        "handler": function.handler,
        "memory": f"{function.memory_limit} MB",
        "domain": function.domain_name,
        "environment": " ".join(f"{key}={value}" for key, value in environment.items()),
        "secrets": " ".join(item.key for item in function.secret_environment_variables),
        "build message": function.build_message or "",
        "error message": function.error_message or "",
        "updated at": function.updated_at.isoformat() if function.updated_at else "",
    }
    _table("field", "value", rows=[[key, value] for key, value in rows.items() if value])


def delete(
    ctx: typer.Context,
    function_id: Annotated[
        str, typer.Argument(metavar="ID", help="ID of the function.", callback=_check_function_id)
    ],
) -> None:
    """Delete a function (it goes `deleting`, then disappears)."""
    settings = _settings(ctx)
    with _client(settings) as client:
        function = client.delete_function(function_id)
    if settings.output is Output.JSON:
        _print_json(function.to_dict())
    else:
        typer.echo(f"{function.name} ({function.id}) is {function.status}")


def runtimes(ctx: typer.Context) -> None:
    """List the runtimes a function can use: name, language, version and status."""
    settings = _settings(ctx)
    with _client(settings) as client:
        found = client.list_function_runtimes().runtimes
    if settings.output is Output.JSON:
        _print_json([runtime.to_dict() for runtime in found])
    else:
        rows = [[r.name, r.language, r.version, str(r.status)] for r in found]
        _table("name", "language", "version", "status", rows=rows)


def emulator(
    ctx: typer.Context,
    port: Annotated[
        int, typer.Option(min=0, max=65535, help="Port to listen on (0: any free port).")
    ] = 8080,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
) -> None:
    """Serve the local emulator of the API in the foreground, until Ctrl-C.

    Point the CLI or a client at it with SCW_API_URL and any SCW_SECRET_KEY.
    """
    try:
        from .testing import Emulator
    except ImportError:
        _fail('the emulator needs its extra: pip install "scaleway-functions-client[emulator]"')
    try:
        server = Emulator(host=host, port=port)
    except OSError as error:
        _fail(f"cannot listen on {host}:{port}: {error.strerror or error}")
    if _settings(ctx).output is Output.JSON:
        _print_json({"url": server.url})
    else:
        typer.echo(f"Scaleway Functions emulator listening on {server.url}")
    _say(f"use it with: SCW_API_URL={server.url} SCW_SECRET_KEY=<anything>; Ctrl-C stops it")
    try:
        with contextlib.suppress(KeyboardInterrupt):
            server.serve_forever()
    finally:
        server.stop()


# --- crons, domains, tokens and triggers --------------------------------------------------

# A day (taken as midnight UTC), or an RFC 3339 instant with its zone (Z or +01:00).
DATES = ["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%dT%H:%M:%S.%f%z"]
MASK = "********"  # in JSON output, the value of a secret: a token, an SQS secret key
# What `list` shows of each kind of resource (the API lists crons and domains per function).
_COLUMNS = {
    "cron": ("id", "name", "status", "function_id", "schedule"),
    "domain": ("id", "hostname", "status", "function_id", "url", "error_message"),
    "token": ("id", "status", "function_id", "namespace_id", "description", "expires_at"),
    "trigger": ("id", "name", "status", "function_id", "input_type", "error_message"),
}


def _parts(model: Any) -> Iterator[tuple[str, Any, bool]]:
    """(JSON key, value, is it a secret) for each field a model's to_dict() gives.

    Secrets are the spec's `x-secret` properties, which the model template keeps out of
    repr(); nested models (a trigger's source) come as models, to be walked in turn.
    """
    hidden = {field.name for field in attrs.fields(type(model)) if not field.repr}
    for key, value in model.to_dict().items():
        nested = getattr(model, key, None)
        yield key, nested if attrs.has(type(nested)) else value, key in hidden


def _masked(model: Any) -> dict[str, Any]:
    """A model as JSON, its secrets' values (a token's, an SQS secret key) as MASK."""
    return {
        key: MASK if secret and value else _masked(value) if attrs.has(type(value)) else value
        for key, value, secret in _parts(model)
    }


def _fields(model: Any, prefix: str = "") -> dict[str, str]:
    """A model's fields for a table: nested models flattened, no secrets, none empty."""
    fields: dict[str, str] = {}
    for key, value, secret in _parts(model):
        if attrs.has(type(value)):
            fields.update(_fields(value, f"{prefix}{key}."))
        elif not secret and value not in (None, "", {}):
            fields[prefix + key] = json.dumps(value) if isinstance(value, dict) else str(value)
    return fields


def _show(settings: Settings, resource: Any, line: str | None = None) -> None:
    """A resource as masked JSON; else `line`, or a field/value table without its secrets."""
    if settings.output is Output.JSON:
        _print_json(_masked(resource))
    elif line:
        typer.echo(line)
    else:
        _table("field", "value", rows=[[key, value] for key, value in _fields(resource).items()])


def _call(ctx: typer.Context, call: Callable[[FunctionsClient], Any]) -> Any:
    """call(client), with the global options and the usual handling of errors."""
    with _client(_settings(ctx)) as client:
        return call(client)


def _one_of(ctx: typer.Context, function_id: str | None, namespace_id: str | None,
            required: bool = False) -> None:  # fmt: skip
    """--function-id or --namespace-id, not both (and one of them when `required`)."""
    given = bool(function_id) + bool(namespace_id)
    if given > 1 or (required and not given):
        message = "give one of them" + (", not both" if given else "")
        hint = "'--function-id' / '--namespace-id'"
        raise typer.BadParameter(message, ctx=ctx, param_hint=hint)


def _group(name: str, create: Callable[..., None], help_text: str) -> typer.Typer:
    """The `list`, `get`, `create`, `delete` and `wait` commands of one kind of resource,
    over the client's iter_<name>s, get_<name>, delete_<name> and wait_for_<name>."""
    group = typer.Typer(help=help_text, no_args_is_help=True, rich_markup_mode="markdown")
    columns = _COLUMNS[name]

    def run(ctx: typer.Context, method: str, *args: Any, **kwargs: Any) -> Any:
        return _call(ctx, lambda client: getattr(client, method)(*args, **kwargs))

    def list_all(ctx: typer.Context, **filters: str | None) -> None:
        found = _call(ctx, lambda c: list(getattr(c, f"iter_{name}s")(**filters)))
        if _settings(ctx).output is Output.JSON:
            _print_json([_masked(item) for item in found])
        elif not found:
            _say(f"no {name}s")
        else:
            rows = [[_fields(item).get(column, "") for column in columns] for item in found]
            _table(*(column.replace("_", " ") for column in columns), rows=rows)

    def list_by_function(
        ctx: typer.Context,
        function_id: Annotated[
            str, typer.Option(help="ID of the function.", callback=_check_function_id)
        ],
    ) -> None:
        list_all(ctx, function_id=function_id)

    def list_by_owner(
        ctx: typer.Context,
        function_id: Annotated[
            str | None, typer.Option(help="Only this function's.", callback=_check_function_id)
        ] = None,
        namespace_id: Annotated[
            str | None, typer.Option(help="Only this namespace's.", callback=_check_namespace_id)
        ] = None,
    ) -> None:
        _one_of(ctx, function_id, namespace_id)
        list_all(ctx, function_id=function_id, namespace_id=namespace_id)

    def get(
        ctx: typer.Context,
        item_id: Annotated[str, typer.Argument(metavar="ID", callback=_check_item_id)],
    ) -> None:
        _show(_settings(ctx), run(ctx, f"get_{name}", item_id))

    def delete(
        ctx: typer.Context,
        item_id: Annotated[str, typer.Argument(metavar="ID", callback=_check_item_id)],
    ) -> None:
        item = run(ctx, f"delete_{name}", item_id)
        _show(_settings(ctx), item, f"{name} {item.id} is {item.status}")

    def wait(
        ctx: typer.Context,
        item_id: Annotated[str, typer.Argument(metavar="ID", callback=_check_item_id)],
        timeout: Annotated[float, typer.Option(metavar="S", min=0, help="Seconds to wait.")] = 300,
    ) -> None:
        def show(item: Any) -> None:  # on each change; a failure's message ends the wait
            _say(f"{name} {item.id} {item.status}")

        item = run(ctx, f"wait_for_{name}", item_id, timeout=timeout, on_progress=show)
        _show(_settings(ctx), item)

    shown = ", ".join(column.replace("_", " ") for column in columns)
    listing = list_by_function if name in ("cron", "domain") else list_by_owner
    group.command("list", help=f"List {name}s: {shown}.")(listing)
    group.command(help=f"Show one {name}.")(get)
    group.command("create")(create)
    group.command(help=f"Delete a {name} (it goes `deleting`, then disappears).")(delete)
    group.command(help=f"Wait until a {name} is ready; exits 1 if it fails.")(wait)
    return group


def _json_object(text: str) -> dict[str, Any]:
    with contextlib.suppress(ValueError):
        if isinstance(value := json.loads(text), dict):
            return value
    raise typer.BadParameter('expected a JSON object, e.g. {"key": "value"}')


def create_cron(
    ctx: typer.Context,
    function_id: Annotated[
        str, typer.Option(help="ID of the function to call.", callback=_check_function_id)
    ],
    schedule: Annotated[str, typer.Option(help='UNIX cron format, e.g. "0 * * * *" (hourly).')],
    args: Annotated[
        dict[str, Any] | None,
        typer.Option(metavar="JSON", parser=_json_object, help="JSON object sent on each call."),
    ] = None,
    name: Annotated[str | None, typer.Option(help="Name of the cron (default: generated).")] = None,
) -> None:
    """Call a function on a schedule, with --args as the request's body."""
    cron = _call(ctx, lambda c: c.create_cron(function_id=function_id, schedule=schedule,
                                              args=args, name=name))  # fmt: skip
    _show(_settings(ctx), cron)


def create_domain(
    ctx: typer.Context,
    function_id: Annotated[
        str, typer.Option(help="ID of the function.", callback=_check_function_id)
    ],
    hostname: Annotated[str, typer.Option(help="Hostname, e.g. api.example.com.")],
) -> None:
    """Bind a hostname (a CNAME to the function's domain) to a function; see `domain wait`."""
    domain = _call(ctx, lambda c: c.create_domain(function_id=function_id, hostname=hostname))
    _show(_settings(ctx), domain)


def create_token(
    ctx: typer.Context,
    function_id: Annotated[
        str | None, typer.Option(help="For this function.", callback=_check_function_id)
    ] = None,
    namespace_id: Annotated[
        str | None, typer.Option(help="For all its functions.", callback=_check_namespace_id)
    ] = None,
    description: Annotated[str | None, typer.Option(help="What the token is for.")] = None,
    expires_at: Annotated[
        datetime.datetime | None,
        typer.Option(
            metavar="DATE",
            formats=DATES,
            help="A day (2030-01-31, midnight UTC) or an RFC 3339 instant (2030-01-31T12:00:00Z).",
        ),
    ] = None,
) -> None:
    """Create a token to call a private function (in the X-Auth-Token header).

    Its value is shown this once: alone on stdout (the token's id goes to stderr), or in the
    `token` field with --output json. `list`, `get`, `delete` and `wait` never show it: tables
    leave it out, JSON keeps the field with `********` as its value.
    """
    _one_of(ctx, function_id, namespace_id, required=True)
    if expires_at is not None and expires_at.tzinfo is None:  # a day: its start, in UTC
        expires_at = expires_at.replace(tzinfo=datetime.timezone.utc)
    with _client(_settings(ctx)) as client:
        token = client.create_token(function_id=function_id, namespace_id=namespace_id,
                                    description=description, expires_at=expires_at)  # fmt: skip
    if _settings(ctx).output is Output.JSON:
        _print_json({**_masked(token), "token": token.token})
    else:
        _say(f"token {token.id} created ({token.status}); its value, shown only now:")
        typer.echo(token.token)


# A trigger's sources: their config model, and the field each of their options fills.
_MNQ = {"mnq_project_id": "mnq_project_id", "mnq_region": "mnq_region"}
_SOURCES: dict[str, tuple[Any, dict[str, str]]] = {
    "scw_sqs_config": (CreateTriggerMnqSqsConfig, {"sqs_queue": "queue", **_MNQ}),
    "scw_nats_config": (CreateTriggerMnqNatsConfig, {"nats_subject": "subject", **_MNQ,
                                                     "nats_account_id": "mnq_nats_account_id"}),
    "sqs_config": (CreateTriggerSqsConfig, {f"sqs_{field}": field for field in
                                            ("endpoint", "queue_url", "access_key", "secret_key")}),
}  # fmt: skip
_OPTIONS = {option for _, fields in _SOURCES.values() for option in fields}


def create_trigger(
    ctx: typer.Context,
    function_id: Annotated[
        str,
        typer.Option(help="ID of the function called per message.", callback=_check_function_id),
    ],
    name: Annotated[str, typer.Option(help="Name of the trigger.")],
    description: Annotated[str | None, typer.Option(help="Description.")] = None,
    sqs_queue: Annotated[str | None, typer.Option(help="Scaleway SQS: the queue.")] = None,
    nats_subject: Annotated[str | None, typer.Option(help="Scaleway NATS: the subject.")] = None,
    nats_account_id: Annotated[str | None, typer.Option(help="Scaleway NATS: the account.")] = None,
    mnq_project_id: Annotated[str | None, typer.Option(help="Scaleway SQS/NATS: project.")] = None,
    mnq_region: Annotated[str | None, typer.Option(help="Scaleway SQS/NATS: region.")] = None,
    sqs_endpoint: Annotated[str | None, typer.Option(help="Other SQS: the endpoint.")] = None,
    sqs_queue_url: Annotated[str | None, typer.Option(help="Other SQS: the queue's URL.")] = None,
    sqs_access_key: Annotated[str | None, typer.Option(help="Other SQS: access key.")] = None,
    sqs_secret_key: Annotated[str | None, typer.Option(help="Other SQS: secret key.")] = None,
) -> None:
    """Call a function for each message of a queue or subject: give exactly one source.

    Scaleway SQS: --sqs-queue --mnq-project-id --mnq-region. Scaleway NATS: --nats-subject
    --nats-account-id --mnq-project-id --mnq-region. Another SQS service: --sqs-endpoint
    --sqs-queue-url --sqs-access-key --sqs-secret-key (never shown; `********` in JSON).
    """
    given = {key: value for key, value in locals().items() if key in _OPTIONS and value}

    def fail(message: str, options: list[str]) -> NoReturn:
        hint = " / ".join(f"'--{option.replace('_', '-')}'" for option in options)
        raise typer.BadParameter(message, ctx=ctx, param_hint=hint)

    markers = {key: fields.keys() - _MNQ.keys() for key, (_, fields) in _SOURCES.items()}
    chosen = [key for key, options in markers.items() if options & given.keys()]
    if len(chosen) != 1:
        fail("give exactly one source", ["sqs_queue", "nats_subject", "sqs_endpoint"])
    model, fields = _SOURCES[chosen[0]]
    if missing := [option for option in fields if option not in given]:
        fail("missing for this source", missing)
    if stray := [option for option in given if option not in fields]:
        fail("not for this source", stray)
    source = {chosen[0]: model(**{fields[option]: value for option, value in given.items()})}
    trigger = _call(ctx, lambda c: c.create_trigger(function_id=function_id, name=name,
                                                    description=description, **source))  # fmt: skip
    _show(_settings(ctx), trigger)


# --- the application ----------------------------------------------------------------------


def _global_options(
    ctx: typer.Context,
    output: Annotated[
        Output, typer.Option("--output", "-o", help="table for people, json for programs.")
    ] = Output.TABLE,
    debug: Annotated[
        bool, typer.Option("--debug", help="Show tracebacks and log every request.")
    ] = False,
    region: Annotated[
        str | None, typer.Option(help="Region, e.g. fr-par (default: SCW_DEFAULT_REGION).")
    ] = None,
    profile: Annotated[
        str | None, typer.Option(help="Profile of the Scaleway CLI config (default: SCW_PROFILE).")
    ] = None,
    api_url: Annotated[
        str | None, typer.Option(help="API URL, e.g. an emulator's (default: SCW_API_URL).")
    ] = None,
) -> None:
    """Deploy and manage Scaleway Serverless Functions.

    Credentials and defaults come from SCW_SECRET_KEY, SCW_DEFAULT_REGION,
    SCW_DEFAULT_PROJECT_ID, SCW_API_URL and SCW_PROFILE, then from the Scaleway CLI
    config file (~/.config/scw/config.yaml, or SCW_CONFIG_PATH). Global options go before
    the command: scw-functions --output json list.
    """
    ctx.obj = Settings(output, debug, region, profile, api_url)


def build_app() -> typer.Typer:
    """The `scw-functions` Typer application."""
    app = typer.Typer(
        name="scw-functions",
        no_args_is_help=True,
        add_completion=False,
        rich_markup_mode="markdown",  # help paragraphs are reflowed, `code` is shown as such
        pretty_exceptions_enable=False,  # --debug shows plain tracebacks, never locals
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    app.callback()(_global_options)
    app.command()(deploy)
    app.command("list")(list_functions)
    app.command()(get)
    app.command()(delete)
    app.command()(runtimes)
    app.command()(emulator)
    for name, create, help_text in (
        ("cron", create_cron, "Call functions on a schedule."),
        ("domain", create_domain, "Bind hostnames to functions."),
        ("token", create_token, "Tokens to call private functions."),
        ("trigger", create_trigger, "Call functions for the messages of a queue or subject."),
    ):
        app.add_typer(_group(name, create, help_text), name=name)
    return app


def main() -> None:
    """The `scw-functions` console script."""
    if _MISSING is not None:
        print(INSTALL_HINT, file=sys.stderr)
        raise SystemExit(1)
    build_app()(prog_name="scw-functions")


if __name__ == "__main__":
    main()
