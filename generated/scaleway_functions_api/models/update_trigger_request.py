# Generated from openapi.yaml by openapi-python-client 0.29.1: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, check_type

if TYPE_CHECKING:
    from ..models.update_trigger_sqs_config import UpdateTriggerSqsConfig


T = TypeVar("T", bound="UpdateTriggerRequest")


@_attrs_define
class UpdateTriggerRequest:
    """The trigger fields to change; omitted fields are kept."""

    name: str | Unset = UNSET
    """ Name of the trigger. """
    description: str | Unset = UNSET
    """ Description of the trigger. """
    sqs_config: UpdateTriggerSqsConfig | Unset = UNSET
    """ New credentials for an external SQS queue. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        sqs_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sqs_config, Unset):
            sqs_config = self.sqs_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if sqs_config is not UNSET:
            field_dict["sqs_config"] = sqs_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_trigger_sqs_config import UpdateTriggerSqsConfig  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if type(name) is not str:
            check_type(name, "str", "name")

        description = d.pop("description", UNSET)
        if type(description) is not str:
            check_type(description, "str", "description")

        _sqs_config = d.pop("sqs_config", UNSET)
        sqs_config: UpdateTriggerSqsConfig | Unset
        if isinstance(_sqs_config, Unset):
            sqs_config = UNSET
        else:
            sqs_config = UpdateTriggerSqsConfig.from_dict(_sqs_config)

        update_trigger_request = cls(
            name=name,
            description=description,
            sqs_config=sqs_config,
        )

        update_trigger_request.additional_properties = d
        return update_trigger_request

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
