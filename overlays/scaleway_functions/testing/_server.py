"""Ways to run the emulator: a loopback server in a thread, or in-process transports."""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
from collections import Counter
from collections.abc import Callable
from types import TracebackType
from typing import Any

import anyio.from_thread
import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.requests import ClientDisconnect
from starlette.types import Receive, Scope, Send

from ._app import DroppedConnection, Faults, create_app
from ._state import Service, Timings

__all__ = ["AsyncEmulatorTransport", "Emulator", "EmulatorTransport"]


_KEEP_ALIVE_SECONDS = 60
"""How long the emulator keeps an idle connection open, as a load balancer would."""


class _QuietDrops(logging.Filter):
    """Injected connection drops are the point, not errors worth a traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], DroppedConnection))


logging.getLogger("uvicorn.error").addFilter(_QuietDrops())


class _HungUp:
    """ASGI wrapper: a client that hangs up in the middle of its request (half a body, say)
    is gone; there is no one to answer and nothing worth a traceback on the server's stderr."""

    def __init__(self, app: Starlette) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        with contextlib.suppress(ClientDisconnect):
            await self.app(scope, receive, send)


class Emulator:
    """The emulator on a loopback port, served from a background thread.

        with Emulator() as emulator:
            client = FunctionsClient(secret_key="any", api_url=emulator.url)

    `port=0` picks a free port; `.url` says which. `faults` and `timings` shape behaviour,
    `token` makes it accept only that X-Auth-Token. `control=True` also serves the control
    surface under /_emulator (reset, faults, timings, request counts over HTTP, behind the
    same token), for tests written in other languages.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        token: str | None = None,
        timings: Timings | None = None,
        faults: Faults | None = None,
        clock: Callable[[], float] | None = None,
        control: bool = False,
    ) -> None:
        self.app: Starlette = create_app(
            token=token, timings=timings, faults=faults, clock=clock, control=control
        )
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self._socket = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # Inherited by accepted connections: a reply's head and body must not wait on Nagle
        # and the client's delayed ACK (40 ms per request otherwise).
        self._socket.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            self._socket.bind((host, port))
            self._socket.listen(2048)  # connections queue from now on, before uvicorn serves
        except (OSError, OverflowError):  # a busy port, an unknown host, a port out of range
            self._socket.close()
            raise
        self.host, self.port = self._socket.getsockname()[:2]
        config = uvicorn.Config(
            _HungUp(self.app),
            log_level="warning",
            lifespan="off",
            http="h11",
            timeout_graceful_shutdown=1,  # a request sleeping in injected latency is cut
            # uvicorn closes an idle connection after 5 s: a client polling every 5 s (the
            # serverless-scaleway-functions plugin) then reuses a socket as it closes and
            # fails with "socket hang up". Load balancers keep idle connections a minute.
            timeout_keep_alive=_KEEP_ALIVE_SECONDS,
        )
        self._server = uvicorn.Server(config)
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """The API URL to give a client (`api_url=`)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def service(self) -> Service:
        """The emulated state, for tests to inspect."""
        service: Service = self.app.state.service
        return service

    @property
    def faults(self) -> Faults:
        faults: Faults = self.app.state.faults
        return faults

    @property
    def requests(self) -> dict[str, int]:
        """How many requests each `METHOD /path` got since the last reset (the API's and the
        storage's; not the control surface's), faults included."""
        counts: Counter[str] = self.app.state.requests
        return dict(counts)

    def reset(self, timings: Timings | None = None) -> None:
        """As new: no resources, no faults, no request counted, and `timings` if given. A
        server shared by many tests is reset between them instead of being restarted."""
        self.service.reset(timings)
        self.faults.reset()
        self.app.state.requests.clear()

    def start(self) -> Emulator:
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._socket]}, daemon=True
        )
        self._thread.start()
        while not self._server.started:
            if not self._thread.is_alive():
                raise RuntimeError("the emulator failed to start")
            threading.Event().wait(0.01)
        return self

    def stop(self) -> None:
        """Stop serving; connections in progress are closed."""
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
            if self._thread.is_alive():
                self._server.force_exit = True
                self._thread.join(timeout=5)
            if self._thread.is_alive():
                raise RuntimeError("the emulator's server thread did not stop")
        self._socket.close()

    def __enter__(self) -> Emulator:
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def serve_forever(self) -> None:
        """Serve in the calling thread until interrupted (the command line's way)."""
        self._server.run(sockets=[self._socket])


class AsyncEmulatorTransport(httpx.AsyncBaseTransport):
    """Sends an AsyncFunctionsClient's requests straight into an emulator app, no socket."""

    def __init__(self, app: Any) -> None:
        self._inner = httpx.ASGITransport(app)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await self._inner.handle_async_request(request)
        except DroppedConnection as exc:
            raise httpx.RemoteProtocolError(str(exc), request=request) from exc


class EmulatorTransport(httpx.BaseTransport):
    """Sends a FunctionsClient's requests straight into an emulator app, no socket.

    The app runs on an event loop in a helper thread; close() stops it.
    """

    def __init__(self, app: Any) -> None:
        self._async = AsyncEmulatorTransport(app)
        self._portal_context = anyio.from_thread.start_blocking_portal()
        self._portal = self._portal_context.__enter__()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()

        async def send() -> httpx.Response:
            forwarded = httpx.Request(
                request.method, request.url, headers=request.headers, content=body
            )
            response = await self._async.handle_async_request(forwarded)
            content = await response.aread()
            return httpx.Response(response.status_code, headers=response.headers, content=content)

        response: httpx.Response = self._portal.call(send)
        return response

    def close(self) -> None:
        """Stop the helper thread (closing the client that uses this transport does it)."""
        self._portal_context.__exit__(None, None, None)

    def __enter__(self) -> EmulatorTransport:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
