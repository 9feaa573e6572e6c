"""The client core: the httpx client it sends through (proxies, a user's own client),
per-call options, raw answers, deadlines that hold against slow servers, and what errors
and answers say.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import socketserver
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from scaleway_functions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncFunctionsClient,
    Function,
    FunctionsClient,
    InvalidArgumentsError,
    NotFoundError,
    RawResponse,
    ResponseValidationError,
    ServerError,
    WaitTimeoutError,
)
from scaleway_functions.testing import EmulatorTransport, Faults, create_app

from .conftest import SECRET_KEY, FakeClock, Invoke, Server, reply
from .payloads import FUNCTION, FUNCTION_ID, TOKEN

API_HOST = "api.scaleway.com"
PROJECT_ID = "00000000-0000-4000-8000-000000000001"


# --- a loopback server that answers however a test says -----------------------------------


class _Handler(socketserver.BaseRequestHandler):
    server: _Loopback

    def handle(self) -> None:
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = self.request.recv(65536)
            if not chunk:
                return
            data += chunk
        head = data.split(b"\r\n\r\n", 1)[0].decode("latin-1")
        self.server.seen.append(head.split("\r\n", 1)[0])
        with contextlib.suppress(OSError):  # the client gave up: the point of some tests
            self.server.respond(self.request, head)


class _Loopback(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, respond: Callable[[socket.socket, str], None]) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.respond = respond
        self.seen: list[str] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


@pytest.fixture
def loopback() -> Iterator[Callable[[Callable[[socket.socket, str], None]], _Loopback]]:
    started: list[_Loopback] = []

    def start(respond: Callable[[socket.socket, str], None]) -> _Loopback:
        server = _Loopback(respond)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.shutdown()
        server.server_close()


def _answer(status: str, body: bytes) -> bytes:
    return (
        f"HTTP/1.1 {status}\r\ncontent-type: application/json\r\n"
        f"content-length: {len(body)}\r\nx-request-id: req-1\r\n\r\n"
    ).encode() + body


def answer_function(sock: socket.socket, head: str) -> None:
    sock.sendall(_answer("200 OK", json.dumps(FUNCTION).encode()))


def refuse_tunnel(sock: socket.socket, head: str) -> None:
    sock.sendall(b"HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n")


def trickle(*, headers_too: bool) -> Callable[[socket.socket, str], None]:
    """An answer sent one byte every 0.3 s: 60 s for the whole of it."""

    def respond(sock: socket.socket, head: str) -> None:
        whole = _answer("200 OK", b" " * 200)
        start = 0 if headers_too else whole.index(b"\r\n\r\n") + 4
        sock.sendall(whole[:start])
        for offset in range(start, len(whole)):
            time.sleep(0.3)
            sock.sendall(whole[offset : offset + 1])

    return respond


Start = Callable[[Callable[[socket.socket, str], None]], _Loopback]


# --- requests go through an httpx client: proxies, a user's own client --------------------


@pytest.mark.loopback
def test_https_proxy_from_the_environment_is_used(
    loopback: Start, monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy = loopback(refuse_tunnel)
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)

    with (
        FunctionsClient(secret_key=SECRET_KEY, max_retries=0) as client,
        pytest.raises(APIConnectionError),
    ):
        client.get_function(FUNCTION_ID)

    assert proxy.seen == [f"CONNECT {API_HOST}:443 HTTP/1.1"]


@pytest.mark.loopback
async def test_http_proxy_carries_the_async_client_and_no_proxy_bypasses_it(
    loopback: Start, monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy = loopback(answer_function)
    api = loopback(answer_function)
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    api_url = "http://functions.example"

    async with AsyncFunctionsClient(secret_key=SECRET_KEY, api_url=api_url) as client:
        function = await client.get_function(FUNCTION_ID)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    with FunctionsClient(secret_key=SECRET_KEY, api_url=api.url) as direct:
        direct.get_function(FUNCTION_ID)

    assert function.id == FUNCTION["id"]
    path = f"/functions/v1beta1/regions/fr-par/functions/{FUNCTION_ID}"
    assert proxy.seen == [f"GET {api_url}{path} HTTP/1.1"]
    assert api.seen == [f"GET {path} HTTP/1.1"]


@pytest.mark.loopback
async def test_clients_share_one_reading_of_the_ca_bundle_until_ssl_cert_file_changes(
    loopback: Start, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import ssl

    import certifi

    api = loopback(answer_function)
    made: list[str | None] = []
    create_default_context = ssl.create_default_context

    def counting(*args: Any, cafile: str | None = None, **kwargs: Any) -> ssl.SSLContext:
        made.append(cafile)
        return create_default_context(*args, cafile=cafile, **kwargs)

    monkeypatch.setattr(ssl, "create_default_context", counting)
    first, second = tmp_path / "first.pem", tmp_path / "second.pem"
    for bundle in (first, second):
        bundle.write_bytes(Path(certifi.where()).read_bytes())
    monkeypatch.setenv("SSL_CERT_FILE", str(first))
    for _ in range(2):
        with FunctionsClient(secret_key=SECRET_KEY, api_url=api.url) as client:
            client.get_function(FUNCTION_ID)
        async with AsyncFunctionsClient(secret_key=SECRET_KEY, api_url=api.url) as aclient:
            await aclient.get_function(FUNCTION_ID)
    monkeypatch.setenv("SSL_CERT_FILE", str(second))
    with FunctionsClient(secret_key=SECRET_KEY, api_url=api.url) as client:
        client.get_function(FUNCTION_ID)

    assert made == [str(first), str(second)]
    assert len(api.seen) == 5


def test_a_users_http_client_is_used_and_left_open(clock: FakeClock) -> None:
    server = Server(reply(200, FUNCTION))
    own = httpx.Client(transport=httpx.MockTransport(server), headers={"X-Team": "infra"})

    with FunctionsClient(secret_key=SECRET_KEY, http_client=own) as client:
        client.get_function(FUNCTION_ID)

    assert not own.is_closed
    assert server.last.headers["X-Team"] == "infra"
    assert server.last.headers["X-Auth-Token"] == SECRET_KEY
    own.close()


async def test_a_users_async_http_client_is_used_and_left_open(clock: FakeClock) -> None:
    server = Server(reply(200, FUNCTION))
    own = httpx.AsyncClient(transport=httpx.MockTransport(server))

    async with AsyncFunctionsClient(secret_key=SECRET_KEY, http_client=own) as client:
        function = await client.get_function(FUNCTION_ID)

    assert function.id == FUNCTION["id"]
    assert not own.is_closed
    assert len(server.requests) == 1
    await own.aclose()


def test_transport_and_http_client_together_are_refused() -> None:
    with pytest.raises(TypeError, match="not both"):
        FunctionsClient(
            secret_key=SECRET_KEY,
            transport=httpx.MockTransport(Server()),
            http_client=httpx.Client(),
        )


def test_a_users_http_client_that_follows_redirects_still_keeps_the_key(
    clock: FakeClock,
) -> None:
    server = Server(reply(302, content=b"", headers={"Location": "https://elsewhere.example/"}))
    own = httpx.Client(transport=httpx.MockTransport(server), follow_redirects=True)

    with (
        FunctionsClient(secret_key=SECRET_KEY, http_client=own) as client,
        pytest.raises(APIStatusError, match="302"),
    ):
        client.get_function(FUNCTION_ID)

    assert [request.url.host for request in server.requests] == [API_HOST]


# --- per-call options and raw answers ------------------------------------------------------


async def test_with_options_sets_timeout_retries_and_headers_for_that_copy(
    invoke: Invoke, clock: FakeClock
) -> None:
    server = Server(reply(503, {"message": "busy"}))

    def op(client: Any) -> Any:
        tuned = client.with_options(timeout=5, max_retries=0, headers={"X-Trace": "t-1"})
        assert client.options.timeout == 30
        assert tuned.options.timeout == 5
        return tuned.get_function(FUNCTION_ID)

    with pytest.raises(ServerError):
        await invoke(server, op)

    assert len(server.requests) == 1  # max_retries=0
    request = server.last
    assert request.extensions["timeout"]["read"] == 5
    assert request.headers["X-Trace"] == "t-1"
    assert request.headers["X-Auth-Token"] == SECRET_KEY


def test_with_options_copy_shares_the_connection_pool(
    make_client: Callable[..., FunctionsClient],
) -> None:
    client = make_client(Server(reply(200, FUNCTION)))
    copy = client.with_options(timeout=3)
    copy.get_function(FUNCTION_ID)

    client.close()

    with pytest.raises(RuntimeError, match="closed"):
        copy.get_function(FUNCTION_ID)


@pytest.mark.parametrize(
    "options",
    [{"timeout": 0}, {"timeout": float("nan")}, {"max_retries": -1}, {"max_retries": 1.5}],
    ids=str,
)
def test_with_options_refuses_bad_values(
    make_client: Callable[..., FunctionsClient], options: dict[str, Any]
) -> None:
    with pytest.raises(ValueError, match=next(iter(options))):
        make_client(Server()).with_options(**options)


def test_with_options_cannot_replace_the_secret_key(
    make_client: Callable[..., FunctionsClient],
) -> None:
    with pytest.raises(ValueError, match=r"(?i)x-auth-token"):
        make_client(Server()).with_options(headers={"x-auth-token": "other"})


async def test_with_raw_response_gives_status_headers_request_id_and_parse(
    invoke: Invoke,
) -> None:
    server = Server(reply(200, FUNCTION, headers={"X-Request-Id": "req-42"}))

    raw = await invoke(server, lambda c: c.with_raw_response.get_function(FUNCTION_ID))

    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert raw.request_id == "req-42"
    assert raw.headers["content-type"] == "application/json"
    parsed = raw.parse()
    assert isinstance(parsed, Function)
    assert parsed.id == FUNCTION["id"]


async def test_with_raw_response_still_raises_typed_errors(invoke: Invoke) -> None:
    server = Server(reply(404, {"message": "Function was not found"}))

    with pytest.raises(NotFoundError):
        await invoke(server, lambda c: c.with_raw_response.get_function(FUNCTION_ID))


# --- deadlines that hold -------------------------------------------------------------------


@pytest.mark.loopback
@pytest.mark.timeout(30)
def test_a_trickling_answer_ends_in_api_timeout_within_the_timeout(loopback: Start) -> None:
    server = loopback(trickle(headers_too=False))
    client = FunctionsClient(secret_key=SECRET_KEY, api_url=server.url, timeout=2)

    start = time.monotonic()
    with pytest.raises(APITimeoutError):
        client.get_function(FUNCTION_ID)
    elapsed = time.monotonic() - start
    client.close()

    assert elapsed < 2 + 1.5  # the timeout, and a generous second for a noisy machine


@pytest.mark.loopback
@pytest.mark.timeout(30)
@pytest.mark.parametrize("headers_too", [False, True], ids=["body", "headers-and-body"])
async def test_a_trickling_answer_ends_in_api_timeout_within_the_timeout_async(
    loopback: Start, headers_too: bool
) -> None:
    server = loopback(trickle(headers_too=headers_too))

    start = time.monotonic()
    async with AsyncFunctionsClient(secret_key=SECRET_KEY, api_url=server.url, timeout=2) as client:
        with pytest.raises(APITimeoutError):
            await client.get_function(FUNCTION_ID)
    elapsed = time.monotonic() - start

    assert elapsed < 2 + 1.5


@pytest.mark.loopback
@pytest.mark.timeout(30)
def test_a_wait_against_a_trickling_api_times_out_at_its_own_limit(loopback: Start) -> None:
    server = loopback(trickle(headers_too=False))
    client = FunctionsClient(secret_key=SECRET_KEY, api_url=server.url, timeout=30)

    start = time.monotonic()
    with pytest.raises(WaitTimeoutError):
        client.wait_for_function(FUNCTION_ID, timeout=3)
    elapsed = time.monotonic() - start
    client.close()

    assert elapsed < 4 + 0.5


@pytest.mark.loopback
@pytest.mark.timeout(30)
async def test_an_async_wait_against_a_trickling_api_times_out_at_its_own_limit(
    loopback: Start,
) -> None:
    server = loopback(trickle(headers_too=True))

    start = time.monotonic()
    async with AsyncFunctionsClient(
        secret_key=SECRET_KEY, api_url=server.url, timeout=30
    ) as client:
        with pytest.raises(WaitTimeoutError):
            await asyncio.wait_for(client.wait_for_function(FUNCTION_ID, timeout=3), 20)
    elapsed = time.monotonic() - start

    assert elapsed < 4 + 0.5


# --- retries against the emulator, answers and errors -------------------------------------


def test_a_429_on_create_function_then_success_makes_one_function() -> None:
    faults = Faults()
    app = create_app(token=SECRET_KEY, faults=faults)
    with FunctionsClient(
        secret_key=SECRET_KEY, api_url="http://emulator", transport=EmulatorTransport(app)
    ) as client:
        namespace = client.create_namespace(name="rate", project_id=PROJECT_ID)
        faults.fail_next(429, path="/functions/v1beta1/regions/fr-par/functions", times=1)
        created = client.create_function(namespace_id=namespace.id, name="once")
        names = [function.name for function in client.iter_functions(namespace.id)]

    assert created.name == "once"
    assert names == ["once"]


@pytest.mark.parametrize(
    ("field", "value"), [("min_scale", "lots"), ("handler", 42), ("min_scale", True)]
)
async def test_a_field_of_the_wrong_json_type_is_named(
    invoke: Invoke, field: str, value: object
) -> None:
    server = Server(reply(200, {**FUNCTION, field: value}))

    with pytest.raises(ResponseValidationError) as caught:
        await invoke(server, lambda c: c.get_function(FUNCTION_ID))

    assert field in str(caught.value)
    assert "getFunction" in str(caught.value)
    assert caught.value.response is not None
    assert caught.value.response.json()[field] == value


async def test_a_created_token_whose_value_is_null_is_refused(invoke: Invoke) -> None:
    """The one answer that carries a token's value: an empty or absent value is no token."""
    server = Server(reply(200, {**TOKEN, "token": None}))

    with pytest.raises(ResponseValidationError, match="token should be a string"):
        await invoke(server, lambda c: c.create_token(function_id=FUNCTION_ID))


def test_invalid_arguments_error_names_each_argument_and_its_reason() -> None:
    body = {
        "type": "invalid_arguments",
        "message": "invalid argument(s)",
        "details": [
            {"argument_name": "name", "reason": "constraint", "help_message": "too long"},
            {"argument_name": "memory_limit", "reason": "required"},
        ],
    }
    response = httpx.Response(400, json=body, headers={"x-request-id": "r-7"})

    from scaleway_functions._exceptions import error_from_response

    error = error_from_response(response)

    assert isinstance(error, InvalidArgumentsError)
    assert str(error) == (
        "400 invalid_arguments: invalid argument(s) (name: too long; memory_limit: required) "
        "(request id r-7)"
    )
    assert error.response is response
