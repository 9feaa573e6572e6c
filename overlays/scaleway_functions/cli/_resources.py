"""Namespaces, crons, domains, tokens and triggers: `list | get | create | update | delete |
wait` for each.

`list`, `get`, `delete` and `wait` are one generic command each, over the client's
`iter_<kind>s`, `get_<kind>`, `delete_<kind>` and `wait_for_<kind>`; a list's filters are
the query parameters the spec gives its operation. `create` and `update` take each kind's
own settings. A function or a namespace may be given by name wherever its id is expected.
"""

from __future__ import annotations

import contextlib
import datetime
import functools
import inspect
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from ._shared import (
    ENV_OPTIONS,
    UNSET_ENV,
    UUID,
    AllowDuplicate,
    Lazy,
    an_id,
    check_request,
    client,
    emit,
    fail,
    find_namespace,
    function_id,
    lazy_group,
    masked,
    namespaces_named,
    option,
    pairs,
    read_secret,
    read_secret_file,
    refuse_duplicate,
    regions,
    say,
    secret_options,
    settings,
    show,
    show_list,
    spec_choices,
    tags,
    with_options,
    without,
)

if TYPE_CHECKING:
    from scaleway_functions import FunctionsClient, Operation

# A day (taken as midnight UTC), or an RFC 3339 instant with its zone (Z or +01:00).
DATES = ["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%dT%H:%M:%S.%f%z"]

FunctionOption = Annotated[str, typer.Option("--function-id", help="ID or name of the function.")]


def _call(ctx: typer.Context, call: Callable[[FunctionsClient], Any]) -> Any:
    """call(client), with the global options and the usual handling of errors."""
    with client(settings(ctx)) as made:
        return call(made)


def _json_object(text: str) -> dict[str, Any]:
    with contextlib.suppress(ValueError):
        if isinstance(value := json.loads(text), dict):
            return value
    raise typer.BadParameter('expected a JSON object, e.g. {"key": "value"}')


def _one_of(ctx: typer.Context, function: str | None, namespace: str | None,
            required: bool = False) -> None:  # fmt: skip
    """--function-id or --namespace-id, not both (and one of them when `required`)."""
    given = bool(function) + bool(namespace)
    if given > 1 or (required and not given):
        message = "give one of them" + (", not both" if given else "")
        hint = "'--function-id' / '--namespace-id'"
        raise typer.BadParameter(message, ctx=ctx, param_hint=hint)


def _owner(made: FunctionsClient, filters: dict[str, Any]) -> dict[str, Any]:
    """Filters with a function's or a namespace's name replaced by its id."""
    resolved = dict(filters)
    if resolved.get("function_id"):
        resolved["function_id"] = function_id(made, resolved["function_id"])
    if resolved.get("namespace_id") and not UUID.fullmatch(resolved["namespace_id"]):
        resolved["namespace_id"] = find_namespace(made, resolved["namespace_id"]).id
    return resolved


# --- namespaces -----------------------------------------------------------------------------


def create_namespace(
    ctx: typer.Context,
    name: Annotated[str, typer.Option(help="Name of the namespace.")],
    description: Annotated[str | None, typer.Option(help="Description.")] = None,
    project_id: Annotated[
        str | None, typer.Option(help="Project (default: SCW_DEFAULT_PROJECT_ID).")
    ] = None,
    vpc: Annotated[
        bool,
        typer.Option("--activate-vpc-integration", help="Let its functions join Private Networks."),
    ] = False,
    allow_duplicate: AllowDuplicate = False,
    **options: Any,
) -> None:
    """Create a namespace: the functions in it share its variables and secrets."""
    body: dict[str, Any] = dict(
        name=name, description=description, project_id=project_id,
        activate_vpc_integration=vpc or None, environment_variables=pairs(options["env"]),
        secret_environment_variables=secret_options(options), tags=tags(options["tags"]),
    )  # fmt: skip
    check_request("CreateNamespaceRequest", body)
    if UUID.fullmatch(name):
        raise typer.BadParameter(f"{name!r} is shaped like an ID: choose another name",
                                 param_hint="'--name'")  # fmt: skip

    def create(c: FunctionsClient) -> Any:
        if not allow_duplicate:
            refuse_duplicate("the project", "namespace", namespaces_named(c, name))
        return c.create_namespace(**body)

    created = _call(ctx, create)
    show(settings(ctx), created)


def update_namespace(
    ctx: typer.Context,
    namespace: Annotated[str, typer.Argument(metavar="ID", help="ID or name of the namespace.")],
    description: Annotated[str | None, typer.Option(help="Description.")] = None,
    **options: Any,
) -> None:
    """Change a namespace's description, variables, secrets or tags."""
    changes: dict[str, Any] = dict(
        description=description, environment_variables=pairs(options["env"]),
        secret_environment_variables=secret_options(options), tags=tags(options["tags"]),
    )  # fmt: skip
    check_request("UpdateNamespaceRequest", changes)

    def update(c: FunctionsClient) -> Any:
        current = find_namespace(c, namespace)
        changes["environment_variables"] = without(
            changes["environment_variables"], current.environment_variables, options["unset_env"]
        )
        return c.update_namespace(current.id, **changes)

    show(settings(ctx), _call(ctx, update))


# --- crons and domains ----------------------------------------------------------------------

ArgsOption = Annotated[
    dict[str, Any] | None,
    typer.Option(metavar="JSON", parser=_json_object, help="JSON object sent on each call."),
]


def create_cron(
    ctx: typer.Context,
    function: FunctionOption,
    schedule: Annotated[str, typer.Option(help='UNIX cron format, e.g. "0 * * * *" (hourly).')],
    args: ArgsOption = None,
    name: Annotated[str | None, typer.Option(help="Name of the cron (default: generated).")] = None,
) -> None:
    """Call a function on a schedule, with --args as the request's body."""
    check_request("CreateCronRequest", {"schedule": schedule, "name": name})
    cron = _call(ctx, lambda c: c.create_cron(function_id=function_id(c, function),
                                              schedule=schedule, args=args, name=name))  # fmt: skip
    show(settings(ctx), cron)


def update_cron(
    ctx: typer.Context,
    cron_id: Annotated[
        str,
        typer.Argument(
            metavar="ID", callback=an_id("a cron", "`scw-functions cron list` shows them")
        ),
    ],
    schedule: Annotated[str | None, typer.Option(help="UNIX cron format.")] = None,
    args: ArgsOption = None,
    name: Annotated[str | None, typer.Option(help="Name of the cron.")] = None,
) -> None:
    """Change a cron's schedule, arguments or name."""
    check_request("UpdateCronRequest", {"schedule": schedule, "name": name})
    cron = _call(ctx, lambda c: c.update_cron(cron_id, schedule=schedule, args=args, name=name))
    show(settings(ctx), cron)


def create_domain(
    ctx: typer.Context,
    function: FunctionOption,
    hostname: Annotated[str, typer.Option(help="Hostname, e.g. api.example.com.")],
) -> None:
    """Bind a hostname (a CNAME to the function's domain) to a function; see `domain wait`."""
    domain = _call(ctx, lambda c: c.create_domain(function_id=function_id(c, function),
                                                  hostname=hostname))  # fmt: skip
    show(settings(ctx), domain)


# --- tokens ---------------------------------------------------------------------------------


def create_token(
    ctx: typer.Context,
    function: Annotated[
        str | None, typer.Option("--function-id", help="For this function (ID or name).")
    ] = None,
    namespace: Annotated[
        str | None, typer.Option("--namespace-id", help="For all its functions (ID or name).")
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
    `token` field with --output json or yaml. `list`, `get`, `delete` and `wait` never show
    it: tables leave it out, JSON and YAML keep the field with `********` as its value.
    """
    _one_of(ctx, function, namespace, required=True)
    if expires_at is not None and expires_at.tzinfo is None:  # a day: its start, in UTC
        expires_at = expires_at.replace(tzinfo=datetime.timezone.utc)
    current = settings(ctx)
    with client(current) as made:
        owner = _owner(made, {"function_id": function, "namespace_id": namespace})
        token = made.create_token(**owner, description=description, expires_at=expires_at)
    if current.structured:
        emit(current, {**masked(token), "token": token.token})
    else:
        say(f"token {token.id} created ({token.status}); its value, shown only now:")
        typer.echo(token.token)


# --- triggers -------------------------------------------------------------------------------

# A trigger's sources: their config model, and the field each of their options fills.
_MNQ = {"mnq_project_id": "mnq_project_id", "mnq_region": "mnq_region"}
_SOURCES: dict[str, tuple[str, dict[str, str]]] = {
    "scw_sqs_config": ("CreateTriggerMnqSqsConfig", {"sqs_queue": "queue", **_MNQ}),
    "scw_nats_config": ("CreateTriggerMnqNatsConfig", {
        "nats_subject": "subject", **_MNQ, "nats_account_id": "mnq_nats_account_id"}),
    "sqs_config": ("CreateTriggerSqsConfig", {
        f"sqs_{field}": field for field in ("endpoint", "queue_url", "access_key", "secret_key")}),
}  # fmt: skip
_OPTIONS = {option for _, fields in _SOURCES.values() for option in fields}


def _stdin_secret(value: str | None) -> str | None:
    return read_secret("--sqs-secret-key", "-") if value == "-" else value


SqsSecretKey = Annotated[
    str | None,
    typer.Option(
        callback=_stdin_secret,
        help="Other SQS: secret key; - reads it from standard input (a value shows to `ps`).",
    ),
]
SqsSecretKeyFile = Annotated[
    str | None, typer.Option(metavar="PATH", help="Other SQS: secret key, read from a file.")
]


def _bad(ctx: typer.Context, message: str, options: list[str]) -> NoReturn:
    hint = " / ".join(f"'--{option.replace('_', '-')}'" for option in options)
    raise typer.BadParameter(message, ctx=ctx, param_hint=hint)


def create_trigger(
    ctx: typer.Context,
    function: Annotated[
        str, typer.Option("--function-id", help="ID or name of the function called per message.")
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
    sqs_secret_key: SqsSecretKey = None,
    sqs_secret_key_file: SqsSecretKeyFile = None,
) -> None:
    """Call a function for each message of a queue or subject: give exactly one source.

    Scaleway SQS: --sqs-queue --mnq-project-id --mnq-region. Scaleway NATS: --nats-subject
    --nats-account-id --mnq-project-id --mnq-region. Another SQS service: --sqs-endpoint
    --sqs-queue-url --sqs-access-key --sqs-secret-key (never shown; `********` in JSON).
    """
    import scaleway_functions_api.models as models

    params = dict(ctx.params)
    if sqs_secret_key_file:
        params["sqs_secret_key"] = read_secret_file("--sqs-secret-key-file", sqs_secret_key_file)
    given = {key: value for key, value in params.items() if key in _OPTIONS and value}
    markers = {key: fields.keys() - _MNQ.keys() for key, (_, fields) in _SOURCES.items()}
    chosen = [key for key, options in markers.items() if options & given.keys()]
    if len(chosen) != 1:
        _bad(ctx, "give exactly one source", ["sqs_queue", "nats_subject", "sqs_endpoint"])
    model, fields = _SOURCES[chosen[0]]
    if missing := [option for option in fields if option not in given]:
        _bad(ctx, "missing for this source", missing)
    if stray := [option for option in given if option not in fields]:
        _bad(ctx, "not for this source", stray)
    config = getattr(models, model)(**{fields[option]: value for option, value in given.items()})
    trigger = _call(ctx, lambda c: c.create_trigger(
        function_id=function_id(c, function), name=name, description=description,
        **{chosen[0]: config},
    ))  # fmt: skip
    show(settings(ctx), trigger)


def update_trigger(
    ctx: typer.Context,
    trigger_id: Annotated[
        str,
        typer.Argument(
            metavar="ID", callback=an_id("a trigger", "`scw-functions trigger list` shows them")
        ),
    ],
    name: Annotated[str | None, typer.Option(help="Name of the trigger.")] = None,
    description: Annotated[str | None, typer.Option(help="Description.")] = None,
    sqs_access_key: Annotated[str | None, typer.Option(help="Other SQS: access key.")] = None,
    sqs_secret_key: SqsSecretKey = None,
    sqs_secret_key_file: SqsSecretKeyFile = None,
) -> None:
    """Change a trigger's name or description, or another SQS service's credentials."""
    from scaleway_functions import UpdateTriggerSqsConfig

    if sqs_secret_key_file:
        sqs_secret_key = read_secret_file("--sqs-secret-key-file", sqs_secret_key_file)
    given = {"access_key": sqs_access_key, "secret_key": sqs_secret_key}
    keys: dict[str, Any] = {key: value for key, value in given.items() if value is not None}
    if not keys and name is None and description is None:
        fail("nothing to change: give an option (`--help` lists them)", code=2)
    sqs = UpdateTriggerSqsConfig(**keys) if keys else None
    trigger = _call(
        ctx,
        lambda c: c.update_trigger(trigger_id, name=name, description=description, sqs_config=sqs),
    )
    show(settings(ctx), trigger)


# --- the generic commands -------------------------------------------------------------------


@dataclass(frozen=True)
class Kind:
    """One kind of resource on the command line."""

    name: str
    help: str
    columns: tuple[str, ...]
    """What `list` shows (`-o wide`: every field)."""
    create: Callable[..., None]
    update: Callable[..., None] | None = None
    extra: tuple[inspect.Parameter, ...] = ()
    """Options of its create and update commands."""
    update_only: tuple[inspect.Parameter, ...] = ()
    """Options `create` and `update` share (a namespace's variables, secrets and tags)."""


KINDS = (
    Kind("namespace", "Namespaces: the functions in one share variables and secrets.",
         ("id", "name", "status", "region", "description"), create_namespace, update_namespace,
         tuple(ENV_OPTIONS), (UNSET_ENV,)),
    Kind("cron", "Call functions on a schedule.",
         ("id", "name", "status", "function_id", "schedule"), create_cron, update_cron),
    Kind("domain", "Bind hostnames to functions.",
         ("id", "hostname", "status", "function_id", "url", "error_message"), create_domain),
    Kind("token", "Tokens to call private functions.",
         ("id", "status", "function_id", "namespace_id", "description", "expires_at"),
         create_token),
    Kind("trigger", "Call functions for the messages of a queue or subject.",
         ("id", "name", "status", "function_id", "input_type", "error_message"),
         create_trigger, update_trigger),
)  # fmt: skip


def _operation(kind: Kind) -> Operation[Any]:
    from scaleway_functions_api.operations import OPERATIONS

    return OPERATIONS[f"list{kind.name.title()}s"]


def _filters(kind: Kind) -> list[inspect.Parameter]:
    """A list command's options: its operation's query parameters in the spec, less paging."""
    options = []
    for query in _operation(kind).query:
        if query.name in ("page", "page_size"):
            continue
        info: dict[str, Any] = {"help": query.description}
        if query.name in ("function_id", "namespace_id"):
            info["help"] += " An ID or a name."
        if query.name == "order_by" and query.schema:
            info["choices"] = spec_choices(query.schema)
        parameter = option(query.name, str | None, **info)
        if query.required:
            parameter = parameter.replace(default=inspect.Parameter.empty)
        options.append(parameter)
    return options


def _add_commands(kind: Kind, group: typer.Typer) -> None:
    """The commands of one kind of resource."""
    name = kind.name
    if name == "namespace":
        help_text, check = "ID or name of the namespace.", None
    else:
        listing = f"`scw-functions {name} list` shows them"
        help_text, check = f"ID of the {name}.", an_id(f"a {name}", listing)
    Ref = Annotated[str, typer.Argument(metavar="ID", help=help_text, callback=check)]

    def item_id(made: FunctionsClient, value: str) -> str:
        return find_namespace(made, value).id if name == "namespace" else value

    def list_items(ctx: typer.Context, **filters: Any) -> None:
        for group_names in _operation(kind).one_of:  # the spec's x-one-of: at most one of them
            if sum(bool(filters.get(key)) for key in group_names) > 1:
                hint = " / ".join(f"'--{key.replace('_', '-')}'" for key in group_names)
                raise typer.BadParameter("give at most one of them", ctx=ctx, param_hint=hint)
        current = settings(ctx)
        with client(current, every_region=True) as made:
            resolved = _owner(made, filters)
            found = [
                (region, item)
                for region in regions(current, made)
                for item in getattr(made, f"iter_{name}s")(**resolved, region=region)
            ]
        show_list(current, name, found, kind.columns)

    def get(ctx: typer.Context, item: Ref) -> None:
        show(settings(ctx), _call(ctx, lambda c: getattr(c, f"get_{name}")(item_id(c, item))))

    def delete(ctx: typer.Context, item: Ref) -> None:
        gone = _call(ctx, lambda c: getattr(c, f"delete_{name}")(item_id(c, item)))
        show(settings(ctx), gone, f"{name} {gone.id} is {gone.status}")

    def wait(
        ctx: typer.Context,
        item: Ref,
        wait_timeout: Annotated[
            float, typer.Option(metavar="S", min=0, help="Seconds to wait.")
        ] = 300,
    ) -> None:
        def progress(found: Any) -> None:  # on each change; a failure's message ends the wait
            say(f"{name} {found.id} {found.status}")

        ready = _call(ctx, lambda c: getattr(c, f"wait_for_{name}")(
            item_id(c, item), timeout=wait_timeout, on_progress=progress))  # fmt: skip
        show(settings(ctx), ready)

    for command in (get, delete, wait):  # a local alias: give the object, not its name
        command.__annotations__["item"] = Ref
    shown = ", ".join(column.replace("_", " ") for column in kind.columns)
    list_items.__doc__ = f"List {name}s: {shown} (`-o wide`: every field)."
    group.command("list")(with_options(list_items, _filters(kind)))
    group.command("get", help=f"Show one {name}.")(get)
    group.command("create")(with_options(kind.create, kind.extra))
    if kind.update:
        group.command("update")(with_options(kind.update, (*kind.extra, *kind.update_only)))
    group.command("delete", help=f"Delete a {name} (it goes `deleting`, then disappears).")(delete)
    group.command("wait", help=f"Wait until a {name} is ready; exits 1 if it fails.")(wait)


# The root's resource groups, each built when it runs.
COMMANDS: dict[str, Lazy] = {
    kind.name: lazy_group(kind.help, functools.partial(_add_commands, kind)) for kind in KINDS
}
