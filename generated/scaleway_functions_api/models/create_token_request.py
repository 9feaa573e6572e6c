# Generated from openapi.yaml by openapi-python-client 0.29.1: do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, check_type, parse_datetime

T = TypeVar("T", bound="CreateTokenRequest")


@_attrs_define
class CreateTokenRequest:
    """The token to create, for exactly one of a function or a namespace."""

    function_id: str | Unset = UNSET
    """ A UUID, in its canonical lowercase hyphenated form. """
    namespace_id: str | Unset = UNSET
    """ A UUID, in its canonical lowercase hyphenated form. """
    description: str | Unset = UNSET
    """ Description of the token. """
    expires_at: datetime.datetime | Unset = UNSET
    """ Date on which the token expires. (RFC 3339 format) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        function_id = self.function_id

        namespace_id = self.namespace_id

        description = self.description

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if function_id is not UNSET:
            field_dict["function_id"] = function_id
        if namespace_id is not UNSET:
            field_dict["namespace_id"] = namespace_id
        if description is not UNSET:
            field_dict["description"] = description
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        function_id = d.pop("function_id", UNSET)
        if type(function_id) is not str:
            check_type(function_id, "str", "function_id")

        namespace_id = d.pop("namespace_id", UNSET)
        if type(namespace_id) is not str:
            check_type(namespace_id, "str", "namespace_id")

        description = d.pop("description", UNSET)
        if type(description) is not str:
            check_type(description, "str", "description")

        _expires_at = d.pop("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = parse_datetime(_expires_at)

        create_token_request = cls(
            function_id=function_id,
            namespace_id=namespace_id,
            description=description,
            expires_at=expires_at,
        )

        create_token_request.additional_properties = d
        return create_token_request

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
