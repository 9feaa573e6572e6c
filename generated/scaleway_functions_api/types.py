# Generated from openapi.yaml by openapi-python-client 0.29.1: do not edit.
"""What the models share: the UNSET marker of absent fields, and timestamp parsing."""

import datetime
import re
import sys
from typing import Literal


class Unset:
    """The value of a field absent from the JSON (falsy; it never reaches to_dict())."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

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


__all__ = ["UNSET", "Unset", "parse_datetime"]
