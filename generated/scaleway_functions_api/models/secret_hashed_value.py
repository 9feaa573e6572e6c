# Generated from openapi.yaml by openapi-python-client 0.29.1: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import check_type

T = TypeVar("T", bound="SecretHashedValue")


@_attrs_define
class SecretHashedValue:
    """A secret environment variable as returned by the API, its value hashed."""

    key: str
    """ Name of the secret environment variable. """
    hashed_value: str
    """ Argon2 hash of the secret's value. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        hashed_value = self.hashed_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "hashed_value": hashed_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        key = d["key"]
        if type(key) is not str:
            check_type(key, "str", "key")

        hashed_value = d["hashed_value"]
        if type(hashed_value) is not str:
            check_type(hashed_value, "str", "hashed_value")

        secret_hashed_value = cls(
            key,
            hashed_value,
        )

        if len(d) != 2:
            secret_hashed_value.additional_properties = {
                key: value for key, value in d.items() if key not in _PROPERTY_NAMES
            }

        return secret_hashed_value

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
        "key",
        "hashed_value",
    }
)
