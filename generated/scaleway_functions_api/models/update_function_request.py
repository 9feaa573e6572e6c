# Generated from openapi.yaml by openapi-python-client 0.29.1: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.function_http_option import FunctionHttpOption
from ..models.function_privacy import FunctionPrivacy
from ..models.function_runtime import FunctionRuntime
from ..models.function_sandbox import FunctionSandbox
from ..types import UNSET, Unset, check_type

if TYPE_CHECKING:
    from ..models.environment_variables import EnvironmentVariables
    from ..models.secret import Secret


T = TypeVar("T", bound="UpdateFunctionRequest")


@_attrs_define
class UpdateFunctionRequest:
    """The function fields to change; omitted fields are kept."""

    environment_variables: EnvironmentVariables | Unset = UNSET
    """ Environment variables, name to value. At most 100, each value at most 1000 characters; names starting with
    `SCW_` are reserved. """
    min_scale: int | Unset = UNSET
    """ Minimum number of instances to scale the function to. """
    max_scale: int | Unset = UNSET
    """ Maximum number of instances to scale the function to. """
    runtime: FunctionRuntime | Unset = UNSET
    """ Runtime of a function. """
    memory_limit: (
        Literal[1024]
        | Literal[128]
        | Literal[2048]
        | Literal[256]
        | Literal[3072]
        | Literal[4096]
        | Literal[512]
        | Unset
    ) = UNSET
    """ Memory limit of the function in MB; the vCPU share follows from it. """
    timeout: str | Unset = UNSET
    """ Request processing time limit, as a duration in seconds with an `s` suffix and at most nine fractional
    digits (for example `300s`, or `10.000000000s` as Go clients write it); at most 15 minutes. """
    redeploy: bool | Unset = UNSET
    """ Redeploy failed function. Set it to false to apply the update without redeploying. """
    handler: str | Unset = UNSET
    """ Handler to use with the function. """
    privacy: FunctionPrivacy | Unset = UNSET
    """ Privacy setting of a function. """
    description: str | Unset = UNSET
    """ Description of the function. """
    secret_environment_variables: list[Secret] | None | Unset = UNSET
    """ Secret environment variables of the function. During an update, secret environment variables that are not
    specified in this field will be kept unchanged. In order to delete a specific secret environment variable, you
    must reference its key, but not provide any value for it; for example `{"secret_environment_variables": [{"key":
    "TO_DELETE"}]}` deletes the TO_DELETE secret environment variable. """
    http_option: FunctionHttpOption | Unset = UNSET
    """ Configure how HTTP and HTTPS requests are handled. Possible values:
    - redirected: Responds to HTTP request with a 301 redirect to ask the clients to use HTTPS.
    - enabled: Serve both HTTP and HTTPS traffic. """
    sandbox: FunctionSandbox | Unset = UNSET
    """ Execution environment of a function. """
    tags: list[str] | None | Unset = UNSET
    """ Tags of the Serverless Function. Null is the same as absent. """
    private_network_id: Literal[""] | str | Unset = UNSET
    """ ID of the Private Network the function is connected to. When connected to a Private Network, the function
    can access other Scaleway resources in this Private Network. An empty string detaches the function: it is then
    answered as null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        environment_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.environment_variables, Unset):
            environment_variables = self.environment_variables.to_dict()

        min_scale = self.min_scale

        max_scale = self.max_scale

        runtime: str | Unset = UNSET
        if not isinstance(self.runtime, Unset):
            runtime = self.runtime.value

        memory_limit: (
            Literal[1024]
            | Literal[128]
            | Literal[2048]
            | Literal[256]
            | Literal[3072]
            | Literal[4096]
            | Literal[512]
            | Unset
        )
        if isinstance(self.memory_limit, Unset):
            memory_limit = UNSET
        else:
            memory_limit = self.memory_limit

        timeout = self.timeout

        redeploy = self.redeploy

        handler = self.handler

        privacy: str | Unset = UNSET
        if not isinstance(self.privacy, Unset):
            privacy = self.privacy.value

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

        http_option: str | Unset = UNSET
        if not isinstance(self.http_option, Unset):
            http_option = self.http_option.value

        sandbox: str | Unset = UNSET
        if not isinstance(self.sandbox, Unset):
            sandbox = self.sandbox.value

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        private_network_id: Literal[""] | str | Unset
        if isinstance(self.private_network_id, Unset):
            private_network_id = UNSET
        else:
            private_network_id = self.private_network_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if environment_variables is not UNSET:
            field_dict["environment_variables"] = environment_variables
        if min_scale is not UNSET:
            field_dict["min_scale"] = min_scale
        if max_scale is not UNSET:
            field_dict["max_scale"] = max_scale
        if runtime is not UNSET:
            field_dict["runtime"] = runtime
        if memory_limit is not UNSET:
            field_dict["memory_limit"] = memory_limit
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if redeploy is not UNSET:
            field_dict["redeploy"] = redeploy
        if handler is not UNSET:
            field_dict["handler"] = handler
        if privacy is not UNSET:
            field_dict["privacy"] = privacy
        if description is not UNSET:
            field_dict["description"] = description
        if secret_environment_variables is not UNSET:
            field_dict["secret_environment_variables"] = secret_environment_variables
        if http_option is not UNSET:
            field_dict["http_option"] = http_option
        if sandbox is not UNSET:
            field_dict["sandbox"] = sandbox
        if tags is not UNSET:
            field_dict["tags"] = tags
        if private_network_id is not UNSET:
            field_dict["private_network_id"] = private_network_id

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

        min_scale = d.pop("min_scale", UNSET)
        if type(min_scale) is not int:
            check_type(min_scale, "int", "min_scale")

        max_scale = d.pop("max_scale", UNSET)
        if type(max_scale) is not int:
            check_type(max_scale, "int", "max_scale")

        _runtime = d.pop("runtime", UNSET)
        runtime: FunctionRuntime | Unset
        if isinstance(_runtime, Unset):
            runtime = UNSET
        else:
            runtime = FunctionRuntime(_runtime)

        def _parse_memory_limit(
            data: object,
        ) -> (
            Literal[1024]
            | Literal[128]
            | Literal[2048]
            | Literal[256]
            | Literal[3072]
            | Literal[4096]
            | Literal[512]
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            memory_limit_type_0 = cast(Literal[128], data)
            if memory_limit_type_0 != 128:
                raise ValueError(
                    f"memory_limit_type_0 must match const 128, got '{memory_limit_type_0}'"
                )
            return memory_limit_type_0
            memory_limit_type_1 = cast(Literal[256], data)
            if memory_limit_type_1 != 256:
                raise ValueError(
                    f"memory_limit_type_1 must match const 256, got '{memory_limit_type_1}'"
                )
            return memory_limit_type_1
            memory_limit_type_2 = cast(Literal[512], data)
            if memory_limit_type_2 != 512:
                raise ValueError(
                    f"memory_limit_type_2 must match const 512, got '{memory_limit_type_2}'"
                )
            return memory_limit_type_2
            memory_limit_type_3 = cast(Literal[1024], data)
            if memory_limit_type_3 != 1024:
                raise ValueError(
                    f"memory_limit_type_3 must match const 1024, got '{memory_limit_type_3}'"
                )
            return memory_limit_type_3
            memory_limit_type_4 = cast(Literal[2048], data)
            if memory_limit_type_4 != 2048:
                raise ValueError(
                    f"memory_limit_type_4 must match const 2048, got '{memory_limit_type_4}'"
                )
            return memory_limit_type_4
            memory_limit_type_5 = cast(Literal[3072], data)
            if memory_limit_type_5 != 3072:
                raise ValueError(
                    f"memory_limit_type_5 must match const 3072, got '{memory_limit_type_5}'"
                )
            return memory_limit_type_5
            memory_limit_type_6 = cast(Literal[4096], data)
            if memory_limit_type_6 != 4096:
                raise ValueError(
                    f"memory_limit_type_6 must match const 4096, got '{memory_limit_type_6}'"
                )
            return memory_limit_type_6

        memory_limit = _parse_memory_limit(d.pop("memory_limit", UNSET))

        timeout = d.pop("timeout", UNSET)
        if type(timeout) is not str:
            check_type(timeout, "str", "timeout")

        redeploy = d.pop("redeploy", UNSET)
        if type(redeploy) is not bool:
            check_type(redeploy, "bool", "redeploy")

        handler = d.pop("handler", UNSET)
        if type(handler) is not str:
            check_type(handler, "str", "handler")

        _privacy = d.pop("privacy", UNSET)
        privacy: FunctionPrivacy | Unset
        if isinstance(_privacy, Unset):
            privacy = UNSET
        else:
            privacy = FunctionPrivacy(_privacy)

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

        _http_option = d.pop("http_option", UNSET)
        http_option: FunctionHttpOption | Unset
        if isinstance(_http_option, Unset):
            http_option = UNSET
        else:
            http_option = FunctionHttpOption(_http_option)

        _sandbox = d.pop("sandbox", UNSET)
        sandbox: FunctionSandbox | Unset
        if isinstance(_sandbox, Unset):
            sandbox = UNSET
        else:
            sandbox = FunctionSandbox(_sandbox)

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

        def _parse_private_network_id(data: object) -> Literal[""] | str | Unset:
            if isinstance(data, Unset):
                return data
            private_network_id_type_1 = cast(Literal[""], data)
            if private_network_id_type_1 != "":
                raise ValueError(
                    f"private_network_id_type_1 must match const '', got '{private_network_id_type_1}'"
                )
            return private_network_id_type_1
            return cast(Literal[""] | str | Unset, data)

        private_network_id = _parse_private_network_id(
            d.pop("private_network_id", UNSET)
        )

        update_function_request = cls(
            environment_variables=environment_variables,
            min_scale=min_scale,
            max_scale=max_scale,
            runtime=runtime,
            memory_limit=memory_limit,
            timeout=timeout,
            redeploy=redeploy,
            handler=handler,
            privacy=privacy,
            description=description,
            secret_environment_variables=secret_environment_variables,
            http_option=http_option,
            sandbox=sandbox,
            tags=tags,
            private_network_id=private_network_id,
        )

        update_function_request.additional_properties = d
        return update_function_request

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
