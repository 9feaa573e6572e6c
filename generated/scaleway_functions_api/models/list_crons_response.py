# Generated from openapi.yaml by openapi-python-client 0.29.1: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import check_type

if TYPE_CHECKING:
    from ..models.cron import Cron


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
        from ..models.cron import Cron  # noqa: PLC0415

        d = dict(src_dict)
        crons = []
        _crons = d.pop("crons")
        for crons_item_data in _crons:
            crons_item = Cron.from_dict(crons_item_data)

            crons.append(crons_item)

        total_count = d.pop("total_count")
        if type(total_count) is not int:
            check_type(total_count, "int", "total_count")

        list_crons_response = cls(
            crons=crons,
            total_count=total_count,
        )

        list_crons_response.additional_properties = d
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
