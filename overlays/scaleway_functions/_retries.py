"""When a failed request is sent again, and after how long.

`Retrying` decides (pure: it is given the time, never sleeps); each client's request loop
asks it after every attempt that did not succeed (`_send`). The rules and their numbers are
the spec's `x-retry-policy` (here as generated, with its values today):

- 429 on every method: the API did not process the request.
- 502, 503, 504 and broken connections on idempotent methods (GET, PUT, DELETE).
- `Retry-After` (seconds or an HTTP date) is honoured as asked, never sooner; a pause
  longer than MAX_RETRY_AFTER, or past the call's deadline, ends the call (a 429 then
  raises `RateLimitedError` with `retry_after`).
- A connection that failed before the request left (refused, connect timeout, no free
  connection in the pool) on every method.
- 409 `transient_state` on every method, until the resource settles or the deadline comes
  (nothing was applied): it does not count against `max_retries`.
- Nothing is retried with `max_retries=0`, and nothing sleeps past the call's deadline.
"""

from __future__ import annotations

import email.utils
import math
import random
import time

import httpx

from scaleway_functions_api.behaviour import RETRY_POLICY

from ._exceptions import error_type_of

__all__ = ["MAX_RETRY_AFTER", "Retrying", "backoff", "retry_after"]

IDEMPOTENT = RETRY_POLICY["idempotent_methods"]
ANY_METHOD_STATUSES = RETRY_POLICY["any_method_statuses"]
IDEMPOTENT_STATUSES = RETRY_POLICY["idempotent_statuses"]
# Failures that prove the request never reached the server.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Failures after which the request may have left: sent again on idempotent methods. A
# ReadTimeout is not one: the per-read timeout is the time left in the call, so it means
# the deadline came.
BROKEN = (*NOT_SENT, httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError)
# Which methods each failure is retried on ("any_method" or "idempotent"), the narrower
# failure first.
CONNECTION_FAILURES = (
    (NOT_SENT, RETRY_POLICY["not_sent"]),
    (BROKEN, RETRY_POLICY["broken"]),
)
SETTLE_STATUS = RETRY_POLICY["settle_status"]
SETTLE_ERROR_TYPE = RETRY_POLICY["settle_error_type"]
BACKOFF = RETRY_POLICY["backoff"]
MAX_RETRY_AFTER = RETRY_POLICY["max_retry_after"]
"""The longest Retry-After honoured; a longer one ends the call at once."""


def retry_after(headers: httpx.Headers) -> float | None:
    """The seconds a `Retry-After` header asks for (a number or an HTTP date), or None."""
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            moment = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if moment.tzinfo is None:
            return None
        seconds = moment.timestamp() - time.time()
    if not math.isfinite(seconds):
        return None
    return max(seconds, 0.0)


class Retrying:
    """The retries of one call: after each attempt that did not succeed, the delay before
    the next one, or None to stop. `deadline` is a `_timing.monotonic()` instant (None: no
    bound on the whole call, as for an archive upload)."""

    def __init__(self, max_retries: int, method: str, deadline: float | None) -> None:
        self.max_retries = max_retries
        self.method = method
        self.deadline = deadline
        self.retries = 0
        """Retries so far that count against max_retries."""
        self.settling = 0
        """Retries so far of a `transient_state` answer."""

    def after_answer(self, response: httpx.Response, now: float) -> float | None:
        """After an error answer."""
        if self.max_retries == 0:
            return None
        status = response.status_code
        if status == SETTLE_STATUS and error_type_of(response) == SETTLE_ERROR_TYPE:
            self.settling += 1
            return self._fits(backoff(self.settling - 1), now)
        if self.retries >= self.max_retries:
            return None
        if status not in ANY_METHOD_STATUSES and not (
            status in IDEMPOTENT_STATUSES and self.method in IDEMPOTENT
        ):
            return None
        wait = retry_after(response.headers)
        if wait is None:
            return self._count(backoff(self.retries), now)
        # Never sooner than asked: a pause longer than the cap ends the call instead.
        return self._count(wait, now) if wait <= MAX_RETRY_AFTER else None

    def after_failure(self, failure: httpx.TransportError, now: float) -> float | None:
        """After an attempt that got no answer."""
        if self.retries >= self.max_retries:
            return None
        for failures, methods in CONNECTION_FAILURES:
            if isinstance(failure, failures):
                if methods == "any_method" or self.method in IDEMPOTENT:
                    return self._count(backoff(self.retries), now)
                return None
        return None

    def _count(self, delay: float, now: float) -> float | None:
        fitting = self._fits(delay, now)
        if fitting is not None:
            self.retries += 1
        return fitting

    def _fits(self, delay: float, now: float) -> float | None:
        """The delay, unless sleeping it would leave no time for the next attempt."""
        if self.deadline is not None and now + delay >= self.deadline:
            return None
        return delay


def backoff(attempt: int) -> float:
    """Exponential backoff with jitter: about 0.5 s, 1 s, 2 s ... up to the policy's max."""
    base = min(BACKOFF["initial"] * BACKOFF["multiplier"] ** attempt, BACKOFF["max"])
    return base * (1 - BACKOFF["jitter"] * random.random())  # noqa: S311  (jitter, not secrecy)
