"""Functions on the command line: `deploy`, and `function list | get | create | update |
delete | deploy | download | wait` (list, get and delete also at the top level).

`deploy` checks all it can before its first change (the spec's rules, the archive, the
runtime and its end of life, the handler and its file) and, when a later step fails or the
user presses Ctrl-C (or CI sends SIGTERM) before the build has started, removes what it
created, and only that: also a create whose answer was lost, found by its name. An existing
function gets its new settings in the request that deploys its new code, so both land
together or neither does. Two deploys of one name at once leave one namespace and one
function: the newer removes its own and uses the older.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Annotated, Any

import typer

from scaleway_functions_api.behaviour import WAIT_POLICY

from ._shared import (
    ENV_OPTIONS,
    UNSET_ENV,
    UUID,
    AllowDuplicate,
    Lazy,
    check_request,
    client,
    echo,
    fail,
    find_function,
    find_namespace,
    function_id,
    functions_named,
    lazy,
    lazy_group,
    namespaces_named,
    option,
    pairs,
    printable,
    refuse_duplicate,
    regions,
    say,
    secret_options,
    settings,
    show,
    show_list,
    spec_choices,
    stopped,
    tags,
    with_options,
    without,
)

if TYPE_CHECKING:
    from scaleway_functions import Archive, Function, FunctionsClient, Namespace, Runtime

COLUMNS = ("name", "id", "status", "runtime", "domain_name")
RUNTIME_NEEDED = "--runtime is needed to create a function (`scw-functions runtimes` lists them)"
# A runtime whose default handler is `file.function` (not Go's `Handle`, Rust's `handle`).
_FILE_HANDLER = re.compile(r"[\w./-]+\.\w+")


def _memory_sizes() -> list[str]:
    """The memory limits the spec allows (its consts: the Literal of the generated
    create_function's memory_limit)."""
    from scaleway_functions_api.operations import SyncMethods

    annotation = SyncMethods.create_function.__annotations__["memory_limit"]
    literal = re.search(r"Literal\[([\d, ]+)\]", annotation)
    assert literal is not None, annotation
    return sorted(literal.group(1).replace(" ", "").split(","), key=int)


def _timeout_rule() -> str:
    """What the spec says a function's timeout may be."""
    from scaleway_functions_api.request_schemas import REQUEST_SCHEMAS

    timeout = REQUEST_SCHEMAS["CreateFunctionRequest"]["properties"]["timeout"]
    return str(timeout["x-pattern-description"])


def _check_names(**names: str | None) -> None:
    """A name shaped like a UUID is refused: every command would take it for an id."""
    for flag, name in names.items():
        if name is not None and UUID.fullmatch(name):
            raise typer.BadParameter(
                f"{name!r} is shaped like an ID, which commands would take it for: "
                "choose another name",
                param_hint=f"'--{flag}'",
            )


def function_options() -> list[Any]:
    """The settings `deploy`, `function create` and `function update` take."""
    return [
        option("runtime", str | None, help="Runtime, e.g. python311 (`scw-functions runtimes`)."),
        option("handler", str | None, help="Handler, e.g. handler.handle (default: runtime's)."),
        option("memory", str | None, choices=_memory_sizes(),
               help="Memory limit in MB; the vCPU share follows from it."),
        option("min_scale", int | None, min=0, help="Instances kept running, even idle."),
        option("max_scale", int | None, min=1, help="Instances at most."),
        option("timeout", str | None, metavar="S",
               help=f"Time limit of one request: plain seconds (300), or {_timeout_rule()}."),
        option("privacy", str | None, choices=spec_choices("FunctionPrivacy"),
               help="Who may call it: anyone, or holders of a token."),
        option("http_option", str | None, choices=spec_choices("FunctionHttpOption"),
               help="Plain HTTP: served, or redirected to HTTPS."),
        option("sandbox", str | None, choices=spec_choices("FunctionSandbox"),
               help="Execution environment."),
        option("description", str | None, help="Description."),
        option("private_network_id", str | None, metavar="ID",
               help="Private Network to attach it to (\"\" detaches it)."),
        *ENV_OPTIONS,
    ]  # fmt: skip


def _changes(options: dict[str, Any]) -> dict[str, Any]:
    """The client's keyword arguments for the function options given (None: unchanged)."""
    timeout = options["timeout"]
    if timeout is not None and re.fullmatch(r"\d+(\.\d+)?", timeout):
        timeout += "s"  # plain seconds, written as the API writes durations
    return {
        "runtime": options["runtime"],
        "handler": options["handler"],
        "memory_limit": int(options["memory"]) if options["memory"] else None,
        "min_scale": options["min_scale"],
        "max_scale": options["max_scale"],
        "timeout": timeout,
        "privacy": options["privacy"],
        "http_option": options["http_option"],
        "sandbox": options["sandbox"],
        "description": options["description"],
        "private_network_id": options["private_network_id"],
        "environment_variables": pairs(options["env"]),
        "secret_environment_variables": secret_options(options),
        "tags": tags(options["tags"]),
    }


# --- checks before any change ---------------------------------------------------------------


def _runtime(made: FunctionsClient, name: str) -> Runtime:
    """The runtime by name; refused when unknown or at its end of life."""
    known = made.list_function_runtimes().runtimes
    by_name = {runtime.name: runtime for runtime in known}
    runtime = by_name.get(name)
    if runtime is None:
        fail(f"unknown runtime {name!r}: `scw-functions runtimes` lists them")
    status = str(runtime.status)
    notice = f" ({runtime.status_message})" if runtime.status_message else ""
    if status == "end_of_life":
        newer = [
            r.name for r in known if r.language == runtime.language and r.status == "available"
        ]
        instead = f"; use {newer[0]}" if newer else ""
        fail(f"runtime {name} has reached its end of life{notice}{instead}")
    if status in ("deprecated", "end_of_support"):
        say(f"warning: runtime {name} is {status.replace('_', ' ')}{notice}")
    return runtime


def _check_handler(archive: Archive, runtime: Runtime, handler: str | None) -> None:
    """For a runtime whose handler is `file.function`, that the file is in the archive."""
    import zipfile

    handler = handler or runtime.default_handler
    if not _FILE_HANDLER.fullmatch(runtime.default_handler):
        return
    if not _FILE_HANDLER.fullmatch(handler):
        raise typer.BadParameter(
            f"{handler!r}: a {runtime.name} handler is file.function, "
            f"such as {runtime.default_handler}",
            param_hint="'--handler'",
        )
    stem = handler.rsplit(".", 1)[0]
    with archive.open() as stream, zipfile.ZipFile(stream) as opened:
        names = opened.namelist()
    if not any(
        PurePosixPath(name).with_suffix("").as_posix() == stem and name.endswith(runtime.extension)
        for name in names
    ):
        fail(f"handler {handler}: the archive has no {stem}.{runtime.extension} for it")


def _lookup(
    made: FunctionsClient, namespace_id: str | None, namespace_name: str, name: str
) -> tuple[Namespace | None, Function | None]:
    """The namespace (--namespace-id: an id, or a name like everywhere else; else by exact
    name) and its function `name`, if they exist."""
    if namespace_id:
        space: Namespace | None = find_namespace(made, namespace_id)
    else:
        found = namespaces_named(made, namespace_name)
        if len(found) > 1:
            many = f"{len(found)} namespaces are named {namespace_name!r}"
            fail(f"{many}: choose one with --namespace-id")
        space = found[0] if found else None
    if space is None:
        return None, None
    existing = functions_named(made, space.id, name)
    return space, existing[0] if existing else None


def _settled(made: FunctionsClient, function: Function, timeout: float) -> Function:
    """The function once no build of it runs: changing it mid-build would leave it changed
    but not deployed (the deploy is refused with 409)."""
    from scaleway_functions import FunctionDeployError
    from scaleway_functions_api.operations import WAITERS

    if str(function.status) not in WAITERS["function"].transient:
        return function
    say(f"function {function.name} is {function.status}: waiting for its build before changing it")
    try:
        return made.wait_for_function(function.id, timeout=timeout)
    except FunctionDeployError as error:  # that build failed: this deploy replaces it
        return error.resource_object  # type: ignore[no-any-return]


# --- what deploy created, and undoing it ----------------------------------------------------


def _undo(made: FunctionsClient, created: dict[str, Any]) -> None:
    """Remove what this command created: its namespace (which takes its function with it),
    else its function. What existed before is never touched."""
    from scaleway_functions import ScalewayError

    kind = "namespace" if "namespace" in created else "function"
    if kind not in created:
        return
    gone = created[kind]
    also = f" and its function {created['function'].name}" if len(created) == 2 else ""
    try:
        (made.delete_namespace if kind == "namespace" else made.delete_function)(gone.id)
    except ScalewayError as error:
        say(f"could not remove {kind} {gone.name} ({gone.id}), which this command created: {error}")
    else:
        say(f"removed {kind} {gone.name} ({gone.id}){also}, which this command created")


def _create(
    made: FunctionsClient,
    created: dict[str, Any],
    kind: str,
    create: Callable[[], Any],
    named: Callable[[], list[Any]],
) -> Any:
    """create() the namespace or function `kind` (none of its name existed), recorded in
    `created` for the undo; the resource to use.

    Its answer may be lost while the request was applied (a broken connection, a timeout,
    a 5xx, Ctrl-C or SIGTERM in flight): `named()` then finds what it made, so that the undo
    removes it. And another deploy of the same name may have run at the same time: of the
    two, the newer removes its own and uses the older, so no duplicate is left.
    """
    from scaleway_functions import APIConnectionError, ScalewayError, ServerError

    try:
        mine = create()
    except (APIConnectionError, ServerError, KeyboardInterrupt):
        try:
            found = named()
        except ScalewayError as error:
            say(f"could not check whether the {kind} was created before the failure: {error}")
            raise
        if len(found) == 1:
            created[kind] = found[0]  # the request was applied: the undo removes it
        elif found:
            ids = ", ".join(item.id for item in found)
            say(f"{kind}s of this name exist ({ids}), made meanwhile: left as they are")
        raise
    created[kind] = mine
    say(f"{kind} {mine.name} ({mine.id}) created")
    first = (named() or [mine])[0]
    if first.id == mine.id:
        return mine
    (made.delete_namespace if kind == "namespace" else made.delete_function)(mine.id)
    del created[kind]
    say(f"another deploy created {kind} {first.name} ({first.id}) at the same time: "
        f"using it, and removed {mine.id}, which this command created")  # fmt: skip
    return first


def _redeploy(made: FunctionsClient, function: Function, changes: dict[str, Any]) -> Function:
    """Deploy an existing function's uploaded code with its new settings in one request,
    so that settings and code land together (or, if it fails, neither)."""
    if all(value is None for value in changes.values()):
        return made.deploy_function(function.id)
    updated = made.update_function(function.id, redeploy=True, **changes)
    say(f"function {updated.name} ({updated.id}) updated")
    return updated


def _upload(made: FunctionsClient, function_id: str, archive: Archive) -> None:
    """Upload the code with a progress bar on a terminal, then say what was sent."""
    from rich.console import Console
    from rich.filesize import decimal
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn

    console = Console(stderr=True)
    columns = (TextColumn("uploading"), BarColumn(), DownloadColumn(), TransferSpeedColumn())
    bar = Progress(*columns, console=console, transient=True, disable=not console.is_terminal)
    with bar:
        task = bar.add_task("upload", total=archive.size)  # known before the first byte
        result = made.upload_function_code(
            function_id,
            archive,
            on_progress=lambda sent, total: bar.update(task, completed=sent, total=total),
        )
    exact = f" ({result.size} bytes)" if result.size >= 1000 else ""
    say(f"uploaded {decimal(result.size)}{exact}, sha256 {result.sha256}")


def _wait(made: FunctionsClient, deployed: Function, timeout: float) -> Function:
    """Wait for the build: a live status line on a terminal, one line per change otherwise.

    Ctrl-C ends the wait, not the build: one line says how to follow it, exit code 130.
    A limit shorter than one answer still reports the status the deploy call answered.
    """
    from rich.console import Console
    from rich.text import Text

    from scaleway_functions import WaitTimeoutError

    console = Console(stderr=True, highlight=False)
    with console.status("deploying") as status:

        def show_status(function: Function) -> None:
            message = function.build_message or function.error_message
            shown = f"{function.name} {function.status}" + (f": {message}" if message else "")
            line = Text(printable(shown))
            if console.is_terminal:
                status.update(line)
            else:
                console.print(line)

        try:
            return made.wait_for_function(deployed.id, timeout=timeout, on_progress=show_status)
        except KeyboardInterrupt as stop:
            status.stop()
            word, code = stopped(stop)
            fail(
                f"{word}: the build of function {deployed.name} goes on; "
                f"follow it with: scw-functions get {deployed.id}",
                code=code,
            )
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


NoWait = Annotated[bool, typer.Option("--no-wait", help="Return once the build has started.")]
WaitTimeout = Annotated[
    float, typer.Option(metavar="S", min=0, help="Seconds to wait for the namespace and build.")
]
FunctionRef = Annotated[str, typer.Argument(metavar="ID", help="ID or name of the function.")]
InNamespace = Annotated[
    str | None,
    typer.Option(
        "--namespace", help="ID or name of the namespace a function name is looked up in."
    ),
]


def _result(ctx: typer.Context, function: Function, no_wait: bool) -> None:
    if settings(ctx).structured:
        show(settings(ctx), function)
    elif no_wait:
        echo(f"{function.name} is {function.status}: scw-functions get {function.id}")
    else:
        echo(f"{function.name} is ready: https://{function.domain_name}")


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
    namespace_id: Annotated[
        str | None, typer.Option(help="ID or name of the namespace to deploy into.")
    ] = None,
    namespace: Annotated[
        str | None,
        typer.Option(
            help="Name of the namespace, created when it does not exist "
            "(default: the function's name).",
        ),
    ] = None,
    no_wait: NoWait = False,
    wait_timeout: WaitTimeout = WAIT_POLICY["timeout"],
    **options: Any,
) -> None:
    """Create or update a function, upload DIRECTORY and deploy it, wait until it is ready.

    The namespace is found by --namespace-id, or by its exact name (created when missing).
    A function with this name there is updated with the settings given, in the same request
    that deploys the new code; otherwise it is created. Everything that can be checked is
    checked before the first change; when a later step fails, what this command created is
    removed. Exits 1 when the build fails or the wait times out, 130 on Ctrl-C and 143 on
    SIGTERM (once the build has started, it goes on).
    """
    from scaleway_functions import FunctionDeployError, pack

    if namespace_id and namespace:
        raise typer.BadParameter(
            "give one of them, not both", ctx=ctx, param_hint="'--namespace-id' / '--namespace'"
        )
    changes = _changes(options)
    _check_names(name=name, namespace=namespace)
    check_request("CreateFunctionRequest", {"name": name, **changes})
    if namespace:
        check_request("CreateNamespaceRequest", {"name": namespace}, flags={"name": "--namespace"})
    with client(settings(ctx)) as made, pack(directory) as archive:
        for notice in archive.notices:
            say(notice)
        space, existing = _lookup(made, namespace_id, namespace or name, name)
        runtime_name = changes["runtime"] or (str(existing.runtime) if existing else None)
        if runtime_name is None:
            fail(RUNTIME_NEEDED)
        runtime = _runtime(made, runtime_name)
        _check_handler(
            archive, runtime, changes["handler"] or (existing.handler if existing else None)
        )
        created: dict[str, Any] = {}
        building = False
        space_name = namespace or name
        try:
            if space is None:
                space = _create(made, created, "namespace",
                                lambda: made.create_namespace(name=space_name),
                                lambda: namespaces_named(made, space_name))  # fmt: skip
            if space.status != "ready":
                say(f"waiting for namespace {space.name} ({space.status})")
                space = made.wait_for_namespace(space.id, timeout=wait_timeout)
            into: Namespace = space
            if not existing:
                function = _create(made, created, "function",
                                   lambda: made.create_function(namespace_id=into.id, name=name,
                                                                **changes),
                                   lambda: functions_named(made, into.id, name))  # fmt: skip
                if "function" not in created:  # another deploy's, made at the same time
                    existing = function
            if existing:
                existing = _settled(made, existing, wait_timeout)
                _upload(made, existing.id, archive)  # deployed by the next request only
                function = _redeploy(made, existing, changes)
            else:
                _upload(made, function.id, archive)
                function = made.deploy_function(function.id)
            building = True
            if not no_wait:
                function = _wait(made, function, wait_timeout)
        except (Exception, KeyboardInterrupt) as error:
            if not building or isinstance(error, FunctionDeployError):
                _undo(made, created)
            raise
    _result(ctx, function, no_wait)


# --- function list | get | create | update | delete | deploy | download | wait --------------


def list_functions(
    ctx: typer.Context,
    namespace: Annotated[
        str | None,
        typer.Option(
            "--namespace",
            "--namespace-id",
            help="ID or name of a namespace: only its functions (default: every namespace's).",
        ),
    ] = None,
    name: Annotated[str | None, typer.Option(help="Only the functions with this name.")] = None,
    project_id: Annotated[
        str | None, typer.Option(help="Only this project's (default: every project's).")
    ] = None,
    **options: Any,
) -> None:
    """List functions: name, id, status, runtime and domain (`-o wide`: every field)."""
    current = settings(ctx)
    with client(current, every_region=True) as made:
        found = []
        for region in regions(current, made):
            if namespace:
                spaces = [find_namespace(made, namespace).id]
            else:
                listing = made.iter_namespaces(project_id=project_id, region=region)
                spaces = [space.id for space in listing if space.status != "deleting"]
            found += [
                (region, function)
                for space in spaces
                for function in made.iter_functions(
                    space,
                    name=name,
                    project_id=project_id,
                    order_by=options["order_by"],
                    region=region,
                )
            ]
    show_list(current, "function", found, COLUMNS)


def get(ctx: typer.Context, function: FunctionRef, namespace: InNamespace = None) -> None:
    """Show one function."""
    with client(settings(ctx)) as made:
        found = find_function(made, function, namespace)
    show(settings(ctx), found)


def delete(ctx: typer.Context, function: FunctionRef, namespace: InNamespace = None) -> None:
    """Delete a function (it goes `deleting`, then disappears)."""
    with client(settings(ctx)) as made:
        gone = made.delete_function(function_id(made, function, namespace))
    show(settings(ctx), gone, f"{gone.name} ({gone.id}) is {gone.status}")


def create(
    ctx: typer.Context,
    name: Annotated[str, typer.Option(help="Name of the function.")],
    namespace: Annotated[str, typer.Option(help="ID or name of its namespace.")],
    allow_duplicate: AllowDuplicate = False,
    **options: Any,
) -> None:
    """Create a function, without code: `function deploy` or `deploy` gives it some."""
    changes = _changes(options)
    _check_names(name=name)
    check_request("CreateFunctionRequest", {"name": name, **changes})
    if changes["runtime"] is None:
        fail(RUNTIME_NEEDED)
    with client(settings(ctx)) as made:
        _runtime(made, changes["runtime"])
        space = find_namespace(made, namespace)
        if not allow_duplicate:
            refuse_duplicate(
                f"namespace {space.name}", "function", functions_named(made, space.id, name)
            )
        function = made.create_function(namespace_id=space.id, name=name, **changes)
    show(settings(ctx), function)


def update(
    ctx: typer.Context,
    function: FunctionRef,
    namespace: InNamespace = None,
    redeploy: Annotated[
        bool | None,
        typer.Option(
            "--redeploy/--no-redeploy",
            help="Deploy the new settings at once (the API's default), or at the next deploy.",
            show_default=False,
        ),
    ] = None,
    wait_timeout: WaitTimeout = WAIT_POLICY["timeout"],
    **options: Any,
) -> None:
    """Change a function's settings; the ones not given are kept (--redeploy alone deploys
    the current ones again)."""
    changes = _changes(options)
    if not redeploy and not options["unset_env"] and all(v is None for v in changes.values()):
        # Sent as it is, an empty update would redeploy the function: refuse it instead.
        fail(
            "nothing to change: give a setting to update (`--help` lists them), or "
            "--redeploy to deploy the current settings again",
            code=2,
        )
    check_request("UpdateFunctionRequest", changes)
    with client(settings(ctx)) as made:
        current = _settled(made, find_function(made, function, namespace), wait_timeout)
        if changes["runtime"]:
            _runtime(made, changes["runtime"])
        changes["environment_variables"] = without(
            changes["environment_variables"], current.environment_variables, options["unset_env"]
        )
        updated = made.update_function(current.id, redeploy=redeploy, **changes)
    show(settings(ctx), updated)


def deploy_code(
    ctx: typer.Context,
    function: FunctionRef,
    namespace: InNamespace = None,
    no_wait: NoWait = False,
    wait_timeout: WaitTimeout = WAIT_POLICY["timeout"],
) -> None:
    """Deploy the code last uploaded to a function, and wait until it is ready."""
    with client(settings(ctx)) as made:
        current = _settled(made, find_function(made, function, namespace), wait_timeout)
        deployed = made.deploy_function(current.id)
        if not no_wait:
            deployed = _wait(made, deployed, wait_timeout)
    _result(ctx, deployed, no_wait)


def download(
    ctx: typer.Context,
    function: FunctionRef,
    file: Annotated[
        Path,
        typer.Argument(
            metavar="FILE", dir_okay=False, help="Where to write the zip (- for stdout)."
        ),
    ],
    namespace: InNamespace = None,
) -> None:
    """Download the code a function runs, as the zip archive it was deployed from (FILE
    `-`: to standard output)."""
    import shutil
    import tempfile

    with client(settings(ctx)) as made:
        found = function_id(made, function, namespace)
        if str(file) != "-":
            got = made.download_function_code(found, file)
            say(f"wrote {file} ({got.size} bytes, sha256 {got.sha256})")
            return
        with tempfile.TemporaryDirectory(prefix="scw-functions-") as folder:
            got = made.download_function_code(found, Path(folder) / "function.zip")
            with Path(got.path).open("rb") as archive:
                shutil.copyfileobj(archive, sys.stdout.buffer)
            sys.stdout.buffer.flush()
    say(f"wrote {got.size} bytes to standard output, sha256 {got.sha256}")


def wait(
    ctx: typer.Context,
    function: FunctionRef,
    namespace: InNamespace = None,
    wait_timeout: WaitTimeout = WAIT_POLICY["timeout"],
) -> None:
    """Wait until a function is ready; exits 1 if its build fails."""
    with client(settings(ctx)) as made:
        found = find_function(made, function, namespace)
        ready = _wait(made, found, wait_timeout)
    show(settings(ctx), ready)


def runtimes(ctx: typer.Context) -> None:
    """List the runtimes a function can use: name, language, version and status."""
    with client(settings(ctx)) as made:
        found = [
            (made.config.region, runtime) for runtime in made.list_function_runtimes().runtimes
        ]
    show_list(settings(ctx), "runtime", found, ("name", "language", "version", "status"))


def _ordered() -> list[Any]:
    return [
        option("order_by", str | None, choices=spec_choices("ListFunctionsOrderBy"),
               help="Order within each namespace.")
    ]  # fmt: skip


def _add_function_commands(group: typer.Typer) -> None:
    group.command("list")(with_options(list_functions, _ordered()))
    group.command("get")(get)
    group.command("delete")(delete)
    group.command("create")(with_options(create, function_options()))
    group.command("update")(with_options(update, [*function_options(), UNSET_ENV]))
    group.command("deploy")(deploy_code)
    group.command("download")(download)
    group.command("wait")(wait)


# The root's function commands, each built when it runs.
COMMANDS: dict[str, Lazy] = {
    "deploy": lazy(deploy, function_options),
    "list": lazy(list_functions, _ordered),
    "get": lazy(get),
    "delete": lazy(delete),
    "runtimes": lazy(runtimes),
    "function": lazy_group("Functions: create, change, deploy, download.", _add_function_commands),
}
