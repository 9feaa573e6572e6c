from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.token_status import TokenStatus
from ..types import parse_datetime

T = TypeVar("T", bound="Token")


@_attrs_define
class Token:
    """A revocable token authenticating calls to a private function, or to every function of a namespace."""

    id: str
    """ UUID of the token. """
    token: str = _attrs_field(repr=False)
    """ The token itself, to send in the X-Auth-Token header of calls. """
    function_id: None | str
    """ UUID of the function the token is associated with. """
    namespace_id: None | str
    """ UUID of the namespace the token is associated with. """
    public_key: None | str
    """ Public key of the token (deprecated by the API). """
    status: TokenStatus
    """ Status of a token. """
    description: None | str
    """ Description of the token. """
    expires_at: datetime.datetime | None
    """ Date on which the token expires. (RFC 3339 format) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        token = self.token

        function_id: None | str
        function_id = self.function_id

        namespace_id: None | str
        namespace_id = self.namespace_id

        public_key: None | str
        public_key = self.public_key

        status = self.status.value

        description: None | str
        description = self.description

        expires_at: None | str
        if isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "token": token,
                "function_id": function_id,
                "namespace_id": namespace_id,
                "public_key": public_key,
                "status": status,
                "description": description,
                "expires_at": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        token = d.pop("token")

        def _parse_function_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        function_id = _parse_function_id(d.pop("function_id"))

        def _parse_namespace_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        namespace_id = _parse_namespace_id(d.pop("namespace_id"))

        def _parse_public_key(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        public_key = _parse_public_key(d.pop("public_key"))

        status = TokenStatus(d.pop("status"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_expires_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if not isinstance(data, str):
                raise TypeError()
            expires_at_type_0 = parse_datetime(data)

            return expires_at_type_0

        expires_at = _parse_expires_at(d.pop("expires_at"))

        token = cls(
            id=id,
            token=token,
            function_id=function_id,
            namespace_id=namespace_id,
            public_key=public_key,
            status=status,
            description=description,
            expires_at=expires_at,
        )

        token.additional_properties = d
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
