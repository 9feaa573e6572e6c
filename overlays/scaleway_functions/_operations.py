"""What the generated operation table is made of: operations, waiters and code uploads as data.

`scaleway_functions_api.operations` (generated from openapi.yaml) holds one `Operation` per
operation, one `Waiter` per resource with `x-waiter` and one `CodeUpload` per
`x-code-upload`; its typed methods hand them to the client (`_base_client`).
"""

from __future__ import annotations

import datetime
import importlib
import math
import os
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar, Union

from attrs import frozen

if TYPE_CHECKING:
    from ._archive import Archive

__all__ = [
    "CodeDownload",
    "CodeUpload",
    "Destination",
    "DownloadResult",
    "FromDict",
    "LazyModel",
    "Operation",
    "Pagination",
    "ProgressCallback",
    "QueryParameter",
    "Source",
    "UploadResult",
    "Waiter",
    "duration",
]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class FromDict(Protocol[T_co]):
    """What builds a model from a JSON object: a model class, or a LazyModel of one."""

    def from_dict(self, src_dict: Mapping[str, Any]) -> T_co: ...


class LazyModel(Generic[T]):
    """A model class named by its module, imported at its first answer.

    The operation table names the model of every answer; importing them all would build
    every attrs class of the package when the client is imported (about 15 ms), while a
    program uses a few. Only the table knows the models; this core never imports one.
    """

    __slots__ = ("_model", "module", "name")

    def __init__(self, module: str, name: str) -> None:
        self.module = module
        self.name = name
        self._model: FromDict[T] | None = None

    def from_dict(self, src_dict: Mapping[str, Any]) -> T:
        model = self._model
        if model is None:
            model = self._model = getattr(importlib.import_module(self.module), self.name)
        return model.from_dict(src_dict)

    def __repr__(self) -> str:
        return f"LazyModel({self.module}.{self.name})"


@frozen
class Pagination:
    """How a list operation pages (its `x-pagination`)."""

    items: str
    """The response field holding the page's items."""
    total: str
    """The response field holding the total number of items."""


@frozen
class QueryParameter:
    """A query parameter of an operation, and what the spec allows in it."""

    name: str
    required: bool = False
    schema: str | None = None
    """The component schema its value follows (a UUID, an enum), if it names one."""
    integer: bool = False
    minimum: int | None = None
    maximum: int | None = None
    default: str | None = None
    description: str = ""
    """What it filters or sets, from the spec (the command line's help uses it)."""


@frozen
class Operation(Generic[T]):
    """One operation of the API."""

    name: str
    method: str
    path: str
    """Path template; `{region}` and the path parameters are filled in, escaped."""
    path_params: tuple[str, ...]
    query: tuple[QueryParameter, ...]
    response: FromDict[T]
    """The model of the 200 answer."""
    response_schema: str
    """Its component schema."""
    pagination: Pagination | None = None
    body_schema: str | None = None
    """The component schema of the JSON request body, if any."""
    one_of: tuple[tuple[str, ...], ...] = ()
    """Groups of query parameters of which a request gives at most one (`x-one-of`)."""

    @property
    def has_body(self) -> bool:
        return self.body_schema is not None

    def check_one_of(self, query: Mapping[str, object]) -> None:
        """Refuse, before sending, a query that gives two parameters of an `x-one-of`
        group (the API would answer 400 invalid_arguments)."""
        for group in self.one_of:
            given = [name for name in group if query.get(name) is not None]
            if len(given) > 1:
                raise ValueError(
                    f"{self.name}: give at most one of {', '.join(group)} "
                    f"(got {' and '.join(given)})"
                )


@frozen
class Waiter(Generic[T]):
    """Which statuses of a resource end a wait, and how (its schema's `x-waiter`)."""

    resource: str
    operation: Operation[T]
    status_field: str
    success: frozenset[str]
    failure: frozenset[str]
    transient: frozenset[str]
    failure_kind: str = "resource_failed"
    """The error kind a failure status raises (`x-waiter`'s `failure_kind`)."""
    failure_message: str | None = None
    """The field saying why the resource failed (`messages.failure`)."""
    progress_message: str | None = None
    """The field reporting its progress (`messages.progress`)."""


@frozen
class CodeUpload(Generic[T]):
    """How code reaches a resource (its upload-URL operation's `x-code-upload`)."""

    url_operation: Operation[Any]
    """Answers a presigned URL and the headers the PUT must carry."""
    size_param: str
    deploy: Operation[T]
    waiter: Waiter[T]


@frozen
class CodeDownload:
    """How a resource's code is fetched back (its download-URL operation's
    `x-code-download`)."""

    url_operation: Operation[Any]
    """Answers a presigned URL and the headers the GET must carry."""


@frozen
class DownloadResult:
    """What was downloaded: where it was written, its size in bytes and its sha256 (hex)."""

    path: os.PathLike[str]
    size: int
    sha256: str


@frozen
class UploadResult:
    """What was uploaded: the archive's size in bytes and its sha256 (hex)."""

    size: int
    sha256: str


Source = Union[str, "os.PathLike[str]", bytes, "Archive"]
"""A resource's code: a directory (zipped for you), a .zip file, zip bytes, or what
`scaleway_functions.pack` made of one of those."""

Destination = Union[str, "os.PathLike[str]"]
"""Where a downloaded archive is written: a file path."""

ProgressCallback = Callable[[int, int], None]
"""Called with (bytes sent, total bytes) while an archive uploads."""


def duration(value: float | datetime.timedelta | str | None) -> str | None:
    """A duration as the API writes it (`x-duration: seconds`): 300 or timedelta(minutes=5)
    is "300s", 1.5 is "1.5s"; a string is sent as it is, None stays None."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float, datetime.timedelta)):
        raise TypeError(f"a duration is seconds or a timedelta, got {value!r}")
    seconds = value.total_seconds() if isinstance(value, datetime.timedelta) else value
    if not math.isfinite(seconds) or seconds < 0:
        raise ValueError(f"a duration is a finite number of seconds, 0 or more, got {value!r}")
    import decimal  # only for a duration given as a number

    return f"{decimal.Decimal(str(seconds)).normalize():f}s"
