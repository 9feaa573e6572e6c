"""`scw-functions`: deploy and manage Scaleway Serverless Functions from a terminal or CI.

Install with `pip install "scaleway-functions-client[cli]"`. Settings come from the same
places as `FunctionsClient` (SCW_* variables, then the Scaleway CLI config file); the
global options --output, --region, --profile and --api-url override them, before or after
the command.

Results go to stdout (tables, or JSON or YAML); progress, status lines and errors go to
stderr. Only this package imports typer and rich (the [cli] extra).
"""

from __future__ import annotations

import contextlib
import signal
import sys
from collections.abc import Collection
from typing import Annotated, Any, ClassVar

try:
    import typer
    from typer.core import TyperGroup
except ImportError as error:  # the [cli] extra is not installed: main() says so
    _MISSING: ImportError | None = error
else:
    _MISSING = None

__all__ = ["MASK", "build_app", "main"]

INSTALL_HINT = 'scw-functions needs typer and rich: pip install "scaleway-functions-client[cli]"'
# The global options: (names, takes a value).
_GLOBAL = {"--output": True, "-o": True, "--region": True, "--profile": True,
           "--api-url": True, "--debug": False}  # fmt: skip

if _MISSING is None:
    from ._shared import MASK, Lazy, Output, Settings, fail, lazy, on_sigterm, say, settings

    class _Root(TyperGroup):
        """The root command.

        Its commands are built when one runs or shows its help, not all at start-up: typer
        reads every signature and the spec's data to build one. Global options are accepted
        after the command too (`scw-functions list -o json`); they are moved before it, as
        click wants them.
        """

        lazy: ClassVar[dict[str, Lazy]] = {}

        def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
            hoisted = hoist_global_options(args, self._value_options(ctx, args))
            return super().parse_args(ctx, hoisted)

        def _value_options(self, ctx: Any, args: list[str]) -> set[str]:
            """The options that take a value, of the command `args` runs: what follows one
            of them is its value, even `--debug` or `-objects are fun`."""
            command: Any = self
            after_global = False
            for arg in args:
                if after_global or arg.startswith("-"):
                    after_global = not after_global and _GLOBAL.get(arg, False)
                    continue
                if arg == "--" or not hasattr(command, "list_commands"):
                    break
                command = command.get_command(ctx, arg)
                if command is None:
                    return set()
            if hasattr(command, "list_commands"):
                return set()
            return {
                name
                for param in command.params
                if param.param_type_name == "option"
                and not getattr(param, "is_flag", False)
                and not getattr(param, "count", False)
                for name in param.opts
            }

        def list_commands(self, ctx: Any) -> list[str]:
            return list(self.lazy)

        def get_command(self, ctx: Any, name: str) -> Any:
            if name not in self.lazy:
                return None
            if name not in self.commands:
                self.commands[name] = self.lazy[name][1]()
            return self.commands[name]

        def format_commands(self, ctx: Any, formatter: Any) -> None:
            with formatter.section("Commands"):
                formatter.write_dl(
                    [(name, help_text) for name, (help_text, _) in self.lazy.items()]
                )

    def global_options(
        ctx: typer.Context,
        output: Annotated[
            Output,
            typer.Option(
                "--output", "-o", help="table or wide for people, json or yaml for programs."
            ),
        ] = Output.TABLE,
        debug: Annotated[
            bool, typer.Option("--debug", help="Show tracebacks and log every request.")
        ] = False,
        region: Annotated[
            str | None,
            typer.Option(
                help="Region: fr-par, nl-ams or pl-waw (default: SCW_DEFAULT_REGION); "
                "all, for lists.",
            ),
        ] = None,
        profile: Annotated[
            str | None,
            typer.Option(help="Profile of the Scaleway CLI config (default: SCW_PROFILE)."),
        ] = None,
        api_url: Annotated[
            str | None, typer.Option(help="API URL, e.g. an emulator's (default: SCW_API_URL).")
        ] = None,
    ) -> None:
        """Deploy and manage Scaleway Serverless Functions.

        Credentials and defaults come from SCW_SECRET_KEY, SCW_DEFAULT_REGION,
        SCW_DEFAULT_PROJECT_ID, SCW_API_URL and SCW_PROFILE, then from the Scaleway CLI
        config file (~/.config/scw/config.yaml, or SCW_CONFIG_PATH). Global options go
        before or after the command: scw-functions list -o json.
        """
        ctx.obj = Settings(output, debug, region, profile, api_url)

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
        from ._shared import emit

        try:
            from scaleway_functions.testing import Emulator
        except ImportError:
            fail('the emulator needs its extra: pip install "scaleway-functions-client[emulator]"')
        try:
            server = Emulator(host=host, port=port)
        except OSError as error:
            fail(f"cannot listen on {host}:{port}: {error.strerror or error}")
        if settings(ctx).structured:
            emit(settings(ctx), {"url": server.url})
        else:
            typer.echo(f"Scaleway Functions emulator listening on {server.url}")
        say(f"use it with: SCW_API_URL={server.url} SCW_SECRET_KEY=<anything>; Ctrl-C stops it")
        try:
            with contextlib.suppress(KeyboardInterrupt):
                server.serve_forever()
        finally:
            server.stop()


def hoist_global_options(args: list[str], value_options: Collection[str] = ()) -> list[str]:
    """`args` with the global options found after the command moved to the front (up to a
    `--`, after which everything is an argument). The value of one of `value_options` (the
    command's options that take one) stays where it is, whatever it looks like."""
    front: list[str] = []
    rest: list[str] = []
    index = 0
    while index < len(args):
        arg = args[index]
        if arg == "--":
            rest += args[index:]
            break
        name = arg.split("=", 1)[0]
        if name in value_options and "=" not in arg:
            rest += args[index : index + 2]
            index += 2
        elif name in _GLOBAL:
            takes_value = _GLOBAL[name] and "=" not in arg
            front += args[index : index + 1 + takes_value]
            index += 1 + takes_value
        elif arg.startswith("-o") and not arg.startswith("--"):  # -ojson
            front.append(arg)
            index += 1
        else:
            rest.append(arg)
            index += 1
    return front + rest


def build_app() -> typer.Typer:
    """The `scw-functions` Typer application."""
    from . import _functions, _resources, _service

    commands = {**_functions.COMMANDS, **_service.COMMANDS, "emulator": lazy(emulator),
                **_resources.COMMANDS}  # fmt: skip
    app = typer.Typer(
        name="scw-functions",
        cls=type("Root", (_Root,), {"lazy": commands}),
        no_args_is_help=True,
        add_completion=False,
        rich_markup_mode=None,  # plain help: it answers at once, and reads the same piped
        pretty_exceptions_enable=False,  # --debug shows plain tracebacks, never locals
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    app.callback()(global_options)
    return app


def main() -> None:
    """The `scw-functions` console script."""
    if _MISSING is not None:
        print(INSTALL_HINT, file=sys.stderr)
        raise SystemExit(1)
    # `import httpx` also imports httpx's own command line (click, rich, pygments: a third
    # of this command's start-up) whenever they are installed, as they are here. This
    # process never runs it; httpx has a fallback for that import failing.
    sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
    signal.signal(signal.SIGTERM, on_sigterm)
    build_app()(prog_name="scw-functions")
