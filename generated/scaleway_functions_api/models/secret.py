# Generated from openapi.yaml by openapi-python-client 0.29.1: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, check_type

T = TypeVar("T", bound="Secret")


@_attrs_define
class Secret:
    """A secret environment variable as sent in a request. On update, a key with no value deletes that secret."""

    key: str
    """ Name of the secret environment variable. """
    value: None | str | Unset = _attrs_field(default=UNSET, repr=False)
    """ Value of the secret environment variable, at most 65536 bytes. On update, a null or absent value deletes the
    secret. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        key = d["key"]
        if type(key) is not str:
            check_type(key, "str", "key")

        value = d.get("value", UNSET)
        if value is not None and type(value) is not str:
            check_type(value, "str", "value")

        secret = cls(
            key,
            value,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            secret.additional_properties = {
                key: value for key, value in d.items() if key not in _PROPERTY_NAMES
            }

        return secret

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
        "value",
    }
)
