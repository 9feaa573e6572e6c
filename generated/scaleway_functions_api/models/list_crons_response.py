# Generated from openapi.yaml by openapi-python-client 0.29.1: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import check_type

T = TypeVar("T", bound="ListCronsResponse")


@_attrs_define
class ListCronsResponse:
    """A page of crons."""

    crons: list[Cron]
    """ Array of crons. """
    total_count: int
    """ Total number of crons. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        crons = []
        for crons_item_data in self.crons:
            crons_item = crons_item_data.to_dict()
            crons.append(crons_item)

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "crons": crons,
                "total_count": total_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        crons = []
        _crons = d["crons"]
        for crons_item_data in _crons:
            crons_item = Cron.from_dict(crons_item_data)

            crons.append(crons_item)

        total_count = d["total_count"]
        if type(total_count) is not int:
            check_type(total_count, "int", "total_count")

        list_crons_response = cls(
            crons,
            total_count,
        )

        if len(d) != 2:
            list_crons_response.additional_properties = {
                key: value for key, value in d.items() if key not in _PROPERTY_NAMES
            }

        return list_crons_response

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
        "crons",
        "total_count",
    }
)

# The models this one holds, imported here once its class exists (models may refer to each
# other in a cycle), rather than inside from_dict, where they would run for every item.
from ..models.cron import Cron  # noqa: E402
