# Generated from openapi.yaml by openapi-python-client 0.29.1: do not edit.
"""Contains all the data models used in inputs/outputs.

Each model's module is imported on first use, so a program pays only for the models it
touches (there are many, and attrs builds each class at import).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .create_trigger_mnq_nats_config import CreateTriggerMnqNatsConfig
    from .create_trigger_mnq_sqs_config import CreateTriggerMnqSqsConfig
    from .create_trigger_sqs_config import CreateTriggerSqsConfig
    from .cron import Cron
    from .cron_args import CronArgs
    from .cron_status import CronStatus
    from .domain import Domain
    from .domain_status import DomainStatus
    from .download_url import DownloadURL
    from .error import Error
    from .error_detail import ErrorDetail
    from .error_fields import ErrorFields
    from .error_type import ErrorType
    from .function import Function
    from .function_environment_variables import FunctionEnvironmentVariables
    from .function_http_option import FunctionHttpOption
    from .function_privacy import FunctionPrivacy
    from .function_runtime import FunctionRuntime
    from .function_sandbox import FunctionSandbox
    from .function_status import FunctionStatus
    from .http_headers import HTTPHeaders
    from .list_crons_order_by import ListCronsOrderBy
    from .list_crons_response import ListCronsResponse
    from .list_domains_order_by import ListDomainsOrderBy
    from .list_domains_response import ListDomainsResponse
    from .list_function_runtimes_response import ListFunctionRuntimesResponse
    from .list_functions_order_by import ListFunctionsOrderBy
    from .list_functions_response import ListFunctionsResponse
    from .list_namespaces_order_by import ListNamespacesOrderBy
    from .list_namespaces_response import ListNamespacesResponse
    from .list_tokens_order_by import ListTokensOrderBy
    from .list_tokens_response import ListTokensResponse
    from .list_triggers_order_by import ListTriggersOrderBy
    from .list_triggers_response import ListTriggersResponse
    from .namespace import Namespace
    from .namespace_environment_variables import NamespaceEnvironmentVariables
    from .namespace_status import NamespaceStatus
    from .region import Region
    from .runtime import Runtime
    from .runtime_status import RuntimeStatus
    from .secret import Secret
    from .secret_hashed_value import SecretHashedValue
    from .token import Token
    from .token_status import TokenStatus
    from .trigger import Trigger
    from .trigger_input_type import TriggerInputType
    from .trigger_mnq_nats_client_config import TriggerMnqNatsClientConfig
    from .trigger_mnq_sqs_client_config import TriggerMnqSqsClientConfig
    from .trigger_sqs_client_config import TriggerSqsClientConfig
    from .trigger_status import TriggerStatus
    from .update_trigger_sqs_config import UpdateTriggerSqsConfig
    from .upload_url import UploadURL

_MODULES = {
    "CreateTriggerMnqNatsConfig": ".create_trigger_mnq_nats_config",
    "CreateTriggerMnqSqsConfig": ".create_trigger_mnq_sqs_config",
    "CreateTriggerSqsConfig": ".create_trigger_sqs_config",
    "Cron": ".cron",
    "CronArgs": ".cron_args",
    "CronStatus": ".cron_status",
    "Domain": ".domain",
    "DomainStatus": ".domain_status",
    "DownloadURL": ".download_url",
    "Error": ".error",
    "ErrorDetail": ".error_detail",
    "ErrorFields": ".error_fields",
    "ErrorType": ".error_type",
    "Function": ".function",
    "FunctionEnvironmentVariables": ".function_environment_variables",
    "FunctionHttpOption": ".function_http_option",
    "FunctionPrivacy": ".function_privacy",
    "FunctionRuntime": ".function_runtime",
    "FunctionSandbox": ".function_sandbox",
    "FunctionStatus": ".function_status",
    "HTTPHeaders": ".http_headers",
    "ListCronsOrderBy": ".list_crons_order_by",
    "ListCronsResponse": ".list_crons_response",
    "ListDomainsOrderBy": ".list_domains_order_by",
    "ListDomainsResponse": ".list_domains_response",
    "ListFunctionRuntimesResponse": ".list_function_runtimes_response",
    "ListFunctionsOrderBy": ".list_functions_order_by",
    "ListFunctionsResponse": ".list_functions_response",
    "ListNamespacesOrderBy": ".list_namespaces_order_by",
    "ListNamespacesResponse": ".list_namespaces_response",
    "ListTokensOrderBy": ".list_tokens_order_by",
    "ListTokensResponse": ".list_tokens_response",
    "ListTriggersOrderBy": ".list_triggers_order_by",
    "ListTriggersResponse": ".list_triggers_response",
    "Namespace": ".namespace",
    "NamespaceEnvironmentVariables": ".namespace_environment_variables",
    "NamespaceStatus": ".namespace_status",
    "Region": ".region",
    "Runtime": ".runtime",
    "RuntimeStatus": ".runtime_status",
    "Secret": ".secret",
    "SecretHashedValue": ".secret_hashed_value",
    "Token": ".token",
    "TokenStatus": ".token_status",
    "Trigger": ".trigger",
    "TriggerInputType": ".trigger_input_type",
    "TriggerMnqNatsClientConfig": ".trigger_mnq_nats_client_config",
    "TriggerMnqSqsClientConfig": ".trigger_mnq_sqs_client_config",
    "TriggerSqsClientConfig": ".trigger_sqs_client_config",
    "TriggerStatus": ".trigger_status",
    "UpdateTriggerSqsConfig": ".update_trigger_sqs_config",
    "UploadURL": ".upload_url",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


__all__ = (
    "CreateTriggerMnqNatsConfig",
    "CreateTriggerMnqSqsConfig",
    "CreateTriggerSqsConfig",
    "Cron",
    "CronArgs",
    "CronStatus",
    "Domain",
    "DomainStatus",
    "DownloadURL",
    "Error",
    "ErrorDetail",
    "ErrorFields",
    "ErrorType",
    "Function",
    "FunctionEnvironmentVariables",
    "FunctionHttpOption",
    "FunctionPrivacy",
    "FunctionRuntime",
    "FunctionSandbox",
    "FunctionStatus",
    "HTTPHeaders",
    "ListCronsOrderBy",
    "ListCronsResponse",
    "ListDomainsOrderBy",
    "ListDomainsResponse",
    "ListFunctionRuntimesResponse",
    "ListFunctionsOrderBy",
    "ListFunctionsResponse",
    "ListNamespacesOrderBy",
    "ListNamespacesResponse",
    "ListTokensOrderBy",
    "ListTokensResponse",
    "ListTriggersOrderBy",
    "ListTriggersResponse",
    "Namespace",
    "NamespaceEnvironmentVariables",
    "NamespaceStatus",
    "Region",
    "Runtime",
    "RuntimeStatus",
    "Secret",
    "SecretHashedValue",
    "Token",
    "TokenStatus",
    "Trigger",
    "TriggerInputType",
    "TriggerMnqNatsClientConfig",
    "TriggerMnqSqsClientConfig",
    "TriggerSqsClientConfig",
    "TriggerStatus",
    "UpdateTriggerSqsConfig",
    "UploadURL",
)
