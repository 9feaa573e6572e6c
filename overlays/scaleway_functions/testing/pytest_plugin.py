"""pytest fixtures: an emulator reset for each test, and clients wired to it.

Enable with `pytest_plugins = ["scaleway_functions.testing.pytest_plugin"]` in conftest.py.

One emulator serves the whole session (starting and stopping a server costs a few hundred
milliseconds); each test gets it emptied, with no faults, and with the timings of the
`functions_emulator_timings` fixture (override it to slow builds down). While a test runs,
the environment points the package's configuration at the emulator and at nothing else:
your own SCW_* variables, profile and config file are out of the way, so code under test
that builds `FunctionsClient()` itself talks to the emulator too.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator

import pytest

from scaleway_functions import AsyncFunctionsClient, FunctionsClient

from ._server import Emulator
from ._state import Timings

__all__ = [
    "EMULATOR_PROJECT_ID",
    "EMULATOR_SECRET_KEY",
    "async_functions_client",
    "functions_client",
    "functions_emulator",
    "functions_emulator_timings",
    "functions_env",
]

# The emulator accepts any non-empty key; these identify nothing real.
EMULATOR_SECRET_KEY = "00000000-0000-4000-8000-00000000e4e4"  # noqa: S105
EMULATOR_PROJECT_ID = "00000000-0000-4000-8000-000000000001"


@pytest.fixture
def functions_emulator_timings() -> Timings:
    """How long the emulator's transitions take in a test: near zero, so a deploy is quick.
    Override this fixture for a test that needs to see a build in progress."""
    return Timings(namespace_ready=0.0, build=0.03, deletion=0.0)


@pytest.fixture(scope="session")
def _functions_emulator_server() -> Iterator[Emulator]:
    with Emulator() as emulator:
        yield emulator


@pytest.fixture
def functions_emulator(
    _functions_emulator_server: Emulator, functions_emulator_timings: Timings
) -> Emulator:
    """The session's emulator on a loopback port, reset for this test (`.url`, `.service`
    for its state, `.faults` to inject failures)."""
    _functions_emulator_server.reset(functions_emulator_timings)
    return _functions_emulator_server


@pytest.fixture
def functions_env(functions_emulator: Emulator, monkeypatch: pytest.MonkeyPatch) -> Emulator:
    """The environment of a program configured for the emulator alone: SCW_API_URL, a key,
    a project and a region; no other SCW_* variable, no config file; the emulator's host
    exempt from HTTP(S)_PROXY."""
    for name in list(os.environ):
        if name.startswith("SCW_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("SCW_CONFIG_PATH", os.devnull)
    monkeypatch.setenv("SCW_API_URL", functions_emulator.url)
    monkeypatch.setenv("SCW_SECRET_KEY", EMULATOR_SECRET_KEY)
    monkeypatch.setenv("SCW_DEFAULT_PROJECT_ID", EMULATOR_PROJECT_ID)
    monkeypatch.setenv("SCW_DEFAULT_REGION", "fr-par")
    for name in ("NO_PROXY", "no_proxy"):
        exempt = [host for host in os.environ.get(name, "").split(",") if host]
        monkeypatch.setenv(name, ",".join([*exempt, functions_emulator.host]))
    return functions_emulator


@pytest.fixture
def functions_client(functions_env: Emulator) -> Iterator[FunctionsClient]:
    """A FunctionsClient talking to `functions_emulator`."""
    with FunctionsClient() as client:
        yield client


@pytest.fixture
async def async_functions_client(functions_env: Emulator) -> AsyncIterator[AsyncFunctionsClient]:
    """An AsyncFunctionsClient talking to `functions_emulator` (needs pytest-asyncio)."""
    async with AsyncFunctionsClient() as client:
        yield client
