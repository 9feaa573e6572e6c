"""FunctionsClient and AsyncFunctionsClient.

The per-operation methods come from `scaleway_functions_api.operations` (generated from
openapi.yaml). Everything that does no I/O, building requests and reading answers, lives
in `_BaseClient`; the two clients only send requests, sleep, and run the flows of
`_flows` with a short driver loop each.
"""

from __future__ import annotations

import asyncio
import datetime
import enum
import json
import logging
import platform
import threading
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar
from urllib.parse import quote, urlencode, urlsplit

import httpx

from scaleway_functions_api.operations import AsyncMethods, SyncMethods
from scaleway_functions_api.runtime import (
    AsyncPaginator,
    CodeUpload,
    Operation,
    Paginator,
    ProgressCallback,
    Source,
    Waiter,
)

from . import _timing
from ._archive import Archive, build_archive
from ._config import ClientConfig, check_region, resolve_config
from ._exceptions import (
    APIConnectionError,
    APITimeoutError,
    ResponseValidationError,
    UploadError,
    error_from_response,
)
from ._flows import (
    DEADLINE_PASSED,
    Build,
    Call,
    Effect,
    Emit,
    Finish,
    Flow,
    Put,
    Sleep,
    Start,
    check_listing,
    deploy_flow,
    listing_flow,
    upload_flow,
    wait_flow,
)
from ._retry import BufferedTransport, GiveUp, RetryTransport, retry_policies

__all__ = ["AsyncFunctionsClient", "FunctionsClient"]

logger = logging.getLogger("scaleway_functions")

T = TypeVar("T")
ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT")

_CONNECT_TIMEOUT = 10.0
_MAX_WORKERS = 32  # threads fetching pages, shared by all of a client's listings
_DEADLINE_CUT = "scaleway_functions.deadline_cut"  # request extension: timeout cut to fit


def _path_segment(name: str, value: Any) -> str:
    """One escaped path segment; an id can never reach another path."""
    text = str(value)
    if not text or text in (".", ".."):
        raise ValueError(f"{name} must be a non-empty id, got {text!r}")
    return quote(text, safe="")


def _query_value(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def _jsonable(value: Any) -> Any:
    """A request value as JSON: enums by value, models by `to_dict()`, datetimes in RFC 3339."""
    if isinstance(value, enum.Enum):
        return value.value
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, Mapping):
        return {str(key): _jsonable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(item) for item in value]
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            raise ValueError(f"{value!r} has no time zone: the API needs an RFC 3339 instant")
        return value.isoformat()
    return value


def _without_query(url: str) -> str:
    """A presigned URL without its signature, fit for messages and logs."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path}"


class _BaseClient:
    """What the sync and async clients share: configuration, requests, answers, and the
    primitives the generated methods call. No I/O: the subclasses send and sleep."""

    _default_concurrency = 8  # pages of a listing in flight at once
    _paginator: type[Paginator[Any, Any]] | type[AsyncPaginator[Any, Any]]
    # How each kind of effect is performed, sync or async, by each client.
    _send: Callable[[Call[Any]], Any]
    _start: Callable[[Start], Any]
    _finish: Callable[[Finish], Any]
    _sleep: Callable[[Sleep], Any]
    _put: Callable[[Put], Any]
    _build: Callable[[Build], Any]
    _run: Callable[[Flow[Any]], Any]
    _emitted: Callable[[Flow[None]], Any]

    def __init__(
        self,
        secret_key: str | None = None,
        access_key: str | None = None,
        region: str | None = None,
        project_id: str | None = None,
        organization_id: str | None = None,
        api_url: str | None = None,
        profile: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        *,
        transport: Any = None,
    ) -> None:
        self._config: ClientConfig = resolve_config(
            {
                "secret_key": secret_key,
                "access_key": access_key,
                "region": region,
                "project_id": project_id,
                "organization_id": organization_id,
                "api_url": api_url,
                "profile": profile,
                "timeout": timeout,
                "max_retries": max_retries,
            }
        )
        self._retry, self._retry_not_sent = retry_policies(self._config.max_retries)
        self._timeout = httpx.Timeout(
            self._config.timeout, connect=min(self._config.timeout, _CONNECT_TIMEOUT)
        )
        self._timeout_extension = self._timeout.as_dict()
        self._http = self._open(transport)
        from . import __version__

        # Sent with API requests only: the storage service gets no credentials.
        self._api_headers = httpx.Headers(
            {
                **self._http.headers,
                "X-Auth-Token": self._config.secret_key,
                "User-Agent": f"scaleway-functions-client/{__version__} "
                f"python/{platform.python_version()}",
            }
        )
        self._json_headers = httpx.Headers(
            {**self._api_headers, "Content-Type": "application/json"}
        )

    def _open(self, transport: Any) -> Any:
        """The client's httpx client (one connection pool), retrying through `transport`."""
        raise NotImplementedError

    @property
    def config(self) -> ClientConfig:
        """The resolved settings (the secret key stays out of its repr)."""
        return self._config

    def __repr__(self) -> str:
        c = self._config
        return f"{type(self).__name__}(api_url={c.api_url!r}, region={c.region!r})"

    # The primitives the generated methods call (declared in scaleway_functions_api.runtime):
    # one implementation for both clients, so the result is the value for the sync client
    # and a coroutine for the async one, hence `Any`.

    def _call(
        self,
        operation: Operation[T],
        region: str | None,
        path: Mapping[str, str],
        query: Mapping[str, object],
        body: Mapping[str, object] | None,
    ) -> Any:
        return self._send(Call(operation, region, path, query, body))

    def _paginate(
        self,
        operation: Operation[PageT],
        item_type: type[ItemT],
        region: str | None,
        query: Mapping[str, object],
        page_size: int,
        concurrency: int | None,
    ) -> Any:
        workers = self._default_concurrency if concurrency is None else concurrency
        check_listing(operation, page_size, workers)
        return self._paginator(
            lambda: self._emitted(listing_flow(operation, region, query, page_size, workers))
        )

    def _wait(
        self,
        waiter: Waiter[T],
        resource_id: str,
        region: str | None,
        timeout: float,
        poll_interval: float | None,
        on_progress: Callable[[T], None] | None,
    ) -> Any:
        return self._run(
            wait_flow(waiter, resource_id, region, timeout, poll_interval, on_progress)
        )

    def _upload_code(
        self,
        upload: CodeUpload[Any],
        resource_id: str,
        source: Source,
        region: str | None,
        on_progress: ProgressCallback | None,
    ) -> Any:
        return self._run(upload_flow(upload, resource_id, source, region, on_progress))

    def _deploy_code(
        self,
        upload: CodeUpload[T],
        resource_id: str,
        source: Source,
        region: str | None,
        wait: bool,
        timeout: float,
        on_progress: Callable[[T], None] | None,
        on_upload_progress: ProgressCallback | None,
    ) -> Any:
        flow = deploy_flow(
            upload, resource_id, source, region, wait, timeout, on_progress, on_upload_progress
        )
        return self._run(flow)

    # Building requests and reading answers.

    def _region(self, region: str | None) -> str:
        if region is None:
            return self._config.region
        return check_region(str(region))

    def _body(self, body: Mapping[str, Any]) -> dict[str, Any]:
        payload = {key: _jsonable(value) for key, value in body.items() if value is not None}
        if "project_id" in body and body["project_id"] is None and self._config.project_id:
            payload["project_id"] = self._config.project_id
        return payload

    def _build_request(self, call: Call[Any]) -> httpx.Request:
        """The request for one call, built directly: this runs once per API call.

        httpx's build_request would merge the client's headers, cookies and parameters
        again on every call; the headers here were merged once, in __init__.
        """
        if self._http.is_closed:
            raise RuntimeError("the client has been closed: open a new one")
        operation = call.operation
        segments = {name: _path_segment(name, call.path[name]) for name in operation.path_params}
        url = self._config.api_url + operation.path.format(
            region=quote(self._region(call.region), safe=""), **segments
        )
        params = [
            (key, _query_value(value)) for key, value in call.query.items() if value is not None
        ]
        if params:
            url += "?" + urlencode(params)
        retry = self._retry if operation.method in ("GET", "DELETE") else self._retry_not_sent
        extensions = {"timeout": self._timeout_extension, "retry": retry}
        if call.deadline is not None:  # neither waiting nor retrying past it
            remaining = max(call.deadline - _timing.monotonic(), 0.001)
            timeout = {name: min(value or remaining, remaining)
                       for name, value in self._timeout_extension.items()}  # fmt: skip
            extensions = {
                "timeout": timeout,
                "retry": retry.with_deadline(call.deadline),
                # A timeout then means the deadline passed, not that the API is slow.
                _DEADLINE_CUT: timeout != self._timeout_extension,
            }
        if call.body is None:
            return httpx.Request(
                operation.method, url, headers=self._api_headers, extensions=extensions
            )
        content = json.dumps(self._body(call.body), separators=(",", ":")).encode()
        return httpx.Request(
            operation.method,
            url,
            headers=self._json_headers,
            content=content,
            extensions=extensions,
        )

    def _read_answer(self, operation: Operation[T], response: httpx.Response) -> T:
        """The parsed 2xx body, or the typed error for anything else."""
        request_id = response.headers.get("x-request-id")
        if logger.isEnabledFor(logging.DEBUG):
            path = response.request.url.path
            logger.debug(
                "%s %s -> %s (request id %s)",
                operation.method,
                path,
                response.status_code,
                request_id,
            )
        if not response.is_success:
            raise error_from_response(
                response.status_code, response.content, request_id, response.reason_phrase
            )
        try:
            data = response.json()
        except (ValueError, RecursionError):  # RecursionError: absurdly deep nesting
            raise ResponseValidationError(
                # Not the text itself: a cut answer may hold a secret (a token's value).
                f"{operation.name}: the answer is not JSON ({len(response.content)} bytes of "
                f"{response.headers.get('content-type', 'unknown type')})",
                status_code=response.status_code,
                request_id=request_id,
                body=response.text[:65536],
            ) from None
        try:
            if not isinstance(data, dict):
                raise TypeError(f"expected a JSON object, got {type(data).__name__}")
            return operation.response.from_dict(data)
        except KeyError as exc:
            problem = f"the required field {exc.args[0]!r} is missing"
        except (TypeError, ValueError, AttributeError, RecursionError) as exc:
            problem = str(exc) or f"a field has the wrong type ({type(exc).__name__})"
        raise ResponseValidationError(
            f"{operation.name}: the answer does not match the spec: {problem}",
            status_code=response.status_code,
            request_id=request_id,
            body=response.text[:65536],
        )

    def _after_failure(
        self, call: Call[T], request: httpx.Request, failure: httpx.TransportError | GiveUp
    ) -> T:
        """The outcome of a call that got no answer of its own: DEADLINE_PASSED when its
        deadline cut its timeout short, the last answer when retrying would pass the
        deadline, else the connection error."""
        cause = failure.last if isinstance(failure, GiveUp) else failure
        if isinstance(cause, httpx.TimeoutException) and request.extensions.get(_DEADLINE_CUT):
            return DEADLINE_PASSED  # type: ignore[return-value]  # see Call.deadline
        if isinstance(failure, httpx.TransportError):
            raise self._connection_error(failure, request.url) from failure
        return self._read_answer(call.operation, self._last_answer(failure, request))

    @staticmethod
    def _connection_error(exc: httpx.TransportError, url: httpx.URL | str) -> APIConnectionError:
        where = _without_query(str(url))
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(f"no answer from {where} in time ({type(exc).__name__})")
        return APIConnectionError(f"cannot reach {where}: {exc or type(exc).__name__}")

    @classmethod
    def _last_answer(cls, stop: GiveUp, request: httpx.Request) -> httpx.Response:
        """The answer to report when retrying would pass the deadline."""
        if isinstance(stop.last, httpx.TransportError):
            raise cls._connection_error(stop.last, request.url) from stop.last
        if isinstance(stop.last, httpx.Response):
            stop.last.request = request
            return stop.last
        raise stop.last

    @staticmethod
    def _check_upload(put: Put, response: httpx.Response) -> None:
        logger.debug("PUT %s -> %s", _without_query(put.url), response.status_code)
        if not response.is_success:
            raise UploadError(
                f"the storage service refused the archive at {_without_query(put.url)}: "
                f"{response.status_code} {response.text[:300]}",
                status_code=response.status_code,
                body=response.text[:65536],
            )

    def _handler(self, effect: Effect) -> Callable[[Any], Any]:
        """The client's method that performs this kind of effect (sync or async)."""
        handlers: dict[type, Callable[[Any], Any]] = {
            Call: self._send,
            Start: self._start,
            Finish: self._finish,
            Sleep: self._sleep,
            Put: self._put,
            Build: self._build,
        }
        return handlers[type(effect)]


def _advance(flow: Flow[Any], result: Any, outcome: list[Any]) -> Effect | None:
    """The flow's next effect, or None once it has returned (its value goes to `outcome`)."""
    try:
        return flow.send(result)
    except StopIteration as stop:
        outcome.append(stop.value)
        return None


class FunctionsClient(_BaseClient, SyncMethods):
    """Client for the Serverless Functions API. Thread-safe; use it as a context manager.

    Settings not passed here come from SCW_* environment variables, then from the Scaleway
    CLI's config file (profile `profile`, or SCW_PROFILE, or the file's active profile).
    `transport` (an httpx.BaseTransport) replaces the network, e.g. for tests.
    """

    _paginator = Paginator

    def _open(self, transport: httpx.BaseTransport | None) -> httpx.Client:
        self._pool: ThreadPoolExecutor | None = None  # for listings' pages, made when needed
        self._pool_lock = threading.Lock()
        self._transport = RetryTransport(
            BufferedTransport(transport or httpx.HTTPTransport), retry=self._retry
        )
        return httpx.Client(
            transport=self._transport, timeout=self._timeout, follow_redirects=False
        )

    def close(self) -> None:
        """Close the connection pool (and the threads that fetched listings' pages)."""
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        self._http.close()

    def __enter__(self) -> FunctionsClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # The driver: performs the effects flows yield.

    def _steps(self, flow: Flow[Any], outcome: list[Any]) -> Iterator[Emit]:
        """Run a flow, yielding its Emits; its return value is appended to `outcome`."""
        result: Any = None
        started: list[Any] = []
        try:
            while (effect := _advance(flow, result, outcome)) is not None:
                result = None if isinstance(effect, Emit) else self._handler(effect)(effect)
                if isinstance(effect, Emit):
                    yield effect
                elif isinstance(effect, Start):
                    started.append(result)
        finally:
            flow.close()  # runs the flow's cleanup (its temporary archive) at once
            for handle in started:
                self._abandon(handle)

    def _run(self, flow: Flow[T]) -> T:
        outcome: list[T] = []
        for _ in self._steps(flow, outcome):
            pass
        return outcome[0]

    def _emitted(self, flow: Flow[None]) -> Iterator[tuple[Any, list[Any]]]:
        """A listing's pages, each with its new items."""
        for emit in self._steps(flow, []):
            yield emit.page, emit.items

    def _send(self, call: Call[T]) -> T:
        request = self._build_request(call)
        try:
            # Straight to the transport: API calls need none of httpx.Client's redirect,
            # cookie and auth handling (the headers were built once), and this is per call.
            response = self._transport.handle_request(request)
            response.request = request
        except (httpx.TransportError, GiveUp) as exc:
            return self._after_failure(call, request, exc)
        return self._read_answer(call.operation, response)

    def _start(self, start: Start) -> Future[Any]:
        with self._pool_lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(_MAX_WORKERS, "scaleway-functions")
            return self._pool.submit(self._send, start.call)

    def _finish(self, finish: Finish) -> Any:
        return finish.handle.result()

    @staticmethod
    def _abandon(future: Future[Any]) -> None:
        future.cancel()  # a call already running finishes in the background, unread

    def _sleep(self, sleep: Sleep) -> None:
        _timing.sleep(sleep.seconds)

    def _build(self, build: Build) -> Archive:
        return build_archive(build.source, build.workdir)

    def _put(self, put: Put) -> None:
        try:
            response = self._http.put(put.url, content=put.body, headers=dict(put.headers))
        except httpx.TransportError as exc:
            raise self._connection_error(exc, put.url) from exc
        self._check_upload(put, response)


class AsyncFunctionsClient(_BaseClient, AsyncMethods):
    """The asyncio twin of FunctionsClient: the same methods, as coroutines.

    `transport` is an httpx.AsyncBaseTransport. Listings fetch several pages at once.
    """

    _paginator = AsyncPaginator

    def _open(self, transport: httpx.AsyncBaseTransport | None) -> httpx.AsyncClient:
        self._transport = RetryTransport(
            BufferedTransport(transport or httpx.AsyncHTTPTransport), retry=self._retry
        )
        return httpx.AsyncClient(
            transport=self._transport, timeout=self._timeout, follow_redirects=False
        )

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._http.aclose()

    async def __aenter__(self) -> AsyncFunctionsClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def _steps(self, flow: Flow[Any], outcome: list[Any]) -> AsyncIterator[Emit]:
        """Run a flow, yielding its Emits; its return value is appended to `outcome`."""
        result: Any = None
        started: list[Any] = []
        try:
            while (effect := _advance(flow, result, outcome)) is not None:
                result = None if isinstance(effect, Emit) else await self._handler(effect)(effect)
                if isinstance(effect, Emit):
                    yield effect
                elif isinstance(effect, Start):
                    started.append(result)
        finally:
            flow.close()  # runs the flow's cleanup (its temporary archive) at once
            for handle in started:
                self._abandon(handle)

    async def _run(self, flow: Flow[T]) -> T:
        outcome: list[T] = []
        async for _ in self._steps(flow, outcome):
            pass
        return outcome[0]

    async def _emitted(self, flow: Flow[None]) -> AsyncIterator[tuple[Any, list[Any]]]:
        """A listing's pages, each with its new items."""
        async for emit in self._steps(flow, []):
            yield emit.page, emit.items

    async def _send(self, call: Call[T]) -> T:
        request = self._build_request(call)
        try:
            response = await self._transport.handle_async_request(request)
            response.request = request
        except (httpx.TransportError, GiveUp) as exc:
            return self._after_failure(call, request, exc)
        return self._read_answer(call.operation, response)

    async def _start(self, start: Start) -> asyncio.Task[Any]:
        return asyncio.ensure_future(self._send(start.call))

    async def _finish(self, finish: Finish) -> Any:
        return await finish.handle

    @staticmethod
    def _abandon(task: asyncio.Task[Any]) -> None:
        if task.done() and not task.cancelled():
            task.exception()  # retrieved: an unread page's failure is no stray warning
        task.cancel()

    async def _sleep(self, sleep: Sleep) -> None:
        await _timing.asleep(sleep.seconds)

    async def _build(self, build: Build) -> Archive:
        return await asyncio.to_thread(build_archive, build.source, build.workdir)

    async def _put(self, put: Put) -> None:
        try:
            response = await self._http.put(
                put.url, content=put.body.aiter(), headers=dict(put.headers)
            )
        except httpx.TransportError as exc:
            raise self._connection_error(exc, put.url) from exc
        self._check_upload(put, response)
