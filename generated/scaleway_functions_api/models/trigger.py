from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trigger_input_type import TriggerInputType
from ..models.trigger_status import TriggerStatus

if TYPE_CHECKING:
    from ..models.trigger_mnq_nats_client_config import TriggerMnqNatsClientConfig
    from ..models.trigger_mnq_sqs_client_config import TriggerMnqSqsClientConfig
    from ..models.trigger_sqs_client_config import TriggerSqsClientConfig


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
    scw_sqs_config: None | TriggerMnqSqsClientConfig
    """ The SQS queue read, when input_type is scw_sqs. """
    scw_nats_config: None | TriggerMnqNatsClientConfig
    """ The NATS subject read, when input_type is scw_nats. """
    sqs_config: None | TriggerSqsClientConfig
    """ The external SQS queue read, when input_type is sqs. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.trigger_mnq_nats_client_config import TriggerMnqNatsClientConfig  # noqa: PLC0415
        from ..models.trigger_mnq_sqs_client_config import TriggerMnqSqsClientConfig  # noqa: PLC0415
        from ..models.trigger_sqs_client_config import TriggerSqsClientConfig  # noqa: PLC0415

        id = self.id

        name = self.name

        description = self.description

        function_id = self.function_id

        input_type = self.input_type.value

        status = self.status.value

        error_message: None | str
        error_message = self.error_message

        scw_sqs_config: dict[str, Any] | None
        if isinstance(self.scw_sqs_config, TriggerMnqSqsClientConfig):
            scw_sqs_config = self.scw_sqs_config.to_dict()
        else:
            scw_sqs_config = self.scw_sqs_config

        scw_nats_config: dict[str, Any] | None
        if isinstance(self.scw_nats_config, TriggerMnqNatsClientConfig):
            scw_nats_config = self.scw_nats_config.to_dict()
        else:
            scw_nats_config = self.scw_nats_config

        sqs_config: dict[str, Any] | None
        if isinstance(self.sqs_config, TriggerSqsClientConfig):
            sqs_config = self.sqs_config.to_dict()
        else:
            sqs_config = self.sqs_config

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
                "scw_sqs_config": scw_sqs_config,
                "scw_nats_config": scw_nats_config,
                "sqs_config": sqs_config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.trigger_mnq_nats_client_config import TriggerMnqNatsClientConfig  # noqa: PLC0415
        from ..models.trigger_mnq_sqs_client_config import TriggerMnqSqsClientConfig  # noqa: PLC0415
        from ..models.trigger_sqs_client_config import TriggerSqsClientConfig  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        description = d.pop("description")

        function_id = d.pop("function_id")

        input_type = TriggerInputType(d.pop("input_type"))

        status = TriggerStatus(d.pop("status"))

        def _parse_error_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error_message = _parse_error_message(d.pop("error_message"))

        def _parse_scw_sqs_config(data: object) -> None | TriggerMnqSqsClientConfig:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError()
            scw_sqs_config_type_0 = TriggerMnqSqsClientConfig.from_dict(data)

            return scw_sqs_config_type_0

        scw_sqs_config = _parse_scw_sqs_config(d.pop("scw_sqs_config"))

        def _parse_scw_nats_config(data: object) -> None | TriggerMnqNatsClientConfig:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError()
            scw_nats_config_type_0 = TriggerMnqNatsClientConfig.from_dict(data)

            return scw_nats_config_type_0

        scw_nats_config = _parse_scw_nats_config(d.pop("scw_nats_config"))

        def _parse_sqs_config(data: object) -> None | TriggerSqsClientConfig:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError()
            sqs_config_type_0 = TriggerSqsClientConfig.from_dict(data)

            return sqs_config_type_0

        sqs_config = _parse_sqs_config(d.pop("sqs_config"))

        trigger = cls(
            id=id,
            name=name,
            description=description,
            function_id=function_id,
            input_type=input_type,
            status=status,
            error_message=error_message,
            scw_sqs_config=scw_sqs_config,
            scw_nats_config=scw_nats_config,
            sqs_config=sqs_config,
        )

        trigger.additional_properties = d
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
