# Generated from openapi.yaml by openapi-python-client 0.29.1: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import check_type

T = TypeVar("T", bound="CreateTriggerMnqSqsConfig")


@_attrs_define
class CreateTriggerMnqSqsConfig:
    """The Scaleway SQS queue a new trigger reads from."""

    queue: str
    """ Name of the SQS queue the trigger should listen to. """
    mnq_project_id: str
    """ A UUID, in its canonical lowercase hyphenated form. """
    mnq_region: str
    """ Currently, only the `fr-par` and `nl-ams` regions are available. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        queue = self.queue

        mnq_project_id = self.mnq_project_id

        mnq_region = self.mnq_region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "queue": queue,
                "mnq_project_id": mnq_project_id,
                "mnq_region": mnq_region,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        queue = d["queue"]
        if type(queue) is not str:
            check_type(queue, "str", "queue")

        mnq_project_id = d["mnq_project_id"]
        if type(mnq_project_id) is not str:
            check_type(mnq_project_id, "str", "mnq_project_id")

        mnq_region = d["mnq_region"]
        if type(mnq_region) is not str:
            check_type(mnq_region, "str", "mnq_region")

        create_trigger_mnq_sqs_config = cls(
            queue,
            mnq_project_id,
            mnq_region,
        )

        if len(d) != 3:
            create_trigger_mnq_sqs_config.additional_properties = {
                key: value for key, value in d.items() if key not in _PROPERTY_NAMES
            }

        return create_trigger_mnq_sqs_config

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
        "queue",
        "mnq_project_id",
        "mnq_region",
    }
)
