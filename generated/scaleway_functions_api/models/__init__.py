"""Contains all the data models used in inputs/outputs"""

from .create_function_request import CreateFunctionRequest
from .create_namespace_request import CreateNamespaceRequest
from .deploy_function_request import DeployFunctionRequest
from .download_url import DownloadURL
from .environment_variables import EnvironmentVariables
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
from .list_function_runtimes_response import ListFunctionRuntimesResponse
from .list_functions_order_by import ListFunctionsOrderBy
from .list_functions_response import ListFunctionsResponse
from .list_namespaces_order_by import ListNamespacesOrderBy
from .list_namespaces_response import ListNamespacesResponse
from .namespace import Namespace
from .namespace_environment_variables import NamespaceEnvironmentVariables
from .namespace_status import NamespaceStatus
from .region import Region
from .runtime import Runtime
from .runtime_status import RuntimeStatus
from .secret import Secret
from .secret_hashed_value import SecretHashedValue
from .update_function_request import UpdateFunctionRequest
from .update_namespace_request import UpdateNamespaceRequest
from .upload_url import UploadURL

__all__ = (
    "CreateFunctionRequest",
    "CreateNamespaceRequest",
    "DeployFunctionRequest",
    "DownloadURL",
    "EnvironmentVariables",
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
    "ListFunctionRuntimesResponse",
    "ListFunctionsOrderBy",
    "ListFunctionsResponse",
    "ListNamespacesOrderBy",
    "ListNamespacesResponse",
    "Namespace",
    "NamespaceEnvironmentVariables",
    "NamespaceStatus",
    "Region",
    "Runtime",
    "RuntimeStatus",
    "Secret",
    "SecretHashedValue",
    "UpdateFunctionRequest",
    "UpdateNamespaceRequest",
    "UploadURL",
)
