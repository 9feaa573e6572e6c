# Generated from openapi.yaml by openapi-python-client 0.29.1: do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_type import ErrorType
from ..types import UNSET, Unset, check_type, parse_datetime

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """A Scaleway API error. Most errors carry `type` and `message`; a missing resource is answered with `message` alone.
    Other fields depend on the type.

    """

    message: str
    """ Human-readable description of the error. """
    type_: ErrorType | Unset = UNSET
    """ Kind of a Scaleway error. The API may add kinds this document does not list yet: a client must accept any
    string here. """
    resource: str | Unset = UNSET
    """ Kind of resource the error is about. """
    resource_id: str | Unset = UNSET
    """ ID of the resource the error is about. """
    details: list[ErrorDetail] | Unset = UNSET
    """ Details of the error: for `invalid_arguments`, one entry per argument (argument_name, reason, help_message);
    for `quotas_exceeded`, one per quota. """
    fields: ErrorFields | Unset = UNSET
    """ Field name to the list of problems found in it. """
    help_message: str | Unset = UNSET
    """ How to resolve the error. """
    current_state: str | Unset = UNSET
    """ For `transient_state`, the state the resource is in. """
    precondition: str | Unset = UNSET
    """ For `precondition_failed`, the precondition that failed. """
    expired_since: datetime.datetime | Unset = UNSET
    """ For `resource_expired`, when the resource expired. """
    method: str | Unset = UNSET
    """ For `denied_authentication`, the authentication method refused. """
    reason: str | Unset = UNSET
    """ For `denied_authentication`, why it was refused. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        resource = self.resource

        resource_id = self.resource_id

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        help_message = self.help_message

        current_state = self.current_state

        precondition = self.precondition

        expired_since: str | Unset = UNSET
        if not isinstance(self.expired_since, Unset):
            expired_since = self.expired_since.isoformat()

        method = self.method

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if resource is not UNSET:
            field_dict["resource"] = resource
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if details is not UNSET:
            field_dict["details"] = details
        if fields is not UNSET:
            field_dict["fields"] = fields
        if help_message is not UNSET:
            field_dict["help_message"] = help_message
        if current_state is not UNSET:
            field_dict["current_state"] = current_state
        if precondition is not UNSET:
            field_dict["precondition"] = precondition
        if expired_since is not UNSET:
            field_dict["expired_since"] = expired_since
        if method is not UNSET:
            field_dict["method"] = method
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        message = d["message"]
        if type(message) is not str:
            check_type(message, "str", "message")

        _type_ = d.get("type", UNSET)
        type_: ErrorType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            try:
                type_ = ErrorType._by_value[_type_]
            except (
                KeyError,
                TypeError,
            ):  # not a value the spec lists (yet), or not a string
                type_ = ErrorType(_type_)

        resource = d.get("resource", UNSET)
        if type(resource) is not str:
            check_type(resource, "str", "resource")

        resource_id = d.get("resource_id", UNSET)
        if type(resource_id) is not str:
            check_type(resource_id, "str", "resource_id")

        _details = d.get("details", UNSET)
        details: list[ErrorDetail] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:
                details_item = ErrorDetail.from_dict(details_item_data)

                details.append(details_item)

        _fields = d.get("fields", UNSET)
        fields: ErrorFields | Unset
        if isinstance(_fields, Unset):
            fields = UNSET
        else:
            fields = ErrorFields.from_dict(_fields)

        help_message = d.get("help_message", UNSET)
        if type(help_message) is not str:
            check_type(help_message, "str", "help_message")

        current_state = d.get("current_state", UNSET)
        if type(current_state) is not str:
            check_type(current_state, "str", "current_state")

        precondition = d.get("precondition", UNSET)
        if type(precondition) is not str:
            check_type(precondition, "str", "precondition")

        _expired_since = d.get("expired_since", UNSET)
        expired_since: datetime.datetime | Unset
        if isinstance(_expired_since, Unset):
            expired_since = UNSET
        else:
            expired_since = parse_datetime(_expired_since)

        method = d.get("method", UNSET)
        if type(method) is not str:
            check_type(method, "str", "method")

        reason = d.get("reason", UNSET)
        if type(reason) is not str:
            check_type(reason, "str", "reason")

        error = cls(
            message,
            type_,
            resource,
            resource_id,
            details,
            fields,
            help_message,
            current_state,
            precondition,
            expired_since,
            method,
            reason,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            error.additional_properties = {
                key: value for key, value in d.items() if key not in _PROPERTY_NAMES
            }

        return error

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
        "message",
        "type",
        "resource",
        "resource_id",
        "details",
        "fields",
        "help_message",
        "current_state",
        "precondition",
        "expired_since",
        "method",
        "reason",
    }
)

# The models this one holds, imported here once its class exists (models may refer to each
# other in a cycle), rather than inside from_dict, where they would run for every item.
from ..models.error_detail import ErrorDetail  # noqa: E402
from ..models.error_fields import ErrorFields  # noqa: E402
