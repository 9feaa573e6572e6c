# Generated from openapi.yaml by openapi-python-client 0.29.1: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import check_type

T = TypeVar("T", bound="ListNamespacesResponse")


@_attrs_define
class ListNamespacesResponse:
    """A page of namespaces."""

    namespaces: list[Namespace]
    """ Array of the namespaces. """
    total_count: int
    """ Total number of namespaces. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        namespaces = []
        for namespaces_item_data in self.namespaces:
            namespaces_item = namespaces_item_data.to_dict()
            namespaces.append(namespaces_item)

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "namespaces": namespaces,
                "total_count": total_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        namespaces = []
        _namespaces = d["namespaces"]
        for namespaces_item_data in _namespaces:
            namespaces_item = Namespace.from_dict(namespaces_item_data)

            namespaces.append(namespaces_item)

        total_count = d["total_count"]
        if type(total_count) is not int:
            check_type(total_count, "int", "total_count")

        list_namespaces_response = cls(
            namespaces,
            total_count,
        )

        if len(d) != 2:
            list_namespaces_response.additional_properties = {
                key: value for key, value in d.items() if key not in _PROPERTY_NAMES
            }

        return list_namespaces_response

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
        "namespaces",
        "total_count",
    }
)

# The models this one holds, imported here once its class exists (models may refer to each
# other in a cycle), rather than inside from_dict, where they would run for every item.
from ..models.namespace import Namespace  # noqa: E402
