"""Paginated listings, waiting for a resource, deploying code.

The decisions (`Listing`: which page next, done?; `Poller`: ready, failed, or poll again
after how long?) are pure objects, tested here by hand; the clients' loops over them are
tested end to end through FunctionsClient and AsyncFunctionsClient over
httpx.MockTransport. No test touches the network or really sleeps: the `clock` fixture
records sleeps and advances fake time.
"""

from __future__ import annotations

import asyncio
import copy
import io
import json
import threading
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from scaleway_functions import (
    APITimeoutError,
    AsyncFunctionsClient,
    FunctionDeployError,
    FunctionsClient,
    NotFoundError,
    ResourceFailedError,
    ScalewayError,
    WaitTimeoutError,
)
from scaleway_functions._config import DEFAULT_TIMEOUT
from scaleway_functions._pagination import Listing
from scaleway_functions._waiting import Poller
from scaleway_functions_api.models import (
    Function,
    ListFunctionsOrderBy,
    ListFunctionsResponse,
    ListNamespacesOrderBy,
    ListNamespacesResponse,
    Namespace,
)
from scaleway_functions_api.operations import FUNCTION_WAITER, LIST_FUNCTIONS, NAMESPACE_WAITER

from .conftest import RECORDED, SECRET_KEY, FakeClock, Invoke, Server, gather

FUNCTION_ID = "1eb1bff4-3ba6-4bef-a8de-6a6508c28a74"
NAMESPACE_ID = "8b9efc3d-f37b-4fad-af1a-71f11ca8243a"
PROJECT_ID = "fa1e3217-dc80-42ac-85c3-3f034b78b552"
API = "/functions/v1beta1/regions/fr-par"
FUNCTION_PATH = f"{API}/functions/{FUNCTION_ID}"
UPLOAD_URL = "https://s3.fr-par.scw.cloud/bucket/function.zip?X-Amz-Signature=sig"

STEP_2 = "step 2 of 3: function build in progress"
STEP_3 = "step 3 of 3: function image is being pushed to container registry"
# What on_progress sees while RECORDED[10..18] are polled: one call per change.
RECORDED_BUILD = [
    ("pending", None),
    ("pending", STEP_2),
    ("pending", STEP_3),
    ("pending", None),
    ("ready", None),
]
BACKOFF = [0.5, 0.75, 1.125, 1.6875, 2.0, 2.0, 2.0, 2.0]
GATE_TIMEOUT = 5.0
MAX_POLLS = 50  # a wait that never ends fails fast instead of hanging on the fake clock

Handler = Callable[[httpx.Request], Any]


# --- answers ------------------------------------------------------------------------------


def function_json(
    status: str = "pending",
    *,
    id: str = FUNCTION_ID,
    build_message: str | None = None,
    error_message: str | None = None,
) -> dict[str, Any]:
    """A function as the live API answers it (RECORDED[18]), with these fields changed."""
    body = copy.deepcopy(RECORDED[18].json())
    body.update(id=id, status=status, build_message=build_message, error_message=error_message)
    if status != "ready":
        body["ready_at"] = None
    return body


def namespace_json(
    status: str = "ready",
    *,
    id: str = NAMESPACE_ID,
    error_message: str | None = None,
) -> dict[str, Any]:
    """A namespace as the live API answers it (RECORDED[4]), with these fields changed."""
    body = copy.deepcopy(RECORDED[4].json())
    body.update(id=id, status=status, error_message=error_message)
    return body


def function(status: str = "pending", **fields: Any) -> Function:
    return Function.from_dict(function_json(status, **fields))


def functions_page(ids: list[str], total: int) -> ListFunctionsResponse:
    return ListFunctionsResponse.from_dict(
        {"functions": [function_json(id=i) for i in ids], "total_count": total}
    )


def make_ids(count: int, prefix: str = "f") -> list[str]:
    return [f"{prefix}{n:04d}" for n in range(count)]


def small_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("handler.py", "def handle(event, context):\n    return 'hello'\n")
    return buffer.getvalue()


@dataclass
class ListServer:
    """A list endpoint serving `ids` page by page; `total` makes total_count lie."""

    ids: list[str]
    items_field: str = "functions"
    total: int | None = None
    requests: list[httpx.Request] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        page = int(request.url.params["page"])
        size = int(request.url.params["page_size"])
        make = function_json if self.items_field == "functions" else namespace_json
        items = [make(id=i) for i in self.ids[(page - 1) * size : page * size]]
        total = len(self.ids) if self.total is None else self.total
        return httpx.Response(200, json={self.items_field: items, "total_count": total})

    @property
    def pages(self) -> list[int]:
        """The page numbers asked for, in the order the requests arrived."""
        return [int(request.url.params["page"]) for request in self.requests]


@dataclass
class Polls:
    """A GET endpoint answering `answers` in order, then `forever` to every later poll."""

    answers: list[dict[str, Any]]
    forever: dict[str, Any] | None = None
    requests: list[httpx.Request] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if len(self.requests) > MAX_POLLS:
            raise AssertionError(f"still polling after {MAX_POLLS} requests")
        if self.answers:
            return httpx.Response(200, json=self.answers.pop(0))
        if self.forever is None:
            raise AssertionError(f"unexpected request: {request.method} {request.url}")
        return httpx.Response(200, json=self.forever)


class ThreadGate:
    """Holds the first requests until `size` are in flight together; later ones pass."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.opened = threading.Event()
        self.lock = threading.Lock()
        self.in_flight = 0
        self.peak = 0

    def enter(self) -> None:
        with self.lock:
            self.in_flight += 1
            self.peak = max(self.peak, self.in_flight)
            if self.in_flight >= self.size:
                self.opened.set()
        try:
            # Sequential fetching would leave the first request alone here: it times out.
            if not self.opened.wait(timeout=GATE_TIMEOUT):
                raise AssertionError(f"fewer than {self.size} requests were ever in flight")
        finally:
            with self.lock:
                self.in_flight -= 1


class AsyncGate:
    """Holds the first requests until `size` are in flight together; fails after GATE_TIMEOUT."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.opened = asyncio.Event()
        self.in_flight = 0
        self.peak = 0

    async def enter(self) -> None:
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        if self.in_flight >= self.size:
            self.opened.set()
        try:
            await asyncio.wait_for(self.opened.wait(), timeout=GATE_TIMEOUT)
        finally:
            self.in_flight -= 1


# --- listing: the decisions by hand -------------------------------------------------------


def test_listing_asks_for_the_pages_the_first_total_announces() -> None:
    """7 items, 2 a page: after page 1, pages 2 to 4; the last, short one ends the listing."""
    ids = make_ids(7)
    listing = Listing(LIST_FUNCTIONS, {"namespace_id": NAMESPACE_ID}, page_size=2, concurrency=2)
    assert listing.page_query(1) == {"namespace_id": NAMESPACE_ID, "page": 1, "page_size": 2}

    first = functions_page(ids[0:2], total=7)
    assert listing.accept(first) == first.functions
    assert list(listing.later_pages()) == [2, 3, 4]
    for start in (2, 4):
        assert [f.id for f in listing.accept(functions_page(ids[start : start + 2], 7))] == ids[
            start : start + 2
        ]
        assert not listing.done
    assert [f.id for f in listing.accept(functions_page(ids[6:], 7))] == ids[6:]
    assert listing.done


def test_listing_gives_only_ids_not_seen_before() -> None:
    """An item inserted at the front pushes f0001 from page 1 onto page 2: it is dropped."""
    listing = Listing(LIST_FUNCTIONS, {}, page_size=2, concurrency=1)
    listing.accept(functions_page(["f0000", "f0001"], total=4))
    shifted = functions_page(["f0001", "f0002"], total=5)
    assert [item.id for item in listing.accept(shifted)] == ["f0002"]
    assert len(shifted.functions) == 2  # .pages() still sees the whole response


@pytest.mark.parametrize(
    ("first_ids", "total"),
    [
        pytest.param([], 0, id="empty-listing"),
        pytest.param(["a", "b"], 2, id="total-reached"),
        pytest.param(["a"], 1000, id="short-page-despite-total"),
    ],
)
def test_listing_ends_after_a_first_page_that_says_so(first_ids: list[str], total: int) -> None:
    listing = Listing(LIST_FUNCTIONS, {}, page_size=2, concurrency=4)
    assert [item.id for item in listing.accept(functions_page(first_ids, total))] == first_ids
    assert listing.done
    assert list(listing.later_pages()) == []


def test_listing_ends_at_a_short_page_whatever_the_total_says() -> None:
    listing = Listing(LIST_FUNCTIONS, {}, page_size=2, concurrency=2)
    listing.accept(functions_page(["a", "b"], total=1000))
    assert not listing.done
    listing.accept(functions_page(["c"], total=1000))
    assert listing.done


@pytest.mark.parametrize(("page_size", "concurrency"), [(0, 1), (-5, 1), (10, 0), (10, -1)])
def test_listing_rejects_bad_sizes(page_size: int, concurrency: int) -> None:
    with pytest.raises(ValueError, match="must be at least 1"):
        Listing(LIST_FUNCTIONS, {}, page_size, concurrency)


# --- listing: through the clients ---------------------------------------------------------


async def test_iter_functions_sends_pages_and_filters(invoke: Invoke) -> None:
    server = ListServer(make_ids(250))
    items = await invoke(
        server,
        lambda c: gather(
            c.iter_functions(
                NAMESPACE_ID,
                name="api",
                order_by=ListFunctionsOrderBy.NAME_ASC,
                organization_id=PROJECT_ID,
                project_id=PROJECT_ID,
                page_size=100,
            )
        ),
    )
    assert [item.id for item in items] == server.ids
    assert all(isinstance(item, Function) for item in items)
    assert sorted(server.pages) == [1, 2, 3]
    for request in server.requests:
        assert request.method == "GET"
        assert request.url.path == f"{API}/functions"
        assert request.headers["X-Auth-Token"] == SECRET_KEY
        assert dict(request.url.params) == {
            "namespace_id": NAMESPACE_ID,
            "name": "api",
            "order_by": "name_asc",
            "organization_id": PROJECT_ID,
            "project_id": PROJECT_ID,
            "page": request.url.params["page"],
            "page_size": "100",
        }


async def test_iter_namespaces_sends_filters_and_yields_namespaces(invoke: Invoke) -> None:
    server = ListServer(make_ids(5, "n"), items_field="namespaces")
    items = await invoke(
        server,
        lambda c: gather(
            c.iter_namespaces(
                order_by=ListNamespacesOrderBy.CREATED_AT_DESC,
                project_id=PROJECT_ID,
                page_size=2,
                region="nl-ams",
            )
        ),
    )
    assert [item.id for item in items] == server.ids
    assert all(isinstance(item, Namespace) for item in items)
    assert sorted(server.pages) == [1, 2, 3]
    first = server.requests[0]
    assert first.url.path == "/functions/v1beta1/regions/nl-ams/namespaces"
    assert dict(first.url.params) == {
        "order_by": "created_at_desc",
        "project_id": PROJECT_ID,
        "page": "1",
        "page_size": "2",
    }


@pytest.mark.parametrize(
    ("count", "page_size", "requests"),
    [
        pytest.param(250, 100, 3, id="250-items-3-pages"),
        pytest.param(200, 100, 2, id="200-items-no-empty-page"),
        pytest.param(0, 100, 1, id="nothing"),
        pytest.param(100, 100, 1, id="exactly-one-page"),
        pytest.param(1, 1, 1, id="one-item-page-size-1"),
    ],
)
async def test_listing_stops_from_total_count(
    invoke: Invoke, count: int, page_size: int, requests: int
) -> None:
    server = ListServer(make_ids(count))
    items = await invoke(
        server, lambda c: gather(c.iter_functions(NAMESPACE_ID, page_size=page_size))
    )
    assert [item.id for item in items] == server.ids
    assert sorted(server.pages) == list(range(1, requests + 1))


async def test_pages_yields_the_list_responses(invoke: Invoke) -> None:
    server = ListServer(make_ids(250))
    pages = await invoke(server, lambda c: gather(c.iter_functions(NAMESPACE_ID).pages()))
    assert all(isinstance(page, ListFunctionsResponse) for page in pages)
    assert [len(page.functions) for page in pages] == [100, 100, 50]
    assert [page.total_count for page in pages] == [250, 250, 250]
    assert [f.id for page in pages for f in page.functions] == server.ids


async def test_namespace_pages_yields_the_list_responses(invoke: Invoke) -> None:
    server = ListServer(make_ids(3, "n"), items_field="namespaces")
    pages = await invoke(server, lambda c: gather(c.iter_namespaces(page_size=2).pages()))
    assert all(isinstance(page, ListNamespacesResponse) for page in pages)
    assert [[n.id for n in page.namespaces] for page in pages] == [["n0000", "n0001"], ["n0002"]]


@pytest.mark.parametrize("concurrency", [1, 4])
async def test_lying_total_ends_at_the_short_page(invoke: Invoke, concurrency: int) -> None:
    """total_count claims 1000 but there are 150 items: listing ends, each item once."""
    server = ListServer(make_ids(150), total=1000)
    items = await invoke(
        server, lambda c: gather(c.iter_functions(NAMESPACE_ID, concurrency=concurrency))
    )
    assert [item.id for item in items] == server.ids
    if concurrency == 1:
        assert server.pages == [1, 2]  # nothing is asked for after the short page


async def test_lying_total_ends_at_an_empty_page(invoke: Invoke) -> None:
    """Exactly two full pages but a total of 1000: the empty page 3 ends the listing."""
    server = ListServer(make_ids(200), total=1000)
    items = await invoke(server, lambda c: gather(c.iter_functions(NAMESPACE_ID, concurrency=1)))
    assert [item.id for item in items] == server.ids
    assert server.pages == [1, 2, 3]


@pytest.mark.parametrize("concurrency", [1, 4])
async def test_items_shifting_between_pages_are_yielded_once(
    invoke: Invoke, concurrency: int
) -> None:
    """After page 1, a function is created at the front: f0099 reappears on page 2."""
    original = make_ids(250)
    server = ListServer(list(original))

    def handler(request: httpx.Request) -> httpx.Response:
        response = server(request)
        if server.ids[0] != "new":
            server.ids.insert(0, "new")
        return response

    items = await invoke(
        handler, lambda c: gather(c.iter_functions(NAMESPACE_ID, concurrency=concurrency))
    )
    ids = [item.id for item in items]
    assert ids == original
    assert len(ids) == len(set(ids))


def test_sync_iteration_is_lazy(make_client: Callable[..., FunctionsClient]) -> None:
    server = ListServer(make_ids(250))
    listing = make_client(server).iter_functions(NAMESPACE_ID)
    assert server.requests == []
    first = next(iter(listing))
    assert first.id == "f0000"
    assert server.pages == [1]


async def test_async_iteration_is_lazy(
    make_async_client: Callable[..., AsyncFunctionsClient],
) -> None:
    server = ListServer(make_ids(250))
    async with make_async_client(server) as client:
        listing = client.iter_functions(NAMESPACE_ID)
        assert server.requests == []
        items = aiter(listing)
        first = await anext(items)
        await items.aclose()  # type: ignore[attr-defined]
    assert first.id == "f0000"
    assert server.pages == [1]


def test_sync_pages_are_lazy(make_client: Callable[..., FunctionsClient]) -> None:
    server = ListServer(make_ids(250))
    first = next(iter(make_client(server).iter_functions(NAMESPACE_ID).pages()))
    assert len(first.functions) == 100
    assert server.pages == [1]


@pytest.mark.parametrize(
    ("concurrency", "pages"),
    [
        pytest.param(3, 7, id="concurrency-3"),
        pytest.param(None, 17, id="default-8"),
    ],
)
def test_sync_fetches_later_pages_concurrently(
    make_client: Callable[..., FunctionsClient], concurrency: int | None, pages: int
) -> None:
    """The first later pages wait on a gate that opens only when `concurrency` are in flight."""
    batch = concurrency or 8
    server = ListServer(make_ids(pages * 2))
    gate = ThreadGate(batch)

    def handler(request: httpx.Request) -> httpx.Response:
        if int(request.url.params["page"]) >= 2:
            gate.enter()
        return server(request)

    listing = make_client(handler).iter_functions(
        NAMESPACE_ID, page_size=2, concurrency=concurrency
    )
    assert [item.id for item in listing] == server.ids
    assert gate.peak == batch  # never more than `concurrency` at once
    assert server.pages[0] == 1
    assert sorted(server.pages) == list(range(1, pages + 1))


def test_sync_keeps_at_most_8_pages_in_flight_by_default(
    make_client: Callable[..., FunctionsClient],
) -> None:
    """The upper bound, which a gate cannot show without timing: when page n is asked for,
    pages 2..n have been started and `read` of them read; the difference never exceeds 8."""
    server = ListServer(make_ids(40))
    read = 0
    window: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        if page >= 2:
            window.append((page - 1) - read)
        return server(request)

    pages = make_client(handler).iter_functions(NAMESPACE_ID, page_size=2).pages()
    ids = [item.id for item in next(pages).functions]
    for page in pages:
        read += 1
        ids += [item.id for item in page.functions]
    assert ids == server.ids
    assert max(window) == 8
    assert len(window) == 19  # pages 2-20, each asked for once


@pytest.mark.parametrize(
    ("concurrency", "pages"),
    [
        pytest.param(3, 7, id="concurrency-3"),
        pytest.param(None, 17, id="default-8"),
    ],
)
async def test_async_fetches_later_pages_concurrently(
    make_async_client: Callable[..., AsyncFunctionsClient], concurrency: int | None, pages: int
) -> None:
    """The first later pages are held until `concurrency` are in flight (else a timeout)."""
    batch = concurrency or 8
    server = ListServer(make_ids(pages * 2))
    gate = AsyncGate(batch)

    async def handler(request: httpx.Request) -> httpx.Response:
        if int(request.url.params["page"]) >= 2:
            await gate.enter()
        return server(request)

    async with make_async_client(handler) as client:
        listing = client.iter_functions(NAMESPACE_ID, page_size=2, concurrency=concurrency)
        ids = [item.id async for item in listing]
    assert ids == server.ids
    assert gate.peak == batch
    assert server.pages[0] == 1
    assert sorted(server.pages) == list(range(1, pages + 1))


async def test_concurrency_1_fetches_in_page_order(invoke: Invoke) -> None:
    server = ListServer(make_ids(7))
    items = await invoke(
        server, lambda c: gather(c.iter_functions(NAMESPACE_ID, page_size=2, concurrency=1))
    )
    assert [item.id for item in items] == server.ids
    assert server.pages == [1, 2, 3, 4]


@pytest.mark.parametrize(
    "kwargs",
    [{"page_size": 0}, {"page_size": -1}, {"concurrency": 0}, {"concurrency": -2}],
    ids=str,
)
@pytest.mark.parametrize("method", ["iter_functions", "iter_namespaces"])
async def test_bad_page_size_or_concurrency_raise(
    invoke: Invoke, method: str, kwargs: dict[str, int]
) -> None:
    server = ListServer(make_ids(3))
    args = (NAMESPACE_ID,) if method == "iter_functions" else ()
    with pytest.raises(ValueError, match="must be at least 1"):
        await invoke(server, lambda c: gather(getattr(c, method)(*args, **kwargs)))
    assert server.requests == []


# --- waiting: the decisions by hand -------------------------------------------------------


def test_poller_polls_at_once_then_backs_off_until_ready() -> None:
    poller = Poller(FUNCTION_WAITER, FUNCTION_ID, 600, None, now=0.0)
    assert poller.deadline == 600
    for delay in BACKOFF[:6]:
        poller.changed(function("pending"))
        assert poller.next_delay(now=1.0) == pytest.approx(delay)
    poller.changed(function("ready"))
    assert poller.next_delay(now=2.0) is None


def test_poller_counts_time_spent_in_requests() -> None:
    """Time passing between decisions (a slow answer) shortens the last sleep."""
    poller = Poller(FUNCTION_WAITER, FUNCTION_ID, 1.0, None, now=1000.0)
    poller.changed(function("pending"))
    assert poller.next_delay(now=1000.0) == 0.5
    poller.changed(function("pending"))
    assert poller.next_delay(now=1000.9) == pytest.approx(0.1)
    poller.changed(function("creating"))
    with pytest.raises(WaitTimeoutError) as caught:
        poller.next_delay(now=1001.0)
    assert caught.value.status == "creating"


def test_poller_reports_each_change_once() -> None:
    poller = Poller(FUNCTION_WAITER, FUNCTION_ID, 600, None, now=0.0)
    assert poller.changed(function("pending"))
    assert not poller.changed(function("pending"))
    assert poller.changed(function("pending", build_message=STEP_2))
    assert poller.changed(function("ready"))


def test_poller_uses_a_fixed_poll_interval() -> None:
    poller = Poller(NAMESPACE_WAITER, NAMESPACE_ID, 600, 7.0, now=0.0)
    for _ in range(3):
        poller.changed(Namespace.from_dict(namespace_json("pending")))
        assert poller.next_delay(now=0.0) == 7.0
    poller.changed(Namespace.from_dict(namespace_json("ready")))
    assert poller.next_delay(now=0.0) is None


def test_poller_raises_the_waiter_error_on_a_failure_status() -> None:
    poller = Poller(FUNCTION_WAITER, FUNCTION_ID, 600, None, now=0.0)
    poller.changed(function("error", error_message="handler not found"))
    with pytest.raises(FunctionDeployError, match="handler not found") as caught:
        poller.next_delay(now=0.0)
    assert caught.value.resource_id == FUNCTION_ID


@pytest.mark.parametrize(
    ("timeout", "poll_interval"),
    [(-1, None), (float("nan"), None), (10, 0), (10, -1.0), (10, float("nan"))],
    ids=str,
)
def test_poller_rejects_bad_arguments(timeout: float, poll_interval: float | None) -> None:
    with pytest.raises(ValueError, match="must be"):
        Poller(FUNCTION_WAITER, FUNCTION_ID, timeout, poll_interval, now=0.0)


# --- waiting: through the clients ---------------------------------------------------------


async def test_ready_at_first_poll_returns_without_sleeping(
    invoke: Invoke, clock: FakeClock
) -> None:
    polls = Polls([function_json("ready")])
    result = await invoke(polls, lambda c: c.wait_for_function(FUNCTION_ID))
    assert isinstance(result, Function)
    assert result.status == "ready"
    assert clock.sleeps == []
    assert len(polls.requests) == 1
    assert polls.requests[0].method == "GET"
    assert polls.requests[0].url.path == FUNCTION_PATH


async def test_backoff_grows_by_half_up_to_the_cap(invoke: Invoke, clock: FakeClock) -> None:
    polls = Polls([function_json("pending")] * 8 + [function_json("ready")])
    await invoke(polls, lambda c: c.wait_for_function(FUNCTION_ID))
    assert clock.sleeps == pytest.approx(BACKOFF)
    assert len(polls.requests) == 9


async def test_poll_interval_is_a_fixed_delay(invoke: Invoke, clock: FakeClock) -> None:
    polls = Polls([function_json("pending")] * 3 + [function_json("ready")])
    await invoke(polls, lambda c: c.wait_for_function(FUNCTION_ID, poll_interval=3.0))
    assert clock.sleeps == [3.0, 3.0, 3.0]


async def test_recorded_build_reports_each_change_once(
    invoke: Invoke, clock: FakeClock, scripted_api: Server
) -> None:
    """The live build (RECORDED[10..18]): 9 polls, 5 distinct (status, build_message)."""
    for interaction in RECORDED[10:19]:
        scripted_api.replay(interaction)
    seen: list[Function] = []
    result = await invoke(
        scripted_api, lambda c: c.wait_for_function(FUNCTION_ID, on_progress=seen.append)
    )
    assert [(str(f.status), f.build_message) for f in seen] == RECORDED_BUILD
    assert result.status == "ready"
    assert result.ready_at is not None
    assert result.ready_at.isoformat() == "2026-07-03T13:05:47.061322+00:00"
    assert len(scripted_api.requests) == 9
    assert len(clock.sleeps) == 8
    assert scripted_api.all_answered


async def test_build_error_raises_function_deploy_error(invoke: Invoke, clock: FakeClock) -> None:
    failed = function_json("error", build_message=STEP_2, error_message="go build: syntax error")
    polls = Polls([function_json("pending", build_message=STEP_2), failed])
    with pytest.raises(FunctionDeployError) as caught:
        await invoke(polls, lambda c: c.wait_for_function(FUNCTION_ID))
    error = caught.value
    assert isinstance(error, ResourceFailedError)
    assert isinstance(error, ScalewayError)
    assert error.status == "error"
    assert error.error_message == "go build: syntax error"
    assert error.build_message == STEP_2
    assert "go build: syntax error" in str(error)
    assert error.resource_id == FUNCTION_ID
    assert isinstance(error.resource_object, Function)
    assert clock.sleeps == [0.5]


@pytest.mark.parametrize("status", ["created", "locked", "deleting"])
async def test_statuses_that_cannot_become_ready_raise(
    invoke: Invoke, clock: FakeClock, status: str
) -> None:
    polls = Polls([function_json(status)])
    with pytest.raises(FunctionDeployError) as caught:
        await invoke(polls, lambda c: c.wait_for_function(FUNCTION_ID))
    assert caught.value.status == status
    assert status in str(caught.value)
    assert clock.sleeps == []


async def test_unknown_status_keeps_polling(invoke: Invoke, clock: FakeClock) -> None:
    """A status the spec does not list ("migrating") is transient, not a failure."""
    polls = Polls([function_json("migrating"), function_json("migrating"), function_json("ready")])
    seen: list[Function] = []
    result = await invoke(
        polls, lambda c: c.wait_for_function(FUNCTION_ID, on_progress=seen.append)
    )
    assert result.status == "ready"
    assert [str(f.status) for f in seen] == ["migrating", "ready"]
    assert clock.sleeps == [0.5, 0.75]


@pytest.mark.parametrize(
    ("timeout", "sleeps"),
    [
        pytest.param(0, [], id="0s-polls-once"),
        pytest.param(0.3, [0.3], id="0.3s"),
        pytest.param(2, [0.5, 0.75, 0.75], id="2s"),
        pytest.param(5, [0.5, 0.75, 1.125, 1.6875, 0.9375], id="5s"),
        pytest.param(10, [0.5, 0.75, 1.125, 1.6875, 2.0, 2.0, 1.9375], id="10s"),
    ],
)
async def test_timeout_never_sleeps_past_the_deadline(
    invoke: Invoke, clock: FakeClock, timeout: float, sleeps: list[float]
) -> None:
    polls = Polls([], forever=function_json("pending"))
    start = clock.now
    with pytest.raises(WaitTimeoutError) as caught:
        await invoke(polls, lambda c: c.wait_for_function(FUNCTION_ID, timeout=timeout))
    assert caught.value.status == "pending"
    assert isinstance(caught.value, TimeoutError)
    assert clock.sleeps == pytest.approx(sleeps)
    assert sum(clock.sleeps) <= timeout
    assert clock.now - start == pytest.approx(timeout)
    assert len(polls.requests) == len(sleeps) + 1


async def test_timeout_with_poll_interval_shortens_the_last_sleep(
    invoke: Invoke, clock: FakeClock
) -> None:
    polls = Polls([], forever=function_json("pending"))
    with pytest.raises(WaitTimeoutError):
        await invoke(
            polls, lambda c: c.wait_for_function(FUNCTION_ID, timeout=25, poll_interval=10)
        )
    assert clock.sleeps == [10, 10, 5]


async def test_timeout_zero_returns_a_ready_resource(invoke: Invoke, clock: FakeClock) -> None:
    result = await invoke(
        Polls([function_json("ready")]), lambda c: c.wait_for_function(FUNCTION_ID, timeout=0)
    )
    assert result.status == "ready"
    assert clock.sleeps == []


async def test_timeout_reports_the_last_status_seen(invoke: Invoke, clock: FakeClock) -> None:
    polls = Polls(
        [function_json("pending"), function_json("creating")], forever=function_json("migrating")
    )
    with pytest.raises(WaitTimeoutError) as caught:
        await invoke(polls, lambda c: c.wait_for_function(FUNCTION_ID, timeout=1))
    assert caught.value.status == "migrating"
    assert caught.value.resource_object.status == "migrating"
    assert FUNCTION_ID in str(caught.value)


def slow_api(timeouts: list[float]) -> Handler:
    """An API slower than any timeout: every request's read timeout expires."""

    def handle(request: httpx.Request) -> httpx.Response:
        timeouts.append(request.extensions["timeout"]["read"])
        raise httpx.ReadTimeout("no answer in time", request=request)

    return handle


async def test_a_poll_cut_short_by_the_wait_limit_is_a_wait_timeout(
    invoke: Invoke, clock: FakeClock
) -> None:
    """A limit shorter than one answer: the poll's timeout is the time left, and when it
    expires the wait times out; it is not the API's fault (no APITimeoutError)."""
    timeouts: list[float] = []

    with pytest.raises(WaitTimeoutError) as caught:
        await invoke(slow_api(timeouts), lambda c: c.wait_for_function(FUNCTION_ID, timeout=2))

    assert timeouts == [2]
    assert caught.value.status is None
    assert str(caught.value) == f"function {FUNCTION_ID}: no answer within the wait's 2s"


async def test_a_poll_that_times_out_with_time_left_is_an_api_timeout(
    invoke: Invoke, clock: FakeClock
) -> None:
    """With more time left than the client's own timeout, a slow answer is the API's fault."""
    timeouts: list[float] = []

    with pytest.raises(APITimeoutError):
        await invoke(slow_api(timeouts), lambda c: c.wait_for_function(FUNCTION_ID, timeout=3600))

    assert timeouts == [DEFAULT_TIMEOUT]


async def test_wait_for_namespace_returns_at_ready(
    invoke: Invoke, clock: FakeClock, scripted_api: Server
) -> None:
    scripted_api.replay(RECORDED[3])
    scripted_api.replay(RECORDED[4])
    seen: list[Namespace] = []
    result = await invoke(
        scripted_api, lambda c: c.wait_for_namespace(NAMESPACE_ID, on_progress=seen.append)
    )
    assert isinstance(result, Namespace)
    assert result.status == "ready"
    assert result.registry_endpoint == "rg.fr-par.scw.cloud/funcscwclitestfunctiondeploj3ospr1i"
    assert [str(n.status) for n in seen] == ["pending", "ready"]
    assert [r.url.path for r in scripted_api.requests] == [f"{API}/namespaces/{NAMESPACE_ID}"] * 2
    assert clock.sleeps == [0.5]


@pytest.mark.parametrize("status", ["error", "locked", "deleting"])
async def test_failed_namespace_raises_resource_failed_error(
    invoke: Invoke, clock: FakeClock, status: str
) -> None:
    polls = Polls([namespace_json(status, error_message="registry quota reached")])
    with pytest.raises(ResourceFailedError) as caught:
        await invoke(polls, lambda c: c.wait_for_namespace(NAMESPACE_ID))
    assert not isinstance(caught.value, FunctionDeployError)
    assert caught.value.status == status
    assert caught.value.error_message == "registry quota reached"
    assert "registry quota reached" in str(caught.value)
    assert isinstance(caught.value.resource_object, Namespace)


async def test_not_found_during_the_wait_propagates(
    invoke: Invoke, clock: FakeClock, scripted_api: Server
) -> None:
    scripted_api.reply(body=function_json("pending"))
    scripted_api.reply(
        404,
        {
            "type": "not_found",
            "message": "resource is not found",
            "resource": "function",
            "resource_id": FUNCTION_ID,
        },
    )
    with pytest.raises(NotFoundError) as caught:
        await invoke(scripted_api, lambda c: c.wait_for_function(FUNCTION_ID))
    assert caught.value.status_code == 404
    assert caught.value.resource_id == FUNCTION_ID
    assert len(scripted_api.requests) == 2


# --- deploying ----------------------------------------------------------------------------


async def test_deploy_function_code_without_waiting_returns_the_deploy_answer(
    invoke: Invoke, clock: FakeClock, scripted_api: Server
) -> None:
    scripted_api.reply(body={"url": UPLOAD_URL, "headers": {}})
    scripted_api.reply(200)  # the storage service
    scripted_api.reply(body=function_json("pending"))

    result = await invoke(
        scripted_api, lambda c: c.deploy_function_code(FUNCTION_ID, small_zip(), wait=False)
    )

    assert result.status == "pending"
    assert [r.method for r in scripted_api.requests] == ["GET", "PUT", "POST"]
    assert clock.sleeps == []


async def test_deploy_function_code_uploads_deploys_and_waits(
    invoke: Invoke, clock: FakeClock, scripted_api: Server
) -> None:
    data = small_zip()
    scripted_api.reply(
        body={
            "url": UPLOAD_URL,
            "headers": {
                "content-type": ["application/octet-stream"],
                "content-length": [str(len(data))],
            },
        }
    )
    scripted_api.reply(200)  # the storage service
    scripted_api.replay(RECORDED[9])  # POST deploy: pending
    for interaction in RECORDED[10:19]:
        scripted_api.replay(interaction)
    seen: list[Function] = []

    result = await invoke(
        scripted_api, lambda c: c.deploy_function_code(FUNCTION_ID, data, on_progress=seen.append)
    )

    assert isinstance(result, Function)
    assert result.status == "ready"
    assert result.ready_at is not None
    assert [(str(f.status), f.build_message) for f in seen] == RECORDED_BUILD
    assert scripted_api.all_answered

    upload_url, put, deploy, *polls = scripted_api.requests
    assert (upload_url.method, upload_url.url.path) == ("GET", f"{FUNCTION_PATH}/upload-url")
    assert upload_url.url.params["content_length"] == str(len(data))
    assert upload_url.headers["X-Auth-Token"] == SECRET_KEY

    assert put.method == "PUT"
    assert str(put.url) == UPLOAD_URL
    assert put.content == data
    assert put.headers["content-type"] == "application/octet-stream"
    assert "X-Auth-Token" not in put.headers

    assert (deploy.method, deploy.url.path) == ("POST", f"{FUNCTION_PATH}/deploy")
    assert json.loads(deploy.content) == {}
    assert deploy.headers["X-Auth-Token"] == SECRET_KEY

    assert [(r.method, r.url.path) for r in polls] == [("GET", FUNCTION_PATH)] * 9
    assert len(clock.sleeps) == 8


async def test_deploy_function_code_raises_when_the_build_fails(
    invoke: Invoke, clock: FakeClock, scripted_api: Server
) -> None:
    data = small_zip()
    scripted_api.reply(body={"url": UPLOAD_URL, "headers": {}})
    scripted_api.reply(200)
    scripted_api.reply(body=function_json("pending"))
    scripted_api.reply(body=function_json("error", error_message="handler not found"))
    with pytest.raises(FunctionDeployError, match="handler not found") as caught:
        await invoke(scripted_api, lambda c: c.deploy_function_code(FUNCTION_ID, data))
    assert caught.value.status == "error"
    assert [r.method for r in scripted_api.requests] == ["GET", "PUT", "POST", "GET"]
