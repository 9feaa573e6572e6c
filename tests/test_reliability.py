"""Reliability: injected faults, bad answers, bad input, secrets and concurrency.

Most tests talk to the bundled emulator on 127.0.0.1 (`Emulator`), with failures injected
by `Faults`; a few use in-process fakes (`make_client`) where an answer must be malformed
on purpose. Retry back-off goes through the `clock` fixture wherever a test only counts
outcomes, so no test sleeps for the client. Every test asserts outcomes (exceptions,
counts, bytes), never durations; tests that could hang carry a short `timeout` mark.

docs/reliability.md lists each guarantee with the test that proves it and the figures
these tests measured.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import io
import itertools
import logging
import os
import pathlib
import socket
import threading
import time
import zipfile
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
import yaml

from scaleway_functions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ArchiveError,
    AsyncFunctionsClient,
    Function,
    FunctionsClient,
    InvalidArgumentsError,
    NotFoundError,
    RateLimitedError,
    ResponseValidationError,
    ScalewayError,
    Secret,
    ServerError,
    UploadError,
    WaitTimeoutError,
)
from scaleway_functions.testing import (
    Emulator,
    EmulatorTransport,
    Fault,
    Faults,
    Timings,
    create_app,
)

from .conftest import RECORDED, FakeClock

FUNCTION = RECORDED[18].json()
FUNCTION_ID = FUNCTION["id"]
NAMESPACE_ID = RECORDED[4].json()["id"]
API_PREFIX = "/functions/v1beta1/regions/fr-par"
FUNCTIONS_PATH = f"{API_PREFIX}/functions"
STORAGE_PATH = "/_storage"
SECRET_KEY = "5ec12e7a-0000-4000-8000-reliability00"
SPEC = yaml.safe_load((Path(__file__).parent.parent / "openapi.yaml").read_text())


# --- emulator helpers ---------------------------------------------------------------------


@dataclass
class CountingFaults(Faults):
    """The emulator's Faults, also recording every request that reaches it.

    `seen` holds (path, injected outcome or None, time by `clock`) in arrival order.
    """

    clock: Callable[[], float] = time.monotonic
    seen: list[tuple[str, int | str | None, float]] = field(default_factory=list)

    def take(self, path: str, method: str = "GET") -> Fault | None:
        fault = super().take(path, method)
        self.seen.append((path, None if fault is None else fault.outcome, self.clock()))
        return fault

    def requests(self, prefix: str = "/") -> list[int | str | None]:
        """The outcomes of the requests whose path starts with `prefix`, in order."""
        return [outcome for path, outcome, _ in self.seen if path.startswith(prefix)]


FAST = Timings(namespace_ready=0.0, build=0.2, deletion=0.05)


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    """A fresh emulator on a loopback port that accepts only SECRET_KEY."""
    with Emulator(token=SECRET_KEY, timings=FAST, faults=CountingFaults()) as running:
        yield running


def faults_of(emulator: Emulator) -> CountingFaults:
    faults = emulator.faults
    assert isinstance(faults, CountingFaults)
    return faults


@pytest.fixture
def client(emulator: Emulator) -> Iterator[FunctionsClient]:
    with FunctionsClient(secret_key=SECRET_KEY, api_url=emulator.url, timeout=10) as made:
        yield made


def new_namespace(emulator: Emulator, name: str = "reliability") -> str:
    """A namespace, created straight in the emulator's state (no HTTP round trip)."""
    with emulator.service.lock:
        namespace = emulator.service.create_namespace("fr-par", {"name": name})
    return str(namespace["id"])


def seed_functions(emulator: Emulator, namespace_id: str, count: int) -> list[str]:
    """`count` functions created straight in the emulator's state (no HTTP round trips)."""
    with emulator.service.lock:
        return [
            str(
                emulator.service.create_function(
                    "fr-par", {"namespace_id": namespace_id, "name": f"fn-{n:04d}"}
                )["id"]
            )
            for n in range(count)
        ]


def force_stop(emulator: Emulator) -> None:
    """Stop an emulator that has a request in flight (its graceful shutdown cuts it)."""
    emulator.stop()


def zip_bytes(files: dict[str, bytes | str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


HANDLER_ZIP = zip_bytes({"handler.py": "def handle(event, context):\n    return {}\n"})


def free_port() -> int:
    """A loopback port nothing listens on."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def report(**figures: Any) -> None:
    """Figures for docs/reliability.md (shown with `pytest -s`)."""
    print("FIGURES", " ".join(f"{key}={value}" for key, value in figures.items()))


# --- in-process helpers -------------------------------------------------------------------


class Recorder:
    """An httpx handler answering with `answer(request)`, keeping every request."""

    def __init__(self, answer: Callable[[httpx.Request], httpx.Response] | None = None) -> None:
        self.answer = answer
        self.requests: list[httpx.Request] = []
        self._lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        with self._lock:
            self.requests.append(request)
        if self.answer is None:
            raise AssertionError(f"no request expected, got {request.method} {request.url}")
        return self.answer(request)


def answer_json(body: Any, status_code: int = 200) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(status_code, json=body)


def answer_bytes(
    content: bytes, status_code: int = 200, headers: dict[str, str] | None = None
) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(status_code, content=content, headers=headers)


MakeClient = Callable[..., FunctionsClient]


# ==========================================================================================
# Faults, against a real emulator on 127.0.0.1
# ==========================================================================================


def test_a_third_of_list_pages_answered_503_loses_and_duplicates_nothing(
    emulator: Emulator, client: FunctionsClient, clock: FakeClock
) -> None:
    """Pages 1, 4, 7, ... 28 of 30 are each answered 503 once (fail_next before each)."""
    namespace_id = new_namespace(emulator)
    expected = seed_functions(emulator, namespace_id, 300)
    faults = faults_of(emulator)
    faulty_pages = set(range(1, 31, 3))
    faults.fail_next(503, path=FUNCTIONS_PATH)  # page 1
    got: list[str] = []

    for index, function in enumerate(
        client.iter_functions(namespace_id, page_size=10, concurrency=1), start=1
    ):
        got.append(function.id)
        if index % 10 == 0 and index // 10 + 1 in faulty_pages:
            faults.fail_next(503, path=FUNCTIONS_PATH)  # the page about to be fetched

    outcomes = faults.requests(FUNCTIONS_PATH)
    lost = len(set(expected) - set(got))
    duplicates = len(got) - len(set(got))
    report(
        test="list_503_third",
        items=len(got),
        requests=len(outcomes),
        faults_503=outcomes.count(503),
        lost=lost,
        duplicates=duplicates,
    )
    assert outcomes.count(503) == 10
    assert len(outcomes) == 40  # 30 pages + one retry for each faulty page
    assert faults.scheduled == []
    assert lost == 0
    assert duplicates == 0
    assert sorted(got) == sorted(expected)


@pytest.mark.loopback
def test_list_pages_failing_at_random_concurrently_lose_and_duplicate_nothing(
    clock: FakeClock,
) -> None:
    """A third of list requests answered 503, another tenth dropped, 4 pages at a time."""
    faults = CountingFaults(seed=20240601, error_statuses=(503,))
    with Emulator(token=SECRET_KEY, timings=FAST, faults=faults) as emulator:
        namespace_id = new_namespace(emulator)
        expected = seed_functions(emulator, namespace_id, 300)
        faults.error_rate, faults.drop_rate = 1 / 3, 0.1  # from now on: only list requests
        # 20 retries: a page failing 21 times in a row has a chance of about 1e-10. The
        # timeout bounds a whole call, its backoff included (on the fake clock, which every
        # page's thread advances).
        with FunctionsClient(
            secret_key=SECRET_KEY, api_url=emulator.url, timeout=3600, max_retries=20
        ) as client:
            pages = client.iter_functions(namespace_id, page_size=10, concurrency=4)
            got = [function.id for function in pages]

    outcomes = faults.requests(FUNCTIONS_PATH)
    lost = len(set(expected) - set(got))
    duplicates = len(got) - len(set(got))
    report(
        test="list_random_concurrent",
        items=len(got),
        requests=len(outcomes),
        faults_503=outcomes.count(503),
        drops=outcomes.count("drop"),
        lost=lost,
        duplicates=duplicates,
    )
    assert outcomes.count(503) + outcomes.count("drop") > 0
    assert outcomes.count(None) == 30  # each page answered once
    assert lost == 0
    assert duplicates == 0
    assert len(got) == 300


@pytest.mark.parametrize("drops", [1, 3])
def test_dropped_connection_get_is_retried_and_succeeds(
    emulator: Emulator, client: FunctionsClient, clock: FakeClock, drops: int
) -> None:
    namespace_id = new_namespace(emulator)
    (function_id,) = seed_functions(emulator, namespace_id, 1)
    path = f"{FUNCTIONS_PATH}/{function_id}"
    emulator.faults.fail_next("drop", path=path, times=drops)

    function = client.get_function(function_id)

    assert function.id == function_id
    assert faults_of(emulator).requests(path) == ["drop"] * drops + [None]


def test_dropped_connection_post_is_not_resent(
    emulator: Emulator, client: FunctionsClient, clock: FakeClock
) -> None:
    """A POST whose answer was lost may have been acted on: it is never sent twice."""
    namespace_id = new_namespace(emulator)
    emulator.faults.fail_next("drop", path=FUNCTIONS_PATH)

    with pytest.raises(APIConnectionError) as caught:
        client.create_function(namespace_id=namespace_id, name="once")

    assert not isinstance(caught.value, APITimeoutError)
    assert faults_of(emulator).requests(FUNCTIONS_PATH) == ["drop"]


@pytest.mark.timeout(20)  # well under the 30 s the server takes: the client did not wait
@pytest.mark.loopback
def test_server_slower_than_the_timeout_raises_api_timeout_error() -> None:
    emulator = Emulator(token=SECRET_KEY, faults=CountingFaults(latency=30)).start()
    try:
        with (
            FunctionsClient(secret_key=SECRET_KEY, api_url=emulator.url, timeout=0.3) as client,
            pytest.raises(APITimeoutError) as caught,
        ):
            client.get_function(FUNCTION_ID)
    finally:
        force_stop(emulator)

    assert isinstance(caught.value, APIConnectionError)
    assert isinstance(caught.value, ScalewayError)
    assert f"127.0.0.1:{emulator.port}" in caught.value.message
    assert faults_of(emulator).seen == []  # the one request never got past the latency


@pytest.mark.timeout(20)
@pytest.mark.loopback
async def test_server_slower_than_the_timeout_raises_api_timeout_error_async() -> None:
    emulator = Emulator(token=SECRET_KEY, faults=CountingFaults(latency=30)).start()
    try:
        async with AsyncFunctionsClient(
            secret_key=SECRET_KEY, api_url=emulator.url, timeout=0.3
        ) as client:
            with pytest.raises(APITimeoutError):
                await client.get_function(FUNCTION_ID)
    finally:
        force_stop(emulator)


def test_connection_refused_raises_api_connection_error(clock: FakeClock) -> None:
    port = free_port()
    with (
        FunctionsClient(secret_key=SECRET_KEY, api_url=f"http://127.0.0.1:{port}") as client,
        pytest.raises(APIConnectionError) as caught,
    ):
        client.get_function(FUNCTION_ID)

    assert not isinstance(caught.value, APITimeoutError)
    assert f"127.0.0.1:{port}" in caught.value.message
    assert len(clock.sleeps) == 3  # the default 3 retries, then the error


async def test_connection_refused_raises_api_connection_error_async(clock: FakeClock) -> None:
    port = free_port()
    async with AsyncFunctionsClient(
        secret_key=SECRET_KEY, api_url=f"http://127.0.0.1:{port}"
    ) as client:
        with pytest.raises(APIConnectionError) as caught:
            await client.list_namespaces()

    assert not isinstance(caught.value, APITimeoutError)
    assert f"127.0.0.1:{port}" in caught.value.message


def _code_tree(root: Path) -> Path:
    """A function's code: a handler and 1 MiB of incompressible data (several chunks)."""
    root.mkdir()
    (root / "handler.py").write_text("def handle(event, context):\n    return {}\n")
    (root / "blob.bin").write_bytes(os.urandom(1024 * 1024))
    return root


@pytest.mark.parametrize("fault", [503, "drop"])
def test_storage_put_failing_once_is_resent_whole(
    emulator: Emulator, client: FunctionsClient, clock: FakeClock, tmp_path: Path, fault: Any
) -> None:
    namespace_id = new_namespace(emulator)
    (function_id,) = seed_functions(emulator, namespace_id, 1)
    source = _code_tree(tmp_path / "code")
    emulator.faults.fail_next(fault, path=STORAGE_PATH)

    result = client.upload_function_code(function_id, source)

    stored = emulator.service.functions[function_id].archive
    assert stored is not None
    puts = faults_of(emulator).requests(STORAGE_PATH)
    report(test=f"storage_put_{fault}", puts=len(puts), archive_bytes=len(stored))
    assert puts == [fault, None]
    assert len(stored) == result.size
    assert hashlib.sha256(stored).hexdigest() == result.sha256
    with zipfile.ZipFile(io.BytesIO(stored)) as archive:
        assert archive.read("blob.bin") == (source / "blob.bin").read_bytes()


async def test_storage_put_503_is_resent_whole_async(
    emulator: Emulator, clock: FakeClock, tmp_path: Path
) -> None:
    namespace_id = new_namespace(emulator)
    (function_id,) = seed_functions(emulator, namespace_id, 1)
    data = zip_bytes({"handler.py": "x = 1\n", "blob.bin": os.urandom(600 * 1024)})
    (tmp_path / "code.zip").write_bytes(data)
    emulator.faults.fail_next(503, path=STORAGE_PATH)

    async with AsyncFunctionsClient(secret_key=SECRET_KEY, api_url=emulator.url) as client:
        result = await client.upload_function_code(function_id, tmp_path / "code.zip")

    stored = emulator.service.functions[function_id].archive
    assert faults_of(emulator).requests(STORAGE_PATH) == [503, None]
    assert stored == data
    assert result.sha256 == hashlib.sha256(data).hexdigest()


def _pending_function(emulator: Emulator, client: FunctionsClient) -> str:
    """A function whose build is under way (it stays pending for a minute)."""
    namespace_id = new_namespace(emulator)
    function = client.create_function(namespace_id=namespace_id, handler="handler.handle")
    client.deploy_function_code(function.id, HANDLER_ZIP, wait=False)
    return function.id


@pytest.mark.timeout(30)
@pytest.mark.loopback
def test_emulator_stopped_during_a_wait_raises_api_connection_error(clock: FakeClock) -> None:
    emulator = Emulator(token=SECRET_KEY, timings=Timings(build=60))
    seen: list[str] = []

    def stop_the_service(function: Function) -> None:
        seen.append(str(function.status))
        emulator.stop()

    with emulator, FunctionsClient(secret_key=SECRET_KEY, api_url=emulator.url) as client:
        function_id = _pending_function(emulator, client)
        with pytest.raises(APIConnectionError) as caught:
            client.wait_for_function(function_id, timeout=600, on_progress=stop_the_service)

    assert seen == ["pending"]
    assert not isinstance(caught.value, APITimeoutError)
    assert f"127.0.0.1:{emulator.port}" in caught.value.message


@pytest.mark.timeout(30)
@pytest.mark.loopback
async def test_emulator_stopped_during_a_wait_raises_api_connection_error_async(
    clock: FakeClock,
) -> None:
    with Emulator(token=SECRET_KEY, timings=Timings(build=60)) as emulator:
        with FunctionsClient(secret_key=SECRET_KEY, api_url=emulator.url) as client:
            function_id = _pending_function(emulator, client)
        async with AsyncFunctionsClient(secret_key=SECRET_KEY, api_url=emulator.url) as aclient:
            with pytest.raises(APIConnectionError):
                await aclient.wait_for_function(
                    function_id, timeout=600, on_progress=lambda f: emulator.stop()
                )


@pytest.fixture
def simulated(clock: FakeClock) -> Iterator[tuple[FunctionsClient, CountingFaults]]:
    """A client on an in-process emulator whose time is the fake clock's."""
    faults = CountingFaults(clock=clock.monotonic)
    app = create_app(
        token=SECRET_KEY,
        clock=clock.monotonic,
        faults=faults,
        timings=Timings(namespace_ready=0, build=10, deletion=1),
    )
    transport = EmulatorTransport(app)
    with FunctionsClient(
        secret_key=SECRET_KEY, api_url="http://emulator", transport=transport
    ) as made:
        yield made, faults


@pytest.mark.parametrize(
    ("injected", "timeout"),
    [(2, 1.5), (3, 2.5), (3, 3.5), (6, 5.0)],
    ids=["2x429-timeout1.5", "3x429-timeout2.5", "3x429-timeout3.5", "6x429-timeout5"],
)
def test_429_retry_after_never_carries_a_wait_past_its_deadline(
    simulated: tuple[FunctionsClient, CountingFaults],
    clock: FakeClock,
    injected: int,
    timeout: float,
) -> None:
    """The emulator answers 429 with Retry-After: 1. The build takes 10 s: the wait times
    out. It must end by its deadline, never retrying sooner than Retry-After says."""
    client, faults = simulated
    namespace = client.create_namespace(name="rate")
    function = client.create_function(namespace_id=namespace.id, handler="handler.handle")
    client.deploy_function_code(function.id, HANDLER_ZIP, wait=False)
    path = f"{FUNCTIONS_PATH}/{function.id}"
    faults.fail_next(429, path=path, times=injected)
    start = clock.now

    with pytest.raises((WaitTimeoutError, RateLimitedError)) as caught:
        client.wait_for_function(function.id, timeout=timeout)

    elapsed = clock.now - start
    polls = [(outcome, at) for p, outcome, at in faults.seen if p == path]
    report(
        test=f"wait_429_{injected}_{timeout}",
        error=type(caught.value).__name__,
        elapsed=elapsed,
        requests=len(polls),
        faults_429=sum(1 for outcome, _ in polls if outcome == 429),
    )
    for (outcome, at), (_, next_at) in itertools.pairwise(polls):
        if outcome == 429:
            assert next_at - at >= 1.0, "retried before Retry-After allowed it"
    assert elapsed <= timeout, f"the wait ended {elapsed - timeout:g}s past its deadline"


def test_429_retry_after_is_honoured_in_a_wait_that_succeeds(
    simulated: tuple[FunctionsClient, CountingFaults], clock: FakeClock
) -> None:
    client, faults = simulated
    namespace = client.create_namespace(name="rate")
    function = client.create_function(namespace_id=namespace.id, handler="handler.handle")
    client.deploy_function_code(function.id, HANDLER_ZIP, wait=False)
    path = f"{FUNCTIONS_PATH}/{function.id}"
    faults.fail_next(429, path=path, times=3)
    start = clock.now

    ready = client.wait_for_function(function.id, timeout=60)

    polls = [(outcome, at) for p, outcome, at in faults.seen if p == path]
    assert str(ready.status) == "ready"
    assert [outcome for outcome, _ in polls[:4]] == [429, 429, 429, None]
    assert [round(b - a, 6) for (_, a), (_, b) in itertools.pairwise(polls[:4])] == [1.0] * 3
    assert clock.now - start <= 60


# ==========================================================================================
# Bad answers, from in-process fakes
# ==========================================================================================


@pytest.mark.parametrize(
    "content",
    [b"{", b"<html>maintenance</html>", b"", b"\xff\xfe\x00garbage", b"null", b"[]", b"42"],
    ids=["truncated", "html", "empty", "not-utf8", "null", "array", "number"],
)
def test_200_that_is_not_a_json_object_raises_response_validation_error(
    make_client: MakeClient, content: bytes
) -> None:
    client = make_client(Recorder(answer_bytes(content)))

    with pytest.raises(ResponseValidationError) as caught:
        client.get_function(FUNCTION_ID)

    assert caught.value.status_code == 200
    assert "getFunction" in caught.value.message


FUNCTION_REQUIRED = SPEC["components"]["schemas"]["Function"]["required"]


@pytest.mark.parametrize("missing", FUNCTION_REQUIRED)
def test_200_missing_a_required_field_raises_response_validation_error(
    make_client: MakeClient, missing: str
) -> None:
    body = {key: value for key, value in FUNCTION.items() if key != missing}
    client = make_client(Recorder(answer_json(body)))

    with pytest.raises(ResponseValidationError) as caught:
        client.get_function(FUNCTION_ID)

    assert repr(missing) in caught.value.message


def test_list_item_missing_a_required_field_raises_response_validation_error(
    make_client: MakeClient,
) -> None:
    broken = {key: value for key, value in FUNCTION.items() if key != "status"}
    page = {"functions": [FUNCTION, broken], "total_count": 2}
    client = make_client(Recorder(answer_json(page)))

    with pytest.raises(ResponseValidationError, match="status"):
        list(client.iter_functions(NAMESPACE_ID))


def _paged_api(items: int, claimed_total: int) -> Recorder:
    """Honest pages over `items` functions, each claiming `claimed_total` in all."""
    every = [{**FUNCTION, "id": f"fn-{n:04d}"} for n in range(items)]

    def answer(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        size = int(request.url.params["page_size"])
        chunk = every[(page - 1) * size : page * size]
        return httpx.Response(200, json={"functions": chunk, "total_count": claimed_total})

    return Recorder(answer)


@pytest.mark.parametrize("concurrency", [1, 4])
@pytest.mark.parametrize(
    ("items", "claimed_total"),
    [(25, 1000), (30, 1000), (0, 50), (7, 10**12)],
    ids=["short-last-page", "empty-page", "nothing", "absurd-total"],
)
def test_lying_total_count_ends_the_listing_with_every_item_once(
    make_client: MakeClient, items: int, claimed_total: int, concurrency: int
) -> None:
    server = _paged_api(items, claimed_total)
    client = make_client(server)

    got = [f.id for f in client.iter_functions(NAMESPACE_ID, page_size=10, concurrency=concurrency)]

    assert got == [f"fn-{n:04d}" for n in range(items)]
    # The page that shows the end, plus at most one batch fetched alongside it.
    assert len(server.requests) <= items // 10 + 1 + concurrency


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_redirect_to_another_host_never_receives_the_token(
    make_client: MakeClient, status: int
) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.host == "evil.example":
            return httpx.Response(200, json=FUNCTION)
        return httpx.Response(status, headers={"Location": "https://evil.example/steal"})

    server = Recorder(answer)
    client = make_client(server)

    with pytest.raises(ScalewayError) as caught:
        client.get_function(FUNCTION_ID)

    assert caught.value.status_code == status
    assert [request.url.host for request in server.requests] == ["api.scaleway.com"]
    assert all("evil" not in str(request.url) for request in server.requests)


def test_storage_redirect_to_another_host_is_not_followed(make_client: MakeClient) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.host == "api.scaleway.com":
            length = request.url.params["content_length"]
            return httpx.Response(
                200,
                json={
                    "url": "https://storage.example/code.zip?sig=1",
                    "headers": {"content-length": [length]},
                },
            )
        if request.url.host == "storage.example":
            return httpx.Response(307, headers={"Location": "https://evil.example/x"})
        return httpx.Response(200)

    server = Recorder(answer)
    client = make_client(server)

    with pytest.raises(UploadError):
        client.upload_function_code(FUNCTION_ID, HANDLER_ZIP)

    assert [r.url.host for r in server.requests] == ["api.scaleway.com", "storage.example"]
    assert "X-Auth-Token" not in server.requests[1].headers


HUGE = 5 * 1024 * 1024


@pytest.mark.parametrize(
    ("content", "headers"),
    [
        (b'{"message": "' + b"m" * HUGE + b'"}', {}),
        (b"<html>" + b"<p>proxy error</p>\n" * (HUGE // 19) + b"</html>", {}),
        (b'{"type": "' + b"t" * HUGE + b'", "message": "x"}', {}),
        (b'{"message": "short"}', {"x-request-id": "r" * 100_000}),
    ],
    ids=["huge-message", "huge-html", "huge-type", "huge-request-id"],
)
def test_enormous_error_body_keeps_the_exception_bounded(
    make_client: MakeClient, content: bytes, headers: dict[str, str]
) -> None:
    client = make_client(Recorder(answer_bytes(content, 500, headers)))

    with pytest.raises(ServerError) as caught:
        client.get_function(FUNCTION_ID)

    error = caught.value
    assert len(error.message) <= 512
    assert len(str(error)) <= 1024
    assert len(repr(error)) <= 1024
    assert error.body is not None
    assert len(error.body) <= 64 * 1024


# ==========================================================================================
# Bad input
# ==========================================================================================

ID_OPERATIONS = [
    pytest.param(lambda c, i: c.get_function(i), "functions", "", id="get_function"),
    pytest.param(lambda c, i: c.delete_function(i), "functions", "", id="delete_function"),
    pytest.param(lambda c, i: c.update_function(i, min_scale=1), "functions", "", id="update"),
    pytest.param(lambda c, i: c.deploy_function(i), "functions", "/deploy", id="deploy"),
    pytest.param(lambda c, i: c.get_namespace(i), "namespaces", "", id="get_namespace"),
    pytest.param(lambda c, i: c.delete_namespace(i), "namespaces", "", id="delete_namespace"),
]


@pytest.mark.parametrize(("operation", "collection", "suffix"), ID_OPERATIONS)
@pytest.mark.parametrize("bad_id", ["", ".", ".."])
def test_unusable_id_is_refused_before_any_request(
    make_client: MakeClient, operation: Any, collection: str, suffix: str, bad_id: str
) -> None:
    server = Recorder()
    client = make_client(server)

    with pytest.raises(ValueError, match="id"):
        operation(client, bad_id)

    assert server.requests == []


TRICKY_IDS = [
    "a/b",
    "../x",
    "../../namespaces/" + NAMESPACE_ID,
    "x/../../../../v2/admin",
    "%",
    "%2F",
    "%2e%2e",
    "..%2F..%2Fnamespaces",
    "./.",
    "...",
    "a?page=2",
    "a#frag",
    "a\\..\\b",
    " ",
]


@pytest.mark.parametrize(("operation", "collection", "suffix"), ID_OPERATIONS)
@pytest.mark.parametrize("tricky_id", TRICKY_IDS)
def test_tricky_id_travels_as_one_path_segment(
    make_client: MakeClient, operation: Any, collection: str, suffix: str, tricky_id: str
) -> None:
    server = Recorder(answer_json(FUNCTION if collection == "functions" else RECORDED[4].json()))
    client = make_client(server)

    operation(client, tricky_id)

    (request,) = server.requests
    prefix, raw_path = f"{API_PREFIX}/{collection}/".encode(), request.url.raw_path
    assert raw_path.startswith(prefix)
    assert raw_path.endswith(suffix.encode())
    segment = raw_path[len(prefix) : len(raw_path) - len(suffix)].decode("ascii")
    assert not set("/?# ") & set(segment)
    assert request.url.query == b""
    assert unquote(segment) == tricky_id  # exactly the id, in exactly one segment


@pytest.mark.parametrize(
    "region",
    ["", "/", "..", "%", "fr-par/..", "fr-par/../nl-ams", "fr%2Fpar", "fr-par%2F..", "FR-PAR",
     "fr-par ", "fr-par\n", "paris"],
)  # fmt: skip
def test_unusable_region_is_refused_before_any_request(
    make_client: MakeClient, region: str
) -> None:
    server = Recorder()
    client = make_client(server)

    with pytest.raises(ValueError, match="region"):
        client.get_function(FUNCTION_ID, region=region)
    with pytest.raises(ValueError, match="region"):
        client.create_namespace(name="x", region=region)
    with pytest.raises(ValueError, match="region"):
        list(client.iter_functions(NAMESPACE_ID, region=region))

    assert server.requests == []


def test_unknown_region_is_answered_invalid_arguments(
    emulator: Emulator, client: FunctionsClient
) -> None:
    with pytest.raises(InvalidArgumentsError) as caught:
        client.list_namespaces(region="xx-yyy")

    assert caught.value.status_code == 400
    assert caught.value.error_type == "invalid_arguments"
    assert caught.value.details is not None
    assert [d["argument_name"] for d in caught.value.details] == ["region"]
    with (
        FunctionsClient(secret_key=SECRET_KEY, api_url=emulator.url, region="zz-top") as other,
        pytest.raises(InvalidArgumentsError) as caught,
    ):
        other.get_function(FUNCTION_ID)
    assert [d["argument_name"] for d in caught.value.details or []] == ["region"]


def test_traversal_ids_never_reach_another_resource(
    emulator: Emulator, client: FunctionsClient
) -> None:
    namespace_id = new_namespace(emulator)
    (function_id,) = seed_functions(emulator, namespace_id, 1)
    attempts = [
        lambda: client.delete_function(f"../namespaces/{namespace_id}"),
        lambda: client.delete_function(f"{function_id}/../../namespaces/{namespace_id}"),
        lambda: client.delete_namespace(f"{namespace_id}/.."),
        lambda: client.delete_namespace(f"../functions/{function_id}"),
        lambda: client.deploy_function(f"{function_id}/../{function_id}"),
        lambda: client.get_function(f"%2e%2e%2fnamespaces%2f{namespace_id}"),
    ]
    refused = 0
    for attempt in attempts:
        with pytest.raises(APIStatusError) as caught:
            attempt()
        assert caught.value.status_code in (400, 404)
        refused += 1

    assert refused == len(attempts)
    assert emulator.service.namespaces[namespace_id].deleted_at is None
    assert emulator.service.functions[function_id].deleted_at is None
    assert str(client.get_function(function_id).status) == "created"


LIMITS = [
    pytest.param({f"VAR_{n}": "x" for n in range(101)}, "environment_variables", id="101-vars"),
    pytest.param({"LONG": "x" * 1001}, "environment_variables.LONG", id="1001-chars"),
    pytest.param({"SCW_TOKEN": "x"}, "environment_variables.SCW_TOKEN", id="SCW_-name"),
    pytest.param({"1ABC": "x"}, "environment_variables.1ABC", id="digit-first-name"),
]
TARGETS = ["create_function", "update_function", "create_namespace", "update_namespace"]


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize(("variables", "argument"), LIMITS)
def test_environment_over_the_service_limits_is_answered_invalid_arguments(
    emulator: Emulator,
    client: FunctionsClient,
    target: str,
    variables: dict[str, str],
    argument: str,
) -> None:
    namespace_id = new_namespace(emulator)
    (function_id,) = seed_functions(emulator, namespace_id, 1)
    calls: dict[str, Callable[[], Any]] = {
        "create_function": lambda: client.create_function(
            namespace_id=namespace_id, environment_variables=variables
        ),
        "update_function": lambda: client.update_function(
            function_id, environment_variables=variables
        ),
        "create_namespace": lambda: client.create_namespace(environment_variables=variables),
        "update_namespace": lambda: client.update_namespace(
            namespace_id, environment_variables=variables
        ),
    }

    with pytest.raises(InvalidArgumentsError) as caught:
        calls[target]()

    error = caught.value
    assert error.status_code == 400
    assert error.error_type == "invalid_arguments"
    assert error.details is not None
    names = [detail["argument_name"] for detail in error.details]
    assert any(name.startswith(argument) for name in names), names
    assert emulator.service.functions[function_id].data["environment_variables"] == {}


@pytest.mark.parametrize("target", TARGETS)
def test_environment_at_the_service_limits_is_accepted(
    emulator: Emulator, client: FunctionsClient, target: str
) -> None:
    namespace_id = new_namespace(emulator)
    (function_id,) = seed_functions(emulator, namespace_id, 1)
    variables = {f"VAR_{n}": "x" * 1000 for n in range(100)}
    calls: dict[str, Callable[[], Any]] = {
        "create_function": lambda: client.create_function(
            namespace_id=namespace_id, environment_variables=variables
        ),
        "update_function": lambda: client.update_function(
            function_id, environment_variables=variables
        ),
        "create_namespace": lambda: client.create_namespace(environment_variables=variables),
        "update_namespace": lambda: client.update_namespace(
            namespace_id, environment_variables=variables
        ),
    }

    resource = calls[target]()

    assert resource.environment_variables.to_dict() == variables


# --- code that cannot be packed -----------------------------------------------------------


def _refused_upload(make_client: MakeClient, source: Any) -> ArchiveError:
    """Upload `source`; expect ArchiveError with no request sent."""
    server = Recorder()
    client = make_client(server)
    with pytest.raises(ArchiveError) as caught:
        client.upload_function_code(FUNCTION_ID, source)
    assert server.requests == []
    assert isinstance(caught.value, ScalewayError)
    return caught.value


def _source(tmp_path: Path) -> Path:
    root = tmp_path / "src"
    root.mkdir()
    (root / "handler.py").write_text("def handle(event, context):\n    return {}\n")
    return root


def test_missing_source_directory_is_named(tmp_path: Path, make_client: MakeClient) -> None:
    missing = tmp_path / "does-not-exist"
    error = _refused_upload(make_client, missing)
    assert str(missing) in error.message


def test_empty_source_directory_is_named(tmp_path: Path, make_client: MakeClient) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    error = _refused_upload(make_client, empty)
    assert str(empty) in error.message


def test_source_with_only_ignored_files_is_named(tmp_path: Path, make_client: MakeClient) -> None:
    root = tmp_path / "ignored"
    (root / "__pycache__").mkdir(parents=True)
    (root / "__pycache__" / "handler.cpython-311.pyc").write_bytes(b"\0")
    error = _refused_upload(make_client, root)
    assert str(root) in error.message


def test_symlink_loop_to_the_root_is_named(tmp_path: Path, make_client: MakeClient) -> None:
    root = _source(tmp_path)
    (root / "again").symlink_to(root, target_is_directory=True)
    error = _refused_upload(make_client, root)
    assert str(root / "again") in error.message
    assert "loop" in error.message


def test_symlink_cycle_between_links_is_named(tmp_path: Path, make_client: MakeClient) -> None:
    root = _source(tmp_path)
    (root / "a").symlink_to(root / "b")
    (root / "b").symlink_to(root / "a")
    error = _refused_upload(make_client, root)
    assert str(root / "a") in error.message


@pytest.mark.parametrize("target_kind", ["file", "directory", "absolute-system-file"])
def test_symlink_out_of_the_tree_is_named(
    tmp_path: Path, make_client: MakeClient, target_kind: str
) -> None:
    root = _source(tmp_path)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("not for upload")
    targets = {
        "file": outside / "secret.txt",
        "directory": outside,
        "absolute-system-file": Path("/etc/hostname"),
    }
    link = root / "lib" / "escape"
    link.parent.mkdir()
    link.symlink_to(targets[target_kind])
    error = _refused_upload(make_client, root)
    assert str(link) in error.message
    assert "outside" in error.message


def test_file_name_that_is_not_utf8_is_named(tmp_path: Path, make_client: MakeClient) -> None:
    root = _source(tmp_path)
    bad = os.path.join(os.fsencode(root), b"caf\xe9.py")
    with open(bad, "wb") as handle:
        handle.write(b"x = 1\n")
    error = _refused_upload(make_client, root)
    assert str(root) in error.message
    assert "\\xe9" in error.message
    assert "UTF-8" in error.message


@pytest.mark.parametrize(
    "content", [b"", b"PK", b"not a zip at all", b"PK\x03\x04" + b"\0" * 40, b"\x1f\x8b\x08\0"]
)
def test_zip_file_that_is_not_a_zip_is_named(
    tmp_path: Path, make_client: MakeClient, content: bytes
) -> None:
    fake = tmp_path / "function.zip"
    fake.write_bytes(content)
    error = _refused_upload(make_client, fake)
    assert str(fake) in error.message


@pytest.mark.parametrize("unreadable", ["handler.py", "lib/util.py", ".scwignore", "zip"])
def test_unreadable_file_is_named(
    tmp_path: Path, make_client: MakeClient, monkeypatch: pytest.MonkeyPatch, unreadable: str
) -> None:
    """Tests run as root, where chmod cannot make a file unreadable: opening this one file
    raises PermissionError instead."""
    root = _source(tmp_path)
    (root / "lib").mkdir()
    (root / "lib" / "util.py").write_text("y = 2\n")
    (root / ".scwignore").write_text("*.log\n")
    (tmp_path / "code.zip").write_bytes(HANDLER_ZIP)
    source: Path = tmp_path / "code.zip" if unreadable == "zip" else root
    target = source if unreadable == "zip" else root / unreadable
    real_open = pathlib.Path.open

    def guarded_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == target:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "open", guarded_open)

    error = _refused_upload(make_client, source)

    assert str(target) in error.message


@pytest.mark.timeout(30)
def test_fifo_in_the_source_tree_is_refused_not_waited_on(
    tmp_path: Path, make_client: MakeClient
) -> None:
    """A named pipe (or any file that is not a regular file) must not block the packer."""
    root = _source(tmp_path)
    fifo = root / "events.pipe"
    os.mkfifo(fifo)
    server = Recorder()
    client = make_client(server)
    outcome: list[BaseException | object] = []

    def upload() -> None:
        try:
            outcome.append(client.upload_function_code(FUNCTION_ID, root))
        except BaseException as exc:  # reported below, whatever it is
            outcome.append(exc)

    worker = threading.Thread(target=upload, daemon=True)
    worker.start()
    worker.join(3)  # packing two small files takes milliseconds
    hung = worker.is_alive()
    if hung:  # give the blocked open() a writer, so the thread ends before the test does
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        worker.join(10)

    assert not hung, f"packing {root} blocked on the FIFO {fifo}"
    (error,) = outcome
    assert isinstance(error, ArchiveError)
    assert str(fifo) in error.message
    assert server.requests == []


# ==========================================================================================
# Secrets
# ==========================================================================================

NAMESPACE_SECRET = "ns-secret-value-7b1e0c"
FUNCTION_SECRET = "fn-secret-value-41d9aa"
ROTATED_SECRET = "fn-rotated-value-c03f55"
LOGGERS = ["scaleway_functions", "httpx", "httpcore", "uvicorn",
           "uvicorn.error", "uvicorn.access", "asyncio"]  # fmt: skip


@contextlib.contextmanager
def every_log_record(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """caplog at DEBUG on the root and on every logger the session touches.

    Enter it after creating the Emulator: uvicorn then reconfigures its loggers (levels to
    WARNING, handlers replaced, no propagation to the root), so caplog's handler joins them.
    """
    caplog.set_level(logging.DEBUG)
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    detached = [logging.getLogger(name) for name in ("uvicorn", "uvicorn.access")]
    for logger in detached:
        logger.addHandler(caplog.handler)
    try:
        yield
    finally:
        for logger in detached:
            logger.removeHandler(caplog.handler)


def _texts_of_error(error: BaseException) -> Iterator[str]:
    """str, repr, message and args of an error and of everything in its cause chain."""
    seen: BaseException | None = error
    depth = 0
    while seen is not None and depth < 20:
        yield str(seen)
        yield repr(seen)
        yield str(getattr(seen, "message", ""))
        yield from (repr(arg) for arg in seen.args)
        seen = seen.__cause__ or seen.__context__
        depth += 1


def _texts_of_record(record: logging.LogRecord) -> Iterator[str]:
    yield record.getMessage()
    yield repr(record.msg)
    yield repr(record.args)
    if record.exc_info:
        yield logging.Formatter().formatException(record.exc_info)


@pytest.mark.timeout(60)
@pytest.mark.loopback
async def test_secrets_never_reach_logs_reprs_or_errors(
    caplog: pytest.LogCaptureFixture, clock: FakeClock
) -> None:
    """A whole session against the emulator, with DEBUG logging everywhere."""
    results: list[Any] = []
    errors: list[BaseException] = []
    tokens: list[str] = []
    token_objects: list[Any] = []

    def expect_error(call: Callable[[], Any]) -> None:
        try:
            results.append(call())
        except (ScalewayError, ValueError) as exc:
            errors.append(exc)
        else:
            raise AssertionError("expected an error")

    emulator = Emulator(token=SECRET_KEY, timings=FAST, faults=CountingFaults())
    with every_log_record(caplog), emulator:
        faults = emulator.faults
        with FunctionsClient(secret_key=SECRET_KEY, api_url=emulator.url) as client:
            results.append(client)
            results.append(client.config)
            namespace = client.create_namespace(
                name="secrets",
                secret_environment_variables=[Secret(key="NS_KEY", value=NAMESPACE_SECRET)],
            )
            results.append(client.wait_for_namespace(namespace.id))
            function = client.create_function(
                namespace_id=namespace.id,
                handler="handler.handle",
                secret_environment_variables=[Secret(key="FN_KEY", value=FUNCTION_SECRET)],
            )
            results += [namespace, function]
            for owner in ({"function_id": function.id}, {"namespace_id": namespace.id}):
                token = client.create_token(**owner, description="ci")
                tokens.append(token.token)
                token_objects.append(token)
                results += [token, client.get_token(token.id), client.wait_for_token(token.id)]
            results.append(client.list_tokens(function_id=function.id))
            results += list(client.iter_tokens(namespace_id=namespace.id))
            results.append(client.deploy_function_code(function.id, HANDLER_ZIP))
            results.append(
                client.update_function(
                    function.id,
                    secret_environment_variables=[Secret(key="FN_KEY", value=ROTATED_SECRET)],
                    redeploy=False,
                )
            )
            # Failures of every kind, with secrets in the requests that fail.
            faults.fail_next(429, path=f"{FUNCTIONS_PATH}/{function.id}")
            results.append(client.get_function(function.id))
            faults.fail_next(503, path=f"{FUNCTIONS_PATH}/{function.id}", times=4)
            expect_error(lambda: client.get_function(function.id))
            faults.fail_next("drop", path=FUNCTIONS_PATH)
            expect_error(
                lambda: client.create_function(
                    namespace_id=namespace.id,
                    secret_environment_variables=[Secret(key="K", value=FUNCTION_SECRET)],
                )
            )
            faults.fail_next(503, path=FUNCTIONS_PATH)
            expect_error(
                lambda: client.update_function(
                    function.id,
                    secret_environment_variables=[Secret(key="K", value=ROTATED_SECRET)],
                )
            )
            expect_error(
                lambda: client.create_function(
                    namespace_id=namespace.id,
                    environment_variables={"SCW_X": "1"},
                    secret_environment_variables=[Secret(key="SCW_K", value=FUNCTION_SECRET)],
                )
            )
            expect_error(lambda: client.get_function("00000000-0000-4000-8000-000000000000"))
            expect_error(lambda: client.get_function(""))
            expect_error(lambda: client.get_function(function.id, region="paris"))
            expect_error(lambda: client.upload_function_code(function.id, b"not a zip"))
            with FunctionsClient(secret_key="wrong-key", api_url=emulator.url) as wrong:
                expect_error(lambda: wrong.get_function(function.id))
            async with AsyncFunctionsClient(secret_key=SECRET_KEY, api_url=emulator.url) as aclient:
                results.append(aclient)
                results.append(await aclient.get_token(token_objects[0].id))
                faults.fail_next(503, path=FUNCTIONS_PATH, times=4)
                try:
                    await aclient.get_function(function.id)
                except ScalewayError as exc:
                    errors.append(exc)
            for token in token_objects:
                results.append(client.delete_token(token.id))
            results.append(client.delete_function(function.id))
            results.append(client.delete_namespace(namespace.id))

    secrets = {
        "secret key": SECRET_KEY,
        "namespace secret": NAMESPACE_SECRET,
        "function secret": FUNCTION_SECRET,
        "rotated secret": ROTATED_SECRET,
        **{f"token {n}": value for n, value in enumerate(tokens)},
    }
    records = caplog.records
    by_logger = {name: sum(r.name.startswith(name) for r in records) for name in LOGGERS}
    report(
        test="secrets_session",
        requests=len(faults_of(emulator).seen),
        log_records=len(records),
        results=len(results),
        errors=len(errors),
        **{f"records_{k}": v for k, v in by_logger.items() if v},
    )
    assert len(tokens) == 2
    assert all(len(token) > 20 for token in tokens)
    assert len(errors) == 10
    # The capture works: every layer logged something.
    for name in ("scaleway_functions", "httpx", "httpcore", "uvicorn.access"):
        assert by_logger[name] > 0, name
    for record in records:
        for text in _texts_of_record(record):
            for what, secret in secrets.items():
                assert secret not in text, f"{what} in a log record of {record.name}"
    for result in results:
        for text in (repr(result), str(result)):
            for what, secret in secrets.items():
                assert secret not in text, f"{what} in {type(result).__name__}"
    for error in errors:
        for text in _texts_of_error(error):
            for what, secret in secrets.items():
                assert secret not in text, f"{what} in {type(error).__name__}"


# ==========================================================================================
# Concurrency
# ==========================================================================================


def _established(port: int) -> tuple[int, int]:
    """(server-side, client-side) TCP connections to `port` now ESTABLISHED on loopback."""
    server = client = 0
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        local, remote, state = fields[1], fields[2], fields[3]
        if state != "01":
            continue
        server += int(local.rsplit(":", 1)[1], 16) == port
        client += int(remote.rsplit(":", 1)[1], 16) == port
    return server, client


HTTPX_MAX_KEEPALIVE = 20  # httpx's default pool: 100 connections, 20 kept alive


@pytest.mark.timeout(60)
def test_20_threads_share_one_client_for_2000_calls(
    emulator: Emulator, client: FunctionsClient
) -> None:
    namespace_id = new_namespace(emulator)
    ids = seed_functions(emulator, namespace_id, 20)
    wanted = [ids[n % len(ids)] for n in range(2000)]

    with ThreadPoolExecutor(max_workers=20) as pool:
        got = list(pool.map(lambda function_id: client.get_function(function_id).id, wanted))

    assert got == wanted
    served = faults_of(emulator).requests(FUNCTIONS_PATH)
    assert served == [None] * 2000
    server_side = client_side = None
    if Path("/proc/net/tcp").exists():
        server_side, client_side = _established(emulator.port)
        assert server_side <= HTTPX_MAX_KEEPALIVE
        assert client_side <= HTTPX_MAX_KEEPALIVE
    report(
        test="threads",
        calls=len(got),
        served=len(served),
        server_established=server_side,
        client_established=client_side,
    )


@pytest.mark.timeout(60)
async def test_200_coroutines_share_one_async_client(emulator: Emulator) -> None:
    namespace_id = new_namespace(emulator)
    ids = seed_functions(emulator, namespace_id, 50)
    wanted = [ids[n % len(ids)] for n in range(200)]

    async with AsyncFunctionsClient(
        secret_key=SECRET_KEY, api_url=emulator.url, timeout=30
    ) as client:
        functions = await asyncio.gather(*(client.get_function(i) for i in wanted))
        established = _established(emulator.port) if Path("/proc/net/tcp").exists() else None

    assert [function.id for function in functions] == wanted
    assert faults_of(emulator).requests(FUNCTIONS_PATH) == [None] * 200
    report(test="coroutines", calls=len(functions), established=established)
    if established is not None:
        assert established[1] <= HTTPX_MAX_KEEPALIVE


# ==========================================================================================
# The emulator itself
# ==========================================================================================


def test_emulator_answers_on_connections_without_nagle_delay(
    emulator: Emulator, client: FunctionsClient
) -> None:
    """uvicorn writes a response's head and body separately. Unless TCP_NODELAY is set on
    the connection, the body waits for the ACK of the head (~40 ms per call on Linux)."""
    client.list_namespaces()

    connections = list(emulator._server.server_state.connections)
    assert connections
    for connection in connections:
        sock = connection.transport.get_extra_info("socket")
        assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY), (
            "the emulator's connections leave Nagle's algorithm on"
        )


@pytest.mark.timeout(60)
@pytest.mark.loopback
def test_emulator_stop_ends_its_thread_with_a_request_in_flight() -> None:
    """Emulator.stop() promises that connections in progress are closed."""
    before = set(threading.enumerate())
    emulator = Emulator(token=SECRET_KEY, faults=CountingFaults(latency=30)).start()
    (server_thread,) = set(threading.enumerate()) - before
    with (
        FunctionsClient(secret_key=SECRET_KEY, api_url=emulator.url, timeout=0.3) as client,
        pytest.raises(APITimeoutError),
    ):
        client.get_function(FUNCTION_ID)

    stopper = threading.Thread(target=emulator.stop, daemon=True)
    stopper.start()
    stopper.join(3)  # an idle emulator stops in about 0.1 s
    stopped = not stopper.is_alive() and not server_thread.is_alive()
    if not stopped:  # clean up before failing, so no thread outlives the test
        force_stop(emulator)
        stopper.join(15)
        server_thread.join(15)

    assert stopped, "Emulator.stop() waited on a request still sleeping in injected latency"


def test_fault_counts_are_what_was_scheduled(emulator: Emulator, client: FunctionsClient) -> None:
    """fail_next(path=...) touches only requests under that path, `times` times."""
    namespace_id = new_namespace(emulator)
    (function_id,) = seed_functions(emulator, namespace_id, 1)
    emulator.faults.fail_next(404, path=f"{API_PREFIX}/namespaces", times=2)

    assert client.get_function(function_id).id == function_id
    for _ in range(2):
        with pytest.raises(NotFoundError):
            client.get_namespace(namespace_id)
    assert client.get_namespace(namespace_id).id == namespace_id
    assert faults_of(emulator).requests() == [None, 404, 404, None]
