"""Waiting for a resource: after each poll, stop (ready), fail, or poll again after N s.

`Poller` decides (pure: it reads the clock it is given, never sleeps); each client runs it
with a plain loop of a few lines (`wait_for_*` -> `_wait`). The statuses, the message
fields and the error come from the resource's `x-waiter`, the timing from the spec's
`x-wait-policy`.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from scaleway_functions_api.behaviour import WAIT_POLICY

from ._exceptions import FunctionDeployError, ResourceFailedError, WaitTimeoutError
from ._operations import Waiter

__all__ = ["DEFAULT_WAIT_TIMEOUT", "FIRST_POLL_DELAY", "MAX_POLL_DELAY", "POLL_BACKOFF", "Poller"]

T = TypeVar("T")

FIRST_POLL_DELAY = WAIT_POLICY["first_delay"]
MAX_POLL_DELAY = WAIT_POLICY["max_delay"]
POLL_BACKOFF = WAIT_POLICY["multiplier"]
LAST_POLL_BUDGET = WAIT_POLICY["last_poll"]
DEFAULT_WAIT_TIMEOUT = WAIT_POLICY["timeout"]
# The error of each `failure_kind` an x-waiter may name.
_FAILURES: dict[str, type[ResourceFailedError]] = {
    cls.kind: cls for cls in (ResourceFailedError, FunctionDeployError)
}


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
        key = (self._status(resource), self._message(resource, self.waiter.progress_message))
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

    @staticmethod
    def _message(resource: T, field: str | None) -> str | None:
        value = getattr(resource, field, None) if field else None
        return value if isinstance(value, str) else None

    def _failure(self, resource: T, status: str) -> ResourceFailedError:
        error_message = self._message(resource, self.waiter.failure_message)
        build_message = self._message(resource, self.waiter.progress_message)
        name = self.waiter.resource.lower()
        reason = error_message or build_message or "it cannot become ready from there"
        kind = _FAILURES.get(self.waiter.failure_kind, ResourceFailedError)
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
