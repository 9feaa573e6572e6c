# Generated from openapi.yaml by openapi-python-client 0.29.1: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, check_type

T = TypeVar("T", bound="ErrorDetail")


@_attrs_define
class ErrorDetail:
    """One detail of a Scaleway error."""

    argument_name: str | Unset = UNSET
    """ Name of the argument at fault. """
    reason: str | Unset = UNSET
    """ Why the argument was refused (for example `required`, `constraint`). """
    help_message: str | Unset = UNSET
    """ How to fix the argument. """
    resource: str | Unset = UNSET
    """ For a quota, the resource it limits. """
    quota: int | Unset = UNSET
    """ For a quota, its limit. """
    current: int | Unset = UNSET
    """ For a quota, the current usage. """
    action: str | Unset = UNSET
    """ For `permissions_denied`, the action that was not permitted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        argument_name = self.argument_name

        reason = self.reason

        help_message = self.help_message

        resource = self.resource

        quota = self.quota

        current = self.current

        action = self.action

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if argument_name is not UNSET:
            field_dict["argument_name"] = argument_name
        if reason is not UNSET:
            field_dict["reason"] = reason
        if help_message is not UNSET:
            field_dict["help_message"] = help_message
        if resource is not UNSET:
            field_dict["resource"] = resource
        if quota is not UNSET:
            field_dict["quota"] = quota
        if current is not UNSET:
            field_dict["current"] = current
        if action is not UNSET:
            field_dict["action"] = action

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        argument_name = d.get("argument_name", UNSET)
        if type(argument_name) is not str:
            check_type(argument_name, "str", "argument_name")

        reason = d.get("reason", UNSET)
        if type(reason) is not str:
            check_type(reason, "str", "reason")

        help_message = d.get("help_message", UNSET)
        if type(help_message) is not str:
            check_type(help_message, "str", "help_message")

        resource = d.get("resource", UNSET)
        if type(resource) is not str:
            check_type(resource, "str", "resource")

        quota = d.get("quota", UNSET)
        if type(quota) is not int:
            check_type(quota, "int", "quota")

        current = d.get("current", UNSET)
        if type(current) is not int:
            check_type(current, "int", "current")

        action = d.get("action", UNSET)
        if type(action) is not str:
            check_type(action, "str", "action")

        error_detail = cls(
            argument_name,
            reason,
            help_message,
            resource,
            quota,
            current,
            action,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            error_detail.additional_properties = {
                key: value for key, value in d.items() if key not in _PROPERTY_NAMES
            }

        return error_detail

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
        "argument_name",
        "reason",
        "help_message",
        "resource",
        "quota",
        "current",
        "action",
    }
)
