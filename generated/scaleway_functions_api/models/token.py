# Generated from openapi.yaml by openapi-python-client 0.29.1: do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.token_status import TokenStatus
from ..types import UNSET, Unset, check_type, parse_datetime

T = TypeVar("T", bound="Token")


@_attrs_define
class Token:
    """A revocable token authenticating calls to a private function, or to every function of a namespace."""

    id: str
    """ UUID of the token. """
    token: str = _attrs_field(repr=False)
    """ The token itself, to send in the X-Auth-Token header of calls. """
    status: TokenStatus
    """ Status of a token. """
    description: None | str
    """ Description of the token; `""` when none was given. """
    expires_at: datetime.datetime | None
    """ Date on which the token expires. (RFC 3339 format) """
    function_id: str | Unset = UNSET
    """ UUID of the function the token is associated with; absent for a namespace's token. """
    namespace_id: str | Unset = UNSET
    """ UUID of the namespace the token is associated with; absent for a function's token. """
    public_key: None | str | Unset = UNSET
    """ Public key of the token: a PEM when the token is created, empty afterwards. Deprecated by the API, which may
    stop sending it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        token = self.token

        status = self.status.value

        description: None | str
        description = self.description

        expires_at: None | str
        if isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        function_id = self.function_id

        namespace_id = self.namespace_id

        public_key: None | str | Unset
        if isinstance(self.public_key, Unset):
            public_key = UNSET
        else:
            public_key = self.public_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "token": token,
                "status": status,
                "description": description,
                "expires_at": expires_at,
            }
        )
        if function_id is not UNSET:
            field_dict["function_id"] = function_id
        if namespace_id is not UNSET:
            field_dict["namespace_id"] = namespace_id
        if public_key is not UNSET:
            field_dict["public_key"] = public_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]
        if type(id) is not str:
            check_type(id, "str", "id")

        token = d["token"]
        if type(token) is not str:
            check_type(token, "str", "token")

        _status = d["status"]
        try:
            status = TokenStatus._by_value[_status]
        except (
            KeyError,
            TypeError,
        ):  # not a value the spec lists (yet), or not a string
            status = TokenStatus(_status)

        description = d["description"]
        if description is not None and type(description) is not str:
            check_type(description, "str", "description")

        expires_at = d["expires_at"]
        if type(expires_at) is str:
            expires_at = parse_datetime(expires_at)
        elif expires_at is not None:
            check_type(expires_at, "str", "expires_at")

        function_id = d.get("function_id", UNSET)
        if type(function_id) is not str:
            check_type(function_id, "str", "function_id")

        namespace_id = d.get("namespace_id", UNSET)
        if type(namespace_id) is not str:
            check_type(namespace_id, "str", "namespace_id")

        public_key = d.get("public_key", UNSET)
        if public_key is not None and type(public_key) is not str:
            check_type(public_key, "str", "public_key")

        token = cls(
            id,
            token,
            status,
            description,
            expires_at,
            function_id,
            namespace_id,
            public_key,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            token.additional_properties = {
                key: value for key, value in d.items() if key not in _PROPERTY_NAMES
            }

        return token

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
        "token",
        "status",
        "description",
        "expires_at",
        "function_id",
        "namespace_id",
        "public_key",
    }
)
