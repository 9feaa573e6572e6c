# Generated from openapi.yaml by openapi-python-client 0.29.1: do not edit.
from collections.abc import Mapping
from enum import Enum
from typing import ClassVar


class FunctionRuntime(str, Enum):
    GO113 = "go113"
    GO117 = "go117"
    GO118 = "go118"
    GO119 = "go119"
    GO120 = "go120"
    GO121 = "go121"
    GO122 = "go122"
    GO123 = "go123"
    GO124 = "go124"
    GO125 = "go125"
    GO126 = "go126"
    GOLANG = "golang"
    NODE10 = "node10"
    NODE14 = "node14"
    NODE16 = "node16"
    NODE17 = "node17"
    NODE18 = "node18"
    NODE19 = "node19"
    NODE20 = "node20"
    NODE22 = "node22"
    NODE24 = "node24"
    NODE26 = "node26"
    NODE8 = "node8"
    PHP82 = "php82"
    PHP83 = "php83"
    PHP84 = "php84"
    PHP85 = "php85"
    PYTHON = "python"
    PYTHON3 = "python3"
    PYTHON310 = "python310"
    PYTHON311 = "python311"
    PYTHON312 = "python312"
    PYTHON313 = "python313"
    PYTHON314 = "python314"
    PYTHON37 = "python37"
    PYTHON38 = "python38"
    PYTHON39 = "python39"
    RUST165 = "rust165"
    RUST179 = "rust179"
    RUST185 = "rust185"
    RUST196 = "rust196"
    UNKNOWN_RUNTIME = "unknown_runtime"

    _by_value: ClassVar[Mapping[str, "FunctionRuntime"]]
    """The members by value: models parse with a lookup in it, a tenth of the cost of a call
    of the enum; a value not in it goes through the call (and `_missing_`)."""

    @classmethod
    def _missing_(cls, value: object) -> "FunctionRuntime | None":
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


FunctionRuntime._by_value = {member.value: member for member in FunctionRuntime}
