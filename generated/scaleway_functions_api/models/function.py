# Generated from openapi.yaml by openapi-python-client 0.29.1: do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.function_http_option import FunctionHttpOption
from ..models.function_privacy import FunctionPrivacy
from ..models.function_runtime import FunctionRuntime
from ..models.function_sandbox import FunctionSandbox
from ..models.function_status import FunctionStatus
from ..models.region import Region
from ..types import check_type, parse_datetime

T = TypeVar("T", bound="Function")


@_attrs_define
class Function:
    """A Serverless Function."""

    id: str
    """ UUID of the function. """
    name: str
    """ Name of the function. """
    namespace_id: str
    """ UUID of the namespace the function belongs to. """
    status: FunctionStatus
    """ Status of a function. `created` means no code has been deployed yet; `pending` means a build is in progress.
    """
    environment_variables: FunctionEnvironmentVariables
    """ Environment variables of the function. """
    min_scale: int
    """ Minimum number of instances to scale the function to. """
    max_scale: int
    """ Maximum number of instances to scale the function to. """
    runtime: FunctionRuntime
    """ Runtime of a function. """
    memory_limit: int
    """ Memory limit of the function in MB. """
    cpu_limit: int
    """ CPU limit of the function, in thousandths of a vCPU. """
    timeout: None | str
    """ Request processing time limit for the function, normalised (`"10.000000000s"` is answered as `"10s"`). """
    handler: str
    """ Handler to use for the function. """
    error_message: None | str
    """ Error message if the function is in "error" state. """
    build_message: None | str
    """ Description of the current build step. """
    privacy: FunctionPrivacy
    """ Privacy setting of a function. """
    description: None | str
    """ Description of the function. """
    domain_name: str
    """ Domain name associated with the function. """
    secret_environment_variables: list[SecretHashedValue]
    """ Secret environment variables of the function. """
    region: Region
    """ A Scaleway region. """
    http_option: FunctionHttpOption
    """ Configure how HTTP and HTTPS requests are handled. Possible values:
    - redirected: Responds to HTTP request with a 301 redirect to ask the clients to use HTTPS.
    - enabled: Serve both HTTP and HTTPS traffic. """
    runtime_message: str
    """ Message about the runtime, such as a deprecation notice. """
    sandbox: FunctionSandbox
    """ Execution environment of a function. """
    created_at: datetime.datetime | None
    """ Creation date of the function. (RFC 3339 format) """
    updated_at: datetime.datetime | None
    """ Last update date of the function. (RFC 3339 format) """
    ready_at: datetime.datetime | None
    """ Last date when the function was successfully deployed and set to ready. (RFC 3339 format) """
    tags: list[str]
    """ List of tags applied to the Serverless Function. """
    private_network_id: None | str
    """ ID of the Private Network the function is connected to. When connected to a Private Network, the function
    can access other Scaleway resources in this Private Network. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        namespace_id = self.namespace_id

        status = self.status.value

        environment_variables = self.environment_variables.to_dict()

        min_scale = self.min_scale

        max_scale = self.max_scale

        runtime = self.runtime.value

        memory_limit = self.memory_limit

        cpu_limit = self.cpu_limit

        timeout: None | str
        timeout = self.timeout

        handler = self.handler

        error_message: None | str
        error_message = self.error_message

        build_message: None | str
        build_message = self.build_message

        privacy = self.privacy.value

        description: None | str
        description = self.description

        domain_name = self.domain_name

        secret_environment_variables = []
        for secret_environment_variables_item_data in self.secret_environment_variables:
            secret_environment_variables_item = (
                secret_environment_variables_item_data.to_dict()
            )
            secret_environment_variables.append(secret_environment_variables_item)

        region = self.region.value

        http_option = self.http_option.value

        runtime_message = self.runtime_message

        sandbox = self.sandbox.value

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

        ready_at: None | str
        if isinstance(self.ready_at, datetime.datetime):
            ready_at = self.ready_at.isoformat()
        else:
            ready_at = self.ready_at

        tags = self.tags

        private_network_id: None | str
        private_network_id = self.private_network_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "namespace_id": namespace_id,
                "status": status,
                "environment_variables": environment_variables,
                "min_scale": min_scale,
                "max_scale": max_scale,
                "runtime": runtime,
                "memory_limit": memory_limit,
                "cpu_limit": cpu_limit,
                "timeout": timeout,
                "handler": handler,
                "error_message": error_message,
                "build_message": build_message,
                "privacy": privacy,
                "description": description,
                "domain_name": domain_name,
                "secret_environment_variables": secret_environment_variables,
                "region": region,
                "http_option": http_option,
                "runtime_message": runtime_message,
                "sandbox": sandbox,
                "created_at": created_at,
                "updated_at": updated_at,
                "ready_at": ready_at,
                "tags": tags,
                "private_network_id": private_network_id,
            }
        )

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

        namespace_id = d["namespace_id"]
        if type(namespace_id) is not str:
            check_type(namespace_id, "str", "namespace_id")

        _status = d["status"]
        try:
            status = FunctionStatus._by_value[_status]
        except (
            KeyError,
            TypeError,
        ):  # not a value the spec lists (yet), or not a string
            status = FunctionStatus(_status)

        environment_variables = FunctionEnvironmentVariables.from_dict(
            d["environment_variables"]
        )

        min_scale = d["min_scale"]
        if type(min_scale) is not int:
            check_type(min_scale, "int", "min_scale")

        max_scale = d["max_scale"]
        if type(max_scale) is not int:
            check_type(max_scale, "int", "max_scale")

        _runtime = d["runtime"]
        try:
            runtime = FunctionRuntime._by_value[_runtime]
        except (
            KeyError,
            TypeError,
        ):  # not a value the spec lists (yet), or not a string
            runtime = FunctionRuntime(_runtime)

        memory_limit = d["memory_limit"]
        if type(memory_limit) is not int:
            check_type(memory_limit, "int", "memory_limit")

        cpu_limit = d["cpu_limit"]
        if type(cpu_limit) is not int:
            check_type(cpu_limit, "int", "cpu_limit")

        timeout = d["timeout"]
        if timeout is not None and type(timeout) is not str:
            check_type(timeout, "str", "timeout")

        handler = d["handler"]
        if type(handler) is not str:
            check_type(handler, "str", "handler")

        error_message = d["error_message"]
        if error_message is not None and type(error_message) is not str:
            check_type(error_message, "str", "error_message")

        build_message = d["build_message"]
        if build_message is not None and type(build_message) is not str:
            check_type(build_message, "str", "build_message")

        _privacy = d["privacy"]
        try:
            privacy = FunctionPrivacy._by_value[_privacy]
        except (
            KeyError,
            TypeError,
        ):  # not a value the spec lists (yet), or not a string
            privacy = FunctionPrivacy(_privacy)

        description = d["description"]
        if description is not None and type(description) is not str:
            check_type(description, "str", "description")

        domain_name = d["domain_name"]
        if type(domain_name) is not str:
            check_type(domain_name, "str", "domain_name")

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

        _http_option = d["http_option"]
        try:
            http_option = FunctionHttpOption._by_value[_http_option]
        except (
            KeyError,
            TypeError,
        ):  # not a value the spec lists (yet), or not a string
            http_option = FunctionHttpOption(_http_option)

        runtime_message = d["runtime_message"]
        if type(runtime_message) is not str:
            check_type(runtime_message, "str", "runtime_message")

        _sandbox = d["sandbox"]
        try:
            sandbox = FunctionSandbox._by_value[_sandbox]
        except (
            KeyError,
            TypeError,
        ):  # not a value the spec lists (yet), or not a string
            sandbox = FunctionSandbox(_sandbox)

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

        ready_at = d["ready_at"]
        if type(ready_at) is str:
            ready_at = parse_datetime(ready_at)
        elif ready_at is not None:
            check_type(ready_at, "str", "ready_at")

        tags: list[str] = d["tags"]

        private_network_id = d["private_network_id"]
        if private_network_id is not None and type(private_network_id) is not str:
            check_type(private_network_id, "str", "private_network_id")

        function = cls(
            id,
            name,
            namespace_id,
            status,
            environment_variables,
            min_scale,
            max_scale,
            runtime,
            memory_limit,
            cpu_limit,
            timeout,
            handler,
            error_message,
            build_message,
            privacy,
            description,
            domain_name,
            secret_environment_variables,
            region,
            http_option,
            runtime_message,
            sandbox,
            created_at,
            updated_at,
            ready_at,
            tags,
            private_network_id,
        )

        if len(d) != 27:
            function.additional_properties = {
                key: value for key, value in d.items() if key not in _PROPERTY_NAMES
            }

        return function

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
        "namespace_id",
        "status",
        "environment_variables",
        "min_scale",
        "max_scale",
        "runtime",
        "memory_limit",
        "cpu_limit",
        "timeout",
        "handler",
        "error_message",
        "build_message",
        "privacy",
        "description",
        "domain_name",
        "secret_environment_variables",
        "region",
        "http_option",
        "runtime_message",
        "sandbox",
        "created_at",
        "updated_at",
        "ready_at",
        "tags",
        "private_network_id",
    }
)

# The models this one holds, imported here once its class exists (models may refer to each
# other in a cycle), rather than inside from_dict, where they would run for every item.
from ..models.function_environment_variables import FunctionEnvironmentVariables  # noqa: E402
from ..models.secret_hashed_value import SecretHashedValue  # noqa: E402
