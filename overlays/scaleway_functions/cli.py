"""`scw-functions`: deploy and manage Scaleway Serverless Functions from a terminal or CI.

Install with `pip install "scaleway-functions-client[cli]"`. Settings come from the same
places as `FunctionsClient` (SCW_* variables, then the Scaleway CLI config file); the
global options --region, --profile and --api-url override them.

Results go to stdout (tables, or JSON with --output json); progress, status lines and
errors go to stderr. Only this module imports typer and rich (the [cli] extra).
"""

from __future__ import annotations

import contextlib
import enum
import json
import logging
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path
from typing import Annotated, Any, NoReturn, cast

from . import (
    APIStatusError,
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


def _error_line(error: Exception) -> str:
    """One line saying what went wrong, with the API's request id when there is one."""
    if isinstance(error, APIStatusError):
        kind = error.error_type or _STATUS_KINDS.get(error.status_code or 0, "")
        details = "; ".join(
            f"{item.get('argument_name')}: {item.get('help_message') or item.get('reason')}"
            for item in error.details or []
            if isinstance(item, dict) and item.get("argument_name")
        )
        line = f"{error.status_code} {kind}".strip() + f": {error.message}"
        line += f" ({details})" if details else ""
        return line + (f" (request id {error.request_id})" if error.request_id else "")
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
    """A client configured like FunctionsClient() plus the global options; errors become one
    line on stderr and exit code 1 (a traceback with --debug, with requests logged)."""
    logger, handler = logging.getLogger("scaleway_functions"), logging.StreamHandler(sys.stderr)
    level = logger.level
    if settings.debug:
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)
    try:
        with FunctionsClient(
            region=settings.region, profile=settings.profile, api_url=settings.api_url
        ) as client:
            yield client
    except (ScalewayError, ValueError) as error:  # ValueError: an id or value the client refuses
        if settings.debug:
            raise
        _fail(_error_line(error))
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


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


def _wait(client: FunctionsClient, function_id: str, timeout: float) -> Function:
    """Wait for the build: a live status line on a terminal, one line per change otherwise."""
    console = _console(stderr=True)
    with console.status("deploying") as status:

        def show(function: Function) -> None:
            message = function.build_message or function.error_message
            line = Text(f"{function.name} {function.status}" + (f": {message}" if message else ""))
            if console.is_terminal:
                status.update(line)
            else:
                console.print(line)

        return client.wait_for_function(function_id, timeout=timeout, on_progress=show)


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
        str | None, typer.Option(help="ID of the namespace to deploy into.")
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
            function = _wait(client, function.id, timeout)
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
        typer.Option(help="Only this namespace's functions (default: every namespace's)."),
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
    function_id: Annotated[str, typer.Argument(metavar="ID", help="ID of the function.")],
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
        "updated at": function.updated_at.isoformat(),
    }
    _table("field", "value", rows=[[key, value] for key, value in rows.items() if value])


def delete(
    ctx: typer.Context,
    function_id: Annotated[str, typer.Argument(metavar="ID", help="ID of the function.")],
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
    port: Annotated[int, typer.Option(min=0, help="Port to listen on (0: any free port).")] = 8080,
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
    return app


def main() -> None:
    """The `scw-functions` console script."""
    if _MISSING is not None:
        print(INSTALL_HINT, file=sys.stderr)
        raise SystemExit(1)
    build_app()(prog_name="scw-functions")


if __name__ == "__main__":
    main()
