"""FunctionsClient and AsyncFunctionsClient.

The per-operation methods come from `scaleway_functions_api.operations` (generated from
openapi.yaml) and call the primitives below. Each client writes its loops out plainly:
sending with retries (`_send`), walking a listing (`_pages`), waiting (`_wait`) and
uploading (`_upload_code`). The decisions in those loops are made by `Retrying`, `Listing`
and `Poller`, which do no I/O; sleeping and the clock go through `_timing`.
"""

from __future__ import annotations

import os
import threading
from collections import deque
from collections.abc import AsyncIterator, Callable, Collection, Iterator, Mapping
from itertools import islice
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from scaleway_functions_api.operations import (
    AsyncMethods,
    AsyncRawMethods,
    SyncMethods,
    SyncRawMethods,
)

from . import _timing
from ._base_client import (
    BaseClient,
    RawResponse,
    connection_error,
    parse_answer,
    without_query,
)
from ._exceptions import APITimeoutError, DownloadError, UploadError, error_from_response
from ._operations import (
    CodeDownload,
    CodeUpload,
    Destination,
    DownloadResult,
    FromDict,
    Operation,
    ProgressCallback,
    Source,
    UploadResult,
    Waiter,
)
from ._pagination import AsyncPaginator, Listing, Paginator
from ._retries import Retrying
from ._waiting import DEFAULT_WAIT_TIMEOUT, Poller

if TYPE_CHECKING:
    import asyncio
    import ssl
    from concurrent.futures import Future, ThreadPoolExecutor

    from ._archive import Archive, DownloadFile
    from ._service import Outcome, Plan
    from ._service_file import Service

__all__ = ["AsyncFunctionsClient", "FunctionsClient"]

T = TypeVar("T")
ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT")

DEFAULT_CONCURRENCY = 8  # pages of a listing in flight at once
_MAX_WORKERS = 32  # threads fetching pages, shared by all of a sync client's listings
_HTTPX_DEFAULT_HEADERS = {"Accept": "*/*", "Accept-Encoding": "gzip, deflate"}

HTTPClient = TypeVar("HTTPClient", httpx.Client, httpx.AsyncClient)


_ssl_lock = threading.Lock()
_ssl_contexts: dict[tuple[str, str], ssl.SSLContext] = {}


def _ssl_context() -> ssl.SSLContext:
    """httpx's default certificate check (SSL_CERT_FILE, else SSL_CERT_DIR, else certifi's
    bundle), made once per process for the clients made here: each new client read the
    bundle again (20 ms of CPU or more). A change of those variables gives a new one.
    Clients given their own transport (the emulator) connect with none: they do not ask."""
    key = (os.environ.get("SSL_CERT_FILE", ""), os.environ.get("SSL_CERT_DIR", ""))
    with _ssl_lock:
        context = _ssl_contexts.get(key)
        if context is None:
            context = _ssl_contexts[key] = httpx.create_ssl_context()
        return context


class _Shared(Generic[HTTPClient]):
    """What a client and its `with_options` copies share: the httpx client, made at the
    first request (with the process's SSL context: `_ssl_context`), and the page threads."""

    def __init__(self, make: Callable[[], HTTPClient], owned: bool) -> None:
        self._make: Callable[[], HTTPClient] = make
        self._http: HTTPClient | None = None
        self.owned = owned
        self._pool: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()
        self.closed = False

    def http(self) -> HTTPClient:
        http = self._http
        if http is None:
            with self._lock:
                if self.closed:
                    raise RuntimeError("the client has been closed: open a new one")
                if self._http is None:
                    self._http = self._make()
                http = self._http
        return http

    def pool(self) -> ThreadPoolExecutor:
        from concurrent.futures import ThreadPoolExecutor  # sync listings only

        with self._lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(_MAX_WORKERS, "scaleway-functions")
            return self._pool

    def close(self) -> HTTPClient | None:
        """Mark closed; the httpx client to close, if this client made it."""
        with self._lock:
            self.closed = True
            if self._pool is not None:
                self._pool.shutdown(wait=False, cancel_futures=True)
            return self._http if self.owned else None


def _check_transport(transport: object, http_client: object) -> None:
    if transport is not None and http_client is not None:
        raise TypeError("pass transport= or http_client=, not both")


def _presigned_headers(target: Any) -> dict[str, str]:
    """The headers a presigned URL was signed with, and nothing else of ours."""
    return {name: ", ".join(values) for name, values in target.headers.to_dict().items()}


def _upload_result(put: httpx.Response, archive: Archive) -> UploadResult:
    if not put.is_success:
        where = without_query(put.request.url)
        raise UploadError(
            f"the storage service refused the archive at {where}: "
            f"{put.status_code} {put.text[:300]}",
            status_code=put.status_code,
            body=put.text[:65536],
            response=put,
        )
    return UploadResult(size=archive.size, sha256=archive.sha256)


def _download_result(got: httpx.Response, into: DownloadFile) -> DownloadResult:
    if not got.is_success:
        where = without_query(got.request.url)
        raise DownloadError(
            f"the storage service did not give the archive at {where}: "
            f"{got.status_code} {got.text[:300]}",
            status_code=got.status_code,
            body=got.text[:65536],
            response=got,
        )
    return into.commit()


class FunctionsClient(BaseClient, SyncMethods):
    """Client for the Serverless Functions API. Thread-safe; use it as a context manager.

    Settings not passed here come from SCW_* environment variables, then from the Scaleway
    CLI's config file (profile `profile`, or SCW_PROFILE, or the file's active profile).
    Requests go through an httpx.Client: environment proxies (HTTPS_PROXY, NO_PROXY) and
    SSL_CERT_FILE apply as in httpx. `http_client` is your own httpx.Client (closing this
    client leaves it open); `transport` (an httpx.BaseTransport) replaces the network.
    """

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
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        _check_transport(transport, http_client)
        super().__init__(
            secret_key,
            access_key,
            region,
            project_id,
            organization_id,
            api_url,
            profile,
            timeout,
            max_retries,
            base_headers=http_client.headers if http_client else _HTTPX_DEFAULT_HEADERS,
        )
        self._shared: _Shared[httpx.Client]
        if http_client is not None:
            self._shared = _Shared(lambda: http_client, owned=False)
        else:
            self._shared = _Shared(
                lambda: httpx.Client(
                    transport=transport,
                    follow_redirects=False,
                    verify=True if transport is not None else _ssl_context(),
                ),
                owned=True,
            )

    @property
    def with_raw_response(self) -> SyncRawMethods:
        """The same methods, answering a RawResponse (status, headers, request id, parse())."""
        return SyncRawMethods(self)

    def plan(self, service: Service, *, only: Collection[str] = (), prune: bool = False) -> Plan:
        """What `apply` would change for a service file (`load_service`), field by field:
        with `only` (function names), just those; with `prune`, the deletion of what is
        tagged with the service and no longer in the file."""
        from ._service import plan

        return plan(self, service, only=only, prune=prune)

    def apply(
        self,
        service: Service,
        *,
        only: Collection[str] = (),
        prune: bool = False,
        concurrency: int = 8,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        force: bool = False,
        on_progress: Callable[[str, str], None] | None = None,
    ) -> list[Outcome]:
        """Converge the API to a service file: create, update and redeploy what differs
        (code only when its digest changed), up to `concurrency` at once; each outcome says
        what was applied. `on_progress(name, what)` follows each resource. `force` redeploys
        unchanged code and sends again what `plan` cannot compare (SQS secret keys)."""
        from ._service import apply

        return apply(self, service, only=only, prune=prune, concurrency=concurrency,
                     timeout=timeout, force=force, on_progress=on_progress)  # fmt: skip

    def close(self) -> None:
        """Close the connection pool (and the threads that fetched listings' pages)."""
        http = self._shared.close()
        if http is not None:
            http.close()

    def __enter__(self) -> FunctionsClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # Sending.

    def _send(
        self, request: httpx.Request, deadline: float | None, into: DownloadFile | None = None
    ) -> httpx.Response:
        """Send a request, retrying as `Retrying` says; the last answer, whatever its status.
        With `into`, a successful answer's body goes there instead of into memory."""
        retrying = Retrying(self._options.max_retries, request.method, deadline)
        while True:
            outcome: httpx.Response | httpx.TransportError
            try:
                outcome = self._attempt(request, deadline, into)
            except httpx.TransportError as exc:
                outcome = exc
                delay = retrying.after_failure(exc, _timing.monotonic())
                if delay is None:
                    raise connection_error(exc, request.url) from exc
            else:
                if outcome.is_success:
                    return outcome
                delay = retrying.after_answer(outcome, _timing.monotonic())
                if delay is None:
                    return outcome
            self._log_retry(request, outcome, delay)
            _timing.sleep(delay)

    def _attempt(
        self, request: httpx.Request, deadline: float | None, into: DownloadFile | None
    ) -> httpx.Response:
        """One attempt, read whole. With a deadline, a body arriving in slow pieces is cut
        off when it passes (each read is bounded by the time left, not just each piece)."""
        request.extensions["timeout"] = self._timeouts(deadline, _timing.monotonic())
        streamed = self._shared.http().send(request, stream=True, follow_redirects=False)
        if into is not None and streamed.is_success:
            try:
                into.restart()
                for chunk in streamed.iter_bytes():
                    into.write(chunk)
            finally:
                streamed.close()
            self._log(streamed)
            return streamed
        if streamed.is_stream_consumed:  # read by the transport already (an in-process one)
            self._log(streamed)
            return streamed
        try:
            chunks = []
            for chunk in streamed.iter_raw():
                chunks.append(chunk)
                if deadline is not None and _timing.monotonic() >= deadline:
                    raise httpx.ReadTimeout("the call's deadline passed", request=request)
        finally:
            streamed.close()
        response = httpx.Response(
            streamed.status_code,
            headers=streamed.headers,
            content=b"".join(chunks),
            request=request,
            extensions={"reason_phrase": streamed.extensions.get("reason_phrase", b"")},
        )
        self._log(response)
        return response

    def _request(
        self,
        operation: Operation[Any],
        region: str | None,
        path: Mapping[str, object],
        query: Mapping[str, object],
        body: Mapping[str, object] | None,
        deadline: float | None = None,
    ) -> httpx.Response:
        """One API call: its 2xx answer, or the typed error."""
        if self._shared.closed:
            raise RuntimeError("the client has been closed: open a new one")
        request = self._build_request(operation, region, path, query, body)
        if deadline is None:
            deadline = _timing.monotonic() + self._options.timeout
        response = self._send(request, deadline)
        if not response.is_success:
            raise error_from_response(response)
        return response

    # The primitives of SyncAPI.

    def _call(
        self,
        operation: Operation[T],
        region: str | None,
        path: Mapping[str, object],
        query: Mapping[str, object],
        body: Mapping[str, object] | None,
    ) -> T:
        return parse_answer(operation, self._request(operation, region, path, query, body))

    def _call_raw(
        self,
        operation: Operation[T],
        region: str | None,
        path: Mapping[str, object],
        query: Mapping[str, object],
        body: Mapping[str, object] | None,
    ) -> RawResponse[T]:
        return RawResponse(operation, self._request(operation, region, path, query, body))

    def _paginate(
        self,
        operation: Operation[PageT],
        item_type: FromDict[ItemT],
        region: str | None,
        query: Mapping[str, object],
        page_size: int,
        concurrency: int | None,
    ) -> Paginator[ItemT, PageT]:
        workers = DEFAULT_CONCURRENCY if concurrency is None else concurrency
        Listing(operation, query, page_size, workers)  # refuses bad arguments now
        return Paginator(lambda: self._pages(operation, region, query, page_size, workers))

    def _pages(
        self,
        operation: Operation[Any],
        region: str | None,
        query: Mapping[str, object],
        page_size: int,
        concurrency: int,
    ) -> Iterator[tuple[Any, list[Any]]]:
        """The first page alone, then a window of `concurrency` pages in flight, read in
        order; nothing is fetched past the end, and no page is kept once read."""
        listing = Listing(operation, query, page_size, concurrency)
        first = self._call(operation, region, {}, listing.page_query(1), None)
        yield first, listing.accept(first)
        numbers = listing.later_pages()
        pool = self._shared.pool()

        def fetch(number: int) -> Future[Any]:
            return pool.submit(self._call, operation, region, {}, listing.page_query(number), None)

        in_flight = deque(fetch(number) for number in islice(numbers, concurrency))
        try:
            while in_flight:
                page = in_flight.popleft().result()
                yield page, listing.accept(page)
                if listing.done:
                    return
                in_flight.extend(fetch(number) for number in islice(numbers, 1))
        finally:
            for future in in_flight:
                future.cancel()  # one already running finishes in the background, unread

    def _wait(
        self,
        waiter: Waiter[T],
        resource_id: str,
        region: str | None,
        timeout: float,
        poll_interval: float | None,
        on_progress: Callable[[T], None] | None,
    ) -> T:
        poller = Poller(waiter, resource_id, timeout, poll_interval, _timing.monotonic())
        (id_param,) = waiter.operation.path_params
        while True:
            deadline, cut = poller.poll_deadline(_timing.monotonic(), self._options.timeout)
            try:
                answer = self._request(
                    waiter.operation, region, {id_param: resource_id}, {}, None, deadline
                )
            except APITimeoutError:
                if cut:  # the wait's limit, not the API, ended this poll
                    raise poller.timed_out() from None
                raise
            resource = parse_answer(waiter.operation, answer)
            if poller.changed(resource) and on_progress is not None:
                on_progress(resource)
            delay = poller.next_delay(_timing.monotonic())
            if delay is None:
                return resource
            _timing.sleep(delay)

    def _upload_code(
        self,
        upload: CodeUpload[Any],
        resource_id: str,
        source: Source,
        region: str | None,
        on_progress: ProgressCallback | None,
    ) -> UploadResult:
        """Pack the code (a directory's zip is removed afterwards), ask for a presigned URL
        for exactly its size, and PUT it there with no credentials of ours."""
        from ._archive import ArchiveBody, pack  # zipfile and the like: uploads only

        (id_param,) = upload.url_operation.path_params
        archive = pack(source)
        try:
            target = self._call(
                upload.url_operation,
                region,
                {id_param: resource_id},
                {upload.size_param: archive.size},
                None,
            )
            body = ArchiveBody(archive, on_progress)
            put = httpx.Request("PUT", target.url, headers=_presigned_headers(target), content=body)
            return _upload_result(self._send(put, deadline=None), archive)
        finally:
            if archive is not source:
                archive.close()

    def _download_code(
        self,
        download: CodeDownload,
        resource_id: str,
        destination: Destination,
        region: str | None,
    ) -> DownloadResult:
        """Ask for a presigned URL, GET the archive from it with no credentials of ours
        (retried like any GET), and write it to `destination` whole or not at all."""
        (id_param,) = download.url_operation.path_params
        target = self._call(download.url_operation, region, {id_param: resource_id}, {}, None)
        get = httpx.Request("GET", target.url, headers=_presigned_headers(target))
        from ._archive import DownloadFile  # downloads only

        with DownloadFile(destination) as into:
            return _download_result(self._send(get, deadline=None, into=into), into)


class AsyncFunctionsClient(BaseClient, AsyncMethods):
    """The asyncio twin of FunctionsClient: the same methods, as coroutines.

    `http_client` is an httpx.AsyncClient, `transport` an httpx.AsyncBaseTransport.
    Listings fetch several pages at once.
    """

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
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        _check_transport(transport, http_client)
        super().__init__(
            secret_key,
            access_key,
            region,
            project_id,
            organization_id,
            api_url,
            profile,
            timeout,
            max_retries,
            base_headers=http_client.headers if http_client else _HTTPX_DEFAULT_HEADERS,
        )
        self._shared: _Shared[httpx.AsyncClient]
        self._own_network = transport is None and http_client is None
        if http_client is not None:
            self._shared = _Shared(lambda: http_client, owned=False)
        else:
            self._shared = _Shared(
                lambda: httpx.AsyncClient(
                    transport=transport,
                    follow_redirects=False,
                    verify=True if transport is not None else _ssl_context(),
                ),
                owned=True,
            )

    @property
    def with_raw_response(self) -> AsyncRawMethods:
        """The same methods, answering a RawResponse (status, headers, request id, parse())."""
        return AsyncRawMethods(self)

    async def plan(
        self, service: Service, *, only: Collection[str] = (), prune: bool = False
    ) -> Plan:
        """FunctionsClient.plan, awaited: it runs in a worker thread (the event loop goes
        on), with a FunctionsClient of this client's settings."""
        from ._service import plan

        return await self._in_sync_client(lambda made: plan(made, service, only=only,
                                                            prune=prune))  # fmt: skip

    async def apply(
        self,
        service: Service,
        *,
        only: Collection[str] = (),
        prune: bool = False,
        concurrency: int = 8,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        force: bool = False,
        on_progress: Callable[[str, str], None] | None = None,
    ) -> list[Outcome]:
        """FunctionsClient.apply, awaited, run like `plan`; `on_progress` is called from
        the worker threads."""
        from ._service import apply

        return await self._in_sync_client(lambda made: apply(
            made, service, only=only, prune=prune, concurrency=concurrency, timeout=timeout,
            force=force, on_progress=on_progress))  # fmt: skip

    async def _in_sync_client(self, work: Callable[[FunctionsClient], T]) -> T:
        """`work` with a FunctionsClient of the same settings, in a worker thread. A custom
        transport or httpx client cannot be shared with one: refused, rather than ignored."""
        import anyio.to_thread

        if not self._own_network:
            raise TypeError(
                "plan and apply need an AsyncFunctionsClient made without transport= or "
                "http_client=: use FunctionsClient(...).plan and .apply with a sync one"
            )
        config, options = self.config, self.options

        def run() -> T:
            with FunctionsClient(
                config.secret_key, config.access_key, config.region, config.project_id,
                config.organization_id, config.api_url, None, options.timeout,
                options.max_retries,
            ) as made:  # fmt: skip
                return work(made.with_options(headers=options.headers) if options.headers
                            else made)  # fmt: skip

        return await anyio.to_thread.run_sync(run)

    async def aclose(self) -> None:
        """Close the connection pool."""
        http = self._shared.close()
        if http is not None:
            await http.aclose()

    async def __aenter__(self) -> AsyncFunctionsClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    # Sending.

    async def _send(
        self, request: httpx.Request, deadline: float | None, into: DownloadFile | None = None
    ) -> httpx.Response:
        """Send a request, retrying as `Retrying` says; the last answer, whatever its status.
        With `into`, a successful answer's body goes there instead of into memory."""
        retrying = Retrying(self._options.max_retries, request.method, deadline)
        while True:
            outcome: httpx.Response | httpx.TransportError
            try:
                outcome = await self._attempt(request, deadline, into)
            except httpx.TransportError as exc:
                outcome = exc
                delay = retrying.after_failure(exc, _timing.monotonic())
                if delay is None:
                    raise connection_error(exc, request.url) from exc
            else:
                if outcome.is_success:
                    return outcome
                delay = retrying.after_answer(outcome, _timing.monotonic())
                if delay is None:
                    return outcome
            self._log_retry(request, outcome, delay)
            await _timing.asleep(delay)

    async def _attempt(
        self, request: httpx.Request, deadline: float | None, into: DownloadFile | None
    ) -> httpx.Response:
        """One attempt, read whole; with a deadline, cancelled when it passes."""
        now = _timing.monotonic()
        request.extensions["timeout"] = self._timeouts(deadline, now)
        http = self._shared.http()
        if into is not None:  # a download: streamed to its file (it has no whole-call deadline)
            response = await http.send(request, stream=True, follow_redirects=False)
            try:
                if response.is_success:
                    into.restart()
                    async for chunk in response.aiter_bytes():
                        into.write(chunk)
                else:
                    await response.aread()
            finally:
                await response.aclose()
        elif deadline is None:
            response = await http.send(request, follow_redirects=False)
        else:
            import anyio  # httpx's own dependency; loaded by async callers only

            try:
                with anyio.fail_after(deadline - now):
                    response = await http.send(request, follow_redirects=False)
            except TimeoutError:
                raise httpx.ReadTimeout("the call's deadline passed", request=request) from None
        self._log(response)
        return response

    async def _request(
        self,
        operation: Operation[Any],
        region: str | None,
        path: Mapping[str, object],
        query: Mapping[str, object],
        body: Mapping[str, object] | None,
        deadline: float | None = None,
    ) -> httpx.Response:
        """One API call: its 2xx answer, or the typed error."""
        if self._shared.closed:
            raise RuntimeError("the client has been closed: open a new one")
        request = self._build_request(operation, region, path, query, body)
        if deadline is None:
            deadline = _timing.monotonic() + self._options.timeout
        response = await self._send(request, deadline)
        if not response.is_success:
            raise error_from_response(response)
        return response

    # The primitives of AsyncAPI.

    async def _call(
        self,
        operation: Operation[T],
        region: str | None,
        path: Mapping[str, object],
        query: Mapping[str, object],
        body: Mapping[str, object] | None,
    ) -> T:
        answer = await self._request(operation, region, path, query, body)
        return parse_answer(operation, answer)

    async def _call_raw(
        self,
        operation: Operation[T],
        region: str | None,
        path: Mapping[str, object],
        query: Mapping[str, object],
        body: Mapping[str, object] | None,
    ) -> RawResponse[T]:
        return RawResponse(operation, await self._request(operation, region, path, query, body))

    def _paginate(
        self,
        operation: Operation[PageT],
        item_type: FromDict[ItemT],
        region: str | None,
        query: Mapping[str, object],
        page_size: int,
        concurrency: int | None,
    ) -> AsyncPaginator[ItemT, PageT]:
        workers = DEFAULT_CONCURRENCY if concurrency is None else concurrency
        Listing(operation, query, page_size, workers)  # refuses bad arguments now
        return AsyncPaginator(lambda: self._pages(operation, region, query, page_size, workers))

    async def _pages(
        self,
        operation: Operation[Any],
        region: str | None,
        query: Mapping[str, object],
        page_size: int,
        concurrency: int,
    ) -> AsyncIterator[tuple[Any, list[Any]]]:
        """The first page alone, then a window of `concurrency` pages in flight, read in
        order; nothing is fetched past the end, and no page is kept once read."""
        import asyncio

        listing = Listing(operation, query, page_size, concurrency)
        first = await self._call(operation, region, {}, listing.page_query(1), None)
        yield first, listing.accept(first)
        numbers = listing.later_pages()

        def fetch(number: int) -> asyncio.Task[Any]:
            page = self._call(operation, region, {}, listing.page_query(number), None)
            return asyncio.ensure_future(page)

        in_flight = deque(fetch(number) for number in islice(numbers, concurrency))
        try:
            while in_flight:
                page = await in_flight.popleft()
                yield page, listing.accept(page)
                if listing.done:
                    return
                in_flight.extend(fetch(number) for number in islice(numbers, 1))
        finally:
            for task in in_flight:
                if task.done() and not task.cancelled():
                    task.exception()  # retrieved: an unread page's failure is no stray warning
                task.cancel()

    async def _wait(
        self,
        waiter: Waiter[T],
        resource_id: str,
        region: str | None,
        timeout: float,
        poll_interval: float | None,
        on_progress: Callable[[T], None] | None,
    ) -> T:
        poller = Poller(waiter, resource_id, timeout, poll_interval, _timing.monotonic())
        (id_param,) = waiter.operation.path_params
        while True:
            deadline, cut = poller.poll_deadline(_timing.monotonic(), self._options.timeout)
            try:
                answer = await self._request(
                    waiter.operation, region, {id_param: resource_id}, {}, None, deadline
                )
            except APITimeoutError:
                if cut:  # the wait's limit, not the API, ended this poll
                    raise poller.timed_out() from None
                raise
            resource = parse_answer(waiter.operation, answer)
            if poller.changed(resource) and on_progress is not None:
                on_progress(resource)
            delay = poller.next_delay(_timing.monotonic())
            if delay is None:
                return resource
            await _timing.asleep(delay)

    async def _upload_code(
        self,
        upload: CodeUpload[Any],
        resource_id: str,
        source: Source,
        region: str | None,
        on_progress: ProgressCallback | None,
    ) -> UploadResult:
        """Pack the code (in a worker thread: it is disk work), ask for a presigned URL for
        exactly its size, and PUT it there with no credentials of ours."""
        import asyncio

        from ._archive import ArchiveBody, pack  # zipfile and the like: uploads only

        (id_param,) = upload.url_operation.path_params
        archive = await asyncio.to_thread(pack, source)
        try:
            target = await self._call(
                upload.url_operation,
                region,
                {id_param: resource_id},
                {upload.size_param: archive.size},
                None,
            )
            body = ArchiveBody(archive, on_progress).aiter()
            put = httpx.Request("PUT", target.url, headers=_presigned_headers(target), content=body)
            return _upload_result(await self._send(put, deadline=None), archive)
        finally:
            if archive is not source:
                archive.close()

    async def _download_code(
        self,
        download: CodeDownload,
        resource_id: str,
        destination: Destination,
        region: str | None,
    ) -> DownloadResult:
        """Ask for a presigned URL, GET the archive from it with no credentials of ours
        (retried like any GET), and write it to `destination` whole or not at all."""
        (id_param,) = download.url_operation.path_params
        url_operation = download.url_operation
        target = await self._call(url_operation, region, {id_param: resource_id}, {}, None)
        get = httpx.Request("GET", target.url, headers=_presigned_headers(target))
        from ._archive import DownloadFile  # downloads only

        with DownloadFile(destination) as into:
            return _download_result(await self._send(get, deadline=None, into=into), into)
