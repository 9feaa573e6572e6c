"""Plan and apply a service file (`_service_file.Service`) over the public client API.

`plan` compares the file with what the API holds and says what `apply` would change, field
by field; `apply` converges the API to the file.

What the file owns is tagged: `scw-functions:service=NAME` on every namespace and function
`apply` creates, and `scw-functions:sha256=HEX`, the digest of the deterministic archive a
function was last built from, set once its build succeeded. An unchanged digest means no
upload and no deploy, from any machine; a function without one is deployed once.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from attrs import evolve, frozen

from scaleway_functions_api.behaviour import WAIT_POLICY

from . import ScalewayError
from ._service_file import FunctionSpec, NamespaceSpec, Service

if TYPE_CHECKING:
    from . import FunctionsClient

__all__ = [
    "DIGEST_TAG",
    "Change",
    "Outcome",
    "Plan",
    "apply",
    "plan",
]

DIGEST_TAG = "scw-functions:sha256="
"""The tag holding the sha256 of the archive a function was last built from."""


@frozen
class Change:
    """What `apply` does to one namespace, function, cron, trigger or domain."""

    kind: str
    """`namespace`, `function`, `cron`, `trigger` or `domain`."""
    name: str
    """The namespace's name, `namespace/function`, or `namespace/function/cron-or-host`."""
    action: str
    """`create`, `update` (settings), `redeploy` (code, and settings if any), `replace` (a
    trigger whose source changed: deleted, then made again), `delete` (with `prune`: tagged
    with the service, no longer in the file) or `none`."""
    fields: Mapping[str, tuple[Any, Any]] = {}
    """Each setting that changes: (current, wanted)."""
    secrets: Mapping[str, str] = {}
    """Each secret that changes: `added` or `changed` (values are never shown)."""
    code: tuple[str | None, str] | None = None
    """(sha256 deployed, sha256 to deploy) when the code changes."""
    resource_id: str | None = None
    unverified: tuple[str, ...] = ()
    """Settings the file gives that the API never returns, so `plan` cannot compare them (an
    external SQS queue's `sqs_config.secret_key`): `apply` sends them only with `force`."""


@frozen
class Plan:
    """What `apply` would do: a change (maybe `none`) for each resource of the file."""

    service: Service
    changes: tuple[Change, ...]

    @property
    def changed(self) -> bool:
        return any(change.action != "none" for change in self.changes)

    def lines(self) -> Iterator[str]:
        """The plan for people: what changes, field by field; secrets as `added`,
        `changed` or `removed`, never their values; and what it cannot compare."""
        for change in self.changes:
            for key in change.unverified:
                yield (f"cannot compare {change.kind} {change.name}: {key} (the API never "
                       "returns it; apply --force sends it)")  # fmt: skip
            if change.action == "none":
                continue
            yield f"{change.action} {change.kind} {change.name}"
            for key, (current, wanted) in change.fields.items():
                yield f"    {key}: {current!r} -> {wanted!r}"
            for key, what in change.secrets.items():
                yield f"    secret {key}: {what}"
            if change.code:
                yield f"    code: sha256 {change.code[0] or '(none recorded)'} -> {change.code[1]}"

    def to_dict(self) -> dict[str, Any]:
        """The plan as JSON data, for programs."""
        return {
            "service": self.service.name,
            "changed": self.changed,
            "changes": [
                {
                    "kind": change.kind,
                    "name": change.name,
                    "action": change.action,
                    "id": change.resource_id,
                    "fields": {key: {"current": current, "wanted": wanted}
                               for key, (current, wanted) in change.fields.items()},
                    "secrets": dict(change.secrets),
                    "code": None if change.code is None
                    else {"current": change.code[0], "wanted": change.code[1]},
                    "unverified": list(change.unverified),
                }
                for change in self.changes
            ],
        }  # fmt: skip


# --- comparing --------------------------------------------------------------------------


def _same(key: str, current: Any, wanted: Any) -> bool:
    if key == "timeout" and current is not None and wanted is not None:
        return math.isclose(float(str(current)[:-1]), float(str(wanted)[:-1]))
    return bool(current == wanted)


def _field_changes(current: Mapping[str, Any], wanted: Mapping[str, Any]) -> dict[str, Any]:
    return {
        key: (current.get(key), value)
        for key, value in wanted.items()
        if key != "tags" and not _same(key, current.get(key), value)
    }


def _tags(wanted: Mapping[str, Any], service: Service, digest: str | None) -> list[str]:
    """The tags a resource should carry: the file's, the service's, the code's digest."""
    own = [tag for tag in wanted.get("tags") or [] if not tag.startswith("scw-functions:")]
    return [*own, service.tag, *([DIGEST_TAG + digest] if digest else [])]


def _digest(tags: list[str] | None) -> str | None:
    found = [tag[len(DIGEST_TAG) :] for tag in tags or [] if tag.startswith(DIGEST_TAG)]
    return found[0] if found else None


def _secret_changes(current: Any, wanted: Mapping[str, str], only_these: bool) -> dict[str, str]:
    """The secrets whose value differs from the argon2 hash the API holds (or that are new).
    Secrets in the API but not in the file are left alone, unless the file's secrets are to
    be `only_these` (a serverless.yml's: the plugin removes the others)."""
    from argon2 import PasswordHasher
    from argon2.exceptions import InvalidHashError, VerificationError

    hashes = {item.key: item.hashed_value for item in current or []}
    verifier = PasswordHasher()
    changes = {}
    for key, value in wanted.items():
        if key not in hashes:
            changes[key] = "added"
            continue
        try:
            verifier.verify(hashes[key], value)
        except (VerificationError, InvalidHashError):
            changes[key] = "changed"
    if only_these:
        changes.update({key: "removed" for key in hashes if key not in wanted})
    return changes


def plan(
    client: FunctionsClient,
    service: Service,
    *,
    only: Collection[str] = (),
    prune: bool = False,
    concurrency: int = 8,
) -> Plan:
    """What `apply` would change: each namespace, function, cron and domain of the file
    against the API's (found by name in the client's project and region), field by field.

    `only` (function names, or `namespace/function`) plans just those functions and what
    they need; `prune` adds the deletion of what is tagged with the service but no longer in
    the file, and of the crons and domains of the file's functions that it does not list.
    """
    if only and prune:
        raise ValueError("prune and only do not go together: prune needs the whole file")
    _check_where(client, service)
    known = {
        f"{space.name}/{spec.name}" for space in service.namespaces for spec in space.functions
    }
    names = {spec.name for space in service.namespaces for spec in space.functions}
    unknown = sorted(set(only) - known - names)
    if unknown:
        raise ValueError(f"not functions of the service file: {', '.join(unknown)}")
    changes: list[Change] = []
    tasks: list[Callable[[], list[Change]]] = []
    project = client.config.project_id
    listed = list(client.iter_namespaces(project_id=project))
    alive = [space for space in listed if space.status != "deleting"]
    for space in service.namespaces:
        chosen = [spec for spec in space.functions if not only
                  or spec.name in only or f"{space.name}/{spec.name}" in only]  # fmt: skip
        if only and not chosen:
            continue
        found = [item for item in alive if item.name == space.name]
        if not found:
            changes.append(Change("namespace", space.name, "create"))
            tasks += [
                _function_changes(client, service, space, spec, None, prune) for spec in chosen
            ]
            continue
        current = found[0]
        change = _namespace_change(service, space, current)
        changes.append(
            evolve(change, action="none") if only and change.action == "update" else change
        )
        existing = {}
        for item in client.iter_functions(current.id):
            if item.status == "deleting":
                continue
            if item.name not in {spec.name for spec in space.functions}:
                if prune and service.tag in (item.tags or []):
                    changes.append(Change("function", f"{space.name}/{item.name}", "delete",
                                          resource_id=item.id))  # fmt: skip
                continue
            existing[item.name] = item
        tasks += [
            _function_changes(client, service, space, spec, existing.get(spec.name), prune)
            for spec in chosen
        ]
    if prune:
        wanted = {space.name for space in service.namespaces}
        changes += [
            Change("namespace", item.name, "delete", resource_id=item.id)
            for item in alive
            if item.name not in wanted and service.tag in (item.tags or [])
        ]
    # Listing each function's crons, domains and triggers, packing and argon2 checks take
    # time: up to `concurrency` functions at once.
    with ThreadPoolExecutor(concurrency) as pool:
        for found_changes in pool.map(lambda task: task(), tasks):
            changes += found_changes
    return Plan(service, tuple(changes))


def _namespace_change(service: Service, space: NamespaceSpec, current: Any) -> Change:
    fields = _field_changes(current.to_dict(), space.settings)
    fields.pop("activate_vpc_integration", None)  # not changeable after creation
    tags = _tags(space.settings, service, None)
    if set(tags) != set(current.tags or []):
        fields["tags"] = (current.tags, tags)
    secrets = _secret_changes(
        current.secret_environment_variables, space.secrets, space.only_these_secrets
    )
    action = "update" if fields or secrets else "none"
    return Change("namespace", space.name, action, fields, secrets, resource_id=current.id)


Children = tuple[list[Any], list[Any], list[Any]]
"""A function's crons, domains and triggers, as the API has them."""


def _children(client: FunctionsClient, function_id: str) -> Children:
    def alive(found: Iterable[Any]) -> list[Any]:
        return [item for item in found if item.status != "deleting"]

    return (
        alive(client.iter_crons(function_id)),
        alive(client.iter_domains(function_id)),
        alive(client.iter_triggers(function_id=function_id)),
    )


def _function_changes(
    client: FunctionsClient,
    service: Service,
    space: NamespaceSpec,
    spec: FunctionSpec,
    current: Any,
    prune: bool,
) -> Callable[[], list[Change]]:
    """A task giving the function's change, then its crons', triggers' and domains'. A
    function whose last build failed (`error`) is redeployed even if nothing else changed,
    so that `apply` again converges after a failure the file is not the cause of."""

    def changes() -> list[Change]:
        from . import pack

        name = f"{space.name}/{spec.name}"
        children = _children(client, current.id) if current is not None else ([], [], [])
        with pack(spec.code, exclude=spec.exclude) as archive:
            digest = archive.sha256
        if current is None:
            function = Change("function", name, "create", code=(None, digest))
        else:
            fields = _field_changes(current.to_dict(), spec.settings)
            deployed = _digest(current.tags)
            tags = _tags(spec.settings, service, deployed)
            if set(tags) != set(current.tags or []):
                fields["tags"] = (current.tags, tags)
            secrets = _secret_changes(
                current.secret_environment_variables, spec.secrets, spec.only_these_secrets
            )
            code = (deployed, digest) if deployed != digest else None
            action = "redeploy" if code else ("update" if fields or secrets else "none")
            if str(current.status) == "error" and action != "redeploy":
                fields["status"] = (str(current.status), "ready")
                action = "redeploy"
            function = Change("function", name, action, fields, secrets, code, current.id)
        return [function, *_child_changes(name, spec, children, prune)]

    return changes


def _check_where(client: FunctionsClient, service: Service) -> None:
    """Refuse a service file that names a region or project other than the client's:
    serverless deploy would go there (unless told otherwise on its command line or by
    SCW_REGION / SCW_DEFAULT_PROJECT_ID); planning elsewhere would be silently wrong."""
    from . import ConfigurationError

    config = client.config
    for what, wanted, current, hint in (
        ("region", service.region, str(config.region), f"--region {service.region}"),
        ("project", service.project_id, config.project_id,
         f"SCW_DEFAULT_PROJECT_ID={service.project_id}"),
    ):  # fmt: skip
        if wanted is not None and str(wanted) != current:
            raise ConfigurationError(
                f"service {service.name} deploys to {what} {wanted}, the client to "
                f"{current or 'none'}: use {hint}"
            )


def _child_changes(name: str, spec: FunctionSpec, children: Children, prune: bool) -> list[Change]:
    """Crons by name and domains by hostname: created, updated field by field, kept when
    equal (never deleted and made again), deleted with `prune` when the file drops them."""
    crons = {item.name: item for item in children[0]}
    hosts = {item.hostname: item for item in children[1]}
    triggers = {item.name: item for item in children[2]}
    found: list[Change] = []
    for cron_name, wanted in spec.crons.items():
        current = crons.pop(cron_name, None) or _same_cron(crons, wanted, spec.crons)
        if current is None:
            found.append(Change("cron", f"{name}/{cron_name}", "create"))
            continue
        fields = _field_changes(current.to_dict(), wanted)
        if current.name != cron_name:
            fields["name"] = (current.name, cron_name)
        action = "update" if fields else "none"
        found.append(Change("cron", f"{name}/{cron_name}", action, fields,
                            resource_id=current.id))  # fmt: skip
    for trigger_name, wanted in spec.triggers.items():
        current = triggers.pop(trigger_name, None)
        where = f"{name}/{trigger_name}"
        if current is None:
            found.append(Change("trigger", where, "create"))
            continue
        shown = current.to_dict()
        sources = ("scw_sqs_config", "scw_nats_config", "sqs_config")
        fields = _field_changes(shown, {k: v for k, v in wanted.items() if k not in sources})
        moved = {key: (_public_source(shown.get(key)), _public_source(wanted.get(key)))
                 for key in sources
                 if _source_moved(shown.get(key), wanted.get(key))}  # fmt: skip
        if not moved:
            fields.update(_credential_changes(shown.get("sqs_config"), wanted.get("sqs_config")))
        action = "replace" if moved else ("update" if fields else "none")
        unverified = ("sqs_config.secret_key",) if not moved and _sqs(wanted) else ()
        found.append(Change("trigger", where, action, {**fields, **moved},
                            resource_id=current.id, unverified=unverified))  # fmt: skip
    for host in spec.domains:
        current = hosts.pop(host, None)
        action, resource_id = ("none", current.id) if current else ("create", None)
        found.append(Change("domain", f"{name}/{host}", action, resource_id=resource_id))
    if prune:
        found += [Change("cron", f"{name}/{item.name}", "delete", resource_id=item.id)
                  for item in crons.values()]  # fmt: skip
        found += [Change("domain", f"{name}/{item.hostname}", "delete", resource_id=item.id)
                  for item in hosts.values()]  # fmt: skip
        found += [Change("trigger", f"{name}/{item.name}", "delete", resource_id=item.id)
                  for item in triggers.values()]  # fmt: skip
    return found


def _same_cron(crons: dict[str, Any], wanted: Mapping[str, Any], named: Mapping[str, Any]) -> Any:
    """A cron the file does not name that already runs what `wanted` asks (same schedule,
    same args), taken out of `crons`: it is renamed, not doubled. Crons made by
    `serverless deploy` carry names the API chose, so a service switching from it keeps
    them (and its functions are not called twice on schedule)."""
    for cron_name, item in crons.items():
        if cron_name not in named and not _field_changes(item.to_dict(), {"args": {}, **wanted}):
            return crons.pop(cron_name)
    return None


# An external SQS queue's credentials: changed in place (UpdateTriggerSqsConfig), not by
# making the trigger again. The API never returns the secret key, so it is never compared.
_CREDENTIALS = ("access_key", "secret_key")


def _sqs(wanted: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """The external SQS queue a trigger of the file reads, if that is its source."""
    config = wanted.get("sqs_config")
    return config if isinstance(config, Mapping) else None


def _credential_changes(current: Any, wanted: Any) -> dict[str, Any]:
    """The SQS access key, when the file gives another one than the API holds."""
    if not isinstance(current, Mapping) or not isinstance(wanted, Mapping):
        return {}
    if current.get("access_key") == wanted.get("access_key"):
        return {}
    return {"sqs_config.access_key": (current.get("access_key"), wanted.get("access_key"))}


def _source_moved(current: Any, wanted: Any) -> bool:
    """Whether a trigger reads from elsewhere than the file says: a key the file gives has
    another value (keys the API adds, such as a credential's id, are not the file's; an SQS
    queue's credentials change in place)."""
    if not wanted or not current:
        return bool(wanted) != bool(current)
    return any(
        current.get(key) != value
        for key, value in _public_source(wanted).items()
        if key not in _CREDENTIALS
    )


def _public_source(config: Any) -> Any:
    """A trigger's source without its secret key, which is never shown nor compared."""
    if not isinstance(config, Mapping):
        return config
    return {key: value for key, value in config.items() if key != "secret_key"}


# --- applying ---------------------------------------------------------------------------


@frozen
class Outcome:
    """What `apply` did to one resource: `error` is None when it was applied."""

    change: Change
    error: ScalewayError | None = None


class _Stopped(Exception):
    """apply was interrupted: this function's work ends here (a build started goes on)."""


def apply(
    client: FunctionsClient,
    service: Service,
    *,
    only: Collection[str] = (),
    prune: bool = False,
    concurrency: int = 8,
    timeout: float = WAIT_POLICY["timeout"],
    force: bool = False,
    on_progress: Callable[[str, str], None] | None = None,
) -> list[Outcome]:
    """Converge the API to the file (see `plan` for `only` and `prune`): namespaces first,
    then functions with their crons and domains, up to `concurrency` functions at once,
    then what `prune` deletes. A failure stops nothing else in flight; each outcome says
    what happened. `force` redeploys code whose digest is unchanged and sends
    the settings `plan` cannot compare (`Change.unverified`) again."""
    say = on_progress or (lambda name, what: None)
    planned = plan(client, service, only=only, prune=prune, concurrency=concurrency)
    outcomes: list[Outcome] = []
    spaces: dict[str, str] = {}
    by_name = {space.name: space for space in service.namespaces}
    for change in planned.changes:
        if change.kind == "namespace" and change.action != "delete":
            try:
                spaces[change.name] = _apply_namespace(
                    client, service, by_name[change.name], change, timeout, say
                )
            except ScalewayError as error:
                say(change.name, f"failed: {error}")
                outcomes.append(Outcome(change, error))
                outcomes += _not_applied(planned, change.name, error)
            else:
                outcomes.append(Outcome(change))

    stopping = threading.Event()

    def run(change: Change) -> list[Outcome]:
        if stopping.is_set():
            return []
        space_name, function_name = change.name.split("/")
        spec = next(f for f in by_name[space_name].functions if f.name == function_name)
        if force and change.action in ("none", "update"):
            change = evolve(change, action="redeploy")
        try:
            function_id = _apply_function(
                client, service, spaces[space_name], spec, change, timeout, say, stopping
            )
        except _Stopped:
            say(change.name, "interrupted: a build started goes on")
            return []
        except ScalewayError as error:
            say(change.name, f"failed: {error}")
            return [Outcome(change, error)]
        done = [Outcome(change)]
        for child in planned.changes:
            if child.kind != "function" and child.name.startswith(change.name + "/"):
                if force and child.unverified and child.action == "none":
                    child = evolve(child, action="update")
                try:
                    _apply_child(client, spec, function_id, child, say, resend=force)
                except ScalewayError as error:
                    say(child.name, f"failed: {error}")
                    done.append(Outcome(child, error))
                else:
                    done.append(Outcome(child))
        return done

    functions = [change for change in planned.changes
                 if change.kind == "function" and change.action != "delete"
                 and change.name.split("/")[0] in spaces]  # fmt: skip
    pool = ThreadPoolExecutor(concurrency)
    try:
        for future in [pool.submit(run, change) for change in functions]:
            outcomes += future.result()
    except KeyboardInterrupt:  # no new work; each running one stops within a second
        stopping.set()
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    for change in planned.changes:  # what prune removes, once the rest is in place
        if change.action == "delete" and change.kind in ("function", "namespace"):
            assert change.resource_id is not None
            say(change.name, "deleting")
            delete = (
                client.delete_function if change.kind == "function" else client.delete_namespace
            )
            try:
                delete(change.resource_id)
            except ScalewayError as error:
                outcomes.append(Outcome(change, error))
            else:
                outcomes.append(Outcome(change))
    return outcomes


def _not_applied(planned: Plan, space: str, error: ScalewayError) -> list[Outcome]:
    """The outcomes of the changes in a namespace that failed: none of them was tried, and
    the summary says so rather than leaving them out."""
    skipped = ScalewayError(f"not applied: namespace {space} failed ({error})")
    return [
        Outcome(change, skipped)
        for change in planned.changes
        if change.name.startswith(space + "/")
        and change.action != "none"
        and not (change.kind == "function" and change.action == "delete")  # done at the end
    ]


def _apply_child(
    client: FunctionsClient,
    spec: FunctionSpec,
    function_id: str,
    change: Change,
    say: Callable[[str, str], None],
    *,
    resend: bool = False,
) -> None:
    """Create, update, replace or delete one cron, trigger or domain of a function. An
    updated trigger gets its SQS credentials when its access key changed or with `resend`
    (the secret key cannot be compared)."""
    last = change.name.rsplit("/", 1)[1]
    if change.action == "none":
        return
    say(change.name, f"{change.action} {change.kind}")
    if change.kind == "cron":
        if change.action == "create":
            client.create_cron(function_id=function_id, name=last, **spec.crons[last])
        elif change.action == "update":
            assert change.resource_id is not None
            client.update_cron(change.resource_id, name=last, **spec.crons[last])
        else:
            assert change.resource_id is not None
            client.delete_cron(change.resource_id)
    elif change.kind == "trigger":
        if change.action in ("delete", "replace"):  # a trigger's source cannot be changed
            assert change.resource_id is not None
            client.delete_trigger(change.resource_id)
        if change.action in ("create", "replace"):
            client.create_trigger(function_id=function_id, name=last, **spec.triggers[last])
        elif change.action == "update":
            assert change.resource_id is not None
            sqs = _sqs(spec.triggers[last])
            credentials = None
            if sqs is not None and (resend or "sqs_config.access_key" in change.fields):
                from scaleway_functions_api.models import UpdateTriggerSqsConfig

                credentials = UpdateTriggerSqsConfig(
                    access_key=sqs["access_key"], secret_key=sqs["secret_key"]
                )
            client.update_trigger(
                change.resource_id,
                description=spec.triggers[last].get("description"),
                sqs_config=credentials,
            )
    elif change.action == "create":
        client.create_domain(function_id=function_id, hostname=last)
    else:
        assert change.resource_id is not None
        client.delete_domain(change.resource_id)


def _secret_list(secrets: Mapping[str, str], changed: Mapping[str, str]) -> list[Any] | None:
    from scaleway_functions_api.models import Secret

    return [Secret(key=key, value=secrets[key]) if key in secrets else Secret(key=key)
            for key in changed] or None  # fmt: skip


def _apply_namespace(
    client: FunctionsClient,
    service: Service,
    space: NamespaceSpec,
    change: Change,
    timeout: float,
    say: Callable[[str, str], None],
) -> str:
    settings = dict(space.settings)
    if change.action == "create":
        say(space.name, "creating")
        made = client.create_namespace(
            name=space.name, **{**settings, "tags": _tags(settings, service, None)},
            secret_environment_variables=_secret_list(space.secrets, space.secrets),
        )  # fmt: skip
        client.wait_for_namespace(made.id, timeout=timeout)
        say(space.name, "ready")
        return made.id
    assert change.resource_id is not None
    if change.action == "update":
        say(space.name, "updating")
        wanted = {key: settings[key] for key in change.fields if key != "tags"}
        client.update_namespace(
            change.resource_id, **wanted, tags=_tags(settings, service, None),
            secret_environment_variables=_secret_list(space.secrets, change.secrets),
        )  # fmt: skip
        client.wait_for_namespace(change.resource_id, timeout=timeout)
        say(space.name, "ready")
    return change.resource_id


def _apply_function(
    client: FunctionsClient,
    service: Service,
    namespace_id: str,
    spec: FunctionSpec,
    change: Change,
    timeout: float,
    say: Callable[[str, str], None],
    stopping: threading.Event,
) -> str:
    from . import WaitTimeoutError, pack

    if change.action == "none":
        assert change.resource_id is not None
        return change.resource_id
    settings = dict(spec.settings)
    with pack(spec.code, exclude=spec.exclude) as archive:
        digest = archive.sha256
        if change.action == "create":
            say(change.name, "creating")
            made = client.create_function(
                namespace_id=namespace_id, name=spec.name,
                **{**settings, "tags": _tags(settings, service, None)},
                secret_environment_variables=_secret_list(spec.secrets, spec.secrets),
            )  # fmt: skip
            function_id = made.id
        else:
            assert change.resource_id is not None
            function_id = change.resource_id
        if change.action in ("create", "redeploy"):
            say(change.name, "uploading")
            client.upload_function_code(function_id, archive)
    # The settings that change (tags at the end, once built; `status` is not a setting).
    wanted = {key: settings[key] for key in change.fields if key in settings and key != "tags"}
    if change.action == "update" and not wanted and not change.secrets:  # tags alone
        say(change.name, "tagging")  # as planned: with the digest deployed, not a build
        client.update_function(function_id, redeploy=False, tags=change.fields["tags"][1])
        say(change.name, "ready")
        return function_id
    if change.action == "create":
        client.deploy_function(function_id)
    else:  # settings and code land together, in the request that deploys
        client.update_function(
            function_id, redeploy=True, **wanted,
            secret_environment_variables=_secret_list(spec.secrets, change.secrets),
        )  # fmt: skip
    said = ["building"]
    say(change.name, said[0])

    def progress(found: Any) -> None:
        now = found.build_message or str(found.status)
        if now != said[0]:
            said[0] = now
            say(change.name, now)

    deadline = time.monotonic() + timeout
    while True:  # a second at a time, so that an interrupted apply stops waiting
        if stopping.is_set():
            raise _Stopped
        left = deadline - time.monotonic()
        try:
            client.wait_for_function(function_id, timeout=max(0, min(1, left)),
                                     on_progress=progress)  # fmt: skip
            break
        except WaitTimeoutError:
            if left <= 1:
                raise
    tags = _tags(settings, service, digest)
    client.update_function(function_id, redeploy=False, tags=tags)
    say(change.name, "ready")
    return function_id
