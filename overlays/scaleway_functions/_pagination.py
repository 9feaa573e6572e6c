"""Listing every item of a paginated operation: what to fetch next, and when to stop.

`Listing` decides (pure, no I/O); each client walks a listing with a plain loop of its own
(`FunctionsClient._pages`, `AsyncFunctionsClient._pages`). `Paginator` and `AsyncPaginator`
are what `iter_*` methods return: iterate for items, `.pages()` for whole responses.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import Any, Generic, TypeVar

from scaleway_functions_api.behaviour import PAGINATION_POLICY

from ._operations import Operation, Pagination

__all__ = ["AsyncPaginator", "Listing", "Paginator"]

ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT")


class Listing:
    """What has been seen of one walk through a listing, and whether to go on.

    The spec's `x-pagination-policy` says when it ends: at a page shorter than `page_size`
    whatever the total claims, or once the first page's total has arrived; and an item seen
    before (items shift between pages while the listing changes) is not given again. Only
    the ids seen are kept, never the pages.
    """

    PAGE = PAGINATION_POLICY["page"]
    PAGE_SIZE = PAGINATION_POLICY["page_size"]
    STOP_ON_SHORT_PAGE = "short_page" in PAGINATION_POLICY["stop"]
    STOP_ON_TOTAL = "total_reached" in PAGINATION_POLICY["stop"]
    UNIQUE_BY = PAGINATION_POLICY["unique_by"]

    def __init__(
        self, operation: Operation[Any], query: Mapping[str, Any], page_size: int, concurrency: int
    ) -> None:
        if operation.pagination is None:
            raise TypeError(f"{operation.name} does not paginate")
        operation.check_one_of(query)
        if page_size < 1:
            raise ValueError(f"page_size must be at least 1, got {page_size}")
        if concurrency < 1:
            raise ValueError(f"concurrency must be at least 1, got {concurrency}")
        self.pagination: Pagination = operation.pagination
        self.query = query
        self.page_size = page_size
        self.total: int | None = None
        self.received = 0
        self.done = False
        self._seen: set[Any] = set()

    def page_query(self, number: int) -> dict[str, Any]:
        """The query parameters that ask for page `number` (1-based)."""
        return {**self.query, self.PAGE: number, self.PAGE_SIZE: self.page_size}

    def accept(self, page: Any) -> list[Any]:
        """Record a page; return its items not given before."""
        items = list(getattr(page, self.pagination.items))
        if self.total is None:
            self.total = int(getattr(page, self.pagination.total))
        self.received += len(items)
        if (self.STOP_ON_SHORT_PAGE and len(items) < self.page_size) or (
            self.STOP_ON_TOTAL and self.received >= self.total
        ):
            self.done = True
        fresh = []
        for item in items:
            key = getattr(item, self.UNIQUE_BY, None)
            if key is None or key not in self._seen:
                fresh.append(item)
                if key is not None:
                    self._seen.add(key)
        return fresh

    def later_pages(self) -> Iterator[int]:
        """The page numbers after the first, as far as the first page's total reaches."""
        if self.done or not self.total:
            return iter(())
        return iter(range(2, -(-self.total // self.page_size) + 1))


class Paginator(Generic[ItemT, PageT]):
    """Every item of a listing, fetched lazily; `.pages()` gives whole responses.

    Each iteration is a new walk through the listing; `walk` starts one: an iterator of
    (page, the items of it not given before).
    """

    def __init__(self, walk: Callable[[], Iterator[tuple[PageT, list[ItemT]]]]) -> None:
        self._walk = walk

    def __iter__(self) -> Iterator[ItemT]:
        for _, items in self._walk():
            yield from items

    def pages(self) -> Iterator[PageT]:
        for page, _ in self._walk():
            yield page


class AsyncPaginator(Generic[ItemT, PageT]):
    """Every item of a listing, fetched lazily (`async for`); `.pages()` gives responses."""

    def __init__(self, walk: Callable[[], AsyncIterator[tuple[PageT, list[ItemT]]]]) -> None:
        self._walk = walk

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for _, items in self._walk():
            for item in items:
                yield item

    async def pages(self) -> AsyncIterator[PageT]:
        async for page, _ in self._walk():
            yield page
