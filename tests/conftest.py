"""Shared test doubles: the recorded live session, and an in-process fake of the API."""

from __future__ import annotations

import importlib.util
import inspect
import io
import json
import os
import subprocess
import threading
import zipfile
from collections.abc import Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import pytest
import yaml

from scaleway_functions import AsyncFunctionsClient, FunctionsClient, _timing
from scaleway_functions.testing import EmulatorTransport, Timings, create_app

if TYPE_CHECKING:
    from starlette.applications import Starlette

FIXTURES = Path(__file__).parent / "fixtures"

# `pytester` runs small user projects (tests/test_pytest_plugin.py).
pytest_plugins = ["pytester"]

# The Schemathesis suite runs in its own session (`nox -s conformance`, which installs it);
# where schemathesis is not installed, the rest of the suite runs without it.
if importlib.util.find_spec("schemathesis") is None:
    collect_ignore = ["test_conformance.py"]
API_URL = "https://api.scaleway.com"
SECRET_KEY = "11111111-2222-3333-4444-555555555555"
PROXY_VARIABLES = {"http_proxy", "https_proxy", "all_proxy", "no_proxy"}


@dataclass(frozen=True)
class Interaction:
    """One recorded exchange: what was asked and what the live API answered."""

    method: str
    url: httpx.URL
    status_code: int
    headers: dict[str, str]
    body: str

    def json(self) -> Any:
        return json.loads(self.body)


def _load_cassette() -> list[Interaction]:
    raw = yaml.safe_load((FIXTURES / "recorded-deploy-session.cassette.yaml").read_text())
    return [
        Interaction(
            method=item["request"]["method"],
            url=httpx.URL(item["request"]["url"]),
            status_code=item["response"]["code"],
            headers={k: v[0] for k, v in item["response"]["headers"].items()},
            body=item["response"]["body"],
        )
        for item in raw["interactions"]
    ]


RECORDED = _load_cassette()


@pytest.fixture
def scripted_api() -> Server:
    """A scripted API with no answers yet: queue them with `reply` and `replay`."""
    return Server()


# --- the handwritten client ---------------------------------------------------------------


@pytest.fixture(autouse=True)
def isolated_config(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No test sees the machine's SCW_* variables, proxy settings or Scaleway CLI config
    file (the client sends through httpx, which honours HTTP(S)_PROXY)."""
    for name in list(os.environ):
        if name.startswith("SCW_") or name.lower() in PROXY_VARIABLES:
            monkeypatch.delenv(name)
    config = tmp_path / "scw-config.yaml"
    monkeypatch.setenv("SCW_CONFIG_PATH", str(config))
    return config


@dataclass
class FakeClock:
    """The one fake clock: for the client it stands in for `_timing` (sleeping advances it
    at once and is recorded), for the emulator it is the clock it reads (calling it)."""

    now: float = 1000.0
    sleeps: list[float] = field(default_factory=list)

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        """Let time pass without anyone sleeping (on the emulator's side)."""
        self.now += seconds

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def monotonic(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock()
    monkeypatch.setattr(_timing, "sleep", fake.sleep)
    monkeypatch.setattr(_timing, "asleep", fake.asleep)
    monkeypatch.setattr(_timing, "monotonic", fake.monotonic)
    return fake


Handler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture
def make_client(clock: FakeClock) -> Iterator[Callable[..., FunctionsClient]]:
    """FunctionsClient(secret_key=SECRET_KEY, ...) answering through `handler`, closed after."""
    made: list[FunctionsClient] = []

    def make(handler: Handler, **kwargs: Any) -> FunctionsClient:
        kwargs.setdefault("secret_key", SECRET_KEY)
        client = FunctionsClient(transport=httpx.MockTransport(handler), **kwargs)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def make_async_client(clock: FakeClock) -> Callable[..., AsyncFunctionsClient]:
    """AsyncFunctionsClient answering through `handler` (use it with `async with`)."""

    def make(handler: Handler, **kwargs: Any) -> AsyncFunctionsClient:
        kwargs.setdefault("secret_key", SECRET_KEY)
        return AsyncFunctionsClient(transport=httpx.MockTransport(handler), **kwargs)

    return make


# --- a scripted API, run through both clients -----------------------------------------------

Answer = Callable[[httpx.Request], httpx.Response]
Op = Callable[[Any], Any]
Invoke = Callable[..., Awaitable[Any]]


def reply(
    status_code: int = 200,
    body: Any = None,
    *,
    content: bytes | str | None = None,
    headers: dict[str, str] | None = None,
) -> Answer:
    """An answer built afresh for every request: `body` as JSON, or raw `content`."""

    def answer(request: httpx.Request) -> httpx.Response:
        if content is not None:
            return httpx.Response(status_code, content=content, headers=headers)
        return httpx.Response(status_code, json=body, headers=headers)

    return answer


class Server:
    """The scripted API: answers requests with `answers` in order (the last one repeats),
    and keeps every request. More answers can be queued with `reply` and `replay`.

    With no answers, every request gets the recorded ready Function.
    """

    def __init__(self, *answers: Answer) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []
        self._lock = threading.Lock()

    def reply(self, status_code: int = 200, body: Any = None, **kwargs: Any) -> None:
        """Queue an answer: `body` as JSON, or raw `content=`."""
        self.answers.append(reply(status_code, body, **kwargs))

    def replay(self, interaction: Interaction) -> None:
        """Queue a recorded answer, byte for byte."""
        self.answers.append(
            reply(
                interaction.status_code,
                content=interaction.body.encode(),
                headers=interaction.headers,
            )
        )

    @property
    def all_answered(self) -> bool:
        """Whether every queued answer was given (and none given twice)."""
        return len(self.requests) == len(self.answers)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        with self._lock:
            self.requests.append(request)
            answers = self.answers or [reply(200, RECORDED[18].json())]
            answer = answers[min(len(self.requests), len(answers)) - 1]
        return answer(request)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


async def resolve(value: Any) -> Any:
    """The value of a client call, sync or async."""
    return await value if inspect.isawaitable(value) else value


async def gather(listing: Any) -> list[Any]:
    """Every item of a Paginator or an AsyncPaginator (or of their `pages()`)."""
    if hasattr(listing, "__aiter__"):
        return [item async for item in listing]
    return list(listing)


@pytest.fixture(params=["sync", "async"])
def invoke(
    request: pytest.FixtureRequest,
    make_client: Callable[..., FunctionsClient],
    make_async_client: Callable[..., AsyncFunctionsClient],
) -> Invoke:
    """`await invoke(api, op, **client_kwargs)` runs `op(client)` on each client in turn.

    `api` is a `Server` or any request handler; `op` is usually a lambda such as
    `lambda c: c.get_function(ID)` or, for listings, `lambda c: gather(c.iter_functions(ID))`.
    """

    async def run(api: Handler, op: Op, **client_kwargs: Any) -> Any:
        if request.param == "sync":
            return await resolve(op(make_client(api, **client_kwargs)))
        async with make_async_client(api, **client_kwargs) as client:
            return await resolve(op(client))

    return run


# --- the emulator, in process, on a hand-driven clock ------------------------------------

EMULATOR_API = "/functions/v1beta1/regions/fr-par"
BASE_URL = "http://emulator"
AUTH = {"X-Auth-Token": SECRET_KEY}
# With a hand-driven clock: each build step lasts 1 s, transitions take 1 s.
TIMINGS = Timings(namespace_ready=1.0, build=3.0, deletion=1.0)


def make_zip(files: Mapping[str, str]) -> bytes:
    """A zip archive holding `files` (name: text)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def stop_process(process: subprocess.Popen[str]) -> None:
    """End a server started for a test: terminate, kill if it lingers, close its output."""
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)
    if process.stdout is not None:
        process.stdout.close()


@pytest.fixture
def emulator_sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The seconds the emulator's app asked to sleep (latency, delay faults), recorded
    instead of slept: a delay is observed, never measured."""
    import asyncio
    import types

    from scaleway_functions.testing import _app

    slept: list[float] = []
    real_sleep = asyncio.sleep

    async def recording_sleep(seconds: float) -> None:
        slept.append(seconds)
        await real_sleep(0)

    monkeypatch.setattr(_app, "asyncio", types.SimpleNamespace(sleep=recording_sleep))
    return slept


@pytest.fixture
def fake_time() -> FakeClock:
    """A clock for the emulator alone, advanced by hand (the client keeps real time)."""
    return FakeClock()


@pytest.fixture
def app(fake_time: FakeClock) -> Starlette:
    return create_app(timings=TIMINGS, clock=fake_time)


@pytest.fixture
def api(app: Starlette) -> Iterator[httpx.Client]:
    """A raw HTTP client into the app, with a valid token."""
    with httpx.Client(transport=EmulatorTransport(app), base_url=BASE_URL, headers=AUTH) as client:
        yield client


@pytest.fixture
def namespace(api: httpx.Client) -> dict[str, Any]:
    return new_namespace(api, name="main-ns")


def ok(response: httpx.Response) -> Any:
    assert response.status_code == 200, f"{response.status_code}: {response.text}"
    return response.json()


def new_namespace(api: httpx.Client, **body: Any) -> Any:
    return ok(api.post(f"{EMULATOR_API}/namespaces", json=body))


# --- tests over a real loopback socket ---------------------------------------------------

# Fixtures that start a server on 127.0.0.1; tests using them are marked `loopback`, as are
# tests that start one themselves. `pytest -m "not loopback"` is the quick local run; CI
# runs everything.
LOOPBACK_FIXTURES = {"emulator", "server", "functions_emulator", "functions_client"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if LOOPBACK_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.loopback)
