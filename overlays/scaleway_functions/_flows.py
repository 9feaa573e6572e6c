"""The client's multi-step logic, with no I/O: listing pages, waiting, uploading, deploying.

Each flow is a generator that yields effects (`Call`, `Start`, `Finish`, `Sleep`, `Put`,
`Build`, `Emit`)
and receives their results. The sync and async clients each run flows with a loop of a few
lines that performs the effects, so every decision (which page next, poll again or stop,
how long to sleep) is written once and tested without a network.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any, Generic, TypeVar

from scaleway_functions_api.runtime import (
    CodeUpload,
    Operation,
    ProgressCallback,
    Source,
    UploadResult,
    Waiter,
)

from . import _exceptions, _timing
from ._archive import Archive, ArchiveBody, temporary_workdir
from ._exceptions import ResourceFailedError, WaitTimeoutError

__all__ = [
    "DEADLINE_PASSED",
    "Build",
    "Call",
    "Effect",
    "Emit",
    "Finish",
    "Put",
    "Sleep",
    "Start",
    "check_listing",
    "deploy_flow",
    "listing_flow",
    "upload_flow",
    "wait_flow",
]

T = TypeVar("T")

FIRST_POLL_DELAY = 0.5
MAX_POLL_DELAY = 2.0
POLL_BACKOFF = 1.5


@dataclass(frozen=True)
class Call(Generic[T]):
    """Perform one API operation; the result is the parsed response."""

    operation: Operation[T]
    region: str | None
    path: Mapping[str, Any]
    query: Mapping[str, Any]
    body: Mapping[str, Any] | None = None
    deadline: float | None = None
    """A `_timing.monotonic()` instant the call, retries included, must not run past.

    With a deadline, the result is DEADLINE_PASSED when no answer came before it."""


class _DeadlinePassed:
    def __repr__(self) -> str:
        return "DEADLINE_PASSED"


DEADLINE_PASSED = _DeadlinePassed()
"""The result of a Call whose deadline passed before its answer arrived."""


@dataclass(frozen=True)
class Start:
    """Start a call without waiting for it; the result is a handle for `Finish`.

    Calls started and not finished when the flow ends are abandoned by the driver.
    """

    call: Call[Any]


@dataclass(frozen=True)
class Finish:
    """Wait for a started call; the result is its parsed response."""

    handle: Any


@dataclass(frozen=True)
class Sleep:
    seconds: float


@dataclass(frozen=True)
class Put:
    """Upload a body to a presigned URL with exactly these headers, and no credentials."""

    url: str
    headers: Mapping[str, str]
    body: ArchiveBody


@dataclass(frozen=True)
class Build:
    """Pack a function's code into an archive under `workdir` (blocking disk work)."""

    source: Source
    workdir: Path


@dataclass(frozen=True)
class Emit:
    """Hand a page and its new items to whoever iterates the flow; the result is None."""

    page: Any
    items: list[Any]


Effect = Call[Any] | Start | Finish | Sleep | Put | Build | Emit
Flow = Generator[Effect, Any, T]


# --- listing ------------------------------------------------------------------------------


class _Listing:
    """What has been seen of a paginated listing, and whether to go on."""

    def __init__(self, items_field: str, total_field: str, page_size: int) -> None:
        self.items_field, self.total_field, self.page_size = items_field, total_field, page_size
        self.total: int | None = None
        self.received = 0
        self.seen_ids: set[Any] = set()
        self.done = False

    def accept(self, page: Any) -> list[Any]:
        """Record a page; return its items not yielded before."""
        items = list(getattr(page, self.items_field))
        if self.total is None:
            self.total = int(getattr(page, self.total_field))
        self.received += len(items)
        # A short or empty page ends the listing whatever the total claims.
        if len(items) < self.page_size or self.received >= self.total:
            self.done = True
        fresh = []
        for item in items:
            key = getattr(item, "id", None)
            if key is None or key not in self.seen_ids:
                fresh.append(item)
                if key is not None:
                    self.seen_ids.add(key)
        return fresh

    def remaining_pages(self) -> range:
        """Pages after the first, as far as the total says there are items."""
        if self.done or not self.total:
            return range(0)
        last = -(-self.total // self.page_size)
        return range(2, last + 1)


def check_listing(operation: Operation[Any], page_size: int, concurrency: int) -> None:
    """Refuse a listing's arguments when it is set up, not when it is first iterated."""
    if operation.pagination is None:
        raise TypeError(f"{operation.name} does not paginate")
    if page_size < 1:
        raise ValueError(f"page_size must be at least 1, got {page_size}")
    if concurrency < 1:
        raise ValueError(f"concurrency must be at least 1, got {concurrency}")


def listing_flow(
    operation: Operation[Any],
    region: str | None,
    query: Mapping[str, Any],
    page_size: int,
    concurrency: int,
) -> Flow[None]:
    """Every page of a listing: the first alone, then the rest, `concurrency` in flight."""
    check_listing(operation, page_size, concurrency)
    pagination = operation.pagination
    assert pagination is not None

    def call(page: int) -> Call[Any]:
        return Call(operation, region, {}, {**query, "page": page, "page_size": page_size})

    listing = _Listing(pagination.items, pagination.total, page_size)
    first = yield call(1)
    yield Emit(first, listing.accept(first))
    # A sliding window: while the oldest page is read, the next `concurrency - 1` are on
    # their way; nothing is fetched further ahead, and nothing after the listing ends.
    numbers = iter(listing.remaining_pages())
    in_flight: deque[Any] = deque()
    for number in islice(numbers, concurrency):
        in_flight.append((yield Start(call(number))))
    while in_flight:
        page = yield Finish(in_flight.popleft())
        yield Emit(page, listing.accept(page))
        if listing.done:
            return
        for number in islice(numbers, 1):
            in_flight.append((yield Start(call(number))))


# --- waiting ------------------------------------------------------------------------------


def _progress_key(resource: Any, status_field: str) -> tuple[str, Any]:
    return str(getattr(resource, status_field)), getattr(resource, "build_message", None)


def _failure(waiter: Waiter[Any], resource: Any, status: str) -> ResourceFailedError:
    error_message = getattr(resource, "error_message", None)
    build_message = getattr(resource, "build_message", None)
    name = waiter.resource.lower()
    reason = error_message or build_message or "it cannot become ready from there"
    kind = getattr(_exceptions, waiter.failure_error)  # x-waiter's `error`
    if not (isinstance(kind, type) and issubclass(kind, ResourceFailedError)):
        raise TypeError(f"{waiter.resource}'s x-waiter names no ResourceFailedError: {kind}")
    return kind(
        f"{name} {getattr(resource, 'id', '')} ended in status {status!r}: {reason}",
        status=status,
        error_message=error_message,
        build_message=build_message,
        resource_object=resource,
        resource=name,
        resource_id=getattr(resource, "id", None),
    )


def wait_flow(
    waiter: Waiter[T],
    resource_id: str,
    region: str | None,
    timeout: float,
    poll_interval: float | None,
    on_progress: Callable[[T], None] | None,
) -> Flow[T]:
    """Poll until a success status; fail on a failure status; never sleep past the deadline.

    The first poll is immediate; then the delay grows from FIRST_POLL_DELAY by POLL_BACKOFF
    up to MAX_POLL_DELAY, or stays at `poll_interval` when one is given.
    """
    if timeout < 0:
        raise ValueError(f"timeout must be 0 or more, got {timeout}")
    if poll_interval is not None and poll_interval <= 0:
        raise ValueError(f"poll_interval must be positive, got {poll_interval}")
    deadline = _timing.monotonic() + timeout
    delay = poll_interval or FIRST_POLL_DELAY
    (id_param,) = waiter.operation.path_params
    last_seen: tuple[str, Any] | None = None

    def timed_out(resource: T | None) -> WaitTimeoutError:
        status = None if last_seen is None else last_seen[0]
        where = f"{waiter.resource.lower()} {resource_id}"
        return WaitTimeoutError(
            f"{where} still {status} after {timeout:g}s"
            if status is not None
            else f"{where}: no answer within the wait's {timeout:g}s",
            status=status,
            resource_object=resource,
            resource=waiter.resource.lower(),
            resource_id=resource_id,
        )

    resource: T | None = None
    while True:
        poll = Call(waiter.operation, region, {id_param: resource_id}, {}, deadline=deadline)
        answer = yield poll
        if answer is DEADLINE_PASSED:  # the poll itself outlasted the wait
            raise timed_out(resource)
        resource = answer
        key = _progress_key(resource, waiter.status_field)
        if on_progress is not None and key != last_seen:
            on_progress(resource)
        last_seen = key
        status = key[0]
        if status in waiter.success:
            return resource
        if status in waiter.failure:
            raise _failure(waiter, resource, status)
        remaining = deadline - _timing.monotonic()
        if remaining <= 0:
            raise timed_out(resource)
        yield Sleep(min(delay, remaining))
        if poll_interval is None:
            delay = min(delay * POLL_BACKOFF, MAX_POLL_DELAY)


# --- upload and deploy --------------------------------------------------------------------


def _upload(
    upload: CodeUpload[Any],
    resource_id: str,
    archive: Archive,
    region: str | None,
    on_progress: ProgressCallback | None,
) -> Flow[UploadResult]:
    """Ask for a presigned URL for exactly this size, then PUT the archive there."""
    operation = upload.url_operation
    (id_param,) = operation.path_params
    target = yield Call(
        operation, region, {id_param: resource_id}, {upload.size_param: archive.size}
    )
    headers = {name: ", ".join(values) for name, values in target.headers.to_dict().items()}
    yield Put(target.url, headers, ArchiveBody(archive, on_progress))
    return UploadResult(size=archive.size, sha256=archive.sha256)


def upload_flow(
    upload: CodeUpload[Any],
    resource_id: str,
    source: Source,
    region: str | None,
    on_progress: ProgressCallback | None,
) -> Flow[UploadResult]:
    """Pack the code (in a temporary directory, removed afterwards) and upload it."""
    with temporary_workdir() as workdir:
        archive = yield Build(source, Path(workdir))
        return (yield from _upload(upload, resource_id, archive, region, on_progress))


def deploy_flow(
    upload: CodeUpload[T],
    resource_id: str,
    source: Source,
    region: str | None,
    wait: bool,
    timeout: float,
    on_progress: Callable[[T], None] | None,
    on_upload_progress: ProgressCallback | None = None,
) -> Flow[T]:
    """Upload, deploy, and (if `wait`) wait until the resource is ready."""
    yield from upload_flow(upload, resource_id, source, region, on_upload_progress)
    (id_param,) = upload.deploy.path_params
    deployed: T = yield Call(upload.deploy, region, {id_param: resource_id}, {}, {})
    if not wait:
        return deployed
    return (yield from wait_flow(upload.waiter, resource_id, region, timeout, None, on_progress))
