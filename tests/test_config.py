"""How FunctionsClient resolves its settings, as the Scaleway CLI does.

Precedence per setting: constructor argument, SCW_* environment variable, the selected
profile of the CLI config file, that file's top-level values, then the defaults. Every
unusable configuration must fail in the constructor with a ConfigurationError, before any
request, and the secret key must never show up in a repr or an error message.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from scaleway_functions import (
    AsyncFunctionsClient,
    ClientConfig,
    ConfigurationError,
    FunctionsClient,
    ScalewayError,
    ServerError,
)
from scaleway_functions._config import resolve_config

from .conftest import SECRET_KEY, FakeClock

MakeClient = Callable[..., FunctionsClient]
MakeAsyncClient = Callable[..., AsyncFunctionsClient]

RUNTIMES_PATH = "/functions/v1beta1/regions/{region}/runtimes"
NO_RUNTIMES = {"runtimes": [], "total_count": 0}

# setting: (environment variable, config file key, values by layer: argument, environment,
# profile, top level). None of the values is the setting's default.
LAYERS = ("argument", "environment", "profile", "top-level")
SETTINGS: dict[str, tuple[str, str, tuple[str, str, str, str]]] = {
    "secret_key": (
        "SCW_SECRET_KEY",
        "secret_key",
        ("arg-secret", "env-secret", "profile-secret", "top-secret"),
    ),
    "access_key": ("SCW_ACCESS_KEY", "access_key", ("SCWARG", "SCWENV", "SCWPROFILE", "SCWTOP")),
    "region": ("SCW_DEFAULT_REGION", "default_region", ("nl-ams", "pl-waw", "it-mil", "de-fra")),
    "project_id": (
        "SCW_DEFAULT_PROJECT_ID",
        "default_project_id",
        ("arg-project", "env-project", "profile-project", "top-project"),
    ),
    "organization_id": (
        "SCW_DEFAULT_ORGANIZATION_ID",
        "default_organization_id",
        ("arg-org", "env-org", "profile-org", "top-org"),
    ),
    "api_url": (
        "SCW_API_URL",
        "api_url",
        (
            "https://arg.example",
            "https://env.example",
            "https://profile.example",
            "https://top.example",
        ),
    ),
}


def refuse(request: httpx.Request) -> httpx.Response:
    """A handler for clients that must fail before sending anything."""
    pytest.fail(f"no request expected, got {request.method} {request.url}")


def write_config(path: Path, document: dict[str, Any]) -> None:
    path.write_text(yaml.safe_dump(document), encoding="utf-8")


def assert_no_secret(text: str, secret: str = SECRET_KEY) -> None:
    """Neither the secret nor any 12-character piece of it appears in `text`."""
    pieces = {secret[i : i + 12] for i in range(max(1, len(secret) - 11))}
    leaked = sorted(piece for piece in pieces if piece in text)
    assert not leaked, f"secret key (or part of it) leaked: {text!r}"


# --- defaults and precedence ----------------------------------------------------------------


def test_defaults_apply_when_only_the_secret_key_is_given(make_client: MakeClient) -> None:
    config = make_client(refuse).config

    assert config.secret_key == SECRET_KEY
    assert config.region == "fr-par"
    assert config.api_url == "https://api.scaleway.com"
    assert config.access_key is None
    assert config.project_id is None
    assert config.organization_id is None
    assert config.profile is None
    assert config.max_retries == 3
    assert isinstance(config.timeout, float)
    assert math.isfinite(config.timeout)
    assert config.timeout > 0


@pytest.mark.parametrize("setting", [s for s in SETTINGS if s != "secret_key"])
def test_a_setting_missing_everywhere_takes_its_default(
    setting: str, make_client: MakeClient, isolated_config: Path
) -> None:
    """A config file holding other keys does not stop the default from applying."""
    write_config(isolated_config, {"secret_key": "file-secret", "profiles": {"dev": {}}})
    defaults = ClientConfig(secret_key="unused")

    config = make_client(refuse, secret_key=None, profile="dev").config

    assert getattr(config, setting) == getattr(defaults, setting)
    assert config.secret_key == "file-secret"


@pytest.mark.parametrize("top_layer", LAYERS)
@pytest.mark.parametrize("setting", list(SETTINGS))
def test_each_setting_comes_from_the_highest_layer_that_has_it(
    setting: str,
    top_layer: str,
    make_client: MakeClient,
    isolated_config: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`top_layer` and every layer below it hold a value; the top one must win."""
    variable, key, values = SETTINGS[setting]
    by_layer = dict(zip(LAYERS, values, strict=True))
    present = LAYERS[LAYERS.index(top_layer) :]
    kwargs: dict[str, Any] = {"profile": "dev", setting: None}
    profile: dict[str, str] = {}
    if "argument" in present:
        kwargs[setting] = by_layer["argument"]
    if "environment" in present:
        monkeypatch.setenv(variable, by_layer["environment"])
    if "profile" in present:
        profile[key] = by_layer["profile"]
    write_config(isolated_config, {key: by_layer["top-level"], "profiles": {"dev": profile}})

    config = make_client(refuse, **kwargs).config

    assert getattr(config, setting) == by_layer[top_layer]


def test_layers_combine_setting_by_setting(
    make_client: MakeClient, isolated_config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each setting is resolved on its own: one client can draw from every layer at once."""
    write_config(
        isolated_config,
        {
            "secret_key": "top-secret",
            "access_key": "SCWTOP",
            "default_project_id": "top-project",
            "default_organization_id": "top-org",
            "active_profile": "dev",
            "profiles": {"dev": {"default_region": "nl-ams", "default_project_id": "dev-project"}},
        },
    )
    monkeypatch.setenv("SCW_ACCESS_KEY", "SCWENV")

    config = make_client(refuse, secret_key=None, api_url="https://arg.example").config

    assert config == ClientConfig(
        secret_key="top-secret",
        access_key="SCWENV",
        region="nl-ams",
        project_id="dev-project",
        organization_id="top-org",
        api_url="https://arg.example",
        profile="dev",
    )


def test_timeout_and_max_retries_come_from_the_arguments(make_client: MakeClient) -> None:
    config = make_client(refuse, timeout=2.5, max_retries=0).config

    assert config.timeout == 2.5
    assert config.max_retries == 0


@pytest.mark.parametrize(("max_retries", "expected_requests"), [(0, 1), (2, 3)])
def test_max_retries_is_what_the_client_applies(
    max_retries: int, expected_requests: int, make_client: MakeClient, clock: FakeClock
) -> None:
    """The resolved max_retries bounds how often a failing GET is sent (no real sleeping)."""
    seen: list[httpx.Request] = []

    def unavailable(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(503, json={"message": "try later"})

    client = make_client(unavailable, max_retries=max_retries)
    with pytest.raises(ServerError):
        client.list_function_runtimes()

    assert len(seen) == expected_requests
    assert len(clock.sleeps) == expected_requests - 1


# --- resolve_config directly ------------------------------------------------------------------


def test_resolve_config_precedence_with_an_explicit_environ(isolated_config: Path) -> None:
    write_config(
        isolated_config,
        {
            "secret_key": "file-secret",
            "default_region": "de-fra",
            "default_project_id": "top-project",
            "profiles": {"dev": {"default_region": "it-mil", "access_key": "SCWPROFILE"}},
        },
    )
    environ = {
        "SCW_CONFIG_PATH": str(isolated_config),
        "SCW_PROFILE": "dev",
        "SCW_DEFAULT_REGION": "pl-waw",
        "SCW_DEFAULT_PROJECT_ID": "env-project",
    }

    config = resolve_config({"project_id": "arg-project", "timeout": 5}, environ=environ)

    assert config == ClientConfig(
        secret_key="file-secret",
        access_key="SCWPROFILE",
        region="pl-waw",
        project_id="arg-project",
        profile="dev",
        timeout=5.0,
    )


def test_resolve_config_reads_only_the_environ_it_is_given(
    isolated_config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SCW_SECRET_KEY", "process-secret")
    monkeypatch.setenv("SCW_DEFAULT_REGION", "nl-ams")
    environ = {"SCW_CONFIG_PATH": str(isolated_config), "SCW_SECRET_KEY": "given-secret"}

    config = resolve_config({}, environ=environ)
    assert (config.secret_key, config.region) == ("given-secret", "fr-par")

    with pytest.raises(ConfigurationError, match="SCW_SECRET_KEY"):
        resolve_config({}, environ={"SCW_CONFIG_PATH": str(isolated_config)})


def test_resolve_config_defaults_to_the_process_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SCW_SECRET_KEY", "process-secret")
    monkeypatch.setenv("SCW_DEFAULT_REGION", "nl-ams")

    config = resolve_config({})

    assert (config.secret_key, config.region) == ("process-secret", "nl-ams")


# --- the config file's location ---------------------------------------------------------------


def test_scw_config_path_locates_the_file(make_client: MakeClient, isolated_config: Path) -> None:
    write_config(isolated_config, {"secret_key": "file-secret"})

    assert make_client(refuse, secret_key=None).config.secret_key == "file-secret"


def test_scw_config_path_expands_the_home_directory(
    make_client: MakeClient, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    write_config(tmp_path / "custom.yaml", {"secret_key": "home-secret"})
    monkeypatch.setenv("SCW_CONFIG_PATH", "~/custom.yaml")

    assert make_client(refuse, secret_key=None).config.secret_key == "home-secret"


def test_xdg_config_home_is_used_without_scw_config_path(
    make_client: MakeClient, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("SCW_CONFIG_PATH")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "xdg" / "scw").mkdir(parents=True)
    write_config(tmp_path / "xdg" / "scw" / "config.yaml", {"secret_key": "xdg-secret"})
    (tmp_path / "home" / ".config" / "scw").mkdir(parents=True)
    write_config(tmp_path / "home" / ".config" / "scw" / "config.yaml", {"secret_key": "home"})

    assert make_client(refuse, secret_key=None).config.secret_key == "xdg-secret"


def test_home_config_is_the_last_resort_location(
    make_client: MakeClient, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("SCW_CONFIG_PATH")
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / ".config" / "scw").mkdir(parents=True)
    write_config(tmp_path / ".config" / "scw" / "config.yaml", {"secret_key": "home-secret"})

    assert make_client(refuse, secret_key=None).config.secret_key == "home-secret"


def test_scw_config_path_wins_over_xdg_config_home(
    make_client: MakeClient,
    isolated_config: Path,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    (tmp_path / "xdg" / "scw").mkdir(parents=True)
    write_config(tmp_path / "xdg" / "scw" / "config.yaml", {"secret_key": "xdg-secret"})
    write_config(isolated_config, {"secret_key": "scw-path-secret"})

    assert make_client(refuse, secret_key=None).config.secret_key == "scw-path-secret"


@pytest.mark.parametrize("content", ["", "\n", "# only a comment\n", "~\n"])
def test_an_empty_config_file_counts_as_no_file(
    content: str, make_client: MakeClient, isolated_config: Path
) -> None:
    isolated_config.write_text(content, encoding="utf-8")

    config = make_client(refuse).config

    assert (config.secret_key, config.region, config.profile) == (SECRET_KEY, "fr-par", None)


# --- profile selection -----------------------------------------------------------------------

PROFILES_FILE: dict[str, Any] = {
    "secret_key": "top-secret",
    "default_region": "de-fra",
    "active_profile": "active",
    "profiles": {
        "active": {"default_region": "nl-ams"},
        "env": {"default_region": "pl-waw"},
        "arg": {"default_region": "it-mil"},
    },
}


@pytest.mark.parametrize(
    ("argument", "scw_profile", "expected_profile", "expected_region"),
    [
        pytest.param(None, None, "active", "nl-ams", id="active_profile"),
        pytest.param(None, "env", "env", "pl-waw", id="SCW_PROFILE-over-active_profile"),
        pytest.param("arg", "env", "arg", "it-mil", id="argument-over-SCW_PROFILE"),
        pytest.param("arg", None, "arg", "it-mil", id="argument-over-active_profile"),
        pytest.param("default", "env", "default", "de-fra", id="argument-default-is-top-level"),
        pytest.param(None, "default", "default", "de-fra", id="SCW_PROFILE-default-is-top-level"),
    ],
)
def test_profile_selection_order(
    argument: str | None,
    scw_profile: str | None,
    expected_profile: str,
    expected_region: str,
    make_client: MakeClient,
    isolated_config: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    write_config(isolated_config, PROFILES_FILE)
    if scw_profile is not None:
        monkeypatch.setenv("SCW_PROFILE", scw_profile)

    config = make_client(refuse, secret_key=None, profile=argument).config

    assert config.region == expected_region
    assert config.profile == expected_profile
    assert config.secret_key == "top-secret"


@pytest.mark.parametrize("active_profile", [None, "default"])
def test_no_profile_or_default_profile_means_top_level_values(
    active_profile: str | None, make_client: MakeClient, isolated_config: Path
) -> None:
    document: dict[str, Any] = {
        "secret_key": "top-secret",
        "default_region": "de-fra",
        "profiles": {"default": {"default_region": "nl-ams"}, "dev": {"default_region": "pl-waw"}},
    }
    if active_profile is not None:
        document["active_profile"] = active_profile
    write_config(isolated_config, document)

    config = make_client(refuse, secret_key=None).config

    assert (config.secret_key, config.region) == ("top-secret", "de-fra")


def test_profile_values_override_the_top_level_for_every_key(
    make_client: MakeClient, isolated_config: Path
) -> None:
    write_config(
        isolated_config,
        {
            "secret_key": "top-secret",
            "access_key": "SCWTOP",
            "default_region": "de-fra",
            "default_project_id": "top-project",
            "default_organization_id": "top-org",
            "api_url": "https://top.example",
            "profiles": {
                "prod": {
                    "secret_key": "prod-secret",
                    "access_key": "SCWPROD",
                    "default_region": "nl-ams",
                    "default_project_id": "prod-project",
                    "default_organization_id": "prod-org",
                    "api_url": "https://prod.example",
                }
            },
        },
    )

    config = make_client(refuse, secret_key=None, profile="prod").config

    assert config == ClientConfig(
        secret_key="prod-secret",
        access_key="SCWPROD",
        region="nl-ams",
        project_id="prod-project",
        organization_id="prod-org",
        api_url="https://prod.example",
        profile="prod",
    )


@pytest.mark.parametrize("profile_body", [{"default_region": "nl-ams"}, {}, None])
def test_keys_missing_from_the_profile_fall_back_to_the_top_level(
    profile_body: dict[str, str] | None, make_client: MakeClient, isolated_config: Path
) -> None:
    write_config(
        isolated_config,
        {
            "secret_key": "top-secret",
            "default_region": "de-fra",
            "default_project_id": "top-project",
            "profiles": {"dev": profile_body},
        },
    )
    expected_region = (profile_body or {}).get("default_region", "de-fra")

    config = make_client(refuse, secret_key=None, profile="dev").config

    assert config.secret_key == "top-secret"
    assert config.project_id == "top-project"
    assert config.region == expected_region


def test_the_environment_beats_an_explicitly_chosen_profile(
    make_client: MakeClient, isolated_config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_config(
        isolated_config,
        {"profiles": {"prod": {"secret_key": "prod-secret", "default_region": "nl-ams"}}},
    )
    monkeypatch.setenv("SCW_DEFAULT_REGION", "pl-waw")

    config = make_client(refuse, secret_key=None, profile="prod").config

    assert (config.secret_key, config.region) == ("prod-secret", "pl-waw")


@pytest.mark.parametrize("source", ["argument", "SCW_PROFILE", "active_profile"])
def test_an_unknown_profile_names_the_profile_and_the_file(
    source: str,
    make_client: MakeClient,
    isolated_config: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    document: dict[str, Any] = {"secret_key": "top-secret", "profiles": {"dev": {}}}
    kwargs: dict[str, Any] = {}
    if source == "argument":
        kwargs["profile"] = "staging"
    elif source == "SCW_PROFILE":
        monkeypatch.setenv("SCW_PROFILE", "staging")
    else:
        document["active_profile"] = "staging"
    write_config(isolated_config, document)

    with pytest.raises(ConfigurationError) as caught:
        make_client(refuse, **kwargs)

    assert "staging" in str(caught.value)
    assert str(isolated_config) in str(caught.value)


@pytest.mark.parametrize("source", ["argument", "SCW_PROFILE"])
def test_an_unknown_profile_fails_even_without_a_config_file(
    source: str,
    make_client: MakeClient,
    isolated_config: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Everything else is given; the profile asked for cannot be found, which is an error."""
    kwargs: dict[str, Any] = {}
    if source == "argument":
        kwargs["profile"] = "staging"
    else:
        monkeypatch.setenv("SCW_PROFILE", "staging")
    assert not isolated_config.exists()

    with pytest.raises(ConfigurationError) as caught:
        make_client(refuse, **kwargs)

    assert "staging" in str(caught.value)
    assert str(isolated_config) in str(caught.value)


def test_a_file_without_profiles_has_no_named_profile(
    make_client: MakeClient, isolated_config: Path
) -> None:
    write_config(isolated_config, {"secret_key": "top-secret"})

    with pytest.raises(ConfigurationError, match="staging"):
        make_client(refuse, secret_key=None, profile="staging")


# --- no secret key ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("document", "environment", "kwargs"),
    [
        pytest.param(None, {}, {}, id="nothing-anywhere"),
        pytest.param({"default_region": "nl-ams"}, {}, {}, id="file-without-secret"),
        pytest.param(
            {"active_profile": "dev", "profiles": {"dev": {"access_key": "SCWX"}}},
            {},
            {},
            id="selected-profile-and-top-level-without-secret",
        ),
        pytest.param(
            {"profiles": {"dev": {"secret_key": "dev-secret"}}},
            {},
            {},
            id="secret-only-in-an-unselected-profile",
        ),
        pytest.param(None, {"SCW_SECRET_KEY": ""}, {}, id="empty-environment-variable"),
        pytest.param(None, {"SCW_SECRET_KEY": " \r\n"}, {}, id="blank-environment-variable"),
        pytest.param({"secret_key": "\n"}, {}, {"secret_key": " "}, id="blank-everywhere"),
        pytest.param(None, {}, {"secret_key": ""}, id="empty-argument"),
        pytest.param({"secret_key": ""}, {}, {}, id="empty-in-file"),
        pytest.param(
            None,
            {"SCW_ACCESS_KEY": "SCWX", "SCW_DEFAULT_PROJECT_ID": "p"},
            {"region": "nl-ams"},
            id="other-settings-only",
        ),
    ],
)
def test_no_secret_key_fails_in_the_constructor_naming_scw_secret_key(
    document: dict[str, Any] | None,
    environment: dict[str, str],
    kwargs: dict[str, Any],
    make_client: MakeClient,
    isolated_config: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if document is not None:
        write_config(isolated_config, document)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    kwargs.setdefault("secret_key", None)

    with pytest.raises(ConfigurationError, match="SCW_SECRET_KEY"):
        make_client(refuse, **kwargs)


def test_the_bare_constructor_fails_without_a_secret_key() -> None:
    with pytest.raises(ConfigurationError, match="SCW_SECRET_KEY"):
        FunctionsClient(transport=httpx.MockTransport(refuse))


# --- invalid values --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "region",
    ["paris", "FR-PAR", "fr-par/../x", "fr_par", "fr-pa", "fr-pari", " fr-par", "fr-par\n", "fr"],
)
def test_an_invalid_region_argument_is_refused(region: str, make_client: MakeClient) -> None:
    with pytest.raises(ConfigurationError, match="region"):
        make_client(refuse, region=region)


@pytest.mark.parametrize("source", ["environment", "profile", "top-level"])
def test_an_invalid_region_from_any_source_is_refused(
    source: str,
    make_client: MakeClient,
    isolated_config: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    document: dict[str, Any] = {"profiles": {"dev": {}}}
    if source == "environment":
        monkeypatch.setenv("SCW_DEFAULT_REGION", "paris")
    elif source == "profile":
        document["profiles"]["dev"]["default_region"] = "FR-PAR"
    else:
        document["default_region"] = "fr-par/../x"
    write_config(isolated_config, document)

    with pytest.raises(ConfigurationError, match="region"):
        make_client(refuse, profile="dev")


@pytest.mark.parametrize("region", ["fr-par", "nl-ams", "pl-waw", "it-mil"])
def test_the_scaleway_regions_are_accepted(region: str, make_client: MakeClient) -> None:
    assert make_client(refuse, region=region).config.region == region


@pytest.mark.parametrize(
    "api_url",
    [
        "ftp://api.scaleway.com",
        "api.scaleway.com",
        "//api.scaleway.com",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "https:/api.scaleway.com",
        "https://",
    ],
)
def test_an_api_url_that_is_not_http_is_refused(api_url: str, make_client: MakeClient) -> None:
    with pytest.raises(ConfigurationError, match="api_url"):
        make_client(refuse, api_url=api_url)


@pytest.mark.parametrize("source", ["environment", "profile", "top-level"])
def test_an_invalid_api_url_from_any_source_is_refused(
    source: str,
    make_client: MakeClient,
    isolated_config: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    document: dict[str, Any] = {"profiles": {"dev": {}}}
    if source == "environment":
        monkeypatch.setenv("SCW_API_URL", "ftp://env.example")
    elif source == "profile":
        document["profiles"]["dev"]["api_url"] = "profile.example"
    else:
        document["api_url"] = "file:///top"
    write_config(isolated_config, document)

    with pytest.raises(ConfigurationError, match="api_url"):
        make_client(refuse, profile="dev")


@pytest.mark.parametrize(
    ("api_url", "reason"),
    [
        ("https://user:hunter2@api.example", "credentials"),
        ("https://:hunter2@api.example", "credentials"),
        ("https://api.example/?token=hunter2", "query"),
        ("https://api.example/#hunter2", "fragment"),
        ("http://[::1", "Invalid IPv6"),
        ("http://api.example:99999", "Port"),
    ],
)
def test_an_api_url_with_credentials_query_or_a_bad_host_is_refused_unrepeated(
    api_url: str, reason: str, make_client: MakeClient
) -> None:
    """Paths are appended to the API URL: a query or fragment would swallow them, and a
    credential in it would travel in every request. The message never repeats it."""
    with pytest.raises(ConfigurationError, match=reason) as caught:
        make_client(refuse, api_url=api_url)

    assert "hunter2" not in str(caught.value)


@pytest.mark.parametrize(
    "api_url",
    [
        "http://localhost:8080",
        "https://api.scaleway.com",
        "https://proxy.example/scw",
        "http://[::1]:8080",
    ],
)
def test_http_and_https_api_urls_are_accepted(api_url: str, make_client: MakeClient) -> None:
    assert make_client(refuse, api_url=api_url).config.api_url == api_url


@pytest.mark.parametrize("timeout", [0, 0.0, -1, -0.001])
def test_a_timeout_that_is_not_positive_is_refused(timeout: float, make_client: MakeClient) -> None:
    with pytest.raises(ConfigurationError, match="timeout"):
        make_client(refuse, timeout=timeout)


@pytest.mark.parametrize("max_retries", [-1, -10])
def test_a_negative_max_retries_is_refused(max_retries: int, make_client: MakeClient) -> None:
    with pytest.raises(ConfigurationError, match="max_retries"):
        make_client(refuse, max_retries=max_retries)


# --- unreadable config files -----------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        pytest.param("secret_key: [unclosed\n", id="unclosed-flow-sequence"),
        pytest.param('secret_key: "unterminated\n', id="unterminated-quote"),
        pytest.param("profiles:\n  dev:\n\tdefault_region: nl-ams\n", id="tab-indentation"),
        pytest.param("a: b: c\n", id="nested-mapping-on-one-line"),
        pytest.param("secret_key: x\n- item\n", id="sequence-after-mapping"),
        pytest.param("profiles:\n  dev: {region: nl-ams\n", id="unclosed-flow-mapping"),
    ],
)
def test_a_malformed_config_file_names_its_path(
    content: str, make_client: MakeClient, isolated_config: Path
) -> None:
    isolated_config.write_text(content, encoding="utf-8")

    with pytest.raises(ConfigurationError) as caught:
        make_client(refuse)

    assert str(isolated_config) in str(caught.value)


@pytest.mark.parametrize(
    "content", ["- secret_key\n- region\n", "just a string\n", "42\n", "true\n"]
)
def test_a_config_file_that_is_not_a_mapping_names_its_path(
    content: str, make_client: MakeClient, isolated_config: Path
) -> None:
    isolated_config.write_text(content, encoding="utf-8")

    with pytest.raises(ConfigurationError) as caught:
        make_client(refuse)

    assert str(isolated_config) in str(caught.value)


def test_a_config_file_that_is_not_utf8_names_its_path(
    make_client: MakeClient, isolated_config: Path
) -> None:
    isolated_config.write_bytes(b"secret_key: \xff\xfe\n")

    with pytest.raises(ConfigurationError) as caught:
        make_client(refuse)

    assert str(isolated_config) in str(caught.value)


@pytest.mark.parametrize(
    "document",
    [
        pytest.param({"profiles": {"dev": "not a mapping"}}, id="profile-is-a-string"),
        pytest.param({"profiles": ["dev"]}, id="profiles-is-a-list"),
    ],
)
def test_a_malformed_profile_names_the_file(
    document: dict[str, Any], make_client: MakeClient, isolated_config: Path
) -> None:
    """A profile that is not a mapping is a configuration error, not a TypeError."""
    write_config(isolated_config, document)

    with pytest.raises(ConfigurationError) as caught:
        make_client(refuse, profile="dev")

    assert str(isolated_config) in str(caught.value)


# --- the URL requests reach ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("api_url", "expected_base"),
    [
        ("https://api.example.com/", "https://api.example.com"),
        ("https://api.example.com///", "https://api.example.com"),
        ("https://proxy.example/scw/", "https://proxy.example/scw"),
        ("http://localhost:8080", "http://localhost:8080"),
    ],
)
def test_requests_go_to_api_url_plus_path(
    api_url: str, expected_base: str, make_client: MakeClient
) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=NO_RUNTIMES)

    client = make_client(handler, api_url=api_url, region="nl-ams")
    client.list_function_runtimes()

    assert client.config.api_url == expected_base
    assert [str(request.url) for request in seen] == [
        expected_base + RUNTIMES_PATH.format(region="nl-ams")
    ]


def test_requests_use_the_settings_resolved_from_environment_and_file(
    make_client: MakeClient, isolated_config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_config(
        isolated_config,
        {"secret_key": "file-secret", "profiles": {"dev": {"api_url": "https://dev.example/"}}},
    )
    monkeypatch.setenv("SCW_PROFILE", "dev")
    monkeypatch.setenv("SCW_DEFAULT_REGION", "pl-waw")
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=NO_RUNTIMES)

    make_client(handler, secret_key=None).list_function_runtimes()

    assert [str(request.url) for request in seen] == [
        "https://dev.example" + RUNTIMES_PATH.format(region="pl-waw")
    ]
    assert seen[0].headers["X-Auth-Token"] == "file-secret"


def test_the_default_api_url_is_scaleway(make_client: MakeClient) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=NO_RUNTIMES)

    make_client(handler).list_function_runtimes()

    assert str(seen[0].url) == "https://api.scaleway.com" + RUNTIMES_PATH.format(region="fr-par")
    assert seen[0].headers["X-Auth-Token"] == SECRET_KEY


# --- the secret key stays secret -------------------------------------------------------------


@pytest.mark.parametrize("source", ["argument", "environment", "file"])
def test_reprs_never_show_the_secret_key(
    source: str,
    make_client: MakeClient,
    isolated_config: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if source == "environment":
        monkeypatch.setenv("SCW_SECRET_KEY", SECRET_KEY)
    elif source == "file":
        write_config(isolated_config, {"secret_key": SECRET_KEY})
    secret = SECRET_KEY if source == "argument" else None

    client = make_client(refuse, secret_key=secret, access_key="SCWACCESS", project_id="p")

    assert client.config.secret_key == SECRET_KEY
    for text in (repr(client), repr(client.config), str(client.config)):
        assert_no_secret(text)
    assert "SCWACCESS" in repr(client.config)


def _bad_region(isolated_config: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    return {"secret_key": SECRET_KEY, "region": "paris"}


def _bad_api_url(isolated_config: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    monkeypatch.setenv("SCW_SECRET_KEY", SECRET_KEY)
    return {"api_url": "ftp://example"}


def _bad_timeout(isolated_config: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    return {"secret_key": SECRET_KEY, "timeout": -1}


def _bad_retries(isolated_config: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    return {"secret_key": SECRET_KEY, "max_retries": -1}


def _unknown_profile(isolated_config: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    write_config(isolated_config, {"secret_key": SECRET_KEY, "profiles": {"dev": {}}})
    return {"secret_key": None, "profile": "staging"}


def _bad_region_in_file(isolated_config: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    write_config(isolated_config, {"secret_key": SECRET_KEY, "default_region": "paris"})
    return {"secret_key": None}


def _not_a_mapping(isolated_config: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    isolated_config.write_text(f"- {SECRET_KEY}\n", encoding="utf-8")
    return {"secret_key": None}


def _unterminated_quote(isolated_config: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    isolated_config.write_text(f'secret_key: "{SECRET_KEY}\n', encoding="utf-8")
    return {"secret_key": None}


def _stray_colon(isolated_config: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    isolated_config.write_text(f"secret_key: {SECRET_KEY}: x\n", encoding="utf-8")
    return {"secret_key": None}


@pytest.mark.parametrize(
    "setup",
    [
        pytest.param(_bad_region, id="invalid-region"),
        pytest.param(_bad_api_url, id="invalid-api-url"),
        pytest.param(_bad_timeout, id="invalid-timeout"),
        pytest.param(_bad_retries, id="invalid-max-retries"),
        pytest.param(_unknown_profile, id="unknown-profile"),
        pytest.param(_bad_region_in_file, id="invalid-region-in-file"),
        pytest.param(_not_a_mapping, id="file-not-a-mapping"),
        # PyYAML's own error text quotes the offending line, which may hold the key.
        pytest.param(_unterminated_quote, id="malformed-yaml-unterminated-quote"),
        pytest.param(_stray_colon, id="malformed-yaml-stray-colon"),
    ],
)
def test_configuration_errors_never_show_the_secret_key(
    setup: Callable[[Path, pytest.MonkeyPatch], dict[str, Any]],
    make_client: MakeClient,
    isolated_config: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kwargs = setup(isolated_config, monkeypatch)

    with pytest.raises(ConfigurationError) as caught:
        make_client(refuse, **kwargs)

    assert_no_secret(str(caught.value))
    assert_no_secret(repr(caught.value))
    assert_no_secret(caught.value.message)


# --- keys as read from files: whitespace around them, characters a header cannot carry --------

KEY_SETTINGS = {"secret_key": "SCW_SECRET_KEY", "access_key": "SCW_ACCESS_KEY"}
KEY_SOURCES = ("argument", "environment", "profile", "top-level")


def place_key(
    setting: str, value: str, source: str, path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[dict[str, Any], str]:
    """Put `value` as `setting` in `source`; the client's kwargs, and how errors name it."""
    kwargs: dict[str, Any] = {"secret_key": None}
    document: dict[str, Any] = {"profiles": {"prod": {}}}
    if setting == "access_key":  # the secret key then comes from elsewhere
        document["secret_key"] = SECRET_KEY
    if source == "argument":
        kwargs[setting] = value
        named = f"the {setting} argument"
    elif source == "environment":
        monkeypatch.setenv(KEY_SETTINGS[setting], value)
        named = KEY_SETTINGS[setting]
    elif source == "profile":
        document["profiles"]["prod"][setting] = value
        kwargs["profile"] = "prod"
        named = f'profile "prod" in {path}'
    else:
        document[setting] = value
        named = str(path)
    write_config(path, document)
    return kwargs, named


@pytest.mark.parametrize("padding", ["\n", "\r\n", " ", "\t ", "\r"])
@pytest.mark.parametrize("source", KEY_SOURCES)
@pytest.mark.parametrize("setting", list(KEY_SETTINGS))
def test_keys_lose_the_whitespace_around_them_wherever_they_come_from(
    setting: str,
    source: str,
    padding: str,
    make_client: MakeClient,
    isolated_config: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`$(cat key)`, a key file's last newline, a copied space: the key still works."""
    key = SECRET_KEY if setting == "secret_key" else "SCWXXXXXXXXXXXXXXXXX"
    kwargs, _ = place_key(setting, padding + key + padding, source, isolated_config, monkeypatch)
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=NO_RUNTIMES)

    client = make_client(handler, **kwargs)
    client.list_function_runtimes()

    assert getattr(client.config, setting) == key
    assert seen[0].headers["X-Auth-Token"] == SECRET_KEY


# A key no HTTP header can carry: each made of pieces distinctive enough to spot if echoed.
BAD_KEYS = {
    "control-character": ("Qv7kZ2wX-\x01-Jm4pR8sT", "a control character"),
    "nul": ("Qv7kZ2wX\x00Jm4pR8sT", "a control character"),
    "newline-inside": ("Qv7kZ2wX\nJm4pR8sT", "a control character"),
    "escape": ("Qv7kZ2wX\x1b[0mJm4pR8sT", "a control character"),
    "delete": ("Qv7kZ2wX\x7fJm4pR8sT", "a control character"),
    "non-ascii": ("Qv7kZ2wX-é-Jm4pR8sT", "a non-ASCII character"),
    "non-ascii-dash": ("Qv7kZ2wX\u2013Jm4pR8sT", "a non-ASCII character"),
}


def assert_no_part_of(key: str, error: BaseException) -> None:
    """Neither str(error) nor repr(error) holds any 4 characters of `key`, nor the offending
    character, raw or escaped."""
    for text in (str(error), repr(error)):
        leaked = {key[i : i + 4] for i in range(len(key) - 3)} & {
            text[i : i + 4] for i in range(len(text) - 3)
        }
        assert not leaked, f"part of the key leaked: {text!r}"
        for char in key:
            if not " " <= char <= "~":  # the offending ones
                assert char not in text
                assert repr(char)[1:-1] not in text


@pytest.mark.parametrize(
    ("setting", "source", "case"),
    [
        pytest.param(setting, source, case, id=f"{setting}-{source}-{case}")
        for setting in KEY_SETTINGS
        for source in KEY_SOURCES
        for case in BAD_KEYS
        # No environment variable can hold a NUL.
        if not (source == "environment" and "\x00" in BAD_KEYS[case][0])
    ],
)
def test_a_key_no_header_can_carry_fails_in_the_constructor_naming_its_source(
    setting: str,
    source: str,
    case: str,
    make_client: MakeClient,
    isolated_config: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    key, problem = BAD_KEYS[case]
    kwargs, named = place_key(setting, key + "\n", source, isolated_config, monkeypatch)

    with pytest.raises(ConfigurationError) as caught:
        make_client(refuse, **kwargs)

    message = str(caught.value)
    assert f"{setting.replace('_', ' ')} from {named} contains {problem}" in message
    assert "not shown" in message
    assert_no_part_of(key, caught.value)


def test_a_key_no_header_can_carry_fails_in_the_async_constructor_too(
    make_async_client: MakeAsyncClient,
) -> None:
    key, _ = BAD_KEYS["non-ascii"]

    with pytest.raises(ConfigurationError, match="the secret_key argument") as caught:
        make_async_client(refuse, secret_key=key)

    assert_no_part_of(key, caught.value)


@pytest.mark.parametrize("key", ["Qv7kZ2wX Jm4pR8sT", "Qv7kZ2wX\tJm4pR8sT", "a!#$%&'*+-.^_`|~z"])
def test_any_key_a_header_can_carry_is_sent_as_it_is(key: str, make_client: MakeClient) -> None:
    """Visible ASCII, spaces and tabs inside: what the header grammar allows goes through."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=NO_RUNTIMES)

    make_client(handler, secret_key=key).list_function_runtimes()

    assert seen[0].headers["X-Auth-Token"] == key


def test_sources_name_where_each_setting_was_found(
    make_client: MakeClient, isolated_config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_config(
        isolated_config,
        {
            "default_project_id": "top-project",
            "profiles": {"prod": {"secret_key": "profile-secret"}},
        },
    )
    monkeypatch.setenv("SCW_DEFAULT_REGION", "nl-ams")

    config = make_client(
        refuse, secret_key=None, profile="prod", api_url="https://x.example"
    ).config

    assert config.sources == {
        "secret_key": f'profile "prod" in {isolated_config}',
        "region": "SCW_DEFAULT_REGION",
        "project_id": str(isolated_config),
        "api_url": "the api_url argument",
    }
    assert "sources" not in repr(config)  # where the key came from is no business of a repr


# --- the error type --------------------------------------------------------------------------


def test_configuration_error_is_a_scaleway_error_and_a_value_error(
    make_client: MakeClient,
) -> None:
    assert issubclass(ConfigurationError, ScalewayError)
    assert issubclass(ConfigurationError, ValueError)

    with pytest.raises(ValueError, match="SCW_SECRET_KEY") as as_value_error:
        make_client(refuse, secret_key=None)
    with pytest.raises(ScalewayError, match="region") as as_scaleway_error:
        make_client(refuse, region="paris")

    assert isinstance(as_value_error.value, ConfigurationError)
    assert isinstance(as_scaleway_error.value, ConfigurationError)


# --- the async client ------------------------------------------------------------------------


async def test_the_async_client_resolves_config_like_the_sync_client(
    make_async_client: MakeAsyncClient,
    make_client: MakeClient,
    isolated_config: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    write_config(
        isolated_config,
        {
            "secret_key": "file-secret",
            "default_project_id": "top-project",
            "profiles": {"prod": {"default_region": "nl-ams", "api_url": "https://prod.example/"}},
        },
    )
    monkeypatch.setenv("SCW_PROFILE", "prod")
    monkeypatch.setenv("SCW_DEFAULT_ORGANIZATION_ID", "env-org")
    expected = ClientConfig(
        secret_key="file-secret",
        region="nl-ams",
        project_id="top-project",
        organization_id="env-org",
        api_url="https://prod.example",
        profile="prod",
        max_retries=1,
    )
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=NO_RUNTIMES)

    async with make_async_client(handler, secret_key=None, max_retries=1) as client:
        assert client.config == expected
        await client.list_function_runtimes()

    assert make_client(refuse, secret_key=None, max_retries=1).config == expected
    assert [str(request.url) for request in seen] == [
        "https://prod.example" + RUNTIMES_PATH.format(region="nl-ams")
    ]
    assert seen[0].headers["X-Auth-Token"] == "file-secret"


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("secret_key", ["SCWKEY-in-a-list"]),
        ("secret_key", {"value": "SCWKEY-in-a-map"}),
        ("access_key", 12345),
        ("default_region", 7),
        ("default_project_id", True),
    ],
)
def test_a_config_value_that_is_no_string_is_refused_unshown(
    key: str, value: object, make_client: MakeClient, isolated_config: Path
) -> None:
    """`secret_key: [KEY]` was sent as the token "['KEY']"."""
    write_config(isolated_config, {"secret_key": "SCW-real", key: value})

    with pytest.raises(ConfigurationError, match=f"{key} from .* must be a string") as caught:
        make_client(refuse)

    assert "SCWKEY" not in str(caught.value)
    assert str(isolated_config) in str(caught.value)


def test_a_secret_key_argument_that_is_no_string_is_refused(make_client: MakeClient) -> None:
    with pytest.raises(ConfigurationError, match="secret_key from the secret_key argument"):
        make_client(refuse, secret_key=12345)


@pytest.mark.timeout(10)
def test_a_yaml_alias_bomb_is_refused_at_once(
    make_client: MakeClient, isolated_config: Path
) -> None:
    """448 bytes of nested aliases: a walk over the values would never end."""
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for name, previous in zip("bcdefghi", "abcdefgh", strict=True):
        lines.append(f"{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]")
    isolated_config.write_text("\n".join(lines) + "\nsecret_key: *i\n")

    with pytest.raises(ConfigurationError, match="aliases"):
        make_client(refuse)
