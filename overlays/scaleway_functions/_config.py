"""Configuration resolved like the Scaleway CLI does it.

Each setting comes from the first place that has it: the client's arguments, then the
SCW_* environment variables, then the selected profile of the CLI's config file
(~/.config/scw/config.yaml), then that file's top-level values, then the defaults.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scaleway_functions_api.behaviour import DEFAULT_REGION, RETRY_POLICY, SERVER_URL

from ._exceptions import ConfigurationError

_REGION = re.compile(r"[a-z]{2}-[a-z]{3}")  # the shape of every region of the spec's Region

__all__ = [
    "DEFAULT_API_URL",
    "DEFAULT_REGION",
    "ClientConfig",
    "check_api_url",
    "check_max_retries",
    "check_region",
    "check_timeout",
    "resolve_config",
]

DEFAULT_API_URL = SERVER_URL
DEFAULT_TIMEOUT = RETRY_POLICY["timeout"]
DEFAULT_MAX_RETRIES = RETRY_POLICY["max_retries"]

# setting: (environment variable, key in the config file)
_SOURCES = {
    "secret_key": ("SCW_SECRET_KEY", "secret_key"),
    "access_key": ("SCW_ACCESS_KEY", "access_key"),
    "region": ("SCW_DEFAULT_REGION", "default_region"),
    "project_id": ("SCW_DEFAULT_PROJECT_ID", "default_project_id"),
    "organization_id": ("SCW_DEFAULT_ORGANIZATION_ID", "default_organization_id"),
    "api_url": ("SCW_API_URL", "api_url"),
}
# The credentials. The whitespace around a key (the newline of a key file or `$(cat key)`) is
# dropped; a key an HTTP header cannot carry is refused, naming where it came from.
_KEYS = {"secret_key": "secret key", "access_key": "access key"}


@dataclass(frozen=True)
class ClientConfig:
    """The settings a client runs with. The secret key never appears in its repr.

    `sources` says where each setting was found (`SCW_SECRET_KEY`, `profile "prod" in
    /path/config.yaml`, `the region argument`, ...); a default has no entry.
    """

    secret_key: str = field(repr=False)
    access_key: str | None = None
    region: str = DEFAULT_REGION
    project_id: str | None = None
    organization_id: str | None = None
    api_url: str = DEFAULT_API_URL
    profile: str | None = None
    timeout: float = DEFAULT_TIMEOUT
    max_retries: int = DEFAULT_MAX_RETRIES
    sources: Mapping[str, str] = field(default_factory=dict, repr=False, compare=False)


def config_path(environ: Mapping[str, str]) -> Path:
    """Where the Scaleway CLI keeps its configuration."""
    if environ.get("SCW_CONFIG_PATH"):
        return Path(environ["SCW_CONFIG_PATH"]).expanduser()
    base = environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "scw" / "config.yaml"


def _read_config_file(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    import yaml  # only when a config file exists: most CI jobs use environment variables

    try:
        text = path.read_text(encoding="utf-8")
        # Aliases refused before anything is built: a few hundred bytes of nested aliases
        # (a "billion laughs") would otherwise make any walk over the values endless.
        if any(isinstance(event, yaml.AliasEvent) for event in yaml.parse(text, yaml.SafeLoader)):
            raise ConfigurationError(
                f"the Scaleway config file {path} uses YAML aliases (*name): write the values out"
            )
        loaded = yaml.safe_load(text)
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigurationError(f"cannot read the Scaleway config file {path}: {exc}") from None
    except yaml.YAMLError as exc:
        # Only the position: PyYAML quotes the offending line, which may hold the secret key.
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or "syntax error"
        raise ConfigurationError(
            f"the Scaleway config file {path} is not valid YAML: {problem}{where}"
        ) from None
    if loaded is None:
        return {}
    if not isinstance(loaded, dict):
        raise ConfigurationError(f"the Scaleway config file {path} is not a YAML mapping")
    return loaded


def _profile_values(
    document: dict[str, Any], profile: str | None, path: Path
) -> tuple[str | None, dict[str, Any], dict[str, Any]]:
    """The chosen profile's name, the file's top-level (default profile) values, and the
    profile's own values, which override them."""
    name = profile or document.get("active_profile")
    values = {k: v for k, v in document.items() if k != "profiles"}
    if not name or name == "default":
        return name, values, {}
    profiles = document.get("profiles") or {}
    if not isinstance(profiles, dict):
        raise ConfigurationError(f"`profiles` in {path} is not a mapping")
    if name not in profiles:
        known = ", ".join(sorted(map(str, profiles))) or "none"
        raise ConfigurationError(f"unknown Scaleway profile {name!r} (profiles in {path}: {known})")
    chosen = profiles[name] or {}
    if not isinstance(chosen, dict):
        raise ConfigurationError(f"profile {name!r} in {path} is not a mapping")
    return name, values, chosen


def _check_key(setting: str, key: str, source: str) -> None:
    """Refuse a key an HTTP header cannot carry, naming where it came from, never the key.

    A header value is visible ASCII, with spaces or tabs inside; httpx would otherwise fail
    at the first request with the key in its message, or with a bare codec error.
    """
    if all(char == "\t" or " " <= char <= "~" for char in key):
        return
    what = "a non-ASCII character" if any(char > "\x7f" for char in key) else "a control character"
    raise ConfigurationError(
        f"the Scaleway {_KEYS[setting]} from {source} contains {what}, which an HTTP header "
        "cannot carry: check how it was copied (the key is not shown)"
    )


def check_region(region: str) -> str:
    """`region` if it has a region's shape; else an error naming the regions the spec lists.

    A region the spec does not list yet, but shaped like one, is let through: the API may
    open regions before this package knows them.
    """
    if not _REGION.fullmatch(region):
        from scaleway_functions_api.models.region import Region  # the models: only when needed

        known = ", ".join(member.value for member in Region)
        raise ConfigurationError(f"invalid Scaleway region {region!r}: one of {known}")
    return region


def resolve_config(
    arguments: Mapping[str, Any], environ: Mapping[str, str] | None = None
) -> ClientConfig:
    """Resolve every setting by precedence; fail before any request if one is unusable.

    `arguments` holds the client's keyword arguments (None meaning "not given").
    """
    env = os.environ if environ is None else environ
    path = config_path(env)
    chosen_profile = arguments.get("profile") or env.get("SCW_PROFILE") or None
    profile_name, top_level, in_profile = _profile_values(
        _read_config_file(path), chosen_profile, path
    )

    resolved: dict[str, Any] = {}
    sources: dict[str, str] = {}
    for setting, (variable, key) in _SOURCES.items():
        in_file = f'profile "{profile_name}" in {path}' if key in in_profile else str(path)
        candidates = [
            (arguments.get(setting), f"the {setting} argument"),
            (env.get(variable), variable),
            (in_profile.get(key, top_level.get(key)), in_file),
        ]
        for given, where in candidates:
            if given is not None and not isinstance(given, str):
                # Never str() of it: `secret_key: [KEY]` must not become the token "['KEY']".
                raise ConfigurationError(
                    f"{key if where == in_file else setting} from {where} must be a string, "
                    f"not a {type(given).__name__} (the value is not shown)"
                )
        if setting in _KEYS:
            candidates = [(None if v is None else v.strip(), where) for v, where in candidates]
        # The first non-empty value; else the file's, even empty (an empty key is missing, an
        # empty region invalid).
        value, source = next(((v, where) for v, where in candidates if v), candidates[-1])
        if value is not None:
            resolved[setting], sources[setting] = str(value), source
            if setting in _KEYS and value:
                _check_key(setting, str(value), source)

    if not resolved.get("secret_key"):
        raise ConfigurationError(
            "no Scaleway secret key: set SCW_SECRET_KEY, add secret_key to your profile in "
            f"{path}, or pass the key to the client"
        )
    check_region(resolved.setdefault("region", DEFAULT_REGION))
    resolved["api_url"] = check_api_url(resolved.get("api_url", DEFAULT_API_URL))

    timeout, max_retries = arguments.get("timeout"), arguments.get("max_retries")
    return ClientConfig(
        **resolved,
        profile=profile_name,
        timeout=DEFAULT_TIMEOUT if timeout is None else check_timeout(timeout),
        max_retries=DEFAULT_MAX_RETRIES if max_retries is None else check_max_retries(max_retries),
        sources=sources,
    )


def check_api_url(url: str) -> str:
    """The API's base URL, without a trailing slash: http(s), a host, no credentials, query
    or fragment (the client appends paths to it; a credential would travel in every
    request's URL). The message never repeats a credential."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url.rstrip("/"))
        parts.port  # noqa: B018  (a bad port raises here)
    except ValueError as exc:
        raise ConfigurationError(f"invalid api_url: {exc}") from None
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ConfigurationError(
            f"invalid api_url: expected an http(s) URL with a host, such as {DEFAULT_API_URL}"
        )
    shown = f"{parts.scheme}://{parts.netloc.rpartition('@')[2]}{parts.path}"
    if parts.username is not None or parts.password is not None:
        raise ConfigurationError(
            f"invalid api_url {shown!r}: it holds credentials; the secret key is the "
            "SCW_SECRET_KEY setting, never part of the URL"
        )
    if parts.query or parts.fragment:
        raise ConfigurationError(f"invalid api_url {shown!r}: no query or fragment allowed")
    return url.rstrip("/")


def check_timeout(timeout: object) -> float:
    """A call's timeout in seconds: a finite positive number."""
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)):
        raise ConfigurationError(f"timeout must be a number of seconds, got {timeout!r}")
    if not math.isfinite(timeout) or timeout <= 0:
        raise ConfigurationError(f"timeout must be positive, got {timeout!r}")
    return float(timeout)


def check_max_retries(max_retries: object) -> int:
    """How many times a failed request is sent again: an integer, 0 or more."""
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ConfigurationError(f"max_retries must be an integer, 0 or more, got {max_retries!r}")
    return max_retries
