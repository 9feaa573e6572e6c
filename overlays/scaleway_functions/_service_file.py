"""The service file: what `scw-functions plan` and `apply` read.

`load_service` reads YAML, checks it against SERVICE_SCHEMA (generated from the spec's create
requests, so a field the API gains is a key of the file; a refused key is named with its
line), resolves secrets' `${env:NAME}` and `${file:PATH}`, and also reads a Serverless
Framework `serverless.yml` written for the serverless-scaleway-functions plugin. The result,
a `Service`, is plain data: `_service` plans and applies it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from attrs import field, frozen

from . import ConfigurationError

__all__ = [
    "SERVICE_TAG",
    "FunctionSpec",
    "NamespaceSpec",
    "Service",
    "load_service",
]

SERVICE_TAG = "scw-functions:service="
"""The tag on what a service's `apply` created, before the service's name: `--prune` deletes
only what carries it."""
_REFERENCE = re.compile(r"\$\{(env|file):([^}]+)\}")


@frozen
class FunctionSpec:
    """One function as the file wants it."""

    name: str
    code: Path
    settings: Mapping[str, Any]
    """Its create request's fields, as given (no name, namespace or secrets)."""
    secrets: Mapping[str, str] = field(repr=False)
    crons: Mapping[str, Mapping[str, Any]] = {}
    """Its crons by name: schedule and args."""
    domains: tuple[str, ...] = ()
    triggers: Mapping[str, Mapping[str, Any]] = field(repr=False, default={})
    """Its triggers by name: source and description (an SQS secret key among them)."""
    exclude: tuple[str, ...] = ()
    """Gitignore lines its code directory is packed without, besides the defaults and its
    .scwignore: a serverless.yml's packaging rules."""
    only_these_secrets: bool = False
    """Whether secrets it has and the file does not list are removed (a serverless.yml's
    are, as its plugin does); otherwise they are left alone."""


@frozen
class NamespaceSpec:
    """One namespace as the file wants it, with its functions."""

    name: str
    settings: Mapping[str, Any]
    secrets: Mapping[str, str] = field(repr=False)
    functions: tuple[FunctionSpec, ...] = ()
    only_these_secrets: bool = False
    """As FunctionSpec.only_these_secrets."""


@frozen
class Service:
    """A service file, read and checked: its name and namespaces."""

    name: str
    namespaces: tuple[NamespaceSpec, ...]
    region: str | None = None
    """The region the file deploys to, if it says (a serverless.yml's provider.scwRegion):
    `plan` and `apply` refuse a client configured for another."""
    project_id: str | None = None
    """Likewise the project (provider.scwProject)."""

    @property
    def tag(self) -> str:
        return SERVICE_TAG + self.name


def _needs_extra() -> None:
    """A service file is checked with jsonschema and its secrets with argon2-cffi: the
    `cli` extra brings both."""
    import importlib.util

    missing = [name for name in ("jsonschema", "argon2") if importlib.util.find_spec(name) is None]
    if missing:
        raise ImportError(
            f"service files need {' and '.join(missing)}: "
            'pip install "scaleway-functions-client[cli]"'
        )


def load_service(path: str | os.PathLike[str]) -> Service:
    """Read and check a service file: YAML, against SERVICE_SCHEMA (a key the API does not
    know is refused, naming its line); secrets' `${env:NAME}` and `${file:PATH}` resolved;
    code paths taken relative to the file."""
    import yaml

    _needs_extra()

    source = Path(path)
    try:
        text = source.read_text(encoding="utf-8")
        if any(isinstance(event, yaml.AliasEvent) for event in yaml.parse(text, yaml.SafeLoader)):
            raise ConfigurationError(f"{source} uses YAML aliases (*name): write the values out")
        node = yaml.compose(text, yaml.SafeLoader)
        document = yaml.safe_load(text)
    except OSError as exc:
        raise ConfigurationError(f"cannot read {source}: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise ConfigurationError(f"{source} is not valid YAML{where}") from None
    lines = _lines(node)
    exclude: tuple[str, ...] = ()
    region = project = None
    serverless = isinstance(document, dict) and "provider" in document
    if serverless:
        environ = {**_dotenv(source), **os.environ} if document.get("useDotenv") else os.environ
        document = _resolve_variables(source, document, environ)
        exclude = _serverless_excludes(source, document)
        provider = document["provider"] if isinstance(document["provider"], dict) else {}
        region, project = provider.get("scwRegion"), provider.get("scwProject")
        document, lines = _from_serverless(source, document), {}
    _check(source, document, lines)
    base = source.parent
    namespaces = []
    for space_name, space in document["namespaces"].items():
        functions = tuple(
            FunctionSpec(
                name,
                (base / wanted["code"]).resolve(),
                _settings(wanted, "code", "crons", "domains", "triggers"),
                _secrets(source, base, wanted.get("secrets", {})),
                wanted.get("crons") or {},
                tuple(wanted.get("domains") or ()),
                {
                    key: _trigger(source, base, given)
                    for key, given in (wanted.get("triggers") or {}).items()
                },
                exclude,
                serverless,
            )
            for name, wanted in (space.get("functions") or {}).items()
        )
        secrets = _secrets(source, base, space.get("secrets", {}))
        namespaces.append(
            NamespaceSpec(space_name, _settings(space, "functions"), secrets, functions, serverless)
        )
    return Service(document["service"], tuple(namespaces), region, project)


# A Serverless Framework file using the serverless-scaleway-functions plugin: the keys read,
# and the service file's key for each (None: accepted, nothing to do here).
_SERVERLESS: dict[str, dict[str, str | None]] = {
    "": {"service": None, "provider": None, "plugins": None, "functions": None,
         "frameworkVersion": None, "configValidationMode": None, "useDotenv": None,
         "package": None, "custom": None},
    "package": {"patterns": None},
    "provider": {"name": None, "runtime": "runtime", "env": "environment_variables",
                 "secret": "secrets", "scwToken": None, "scwProject": None,
                 "scwRegion": None},
    "schedule": {"rate": None, "input": None},
    "function": {"handler": "handler", "runtime": "runtime", "memoryLimit": "memory_limit",
                 "minScale": "min_scale", "maxScale": "max_scale", "timeout": "timeout",
                 "env": "environment_variables", "secret": "secrets", "privacy": "privacy",
                 "httpOption": "http_option", "description": "description",
                 "sandbox": "sandbox", "custom_domains": "domains", "events": None,
                 "privateNetworkId": "private_network_id"},
}  # fmt: skip


def _from_serverless(source: Path, document: dict[str, Any]) -> dict[str, Any]:
    """A serverless.yml as a service file: one namespace named after the service, every
    function with the whole directory as its code (as the plugin deploys it), `events:
    schedule` as crons. A key this does not read is refused by name, not ignored."""

    def refuse_unknown(where: str, given: Mapping[str, Any], kind: str) -> None:
        unknown = sorted(set(given) - set(_SERVERLESS[kind]))
        if unknown:
            raise ConfigurationError(
                f"{source}: {where} has keys this command does not read: {', '.join(unknown)}"
            )

    refuse_unknown("the file", document, "")
    if isinstance(document.get("custom"), dict) and "containers" in document["custom"]:
        raise ConfigurationError(f"{source}: custom.containers: this command deploys functions")
    provider = document.get("provider") or {}
    refuse_unknown("provider", provider, "provider")
    if provider.get("name") != "scaleway":
        raise ConfigurationError(f"{source}: provider.name is not scaleway")
    # The plugin always sets the namespace's variables (`provider.env || {}`) and secrets,
    # an absent or empty block clearing them.
    space: dict[str, Any] = {
        "environment_variables": provider.get("env") or {},
        "secrets": provider.get("secret") or {},
    }
    functions: dict[str, Any] = {}
    for name, given in (document.get("functions") or {}).items():
        refuse_unknown(f"function {name}", given, "function")
        wanted: dict[str, Any] = {"code": "."}
        if "runtime" in provider:
            wanted["runtime"] = provider["runtime"]
        for key, value in given.items():
            target = _SERVERLESS["function"][key]
            if target is not None and value is not None:  # null: as absent, as the plugin
                wanted[target] = value
        if isinstance(wanted.get("timeout"), (int, float)):
            wanted["timeout"] = f"{wanted['timeout']}s"
        crons = {}
        for index, event in enumerate(given.get("events") or []):
            schedule = event.get("schedule") if isinstance(event, dict) else None
            if not isinstance(schedule, dict) or set(event) != {"schedule"}:
                raise ConfigurationError(
                    f"{source}: function {name}: only `schedule` events are read"
                )
            refuse_unknown(f"function {name}'s schedule", schedule, "schedule")
            crons[f"schedule-{index}"] = {
                "schedule": schedule.get("rate"),
                "args": schedule.get("input") or {},  # the plugin's `input || {}`
            }
        if crons:
            wanted["crons"] = crons
        functions[name] = wanted
    return {
        "service": document.get("service"),
        "namespaces": {document.get("service"): {**space, "functions": functions}},
    }


# A Serverless Framework variable: `${source:address}` or `${source:address, fallback}`,
# innermost first (a fallback may itself have been one).
_VARIABLE = re.compile(r"\$\{([^{}]+)\}")
_NO_VALUE = object()


def _resolve_variables(
    source: Path, document: dict[str, Any], environ: Mapping[str, str]
) -> dict[str, Any]:
    """The document with its variables resolved everywhere, as the framework does before
    the plugin reads anything: `${env:NAME}`, `${self:path.in.file}`, `${sls:stage}` (dev:
    there is no --stage) and `${opt:NAME, fallback}` (its fallback: there are no options),
    each with an optional fallback (`'text'`, a number or another variable). Any other
    source (ssm, file(...), aws...) is refused by name, never sent to the API as text."""

    def lookup(reference: str, where: str, depth: int) -> Any:
        kind, _, address = reference.strip().partition(":")
        address = address.strip()
        if kind == "env":
            return environ.get(address, _NO_VALUE)
        if kind == "self":
            found: Any = document
            for part in address.split(".") if address else []:
                if not isinstance(found, dict) or part not in found:
                    return _NO_VALUE
                found = found[part]
            return resolve(found, where, depth + 1)
        if kind == "sls" and address == "stage":
            return "dev"
        if kind == "opt":
            return _NO_VALUE
        raise ConfigurationError(
            f"{source}: {where}: ${{{reference.strip()}}} is a variable this command does "
            "not resolve (env, self, sls:stage and opt with a fallback are)"
        )

    def value_of(inside: str, where: str, depth: int) -> Any:
        reference, comma, fallback = inside.partition(",")
        found = lookup(reference, where, depth)
        if found is _NO_VALUE and comma:
            fallback = fallback.strip()
            if fallback[:1] in ("'", '"') and fallback[-1:] == fallback[:1]:
                return fallback[1:-1]
            if re.fullmatch(r"-?\d+(\.\d+)?", fallback):
                return float(fallback) if "." in fallback else int(fallback)
            return value_of(fallback, where, depth)
        if found is _NO_VALUE or found is None:
            raise ConfigurationError(
                f"{source}: {where}: ${{{inside.strip()}}} has no value and no fallback"
            )
        return found

    def resolve(value: Any, where: str, depth: int = 0) -> Any:
        if depth > 10:
            raise ConfigurationError(f"{source}: {where}: variables refer to each other")
        if isinstance(value, dict):
            return {key: resolve(item, f"{where}.{key}".lstrip("."), depth)
                    for key, item in value.items()}  # fmt: skip
        if isinstance(value, list):
            return [resolve(item, f"{where}[{index}]", depth) for index, item in enumerate(value)]
        if not isinstance(value, str):
            return value
        while match := _VARIABLE.search(value):
            found = value_of(match.group(1), where or "the file", depth)
            if match.group(0) == value:  # the whole value: it keeps its type
                return found
            value = value[: match.start()] + str(found) + value[match.end() :]
        return value

    resolved = resolve(document, "")
    assert isinstance(resolved, dict)
    return resolved


# A line of a dotenv file, as the framework's dotenv 16 reads it (lib/main.js `LINE`).
_DOTENV_LINE = re.compile(
    r"^\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*\"(?:\\\"|[^\"])*\""
    r"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?$",
    re.MULTILINE,
)


def _dotenv(source: Path) -> dict[str, str]:
    """With `useDotenv: true`, the variables the framework loads before resolving `${env:}`:
    `.env.dev` beside the file (the stage is dev: there is no --stage), else `.env`; the
    environment's own values win. (Its `${VAR}` expansion inside values is not done.)"""
    for name in (".env.dev", ".env"):
        try:
            text = (source.parent / name).read_text(encoding="utf-8")
        except FileNotFoundError:
            continue
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigurationError(f"{source.parent / name}: cannot read it ({exc})") from None
        found = {}
        for match in _DOTENV_LINE.finditer(text.replace("\r\n", "\n").replace("\r", "\n")):
            value = (match.group(2) or "").strip()
            quote = value[:1]
            if quote in ("'", '"', "`") and len(value) > 1 and value.endswith(quote):
                value = value[1:-1]
            if quote == '"':
                value = value.replace("\\n", "\n").replace("\\r", "\r")
            found[match.group(1)] = value
        return found
    return {}


# What the Serverless Framework leaves out of a service's zip whatever the file says
# (serverless 3.40.0, lib/plugins/package/lib/package-service.js `defaultExcludes`), the
# file itself among them (it may hold scwToken and secrets), anchored at the service's
# directory as its globs are.
_SERVERLESS_EXCLUDED = ("/.git/", "/.gitignore", "/.DS_Store", "/npm-debug.log", "/yarn-*.log",
                        "/.serverless/", "/.serverless_plugins/")  # fmt: skip


def _serverless_excludes(source: Path, document: Mapping[str, Any]) -> tuple[str, ...]:
    """A serverless.yml's packaging as gitignore lines: the framework's own exclusions,
    then `package.patterns` in order (`!glob` leaves out, `glob` takes back), each glob
    relative to the file's directory."""
    package = document.get("package") or {}
    if not isinstance(package, dict):
        raise ConfigurationError(f"{source}: package is not a mapping")
    unknown = sorted(set(package) - set(_SERVERLESS["package"]))
    if unknown:
        raise ConfigurationError(
            f"{source}: package has keys this command does not read: {', '.join(unknown)}"
        )
    lines = [*_SERVERLESS_EXCLUDED, "/" + source.name]
    for pattern in package.get("patterns") or []:
        if not isinstance(pattern, str) or pattern in ("", "!"):
            raise ConfigurationError(f"{source}: package.patterns: {pattern!r} is not a glob")
        leaves_out = pattern.startswith("!")
        glob = pattern.removeprefix("!").removeprefix("./").lstrip("/")
        lines.append(("/" if leaves_out else "!/") + glob)
    return tuple(lines)


def _trigger(source: Path, base: Path, given: Mapping[str, Any]) -> dict[str, Any]:
    """A trigger as given, its SQS secret key read like any secret (`${env:NAME}`)."""
    sqs = given.get("sqs_config")
    if not sqs or "secret_key" not in sqs:
        return dict(given)
    secret = _secrets(source, base, {"sqs_config.secret_key": sqs["secret_key"]})
    return {**given, "sqs_config": {**sqs, "secret_key": secret["sqs_config.secret_key"]}}


def _settings(wanted: Mapping[str, Any], *other: str) -> dict[str, Any]:
    return {key: value for key, value in wanted.items() if key not in ("secrets", *other)}


def _check(source: Path, document: Any, lines: Mapping[tuple[Any, ...], int]) -> None:
    """Refuse a file its JSON Schema refuses: each problem with its line and key."""
    import jsonschema

    from scaleway_functions_api.request_schemas import SERVICE_SCHEMA

    problems = []
    for error in jsonschema.Draft202012Validator(SERVICE_SCHEMA).iter_errors(document):
        where = tuple(error.absolute_path)
        if error.validator == "additionalProperties":
            given = set(error.instance) - set(error.schema.get("properties", {}))
            for key in sorted(given):
                line = lines.get((*where, key), lines.get(where))
                problems.append(f"{_at(line)}unknown key {key!r}")
            continue
        if "propertyNames" in error.schema_path:  # a name refused: the name is the key
            where = (*where, error.instance)
        line = lines.get(where)
        key = ".".join(str(part) for part in where) or "the file"
        secret = error.schema.get("x-secret")
        said = error.schema.get("x-pattern-description") if error.validator == "pattern" else None
        message = said or ("its value is not valid" if secret else error.message)
        problems.append(f"{_at(line)}{key}: {message}")
    if problems:
        raise ConfigurationError(f"{source}:\n  " + "\n  ".join(sorted(set(problems))))


def _at(line: int | None) -> str:
    return "" if line is None else f"line {line}: "


def _lines(node: Any, path: tuple[Any, ...] = ()) -> dict[tuple[Any, ...], int]:
    """The line (1-based) of each mapping key and value of a composed YAML document."""
    found: dict[tuple[Any, ...], int] = {path: node.start_mark.line + 1} if node else {}
    if node is None:
        return found
    if node.tag.endswith(":map"):
        for key, value in node.value:
            where = (*path, key.value)
            found.update(_lines(value, where))
            found[where] = key.start_mark.line + 1
    elif node.tag.endswith(":seq"):
        for index, value in enumerate(node.value):
            found.update(_lines(value, (*path, index)))
    return found


def _secrets(source: Path, base: Path, given: Mapping[str, str]) -> dict[str, str]:
    """Secret values, `${env:NAME}` and `${file:PATH}` read now (a missing one is named)."""
    values = {}
    for key, value in given.items():
        reference = _REFERENCE.fullmatch(value)
        if reference is None:
            values[key] = value
        elif reference.group(1) == "env":
            name = reference.group(2)
            if name not in os.environ:
                raise ConfigurationError(f"{source}: secret {key} reads ${{env:{name}}}, unset")
            values[key] = os.environ[name]
        else:
            file = base / reference.group(2)
            try:
                values[key] = file.read_text(encoding="utf-8").rstrip("\n")
            except OSError as exc:
                raise ConfigurationError(
                    f"{source}: secret {key} reads {file}: {exc.strerror or exc}"
                ) from None
    return values
