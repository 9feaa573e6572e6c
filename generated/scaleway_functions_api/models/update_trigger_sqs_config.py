# Generated from openapi.yaml by openapi-python-client 0.29.1: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, check_type

T = TypeVar("T", bound="UpdateTriggerSqsConfig")


@_attrs_define
class UpdateTriggerSqsConfig:
    """New credentials for an external SQS queue."""

    access_key: str | Unset = UNSET
    """ Access key to the queue. """
    secret_key: str | Unset = _attrs_field(default=UNSET, repr=False)
    """ Secret key to the queue. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_key = self.access_key

        secret_key = self.secret_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_key is not UNSET:
            field_dict["access_key"] = access_key
        if secret_key is not UNSET:
            field_dict["secret_key"] = secret_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        access_key = d.get("access_key", UNSET)
        if type(access_key) is not str:
            check_type(access_key, "str", "access_key")

        secret_key = d.get("secret_key", UNSET)
        if type(secret_key) is not str:
            check_type(secret_key, "str", "secret_key")

        update_trigger_sqs_config = cls(
            access_key,
            secret_key,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            update_trigger_sqs_config.additional_properties = {
                key: value for key, value in d.items() if key not in _PROPERTY_NAMES
            }

        return update_trigger_sqs_config

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
        "access_key",
        "secret_key",
    }
)
