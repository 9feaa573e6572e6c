# Generated from openapi.yaml by openapi-python-client 0.29.1: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, check_type

if TYPE_CHECKING:
    from ..models.cron_args import CronArgs


T = TypeVar("T", bound="UpdateCronRequest")


@_attrs_define
class UpdateCronRequest:
    """The cron fields to change; omitted fields are kept."""

    function_id: str | Unset = UNSET
    """ A UUID, in its canonical lowercase hyphenated form. """
    schedule: str | Unset = UNSET
    """ Schedule of the cron in UNIX cron format: five fields of printable ASCII separated by single spaces (e.g. `0
    * * * *`). """
    args: CronArgs | Unset = UNSET
    """ Arguments passed to the function on each run, as a JSON object (the body of the request the cron sends). """
    name: str | Unset = UNSET
    """ Name of the cron. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        function_id = self.function_id

        schedule = self.schedule

        args: dict[str, Any] | Unset = UNSET
        if not isinstance(self.args, Unset):
            args = self.args.to_dict()

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if function_id is not UNSET:
            field_dict["function_id"] = function_id
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if args is not UNSET:
            field_dict["args"] = args
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cron_args import CronArgs  # noqa: PLC0415

        d = dict(src_dict)
        function_id = d.pop("function_id", UNSET)
        if type(function_id) is not str:
            check_type(function_id, "str", "function_id")

        schedule = d.pop("schedule", UNSET)
        if type(schedule) is not str:
            check_type(schedule, "str", "schedule")

        _args = d.pop("args", UNSET)
        args: CronArgs | Unset
        if isinstance(_args, Unset):
            args = UNSET
        else:
            args = CronArgs.from_dict(_args)

        name = d.pop("name", UNSET)
        if type(name) is not str:
            check_type(name, "str", "name")

        update_cron_request = cls(
            function_id=function_id,
            schedule=schedule,
            args=args,
            name=name,
        )

        update_cron_request.additional_properties = d
        return update_cron_request

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
