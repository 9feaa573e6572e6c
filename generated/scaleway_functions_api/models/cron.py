# Generated from openapi.yaml by openapi-python-client 0.29.1: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cron_status import CronStatus
from ..types import check_type

T = TypeVar("T", bound="Cron")


@_attrs_define
class Cron:
    """A schedule on which a function is called."""

    id: str
    """ UUID of the cron. """
    function_id: str
    """ UUID of the function the cron applies to. """
    schedule: str
    """ Schedule of the cron, in UNIX cron format. """
    args: CronArgs | None
    """ Arguments passed to the function on each run (a JSON object), or null. """
    status: CronStatus
    """ Status of a cron. """
    name: str
    """ Name of the cron. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        function_id = self.function_id

        schedule = self.schedule

        args: dict[str, Any] | None
        if isinstance(self.args, CronArgs):
            args = self.args.to_dict()
        else:
            args = self.args

        status = self.status.value

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "function_id": function_id,
                "schedule": schedule,
                "args": args,
                "status": status,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]
        if type(id) is not str:
            check_type(id, "str", "id")

        function_id = d["function_id"]
        if type(function_id) is not str:
            check_type(function_id, "str", "function_id")

        schedule = d["schedule"]
        if type(schedule) is not str:
            check_type(schedule, "str", "schedule")

        def _parse_args(data: object) -> CronArgs | None:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError()
            args_type_0 = CronArgs.from_dict(data)

            return args_type_0

        args = _parse_args(d["args"])

        _status = d["status"]
        try:
            status = CronStatus._by_value[_status]
        except (
            KeyError,
            TypeError,
        ):  # not a value the spec lists (yet), or not a string
            status = CronStatus(_status)

        name = d["name"]
        if type(name) is not str:
            check_type(name, "str", "name")

        cron = cls(
            id,
            function_id,
            schedule,
            args,
            status,
            name,
        )

        if len(d) != 6:
            cron.additional_properties = {
                key: value for key, value in d.items() if key not in _PROPERTY_NAMES
            }

        return cron

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
        "function_id",
        "schedule",
        "args",
        "status",
        "name",
    }
)

# The models this one holds, imported here once its class exists (models may refer to each
# other in a cycle), rather than inside from_dict, where they would run for every item.
from ..models.cron_args import CronArgs  # noqa: E402
