"""Waiting for a resource: after each poll, stop (ready), fail, or poll again after N s.

`Poller` decides (pure: it reads the clock it is given, never sleeps); each client runs it
with a plain loop of a few lines (`wait_for_*` -> `_wait`). The statuses come from the
spec's `x-waiter`, the timing from here.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from . import _exceptions
from ._exceptions import ResourceFailedError, WaitTimeoutError
from ._operations import Waiter

__all__ = ["FIRST_POLL_DELAY", "MAX_POLL_DELAY", "POLL_BACKOFF", "Poller"]

T = TypeVar("T")

FIRST_POLL_DELAY = 0.5
MAX_POLL_DELAY = 2.0
POLL_BACKOFF = 1.5
LAST_POLL_BUDGET = 0.5


class Poller(Generic[T]):
    """One wait: the first poll at once, then delays growing from FIRST_POLL_DELAY by
    POLL_BACKOFF up to MAX_POLL_DELAY (or a fixed `poll_interval`), never past the deadline.
    """

    def __init__(
        self,
        waiter: Waiter[T],
        resource_id: str,
        timeout: float,
        poll_interval: float | None,
        now: float,
    ) -> None:
        if not timeout >= 0:  # also refuses NaN
            raise ValueError(f"timeout must be 0 or more, got {timeout}")
        if poll_interval is not None and not poll_interval > 0:
            raise ValueError(f"poll_interval must be positive, got {poll_interval}")
        self.waiter = waiter
        self.resource_id = resource_id
        self.timeout = timeout
        self.deadline = now + timeout
        self._interval = poll_interval
        self._delay = poll_interval or FIRST_POLL_DELAY
        self._last: tuple[str, Any] | None = None
        self._resource: T | None = None

    def changed(self, resource: T) -> bool:
        """Record a poll's answer; whether its status or build message is new."""
        key = (self._status(resource), getattr(resource, "build_message", None))
        changed, self._last, self._resource = key != self._last, key, resource
        return changed

    def next_delay(self, now: float) -> float | None:
        """After `changed`: None when the resource is ready, else the seconds to sleep
        before the next poll. Raises the failure, or the timeout once the deadline passed."""
        if self._resource is None or self._last is None:
            raise RuntimeError("next_delay() comes after changed()")
        status = self._last[0]
        if status in self.waiter.success:
            return None
        if status in self.waiter.failure:
            raise self._failure(self._resource, status)
        remaining = self.deadline - now
        if remaining <= 0:
            raise self.timed_out()
        delay = min(self._delay, remaining)
        if self._interval is None:
            self._delay = min(self._delay * POLL_BACKOFF, MAX_POLL_DELAY)
        return delay

    def poll_deadline(self, now: float, call_timeout: float) -> tuple[float, bool]:
        """When the next poll must be answered by, and whether the wait's limit (rather
        than the client's timeout) set it. A poll always gets LAST_POLL_BUDGET at least:
        a wait polls once more when its last sleep ends at the deadline."""
        own = now + call_timeout
        deadline = max(self.deadline, now + min(LAST_POLL_BUDGET, call_timeout))
        return min(own, deadline), deadline < own

    def timed_out(self) -> WaitTimeoutError:
        """The error for a wait whose deadline passed (also while a poll was in flight)."""
        name = self.waiter.resource.lower()
        where = f"{name} {self.resource_id}"
        status = None if self._last is None else self._last[0]
        return WaitTimeoutError(
            f"{where} still {status} after {self.timeout:g}s"
            if status is not None
            else f"{where}: no answer within the wait's {self.timeout:g}s",
            status=status,
            resource_object=self._resource,
            resource=name,
            resource_id=self.resource_id,
        )

    def _status(self, resource: T) -> str:
        return str(getattr(resource, self.waiter.status_field))

    def _failure(self, resource: T, status: str) -> ResourceFailedError:
        error_message = getattr(resource, "error_message", None)
        build_message = getattr(resource, "build_message", None)
        name = self.waiter.resource.lower()
        reason = error_message or build_message or "it cannot become ready from there"
        kind = getattr(_exceptions, self.waiter.failure_error)  # x-waiter's `error`
        if not (isinstance(kind, type) and issubclass(kind, ResourceFailedError)):
            raise TypeError(f"{self.waiter.resource}'s x-waiter names no ResourceFailedError")
        resource_id = getattr(resource, "id", None)
        return kind(
            f"{name} {resource_id or ''} ended in status {status!r}: {reason}",
            status=status,
            error_message=error_message,
            build_message=build_message,
            resource_object=resource,
            resource=name,
            resource_id=resource_id,
        )
