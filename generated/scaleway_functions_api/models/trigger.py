# Generated from openapi.yaml by openapi-python-client 0.29.1: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trigger_input_type import TriggerInputType
from ..models.trigger_status import TriggerStatus
from ..types import UNSET, Unset, check_type

T = TypeVar("T", bound="Trigger")


@_attrs_define
class Trigger:
    """A message source that calls a function for each message."""

    id: str
    """ ID of the trigger. """
    name: str
    """ Name of the trigger. """
    description: str
    """ Description of the trigger. """
    function_id: str
    """ ID of the function to trigger. """
    input_type: TriggerInputType
    """ Where a trigger reads its messages from. """
    status: TriggerStatus
    """ Status of a trigger. """
    error_message: None | str
    """ Error message of the trigger. """
    scw_sqs_config: TriggerMnqSqsClientConfig | Unset = UNSET
    """ A Scaleway Messaging and Queuing SQS queue a trigger reads from. """
    scw_nats_config: TriggerMnqNatsClientConfig | Unset = UNSET
    """ A Scaleway NATS subject a trigger listens to. """
    sqs_config: TriggerSqsClientConfig | Unset = UNSET
    """ An SQS queue outside Scaleway's Messaging and Queuing a trigger reads from. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        function_id = self.function_id

        input_type = self.input_type.value

        status = self.status.value

        error_message: None | str
        error_message = self.error_message

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
                "id": id,
                "name": name,
                "description": description,
                "function_id": function_id,
                "input_type": input_type,
                "status": status,
                "error_message": error_message,
            }
        )
        if scw_sqs_config is not UNSET:
            field_dict["scw_sqs_config"] = scw_sqs_config
        if scw_nats_config is not UNSET:
            field_dict["scw_nats_config"] = scw_nats_config
        if sqs_config is not UNSET:
            field_dict["sqs_config"] = sqs_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]
        if type(id) is not str:
            check_type(id, "str", "id")

        name = d["name"]
        if type(name) is not str:
            check_type(name, "str", "name")

        description = d["description"]
        if type(description) is not str:
            check_type(description, "str", "description")

        function_id = d["function_id"]
        if type(function_id) is not str:
            check_type(function_id, "str", "function_id")

        _input_type = d["input_type"]
        try:
            input_type = TriggerInputType._by_value[_input_type]
        except (
            KeyError,
            TypeError,
        ):  # not a value the spec lists (yet), or not a string
            input_type = TriggerInputType(_input_type)

        _status = d["status"]
        try:
            status = TriggerStatus._by_value[_status]
        except (
            KeyError,
            TypeError,
        ):  # not a value the spec lists (yet), or not a string
            status = TriggerStatus(_status)

        error_message = d["error_message"]
        if error_message is not None and type(error_message) is not str:
            check_type(error_message, "str", "error_message")

        _scw_sqs_config = d.get("scw_sqs_config", UNSET)
        scw_sqs_config: TriggerMnqSqsClientConfig | Unset
        if isinstance(_scw_sqs_config, Unset):
            scw_sqs_config = UNSET
        else:
            scw_sqs_config = TriggerMnqSqsClientConfig.from_dict(_scw_sqs_config)

        _scw_nats_config = d.get("scw_nats_config", UNSET)
        scw_nats_config: TriggerMnqNatsClientConfig | Unset
        if isinstance(_scw_nats_config, Unset):
            scw_nats_config = UNSET
        else:
            scw_nats_config = TriggerMnqNatsClientConfig.from_dict(_scw_nats_config)

        _sqs_config = d.get("sqs_config", UNSET)
        sqs_config: TriggerSqsClientConfig | Unset
        if isinstance(_sqs_config, Unset):
            sqs_config = UNSET
        else:
            sqs_config = TriggerSqsClientConfig.from_dict(_sqs_config)

        trigger = cls(
            id,
            name,
            description,
            function_id,
            input_type,
            status,
            error_message,
            scw_sqs_config,
            scw_nats_config,
            sqs_config,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            trigger.additional_properties = {
                key: value for key, value in d.items() if key not in _PROPERTY_NAMES
            }

        return trigger

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
        "id",
        "name",
        "description",
        "function_id",
        "input_type",
        "status",
        "error_message",
        "scw_sqs_config",
        "scw_nats_config",
        "sqs_config",
    }
)

# The models this one holds, imported here once its class exists (models may refer to each
# other in a cycle), rather than inside from_dict, where they would run for every item.
from ..models.trigger_mnq_nats_client_config import TriggerMnqNatsClientConfig  # noqa: E402
from ..models.trigger_mnq_sqs_client_config import TriggerMnqSqsClientConfig  # noqa: E402
from ..models.trigger_sqs_client_config import TriggerSqsClientConfig  # noqa: E402
