# Generated from openapi.yaml by openapi-python-client 0.29.1: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.domain_status import DomainStatus
from ..types import check_type

T = TypeVar("T", bound="Domain")


@_attrs_define
class Domain:
    """A custom hostname bound to a function."""

    id: str
    """ UUID of the domain. """
    hostname: str
    """ Hostname associated with the function. """
    function_id: str
    """ UUID of the function the domain is associated with. """
    url: str
    """ URL of the function. """
    status: DomainStatus
    """ Status of a domain name binding. """
    error_message: None | str
    """ Error message if the domain is in "error" state. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        hostname = self.hostname

        function_id = self.function_id

        url = self.url

        status = self.status.value

        error_message: None | str
        error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "hostname": hostname,
                "function_id": function_id,
                "url": url,
                "status": status,
                "error_message": error_message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]
        if type(id) is not str:
            check_type(id, "str", "id")

        hostname = d["hostname"]
        if type(hostname) is not str:
            check_type(hostname, "str", "hostname")

        function_id = d["function_id"]
        if type(function_id) is not str:
            check_type(function_id, "str", "function_id")

        url = d["url"]
        if type(url) is not str:
            check_type(url, "str", "url")

        _status = d["status"]
        try:
            status = DomainStatus._by_value[_status]
        except (
            KeyError,
            TypeError,
        ):  # not a value the spec lists (yet), or not a string
            status = DomainStatus(_status)

        error_message = d["error_message"]
        if error_message is not None and type(error_message) is not str:
            check_type(error_message, "str", "error_message")

        domain = cls(
            id,
            hostname,
            function_id,
            url,
            status,
            error_message,
        )

        if len(d) != 6:
            domain.additional_properties = {
                key: value for key, value in d.items() if key not in _PROPERTY_NAMES
            }

        return domain

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
        "hostname",
        "function_id",
        "url",
        "status",
        "error_message",
    }
)
