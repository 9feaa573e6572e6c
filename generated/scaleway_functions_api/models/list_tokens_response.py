# Generated from openapi.yaml by openapi-python-client 0.29.1: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import check_type

T = TypeVar("T", bound="ListTokensResponse")


@_attrs_define
class ListTokensResponse:
    """A page of tokens."""

    tokens: list[Token]
    """ Array of tokens. """
    total_count: int
    """ Total number of tokens. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tokens = []
        for tokens_item_data in self.tokens:
            tokens_item = tokens_item_data.to_dict()
            tokens.append(tokens_item)

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tokens": tokens,
                "total_count": total_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        tokens = []
        _tokens = d["tokens"]
        for tokens_item_data in _tokens:
            tokens_item = Token.from_dict(tokens_item_data)

            tokens.append(tokens_item)

        total_count = d["total_count"]
        if type(total_count) is not int:
            check_type(total_count, "int", "total_count")

        list_tokens_response = cls(
            tokens,
            total_count,
        )

        if len(d) != 2:
            list_tokens_response.additional_properties = {
                key: value for key, value in d.items() if key not in _PROPERTY_NAMES
            }

        return list_tokens_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_PROPERTY_NAMES = frozenset(
    {
        "tokens",
        "total_count",
    }
)

# The models this one holds, imported here once its class exists (models may refer to each
# other in a cycle), rather than inside from_dict, where they would run for every item.
from ..models.token import Token  # noqa: E402
