"""When a failed request is sent again, built on httpx-retries.

GET, DELETE and the archive PUT are idempotent: they are retried on 429, 502, 503 and 504
and on broken connections, with exponential backoff and full jitter, honouring Retry-After
(capped). POST and PATCH are retried only when the connection failed before the request
left, since the API may otherwise have acted on it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import cast

import httpx
from httpx_retries import Retry, RetryTransport

from . import _timing

__all__ = ["BufferedTransport", "GiveUp", "RetryTransport", "retry_policies"]

RETRY_STATUSES = (429, 502, 503, 504)
# A slow answer (ReadTimeout) is not retried: the caller asked for that timeout.
CONNECTION_FAILURES = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.ReadError,
    httpx.WriteError,
    httpx.RemoteProtocolError,
)
NOT_SENT_FAILURES = (httpx.ConnectError, httpx.ConnectTimeout)
BACKOFF_FACTOR = 0.25
MAX_BACKOFF = 10.0


class GiveUp(Exception):
    """Retrying would run past the caller's deadline: use the last answer as it is."""

    def __init__(self, last: httpx.Response | Exception) -> None:
        super().__init__("retrying would pass the deadline")
        self.last = last


class _Retry(Retry):
    """httpx-retries' policy, sleeping through `_timing` so tests can skip the waits, and
    never sleeping past a deadline (a waiter's): it gives up instead of retrying early."""

    deadline: float | None = None

    def with_deadline(self, deadline: float) -> _Retry:
        copied = cast(_Retry, self.copy_with())
        copied.deadline = deadline
        return copied

    def increment(self) -> Retry:
        following = cast(_Retry, super().increment())
        following.deadline = self.deadline
        return following

    def sleep(self, response: httpx.Response | Exception) -> None:
        seconds = self._delay(response)
        _timing.sleep(seconds)
        self.elapsed_sleep += seconds

    async def asleep(self, response: httpx.Response | Exception) -> None:
        seconds = self._delay(response)
        await _timing.asleep(seconds)
        self.elapsed_sleep += seconds

    def _delay(self, response: httpx.Response | Exception) -> float:
        headers = response.headers if isinstance(response, httpx.Response) else {}
        seconds = self._calculate_sleep(headers)
        if self.deadline is not None and _timing.monotonic() + seconds >= self.deadline:
            raise GiveUp(response)
        return seconds


class _NotSentRetry(_Retry):
    """For POST and PATCH: only failures that prove the request never left."""

    def is_retryable_status_code(self, status_code: int) -> bool:
        return False


Transport = httpx.BaseTransport | httpx.AsyncBaseTransport


class BufferedTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Reads each answer whole inside the transport, and opens the network lazily.

    API answers are small JSON documents. Reading them here means a connection that breaks
    in the middle of a body fails inside the retry loop, like one that breaks before it.
    Given a factory instead of a transport, it makes the transport at the first request:
    httpx's default one loads the CA bundle (tens of milliseconds) when it is created.
    """

    def __init__(self, inner: Transport | Callable[[], Transport]) -> None:
        self._inner: Transport | None = None
        self._factory: Callable[[], Transport] | None = None
        if isinstance(inner, (httpx.BaseTransport, httpx.AsyncBaseTransport)):
            self._inner = inner
        else:
            self._factory = inner
        self._lock = threading.Lock()

    def _transport(self) -> Transport:
        if self._inner is None:
            with self._lock:
                if self._inner is None:
                    assert self._factory is not None
                    self._inner = self._factory()
        return self._inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        inner = self._transport()
        assert isinstance(inner, httpx.BaseTransport)
        response = inner.handle_request(request)
        try:
            response.read()
        finally:
            response.close()
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        inner = self._transport()
        assert isinstance(inner, httpx.AsyncBaseTransport)
        response = await inner.handle_async_request(request)
        try:
            await response.aread()
        finally:
            await response.aclose()
        return response

    def close(self) -> None:
        if isinstance(self._inner, httpx.BaseTransport):
            self._inner.close()

    async def aclose(self) -> None:
        if isinstance(self._inner, httpx.AsyncBaseTransport):
            await self._inner.aclose()


def retry_policies(max_retries: int) -> tuple[_Retry, _Retry]:
    """(policy for idempotent requests, policy for POST and PATCH)."""
    idempotent = _Retry(
        total=max_retries,
        allowed_methods=["GET", "HEAD", "PUT", "DELETE", "OPTIONS"],
        status_forcelist=RETRY_STATUSES,
        retry_on_exceptions=CONNECTION_FAILURES,
        backoff_factor=BACKOFF_FACTOR,
        max_backoff_wait=MAX_BACKOFF,
    )
    not_sent = _NotSentRetry(
        total=max_retries,
        allowed_methods=["POST", "PATCH"],
        retry_on_exceptions=NOT_SENT_FAILURES,
        backoff_factor=BACKOFF_FACTOR,
        max_backoff_wait=MAX_BACKOFF,
    )
    return idempotent, not_sent
