"""What every command shares: the global settings, output in four formats, one-line errors,
the client, and ids or names given on the command line.

Heavy imports (the client and httpx, rich, the models) wait until a command needs them, so
that `--help` and a command's usage errors answer at once.
"""

from __future__ import annotations

import contextlib
import enum
import inspect
import json
import logging
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, cast

import typer

if TYPE_CHECKING:
    from scaleway_functions import ClientConfig, Function, FunctionsClient, Namespace

ALL_REGIONS = "all"
MASK = "********"  # in JSON and YAML output, the value of a secret: a token, an SQS secret key
# Every id of the API is a UUID; anything else given for a function or a namespace is a name.
UUID = re.compile(r"[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")


class Output(str, enum.Enum):
    TABLE = "table"
    WIDE = "wide"
    JSON = "json"
    YAML = "yaml"


@dataclass(frozen=True)
class Settings:
    """The global options, shared by every command through the click context."""

    output: Output = Output.TABLE
    debug: bool = False
    region: str | None = None
    profile: str | None = None
    api_url: str | None = None

    @property
    def structured(self) -> bool:
        return self.output in (Output.JSON, Output.YAML)


def settings(ctx: typer.Context) -> Settings:
    return cast(Settings, ctx.find_root().obj or Settings())


# --- output ---------------------------------------------------------------------------------


# Control characters and the bidirectional overrides: from API data or an error message,
# an escape sequence could retitle or clear the terminal, or reorder what it shows.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """`text` with its control characters shown escaped (`\\x1b`), never interpreted."""
    return _UNPRINTABLE.sub(lambda match: repr(match.group())[1:-1], text)


def echo(message: str) -> None:
    """A result line on stdout, its control characters escaped."""
    typer.echo(printable(message))


def say(message: str) -> None:
    """A progress line on stderr; stdout keeps only results."""
    typer.echo(printable(message), err=True)


class Terminated(KeyboardInterrupt):
    """SIGTERM (what CI cancellation sends), handled like Ctrl-C: what was started is
    undone, temporary files are removed."""


def on_sigterm(signum: int, frame: object) -> None:
    raise Terminated


def stopped(stop: KeyboardInterrupt) -> tuple[str, int]:
    """How the command line reports a stop: its word and exit code (128 + the signal)."""
    return ("terminated", 143) if isinstance(stop, Terminated) else ("interrupted", 130)


def fail(message: str, code: int = 1) -> NoReturn:
    typer.echo(f"{typer.style('error:', fg='red', bold=True)} {printable(message)}", err=True)
    raise typer.Exit(code)


def emit(settings: Settings, data: Any) -> None:
    """JSON or YAML on stdout, for programs."""
    if settings.output is Output.YAML:
        import yaml

        typer.echo(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), nl=False)
    else:
        typer.echo(json.dumps(data, indent=2, ensure_ascii=False))


def _is_id(column: str) -> bool:
    return column == "id" or column.endswith((" id", "_id"))


def table(columns: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """Rows under their column names. Ids are never cut or wrapped, since ids are what users
    copy; other cells wrap, down to their header's width, when the terminal is narrow (the
    table is then wider than the terminal). Piped, lines are never wrapped."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    grid = Table()
    narrowest = 1
    for column in columns:
        header = column.replace("_", " ")
        width = 36 if _is_id(column) else min(len(header), 12)
        grid.add_column(header, no_wrap=_is_id(column), min_width=width)
        narrowest += width + 3  # the padding and the border of each column
    for row in rows:
        grid.add_row(*(Text(printable(cell)) for cell in row))
    console = Console(highlight=False)
    console.width = max(console.width, narrowest) if sys.stdout.isatty() else 100_000
    console.print(grid, crop=False)


def _parts(model: Any) -> Iterator[tuple[str, Any, bool]]:
    """(JSON key, value, is it a secret) for each field a model's to_dict() gives.

    Secrets are the spec's `x-secret` properties, which the model template keeps out of
    repr(); nested models (a trigger's source) come as models, to be walked in turn.
    """
    import attrs

    hidden = {field.name for field in attrs.fields(type(model)) if not field.repr}
    for key, value in model.to_dict().items():
        nested = getattr(model, key, None)
        yield key, nested if attrs.has(type(nested)) else value, key in hidden


def masked(model: Any) -> dict[str, Any]:
    """A model as JSON, its secrets' values (a token's, an SQS secret key) as MASK."""
    import attrs

    return {
        key: MASK if secret and value else masked(value) if attrs.has(type(value)) else value
        for key, value, secret in _parts(model)
    }


def fields(model: Any, prefix: str = "") -> dict[str, str]:
    """A model's fields for a table: nested models flattened, no secrets, none empty."""
    import attrs

    found: dict[str, str] = {}
    for key, value, secret in _parts(model):
        if attrs.has(type(value)):
            found.update(fields(value, f"{prefix}{key}."))
        elif not secret and value not in (None, "", {}, []):
            found[prefix + key] = _cell(value)
    return found


def _cell(value: Any) -> str:
    """A value in a table cell: a list of secrets as their keys only (their hashes are
    noise), other lists and objects as JSON."""
    if isinstance(value, list) and all(isinstance(item, dict) and "key" in item for item in value):
        return " ".join(str(item["key"]) for item in value)
    return json.dumps(value) if isinstance(value, (dict, list)) else str(value)


def show(settings: Settings, resource: Any, line: str | None = None) -> None:
    """A resource as masked JSON or YAML; else `line`, or a field/value table of its fields."""
    if settings.structured:
        emit(settings, masked(resource))
    elif line:
        echo(line)
    else:
        table(("field", "value"), list(fields(resource).items()))


def show_list(
    settings: Settings, kind: str, found: Sequence[tuple[str, Any]], columns: Sequence[str]
) -> None:
    """(region, item) pairs: masked JSON or YAML, or a table of `columns` (`wide`: every
    field of every item). With `--region all` the table starts with the region."""
    if settings.structured:
        emit(settings, [masked(item) for _, item in found])
        return
    if not found:
        say(f"no {kind}s")
        return
    rows = [{"region": region, **fields(item)} for region, item in found]
    if settings.output is Output.WIDE:
        columns = list(dict.fromkeys(key for row in rows for key in row if key != "region"))
    if settings.region == ALL_REGIONS:
        columns = ["region", *(column for column in columns if column != "region")]
    table(columns, [[row.get(column, "") for column in columns] for row in rows])


# --- errors and the client ------------------------------------------------------------------


def _status_kind(status: int) -> str:
    """An error's kind when the API gives no type (a 404 has none): not_found, ..."""
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase.lower().replace(" ", "_")
    except ValueError:
        return ""


def error_line(error: Exception, config: ClientConfig | None = None) -> str:
    """One line saying what went wrong, with the API's request id when there is one, and
    for a refused key where that key came from (`config`, when the client was made)."""
    from scaleway_functions import (
        APIStatusError,
        AuthenticationError,
        FunctionDeployError,
        WaitTimeoutError,
    )

    if isinstance(error, APIStatusError):
        kind = error.error_type or _status_kind(error.status_code or 0)
        details = error.arguments()
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


@contextlib.contextmanager
def client(settings: Settings, *, every_region: bool = False) -> Iterator[FunctionsClient]:
    """A client configured like FunctionsClient() plus the global options, in a region the
    spec lists; errors become one line on stderr and exit code 1 (a traceback with --debug,
    with requests logged), Ctrl-C exit code 130.

    `--region all` is for listings only: they pass `every_region=True` and give each call
    its region (`regions`).
    """
    from scaleway_functions import FunctionsClient, ScalewayError

    if settings.region == ALL_REGIONS and not every_region:
        fail("--region all works with list commands only: give one region")
    logger, handler = logging.getLogger("scaleway_functions"), logging.StreamHandler(sys.stderr)
    level = logger.level
    if settings.debug:
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)
    config: ClientConfig | None = None
    region = None if settings.region == ALL_REGIONS else settings.region
    try:
        with FunctionsClient(
            region=region, profile=settings.profile, api_url=settings.api_url
        ) as made:
            config = made.config
            _check_known_region(config)
            yield made
    except (ScalewayError, ValueError) as error:  # ValueError: an id or value the client refuses
        if settings.debug:
            raise
        fail(error_line(error, config))
    except KeyboardInterrupt as stop:
        fail(*stopped(stop))
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def regions(settings: Settings, made: FunctionsClient) -> list[str]:
    """The regions a listing covers: every one the spec lists with `--region all`."""
    from scaleway_functions_api.models import Region

    if settings.region == ALL_REGIONS:
        return [member.value for member in Region]
    return [made.config.region]


def _check_known_region(config: ClientConfig) -> None:
    """Refuse a region the spec does not list, before any request.

    The library lets a well-shaped unknown region through (the API may open one before this
    package knows it); on a command line it is far more likely a typo.
    """
    from scaleway_functions import ConfigurationError
    from scaleway_functions_api.models import Region

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


# --- ids, and names where ids are expected --------------------------------------------------


def an_id(kind: str, listing: str) -> Callable[[str | None], str | None]:
    """A callback refusing an id option or argument that is not a UUID (a usage error)."""

    def check(value: str | None) -> str | None:
        if value is not None and not UUID.fullmatch(value):
            raise typer.BadParameter(f"{value!r} is not an id: pass {kind} id ({listing})")
        return value

    return check


def _one(kind: str, name: str, found: list[Any], where: str, listing: str) -> Any:
    alive = [item for item in found if item.name == name and item.status != "deleting"]
    if not alive:
        fail(f"no {kind} named {name!r}{where}: pass an id or a {kind} name (`{listing}`)")
    if len(alive) > 1:
        candidates = "; ".join(f"{item.id} ({describe(item)})" for item in alive)
        fail(f"{len(alive)} {kind}s are named {name!r}{where}: pass one id: {candidates}")
    return alive[0]


def describe(item: Any) -> str:
    """Where an item lives, to tell same-named ones apart."""
    namespace = getattr(item, "namespace_id", None)
    return f"namespace {namespace}" if namespace else f"project {item.project_id}"


def find_namespace(made: FunctionsClient, value: str) -> Namespace:
    """The namespace with this id, or the only one with this exact name in the project."""
    if UUID.fullmatch(value):
        return made.get_namespace(value)
    found = list(made.iter_namespaces(name=value, project_id=made.config.project_id))
    return cast("Namespace", _one("namespace", value, found, "", "scw-functions namespace list"))


def find_function(made: FunctionsClient, value: str, namespace: str | None = None) -> Function:
    """The function with this id, or the only one with this exact name: in `namespace` (an
    id or a name) when given, else in any namespace of the project."""
    if UUID.fullmatch(value):
        return made.get_function(value)
    if namespace:
        spaces = [find_namespace(made, namespace).id]
        where = f" in namespace {namespace}"
    else:
        project = made.config.project_id
        spaces = [space.id for space in made.iter_namespaces(project_id=project)]
        where = ""
    found = [item for space in spaces for item in made.iter_functions(space, name=value)]
    return cast("Function", _one("function", value, found, where, "scw-functions list"))


def namespaces_named(made: FunctionsClient, name: str) -> list[Namespace]:
    """The project's namespaces named exactly `name`, oldest first (not those going away)."""
    found = made.iter_namespaces(name=name, project_id=made.config.project_id)
    return _oldest_first([space for space in found if space.name == name])


def functions_named(made: FunctionsClient, namespace_id: str, name: str) -> list[Function]:
    """The namespace's functions named exactly `name`, oldest first (not those going away)."""
    found = made.iter_functions(namespace_id, name=name)
    return _oldest_first([function for function in found if function.name == name])


def _oldest_first(found: list[Any]) -> list[Any]:
    alive = [item for item in found if item.status != "deleting"]
    return sorted(alive, key=lambda item: (item.created_at is None, item.created_at, item.id))


def refuse_duplicate(scope: str, kind: str, found: Sequence[Any]) -> None:
    """Refuse to create a second namespace or function of a name in its scope: names
    stand for ids on this command line, and two alike could no longer be told apart."""
    if found:
        fail(f"{scope} already has a {kind} named {found[0].name!r} ({found[0].id}): "
             f"`{kind} update` changes it; --allow-duplicate creates another")  # fmt: skip


AllowDuplicate = Annotated[
    bool,
    typer.Option("--allow-duplicate", help="Create it even if one of this name exists."),
]


def function_id(made: FunctionsClient, value: str, namespace: str | None = None) -> str:
    """An id as it is; a function name resolved (one request for an id saved)."""
    return value if UUID.fullmatch(value) else find_function(made, value, namespace).id


# --- the spec's rules, checked before anything is sent --------------------------------------

# A body field given by an option of another name.
_FLAGS = {
    "environment_variables": "--env",
    "secret_environment_variables": "--secret",
    "memory_limit": "--memory",
}


# The rules checked: a value's form and size. Enums are the API's to judge (it may know
# runtimes this spec does not), and the command line's choices already cover the others.
_RULES = {
    "pattern": "{flag} {shown}: {said}",
    "maxLength": "{flag}: {shown} is longer than {limit} characters",
    "minLength": "{flag}: {shown} is shorter than {limit} characters",
    "maximum": "{flag}: {shown} is above {limit}",
    "minimum": "{flag}: {shown} is below {limit}",
    "maxItems": "{flag}: more than {limit} are given",
    "maxProperties": "{flag}: more than {limit} are given",
}


def check_request(
    body_schema: str, body: dict[str, Any], flags: dict[str, str] | None = None
) -> None:
    """Refuse, as a usage error naming each option and rule, a request body that breaks a
    rule of the spec (its JSON Schema's patterns, lengths and bounds) before anything is
    sent. A pattern is told in the spec's words (`x-pattern-description`), never as a
    regex; a secret's value is never shown. `flags` names the option of a field where it
    is not `--field` (`_FLAGS`)."""
    import jsonschema

    from scaleway_functions_api.request_schemas import REQUEST_SCHEMAS

    sent = json.loads(json.dumps(
        {key: value for key, value in body.items() if value is not None},
        default=lambda value: value.to_dict() if hasattr(value, "to_dict") else str(value),
    ))  # fmt: skip
    validator = jsonschema.Draft202012Validator(REQUEST_SCHEMAS[body_schema])
    problems = sorted(
        _problem(error, {**_FLAGS, **(flags or {})})
        for error in validator.iter_errors(sent)
        if error.validator in _RULES
    )
    if len(problems) > 1:
        problems.insert(0, "these options break the API's rules:")
    if problems:
        raise typer.BadParameter("\n  ".join(problems))


def _problem(error: Any, flags: dict[str, str]) -> str:
    """One broken rule in plain words: the option, the value, the rule."""
    path = list(error.absolute_path)
    flag = flags.get(str(path[0]), "--" + str(path[0]).replace("_", "-")) if path else "body"
    shown = error.instance
    if error.schema.get("x-secret"):
        shown = "its value"
    elif isinstance(shown, str):
        shown = repr(printable(shown)[:80])
    return _RULES[error.validator].format(
        flag=flag,
        shown=shown,
        limit=error.validator_value,
        said=error.schema.get("x-pattern-description", "does not have the expected form"),
    )


# --- commands built on demand ----------------------------------------------------------------

# A command of the root, built only when it runs or shows its help: (short help, builder).
Lazy = tuple[str, Callable[[], Any]]


def lazy(function: Callable[..., None], options: Callable[[], list[Any]] | None = None) -> Lazy:
    """`function` as a root command built on demand, with `options()` added then."""

    def build() -> Any:
        command = with_options(function, options()) if options else function
        return build_group(command=command)

    return (inspect.getdoc(function) or "").split("\n")[0], build


def lazy_group(help_text: str, add: Callable[[typer.Typer], None]) -> Lazy:
    """A group of commands (`add` registers them) built on demand."""
    return help_text, lambda: build_group(help_text, add)


def build_group(
    help_text: str | None = None,
    add: Callable[[typer.Typer], None] | None = None,
    command: Callable[..., None] | None = None,
) -> Any:
    """A click command from one typer command function, or a group from `add`."""
    app = typer.Typer(
        help=help_text, no_args_is_help=True, rich_markup_mode=None, add_completion=False
    )
    if command is not None:
        app.command()(command)
    if add is not None:
        add(app)
    return typer.main.get_command(app)


# --- options built from data ----------------------------------------------------------------


def with_options(
    command: Callable[..., None], extra: Sequence[inspect.Parameter]
) -> Callable[..., None]:
    """`command` with more keyword-only options, which reach it in its `**options`.

    Typer reads a command's options from its signature; this is how one list of options
    serves several commands, and how list filters come from the spec's query parameters.
    """
    own = [
        parameter
        for parameter in inspect.signature(command, eval_str=True).parameters.values()
        if parameter.kind is not inspect.Parameter.VAR_KEYWORD
    ]

    def run(*args: Any, **kwargs: Any) -> None:
        command(*args, **kwargs)

    run.__name__, run.__doc__ = command.__name__, command.__doc__
    run.__signature__ = inspect.Signature([*own, *extra])  # type: ignore[attr-defined]
    run.__annotations__ = {parameter.name: parameter.annotation for parameter in [*own, *extra]}
    return run


def option(
    name: str, annotation: Any, choices: Sequence[str] | None = None, **info: Any
) -> inspect.Parameter:
    """A keyword-only option `--name` (underscores become dashes), None by default; with
    `choices`, a value outside them is a usage error that lists them."""
    if choices is not None:
        # An Enum is how typer makes a choice; the command still receives the plain value.
        make_enum: Any = enum.Enum  # a functional Enum: mypy wants a literal name
        choice = make_enum(name, [(value, value) for value in choices], type=str)
        annotation = choice | None
        info["callback"] = lambda value: None if value is None else value.value
    return inspect.Parameter(
        name,
        inspect.Parameter.KEYWORD_ONLY,
        default=None,
        annotation=Annotated[annotation, typer.Option(**info)],
    )


def spec_choices(schema: str) -> list[str]:
    """The values of one of the spec's enums, less its `unknown_*` placeholder."""
    from scaleway_functions_api import models

    return [member.value for member in getattr(models, schema) if "unknown" not in member.value]


def check_pairs(param: typer.CallbackParam, values: list[str] | None) -> list[str] | None:
    """Refuse a KEY=VALUE option without '=' or without a key: a usage error (exit 2)."""
    for value in values or []:
        key, equals, _ = value.partition("=")
        if not (key and equals):
            raise typer.BadParameter(f"expected KEY=VALUE, got {value!r}")
    return values


def read_secret(where: str, source: str) -> str:
    """A secret's value from where the command line says, never from the command line
    itself: `-` is standard input (one line, its newline dropped), anything else the
    environment variable of that name. `where` names the option in messages."""
    if source == "-":
        if sys.stdin.isatty():
            raise typer.BadParameter("type the value, then Ctrl-D", param_hint=where)
        return sys.stdin.readline().removesuffix("\n").removesuffix("\r")
    found = os.environ.get(source)
    if found is None:
        raise typer.BadParameter(
            f"no environment variable {source} to read the value from", param_hint=where
        )
    return found


def read_secret_file(where: str, path: str) -> str:
    """A secret's value from a file (one trailing newline dropped)."""
    try:
        return Path(path).read_text(encoding="utf-8").removesuffix("\n")
    except (OSError, UnicodeDecodeError) as exc:
        problem = getattr(exc, "strerror", None) or exc
        raise typer.BadParameter(f"cannot read {path}: {problem}", param_hint=where) from None


_VARIABLE = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")


def check_secrets(param: typer.CallbackParam, values: list[str] | None) -> list[str] | None:
    """--secret KEY (the value in the environment variable KEY) or KEY=- (standard input,
    for one secret); KEY=VALUE works too, but shows the value to `ps`."""
    for value in values or []:
        if not _VARIABLE.fullmatch(value.partition("=")[0]):  # `TOKEN:hunter2` is no name
            raise typer.BadParameter("expected KEY, KEY=- or KEY=VALUE (the value is not shown)")
    if sum(value.partition("=")[2] == "-" for value in values or []) > 1:
        raise typer.BadParameter("standard input can give one secret only")
    return values


def pairs(values: list[str] | None) -> dict[str, str] | None:
    """KEY=VALUE options as a mapping; None when none were given (nothing to change)."""
    if not values:
        return None
    return {key: value for key, _, value in (item.partition("=") for item in values)}


def secrets(
    values: list[str] | None, files: list[str] | None = None, deleted: list[str] | None = None
) -> list[Any] | None:
    """The secret options as the API's secrets, their values read from where they point
    (--secret KEY, KEY=-, KEY=VALUE; --secret-file KEY=PATH); --delete-secret KEY as a secret
    with no value, which the API deletes. None when none was given."""
    from scaleway_functions import Secret

    found: list[Any] = []
    for item in values or []:
        key, equals, value = item.partition("=")
        if not equals or value == "-":
            value = read_secret(f"--secret {key}", value or key)
        found.append(Secret(key=key, value=value))
    for item in files or []:
        key, _, path = item.partition("=")
        found.append(Secret(key=key, value=read_secret_file(f"--secret-file {key}", path)))
    found += [Secret(key=key, value=None) for key in deleted or []]
    return found or None


def secret_options(options: dict[str, Any]) -> list[Any] | None:
    """The secrets a command's options give (see `secrets`)."""
    return secrets(options["secret"], options["secret_file"], options["delete_secret"])


def without(
    variables: dict[str, str] | None, current: Any, unset: list[str] | None
) -> dict[str, str] | None:
    """The environment variables to send for --env and --unset-env: the ones given (or, with
    only --unset-env, the resource's `current` ones) less the unset keys; None when neither
    option was given (nothing to change)."""
    if not unset:
        return variables
    base = dict(variables if variables is not None else current.to_dict())
    return {key: value for key, value in base.items() if key not in unset}


UNSET_ENV = option(
    "unset_env",
    list[str] | None,
    metavar="KEY",
    help="Environment variable to remove (repeat it); the others are kept.",
)


def tags(values: list[str] | None) -> list[str] | None:
    """--tags, repeated or comma-separated; None when not given."""
    if values is None:
        return None
    return [tag.strip() for value in values for tag in value.split(",") if tag.strip()]


# The options every command setting environment variables, secrets or tags takes.
ENV_OPTIONS = [
    option(
        "env",
        list[str] | None,
        metavar="KEY=VALUE",
        callback=check_pairs,
        help="Environment variable (repeat it); given, they replace all of them.",
    ),
    option(
        "secret",
        list[str] | None,
        metavar="KEY",
        callback=check_secrets,
        help="Secret environment variable (repeat it); others are kept. Never printed. "
        "KEY takes the value of the environment variable KEY, KEY=- reads it from standard "
        "input (KEY=VALUE works, but shows it to `ps`).",
    ),
    option(
        "secret_file",
        list[str] | None,
        metavar="KEY=PATH",
        callback=check_pairs,
        help="Secret environment variable read from a file (repeat it).",
    ),
    option(
        "delete_secret",
        list[str] | None,
        metavar="KEY",
        help="Secret environment variable to delete (repeat it).",
    ),
    option(
        "tags",
        list[str] | None,
        metavar="TAG",
        help="Tag (repeat it, or separate with commas); given, they replace all of them.",
    ),
]
