# Generated from openapi.yaml by openapi-python-client 0.29.1: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import check_type

T = TypeVar("T", bound="CreateTriggerMnqNatsConfig")


@_attrs_define
class CreateTriggerMnqNatsConfig:
    """The Scaleway NATS subject a new trigger listens to."""

    subject: str
    """ Name of the NATS subject the trigger should listen to. """
    mnq_nats_account_id: str
    """ ID of the Messaging and Queuing NATS account. """
    mnq_project_id: str
    """ A UUID, in its canonical lowercase hyphenated form. """
    mnq_region: str
    """ Currently, only the `fr-par` and `nl-ams` regions are available. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject = self.subject

        mnq_nats_account_id = self.mnq_nats_account_id

        mnq_project_id = self.mnq_project_id

        mnq_region = self.mnq_region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subject": subject,
                "mnq_nats_account_id": mnq_nats_account_id,
                "mnq_project_id": mnq_project_id,
                "mnq_region": mnq_region,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        subject = d["subject"]
        if type(subject) is not str:
            check_type(subject, "str", "subject")

        mnq_nats_account_id = d["mnq_nats_account_id"]
        if type(mnq_nats_account_id) is not str:
            check_type(mnq_nats_account_id, "str", "mnq_nats_account_id")

        mnq_project_id = d["mnq_project_id"]
        if type(mnq_project_id) is not str:
            check_type(mnq_project_id, "str", "mnq_project_id")

        mnq_region = d["mnq_region"]
        if type(mnq_region) is not str:
            check_type(mnq_region, "str", "mnq_region")

        create_trigger_mnq_nats_config = cls(
            subject,
            mnq_nats_account_id,
            mnq_project_id,
            mnq_region,
        )

        if len(d) != 4:
            create_trigger_mnq_nats_config.additional_properties = {
                key: value for key, value in d.items() if key not in _PROPERTY_NAMES
            }

        return create_trigger_mnq_nats_config

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
        "subject",
        "mnq_nats_account_id",
        "mnq_project_id",
        "mnq_region",
    }
)
