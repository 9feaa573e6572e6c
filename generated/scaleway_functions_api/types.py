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


_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "str": (str,),
    "int": (int,),
    "float": (int, float),
    "bool": (bool,),
}
_JSON_NAMES = {
    "str": "a string",
    "int": "an integer",
    "float": "a number",
    "bool": "a boolean",
}


def check_type(value: object, kind: str, field: str) -> None:
    """Refuse a JSON value of the wrong type for `field` (a bool is no number here); an
    absent field (UNSET) passes. Models call it only when `type(value)` is not `kind`."""
    if isinstance(value, _JSON_TYPES[kind]) and (
        kind == "bool" or not isinstance(value, bool)
    ):
        return
    if isinstance(value, Unset):
        return
    shown = repr(value) if len(repr(value)) <= 40 else type(value).__name__
    raise TypeError(f"{field} should be {_JSON_NAMES[kind]}, got {shown}")


__all__ = ["UNSET", "Unset", "check_type", "parse_datetime"]
