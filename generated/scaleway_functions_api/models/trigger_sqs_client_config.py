# Generated from openapi.yaml by openapi-python-client 0.29.1: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import check_type

T = TypeVar("T", bound="TriggerSqsClientConfig")


@_attrs_define
class TriggerSqsClientConfig:
    """An SQS queue outside Scaleway's Messaging and Queuing a trigger reads from."""

    endpoint: str
    """ Endpoint of the SQS service. """
    queue_url: str
    """ URL of the queue. """
    access_key: str
    """ Access key to the queue. """
    secret_key: str = _attrs_field(repr=False)
    """ Secret key to the queue. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint = self.endpoint

        queue_url = self.queue_url

        access_key = self.access_key

        secret_key = self.secret_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endpoint": endpoint,
                "queue_url": queue_url,
                "access_key": access_key,
                "secret_key": secret_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        endpoint = d["endpoint"]
        if type(endpoint) is not str:
            check_type(endpoint, "str", "endpoint")

        queue_url = d["queue_url"]
        if type(queue_url) is not str:
            check_type(queue_url, "str", "queue_url")

        access_key = d["access_key"]
        if type(access_key) is not str:
            check_type(access_key, "str", "access_key")

        secret_key = d["secret_key"]
        if type(secret_key) is not str:
            check_type(secret_key, "str", "secret_key")

        trigger_sqs_client_config = cls(
            endpoint,
            queue_url,
            access_key,
            secret_key,
        )

        if len(d) != 4:
            trigger_sqs_client_config.additional_properties = {
                key: value for key, value in d.items() if key not in _PROPERTY_NAMES
            }

        return trigger_sqs_client_config

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
        "endpoint",
        "queue_url",
        "access_key",
        "secret_key",
    }
)
