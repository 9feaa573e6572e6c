"""The operations of openapi.yaml as data, and typed client methods over them.

Generated from openapi.yaml by tools/generate_operations.py: do not edit.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from typing import Any, Generic, Protocol, TypeVar, Union

from attrs import frozen

from .models import (
    DownloadURL,
    Function,
    FunctionHttpOption,
    FunctionPrivacy,
    FunctionRuntime,
    FunctionSandbox,
    ListFunctionRuntimesResponse,
    ListFunctionsOrderBy,
    ListFunctionsResponse,
    ListNamespacesOrderBy,
    ListNamespacesResponse,
    Namespace,
    Secret,
    UploadURL,
)

T = TypeVar("T")
ItemT_co = TypeVar("ItemT_co", covariant=True)
PageT_co = TypeVar("PageT_co", covariant=True)


@frozen
class Pagination:
    """How a list operation pages (its `x-pagination`)."""

    items: str
    """The response field holding the page's items."""
    total: str
    """The response field holding the total number of items."""
    item_type: type[Any]
    """The model of one item."""


@frozen
class Operation(Generic[T]):
    """One operation of the API."""

    name: str
    method: str
    path: str
    """Path template; `{region}` and the path parameters are filled in, escaped."""
    path_params: tuple[str, ...]
    query_params: tuple[str, ...]
    has_body: bool
    response: type[T]
    pagination: Pagination | None = None
    body_schema: str | None = None
    """The component schema of the JSON request body, if any."""


@frozen
class Waiter(Generic[T]):
    """Which statuses of a resource end a wait, and how (its `x-waiter`)."""

    resource: str
    operation: Operation[T]
    status_field: str
    success: frozenset[str]
    failure: frozenset[str]
    transient: frozenset[str]


@frozen
class CodeUpload:
    """How code reaches a resource (its operation's `x-code-upload`)."""

    url_operation: Operation[Any]
    """Answers a presigned URL and the headers the PUT must carry."""
    size_param: str
    deploy: Operation[Any]


@frozen
class UploadResult:
    """What was uploaded: the archive's size in bytes and its sha256 (hex)."""

    size: int
    sha256: str


Source = Union[str, "os.PathLike[str]", bytes]
"""A resource's code: a directory (zipped for you), a .zip file, or zip bytes."""

ProgressCallback = Callable[[int, int], None]
"""Called with (bytes sent, total bytes) while an archive uploads."""


class Pages(Protocol[ItemT_co, PageT_co]):
    """A lazy listing: iterate it for items, or `.pages()` for whole responses."""

    def __iter__(self) -> Iterator[ItemT_co]: ...

    def pages(self) -> Iterator[PageT_co]: ...


class AsyncPages(Protocol[ItemT_co, PageT_co]):
    """A lazy listing: `async for` it for items, or `.pages()` for whole responses."""

    def __aiter__(self) -> AsyncIterator[ItemT_co]: ...

    def pages(self) -> AsyncIterator[PageT_co]: ...


CREATE_FUNCTION: Operation[Function] = Operation(
    name="createFunction",
    method="POST",
    path="/functions/v1beta1/regions/{region}/functions",
    path_params=(),
    query_params=(),
    has_body=True,
    response=Function,
    pagination=None,
    body_schema="CreateFunctionRequest",
)

CREATE_NAMESPACE: Operation[Namespace] = Operation(
    name="createNamespace",
    method="POST",
    path="/functions/v1beta1/regions/{region}/namespaces",
    path_params=(),
    query_params=(),
    has_body=True,
    response=Namespace,
    pagination=None,
    body_schema="CreateNamespaceRequest",
)

DELETE_FUNCTION: Operation[Function] = Operation(
    name="deleteFunction",
    method="DELETE",
    path="/functions/v1beta1/regions/{region}/functions/{function_id}",
    path_params=("function_id",),
    query_params=(),
    has_body=False,
    response=Function,
    pagination=None,
    body_schema=None,
)

DELETE_NAMESPACE: Operation[Namespace] = Operation(
    name="deleteNamespace",
    method="DELETE",
    path="/functions/v1beta1/regions/{region}/namespaces/{namespace_id}",
    path_params=("namespace_id",),
    query_params=(),
    has_body=False,
    response=Namespace,
    pagination=None,
    body_schema=None,
)

DEPLOY_FUNCTION: Operation[Function] = Operation(
    name="deployFunction",
    method="POST",
    path="/functions/v1beta1/regions/{region}/functions/{function_id}/deploy",
    path_params=("function_id",),
    query_params=(),
    has_body=True,
    response=Function,
    pagination=None,
    body_schema="DeployFunctionRequest",
)

GET_FUNCTION: Operation[Function] = Operation(
    name="getFunction",
    method="GET",
    path="/functions/v1beta1/regions/{region}/functions/{function_id}",
    path_params=("function_id",),
    query_params=(),
    has_body=False,
    response=Function,
    pagination=None,
    body_schema=None,
)

GET_FUNCTION_DOWNLOAD_URL: Operation[DownloadURL] = Operation(
    name="getFunctionDownloadUrl",
    method="GET",
    path="/functions/v1beta1/regions/{region}/functions/{function_id}/download-url",
    path_params=("function_id",),
    query_params=(),
    has_body=False,
    response=DownloadURL,
    pagination=None,
    body_schema=None,
)

GET_FUNCTION_UPLOAD_URL: Operation[UploadURL] = Operation(
    name="getFunctionUploadUrl",
    method="GET",
    path="/functions/v1beta1/regions/{region}/functions/{function_id}/upload-url",
    path_params=("function_id",),
    query_params=("content_length",),
    has_body=False,
    response=UploadURL,
    pagination=None,
    body_schema=None,
)

GET_NAMESPACE: Operation[Namespace] = Operation(
    name="getNamespace",
    method="GET",
    path="/functions/v1beta1/regions/{region}/namespaces/{namespace_id}",
    path_params=("namespace_id",),
    query_params=(),
    has_body=False,
    response=Namespace,
    pagination=None,
    body_schema=None,
)

LIST_FUNCTION_RUNTIMES: Operation[ListFunctionRuntimesResponse] = Operation(
    name="listFunctionRuntimes",
    method="GET",
    path="/functions/v1beta1/regions/{region}/runtimes",
    path_params=(),
    query_params=(),
    has_body=False,
    response=ListFunctionRuntimesResponse,
    pagination=None,
    body_schema=None,
)

LIST_FUNCTIONS: Operation[ListFunctionsResponse] = Operation(
    name="listFunctions",
    method="GET",
    path="/functions/v1beta1/regions/{region}/functions",
    path_params=(),
    query_params=(
        "namespace_id",
        "page",
        "page_size",
        "order_by",
        "name",
        "organization_id",
        "project_id",
    ),
    has_body=False,
    response=ListFunctionsResponse,
    pagination=Pagination(items="functions", total="total_count", item_type=Function),
    body_schema=None,
)

LIST_NAMESPACES: Operation[ListNamespacesResponse] = Operation(
    name="listNamespaces",
    method="GET",
    path="/functions/v1beta1/regions/{region}/namespaces",
    path_params=(),
    query_params=(
        "page",
        "page_size",
        "order_by",
        "name",
        "organization_id",
        "project_id",
    ),
    has_body=False,
    response=ListNamespacesResponse,
    pagination=Pagination(items="namespaces", total="total_count", item_type=Namespace),
    body_schema=None,
)

UPDATE_FUNCTION: Operation[Function] = Operation(
    name="updateFunction",
    method="PATCH",
    path="/functions/v1beta1/regions/{region}/functions/{function_id}",
    path_params=("function_id",),
    query_params=(),
    has_body=True,
    response=Function,
    pagination=None,
    body_schema="UpdateFunctionRequest",
)

UPDATE_NAMESPACE: Operation[Namespace] = Operation(
    name="updateNamespace",
    method="PATCH",
    path="/functions/v1beta1/regions/{region}/namespaces/{namespace_id}",
    path_params=("namespace_id",),
    query_params=(),
    has_body=True,
    response=Namespace,
    pagination=None,
    body_schema="UpdateNamespaceRequest",
)

FUNCTION_WAITER: Waiter[Function] = Waiter(
    resource="Function",
    operation=GET_FUNCTION,
    status_field="status",
    success=frozenset(["ready"]),
    failure=frozenset(["created", "deleting", "error", "locked"]),
    transient=frozenset(["creating", "pending", "unknown"]),
)

NAMESPACE_WAITER: Waiter[Namespace] = Waiter(
    resource="Namespace",
    operation=GET_NAMESPACE,
    status_field="status",
    success=frozenset(["ready"]),
    failure=frozenset(["deleting", "error", "locked"]),
    transient=frozenset(["creating", "pending", "unknown"]),
)

GET_FUNCTION_UPLOAD_URL_CODE = CodeUpload(
    url_operation=GET_FUNCTION_UPLOAD_URL,
    size_param="content_length",
    deploy=DEPLOY_FUNCTION,
)


OPERATIONS: Mapping[str, Operation[Any]] = {
    "createFunction": CREATE_FUNCTION,
    "createNamespace": CREATE_NAMESPACE,
    "deleteFunction": DELETE_FUNCTION,
    "deleteNamespace": DELETE_NAMESPACE,
    "deployFunction": DEPLOY_FUNCTION,
    "getFunction": GET_FUNCTION,
    "getFunctionDownloadUrl": GET_FUNCTION_DOWNLOAD_URL,
    "getFunctionUploadUrl": GET_FUNCTION_UPLOAD_URL,
    "getNamespace": GET_NAMESPACE,
    "listFunctionRuntimes": LIST_FUNCTION_RUNTIMES,
    "listFunctions": LIST_FUNCTIONS,
    "listNamespaces": LIST_NAMESPACES,
    "updateFunction": UPDATE_FUNCTION,
    "updateNamespace": UPDATE_NAMESPACE,
}
WAITERS: Mapping[str, Waiter[Any]] = {
    "function": FUNCTION_WAITER,
    "namespace": NAMESPACE_WAITER,
}


class SyncMethods:
    """One method per operation of openapi.yaml."""

    def _call(
        self,
        operation: Operation[T],
        region: str | None,
        path: Mapping[str, Any],
        query: Mapping[str, Any],
        body: Mapping[str, Any] | None,
    ) -> T:
        raise NotImplementedError

    def _paginate(
        self,
        operation: Operation[Any],
        region: str | None,
        query: Mapping[str, Any],
        page_size: int,
        concurrency: int | None,
    ) -> Any:
        raise NotImplementedError

    def _wait(
        self,
        waiter: Waiter[T],
        resource_id: str,
        region: str | None,
        timeout: float,
        poll_interval: float | None,
        on_progress: Callable[[T], None] | None,
    ) -> T:
        raise NotImplementedError

    def create_function(
        self,
        *,
        namespace_id: str,
        name: str | None = None,
        environment_variables: Mapping[str, str] | None = None,
        min_scale: int | None = None,
        max_scale: int | None = None,
        runtime: FunctionRuntime | str | None = None,
        memory_limit: int | None = None,
        timeout: str | None = None,
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
            name: Name of the function to create; generated when omitted.
            namespace_id: UUID of the namespace the function will be created in.
            environment_variables: Environment variables of the function.
            min_scale: Minimum number of instances to scale the function to.
            max_scale: Maximum number of instances to scale the function to.
            runtime: Runtime to use with the function.
            memory_limit: Memory limit of the function in MB.
            timeout: Request processing time limit for the function. (in seconds)
            handler: Handler to use with the function.
            privacy: Privacy setting of the function.
            description: Description of the function.
            secret_environment_variables: Secret environment variables of the function.
            http_option: Configure how HTTP and HTTPS requests are handled. Possible values: -
                redirected: Responds to HTTP request with a 301 redirect to ask the clients to use
                HTTPS. - enabled: Serve both HTTP and HTTPS traffic.
            sandbox: Execution environment of the function.
            tags: Tags of the Serverless Function.
            private_network_id: ID of the Private Network the function is connected to. When
                connected to a Private Network, the function can access other Scaleway resources in
                this Private Network.
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
                "timeout": timeout,
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
            tags: Tags of the Serverless Function Namespace.
            activate_vpc_integration: Deprecated by the API; its value no longer matters.
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

    def delete_function(
        self, function_id: str, *, region: str | None = None
    ) -> Function:
        """Delete a function.

        Delete the function associated with the specified ID. The function is returned in status
        `deleting`, then disappears.

        Args:
            function_id: UUID of the function.
        """
        return self._call(
            DELETE_FUNCTION, region, {"function_id": function_id}, {}, None
        )

    def delete_namespace(
        self, namespace_id: str, *, region: str | None = None
    ) -> Namespace:
        """Delete an existing namespace.

        Delete the namespace associated with the specified ID. The namespace is returned in status
        `deleting`, then disappears.

        Args:
            namespace_id: UUID of the namespace.
        """
        return self._call(
            DELETE_NAMESPACE, region, {"namespace_id": namespace_id}, {}, None
        )

    def deploy_function(
        self, function_id: str, *, region: str | None = None
    ) -> Function:
        """Deploy a function.

        Deploy a function associated with the specified ID. The function goes `pending` while its
        uploaded archive is built, then `ready` or `error`.

        Args:
            function_id: UUID of the function.
        """
        return self._call(DEPLOY_FUNCTION, region, {"function_id": function_id}, {}, {})

    def get_function(self, function_id: str, *, region: str | None = None) -> Function:
        """Get a function.

        Get the function associated with the specified ID.

        Args:
            function_id: UUID of the function.
        """
        return self._call(GET_FUNCTION, region, {"function_id": function_id}, {}, None)

    def get_function_download_url(
        self, function_id: str, *, region: str | None = None
    ) -> DownloadURL:
        """Get a download URL of a function.

        Get a download URL for a function associated with the specified ID.

        Args:
            function_id: UUID of the function.
        """
        return self._call(
            GET_FUNCTION_DOWNLOAD_URL, region, {"function_id": function_id}, {}, None
        )

    def get_function_upload_url(
        self, function_id: str, content_length: int, *, region: str | None = None
    ) -> UploadURL:
        """Get an upload URL of a function.

        Get an upload URL of a function associated with the specified ID. The archive is then sent
        with a PUT to that URL, carrying exactly the returned headers; the storage service needs no
        API token.

        Args:
            function_id: UUID of the function.
            content_length: Size of the archive to upload in bytes.
        """
        return self._call(
            GET_FUNCTION_UPLOAD_URL,
            region,
            {"function_id": function_id},
            {"content_length": content_length},
            None,
        )

    def get_namespace(
        self, namespace_id: str, *, region: str | None = None
    ) -> Namespace:
        """Get a namespace.

        Get the namespace associated with the specified ID.

        Args:
            namespace_id: UUID of the namespace.
        """
        return self._call(
            GET_NAMESPACE, region, {"namespace_id": namespace_id}, {}, None
        )

    def list_function_runtimes(
        self, *, region: str | None = None
    ) -> ListFunctionRuntimesResponse:
        """List function runtimes.

        List available function runtimes.
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
    ) -> Pages[Function, ListFunctionsResponse]:
        """List all your functions.

        Returns a lazy iterator of every item, page after page; `.pages()` gives the responses
        instead. Once the first page gives the total, the others are fetched `concurrency` at a
        time.

        Args:
            namespace_id: UUID of the namespace the function belongs to.
            order_by: Order of the functions.
            name: Name of the function.
            organization_id: UUID of the Organization the function belongs to.
            project_id: UUID of the Project the function belongs to.
        """
        return self._paginate(
            LIST_FUNCTIONS,
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
    ) -> Pages[Namespace, ListNamespacesResponse]:
        """List all your namespaces.

        List all existing namespaces in the specified region.

        Returns a lazy iterator of every item, page after page; `.pages()` gives the responses
        instead. Once the first page gives the total, the others are fetched `concurrency` at a
        time.

        Args:
            order_by: Order of the namespaces.
            name: Name of the namespace.
            organization_id: UUID of the Organization the namespace belongs to.
            project_id: UUID of the Project the namespace belongs to.
        """
        return self._paginate(
            LIST_NAMESPACES,
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

    def update_function(
        self,
        function_id: str,
        *,
        environment_variables: Mapping[str, str] | None = None,
        min_scale: int | None = None,
        max_scale: int | None = None,
        runtime: FunctionRuntime | str | None = None,
        memory_limit: int | None = None,
        timeout: str | None = None,
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
            memory_limit: Memory limit of the function in MB.
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
            tags: Tags of the Serverless Function.
            private_network_id: ID of the Private Network the function is connected to. When
                connected to a Private Network, the function can access other Scaleway resources in
                this Private Network.
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
                "timeout": timeout,
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
            tags: Tags of the Serverless Function Namespace.
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

    def wait_for_function(
        self,
        function_id: str,
        *,
        timeout: float = 600,
        poll_interval: float | None = None,
        on_progress: Callable[[Function], None] | None = None,
        region: str | None = None,
    ) -> Function:
        """Poll the function until it is ready; raise if it fails or the timeout passes.

        The first poll is immediate, then the delay grows from about half a second to a few.
        `on_progress` is called with the resource whenever its status or build message changes.
        """
        return self._wait(
            FUNCTION_WAITER, function_id, region, timeout, poll_interval, on_progress
        )

    def wait_for_namespace(
        self,
        namespace_id: str,
        *,
        timeout: float = 600,
        poll_interval: float | None = None,
        on_progress: Callable[[Namespace], None] | None = None,
        region: str | None = None,
    ) -> Namespace:
        """Poll the namespace until it is ready; raise if it fails or the timeout passes.

        The first poll is immediate, then the delay grows from about half a second to a few.
        `on_progress` is called with the resource whenever its status or build message changes.
        """
        return self._wait(
            NAMESPACE_WAITER, namespace_id, region, timeout, poll_interval, on_progress
        )

    def upload_function_code(
        self,
        function_id: str,
        source: Source,
        *,
        region: str | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> UploadResult:
        """Upload a function's code: a directory (zipped for you), a .zip file, or zip bytes.

        Directories leave out .git/, __pycache__/, *.pyc and .scwignore patterns; over 100 MiB
        is refused before any request. `on_progress(bytes_sent, total)` follows the upload.
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
        timeout: float = 600,
        on_progress: Callable[[Function], None] | None = None,
        region: str | None = None,
    ) -> Function:
        """Upload the code, deploy it, and (unless `wait=False`) wait until the function is ready.

        `on_progress` is called with the function whenever its status or build message changes.
        """
        return self._deploy_code(
            GET_FUNCTION_UPLOAD_URL_CODE,
            FUNCTION_WAITER if wait else None,
            function_id,
            source,
            region,
            timeout,
            on_progress,
        )


class AsyncMethods:
    """One coroutine per operation of openapi.yaml."""

    async def _call(
        self,
        operation: Operation[T],
        region: str | None,
        path: Mapping[str, Any],
        query: Mapping[str, Any],
        body: Mapping[str, Any] | None,
    ) -> T:
        raise NotImplementedError

    def _paginate(
        self,
        operation: Operation[Any],
        region: str | None,
        query: Mapping[str, Any],
        page_size: int,
        concurrency: int | None,
    ) -> Any:
        raise NotImplementedError

    async def _wait(
        self,
        waiter: Waiter[T],
        resource_id: str,
        region: str | None,
        timeout: float,
        poll_interval: float | None,
        on_progress: Callable[[T], None] | None,
    ) -> T:
        raise NotImplementedError

    async def create_function(
        self,
        *,
        namespace_id: str,
        name: str | None = None,
        environment_variables: Mapping[str, str] | None = None,
        min_scale: int | None = None,
        max_scale: int | None = None,
        runtime: FunctionRuntime | str | None = None,
        memory_limit: int | None = None,
        timeout: str | None = None,
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
            name: Name of the function to create; generated when omitted.
            namespace_id: UUID of the namespace the function will be created in.
            environment_variables: Environment variables of the function.
            min_scale: Minimum number of instances to scale the function to.
            max_scale: Maximum number of instances to scale the function to.
            runtime: Runtime to use with the function.
            memory_limit: Memory limit of the function in MB.
            timeout: Request processing time limit for the function. (in seconds)
            handler: Handler to use with the function.
            privacy: Privacy setting of the function.
            description: Description of the function.
            secret_environment_variables: Secret environment variables of the function.
            http_option: Configure how HTTP and HTTPS requests are handled. Possible values: -
                redirected: Responds to HTTP request with a 301 redirect to ask the clients to use
                HTTPS. - enabled: Serve both HTTP and HTTPS traffic.
            sandbox: Execution environment of the function.
            tags: Tags of the Serverless Function.
            private_network_id: ID of the Private Network the function is connected to. When
                connected to a Private Network, the function can access other Scaleway resources in
                this Private Network.
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
                "timeout": timeout,
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
            tags: Tags of the Serverless Function Namespace.
            activate_vpc_integration: Deprecated by the API; its value no longer matters.
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

    async def delete_function(
        self, function_id: str, *, region: str | None = None
    ) -> Function:
        """Delete a function.

        Delete the function associated with the specified ID. The function is returned in status
        `deleting`, then disappears.

        Args:
            function_id: UUID of the function.
        """
        return await self._call(
            DELETE_FUNCTION, region, {"function_id": function_id}, {}, None
        )

    async def delete_namespace(
        self, namespace_id: str, *, region: str | None = None
    ) -> Namespace:
        """Delete an existing namespace.

        Delete the namespace associated with the specified ID. The namespace is returned in status
        `deleting`, then disappears.

        Args:
            namespace_id: UUID of the namespace.
        """
        return await self._call(
            DELETE_NAMESPACE, region, {"namespace_id": namespace_id}, {}, None
        )

    async def deploy_function(
        self, function_id: str, *, region: str | None = None
    ) -> Function:
        """Deploy a function.

        Deploy a function associated with the specified ID. The function goes `pending` while its
        uploaded archive is built, then `ready` or `error`.

        Args:
            function_id: UUID of the function.
        """
        return await self._call(
            DEPLOY_FUNCTION, region, {"function_id": function_id}, {}, {}
        )

    async def get_function(
        self, function_id: str, *, region: str | None = None
    ) -> Function:
        """Get a function.

        Get the function associated with the specified ID.

        Args:
            function_id: UUID of the function.
        """
        return await self._call(
            GET_FUNCTION, region, {"function_id": function_id}, {}, None
        )

    async def get_function_download_url(
        self, function_id: str, *, region: str | None = None
    ) -> DownloadURL:
        """Get a download URL of a function.

        Get a download URL for a function associated with the specified ID.

        Args:
            function_id: UUID of the function.
        """
        return await self._call(
            GET_FUNCTION_DOWNLOAD_URL, region, {"function_id": function_id}, {}, None
        )

    async def get_function_upload_url(
        self, function_id: str, content_length: int, *, region: str | None = None
    ) -> UploadURL:
        """Get an upload URL of a function.

        Get an upload URL of a function associated with the specified ID. The archive is then sent
        with a PUT to that URL, carrying exactly the returned headers; the storage service needs no
        API token.

        Args:
            function_id: UUID of the function.
            content_length: Size of the archive to upload in bytes.
        """
        return await self._call(
            GET_FUNCTION_UPLOAD_URL,
            region,
            {"function_id": function_id},
            {"content_length": content_length},
            None,
        )

    async def get_namespace(
        self, namespace_id: str, *, region: str | None = None
    ) -> Namespace:
        """Get a namespace.

        Get the namespace associated with the specified ID.

        Args:
            namespace_id: UUID of the namespace.
        """
        return await self._call(
            GET_NAMESPACE, region, {"namespace_id": namespace_id}, {}, None
        )

    async def list_function_runtimes(
        self, *, region: str | None = None
    ) -> ListFunctionRuntimesResponse:
        """List function runtimes.

        List available function runtimes.
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
    ) -> AsyncPages[Function, ListFunctionsResponse]:
        """List all your functions.

        Returns a lazy iterator of every item, page after page; `.pages()` gives the responses
        instead. Once the first page gives the total, the others are fetched `concurrency` at a
        time.

        Args:
            namespace_id: UUID of the namespace the function belongs to.
            order_by: Order of the functions.
            name: Name of the function.
            organization_id: UUID of the Organization the function belongs to.
            project_id: UUID of the Project the function belongs to.
        """
        return self._paginate(
            LIST_FUNCTIONS,
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
    ) -> AsyncPages[Namespace, ListNamespacesResponse]:
        """List all your namespaces.

        List all existing namespaces in the specified region.

        Returns a lazy iterator of every item, page after page; `.pages()` gives the responses
        instead. Once the first page gives the total, the others are fetched `concurrency` at a
        time.

        Args:
            order_by: Order of the namespaces.
            name: Name of the namespace.
            organization_id: UUID of the Organization the namespace belongs to.
            project_id: UUID of the Project the namespace belongs to.
        """
        return self._paginate(
            LIST_NAMESPACES,
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

    async def update_function(
        self,
        function_id: str,
        *,
        environment_variables: Mapping[str, str] | None = None,
        min_scale: int | None = None,
        max_scale: int | None = None,
        runtime: FunctionRuntime | str | None = None,
        memory_limit: int | None = None,
        timeout: str | None = None,
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
            memory_limit: Memory limit of the function in MB.
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
            tags: Tags of the Serverless Function.
            private_network_id: ID of the Private Network the function is connected to. When
                connected to a Private Network, the function can access other Scaleway resources in
                this Private Network.
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
                "timeout": timeout,
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
            tags: Tags of the Serverless Function Namespace.
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

    async def wait_for_function(
        self,
        function_id: str,
        *,
        timeout: float = 600,
        poll_interval: float | None = None,
        on_progress: Callable[[Function], None] | None = None,
        region: str | None = None,
    ) -> Function:
        """Poll the function until it is ready; raise if it fails or the timeout passes.

        The first poll is immediate, then the delay grows from about half a second to a few.
        `on_progress` is called with the resource whenever its status or build message changes.
        """
        return await self._wait(
            FUNCTION_WAITER, function_id, region, timeout, poll_interval, on_progress
        )

    async def wait_for_namespace(
        self,
        namespace_id: str,
        *,
        timeout: float = 600,
        poll_interval: float | None = None,
        on_progress: Callable[[Namespace], None] | None = None,
        region: str | None = None,
    ) -> Namespace:
        """Poll the namespace until it is ready; raise if it fails or the timeout passes.

        The first poll is immediate, then the delay grows from about half a second to a few.
        `on_progress` is called with the resource whenever its status or build message changes.
        """
        return await self._wait(
            NAMESPACE_WAITER, namespace_id, region, timeout, poll_interval, on_progress
        )

    async def upload_function_code(
        self,
        function_id: str,
        source: Source,
        *,
        region: str | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> UploadResult:
        """Upload a function's code: a directory (zipped for you), a .zip file, or zip bytes.

        Directories leave out .git/, __pycache__/, *.pyc and .scwignore patterns; over 100 MiB
        is refused before any request. `on_progress(bytes_sent, total)` follows the upload.
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
        timeout: float = 600,
        on_progress: Callable[[Function], None] | None = None,
        region: str | None = None,
    ) -> Function:
        """Upload the code, deploy it, and (unless `wait=False`) wait until the function is ready.

        `on_progress` is called with the function whenever its status or build message changes.
        """
        return await self._deploy_code(
            GET_FUNCTION_UPLOAD_URL_CODE,
            FUNCTION_WAITER if wait else None,
            function_id,
            source,
            region,
            timeout,
            on_progress,
        )


__all__ = [
    "AsyncMethods",
    "AsyncPages",
    "CodeUpload",
    "OPERATIONS",
    "Operation",
    "Pages",
    "Pagination",
    "ProgressCallback",
    "Source",
    "SyncMethods",
    "UploadResult",
    "WAITERS",
    "Waiter",
]
