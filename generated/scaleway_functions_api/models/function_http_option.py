# Generated from openapi.yaml by openapi-python-client 0.29.1: do not edit.
from collections.abc import Mapping
from enum import Enum
from typing import ClassVar


class FunctionHttpOption(str, Enum):
    ENABLED = "enabled"
    REDIRECTED = "redirected"
    UNKNOWN_HTTP_OPTION = "unknown_http_option"

    _by_value: ClassVar[Mapping[str, "FunctionHttpOption"]]
    """The members by value: models parse with a lookup in it, a tenth of the cost of a call
    of the enum; a value not in it goes through the call (and `_missing_`)."""

    @classmethod
    def _missing_(cls, value: object) -> "FunctionHttpOption | None":
        """Accept a value this version does not list yet, so newer API answers still parse.

        The result is an instance of the enum that is not one of its members and compares
        equal to its string; `is_known` tells the two apart.
        """
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """Whether this value is one the spec lists."""
        return self._value_ in type(self)._value2member_map_

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, format_spec: str) -> str:
        return format(str(self.value), format_spec)


FunctionHttpOption._by_value = {member.value: member for member in FunctionHttpOption}
