"""pytest fixtures: a fresh emulator per test, and clients wired to it.

Enable with `pytest_plugins = ["scaleway_functions.testing.pytest_plugin"]` in conftest.py.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from scaleway_functions import AsyncFunctionsClient, FunctionsClient

from ._server import Emulator

# The emulator accepts any non-empty key; this one is not a credential.
EMULATOR_SECRET_KEY = "00000000-0000-4000-8000-00000000e4e4"  # noqa: S105


@pytest.fixture
def functions_emulator() -> Iterator[Emulator]:
    """A fresh emulator on a loopback port, stopped after the test."""
    with Emulator() as emulator:
        yield emulator


@pytest.fixture
def functions_client(functions_emulator: Emulator) -> Iterator[FunctionsClient]:
    """A FunctionsClient talking to `functions_emulator`."""
    with FunctionsClient(secret_key=EMULATOR_SECRET_KEY, api_url=functions_emulator.url) as client:
        yield client


@pytest.fixture
async def async_functions_client(
    functions_emulator: Emulator,
) -> AsyncIterator[AsyncFunctionsClient]:
    """An AsyncFunctionsClient talking to `functions_emulator` (needs pytest-asyncio)."""
    async with AsyncFunctionsClient(
        secret_key=EMULATOR_SECRET_KEY, api_url=functions_emulator.url
    ) as client:
        yield client
