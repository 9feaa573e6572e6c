# Generated from openapi.yaml by openapi-python-client 0.29.1: do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.namespace_status import NamespaceStatus
from ..models.region import Region
from ..types import UNSET, Unset, check_type, parse_datetime

T = TypeVar("T", bound="Namespace")


@_attrs_define
class Namespace:
    """A namespace of Serverless Functions."""

    id: str
    """ UUID of the namespace. """
    name: str
    """ Name of the namespace. """
    environment_variables: NamespaceEnvironmentVariables
    """ Environment variables of the namespace. """
    organization_id: str
    """ UUID of the Organization the namespace belongs to. """
    project_id: str
    """ UUID of the Project the namespace belongs to. """
    status: NamespaceStatus
    """ Status of a namespace. """
    registry_namespace_id: str
    """ UUID of the registry namespace; empty until the namespace is ready. """
    error_message: None | str
    """ Error message if the namespace is in "error" state. """
    registry_endpoint: str
    """ Registry endpoint of the namespace; empty until the namespace is ready. """
    description: None | str
    """ Description of the namespace. """
    secret_environment_variables: list[SecretHashedValue]
    """ Secret environment variables of the namespace. """
    region: Region
    """ A Scaleway region. """
    tags: list[str]
    """ List of tags applied to the Serverless Function Namespace. """
    created_at: datetime.datetime | None
    """ Creation date of the namespace. (RFC 3339 format) """
    updated_at: datetime.datetime | None
    """ Last update date of the namespace. (RFC 3339 format) """
    vpc_integration_activated: bool | Unset = UNSET
    """ Deprecated by the API; its value no longer matters. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        environment_variables = self.environment_variables.to_dict()

        organization_id = self.organization_id

        project_id = self.project_id

        status = self.status.value

        registry_namespace_id = self.registry_namespace_id

        error_message: None | str
        error_message = self.error_message

        registry_endpoint = self.registry_endpoint

        description: None | str
        description = self.description

        secret_environment_variables = []
        for secret_environment_variables_item_data in self.secret_environment_variables:
            secret_environment_variables_item = (
                secret_environment_variables_item_data.to_dict()
            )
            secret_environment_variables.append(secret_environment_variables_item)

        region = self.region.value

        tags = self.tags

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        vpc_integration_activated = self.vpc_integration_activated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "environment_variables": environment_variables,
                "organization_id": organization_id,
                "project_id": project_id,
                "status": status,
                "registry_namespace_id": registry_namespace_id,
                "error_message": error_message,
                "registry_endpoint": registry_endpoint,
                "description": description,
                "secret_environment_variables": secret_environment_variables,
                "region": region,
                "tags": tags,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if vpc_integration_activated is not UNSET:
            field_dict["vpc_integration_activated"] = vpc_integration_activated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]
        if type(id) is not str:
            check_type(id, "str", "id")

        name = d["name"]
        if type(name) is not str:
            check_type(name, "str", "name")

        environment_variables = NamespaceEnvironmentVariables.from_dict(
            d["environment_variables"]
        )

        organization_id = d["organization_id"]
        if type(organization_id) is not str:
            check_type(organization_id, "str", "organization_id")

        project_id = d["project_id"]
        if type(project_id) is not str:
            check_type(project_id, "str", "project_id")

        _status = d["status"]
        try:
            status = NamespaceStatus._by_value[_status]
        except (
            KeyError,
            TypeError,
        ):  # not a value the spec lists (yet), or not a string
            status = NamespaceStatus(_status)

        registry_namespace_id = d["registry_namespace_id"]
        if type(registry_namespace_id) is not str:
            check_type(registry_namespace_id, "str", "registry_namespace_id")

        error_message = d["error_message"]
        if error_message is not None and type(error_message) is not str:
            check_type(error_message, "str", "error_message")

        registry_endpoint = d["registry_endpoint"]
        if type(registry_endpoint) is not str:
            check_type(registry_endpoint, "str", "registry_endpoint")

        description = d["description"]
        if description is not None and type(description) is not str:
            check_type(description, "str", "description")

        secret_environment_variables = []
        _secret_environment_variables = d["secret_environment_variables"]
        for secret_environment_variables_item_data in _secret_environment_variables:
            secret_environment_variables_item = SecretHashedValue.from_dict(
                secret_environment_variables_item_data
            )

            secret_environment_variables.append(secret_environment_variables_item)

        _region = d["region"]
        try:
            region = Region._by_value[_region]
        except (
            KeyError,
            TypeError,
        ):  # not a value the spec lists (yet), or not a string
            region = Region(_region)

        tags: list[str] = d["tags"]

        created_at = d["created_at"]
        if type(created_at) is str:
            created_at = parse_datetime(created_at)
        elif created_at is not None:
            check_type(created_at, "str", "created_at")

        updated_at = d["updated_at"]
        if type(updated_at) is str:
            updated_at = parse_datetime(updated_at)
        elif updated_at is not None:
            check_type(updated_at, "str", "updated_at")

        vpc_integration_activated = d.get("vpc_integration_activated", UNSET)
        if type(vpc_integration_activated) is not bool:
            check_type(vpc_integration_activated, "bool", "vpc_integration_activated")

        namespace = cls(
            id,
            name,
            environment_variables,
            organization_id,
            project_id,
            status,
            registry_namespace_id,
            error_message,
            registry_endpoint,
            description,
            secret_environment_variables,
            region,
            tags,
            created_at,
            updated_at,
            vpc_integration_activated,
        )

        if not _PROPERTY_NAMES.issuperset(d):
            namespace.additional_properties = {
                key: value for key, value in d.items() if key not in _PROPERTY_NAMES
            }

        return namespace

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
        "name",
        "environment_variables",
        "organization_id",
        "project_id",
        "status",
        "registry_namespace_id",
        "error_message",
        "registry_endpoint",
        "description",
        "secret_environment_variables",
        "region",
        "tags",
        "created_at",
        "updated_at",
        "vpc_integration_activated",
    }
)

# The models this one holds, imported here once its class exists (models may refer to each
# other in a cycle), rather than inside from_dict, where they would run for every item.
from ..models.namespace_environment_variables import NamespaceEnvironmentVariables  # noqa: E402
from ..models.secret_hashed_value import SecretHashedValue  # noqa: E402
