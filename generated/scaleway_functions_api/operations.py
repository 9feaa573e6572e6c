# Generated from openapi.yaml by tools/generate_operations.py: do not edit.
"""The operations of openapi.yaml as data, and typed client methods over them.

One Operation per operation, one Waiter per resource schema with `x-waiter`, one CodeUpload
per `x-code-upload`; `SyncMethods` and `AsyncMethods` hold one method per operation, an
`iter_*` method per paginated list, a `wait_for_*` method per waiter and the upload and
deploy helpers, each a call of a primitive of `scaleway_functions._base_client`;
`SyncRawMethods` and `AsyncRawMethods` are the clients' `with_raw_response`.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from scaleway_functions._base_client import AsyncAPI, RawResponse, SyncAPI
from scaleway_functions._operations import (
    CodeDownload,
    CodeUpload,
    Destination,
    DownloadResult,
    LazyModel,
    Operation,
    Pagination,
    ProgressCallback,
    QueryParameter,
    Source,
    UploadResult,
    Waiter,
    duration,
)
from scaleway_functions._pagination import AsyncPaginator, Paginator

if TYPE_CHECKING:  # names used in annotations only: not loaded at run time
    from .models import (
        CreateTriggerMnqNatsConfig,
        CreateTriggerMnqSqsConfig,
        CreateTriggerSqsConfig,
        Cron,
        Domain,
        DownloadURL,
        Function,
        FunctionHttpOption,
        FunctionPrivacy,
        FunctionRuntime,
        FunctionSandbox,
        ListCronsOrderBy,
        ListCronsResponse,
        ListDomainsOrderBy,
        ListDomainsResponse,
        ListFunctionRuntimesResponse,
        ListFunctionsOrderBy,
        ListFunctionsResponse,
        ListNamespacesOrderBy,
        ListNamespacesResponse,
        ListTokensOrderBy,
        ListTokensResponse,
        ListTriggersOrderBy,
        ListTriggersResponse,
        Namespace,
        Secret,
        Token,
        Trigger,
        UpdateTriggerSqsConfig,
        UploadURL,
    )

# The model of each answer, imported at the first answer that needs it: importing the
# client builds no model class (see LazyModel).
CRON_MODEL: LazyModel[Cron] = LazyModel("scaleway_functions_api.models", "Cron")
DOMAIN_MODEL: LazyModel[Domain] = LazyModel("scaleway_functions_api.models", "Domain")
DOWNLOAD_URL_MODEL: LazyModel[DownloadURL] = LazyModel(
    "scaleway_functions_api.models", "DownloadURL"
)
FUNCTION_MODEL: LazyModel[Function] = LazyModel(
    "scaleway_functions_api.models", "Function"
)
LIST_CRONS_RESPONSE_MODEL: LazyModel[ListCronsResponse] = LazyModel(
    "scaleway_functions_api.models", "ListCronsResponse"
)
LIST_DOMAINS_RESPONSE_MODEL: LazyModel[ListDomainsResponse] = LazyModel(
    "scaleway_functions_api.models", "ListDomainsResponse"
)
LIST_FUNCTION_RUNTIMES_RESPONSE_MODEL: LazyModel[ListFunctionRuntimesResponse] = (
    LazyModel("scaleway_functions_api.models", "ListFunctionRuntimesResponse")
)
LIST_FUNCTIONS_RESPONSE_MODEL: LazyModel[ListFunctionsResponse] = LazyModel(
    "scaleway_functions_api.models", "ListFunctionsResponse"
)
LIST_NAMESPACES_RESPONSE_MODEL: LazyModel[ListNamespacesResponse] = LazyModel(
    "scaleway_functions_api.models", "ListNamespacesResponse"
)
LIST_TOKENS_RESPONSE_MODEL: LazyModel[ListTokensResponse] = LazyModel(
    "scaleway_functions_api.models", "ListTokensResponse"
)
LIST_TRIGGERS_RESPONSE_MODEL: LazyModel[ListTriggersResponse] = LazyModel(
    "scaleway_functions_api.models", "ListTriggersResponse"
)
NAMESPACE_MODEL: LazyModel[Namespace] = LazyModel(
    "scaleway_functions_api.models", "Namespace"
)
TOKEN_MODEL: LazyModel[Token] = LazyModel("scaleway_functions_api.models", "Token")
TRIGGER_MODEL: LazyModel[Trigger] = LazyModel(
    "scaleway_functions_api.models", "Trigger"
)
UPLOAD_URL_MODEL: LazyModel[UploadURL] = LazyModel(
    "scaleway_functions_api.models", "UploadURL"
)


CREATE_CRON: Operation[Cron] = Operation(
    name="createCron",
    method="POST",
    path="/functions/v1beta1/regions/{region}/crons",
    path_params=(),
    query=(),
    response=CRON_MODEL,
    response_schema="Cron",
    body_schema="CreateCronRequest",
)

CREATE_DOMAIN: Operation[Domain] = Operation(
    name="createDomain",
    method="POST",
    path="/functions/v1beta1/regions/{region}/domains",
    path_params=(),
    query=(),
    response=DOMAIN_MODEL,
    response_schema="Domain",
    body_schema="CreateDomainRequest",
)

CREATE_FUNCTION: Operation[Function] = Operation(
    name="createFunction",
    method="POST",
    path="/functions/v1beta1/regions/{region}/functions",
    path_params=(),
    query=(),
    response=FUNCTION_MODEL,
    response_schema="Function",
    body_schema="CreateFunctionRequest",
)

CREATE_NAMESPACE: Operation[Namespace] = Operation(
    name="createNamespace",
    method="POST",
    path="/functions/v1beta1/regions/{region}/namespaces",
    path_params=(),
    query=(),
    response=NAMESPACE_MODEL,
    response_schema="Namespace",
    body_schema="CreateNamespaceRequest",
)

CREATE_TOKEN: Operation[Token] = Operation(
    name="createToken",
    method="POST",
    path="/functions/v1beta1/regions/{region}/tokens",
    path_params=(),
    query=(),
    response=TOKEN_MODEL,
    response_schema="Token",
    body_schema="CreateTokenRequest",
)

CREATE_TRIGGER: Operation[Trigger] = Operation(
    name="createTrigger",
    method="POST",
    path="/functions/v1beta1/regions/{region}/triggers",
    path_params=(),
    query=(),
    response=TRIGGER_MODEL,
    response_schema="Trigger",
    body_schema="CreateTriggerRequest",
)

DELETE_CRON: Operation[Cron] = Operation(
    name="deleteCron",
    method="DELETE",
    path="/functions/v1beta1/regions/{region}/crons/{cron_id}",
    path_params=("cron_id",),
    query=(),
    response=CRON_MODEL,
    response_schema="Cron",
)

DELETE_DOMAIN: Operation[Domain] = Operation(
    name="deleteDomain",
    method="DELETE",
    path="/functions/v1beta1/regions/{region}/domains/{domain_id}",
    path_params=("domain_id",),
    query=(),
    response=DOMAIN_MODEL,
    response_schema="Domain",
)

DELETE_FUNCTION: Operation[Function] = Operation(
    name="deleteFunction",
    method="DELETE",
    path="/functions/v1beta1/regions/{region}/functions/{function_id}",
    path_params=("function_id",),
    query=(),
    response=FUNCTION_MODEL,
    response_schema="Function",
)

DELETE_NAMESPACE: Operation[Namespace] = Operation(
    name="deleteNamespace",
    method="DELETE",
    path="/functions/v1beta1/regions/{region}/namespaces/{namespace_id}",
    path_params=("namespace_id",),
    query=(),
    response=NAMESPACE_MODEL,
    response_schema="Namespace",
)

DELETE_TOKEN: Operation[Token] = Operation(
    name="deleteToken",
    method="DELETE",
    path="/functions/v1beta1/regions/{region}/tokens/{token_id}",
    path_params=("token_id",),
    query=(),
    response=TOKEN_MODEL,
    response_schema="Token",
)

DELETE_TRIGGER: Operation[Trigger] = Operation(
    name="deleteTrigger",
    method="DELETE",
    path="/functions/v1beta1/regions/{region}/triggers/{trigger_id}",
    path_params=("trigger_id",),
    query=(),
    response=TRIGGER_MODEL,
    response_schema="Trigger",
)

DEPLOY_FUNCTION: Operation[Function] = Operation(
    name="deployFunction",
    method="POST",
    path="/functions/v1beta1/regions/{region}/functions/{function_id}/deploy",
    path_params=("function_id",),
    query=(),
    response=FUNCTION_MODEL,
    response_schema="Function",
    body_schema="DeployFunctionRequest",
)

GET_CRON: Operation[Cron] = Operation(
    name="getCron",
    method="GET",
    path="/functions/v1beta1/regions/{region}/crons/{cron_id}",
    path_params=("cron_id",),
    query=(),
    response=CRON_MODEL,
    response_schema="Cron",
)

GET_DOMAIN: Operation[Domain] = Operation(
    name="getDomain",
    method="GET",
    path="/functions/v1beta1/regions/{region}/domains/{domain_id}",
    path_params=("domain_id",),
    query=(),
    response=DOMAIN_MODEL,
    response_schema="Domain",
)

GET_FUNCTION: Operation[Function] = Operation(
    name="getFunction",
    method="GET",
    path="/functions/v1beta1/regions/{region}/functions/{function_id}",
    path_params=("function_id",),
    query=(),
    response=FUNCTION_MODEL,
    response_schema="Function",
)

GET_FUNCTION_DOWNLOAD_URL: Operation[DownloadURL] = Operation(
    name="getFunctionDownloadUrl",
    method="GET",
    path="/functions/v1beta1/regions/{region}/functions/{function_id}/download-url",
    path_params=("function_id",),
    query=(),
    response=DOWNLOAD_URL_MODEL,
    response_schema="DownloadURL",
)

GET_FUNCTION_UPLOAD_URL: Operation[UploadURL] = Operation(
    name="getFunctionUploadUrl",
    method="GET",
    path="/functions/v1beta1/regions/{region}/functions/{function_id}/upload-url",
    path_params=("function_id",),
    query=(
        QueryParameter(
            "content_length",
            required=True,
            integer=True,
            minimum=1,
            maximum=104857600,
            description="Size of the archive to upload in bytes.",
        ),
    ),
    response=UPLOAD_URL_MODEL,
    response_schema="UploadURL",
)

GET_NAMESPACE: Operation[Namespace] = Operation(
    name="getNamespace",
    method="GET",
    path="/functions/v1beta1/regions/{region}/namespaces/{namespace_id}",
    path_params=("namespace_id",),
    query=(),
    response=NAMESPACE_MODEL,
    response_schema="Namespace",
)

GET_TOKEN: Operation[Token] = Operation(
    name="getToken",
    method="GET",
    path="/functions/v1beta1/regions/{region}/tokens/{token_id}",
    path_params=("token_id",),
    query=(),
    response=TOKEN_MODEL,
    response_schema="Token",
)

GET_TRIGGER: Operation[Trigger] = Operation(
    name="getTrigger",
    method="GET",
    path="/functions/v1beta1/regions/{region}/triggers/{trigger_id}",
    path_params=("trigger_id",),
    query=(),
    response=TRIGGER_MODEL,
    response_schema="Trigger",
)

LIST_CRONS: Operation[ListCronsResponse] = Operation(
    name="listCrons",
    method="GET",
    path="/functions/v1beta1/regions/{region}/crons",
    path_params=(),
    query=(
        QueryParameter(
            "function_id",
            required=True,
            schema="UUID",
            description="UUID of the function.",
        ),
        QueryParameter(
            "page",
            integer=True,
            minimum=1,
            maximum=2147483647,
            default="1",
            description="Page number.",
        ),
        QueryParameter(
            "page_size",
            integer=True,
            minimum=1,
            maximum=1000,
            description="Number of crons per page.",
        ),
        QueryParameter(
            "order_by",
            schema="ListCronsOrderBy",
            default="created_at_asc",
            description="Order of the crons.",
        ),
    ),
    response=LIST_CRONS_RESPONSE_MODEL,
    response_schema="ListCronsResponse",
    pagination=Pagination(items="crons", total="total_count"),
)

LIST_DOMAINS: Operation[ListDomainsResponse] = Operation(
    name="listDomains",
    method="GET",
    path="/functions/v1beta1/regions/{region}/domains",
    path_params=(),
    query=(
        QueryParameter(
            "function_id",
            required=True,
            schema="UUID",
            description="UUID of the function the domain is associated with.",
        ),
        QueryParameter(
            "page",
            integer=True,
            minimum=1,
            maximum=2147483647,
            default="1",
            description="Page number.",
        ),
        QueryParameter(
            "page_size",
            integer=True,
            minimum=1,
            maximum=1000,
            description="Number of domains per page.",
        ),
        QueryParameter(
            "order_by",
            schema="ListDomainsOrderBy",
            default="created_at_asc",
            description="Order of the domains.",
        ),
    ),
    response=LIST_DOMAINS_RESPONSE_MODEL,
    response_schema="ListDomainsResponse",
    pagination=Pagination(items="domains", total="total_count"),
)

LIST_FUNCTION_RUNTIMES: Operation[ListFunctionRuntimesResponse] = Operation(
    name="listFunctionRuntimes",
    method="GET",
    path="/functions/v1beta1/regions/{region}/runtimes",
    path_params=(),
    query=(),
    response=LIST_FUNCTION_RUNTIMES_RESPONSE_MODEL,
    response_schema="ListFunctionRuntimesResponse",
)

LIST_FUNCTIONS: Operation[ListFunctionsResponse] = Operation(
    name="listFunctions",
    method="GET",
    path="/functions/v1beta1/regions/{region}/functions",
    path_params=(),
    query=(
        QueryParameter(
            "namespace_id",
            required=True,
            schema="UUID",
            description="UUID of the namespace the function belongs to.",
        ),
        QueryParameter(
            "page",
            integer=True,
            minimum=1,
            maximum=2147483647,
            default="1",
            description="Page number.",
        ),
        QueryParameter(
            "page_size",
            integer=True,
            minimum=1,
            maximum=1000,
            description="Number of functions per page.",
        ),
        QueryParameter(
            "order_by",
            schema="ListFunctionsOrderBy",
            default="created_at_asc",
            description="Order of the functions.",
        ),
        QueryParameter("name", description="Name of the function."),
        QueryParameter(
            "organization_id",
            schema="UUID",
            description="UUID of the Organization the function belongs to.",
        ),
        QueryParameter(
            "project_id",
            schema="UUID",
            description="UUID of the Project the function belongs to.",
        ),
    ),
    response=LIST_FUNCTIONS_RESPONSE_MODEL,
    response_schema="ListFunctionsResponse",
    pagination=Pagination(items="functions", total="total_count"),
)

LIST_NAMESPACE_FUNCTIONS: Operation[ListFunctionsResponse] = Operation(
    name="listNamespaceFunctions",
    method="GET",
    path="/functions/v1beta1/regions/{region}/namespaces/{namespace_id}/functions",
    path_params=("namespace_id",),
    query=(
        QueryParameter(
            "page",
            integer=True,
            minimum=1,
            maximum=2147483647,
            default="1",
            description="Page number.",
        ),
        QueryParameter(
            "page_size",
            integer=True,
            minimum=1,
            maximum=1000,
            description="Number of functions per page.",
        ),
        QueryParameter(
            "order_by",
            schema="ListFunctionsOrderBy",
            default="created_at_asc",
            description="Order of the functions.",
        ),
        QueryParameter("name", description="Name of the function."),
    ),
    response=LIST_FUNCTIONS_RESPONSE_MODEL,
    response_schema="ListFunctionsResponse",
)

LIST_NAMESPACES: Operation[ListNamespacesResponse] = Operation(
    name="listNamespaces",
    method="GET",
    path="/functions/v1beta1/regions/{region}/namespaces",
    path_params=(),
    query=(
        QueryParameter(
            "page",
            integer=True,
            minimum=1,
            maximum=2147483647,
            default="1",
            description="Page number.",
        ),
        QueryParameter(
            "page_size",
            integer=True,
            minimum=1,
            maximum=1000,
            description="Number of namespaces per page.",
        ),
        QueryParameter(
            "order_by",
            schema="ListNamespacesOrderBy",
            default="created_at_asc",
            description="Order of the namespaces.",
        ),
        QueryParameter("name", description="Name of the namespace."),
        QueryParameter(
            "organization_id",
            schema="UUID",
            description="UUID of the Organization the namespace belongs to.",
        ),
        QueryParameter(
            "project_id",
            schema="UUID",
            description="UUID of the Project the namespace belongs to.",
        ),
    ),
    response=LIST_NAMESPACES_RESPONSE_MODEL,
    response_schema="ListNamespacesResponse",
    pagination=Pagination(items="namespaces", total="total_count"),
)

LIST_TOKENS: Operation[ListTokensResponse] = Operation(
    name="listTokens",
    method="GET",
    path="/functions/v1beta1/regions/{region}/tokens",
    path_params=(),
    query=(
        QueryParameter(
            "page",
            integer=True,
            minimum=1,
            maximum=2147483647,
            default="1",
            description="Page number.",
        ),
        QueryParameter(
            "page_size",
            integer=True,
            minimum=1,
            maximum=1000,
            description="Number of tokens per page.",
        ),
        QueryParameter(
            "order_by",
            schema="ListTokensOrderBy",
            default="created_at_asc",
            description="Sort order for the tokens.",
        ),
        QueryParameter(
            "function_id",
            schema="UUID",
            description="UUID of the function the token is associated with.",
        ),
        QueryParameter(
            "namespace_id",
            schema="UUID",
            description="UUID of the namespace the token is associated with.",
        ),
    ),
    response=LIST_TOKENS_RESPONSE_MODEL,
    response_schema="ListTokensResponse",
    pagination=Pagination(items="tokens", total="total_count"),
)

LIST_TRIGGERS: Operation[ListTriggersResponse] = Operation(
    name="listTriggers",
    method="GET",
    path="/functions/v1beta1/regions/{region}/triggers",
    path_params=(),
    query=(
        QueryParameter(
            "page",
            integer=True,
            minimum=1,
            maximum=2147483647,
            default="1",
            description="Page number.",
        ),
        QueryParameter(
            "page_size",
            integer=True,
            minimum=1,
            maximum=1000,
            description="Maximum number of triggers to return per page.",
        ),
        QueryParameter(
            "order_by",
            schema="ListTriggersOrderBy",
            default="created_at_asc",
            description="Order in which to return results.",
        ),
        QueryParameter(
            "function_id",
            schema="UUID",
            description="ID of the function the triggers belong to.",
        ),
        QueryParameter(
            "namespace_id",
            schema="UUID",
            description="ID of the namespace the triggers' functions belong to.",
        ),
        QueryParameter(
            "project_id",
            schema="UUID",
            description="ID of the Project the triggers belong to.",
        ),
    ),
    response=LIST_TRIGGERS_RESPONSE_MODEL,
    response_schema="ListTriggersResponse",
    pagination=Pagination(items="triggers", total="total_count"),
    one_of=(
        (
            "function_id",
            "namespace_id",
            "project_id",
        ),
    ),
)

UPDATE_CRON: Operation[Cron] = Operation(
    name="updateCron",
    method="PATCH",
    path="/functions/v1beta1/regions/{region}/crons/{cron_id}",
    path_params=("cron_id",),
    query=(),
    response=CRON_MODEL,
    response_schema="Cron",
    body_schema="UpdateCronRequest",
)

UPDATE_FUNCTION: Operation[Function] = Operation(
    name="updateFunction",
    method="PATCH",
    path="/functions/v1beta1/regions/{region}/functions/{function_id}",
    path_params=("function_id",),
    query=(),
    response=FUNCTION_MODEL,
    response_schema="Function",
    body_schema="UpdateFunctionRequest",
)

UPDATE_NAMESPACE: Operation[Namespace] = Operation(
    name="updateNamespace",
    method="PATCH",
    path="/functions/v1beta1/regions/{region}/namespaces/{namespace_id}",
    path_params=("namespace_id",),
    query=(),
    response=NAMESPACE_MODEL,
    response_schema="Namespace",
    body_schema="UpdateNamespaceRequest",
)

UPDATE_TRIGGER: Operation[Trigger] = Operation(
    name="updateTrigger",
    method="PATCH",
    path="/functions/v1beta1/regions/{region}/triggers/{trigger_id}",
    path_params=("trigger_id",),
    query=(),
    response=TRIGGER_MODEL,
    response_schema="Trigger",
    body_schema="UpdateTriggerRequest",
)

CRON_WAITER: Waiter[Cron] = Waiter(
    resource="Cron",
    operation=GET_CRON,
    status_field="status",
    success=frozenset(["ready"]),
    failure=frozenset(["deleting", "error", "locked"]),
    transient=frozenset(["creating", "pending", "unknown"]),
    failure_kind="resource_failed",
    failure_message=None,
    progress_message=None,
)

DOMAIN_WAITER: Waiter[Domain] = Waiter(
    resource="Domain",
    operation=GET_DOMAIN,
    status_field="status",
    success=frozenset(["ready"]),
    failure=frozenset(["deleting", "error"]),
    transient=frozenset(["creating", "pending", "unknown"]),
    failure_kind="resource_failed",
    failure_message="error_message",
    progress_message=None,
)

FUNCTION_WAITER: Waiter[Function] = Waiter(
    resource="Function",
    operation=GET_FUNCTION,
    status_field="status",
    success=frozenset(["ready"]),
    failure=frozenset(["created", "deleting", "error", "locked"]),
    transient=frozenset(["creating", "pending", "unknown"]),
    failure_kind="function_deploy",
    failure_message="error_message",
    progress_message="build_message",
)

NAMESPACE_WAITER: Waiter[Namespace] = Waiter(
    resource="Namespace",
    operation=GET_NAMESPACE,
    status_field="status",
    success=frozenset(["ready"]),
    failure=frozenset(["deleting", "error", "locked"]),
    transient=frozenset(["creating", "pending", "unknown"]),
    failure_kind="resource_failed",
    failure_message="error_message",
    progress_message=None,
)

TOKEN_WAITER: Waiter[Token] = Waiter(
    resource="Token",
    operation=GET_TOKEN,
    status_field="status",
    success=frozenset(["ready"]),
    failure=frozenset(["deleting", "error"]),
    transient=frozenset(["creating", "unknown"]),
    failure_kind="resource_failed",
    failure_message=None,
    progress_message=None,
)

TRIGGER_WAITER: Waiter[Trigger] = Waiter(
    resource="Trigger",
    operation=GET_TRIGGER,
    status_field="status",
    success=frozenset(["ready"]),
    failure=frozenset(["deleting", "error"]),
    transient=frozenset(["creating", "pending", "unknown_status"]),
    failure_kind="resource_failed",
    failure_message="error_message",
    progress_message=None,
)

GET_FUNCTION_UPLOAD_URL_CODE: CodeUpload[Function] = CodeUpload(
    url_operation=GET_FUNCTION_UPLOAD_URL,
    size_param="content_length",
    deploy=DEPLOY_FUNCTION,
    waiter=FUNCTION_WAITER,
)

GET_FUNCTION_DOWNLOAD_URL_CODE = CodeDownload(url_operation=GET_FUNCTION_DOWNLOAD_URL)

OPERATIONS: Mapping[str, Operation[Any]] = {
    "createCron": CREATE_CRON,
    "createDomain": CREATE_DOMAIN,
    "createFunction": CREATE_FUNCTION,
    "createNamespace": CREATE_NAMESPACE,
    "createToken": CREATE_TOKEN,
    "createTrigger": CREATE_TRIGGER,
    "deleteCron": DELETE_CRON,
    "deleteDomain": DELETE_DOMAIN,
    "deleteFunction": DELETE_FUNCTION,
    "deleteNamespace": DELETE_NAMESPACE,
    "deleteToken": DELETE_TOKEN,
    "deleteTrigger": DELETE_TRIGGER,
    "deployFunction": DEPLOY_FUNCTION,
    "getCron": GET_CRON,
    "getDomain": GET_DOMAIN,
    "getFunction": GET_FUNCTION,
    "getFunctionDownloadUrl": GET_FUNCTION_DOWNLOAD_URL,
    "getFunctionUploadUrl": GET_FUNCTION_UPLOAD_URL,
    "getNamespace": GET_NAMESPACE,
    "getToken": GET_TOKEN,
    "getTrigger": GET_TRIGGER,
    "listCrons": LIST_CRONS,
    "listDomains": LIST_DOMAINS,
    "listFunctionRuntimes": LIST_FUNCTION_RUNTIMES,
    "listFunctions": LIST_FUNCTIONS,
    "listNamespaceFunctions": LIST_NAMESPACE_FUNCTIONS,
    "listNamespaces": LIST_NAMESPACES,
    "listTokens": LIST_TOKENS,
    "listTriggers": LIST_TRIGGERS,
    "updateCron": UPDATE_CRON,
    "updateFunction": UPDATE_FUNCTION,
    "updateNamespace": UPDATE_NAMESPACE,
    "updateTrigger": UPDATE_TRIGGER,
}
WAITERS: Mapping[str, Waiter[Any]] = {
    "cron": CRON_WAITER,
    "domain": DOMAIN_WAITER,
    "function": FUNCTION_WAITER,
    "namespace": NAMESPACE_WAITER,
    "token": TOKEN_WAITER,
    "trigger": TRIGGER_WAITER,
}


class SyncMethods(SyncAPI):
    """One method per operation of openapi.yaml, and the helpers its extensions call for."""

    def create_cron(
        self,
        *,
        function_id: str,
        schedule: str,
        args: Mapping[str, Any] | None = None,
        name: str | None = None,
        region: str | None = None,
    ) -> Cron:
        """Create a new cron.

        Create a new cronjob for a function with the specified ID.

        Args:
            function_id: UUID of the function to call on schedule.
            schedule: Schedule of the cron in UNIX cron format: five fields of printable ASCII
                separated by single spaces (e.g. `0 * * * *`).
            args: Arguments passed to the function on each run, as a JSON object (the body of the
                request the cron sends).
            name: Name of the cron.
            region: The region you want to target; the client's region when None.
        """
        return self._call(
            CREATE_CRON,
            region,
            {},
            {},
            {
                "function_id": function_id,
                "schedule": schedule,
                "args": args,
                "name": name,
            },
        )

    def create_domain(
        self,
        *,
        hostname: str,
        function_id: str,
        region: str | None = None,
    ) -> Domain:
        """Create a domain name binding.

        Create a domain name binding for the function with the specified ID.

        Args:
            hostname: Hostname to create, a valid DNS name (e.g. `api.example.com`).
            function_id: UUID of the function to bind the hostname to.
            region: The region you want to target; the client's region when None.
        """
        return self._call(
            CREATE_DOMAIN,
            region,
            {},
            {},
            {"hostname": hostname, "function_id": function_id},
        )

    def create_function(
        self,
        *,
        namespace_id: str,
        name: str | None = None,
        environment_variables: Mapping[str, str] | None = None,
        min_scale: int | None = None,
        max_scale: int | None = None,
        runtime: FunctionRuntime | str | None = None,
        memory_limit: Literal[128, 256, 512, 1024, 2048, 3072, 4096] | None = None,
        timeout: float | datetime.timedelta | str | None = None,
        handler: str | None = None,
        privacy: FunctionPrivacy | str | None = None,
        description: str | None = None,
        secret_environment_variables: Sequence[Secret] | None = None,
        http_option: FunctionHttpOption | str | None = None,
        sandbox: FunctionSandbox | str | None = None,
        tags: Sequence[str] | None = None,
        private_network_id: str | None = None,
        region: str | None = None,
    ) -> Function:
        """Create a new function.

        Create a new function in the specified region for a specified Organization or Project. A new
        function has status `created`: it has no code until an archive is uploaded and deployed.

        Args:
            namespace_id: UUID of the namespace the function will be created in.
            name: Name of the function to create; generated when omitted.
            environment_variables: Environment variables of the function.
            min_scale: Minimum number of instances to scale the function to.
            max_scale: Maximum number of instances to scale the function to.
            runtime: Runtime to use with the function.
            memory_limit: Memory limit of the function in MB; the vCPU share follows from it.
            timeout: Request processing time limit for the function. (in seconds)
            handler: Handler to use with the function.
            privacy: Privacy setting of the function.
            description: Description of the function.
            secret_environment_variables: Secret environment variables of the function.
            http_option: Configure how HTTP and HTTPS requests are handled. Possible values: -
                redirected: Responds to HTTP request with a 301 redirect to ask the clients to use
                HTTPS. - enabled: Serve both HTTP and HTTPS traffic.
            sandbox: Execution environment of the function.
            tags: Tags of the Serverless Function. Null is the same as absent.
            private_network_id: ID of the Private Network the function is connected to. When
                connected to a Private Network, the function can access other Scaleway resources in
                this Private Network.
            region: The region you want to target; the client's region when None.
        """
        return self._call(
            CREATE_FUNCTION,
            region,
            {},
            {},
            {
                "name": name,
                "namespace_id": namespace_id,
                "environment_variables": environment_variables,
                "min_scale": min_scale,
                "max_scale": max_scale,
                "runtime": runtime,
                "memory_limit": memory_limit,
                "timeout": duration(timeout),
                "handler": handler,
                "privacy": privacy,
                "description": description,
                "secret_environment_variables": secret_environment_variables,
                "http_option": http_option,
                "sandbox": sandbox,
                "tags": tags,
                "private_network_id": private_network_id,
            },
        )

    def create_namespace(
        self,
        *,
        name: str | None = None,
        environment_variables: Mapping[str, str] | None = None,
        project_id: str | None = None,
        description: str | None = None,
        secret_environment_variables: Sequence[Secret] | None = None,
        tags: Sequence[str] | None = None,
        activate_vpc_integration: bool | None = None,
        region: str | None = None,
    ) -> Namespace:
        """Create a new namespace.

        Create a new namespace in a specified Organization or Project.

        Args:
            name: Name of the namespace; generated when omitted.
            environment_variables: Environment variables of the namespace.
            project_id: UUID of the project in which the namespace will be created.
            description: Description of the namespace.
            secret_environment_variables: Secret environment variables of the namespace.
            tags: Tags of the Serverless Function Namespace. Null is the same as absent.
            activate_vpc_integration: Deprecated by the API; its value no longer matters.
            region: The region you want to target; the client's region when None.
        """
        return self._call(
            CREATE_NAMESPACE,
            region,
            {},
            {},
            {
                "name": name,
                "environment_variables": environment_variables,
                "project_id": project_id,
                "description": description,
                "secret_environment_variables": secret_environment_variables,
                "tags": tags,
                "activate_vpc_integration": activate_vpc_integration,
            },
        )

    def create_token(
        self,
        *,
        function_id: str | None = None,
        namespace_id: str | None = None,
        description: str | None = None,
        expires_at: datetime.datetime | None = None,
        region: str | None = None,
    ) -> Token:
        """Create a new revocable token.

        Create a token that authenticates calls to a private function, or to every function of a
        namespace. Give exactly one of function_id and namespace_id. Deprecated by the API in favour
        of IAM authentication.

        Args:
            function_id: UUID of the function the token gives access to.
            namespace_id: UUID of the namespace whose functions the token gives access to.
            description: Description of the token.
            expires_at: Date on which the token expires. (RFC 3339 format)
            region: The region you want to target; the client's region when None.
        """
        return self._call(
            CREATE_TOKEN,
            region,
            {},
            {},
            {
                "function_id": function_id,
                "namespace_id": namespace_id,
                "description": description,
                "expires_at": expires_at,
            },
        )

    def create_trigger(
        self,
        *,
        name: str,
        function_id: str,
        description: str | None = None,
        scw_sqs_config: CreateTriggerMnqSqsConfig | None = None,
        scw_nats_config: CreateTriggerMnqNatsConfig | None = None,
        sqs_config: CreateTriggerSqsConfig | None = None,
        region: str | None = None,
    ) -> Trigger:
        """Create a trigger.

        Create a new trigger for a specified function, reading from exactly one source: a Scaleway
        Messaging and Queuing SQS queue, a NATS subject, or an SQS queue elsewhere.

        Args:
            name: Name of the trigger.
            function_id: UUID of the function to call for each message.
            description: Description of the trigger.
            scw_sqs_config: The Scaleway SQS queue a new trigger reads from.
            scw_nats_config: The Scaleway NATS subject a new trigger listens to.
            sqs_config: The external SQS queue a new trigger reads from.
            region: The region you want to target; the client's region when None.
        """
        return self._call(
            CREATE_TRIGGER,
            region,
            {},
            {},
            {
                "name": name,
                "function_id": function_id,
                "description": description,
                "scw_sqs_config": scw_sqs_config,
                "scw_nats_config": scw_nats_config,
                "sqs_config": sqs_config,
            },
        )

    def delete_cron(
        self,
        cron_id: str,
        *,
        region: str | None = None,
    ) -> Cron:
        """Delete an existing cron.

        Delete the cron associated with the specified ID.

        Args:
            cron_id: UUID of the cron.
            region: The region you want to target; the client's region when None.
        """
        return self._call(DELETE_CRON, region, {"cron_id": cron_id}, {}, None)

    def delete_domain(
        self,
        domain_id: str,
        *,
        region: str | None = None,
    ) -> Domain:
        """Delete a domain name binding.

        Delete a domain name binding for the function with the specified ID.

        Args:
            domain_id: UUID of the domain.
            region: The region you want to target; the client's region when None.
        """
        return self._call(DELETE_DOMAIN, region, {"domain_id": domain_id}, {}, None)

    def delete_function(
        self,
        function_id: str,
        *,
        region: str | None = None,
    ) -> Function:
        """Delete a function.

        Delete the function associated with the specified ID. The function is returned in status
        `deleting`, then disappears.

        Args:
            function_id: UUID of the function.
            region: The region you want to target; the client's region when None.
        """
        return self._call(
            DELETE_FUNCTION, region, {"function_id": function_id}, {}, None
        )

    def delete_namespace(
        self,
        namespace_id: str,
        *,
        region: str | None = None,
    ) -> Namespace:
        """Delete an existing namespace.

        Delete the namespace associated with the specified ID. The namespace is returned in status
        `deleting`, then disappears.

        Args:
            namespace_id: UUID of the namespace.
            region: The region you want to target; the client's region when None.
        """
        return self._call(
            DELETE_NAMESPACE, region, {"namespace_id": namespace_id}, {}, None
        )

    def delete_token(
        self,
        token_id: str,
        *,
        region: str | None = None,
    ) -> Token:
        """Delete a token.

        Delete a token, revoking it.

        Args:
            token_id: UUID of the token.
            region: The region you want to target; the client's region when None.
        """
        return self._call(DELETE_TOKEN, region, {"token_id": token_id}, {}, None)

    def delete_trigger(
        self,
        trigger_id: str,
        *,
        region: str | None = None,
    ) -> Trigger:
        """Delete a trigger.

        Delete a trigger with a specified ID.

        Args:
            trigger_id: ID of the trigger.
            region: The region you want to target; the client's region when None.
        """
        return self._call(DELETE_TRIGGER, region, {"trigger_id": trigger_id}, {}, None)

    def deploy_function(
        self,
        function_id: str,
        *,
        region: str | None = None,
    ) -> Function:
        """Deploy a function.

        Deploy a function associated with the specified ID. The function goes `pending` while its
        uploaded archive is built, then `ready` or `error`.

        Args:
            function_id: UUID of the function.
            region: The region you want to target; the client's region when None.
        """
        return self._call(DEPLOY_FUNCTION, region, {"function_id": function_id}, {}, {})

    def get_cron(
        self,
        cron_id: str,
        *,
        region: str | None = None,
    ) -> Cron:
        """Get a cron.

        Get the cron associated with the specified ID.

        Args:
            cron_id: UUID of the cron.
            region: The region you want to target; the client's region when None.
        """
        return self._call(GET_CRON, region, {"cron_id": cron_id}, {}, None)

    def get_domain(
        self,
        domain_id: str,
        *,
        region: str | None = None,
    ) -> Domain:
        """Get a domain name binding.

        Get a domain name binding for the function with the specified ID.

        Args:
            domain_id: UUID of the domain.
            region: The region you want to target; the client's region when None.
        """
        return self._call(GET_DOMAIN, region, {"domain_id": domain_id}, {}, None)

    def get_function(
        self,
        function_id: str,
        *,
        region: str | None = None,
    ) -> Function:
        """Get a function.

        Get the function associated with the specified ID.

        Args:
            function_id: UUID of the function.
            region: The region you want to target; the client's region when None.
        """
        return self._call(GET_FUNCTION, region, {"function_id": function_id}, {}, None)

    def get_function_download_url(
        self,
        function_id: str,
        *,
        region: str | None = None,
    ) -> DownloadURL:
        """Get a download URL of a function.

        Get a download URL for a function associated with the specified ID. The archive is then
        fetched with a GET of that URL, carrying the returned headers; the storage service needs no
        API token.

        Args:
            function_id: UUID of the function.
            region: The region you want to target; the client's region when None.
        """
        return self._call(
            GET_FUNCTION_DOWNLOAD_URL, region, {"function_id": function_id}, {}, None
        )

    def get_function_upload_url(
        self,
        function_id: str,
        content_length: int,
        *,
        region: str | None = None,
    ) -> UploadURL:
        """Get an upload URL of a function.

        Get an upload URL of a function associated with the specified ID. The archive is then sent
        with a PUT to that URL, carrying exactly the returned headers; the storage service needs no
        API token.

        Args:
            function_id: UUID of the function.
            content_length: Size of the archive to upload in bytes.
            region: The region you want to target; the client's region when None.
        """
        return self._call(
            GET_FUNCTION_UPLOAD_URL,
            region,
            {"function_id": function_id},
            {"content_length": content_length},
            None,
        )

    def get_namespace(
        self,
        namespace_id: str,
        *,
        region: str | None = None,
    ) -> Namespace:
        """Get a namespace.

        Get the namespace associated with the specified ID.

        Args:
            namespace_id: UUID of the namespace.
            region: The region you want to target; the client's region when None.
        """
        return self._call(
            GET_NAMESPACE, region, {"namespace_id": namespace_id}, {}, None
        )

    def get_token(
        self,
        token_id: str,
        *,
        region: str | None = None,
    ) -> Token:
        """Get a token.

        Args:
            token_id: UUID of the token.
            region: The region you want to target; the client's region when None.
        """
        return self._call(GET_TOKEN, region, {"token_id": token_id}, {}, None)

    def get_trigger(
        self,
        trigger_id: str,
        *,
        region: str | None = None,
    ) -> Trigger:
        """Get a trigger.

        Get a trigger with a specified ID.

        Args:
            trigger_id: ID of the trigger.
            region: The region you want to target; the client's region when None.
        """
        return self._call(GET_TRIGGER, region, {"trigger_id": trigger_id}, {}, None)

    def list_crons(
        self,
        function_id: str,
        *,
        page: int | None = None,
        page_size: int | None = None,
        order_by: ListCronsOrderBy | str | None = None,
        region: str | None = None,
    ) -> ListCronsResponse:
        """List all crons.

        List all the cronjobs in a specified region.

        Args:
            function_id: UUID of the function.
            page: Page number.
            page_size: Number of crons per page.
            order_by: Order of the crons.
            region: The region you want to target; the client's region when None.
        """
        return self._call(
            LIST_CRONS,
            region,
            {},
            {
                "function_id": function_id,
                "page": page,
                "page_size": page_size,
                "order_by": order_by,
            },
            None,
        )

    def iter_crons(
        self,
        function_id: str,
        *,
        order_by: ListCronsOrderBy | str | None = None,
        page_size: int = 100,
        concurrency: int | None = None,
        region: str | None = None,
    ) -> Paginator[Cron, ListCronsResponse]:
        """List all crons.

        List all the cronjobs in a specified region.

        Returns a lazy iterator of every item, page after page; `.pages()` gives the responses
        instead.

        Args:
            function_id: UUID of the function.
            order_by: Order of the crons.
            page_size: Items per request.
            concurrency: Pages in flight once the first page gave the total (the client's default,
                8, when None).
            region: The region you want to target; the client's region when None.
        """
        return self._paginate(
            LIST_CRONS,
            CRON_MODEL,
            region,
            {"function_id": function_id, "order_by": order_by},
            page_size,
            concurrency,
        )

    def list_domains(
        self,
        function_id: str,
        *,
        page: int | None = None,
        page_size: int | None = None,
        order_by: ListDomainsOrderBy | str | None = None,
        region: str | None = None,
    ) -> ListDomainsResponse:
        """List all domain name bindings.

        List all domain name bindings in a specified region.

        Args:
            function_id: UUID of the function the domain is associated with.
            page: Page number.
            page_size: Number of domains per page.
            order_by: Order of the domains.
            region: The region you want to target; the client's region when None.
        """
        return self._call(
            LIST_DOMAINS,
            region,
            {},
            {
                "function_id": function_id,
                "page": page,
                "page_size": page_size,
                "order_by": order_by,
            },
            None,
        )

    def iter_domains(
        self,
        function_id: str,
        *,
        order_by: ListDomainsOrderBy | str | None = None,
        page_size: int = 100,
        concurrency: int | None = None,
        region: str | None = None,
    ) -> Paginator[Domain, ListDomainsResponse]:
        """List all domain name bindings.

        List all domain name bindings in a specified region.

        Returns a lazy iterator of every item, page after page; `.pages()` gives the responses
        instead.

        Args:
            function_id: UUID of the function the domain is associated with.
            order_by: Order of the domains.
            page_size: Items per request.
            concurrency: Pages in flight once the first page gave the total (the client's default,
                8, when None).
            region: The region you want to target; the client's region when None.
        """
        return self._paginate(
            LIST_DOMAINS,
            DOMAIN_MODEL,
            region,
            {"function_id": function_id, "order_by": order_by},
            page_size,
            concurrency,
        )

    def list_function_runtimes(
        self,
        *,
        region: str | None = None,
    ) -> ListFunctionRuntimesResponse:
        """List function runtimes.

        List available function runtimes.

        Args:
            region: The region you want to target; the client's region when None.
        """
        return self._call(LIST_FUNCTION_RUNTIMES, region, {}, {}, None)

    def list_functions(
        self,
        namespace_id: str,
        *,
        page: int | None = None,
        page_size: int | None = None,
        order_by: ListFunctionsOrderBy | str | None = None,
        name: str | None = None,
        organization_id: str | None = None,
        project_id: str | None = None,
        region: str | None = None,
    ) -> ListFunctionsResponse:
        """List all your functions.

        Args:
            namespace_id: UUID of the namespace the function belongs to.
            page: Page number.
            page_size: Number of functions per page.
            order_by: Order of the functions.
            name: Name of the function.
            organization_id: UUID of the Organization the function belongs to.
            project_id: UUID of the Project the function belongs to.
            region: The region you want to target; the client's region when None.
        """
        return self._call(
            LIST_FUNCTIONS,
            region,
            {},
            {
                "namespace_id": namespace_id,
                "page": page,
                "page_size": page_size,
                "order_by": order_by,
                "name": name,
                "organization_id": organization_id,
                "project_id": project_id,
            },
            None,
        )

    def iter_functions(
        self,
        namespace_id: str,
        *,
        order_by: ListFunctionsOrderBy | str | None = None,
        name: str | None = None,
        organization_id: str | None = None,
        project_id: str | None = None,
        page_size: int = 100,
        concurrency: int | None = None,
        region: str | None = None,
    ) -> Paginator[Function, ListFunctionsResponse]:
        """List all your functions.

        Returns a lazy iterator of every item, page after page; `.pages()` gives the responses
        instead.

        Args:
            namespace_id: UUID of the namespace the function belongs to.
            order_by: Order of the functions.
            name: Name of the function.
            organization_id: UUID of the Organization the function belongs to.
            project_id: UUID of the Project the function belongs to.
            page_size: Items per request.
            concurrency: Pages in flight once the first page gave the total (the client's default,
                8, when None).
            region: The region you want to target; the client's region when None.
        """
        return self._paginate(
            LIST_FUNCTIONS,
            FUNCTION_MODEL,
            region,
            {
                "namespace_id": namespace_id,
                "order_by": order_by,
                "name": name,
                "organization_id": organization_id,
                "project_id": project_id,
            },
            page_size,
            concurrency,
        )

    def list_namespace_functions(
        self,
        namespace_id: str,
        *,
        page: int | None = None,
        page_size: int | None = None,
        order_by: ListFunctionsOrderBy | str | None = None,
        name: str | None = None,
        region: str | None = None,
    ) -> ListFunctionsResponse:
        """List the functions of a namespace (older route).

        The same answer as listFunctions for this namespace. An older route that the API still
        serves and that the Serverless Framework plugin calls; new code should call listFunctions.

        Args:
            namespace_id: UUID of the namespace.
            page: Page number.
            page_size: Number of functions per page.
            order_by: Order of the functions.
            name: Name of the function.
            region: The region you want to target; the client's region when None.
        """
        return self._call(
            LIST_NAMESPACE_FUNCTIONS,
            region,
            {"namespace_id": namespace_id},
            {"page": page, "page_size": page_size, "order_by": order_by, "name": name},
            None,
        )

    def list_namespaces(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        order_by: ListNamespacesOrderBy | str | None = None,
        name: str | None = None,
        organization_id: str | None = None,
        project_id: str | None = None,
        region: str | None = None,
    ) -> ListNamespacesResponse:
        """List all your namespaces.

        List all existing namespaces in the specified region.

        Args:
            page: Page number.
            page_size: Number of namespaces per page.
            order_by: Order of the namespaces.
            name: Name of the namespace.
            organization_id: UUID of the Organization the namespace belongs to.
            project_id: UUID of the Project the namespace belongs to.
            region: The region you want to target; the client's region when None.
        """
        return self._call(
            LIST_NAMESPACES,
            region,
            {},
            {
                "page": page,
                "page_size": page_size,
                "order_by": order_by,
                "name": name,
                "organization_id": organization_id,
                "project_id": project_id,
            },
            None,
        )

    def iter_namespaces(
        self,
        *,
        order_by: ListNamespacesOrderBy | str | None = None,
        name: str | None = None,
        organization_id: str | None = None,
        project_id: str | None = None,
        page_size: int = 100,
        concurrency: int | None = None,
        region: str | None = None,
    ) -> Paginator[Namespace, ListNamespacesResponse]:
        """List all your namespaces.

        List all existing namespaces in the specified region.

        Returns a lazy iterator of every item, page after page; `.pages()` gives the responses
        instead.

        Args:
            order_by: Order of the namespaces.
            name: Name of the namespace.
            organization_id: UUID of the Organization the namespace belongs to.
            project_id: UUID of the Project the namespace belongs to.
            page_size: Items per request.
            concurrency: Pages in flight once the first page gave the total (the client's default,
                8, when None).
            region: The region you want to target; the client's region when None.
        """
        return self._paginate(
            LIST_NAMESPACES,
            NAMESPACE_MODEL,
            region,
            {
                "order_by": order_by,
                "name": name,
                "organization_id": organization_id,
                "project_id": project_id,
            },
            page_size,
            concurrency,
        )

    def list_tokens(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        order_by: ListTokensOrderBy | str | None = None,
        function_id: str | None = None,
        namespace_id: str | None = None,
        region: str | None = None,
    ) -> ListTokensResponse:
        """List all tokens.

        List all tokens of a function or a namespace.

        Args:
            page: Page number.
            page_size: Number of tokens per page.
            order_by: Sort order for the tokens.
            function_id: UUID of the function the token is associated with.
            namespace_id: UUID of the namespace the token is associated with.
            region: The region you want to target; the client's region when None.
        """
        return self._call(
            LIST_TOKENS,
            region,
            {},
            {
                "page": page,
                "page_size": page_size,
                "order_by": order_by,
                "function_id": function_id,
                "namespace_id": namespace_id,
            },
            None,
        )

    def iter_tokens(
        self,
        *,
        order_by: ListTokensOrderBy | str | None = None,
        function_id: str | None = None,
        namespace_id: str | None = None,
        page_size: int = 100,
        concurrency: int | None = None,
        region: str | None = None,
    ) -> Paginator[Token, ListTokensResponse]:
        """List all tokens.

        List all tokens of a function or a namespace.

        Returns a lazy iterator of every item, page after page; `.pages()` gives the responses
        instead.

        Args:
            order_by: Sort order for the tokens.
            function_id: UUID of the function the token is associated with.
            namespace_id: UUID of the namespace the token is associated with.
            page_size: Items per request.
            concurrency: Pages in flight once the first page gave the total (the client's default,
                8, when None).
            region: The region you want to target; the client's region when None.
        """
        return self._paginate(
            LIST_TOKENS,
            TOKEN_MODEL,
            region,
            {
                "order_by": order_by,
                "function_id": function_id,
                "namespace_id": namespace_id,
            },
            page_size,
            concurrency,
        )

    def list_triggers(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        order_by: ListTriggersOrderBy | str | None = None,
        function_id: str | None = None,
        namespace_id: str | None = None,
        project_id: str | None = None,
        region: str | None = None,
    ) -> ListTriggersResponse:
        """List all triggers.

        List all triggers belonging to a specified Organization or Project. At most one of
        function_id, namespace_id and project_id filters the list.

        Args:
            page: Page number.
            page_size: Maximum number of triggers to return per page.
            order_by: Order in which to return results.
            function_id: ID of the function the triggers belong to.
            namespace_id: ID of the namespace the triggers' functions belong to.
            project_id: ID of the Project the triggers belong to.
            region: The region you want to target; the client's region when None.
        """
        return self._call(
            LIST_TRIGGERS,
            region,
            {},
            {
                "page": page,
                "page_size": page_size,
                "order_by": order_by,
                "function_id": function_id,
                "namespace_id": namespace_id,
                "project_id": project_id,
            },
            None,
        )

    def iter_triggers(
        self,
        *,
        order_by: ListTriggersOrderBy | str | None = None,
        function_id: str | None = None,
        namespace_id: str | None = None,
        project_id: str | None = None,
        page_size: int = 100,
        concurrency: int | None = None,
        region: str | None = None,
    ) -> Paginator[Trigger, ListTriggersResponse]:
        """List all triggers.

        List all triggers belonging to a specified Organization or Project. At most one of
        function_id, namespace_id and project_id filters the list.

        Returns a lazy iterator of every item, page after page; `.pages()` gives the responses
        instead.

        Args:
            order_by: Order in which to return results.
            function_id: ID of the function the triggers belong to.
            namespace_id: ID of the namespace the triggers' functions belong to.
            project_id: ID of the Project the triggers belong to.
            page_size: Items per request.
            concurrency: Pages in flight once the first page gave the total (the client's default,
                8, when None).
            region: The region you want to target; the client's region when None.
        """
        return self._paginate(
            LIST_TRIGGERS,
            TRIGGER_MODEL,
            region,
            {
                "order_by": order_by,
                "function_id": function_id,
                "namespace_id": namespace_id,
                "project_id": project_id,
            },
            page_size,
            concurrency,
        )

    def update_cron(
        self,
        cron_id: str,
        *,
        function_id: str | None = None,
        schedule: str | None = None,
        args: Mapping[str, Any] | None = None,
        name: str | None = None,
        region: str | None = None,
    ) -> Cron:
        """Update an existing cron.

        Update the cron associated with the specified ID.

        Args:
            cron_id: UUID of the cron.
            function_id: UUID of the function to call on schedule.
            schedule: Schedule of the cron in UNIX cron format: five fields of printable ASCII
                separated by single spaces (e.g. `0 * * * *`).
            args: Arguments passed to the function on each run, as a JSON object (the body of the
                request the cron sends).
            name: Name of the cron.
            region: The region you want to target; the client's region when None.
        """
        return self._call(
            UPDATE_CRON,
            region,
            {"cron_id": cron_id},
            {},
            {
                "function_id": function_id,
                "schedule": schedule,
                "args": args,
                "name": name,
            },
        )

    def update_function(
        self,
        function_id: str,
        *,
        environment_variables: Mapping[str, str] | None = None,
        min_scale: int | None = None,
        max_scale: int | None = None,
        runtime: FunctionRuntime | str | None = None,
        memory_limit: Literal[128, 256, 512, 1024, 2048, 3072, 4096] | None = None,
        timeout: float | datetime.timedelta | str | None = None,
        redeploy: bool | None = None,
        handler: str | None = None,
        privacy: FunctionPrivacy | str | None = None,
        description: str | None = None,
        secret_environment_variables: Sequence[Secret] | None = None,
        http_option: FunctionHttpOption | str | None = None,
        sandbox: FunctionSandbox | str | None = None,
        tags: Sequence[str] | None = None,
        private_network_id: str | None = None,
        region: str | None = None,
    ) -> Function:
        """Update an existing function.

        Update the function associated with the specified ID. When updating a function, the function
        is automatically redeployed to apply the changes. This behavior can be changed by setting
        the redeploy field to false in the request.

        Args:
            function_id: UUID of the function.
            environment_variables: Environment variables of the function to update.
            min_scale: Minimum number of instances to scale the function to.
            max_scale: Maximum number of instances to scale the function to.
            runtime: Runtime to use with the function.
            memory_limit: Memory limit of the function in MB; the vCPU share follows from it.
            timeout: Processing time limit for the function. (in seconds)
            redeploy: Redeploy failed function. Set it to false to apply the update without
                redeploying.
            handler: Handler to use with the function.
            privacy: Privacy setting of the function.
            description: Description of the function.
            secret_environment_variables: Secret environment variables of the function. During an
                update, secret environment variables that are not specified in this field will be
                kept unchanged. In order to delete a specific secret environment variable, you must
                reference its key, but not provide any value for it; for example
                `{"secret_environment_variables": [{"key": "TO_DELETE"}]}` deletes the TO_DELETE
                secret environment variable.
            http_option: Configure how HTTP and HTTPS requests are handled. Possible values: -
                redirected: Responds to HTTP request with a 301 redirect to ask the clients to use
                HTTPS. - enabled: Serve both HTTP and HTTPS traffic.
            sandbox: Execution environment of the function.
            tags: Tags of the Serverless Function. Null is the same as absent.
            private_network_id: ID of the Private Network the function is connected to. When
                connected to a Private Network, the function can access other Scaleway resources in
                this Private Network. An empty string detaches the function: it is then answered as
                null.
            region: The region you want to target; the client's region when None.
        """
        return self._call(
            UPDATE_FUNCTION,
            region,
            {"function_id": function_id},
            {},
            {
                "environment_variables": environment_variables,
                "min_scale": min_scale,
                "max_scale": max_scale,
                "runtime": runtime,
                "memory_limit": memory_limit,
                "timeout": duration(timeout),
                "redeploy": redeploy,
                "handler": handler,
                "privacy": privacy,
                "description": description,
                "secret_environment_variables": secret_environment_variables,
                "http_option": http_option,
                "sandbox": sandbox,
                "tags": tags,
                "private_network_id": private_network_id,
            },
        )

    def update_namespace(
        self,
        namespace_id: str,
        *,
        environment_variables: Mapping[str, str] | None = None,
        description: str | None = None,
        secret_environment_variables: Sequence[Secret] | None = None,
        tags: Sequence[str] | None = None,
        region: str | None = None,
    ) -> Namespace:
        """Update an existing namespace.

        Update the namespace associated with the specified ID.

        Args:
            namespace_id: UUID of the namespace.
            environment_variables: Environment variables of the namespace.
            description: Description of the namespace.
            secret_environment_variables: Secret environment variables of the namespace. Secrets not
                named here are kept; a key with no value deletes that secret.
            tags: Tags of the Serverless Function Namespace. Null is the same as absent.
            region: The region you want to target; the client's region when None.
        """
        return self._call(
            UPDATE_NAMESPACE,
            region,
            {"namespace_id": namespace_id},
            {},
            {
                "environment_variables": environment_variables,
                "description": description,
                "secret_environment_variables": secret_environment_variables,
                "tags": tags,
            },
        )

    def update_trigger(
        self,
        trigger_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        sqs_config: UpdateTriggerSqsConfig | None = None,
        region: str | None = None,
    ) -> Trigger:
        """Update a trigger.

        Update a trigger with a specified ID.

        Args:
            trigger_id: ID of the trigger.
            name: Name of the trigger.
            description: Description of the trigger.
            sqs_config: New credentials for an external SQS queue.
            region: The region you want to target; the client's region when None.
        """
        return self._call(
            UPDATE_TRIGGER,
            region,
            {"trigger_id": trigger_id},
            {},
            {"name": name, "description": description, "sqs_config": sqs_config},
        )

    def wait_for_cron(
        self,
        cron_id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float | None = None,
        on_progress: Callable[[Cron], None] | None = None,
        region: str | None = None,
    ) -> Cron:
        """Poll the cron until it is ready; raise if it fails or the timeout passes.

        The first poll is immediate; then the delay grows from about half a second to a few.

        Args:
            cron_id: UUID of the cron.
            timeout: Seconds to wait at most, polls included.
            poll_interval: Seconds between polls, instead of the growing delay.
            on_progress: Called with the cron whenever its status or build message changes.
            region: The region you want to target; the client's region when None.
        """
        return self._wait(
            CRON_WAITER, cron_id, region, timeout, poll_interval, on_progress
        )

    def wait_for_domain(
        self,
        domain_id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float | None = None,
        on_progress: Callable[[Domain], None] | None = None,
        region: str | None = None,
    ) -> Domain:
        """Poll the domain until it is ready; raise if it fails or the timeout passes.

        The first poll is immediate; then the delay grows from about half a second to a few.

        Args:
            domain_id: UUID of the domain.
            timeout: Seconds to wait at most, polls included.
            poll_interval: Seconds between polls, instead of the growing delay.
            on_progress: Called with the domain whenever its status or build message changes.
            region: The region you want to target; the client's region when None.
        """
        return self._wait(
            DOMAIN_WAITER, domain_id, region, timeout, poll_interval, on_progress
        )

    def wait_for_function(
        self,
        function_id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float | None = None,
        on_progress: Callable[[Function], None] | None = None,
        region: str | None = None,
    ) -> Function:
        """Poll the function until it is ready; raise if it fails or the timeout passes.

        The first poll is immediate; then the delay grows from about half a second to a few.

        Args:
            function_id: UUID of the function.
            timeout: Seconds to wait at most, polls included.
            poll_interval: Seconds between polls, instead of the growing delay.
            on_progress: Called with the function whenever its status or build message changes.
            region: The region you want to target; the client's region when None.
        """
        return self._wait(
            FUNCTION_WAITER, function_id, region, timeout, poll_interval, on_progress
        )

    def wait_for_namespace(
        self,
        namespace_id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float | None = None,
        on_progress: Callable[[Namespace], None] | None = None,
        region: str | None = None,
    ) -> Namespace:
        """Poll the namespace until it is ready; raise if it fails or the timeout passes.

        The first poll is immediate; then the delay grows from about half a second to a few.

        Args:
            namespace_id: UUID of the namespace.
            timeout: Seconds to wait at most, polls included.
            poll_interval: Seconds between polls, instead of the growing delay.
            on_progress: Called with the namespace whenever its status or build message changes.
            region: The region you want to target; the client's region when None.
        """
        return self._wait(
            NAMESPACE_WAITER, namespace_id, region, timeout, poll_interval, on_progress
        )

    def wait_for_token(
        self,
        token_id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float | None = None,
        on_progress: Callable[[Token], None] | None = None,
        region: str | None = None,
    ) -> Token:
        """Poll the token until it is ready; raise if it fails or the timeout passes.

        The first poll is immediate; then the delay grows from about half a second to a few.

        Args:
            token_id: UUID of the token.
            timeout: Seconds to wait at most, polls included.
            poll_interval: Seconds between polls, instead of the growing delay.
            on_progress: Called with the token whenever its status or build message changes.
            region: The region you want to target; the client's region when None.
        """
        return self._wait(
            TOKEN_WAITER, token_id, region, timeout, poll_interval, on_progress
        )

    def wait_for_trigger(
        self,
        trigger_id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float | None = None,
        on_progress: Callable[[Trigger], None] | None = None,
        region: str | None = None,
    ) -> Trigger:
        """Poll the trigger until it is ready; raise if it fails or the timeout passes.

        The first poll is immediate; then the delay grows from about half a second to a few.

        Args:
            trigger_id: ID of the trigger.
            timeout: Seconds to wait at most, polls included.
            poll_interval: Seconds between polls, instead of the growing delay.
            on_progress: Called with the trigger whenever its status or build message changes.
            region: The region you want to target; the client's region when None.
        """
        return self._wait(
            TRIGGER_WAITER, trigger_id, region, timeout, poll_interval, on_progress
        )

    def upload_function_code(
        self,
        function_id: str,
        source: Source,
        *,
        on_progress: ProgressCallback | None = None,
        region: str | None = None,
    ) -> UploadResult:
        """Upload a function's code: a directory (zipped for you), a .zip file, or zip bytes.

        Directories leave out .git, __pycache__/, *.pyc, /.scwignore, .env, .env.* and
        .scwignore patterns; over 104857600 bytes is refused before any request.

        Args:
            function_id: UUID of the function.
            source: The code: a directory, a .zip file, or zip bytes.
            on_progress: Called with (bytes sent, total bytes) while the archive uploads.
            region: The region you want to target; the client's region when None.
        """
        return self._upload_code(
            GET_FUNCTION_UPLOAD_URL_CODE, function_id, source, region, on_progress
        )

    def deploy_function_code(
        self,
        function_id: str,
        source: Source,
        *,
        wait: bool = True,
        timeout: float = 600.0,
        on_progress: Callable[[Function], None] | None = None,
        on_upload_progress: ProgressCallback | None = None,
        region: str | None = None,
    ) -> Function:
        """Upload the code, deploy it, and (unless `wait=False`) wait until the function is ready.

        Args:
            function_id: UUID of the function.
            source: The code: a directory, a .zip file, or zip bytes.
            wait: Whether to wait for the deployment to end.
            timeout: Seconds to wait at most for the deployment.
            on_progress: Called with the function whenever its status or build message changes.
            on_upload_progress: Called with (bytes sent, total bytes) while the archive uploads.
            region: The region you want to target; the client's region when None.
        """
        self._upload_code(
            GET_FUNCTION_UPLOAD_URL_CODE,
            function_id,
            source,
            region,
            on_upload_progress,
        )
        deployed = self._call(
            DEPLOY_FUNCTION, region, {"function_id": function_id}, {}, {}
        )
        if not wait:
            return deployed
        return self._wait(
            FUNCTION_WAITER, function_id, region, timeout, None, on_progress
        )

    def download_function_code(
        self,
        function_id: str,
        destination: Destination,
        *,
        region: str | None = None,
    ) -> DownloadResult:
        """Download the zip archive a function runs to `destination` (a file path), with no credentials sent to the storage service.

        The file appears whole or not at all: it is written beside the destination, then renamed.

        Args:
            function_id: UUID of the function.
            destination: The file to write (replaced if it exists).
            region: The region you want to target; the client's region when None.
        """
        return self._download_code(
            GET_FUNCTION_DOWNLOAD_URL_CODE, function_id, destination, region
        )


class SyncRawMethods:
    """`with_raw_response`: each operation, answering a RawResponse (status, headers, request id; `.parse()` gives the model)."""

    def __init__(self, client: SyncAPI) -> None:
        self._client = client

    def create_cron(
        self,
        *,
        function_id: str,
        schedule: str,
        args: Mapping[str, Any] | None = None,
        name: str | None = None,
        region: str | None = None,
    ) -> RawResponse[Cron]:
        """Create a new cron. Answers its RawResponse."""
        return self._client._call_raw(
            CREATE_CRON,
            region,
            {},
            {},
            {
                "function_id": function_id,
                "schedule": schedule,
                "args": args,
                "name": name,
            },
        )

    def create_domain(
        self,
        *,
        hostname: str,
        function_id: str,
        region: str | None = None,
    ) -> RawResponse[Domain]:
        """Create a domain name binding. Answers its RawResponse."""
        return self._client._call_raw(
            CREATE_DOMAIN,
            region,
            {},
            {},
            {"hostname": hostname, "function_id": function_id},
        )

    def create_function(
        self,
        *,
        namespace_id: str,
        name: str | None = None,
        environment_variables: Mapping[str, str] | None = None,
        min_scale: int | None = None,
        max_scale: int | None = None,
        runtime: FunctionRuntime | str | None = None,
        memory_limit: Literal[128, 256, 512, 1024, 2048, 3072, 4096] | None = None,
        timeout: float | datetime.timedelta | str | None = None,
        handler: str | None = None,
        privacy: FunctionPrivacy | str | None = None,
        description: str | None = None,
        secret_environment_variables: Sequence[Secret] | None = None,
        http_option: FunctionHttpOption | str | None = None,
        sandbox: FunctionSandbox | str | None = None,
        tags: Sequence[str] | None = None,
        private_network_id: str | None = None,
        region: str | None = None,
    ) -> RawResponse[Function]:
        """Create a new function. Answers its RawResponse."""
        return self._client._call_raw(
            CREATE_FUNCTION,
            region,
            {},
            {},
            {
                "name": name,
                "namespace_id": namespace_id,
                "environment_variables": environment_variables,
                "min_scale": min_scale,
                "max_scale": max_scale,
                "runtime": runtime,
                "memory_limit": memory_limit,
                "timeout": duration(timeout),
                "handler": handler,
                "privacy": privacy,
                "description": description,
                "secret_environment_variables": secret_environment_variables,
                "http_option": http_option,
                "sandbox": sandbox,
                "tags": tags,
                "private_network_id": private_network_id,
            },
        )

    def create_namespace(
        self,
        *,
        name: str | None = None,
        environment_variables: Mapping[str, str] | None = None,
        project_id: str | None = None,
        description: str | None = None,
        secret_environment_variables: Sequence[Secret] | None = None,
        tags: Sequence[str] | None = None,
        activate_vpc_integration: bool | None = None,
        region: str | None = None,
    ) -> RawResponse[Namespace]:
        """Create a new namespace. Answers its RawResponse."""
        return self._client._call_raw(
            CREATE_NAMESPACE,
            region,
            {},
            {},
            {
                "name": name,
                "environment_variables": environment_variables,
                "project_id": project_id,
                "description": description,
                "secret_environment_variables": secret_environment_variables,
                "tags": tags,
                "activate_vpc_integration": activate_vpc_integration,
            },
        )

    def create_token(
        self,
        *,
        function_id: str | None = None,
        namespace_id: str | None = None,
        description: str | None = None,
        expires_at: datetime.datetime | None = None,
        region: str | None = None,
    ) -> RawResponse[Token]:
        """Create a new revocable token. Answers its RawResponse."""
        return self._client._call_raw(
            CREATE_TOKEN,
            region,
            {},
            {},
            {
                "function_id": function_id,
                "namespace_id": namespace_id,
                "description": description,
                "expires_at": expires_at,
            },
        )

    def create_trigger(
        self,
        *,
        name: str,
        function_id: str,
        description: str | None = None,
        scw_sqs_config: CreateTriggerMnqSqsConfig | None = None,
        scw_nats_config: CreateTriggerMnqNatsConfig | None = None,
        sqs_config: CreateTriggerSqsConfig | None = None,
        region: str | None = None,
    ) -> RawResponse[Trigger]:
        """Create a trigger. Answers its RawResponse."""
        return self._client._call_raw(
            CREATE_TRIGGER,
            region,
            {},
            {},
            {
                "name": name,
                "function_id": function_id,
                "description": description,
                "scw_sqs_config": scw_sqs_config,
                "scw_nats_config": scw_nats_config,
                "sqs_config": sqs_config,
            },
        )

    def delete_cron(
        self,
        cron_id: str,
        *,
        region: str | None = None,
    ) -> RawResponse[Cron]:
        """Delete an existing cron. Answers its RawResponse."""
        return self._client._call_raw(
            DELETE_CRON, region, {"cron_id": cron_id}, {}, None
        )

    def delete_domain(
        self,
        domain_id: str,
        *,
        region: str | None = None,
    ) -> RawResponse[Domain]:
        """Delete a domain name binding. Answers its RawResponse."""
        return self._client._call_raw(
            DELETE_DOMAIN, region, {"domain_id": domain_id}, {}, None
        )

    def delete_function(
        self,
        function_id: str,
        *,
        region: str | None = None,
    ) -> RawResponse[Function]:
        """Delete a function. Answers its RawResponse."""
        return self._client._call_raw(
            DELETE_FUNCTION, region, {"function_id": function_id}, {}, None
        )

    def delete_namespace(
        self,
        namespace_id: str,
        *,
        region: str | None = None,
    ) -> RawResponse[Namespace]:
        """Delete an existing namespace. Answers its RawResponse."""
        return self._client._call_raw(
            DELETE_NAMESPACE, region, {"namespace_id": namespace_id}, {}, None
        )

    def delete_token(
        self,
        token_id: str,
        *,
        region: str | None = None,
    ) -> RawResponse[Token]:
        """Delete a token. Answers its RawResponse."""
        return self._client._call_raw(
            DELETE_TOKEN, region, {"token_id": token_id}, {}, None
        )

    def delete_trigger(
        self,
        trigger_id: str,
        *,
        region: str | None = None,
    ) -> RawResponse[Trigger]:
        """Delete a trigger. Answers its RawResponse."""
        return self._client._call_raw(
            DELETE_TRIGGER, region, {"trigger_id": trigger_id}, {}, None
        )

    def deploy_function(
        self,
        function_id: str,
        *,
        region: str | None = None,
    ) -> RawResponse[Function]:
        """Deploy a function. Answers its RawResponse."""
        return self._client._call_raw(
            DEPLOY_FUNCTION, region, {"function_id": function_id}, {}, {}
        )

    def get_cron(
        self,
        cron_id: str,
        *,
        region: str | None = None,
    ) -> RawResponse[Cron]:
        """Get a cron. Answers its RawResponse."""
        return self._client._call_raw(GET_CRON, region, {"cron_id": cron_id}, {}, None)

    def get_domain(
        self,
        domain_id: str,
        *,
        region: str | None = None,
    ) -> RawResponse[Domain]:
        """Get a domain name binding. Answers its RawResponse."""
        return self._client._call_raw(
            GET_DOMAIN, region, {"domain_id": domain_id}, {}, None
        )

    def get_function(
        self,
        function_id: str,
        *,
        region: str | None = None,
    ) -> RawResponse[Function]:
        """Get a function. Answers its RawResponse."""
        return self._client._call_raw(
            GET_FUNCTION, region, {"function_id": function_id}, {}, None
        )

    def get_function_download_url(
        self,
        function_id: str,
        *,
        region: str | None = None,
    ) -> RawResponse[DownloadURL]:
        """Get a download URL of a function. Answers its RawResponse."""
        return self._client._call_raw(
            GET_FUNCTION_DOWNLOAD_URL, region, {"function_id": function_id}, {}, None
        )

    def get_function_upload_url(
        self,
        function_id: str,
        content_length: int,
        *,
        region: str | None = None,
    ) -> RawResponse[UploadURL]:
        """Get an upload URL of a function. Answers its RawResponse."""
        return self._client._call_raw(
            GET_FUNCTION_UPLOAD_URL,
            region,
            {"function_id": function_id},
            {"content_length": content_length},
            None,
        )

    def get_namespace(
        self,
        namespace_id: str,
        *,
        region: str | None = None,
    ) -> RawResponse[Namespace]:
        """Get a namespace. Answers its RawResponse."""
        return self._client._call_raw(
            GET_NAMESPACE, region, {"namespace_id": namespace_id}, {}, None
        )

    def get_token(
        self,
        token_id: str,
        *,
        region: str | None = None,
    ) -> RawResponse[Token]:
        """Get a token. Answers its RawResponse."""
        return self._client._call_raw(
            GET_TOKEN, region, {"token_id": token_id}, {}, None
        )

    def get_trigger(
        self,
        trigger_id: str,
        *,
        region: str | None = None,
    ) -> RawResponse[Trigger]:
        """Get a trigger. Answers its RawResponse."""
        return self._client._call_raw(
            GET_TRIGGER, region, {"trigger_id": trigger_id}, {}, None
        )

    def list_crons(
        self,
        function_id: str,
        *,
        page: int | None = None,
        page_size: int | None = None,
        order_by: ListCronsOrderBy | str | None = None,
        region: str | None = None,
    ) -> RawResponse[ListCronsResponse]:
        """List all crons. Answers its RawResponse."""
        return self._client._call_raw(
            LIST_CRONS,
            region,
            {},
            {
                "function_id": function_id,
                "page": page,
                "page_size": page_size,
                "order_by": order_by,
            },
            None,
        )

    def list_domains(
        self,
        function_id: str,
        *,
        page: int | None = None,
        page_size: int | None = None,
        order_by: ListDomainsOrderBy | str | None = None,
        region: str | None = None,
    ) -> RawResponse[ListDomainsResponse]:
        """List all domain name bindings. Answers its RawResponse."""
        return self._client._call_raw(
            LIST_DOMAINS,
            region,
            {},
            {
                "function_id": function_id,
                "page": page,
                "page_size": page_size,
                "order_by": order_by,
            },
            None,
        )

    def list_function_runtimes(
        self,
        *,
        region: str | None = None,
    ) -> RawResponse[ListFunctionRuntimesResponse]:
        """List function runtimes. Answers its RawResponse."""
        return self._client._call_raw(LIST_FUNCTION_RUNTIMES, region, {}, {}, None)

    def list_functions(
        self,
        namespace_id: str,
        *,
        page: int | None = None,
        page_size: int | None = None,
        order_by: ListFunctionsOrderBy | str | None = None,
        name: str | None = None,
        organization_id: str | None = None,
        project_id: str | None = None,
        region: str | None = None,
    ) -> RawResponse[ListFunctionsResponse]:
        """List all your functions. Answers its RawResponse."""
        return self._client._call_raw(
            LIST_FUNCTIONS,
            region,
            {},
            {
                "namespace_id": namespace_id,
                "page": page,
                "page_size": page_size,
                "order_by": order_by,
                "name": name,
                "organization_id": organization_id,
                "project_id": project_id,
            },
            None,
        )

    def list_namespace_functions(
        self,
        namespace_id: str,
        *,
        page: int | None = None,
        page_size: int | None = None,
        order_by: ListFunctionsOrderBy | str | None = None,
        name: str | None = None,
        region: str | None = None,
    ) -> RawResponse[ListFunctionsResponse]:
        """List the functions of a namespace (older route). Answers its RawResponse."""
        return self._client._call_raw(
            LIST_NAMESPACE_FUNCTIONS,
            region,
            {"namespace_id": namespace_id},
            {"page": page, "page_size": page_size, "order_by": order_by, "name": name},
            None,
        )

    def list_namespaces(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        order_by: ListNamespacesOrderBy | str | None = None,
        name: str | None = None,
        organization_id: str | None = None,
        project_id: str | None = None,
        region: str | None = None,
    ) -> RawResponse[ListNamespacesResponse]:
        """List all your namespaces. Answers its RawResponse."""
        return self._client._call_raw(
            LIST_NAMESPACES,
            region,
            {},
            {
                "page": page,
                "page_size": page_size,
                "order_by": order_by,
                "name": name,
                "organization_id": organization_id,
                "project_id": project_id,
            },
            None,
        )

    def list_tokens(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        order_by: ListTokensOrderBy | str | None = None,
        function_id: str | None = None,
        namespace_id: str | None = None,
        region: str | None = None,
    ) -> RawResponse[ListTokensResponse]:
        """List all tokens. Answers its RawResponse."""
        return self._client._call_raw(
            LIST_TOKENS,
            region,
            {},
            {
                "page": page,
                "page_size": page_size,
                "order_by": order_by,
                "function_id": function_id,
                "namespace_id": namespace_id,
            },
            None,
        )

    def list_triggers(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        order_by: ListTriggersOrderBy | str | None = None,
        function_id: str | None = None,
        namespace_id: str | None = None,
        project_id: str | None = None,
        region: str | None = None,
    ) -> RawResponse[ListTriggersResponse]:
        """List all triggers. Answers its RawResponse."""
        return self._client._call_raw(
            LIST_TRIGGERS,
            region,
            {},
            {
                "page": page,
                "page_size": page_size,
                "order_by": order_by,
                "function_id": function_id,
                "namespace_id": namespace_id,
                "project_id": project_id,
            },
            None,
        )

    def update_cron(
        self,
        cron_id: str,
        *,
        function_id: str | None = None,
        schedule: str | None = None,
        args: Mapping[str, Any] | None = None,
        name: str | None = None,
        region: str | None = None,
    ) -> RawResponse[Cron]:
        """Update an existing cron. Answers its RawResponse."""
        return self._client._call_raw(
            UPDATE_CRON,
            region,
            {"cron_id": cron_id},
            {},
            {
                "function_id": function_id,
                "schedule": schedule,
                "args": args,
                "name": name,
            },
        )

    def update_function(
        self,
        function_id: str,
        *,
        environment_variables: Mapping[str, str] | None = None,
        min_scale: int | None = None,
        max_scale: int | None = None,
        runtime: FunctionRuntime | str | None = None,
        memory_limit: Literal[128, 256, 512, 1024, 2048, 3072, 4096] | None = None,
        timeout: float | datetime.timedelta | str | None = None,
        redeploy: bool | None = None,
        handler: str | None = None,
        privacy: FunctionPrivacy | str | None = None,
        description: str | None = None,
        secret_environment_variables: Sequence[Secret] | None = None,
        http_option: FunctionHttpOption | str | None = None,
        sandbox: FunctionSandbox | str | None = None,
        tags: Sequence[str] | None = None,
        private_network_id: str | None = None,
        region: str | None = None,
    ) -> RawResponse[Function]:
        """Update an existing function. Answers its RawResponse."""
        return self._client._call_raw(
            UPDATE_FUNCTION,
            region,
            {"function_id": function_id},
            {},
            {
                "environment_variables": environment_variables,
                "min_scale": min_scale,
                "max_scale": max_scale,
                "runtime": runtime,
                "memory_limit": memory_limit,
                "timeout": duration(timeout),
                "redeploy": redeploy,
                "handler": handler,
                "privacy": privacy,
                "description": description,
                "secret_environment_variables": secret_environment_variables,
                "http_option": http_option,
                "sandbox": sandbox,
                "tags": tags,
                "private_network_id": private_network_id,
            },
        )

    def update_namespace(
        self,
        namespace_id: str,
        *,
        environment_variables: Mapping[str, str] | None = None,
        description: str | None = None,
        secret_environment_variables: Sequence[Secret] | None = None,
        tags: Sequence[str] | None = None,
        region: str | None = None,
    ) -> RawResponse[Namespace]:
        """Update an existing namespace. Answers its RawResponse."""
        return self._client._call_raw(
            UPDATE_NAMESPACE,
            region,
            {"namespace_id": namespace_id},
            {},
            {
                "environment_variables": environment_variables,
                "description": description,
                "secret_environment_variables": secret_environment_variables,
                "tags": tags,
            },
        )

    def update_trigger(
        self,
        trigger_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        sqs_config: UpdateTriggerSqsConfig | None = None,
        region: str | None = None,
    ) -> RawResponse[Trigger]:
        """Update a trigger. Answers its RawResponse."""
        return self._client._call_raw(
            UPDATE_TRIGGER,
            region,
            {"trigger_id": trigger_id},
            {},
            {"name": name, "description": description, "sqs_config": sqs_config},
        )


class AsyncMethods(AsyncAPI):
    """One coroutine per operation of openapi.yaml, and the helpers its extensions call for."""

    async def create_cron(
        self,
        *,
        function_id: str,
        schedule: str,
        args: Mapping[str, Any] | None = None,
        name: str | None = None,
        region: str | None = None,
    ) -> Cron:
        """Create a new cron.

        Create a new cronjob for a function with the specified ID.

        Args:
            function_id: UUID of the function to call on schedule.
            schedule: Schedule of the cron in UNIX cron format: five fields of printable ASCII
                separated by single spaces (e.g. `0 * * * *`).
            args: Arguments passed to the function on each run, as a JSON object (the body of the
                request the cron sends).
            name: Name of the cron.
            region: The region you want to target; the client's region when None.
        """
        return await self._call(
            CREATE_CRON,
            region,
            {},
            {},
            {
                "function_id": function_id,
                "schedule": schedule,
                "args": args,
                "name": name,
            },
        )

    async def create_domain(
        self,
        *,
        hostname: str,
        function_id: str,
        region: str | None = None,
    ) -> Domain:
        """Create a domain name binding.

        Create a domain name binding for the function with the specified ID.

        Args:
            hostname: Hostname to create, a valid DNS name (e.g. `api.example.com`).
            function_id: UUID of the function to bind the hostname to.
            region: The region you want to target; the client's region when None.
        """
        return await self._call(
            CREATE_DOMAIN,
            region,
            {},
            {},
            {"hostname": hostname, "function_id": function_id},
        )

    async def create_function(
        self,
        *,
        namespace_id: str,
        name: str | None = None,
        environment_variables: Mapping[str, str] | None = None,
        min_scale: int | None = None,
        max_scale: int | None = None,
        runtime: FunctionRuntime | str | None = None,
        memory_limit: Literal[128, 256, 512, 1024, 2048, 3072, 4096] | None = None,
        timeout: float | datetime.timedelta | str | None = None,
        handler: str | None = None,
        privacy: FunctionPrivacy | str | None = None,
        description: str | None = None,
        secret_environment_variables: Sequence[Secret] | None = None,
        http_option: FunctionHttpOption | str | None = None,
        sandbox: FunctionSandbox | str | None = None,
        tags: Sequence[str] | None = None,
        private_network_id: str | None = None,
        region: str | None = None,
    ) -> Function:
        """Create a new function.

        Create a new function in the specified region for a specified Organization or Project. A new
        function has status `created`: it has no code until an archive is uploaded and deployed.

        Args:
            namespace_id: UUID of the namespace the function will be created in.
            name: Name of the function to create; generated when omitted.
            environment_variables: Environment variables of the function.
            min_scale: Minimum number of instances to scale the function to.
            max_scale: Maximum number of instances to scale the function to.
            runtime: Runtime to use with the function.
            memory_limit: Memory limit of the function in MB; the vCPU share follows from it.
            timeout: Request processing time limit for the function. (in seconds)
            handler: Handler to use with the function.
            privacy: Privacy setting of the function.
            description: Description of the function.
            secret_environment_variables: Secret environment variables of the function.
            http_option: Configure how HTTP and HTTPS requests are handled. Possible values: -
                redirected: Responds to HTTP request with a 301 redirect to ask the clients to use
                HTTPS. - enabled: Serve both HTTP and HTTPS traffic.
            sandbox: Execution environment of the function.
            tags: Tags of the Serverless Function. Null is the same as absent.
            private_network_id: ID of the Private Network the function is connected to. When
                connected to a Private Network, the function can access other Scaleway resources in
                this Private Network.
            region: The region you want to target; the client's region when None.
        """
        return await self._call(
            CREATE_FUNCTION,
            region,
            {},
            {},
            {
                "name": name,
                "namespace_id": namespace_id,
                "environment_variables": environment_variables,
                "min_scale": min_scale,
                "max_scale": max_scale,
                "runtime": runtime,
                "memory_limit": memory_limit,
                "timeout": duration(timeout),
                "handler": handler,
                "privacy": privacy,
                "description": description,
                "secret_environment_variables": secret_environment_variables,
                "http_option": http_option,
                "sandbox": sandbox,
                "tags": tags,
                "private_network_id": private_network_id,
            },
        )

    async def create_namespace(
        self,
        *,
        name: str | None = None,
        environment_variables: Mapping[str, str] | None = None,
        project_id: str | None = None,
        description: str | None = None,
        secret_environment_variables: Sequence[Secret] | None = None,
        tags: Sequence[str] | None = None,
        activate_vpc_integration: bool | None = None,
        region: str | None = None,
    ) -> Namespace:
        """Create a new namespace.

        Create a new namespace in a specified Organization or Project.

        Args:
            name: Name of the namespace; generated when omitted.
            environment_variables: Environment variables of the namespace.
            project_id: UUID of the project in which the namespace will be created.
            description: Description of the namespace.
            secret_environment_variables: Secret environment variables of the namespace.
            tags: Tags of the Serverless Function Namespace. Null is the same as absent.
            activate_vpc_integration: Deprecated by the API; its value no longer matters.
            region: The region you want to target; the client's region when None.
        """
        return await self._call(
            CREATE_NAMESPACE,
            region,
            {},
            {},
            {
                "name": name,
                "environment_variables": environment_variables,
                "project_id": project_id,
                "description": description,
                "secret_environment_variables": secret_environment_variables,
                "tags": tags,
                "activate_vpc_integration": activate_vpc_integration,
            },
        )

    async def create_token(
        self,
        *,
        function_id: str | None = None,
        namespace_id: str | None = None,
        description: str | None = None,
        expires_at: datetime.datetime | None = None,
        region: str | None = None,
    ) -> Token:
        """Create a new revocable token.

        Create a token that authenticates calls to a private function, or to every function of a
        namespace. Give exactly one of function_id and namespace_id. Deprecated by the API in favour
        of IAM authentication.

        Args:
            function_id: UUID of the function the token gives access to.
            namespace_id: UUID of the namespace whose functions the token gives access to.
            description: Description of the token.
            expires_at: Date on which the token expires. (RFC 3339 format)
            region: The region you want to target; the client's region when None.
        """
        return await self._call(
            CREATE_TOKEN,
            region,
            {},
            {},
            {
                "function_id": function_id,
                "namespace_id": namespace_id,
                "description": description,
                "expires_at": expires_at,
            },
        )

    async def create_trigger(
        self,
        *,
        name: str,
        function_id: str,
        description: str | None = None,
        scw_sqs_config: CreateTriggerMnqSqsConfig | None = None,
        scw_nats_config: CreateTriggerMnqNatsConfig | None = None,
        sqs_config: CreateTriggerSqsConfig | None = None,
        region: str | None = None,
    ) -> Trigger:
        """Create a trigger.

        Create a new trigger for a specified function, reading from exactly one source: a Scaleway
        Messaging and Queuing SQS queue, a NATS subject, or an SQS queue elsewhere.

        Args:
            name: Name of the trigger.
            function_id: UUID of the function to call for each message.
            description: Description of the trigger.
            scw_sqs_config: The Scaleway SQS queue a new trigger reads from.
            scw_nats_config: The Scaleway NATS subject a new trigger listens to.
            sqs_config: The external SQS queue a new trigger reads from.
            region: The region you want to target; the client's region when None.
        """
        return await self._call(
            CREATE_TRIGGER,
            region,
            {},
            {},
            {
                "name": name,
                "function_id": function_id,
                "description": description,
                "scw_sqs_config": scw_sqs_config,
                "scw_nats_config": scw_nats_config,
                "sqs_config": sqs_config,
            },
        )

    async def delete_cron(
        self,
        cron_id: str,
        *,
        region: str | None = None,
    ) -> Cron:
        """Delete an existing cron.

        Delete the cron associated with the specified ID.

        Args:
            cron_id: UUID of the cron.
            region: The region you want to target; the client's region when None.
        """
        return await self._call(DELETE_CRON, region, {"cron_id": cron_id}, {}, None)

    async def delete_domain(
        self,
        domain_id: str,
        *,
        region: str | None = None,
    ) -> Domain:
        """Delete a domain name binding.

        Delete a domain name binding for the function with the specified ID.

        Args:
            domain_id: UUID of the domain.
            region: The region you want to target; the client's region when None.
        """
        return await self._call(
            DELETE_DOMAIN, region, {"domain_id": domain_id}, {}, None
        )

    async def delete_function(
        self,
        function_id: str,
        *,
        region: str | None = None,
    ) -> Function:
        """Delete a function.

        Delete the function associated with the specified ID. The function is returned in status
        `deleting`, then disappears.

        Args:
            function_id: UUID of the function.
            region: The region you want to target; the client's region when None.
        """
        return await self._call(
            DELETE_FUNCTION, region, {"function_id": function_id}, {}, None
        )

    async def delete_namespace(
        self,
        namespace_id: str,
        *,
        region: str | None = None,
    ) -> Namespace:
        """Delete an existing namespace.

        Delete the namespace associated with the specified ID. The namespace is returned in status
        `deleting`, then disappears.

        Args:
            namespace_id: UUID of the namespace.
            region: The region you want to target; the client's region when None.
        """
        return await self._call(
            DELETE_NAMESPACE, region, {"namespace_id": namespace_id}, {}, None
        )

    async def delete_token(
        self,
        token_id: str,
        *,
        region: str | None = None,
    ) -> Token:
        """Delete a token.

        Delete a token, revoking it.

        Args:
            token_id: UUID of the token.
            region: The region you want to target; the client's region when None.
        """
        return await self._call(DELETE_TOKEN, region, {"token_id": token_id}, {}, None)

    async def delete_trigger(
        self,
        trigger_id: str,
        *,
        region: str | None = None,
    ) -> Trigger:
        """Delete a trigger.

        Delete a trigger with a specified ID.

        Args:
            trigger_id: ID of the trigger.
            region: The region you want to target; the client's region when None.
        """
        return await self._call(
            DELETE_TRIGGER, region, {"trigger_id": trigger_id}, {}, None
        )

    async def deploy_function(
        self,
        function_id: str,
        *,
        region: str | None = None,
    ) -> Function:
        """Deploy a function.

        Deploy a function associated with the specified ID. The function goes `pending` while its
        uploaded archive is built, then `ready` or `error`.

        Args:
            function_id: UUID of the function.
            region: The region you want to target; the client's region when None.
        """
        return await self._call(
            DEPLOY_FUNCTION, region, {"function_id": function_id}, {}, {}
        )

    async def get_cron(
        self,
        cron_id: str,
        *,
        region: str | None = None,
    ) -> Cron:
        """Get a cron.

        Get the cron associated with the specified ID.

        Args:
            cron_id: UUID of the cron.
            region: The region you want to target; the client's region when None.
        """
        return await self._call(GET_CRON, region, {"cron_id": cron_id}, {}, None)

    async def get_domain(
        self,
        domain_id: str,
        *,
        region: str | None = None,
    ) -> Domain:
        """Get a domain name binding.

        Get a domain name binding for the function with the specified ID.

        Args:
            domain_id: UUID of the domain.
            region: The region you want to target; the client's region when None.
        """
        return await self._call(GET_DOMAIN, region, {"domain_id": domain_id}, {}, None)

    async def get_function(
        self,
        function_id: str,
        *,
        region: str | None = None,
    ) -> Function:
        """Get a function.

        Get the function associated with the specified ID.

        Args:
            function_id: UUID of the function.
            region: The region you want to target; the client's region when None.
        """
        return await self._call(
            GET_FUNCTION, region, {"function_id": function_id}, {}, None
        )

    async def get_function_download_url(
        self,
        function_id: str,
        *,
        region: str | None = None,
    ) -> DownloadURL:
        """Get a download URL of a function.

        Get a download URL for a function associated with the specified ID. The archive is then
        fetched with a GET of that URL, carrying the returned headers; the storage service needs no
        API token.

        Args:
            function_id: UUID of the function.
            region: The region you want to target; the client's region when None.
        """
        return await self._call(
            GET_FUNCTION_DOWNLOAD_URL, region, {"function_id": function_id}, {}, None
        )

    async def get_function_upload_url(
        self,
        function_id: str,
        content_length: int,
        *,
        region: str | None = None,
    ) -> UploadURL:
        """Get an upload URL of a function.

        Get an upload URL of a function associated with the specified ID. The archive is then sent
        with a PUT to that URL, carrying exactly the returned headers; the storage service needs no
        API token.

        Args:
            function_id: UUID of the function.
            content_length: Size of the archive to upload in bytes.
            region: The region you want to target; the client's region when None.
        """
        return await self._call(
            GET_FUNCTION_UPLOAD_URL,
            region,
            {"function_id": function_id},
            {"content_length": content_length},
            None,
        )

    async def get_namespace(
        self,
        namespace_id: str,
        *,
        region: str | None = None,
    ) -> Namespace:
        """Get a namespace.

        Get the namespace associated with the specified ID.

        Args:
            namespace_id: UUID of the namespace.
            region: The region you want to target; the client's region when None.
        """
        return await self._call(
            GET_NAMESPACE, region, {"namespace_id": namespace_id}, {}, None
        )

    async def get_token(
        self,
        token_id: str,
        *,
        region: str | None = None,
    ) -> Token:
        """Get a token.

        Args:
            token_id: UUID of the token.
            region: The region you want to target; the client's region when None.
        """
        return await self._call(GET_TOKEN, region, {"token_id": token_id}, {}, None)

    async def get_trigger(
        self,
        trigger_id: str,
        *,
        region: str | None = None,
    ) -> Trigger:
        """Get a trigger.

        Get a trigger with a specified ID.

        Args:
            trigger_id: ID of the trigger.
            region: The region you want to target; the client's region when None.
        """
        return await self._call(
            GET_TRIGGER, region, {"trigger_id": trigger_id}, {}, None
        )

    async def list_crons(
        self,
        function_id: str,
        *,
        page: int | None = None,
        page_size: int | None = None,
        order_by: ListCronsOrderBy | str | None = None,
        region: str | None = None,
    ) -> ListCronsResponse:
        """List all crons.

        List all the cronjobs in a specified region.

        Args:
            function_id: UUID of the function.
            page: Page number.
            page_size: Number of crons per page.
            order_by: Order of the crons.
            region: The region you want to target; the client's region when None.
        """
        return await self._call(
            LIST_CRONS,
            region,
            {},
            {
                "function_id": function_id,
                "page": page,
                "page_size": page_size,
                "order_by": order_by,
            },
            None,
        )

    def iter_crons(
        self,
        function_id: str,
        *,
        order_by: ListCronsOrderBy | str | None = None,
        page_size: int = 100,
        concurrency: int | None = None,
        region: str | None = None,
    ) -> AsyncPaginator[Cron, ListCronsResponse]:
        """List all crons.

        List all the cronjobs in a specified region.

        Returns a lazy iterator of every item, page after page; `.pages()` gives the responses
        instead.

        Args:
            function_id: UUID of the function.
            order_by: Order of the crons.
            page_size: Items per request.
            concurrency: Pages in flight once the first page gave the total (the client's default,
                8, when None).
            region: The region you want to target; the client's region when None.
        """
        return self._paginate(
            LIST_CRONS,
            CRON_MODEL,
            region,
            {"function_id": function_id, "order_by": order_by},
            page_size,
            concurrency,
        )

    async def list_domains(
        self,
        function_id: str,
        *,
        page: int | None = None,
        page_size: int | None = None,
        order_by: ListDomainsOrderBy | str | None = None,
        region: str | None = None,
    ) -> ListDomainsResponse:
        """List all domain name bindings.

        List all domain name bindings in a specified region.

        Args:
            function_id: UUID of the function the domain is associated with.
            page: Page number.
            page_size: Number of domains per page.
            order_by: Order of the domains.
            region: The region you want to target; the client's region when None.
        """
        return await self._call(
            LIST_DOMAINS,
            region,
            {},
            {
                "function_id": function_id,
                "page": page,
                "page_size": page_size,
                "order_by": order_by,
            },
            None,
        )

    def iter_domains(
        self,
        function_id: str,
        *,
        order_by: ListDomainsOrderBy | str | None = None,
        page_size: int = 100,
        concurrency: int | None = None,
        region: str | None = None,
    ) -> AsyncPaginator[Domain, ListDomainsResponse]:
        """List all domain name bindings.

        List all domain name bindings in a specified region.

        Returns a lazy iterator of every item, page after page; `.pages()` gives the responses
        instead.

        Args:
            function_id: UUID of the function the domain is associated with.
            order_by: Order of the domains.
            page_size: Items per request.
            concurrency: Pages in flight once the first page gave the total (the client's default,
                8, when None).
            region: The region you want to target; the client's region when None.
        """
        return self._paginate(
            LIST_DOMAINS,
            DOMAIN_MODEL,
            region,
            {"function_id": function_id, "order_by": order_by},
            page_size,
            concurrency,
        )

    async def list_function_runtimes(
        self,
        *,
        region: str | None = None,
    ) -> ListFunctionRuntimesResponse:
        """List function runtimes.

        List available function runtimes.

        Args:
            region: The region you want to target; the client's region when None.
        """
        return await self._call(LIST_FUNCTION_RUNTIMES, region, {}, {}, None)

    async def list_functions(
        self,
        namespace_id: str,
        *,
        page: int | None = None,
        page_size: int | None = None,
        order_by: ListFunctionsOrderBy | str | None = None,
        name: str | None = None,
        organization_id: str | None = None,
        project_id: str | None = None,
        region: str | None = None,
    ) -> ListFunctionsResponse:
        """List all your functions.

        Args:
            namespace_id: UUID of the namespace the function belongs to.
            page: Page number.
            page_size: Number of functions per page.
            order_by: Order of the functions.
            name: Name of the function.
            organization_id: UUID of the Organization the function belongs to.
            project_id: UUID of the Project the function belongs to.
            region: The region you want to target; the client's region when None.
        """
        return await self._call(
            LIST_FUNCTIONS,
            region,
            {},
            {
                "namespace_id": namespace_id,
                "page": page,
                "page_size": page_size,
                "order_by": order_by,
                "name": name,
                "organization_id": organization_id,
                "project_id": project_id,
            },
            None,
        )

    def iter_functions(
        self,
        namespace_id: str,
        *,
        order_by: ListFunctionsOrderBy | str | None = None,
        name: str | None = None,
        organization_id: str | None = None,
        project_id: str | None = None,
        page_size: int = 100,
        concurrency: int | None = None,
        region: str | None = None,
    ) -> AsyncPaginator[Function, ListFunctionsResponse]:
        """List all your functions.

        Returns a lazy iterator of every item, page after page; `.pages()` gives the responses
        instead.

        Args:
            namespace_id: UUID of the namespace the function belongs to.
            order_by: Order of the functions.
            name: Name of the function.
            organization_id: UUID of the Organization the function belongs to.
            project_id: UUID of the Project the function belongs to.
            page_size: Items per request.
            concurrency: Pages in flight once the first page gave the total (the client's default,
                8, when None).
            region: The region you want to target; the client's region when None.
        """
        return self._paginate(
            LIST_FUNCTIONS,
            FUNCTION_MODEL,
            region,
            {
                "namespace_id": namespace_id,
                "order_by": order_by,
                "name": name,
                "organization_id": organization_id,
                "project_id": project_id,
            },
            page_size,
            concurrency,
        )

    async def list_namespace_functions(
        self,
        namespace_id: str,
        *,
        page: int | None = None,
        page_size: int | None = None,
        order_by: ListFunctionsOrderBy | str | None = None,
        name: str | None = None,
        region: str | None = None,
    ) -> ListFunctionsResponse:
        """List the functions of a namespace (older route).

        The same answer as listFunctions for this namespace. An older route that the API still
        serves and that the Serverless Framework plugin calls; new code should call listFunctions.

        Args:
            namespace_id: UUID of the namespace.
            page: Page number.
            page_size: Number of functions per page.
            order_by: Order of the functions.
            name: Name of the function.
            region: The region you want to target; the client's region when None.
        """
        return await self._call(
            LIST_NAMESPACE_FUNCTIONS,
            region,
            {"namespace_id": namespace_id},
            {"page": page, "page_size": page_size, "order_by": order_by, "name": name},
            None,
        )

    async def list_namespaces(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        order_by: ListNamespacesOrderBy | str | None = None,
        name: str | None = None,
        organization_id: str | None = None,
        project_id: str | None = None,
        region: str | None = None,
    ) -> ListNamespacesResponse:
        """List all your namespaces.

        List all existing namespaces in the specified region.

        Args:
            page: Page number.
            page_size: Number of namespaces per page.
            order_by: Order of the namespaces.
            name: Name of the namespace.
            organization_id: UUID of the Organization the namespace belongs to.
            project_id: UUID of the Project the namespace belongs to.
            region: The region you want to target; the client's region when None.
        """
        return await self._call(
            LIST_NAMESPACES,
            region,
            {},
            {
                "page": page,
                "page_size": page_size,
                "order_by": order_by,
                "name": name,
                "organization_id": organization_id,
                "project_id": project_id,
            },
            None,
        )

    def iter_namespaces(
        self,
        *,
        order_by: ListNamespacesOrderBy | str | None = None,
        name: str | None = None,
        organization_id: str | None = None,
        project_id: str | None = None,
        page_size: int = 100,
        concurrency: int | None = None,
        region: str | None = None,
    ) -> AsyncPaginator[Namespace, ListNamespacesResponse]:
        """List all your namespaces.

        List all existing namespaces in the specified region.

        Returns a lazy iterator of every item, page after page; `.pages()` gives the responses
        instead.

        Args:
            order_by: Order of the namespaces.
            name: Name of the namespace.
            organization_id: UUID of the Organization the namespace belongs to.
            project_id: UUID of the Project the namespace belongs to.
            page_size: Items per request.
            concurrency: Pages in flight once the first page gave the total (the client's default,
                8, when None).
            region: The region you want to target; the client's region when None.
        """
        return self._paginate(
            LIST_NAMESPACES,
            NAMESPACE_MODEL,
            region,
            {
                "order_by": order_by,
                "name": name,
                "organization_id": organization_id,
                "project_id": project_id,
            },
            page_size,
            concurrency,
        )

    async def list_tokens(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        order_by: ListTokensOrderBy | str | None = None,
        function_id: str | None = None,
        namespace_id: str | None = None,
        region: str | None = None,
    ) -> ListTokensResponse:
        """List all tokens.

        List all tokens of a function or a namespace.

        Args:
            page: Page number.
            page_size: Number of tokens per page.
            order_by: Sort order for the tokens.
            function_id: UUID of the function the token is associated with.
            namespace_id: UUID of the namespace the token is associated with.
            region: The region you want to target; the client's region when None.
        """
        return await self._call(
            LIST_TOKENS,
            region,
            {},
            {
                "page": page,
                "page_size": page_size,
                "order_by": order_by,
                "function_id": function_id,
                "namespace_id": namespace_id,
            },
            None,
        )

    def iter_tokens(
        self,
        *,
        order_by: ListTokensOrderBy | str | None = None,
        function_id: str | None = None,
        namespace_id: str | None = None,
        page_size: int = 100,
        concurrency: int | None = None,
        region: str | None = None,
    ) -> AsyncPaginator[Token, ListTokensResponse]:
        """List all tokens.

        List all tokens of a function or a namespace.

        Returns a lazy iterator of every item, page after page; `.pages()` gives the responses
        instead.

        Args:
            order_by: Sort order for the tokens.
            function_id: UUID of the function the token is associated with.
            namespace_id: UUID of the namespace the token is associated with.
            page_size: Items per request.
            concurrency: Pages in flight once the first page gave the total (the client's default,
                8, when None).
            region: The region you want to target; the client's region when None.
        """
        return self._paginate(
            LIST_TOKENS,
            TOKEN_MODEL,
            region,
            {
                "order_by": order_by,
                "function_id": function_id,
                "namespace_id": namespace_id,
            },
            page_size,
            concurrency,
        )

    async def list_triggers(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        order_by: ListTriggersOrderBy | str | None = None,
        function_id: str | None = None,
        namespace_id: str | None = None,
        project_id: str | None = None,
        region: str | None = None,
    ) -> ListTriggersResponse:
        """List all triggers.

        List all triggers belonging to a specified Organization or Project. At most one of
        function_id, namespace_id and project_id filters the list.

        Args:
            page: Page number.
            page_size: Maximum number of triggers to return per page.
            order_by: Order in which to return results.
            function_id: ID of the function the triggers belong to.
            namespace_id: ID of the namespace the triggers' functions belong to.
            project_id: ID of the Project the triggers belong to.
            region: The region you want to target; the client's region when None.
        """
        return await self._call(
            LIST_TRIGGERS,
            region,
            {},
            {
                "page": page,
                "page_size": page_size,
                "order_by": order_by,
                "function_id": function_id,
                "namespace_id": namespace_id,
                "project_id": project_id,
            },
            None,
        )

    def iter_triggers(
        self,
        *,
        order_by: ListTriggersOrderBy | str | None = None,
        function_id: str | None = None,
        namespace_id: str | None = None,
        project_id: str | None = None,
        page_size: int = 100,
        concurrency: int | None = None,
        region: str | None = None,
    ) -> AsyncPaginator[Trigger, ListTriggersResponse]:
        """List all triggers.

        List all triggers belonging to a specified Organization or Project. At most one of
        function_id, namespace_id and project_id filters the list.

        Returns a lazy iterator of every item, page after page; `.pages()` gives the responses
        instead.

        Args:
            order_by: Order in which to return results.
            function_id: ID of the function the triggers belong to.
            namespace_id: ID of the namespace the triggers' functions belong to.
            project_id: ID of the Project the triggers belong to.
            page_size: Items per request.
            concurrency: Pages in flight once the first page gave the total (the client's default,
                8, when None).
            region: The region you want to target; the client's region when None.
        """
        return self._paginate(
            LIST_TRIGGERS,
            TRIGGER_MODEL,
            region,
            {
                "order_by": order_by,
                "function_id": function_id,
                "namespace_id": namespace_id,
                "project_id": project_id,
            },
            page_size,
            concurrency,
        )

    async def update_cron(
        self,
        cron_id: str,
        *,
        function_id: str | None = None,
        schedule: str | None = None,
        args: Mapping[str, Any] | None = None,
        name: str | None = None,
        region: str | None = None,
    ) -> Cron:
        """Update an existing cron.

        Update the cron associated with the specified ID.

        Args:
            cron_id: UUID of the cron.
            function_id: UUID of the function to call on schedule.
            schedule: Schedule of the cron in UNIX cron format: five fields of printable ASCII
                separated by single spaces (e.g. `0 * * * *`).
            args: Arguments passed to the function on each run, as a JSON object (the body of the
                request the cron sends).
            name: Name of the cron.
            region: The region you want to target; the client's region when None.
        """
        return await self._call(
            UPDATE_CRON,
            region,
            {"cron_id": cron_id},
            {},
            {
                "function_id": function_id,
                "schedule": schedule,
                "args": args,
                "name": name,
            },
        )

    async def update_function(
        self,
        function_id: str,
        *,
        environment_variables: Mapping[str, str] | None = None,
        min_scale: int | None = None,
        max_scale: int | None = None,
        runtime: FunctionRuntime | str | None = None,
        memory_limit: Literal[128, 256, 512, 1024, 2048, 3072, 4096] | None = None,
        timeout: float | datetime.timedelta | str | None = None,
        redeploy: bool | None = None,
        handler: str | None = None,
        privacy: FunctionPrivacy | str | None = None,
        description: str | None = None,
        secret_environment_variables: Sequence[Secret] | None = None,
        http_option: FunctionHttpOption | str | None = None,
        sandbox: FunctionSandbox | str | None = None,
        tags: Sequence[str] | None = None,
        private_network_id: str | None = None,
        region: str | None = None,
    ) -> Function:
        """Update an existing function.

        Update the function associated with the specified ID. When updating a function, the function
        is automatically redeployed to apply the changes. This behavior can be changed by setting
        the redeploy field to false in the request.

        Args:
            function_id: UUID of the function.
            environment_variables: Environment variables of the function to update.
            min_scale: Minimum number of instances to scale the function to.
            max_scale: Maximum number of instances to scale the function to.
            runtime: Runtime to use with the function.
            memory_limit: Memory limit of the function in MB; the vCPU share follows from it.
            timeout: Processing time limit for the function. (in seconds)
            redeploy: Redeploy failed function. Set it to false to apply the update without
                redeploying.
            handler: Handler to use with the function.
            privacy: Privacy setting of the function.
            description: Description of the function.
            secret_environment_variables: Secret environment variables of the function. During an
                update, secret environment variables that are not specified in this field will be
                kept unchanged. In order to delete a specific secret environment variable, you must
                reference its key, but not provide any value for it; for example
                `{"secret_environment_variables": [{"key": "TO_DELETE"}]}` deletes the TO_DELETE
                secret environment variable.
            http_option: Configure how HTTP and HTTPS requests are handled. Possible values: -
                redirected: Responds to HTTP request with a 301 redirect to ask the clients to use
                HTTPS. - enabled: Serve both HTTP and HTTPS traffic.
            sandbox: Execution environment of the function.
            tags: Tags of the Serverless Function. Null is the same as absent.
            private_network_id: ID of the Private Network the function is connected to. When
                connected to a Private Network, the function can access other Scaleway resources in
                this Private Network. An empty string detaches the function: it is then answered as
                null.
            region: The region you want to target; the client's region when None.
        """
        return await self._call(
            UPDATE_FUNCTION,
            region,
            {"function_id": function_id},
            {},
            {
                "environment_variables": environment_variables,
                "min_scale": min_scale,
                "max_scale": max_scale,
                "runtime": runtime,
                "memory_limit": memory_limit,
                "timeout": duration(timeout),
                "redeploy": redeploy,
                "handler": handler,
                "privacy": privacy,
                "description": description,
                "secret_environment_variables": secret_environment_variables,
                "http_option": http_option,
                "sandbox": sandbox,
                "tags": tags,
                "private_network_id": private_network_id,
            },
        )

    async def update_namespace(
        self,
        namespace_id: str,
        *,
        environment_variables: Mapping[str, str] | None = None,
        description: str | None = None,
        secret_environment_variables: Sequence[Secret] | None = None,
        tags: Sequence[str] | None = None,
        region: str | None = None,
    ) -> Namespace:
        """Update an existing namespace.

        Update the namespace associated with the specified ID.

        Args:
            namespace_id: UUID of the namespace.
            environment_variables: Environment variables of the namespace.
            description: Description of the namespace.
            secret_environment_variables: Secret environment variables of the namespace. Secrets not
                named here are kept; a key with no value deletes that secret.
            tags: Tags of the Serverless Function Namespace. Null is the same as absent.
            region: The region you want to target; the client's region when None.
        """
        return await self._call(
            UPDATE_NAMESPACE,
            region,
            {"namespace_id": namespace_id},
            {},
            {
                "environment_variables": environment_variables,
                "description": description,
                "secret_environment_variables": secret_environment_variables,
                "tags": tags,
            },
        )

    async def update_trigger(
        self,
        trigger_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        sqs_config: UpdateTriggerSqsConfig | None = None,
        region: str | None = None,
    ) -> Trigger:
        """Update a trigger.

        Update a trigger with a specified ID.

        Args:
            trigger_id: ID of the trigger.
            name: Name of the trigger.
            description: Description of the trigger.
            sqs_config: New credentials for an external SQS queue.
            region: The region you want to target; the client's region when None.
        """
        return await self._call(
            UPDATE_TRIGGER,
            region,
            {"trigger_id": trigger_id},
            {},
            {"name": name, "description": description, "sqs_config": sqs_config},
        )

    async def wait_for_cron(
        self,
        cron_id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float | None = None,
        on_progress: Callable[[Cron], None] | None = None,
        region: str | None = None,
    ) -> Cron:
        """Poll the cron until it is ready; raise if it fails or the timeout passes.

        The first poll is immediate; then the delay grows from about half a second to a few.

        Args:
            cron_id: UUID of the cron.
            timeout: Seconds to wait at most, polls included.
            poll_interval: Seconds between polls, instead of the growing delay.
            on_progress: Called with the cron whenever its status or build message changes.
            region: The region you want to target; the client's region when None.
        """
        return await self._wait(
            CRON_WAITER, cron_id, region, timeout, poll_interval, on_progress
        )

    async def wait_for_domain(
        self,
        domain_id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float | None = None,
        on_progress: Callable[[Domain], None] | None = None,
        region: str | None = None,
    ) -> Domain:
        """Poll the domain until it is ready; raise if it fails or the timeout passes.

        The first poll is immediate; then the delay grows from about half a second to a few.

        Args:
            domain_id: UUID of the domain.
            timeout: Seconds to wait at most, polls included.
            poll_interval: Seconds between polls, instead of the growing delay.
            on_progress: Called with the domain whenever its status or build message changes.
            region: The region you want to target; the client's region when None.
        """
        return await self._wait(
            DOMAIN_WAITER, domain_id, region, timeout, poll_interval, on_progress
        )

    async def wait_for_function(
        self,
        function_id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float | None = None,
        on_progress: Callable[[Function], None] | None = None,
        region: str | None = None,
    ) -> Function:
        """Poll the function until it is ready; raise if it fails or the timeout passes.

        The first poll is immediate; then the delay grows from about half a second to a few.

        Args:
            function_id: UUID of the function.
            timeout: Seconds to wait at most, polls included.
            poll_interval: Seconds between polls, instead of the growing delay.
            on_progress: Called with the function whenever its status or build message changes.
            region: The region you want to target; the client's region when None.
        """
        return await self._wait(
            FUNCTION_WAITER, function_id, region, timeout, poll_interval, on_progress
        )

    async def wait_for_namespace(
        self,
        namespace_id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float | None = None,
        on_progress: Callable[[Namespace], None] | None = None,
        region: str | None = None,
    ) -> Namespace:
        """Poll the namespace until it is ready; raise if it fails or the timeout passes.

        The first poll is immediate; then the delay grows from about half a second to a few.

        Args:
            namespace_id: UUID of the namespace.
            timeout: Seconds to wait at most, polls included.
            poll_interval: Seconds between polls, instead of the growing delay.
            on_progress: Called with the namespace whenever its status or build message changes.
            region: The region you want to target; the client's region when None.
        """
        return await self._wait(
            NAMESPACE_WAITER, namespace_id, region, timeout, poll_interval, on_progress
        )

    async def wait_for_token(
        self,
        token_id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float | None = None,
        on_progress: Callable[[Token], None] | None = None,
        region: str | None = None,
    ) -> Token:
        """Poll the token until it is ready; raise if it fails or the timeout passes.

        The first poll is immediate; then the delay grows from about half a second to a few.

        Args:
            token_id: UUID of the token.
            timeout: Seconds to wait at most, polls included.
            poll_interval: Seconds between polls, instead of the growing delay.
            on_progress: Called with the token whenever its status or build message changes.
            region: The region you want to target; the client's region when None.
        """
        return await self._wait(
            TOKEN_WAITER, token_id, region, timeout, poll_interval, on_progress
        )

    async def wait_for_trigger(
        self,
        trigger_id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float | None = None,
        on_progress: Callable[[Trigger], None] | None = None,
        region: str | None = None,
    ) -> Trigger:
        """Poll the trigger until it is ready; raise if it fails or the timeout passes.

        The first poll is immediate; then the delay grows from about half a second to a few.

        Args:
            trigger_id: ID of the trigger.
            timeout: Seconds to wait at most, polls included.
            poll_interval: Seconds between polls, instead of the growing delay.
            on_progress: Called with the trigger whenever its status or build message changes.
            region: The region you want to target; the client's region when None.
        """
        return await self._wait(
            TRIGGER_WAITER, trigger_id, region, timeout, poll_interval, on_progress
        )

    async def upload_function_code(
        self,
        function_id: str,
        source: Source,
        *,
        on_progress: ProgressCallback | None = None,
        region: str | None = None,
    ) -> UploadResult:
        """Upload a function's code: a directory (zipped for you), a .zip file, or zip bytes.

        Directories leave out .git, __pycache__/, *.pyc, /.scwignore, .env, .env.* and
        .scwignore patterns; over 104857600 bytes is refused before any request.

        Args:
            function_id: UUID of the function.
            source: The code: a directory, a .zip file, or zip bytes.
            on_progress: Called with (bytes sent, total bytes) while the archive uploads.
            region: The region you want to target; the client's region when None.
        """
        return await self._upload_code(
            GET_FUNCTION_UPLOAD_URL_CODE, function_id, source, region, on_progress
        )

    async def deploy_function_code(
        self,
        function_id: str,
        source: Source,
        *,
        wait: bool = True,
        timeout: float = 600.0,
        on_progress: Callable[[Function], None] | None = None,
        on_upload_progress: ProgressCallback | None = None,
        region: str | None = None,
    ) -> Function:
        """Upload the code, deploy it, and (unless `wait=False`) wait until the function is ready.

        Args:
            function_id: UUID of the function.
            source: The code: a directory, a .zip file, or zip bytes.
            wait: Whether to wait for the deployment to end.
            timeout: Seconds to wait at most for the deployment.
            on_progress: Called with the function whenever its status or build message changes.
            on_upload_progress: Called with (bytes sent, total bytes) while the archive uploads.
            region: The region you want to target; the client's region when None.
        """
        await self._upload_code(
            GET_FUNCTION_UPLOAD_URL_CODE,
            function_id,
            source,
            region,
            on_upload_progress,
        )
        deployed = await self._call(
            DEPLOY_FUNCTION, region, {"function_id": function_id}, {}, {}
        )
        if not wait:
            return deployed
        return await self._wait(
            FUNCTION_WAITER, function_id, region, timeout, None, on_progress
        )

    async def download_function_code(
        self,
        function_id: str,
        destination: Destination,
        *,
        region: str | None = None,
    ) -> DownloadResult:
        """Download the zip archive a function runs to `destination` (a file path), with no credentials sent to the storage service.

        The file appears whole or not at all: it is written beside the destination, then renamed.

        Args:
            function_id: UUID of the function.
            destination: The file to write (replaced if it exists).
            region: The region you want to target; the client's region when None.
        """
        return await self._download_code(
            GET_FUNCTION_DOWNLOAD_URL_CODE, function_id, destination, region
        )


class AsyncRawMethods:
    """`with_raw_response`: each operation, answering a RawResponse (status, headers, request id; `.parse()` gives the model)."""

    def __init__(self, client: AsyncAPI) -> None:
        self._client = client

    async def create_cron(
        self,
        *,
        function_id: str,
        schedule: str,
        args: Mapping[str, Any] | None = None,
        name: str | None = None,
        region: str | None = None,
    ) -> RawResponse[Cron]:
        """Create a new cron. Answers its RawResponse."""
        return await self._client._call_raw(
            CREATE_CRON,
            region,
            {},
            {},
            {
                "function_id": function_id,
                "schedule": schedule,
                "args": args,
                "name": name,
            },
        )

    async def create_domain(
        self,
        *,
        hostname: str,
        function_id: str,
        region: str | None = None,
    ) -> RawResponse[Domain]:
        """Create a domain name binding. Answers its RawResponse."""
        return await self._client._call_raw(
            CREATE_DOMAIN,
            region,
            {},
            {},
            {"hostname": hostname, "function_id": function_id},
        )

    async def create_function(
        self,
        *,
        namespace_id: str,
        name: str | None = None,
        environment_variables: Mapping[str, str] | None = None,
        min_scale: int | None = None,
        max_scale: int | None = None,
        runtime: FunctionRuntime | str | None = None,
        memory_limit: Literal[128, 256, 512, 1024, 2048, 3072, 4096] | None = None,
        timeout: float | datetime.timedelta | str | None = None,
        handler: str | None = None,
        privacy: FunctionPrivacy | str | None = None,
        description: str | None = None,
        secret_environment_variables: Sequence[Secret] | None = None,
        http_option: FunctionHttpOption | str | None = None,
        sandbox: FunctionSandbox | str | None = None,
        tags: Sequence[str] | None = None,
        private_network_id: str | None = None,
        region: str | None = None,
    ) -> RawResponse[Function]:
        """Create a new function. Answers its RawResponse."""
        return await self._client._call_raw(
            CREATE_FUNCTION,
            region,
            {},
            {},
            {
                "name": name,
                "namespace_id": namespace_id,
                "environment_variables": environment_variables,
                "min_scale": min_scale,
                "max_scale": max_scale,
                "runtime": runtime,
                "memory_limit": memory_limit,
                "timeout": duration(timeout),
                "handler": handler,
                "privacy": privacy,
                "description": description,
                "secret_environment_variables": secret_environment_variables,
                "http_option": http_option,
                "sandbox": sandbox,
                "tags": tags,
                "private_network_id": private_network_id,
            },
        )

    async def create_namespace(
        self,
        *,
        name: str | None = None,
        environment_variables: Mapping[str, str] | None = None,
        project_id: str | None = None,
        description: str | None = None,
        secret_environment_variables: Sequence[Secret] | None = None,
        tags: Sequence[str] | None = None,
        activate_vpc_integration: bool | None = None,
        region: str | None = None,
    ) -> RawResponse[Namespace]:
        """Create a new namespace. Answers its RawResponse."""
        return await self._client._call_raw(
            CREATE_NAMESPACE,
            region,
            {},
            {},
            {
                "name": name,
                "environment_variables": environment_variables,
                "project_id": project_id,
                "description": description,
                "secret_environment_variables": secret_environment_variables,
                "tags": tags,
                "activate_vpc_integration": activate_vpc_integration,
            },
        )

    async def create_token(
        self,
        *,
        function_id: str | None = None,
        namespace_id: str | None = None,
        description: str | None = None,
        expires_at: datetime.datetime | None = None,
        region: str | None = None,
    ) -> RawResponse[Token]:
        """Create a new revocable token. Answers its RawResponse."""
        return await self._client._call_raw(
            CREATE_TOKEN,
            region,
            {},
            {},
            {
                "function_id": function_id,
                "namespace_id": namespace_id,
                "description": description,
                "expires_at": expires_at,
            },
        )

    async def create_trigger(
        self,
        *,
        name: str,
        function_id: str,
        description: str | None = None,
        scw_sqs_config: CreateTriggerMnqSqsConfig | None = None,
        scw_nats_config: CreateTriggerMnqNatsConfig | None = None,
        sqs_config: CreateTriggerSqsConfig | None = None,
        region: str | None = None,
    ) -> RawResponse[Trigger]:
        """Create a trigger. Answers its RawResponse."""
        return await self._client._call_raw(
            CREATE_TRIGGER,
            region,
            {},
            {},
            {
                "name": name,
                "function_id": function_id,
                "description": description,
                "scw_sqs_config": scw_sqs_config,
                "scw_nats_config": scw_nats_config,
                "sqs_config": sqs_config,
            },
        )

    async def delete_cron(
        self,
        cron_id: str,
        *,
        region: str | None = None,
    ) -> RawResponse[Cron]:
        """Delete an existing cron. Answers its RawResponse."""
        return await self._client._call_raw(
            DELETE_CRON, region, {"cron_id": cron_id}, {}, None
        )

    async def delete_domain(
        self,
        domain_id: str,
        *,
        region: str | None = None,
    ) -> RawResponse[Domain]:
        """Delete a domain name binding. Answers its RawResponse."""
        return await self._client._call_raw(
            DELETE_DOMAIN, region, {"domain_id": domain_id}, {}, None
        )

    async def delete_function(
        self,
        function_id: str,
        *,
        region: str | None = None,
    ) -> RawResponse[Function]:
        """Delete a function. Answers its RawResponse."""
        return await self._client._call_raw(
            DELETE_FUNCTION, region, {"function_id": function_id}, {}, None
        )

    async def delete_namespace(
        self,
        namespace_id: str,
        *,
        region: str | None = None,
    ) -> RawResponse[Namespace]:
        """Delete an existing namespace. Answers its RawResponse."""
        return await self._client._call_raw(
            DELETE_NAMESPACE, region, {"namespace_id": namespace_id}, {}, None
        )

    async def delete_token(
        self,
        token_id: str,
        *,
        region: str | None = None,
    ) -> RawResponse[Token]:
        """Delete a token. Answers its RawResponse."""
        return await self._client._call_raw(
            DELETE_TOKEN, region, {"token_id": token_id}, {}, None
        )

    async def delete_trigger(
        self,
        trigger_id: str,
        *,
        region: str | None = None,
    ) -> RawResponse[Trigger]:
        """Delete a trigger. Answers its RawResponse."""
        return await self._client._call_raw(
            DELETE_TRIGGER, region, {"trigger_id": trigger_id}, {}, None
        )

    async def deploy_function(
        self,
        function_id: str,
        *,
        region: str | None = None,
    ) -> RawResponse[Function]:
        """Deploy a function. Answers its RawResponse."""
        return await self._client._call_raw(
            DEPLOY_FUNCTION, region, {"function_id": function_id}, {}, {}
        )

    async def get_cron(
        self,
        cron_id: str,
        *,
        region: str | None = None,
    ) -> RawResponse[Cron]:
        """Get a cron. Answers its RawResponse."""
        return await self._client._call_raw(
            GET_CRON, region, {"cron_id": cron_id}, {}, None
        )

    async def get_domain(
        self,
        domain_id: str,
        *,
        region: str | None = None,
    ) -> RawResponse[Domain]:
        """Get a domain name binding. Answers its RawResponse."""
        return await self._client._call_raw(
            GET_DOMAIN, region, {"domain_id": domain_id}, {}, None
        )

    async def get_function(
        self,
        function_id: str,
        *,
        region: str | None = None,
    ) -> RawResponse[Function]:
        """Get a function. Answers its RawResponse."""
        return await self._client._call_raw(
            GET_FUNCTION, region, {"function_id": function_id}, {}, None
        )

    async def get_function_download_url(
        self,
        function_id: str,
        *,
        region: str | None = None,
    ) -> RawResponse[DownloadURL]:
        """Get a download URL of a function. Answers its RawResponse."""
        return await self._client._call_raw(
            GET_FUNCTION_DOWNLOAD_URL, region, {"function_id": function_id}, {}, None
        )

    async def get_function_upload_url(
        self,
        function_id: str,
        content_length: int,
        *,
        region: str | None = None,
    ) -> RawResponse[UploadURL]:
        """Get an upload URL of a function. Answers its RawResponse."""
        return await self._client._call_raw(
            GET_FUNCTION_UPLOAD_URL,
            region,
            {"function_id": function_id},
            {"content_length": content_length},
            None,
        )

    async def get_namespace(
        self,
        namespace_id: str,
        *,
        region: str | None = None,
    ) -> RawResponse[Namespace]:
        """Get a namespace. Answers its RawResponse."""
        return await self._client._call_raw(
            GET_NAMESPACE, region, {"namespace_id": namespace_id}, {}, None
        )

    async def get_token(
        self,
        token_id: str,
        *,
        region: str | None = None,
    ) -> RawResponse[Token]:
        """Get a token. Answers its RawResponse."""
        return await self._client._call_raw(
            GET_TOKEN, region, {"token_id": token_id}, {}, None
        )

    async def get_trigger(
        self,
        trigger_id: str,
        *,
        region: str | None = None,
    ) -> RawResponse[Trigger]:
        """Get a trigger. Answers its RawResponse."""
        return await self._client._call_raw(
            GET_TRIGGER, region, {"trigger_id": trigger_id}, {}, None
        )

    async def list_crons(
        self,
        function_id: str,
        *,
        page: int | None = None,
        page_size: int | None = None,
        order_by: ListCronsOrderBy | str | None = None,
        region: str | None = None,
    ) -> RawResponse[ListCronsResponse]:
        """List all crons. Answers its RawResponse."""
        return await self._client._call_raw(
            LIST_CRONS,
            region,
            {},
            {
                "function_id": function_id,
                "page": page,
                "page_size": page_size,
                "order_by": order_by,
            },
            None,
        )

    async def list_domains(
        self,
        function_id: str,
        *,
        page: int | None = None,
        page_size: int | None = None,
        order_by: ListDomainsOrderBy | str | None = None,
        region: str | None = None,
    ) -> RawResponse[ListDomainsResponse]:
        """List all domain name bindings. Answers its RawResponse."""
        return await self._client._call_raw(
            LIST_DOMAINS,
            region,
            {},
            {
                "function_id": function_id,
                "page": page,
                "page_size": page_size,
                "order_by": order_by,
            },
            None,
        )

    async def list_function_runtimes(
        self,
        *,
        region: str | None = None,
    ) -> RawResponse[ListFunctionRuntimesResponse]:
        """List function runtimes. Answers its RawResponse."""
        return await self._client._call_raw(
            LIST_FUNCTION_RUNTIMES, region, {}, {}, None
        )

    async def list_functions(
        self,
        namespace_id: str,
        *,
        page: int | None = None,
        page_size: int | None = None,
        order_by: ListFunctionsOrderBy | str | None = None,
        name: str | None = None,
        organization_id: str | None = None,
        project_id: str | None = None,
        region: str | None = None,
    ) -> RawResponse[ListFunctionsResponse]:
        """List all your functions. Answers its RawResponse."""
        return await self._client._call_raw(
            LIST_FUNCTIONS,
            region,
            {},
            {
                "namespace_id": namespace_id,
                "page": page,
                "page_size": page_size,
                "order_by": order_by,
                "name": name,
                "organization_id": organization_id,
                "project_id": project_id,
            },
            None,
        )

    async def list_namespace_functions(
        self,
        namespace_id: str,
        *,
        page: int | None = None,
        page_size: int | None = None,
        order_by: ListFunctionsOrderBy | str | None = None,
        name: str | None = None,
        region: str | None = None,
    ) -> RawResponse[ListFunctionsResponse]:
        """List the functions of a namespace (older route). Answers its RawResponse."""
        return await self._client._call_raw(
            LIST_NAMESPACE_FUNCTIONS,
            region,
            {"namespace_id": namespace_id},
            {"page": page, "page_size": page_size, "order_by": order_by, "name": name},
            None,
        )

    async def list_namespaces(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        order_by: ListNamespacesOrderBy | str | None = None,
        name: str | None = None,
        organization_id: str | None = None,
        project_id: str | None = None,
        region: str | None = None,
    ) -> RawResponse[ListNamespacesResponse]:
        """List all your namespaces. Answers its RawResponse."""
        return await self._client._call_raw(
            LIST_NAMESPACES,
            region,
            {},
            {
                "page": page,
                "page_size": page_size,
                "order_by": order_by,
                "name": name,
                "organization_id": organization_id,
                "project_id": project_id,
            },
            None,
        )

    async def list_tokens(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        order_by: ListTokensOrderBy | str | None = None,
        function_id: str | None = None,
        namespace_id: str | None = None,
        region: str | None = None,
    ) -> RawResponse[ListTokensResponse]:
        """List all tokens. Answers its RawResponse."""
        return await self._client._call_raw(
            LIST_TOKENS,
            region,
            {},
            {
                "page": page,
                "page_size": page_size,
                "order_by": order_by,
                "function_id": function_id,
                "namespace_id": namespace_id,
            },
            None,
        )

    async def list_triggers(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        order_by: ListTriggersOrderBy | str | None = None,
        function_id: str | None = None,
        namespace_id: str | None = None,
        project_id: str | None = None,
        region: str | None = None,
    ) -> RawResponse[ListTriggersResponse]:
        """List all triggers. Answers its RawResponse."""
        return await self._client._call_raw(
            LIST_TRIGGERS,
            region,
            {},
            {
                "page": page,
                "page_size": page_size,
                "order_by": order_by,
                "function_id": function_id,
                "namespace_id": namespace_id,
                "project_id": project_id,
            },
            None,
        )

    async def update_cron(
        self,
        cron_id: str,
        *,
        function_id: str | None = None,
        schedule: str | None = None,
        args: Mapping[str, Any] | None = None,
        name: str | None = None,
        region: str | None = None,
    ) -> RawResponse[Cron]:
        """Update an existing cron. Answers its RawResponse."""
        return await self._client._call_raw(
            UPDATE_CRON,
            region,
            {"cron_id": cron_id},
            {},
            {
                "function_id": function_id,
                "schedule": schedule,
                "args": args,
                "name": name,
            },
        )

    async def update_function(
        self,
        function_id: str,
        *,
        environment_variables: Mapping[str, str] | None = None,
        min_scale: int | None = None,
        max_scale: int | None = None,
        runtime: FunctionRuntime | str | None = None,
        memory_limit: Literal[128, 256, 512, 1024, 2048, 3072, 4096] | None = None,
        timeout: float | datetime.timedelta | str | None = None,
        redeploy: bool | None = None,
        handler: str | None = None,
        privacy: FunctionPrivacy | str | None = None,
        description: str | None = None,
        secret_environment_variables: Sequence[Secret] | None = None,
        http_option: FunctionHttpOption | str | None = None,
        sandbox: FunctionSandbox | str | None = None,
        tags: Sequence[str] | None = None,
        private_network_id: str | None = None,
        region: str | None = None,
    ) -> RawResponse[Function]:
        """Update an existing function. Answers its RawResponse."""
        return await self._client._call_raw(
            UPDATE_FUNCTION,
            region,
            {"function_id": function_id},
            {},
            {
                "environment_variables": environment_variables,
                "min_scale": min_scale,
                "max_scale": max_scale,
                "runtime": runtime,
                "memory_limit": memory_limit,
                "timeout": duration(timeout),
                "redeploy": redeploy,
                "handler": handler,
                "privacy": privacy,
                "description": description,
                "secret_environment_variables": secret_environment_variables,
                "http_option": http_option,
                "sandbox": sandbox,
                "tags": tags,
                "private_network_id": private_network_id,
            },
        )

    async def update_namespace(
        self,
        namespace_id: str,
        *,
        environment_variables: Mapping[str, str] | None = None,
        description: str | None = None,
        secret_environment_variables: Sequence[Secret] | None = None,
        tags: Sequence[str] | None = None,
        region: str | None = None,
    ) -> RawResponse[Namespace]:
        """Update an existing namespace. Answers its RawResponse."""
        return await self._client._call_raw(
            UPDATE_NAMESPACE,
            region,
            {"namespace_id": namespace_id},
            {},
            {
                "environment_variables": environment_variables,
                "description": description,
                "secret_environment_variables": secret_environment_variables,
                "tags": tags,
            },
        )

    async def update_trigger(
        self,
        trigger_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        sqs_config: UpdateTriggerSqsConfig | None = None,
        region: str | None = None,
    ) -> RawResponse[Trigger]:
        """Update a trigger. Answers its RawResponse."""
        return await self._client._call_raw(
            UPDATE_TRIGGER,
            region,
            {"trigger_id": trigger_id},
            {},
            {"name": name, "description": description, "sqs_config": sqs_config},
        )


__all__ = [
    "OPERATIONS",
    "WAITERS",
    "AsyncMethods",
    "AsyncRawMethods",
    "SyncMethods",
    "SyncRawMethods",
]
