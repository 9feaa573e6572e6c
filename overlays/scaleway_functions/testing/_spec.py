"""What the emulator's route table is made of (`_routes.py`, generated from openapi.yaml).

The emulator reads the spec's operations from its own table, not from the client's: it
serves what openapi.yaml says, whatever the client layer does with it.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Operation", "Pagination", "Query"]


@dataclass(frozen=True)
class Query:
    """A query parameter of an operation, and what the spec allows in it."""

    name: str
    required: bool = False
    schema: str | None = None
    """The component schema its value follows (a UUID, an enum), if it names one."""
    integer: bool = False
    minimum: int | None = None
    maximum: int | None = None
    default: str | None = None


@dataclass(frozen=True)
class Pagination:
    items: str
    """The answer's field holding the page's items."""
    total: str
    """The answer's field holding the total number of items."""


@dataclass(frozen=True)
class Operation:
    """One operation of openapi.yaml, as the emulator routes and checks it."""

    operation_id: str
    method: str
    path: str
    path_params: tuple[str, ...]
    query: tuple[Query, ...]
    response_schema: str
    body_schema: str | None = None
    pagination: Pagination | None = None
    one_of: tuple[tuple[str, ...], ...] = ()
    """Groups of query parameters of which a request gives at most one (`x-one-of`)."""
