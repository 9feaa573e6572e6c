# Generated from openapi.yaml by openapi-python-client 0.29.1: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, check_type

if TYPE_CHECKING:
    from ..models.create_trigger_mnq_nats_config import CreateTriggerMnqNatsConfig
    from ..models.create_trigger_mnq_sqs_config import CreateTriggerMnqSqsConfig
    from ..models.create_trigger_sqs_config import CreateTriggerSqsConfig


T = TypeVar("T", bound="CreateTriggerRequest")


@_attrs_define
class CreateTriggerRequest:
    """The trigger to create. Exactly one of scw_sqs_config, scw_nats_config and sqs_config must be given."""

    name: str
    """ Name of the trigger. """
    function_id: str
    """ A UUID, in its canonical lowercase hyphenated form. """
    description: str | Unset = UNSET
    """ Description of the trigger. """
    scw_sqs_config: CreateTriggerMnqSqsConfig | Unset = UNSET
    """ The Scaleway SQS queue a new trigger reads from. """
    scw_nats_config: CreateTriggerMnqNatsConfig | Unset = UNSET
    """ The Scaleway NATS subject a new trigger listens to. """
    sqs_config: CreateTriggerSqsConfig | Unset = UNSET
    """ The external SQS queue a new trigger reads from. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        function_id = self.function_id

        description = self.description

        scw_sqs_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scw_sqs_config, Unset):
            scw_sqs_config = self.scw_sqs_config.to_dict()

        scw_nats_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scw_nats_config, Unset):
            scw_nats_config = self.scw_nats_config.to_dict()

        sqs_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sqs_config, Unset):
            sqs_config = self.sqs_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "function_id": function_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if scw_sqs_config is not UNSET:
            field_dict["scw_sqs_config"] = scw_sqs_config
        if scw_nats_config is not UNSET:
            field_dict["scw_nats_config"] = scw_nats_config
        if sqs_config is not UNSET:
            field_dict["sqs_config"] = sqs_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_trigger_mnq_nats_config import CreateTriggerMnqNatsConfig  # noqa: PLC0415
        from ..models.create_trigger_mnq_sqs_config import CreateTriggerMnqSqsConfig  # noqa: PLC0415
        from ..models.create_trigger_sqs_config import CreateTriggerSqsConfig  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")
        if type(name) is not str:
            check_type(name, "str", "name")

        function_id = d.pop("function_id")
        if type(function_id) is not str:
            check_type(function_id, "str", "function_id")

        description = d.pop("description", UNSET)
        if type(description) is not str:
            check_type(description, "str", "description")

        _scw_sqs_config = d.pop("scw_sqs_config", UNSET)
        scw_sqs_config: CreateTriggerMnqSqsConfig | Unset
        if isinstance(_scw_sqs_config, Unset):
            scw_sqs_config = UNSET
        else:
            scw_sqs_config = CreateTriggerMnqSqsConfig.from_dict(_scw_sqs_config)

        _scw_nats_config = d.pop("scw_nats_config", UNSET)
        scw_nats_config: CreateTriggerMnqNatsConfig | Unset
        if isinstance(_scw_nats_config, Unset):
            scw_nats_config = UNSET
        else:
            scw_nats_config = CreateTriggerMnqNatsConfig.from_dict(_scw_nats_config)

        _sqs_config = d.pop("sqs_config", UNSET)
        sqs_config: CreateTriggerSqsConfig | Unset
        if isinstance(_sqs_config, Unset):
            sqs_config = UNSET
        else:
            sqs_config = CreateTriggerSqsConfig.from_dict(_sqs_config)

        create_trigger_request = cls(
            name=name,
            function_id=function_id,
            description=description,
            scw_sqs_config=scw_sqs_config,
            scw_nats_config=scw_nats_config,
            sqs_config=sqs_config,
        )

        create_trigger_request.additional_properties = d
        return create_trigger_request

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
