# Generated from openapi.yaml by openapi-python-client 0.29.1: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, check_type

if TYPE_CHECKING:
    from ..models.environment_variables import EnvironmentVariables
    from ..models.secret import Secret


T = TypeVar("T", bound="UpdateNamespaceRequest")


@_attrs_define
class UpdateNamespaceRequest:
    """The namespace fields to change; omitted fields are kept."""

    environment_variables: EnvironmentVariables | Unset = UNSET
    """ Environment variables, name to value. At most 100, each value at most 1000 characters; names starting with
    `SCW_` are reserved. """
    description: str | Unset = UNSET
    """ Description of the namespace. """
    secret_environment_variables: list[Secret] | None | Unset = UNSET
    """ Secret environment variables of the namespace. Secrets not named here are kept; a key with no value deletes
    that secret. """
    tags: list[str] | None | Unset = UNSET
    """ Tags of the Serverless Function Namespace. Null is the same as absent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        environment_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.environment_variables, Unset):
            environment_variables = self.environment_variables.to_dict()

        description = self.description

        secret_environment_variables: list[dict[str, Any]] | None | Unset
        if isinstance(self.secret_environment_variables, Unset):
            secret_environment_variables = UNSET
        elif isinstance(self.secret_environment_variables, list):
            secret_environment_variables = []
            for (
                secret_environment_variables_type_0_item_data
            ) in self.secret_environment_variables:
                secret_environment_variables_type_0_item = (
                    secret_environment_variables_type_0_item_data.to_dict()
                )
                secret_environment_variables.append(
                    secret_environment_variables_type_0_item
                )

        else:
            secret_environment_variables = self.secret_environment_variables

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if environment_variables is not UNSET:
            field_dict["environment_variables"] = environment_variables
        if description is not UNSET:
            field_dict["description"] = description
        if secret_environment_variables is not UNSET:
            field_dict["secret_environment_variables"] = secret_environment_variables
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.environment_variables import EnvironmentVariables  # noqa: PLC0415
        from ..models.secret import Secret  # noqa: PLC0415

        d = dict(src_dict)
        _environment_variables = d.pop("environment_variables", UNSET)
        environment_variables: EnvironmentVariables | Unset
        if isinstance(_environment_variables, Unset):
            environment_variables = UNSET
        else:
            environment_variables = EnvironmentVariables.from_dict(
                _environment_variables
            )

        description = d.pop("description", UNSET)
        if type(description) is not str:
            check_type(description, "str", "description")

        def _parse_secret_environment_variables(
            data: object,
        ) -> list[Secret] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            secret_environment_variables_type_0 = []
            _secret_environment_variables_type_0 = data
            for (
                secret_environment_variables_type_0_item_data
            ) in _secret_environment_variables_type_0:
                secret_environment_variables_type_0_item = Secret.from_dict(
                    secret_environment_variables_type_0_item_data
                )

                secret_environment_variables_type_0.append(
                    secret_environment_variables_type_0_item
                )

            return secret_environment_variables_type_0

        secret_environment_variables = _parse_secret_environment_variables(
            d.pop("secret_environment_variables", UNSET)
        )

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            tags_type_0 = cast(list[str], data)

            return tags_type_0

        tags = _parse_tags(d.pop("tags", UNSET))

        update_namespace_request = cls(
            environment_variables=environment_variables,
            description=description,
            secret_environment_variables=secret_environment_variables,
            tags=tags,
        )

        update_namespace_request.additional_properties = d
        return update_namespace_request

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
