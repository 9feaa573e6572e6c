# Generated from openapi.yaml by openapi-python-client 0.29.1: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.runtime_status import RuntimeStatus
from ..types import check_type

T = TypeVar("T", bound="Runtime")


@_attrs_define
class Runtime:
    """A runtime a function can use."""

    name: str
    """ Name of the runtime, as used in a function's `runtime` field. """
    language: str
    """ Language of the runtime. """
    version: str
    """ Version of the language. """
    default_handler: str
    """ Handler used when a function does not name one. """
    code_sample: str
    """ A minimal function for this runtime. """
    status: RuntimeStatus
    """ Support status of a runtime. """
    status_message: str
    """ Explanation of the status, such as an end-of-support notice. """
    extension: str
    """ File extension of the runtime's source files. """
    implementation: str
    """ Implementation of the runtime. """
    logo_url: str
    """ URL of the language's logo. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        language = self.language

        version = self.version

        default_handler = self.default_handler

        code_sample = self.code_sample

        status = self.status.value

        status_message = self.status_message

        extension = self.extension

        implementation = self.implementation

        logo_url = self.logo_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "language": language,
                "version": version,
                "default_handler": default_handler,
                "code_sample": code_sample,
                "status": status,
                "status_message": status_message,
                "extension": extension,
                "implementation": implementation,
                "logo_url": logo_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]
        if type(name) is not str:
            check_type(name, "str", "name")

        language = d["language"]
        if type(language) is not str:
            check_type(language, "str", "language")

        version = d["version"]
        if type(version) is not str:
            check_type(version, "str", "version")

        default_handler = d["default_handler"]
        if type(default_handler) is not str:
            check_type(default_handler, "str", "default_handler")

        code_sample = d["code_sample"]
        if type(code_sample) is not str:
            check_type(code_sample, "str", "code_sample")

        _status = d["status"]
        try:
            status = RuntimeStatus._by_value[_status]
        except (
            KeyError,
            TypeError,
        ):  # not a value the spec lists (yet), or not a string
            status = RuntimeStatus(_status)

        status_message = d["status_message"]
        if type(status_message) is not str:
            check_type(status_message, "str", "status_message")

        extension = d["extension"]
        if type(extension) is not str:
            check_type(extension, "str", "extension")

        implementation = d["implementation"]
        if type(implementation) is not str:
            check_type(implementation, "str", "implementation")

        logo_url = d["logo_url"]
        if type(logo_url) is not str:
            check_type(logo_url, "str", "logo_url")

        runtime = cls(
            name,
            language,
            version,
            default_handler,
            code_sample,
            status,
            status_message,
            extension,
            implementation,
            logo_url,
        )

        if len(d) != 10:
            runtime.additional_properties = {
                key: value for key, value in d.items() if key not in _PROPERTY_NAMES
            }

        return runtime

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
        "name",
        "language",
        "version",
        "default_handler",
        "code_sample",
        "status",
        "status_message",
        "extension",
        "implementation",
        "logo_url",
    }
)
