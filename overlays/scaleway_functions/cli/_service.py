"""A service from one file on the command line: `plan` and `apply`, over the library's
`load_service`, `FunctionsClient.plan` and `FunctionsClient.apply`."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated

import typer

from scaleway_functions_api.behaviour import WAIT_POLICY

from ._shared import Lazy, client, echo, emit, fail, lazy, printable, say, settings, stopped

ServiceFile = Annotated[
    Path,
    typer.Option("--file", "-f", help="The service file.", dir_okay=False),
]
Only = Annotated[
    list[str] | None,
    typer.Option(metavar="NAME", help="Only these functions (repeat it, or comma-separated)."),
]
Prune = Annotated[
    bool,
    typer.Option("--prune", help="Also delete what the service created that the file no "
                 "longer lists (never what it did not create)."),
]  # fmt: skip


def _only(values: list[str] | None) -> list[str]:
    return [name.strip() for value in values or [] for name in value.split(",") if name.strip()]


def plan(
    ctx: typer.Context,
    file: ServiceFile = Path("scw-functions.yaml"),
    only: Only = None,
    prune: Prune = False,
) -> None:
    """Show what `apply` would change: each namespace and function to create, update (field
    by field; secrets as changed, never their values) or redeploy (old and new code sha256).
    Exits 0 when nothing would change, 2 when something would, 1 on an error."""
    from scaleway_functions import ConfigurationError, load_service

    try:
        service = load_service(file)
    except ConfigurationError as error:
        fail(str(error))
    with client(settings(ctx)) as made:
        planned = made.plan(service, only=_only(only), prune=prune)
    if settings(ctx).structured:
        emit(settings(ctx), planned.to_dict())
    else:
        for line in planned.lines():
            echo(line)
        if not planned.changed:
            echo(f"service {service.name}: nothing to change")
    raise typer.Exit(2 if planned.changed else 0)


def apply(
    ctx: typer.Context,
    file: ServiceFile = Path("scw-functions.yaml"),
    only: Only = None,
    prune: Prune = False,
    concurrency: Annotated[
        int, typer.Option(min=1, help="Functions created, uploaded, built at once.")
    ] = 8,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="Redeploy code whose digest is unchanged, and send "
            "again what plan cannot compare (SQS secret keys).",
        ),
    ] = False,
    wait_timeout: Annotated[
        float, typer.Option(metavar="S", min=0, help="Seconds to wait for each build.")
    ] = WAIT_POLICY["timeout"],
) -> None:
    """Make the API match the service file: create, update and redeploy what differs, code
    only where its sha256 changed. A failure stops nothing else; exits 1 if any failed.
    Ctrl-C (or SIGTERM) starts no new work and leaves builds already started going on."""
    from scaleway_functions import ConfigurationError, load_service

    try:
        service = load_service(file)
    except ConfigurationError as error:
        fail(str(error))
    with client(settings(ctx)) as made, _progress() as progress:
        try:
            outcomes = made.apply(
                service,
                only=_only(only),
                prune=prune,
                concurrency=concurrency,
                timeout=wait_timeout,
                force=force,
                on_progress=progress,
            )
        except KeyboardInterrupt as stop:
            word, code = stopped(stop)
            fail(f"{word}: no new work was started, builds already started go on; "
                 "`scw-functions apply` again converges", code=code)  # fmt: skip
    failed = [outcome for outcome in outcomes if outcome.error is not None]
    done = [o.change for o in outcomes if o.error is None and o.change.action != "none"]
    for change in done:
        echo(f"{change.action} {change.kind} {change.name}: done")
    for outcome in failed:
        echo(f"{outcome.change.action} {outcome.change.kind} {outcome.change.name}: "
             f"failed: {outcome.error}")  # fmt: skip
    if not done and not failed:
        echo(f"service {service.name}: nothing to change")
    if failed:
        fail(f"{len(failed)} of {len(outcomes)} failed; run apply again once fixed")


@contextlib.contextmanager
def _progress() -> Iterator[Callable[[str, str], None]]:
    """How apply's progress is shown: on a terminal, one live line per resource (creating,
    uploading, the build's message, ready), kept once done; piped, one plain line per step."""
    from rich.console import Console
    from rich.live import Live
    from rich.text import Text

    console = Console(stderr=True, highlight=False)
    if not console.is_terminal:
        yield lambda name, what: say(f"{name}: {what}")
        return
    lines: dict[str, str] = {}
    lock = threading.Lock()

    def render() -> Text:
        return Text("\n".join(printable(f"{name}: {what}") for name, what in lines.items()))

    with Live(render(), console=console, refresh_per_second=8) as live:

        def show(name: str, what: str) -> None:
            with lock:
                lines[name] = what
                live.update(render())

        yield show


COMMANDS: dict[str, Lazy] = {"plan": lazy(plan), "apply": lazy(apply)}
