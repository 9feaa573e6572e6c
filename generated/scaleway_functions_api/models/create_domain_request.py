# Generated from openapi.yaml by openapi-python-client 0.29.1: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import check_type

T = TypeVar("T", bound="CreateDomainRequest")


@_attrs_define
class CreateDomainRequest:
    """The domain name binding to create."""

    hostname: str
    """ Hostname to create, a valid DNS name (e.g. `api.example.com`). """
    function_id: str
    """ A UUID, in its canonical lowercase hyphenated form. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hostname = self.hostname

        function_id = self.function_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hostname": hostname,
                "function_id": function_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hostname = d.pop("hostname")
        if type(hostname) is not str:
            check_type(hostname, "str", "hostname")

        function_id = d.pop("function_id")
        if type(function_id) is not str:
            check_type(function_id, "str", "function_id")

        create_domain_request = cls(
            hostname=hostname,
            function_id=function_id,
        )

        create_domain_request.additional_properties = d
        return create_domain_request

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
