# Generated from openapi.yaml by openapi-python-client 0.29.1: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import check_type

T = TypeVar("T", bound="UploadURL")


@_attrs_define
class UploadURL:
    """Where and how to upload a function's archive."""

    url: str
    """ Upload URL to upload the function to. """
    headers: HTTPHeaders
    """ HTTP headers, each name mapped to its list of values (for example `{"content-type": ["application/octet-
    stream"]}`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        headers = self.headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "headers": headers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        url = d["url"]
        if type(url) is not str:
            check_type(url, "str", "url")

        headers = HTTPHeaders.from_dict(d["headers"])

        upload_url = cls(
            url,
            headers,
        )

        if len(d) != 2:
            upload_url.additional_properties = {
                key: value for key, value in d.items() if key not in _PROPERTY_NAMES
            }

        return upload_url

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
        "url",
        "headers",
    }
)

# The models this one holds, imported here once its class exists (models may refer to each
# other in a cycle), rather than inside from_dict, where they would run for every item.
from ..models.http_headers import HTTPHeaders  # noqa: E402
