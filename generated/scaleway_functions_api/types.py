"""Contains some shared types for properties"""

import datetime
import re
import sys
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    """The value of a field absent from the JSON (falsy; it never reaches to_dict())."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


if sys.version_info >= (3, 11):

    def parse_datetime(value: str) -> datetime.datetime:
        """Parse an RFC 3339 timestamp; nanoseconds are truncated to microseconds."""
        try:
            return datetime.datetime.fromisoformat(value)
        except (
            ValueError
        ):  # RFC 3339 allows a lowercase "z", which fromisoformat refuses
            return datetime.datetime.fromisoformat(value.upper())

else:  # Python 3.10 knows neither "Z" nor fractions other than 3 or 6 digits.
    _FRACTION = re.compile(r"\.(\d+)")

    def parse_datetime(value: str) -> datetime.datetime:
        """Parse an RFC 3339 timestamp; nanoseconds are truncated to microseconds."""
        value = _FRACTION.sub(
            lambda m: "." + m.group(1)[:6].ljust(6, "0"), value, count=1
        )
        if value[-1:] in ("Z", "z"):
            value = value[:-1] + "+00:00"
        return datetime.datetime.fromisoformat(value)


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "parse_datetime",
]
