"""Every operation of the generated client against real recorded answers.

Each test checks both sides: the request the client sent (method, path, query, JSON body,
auth header) and the values parsed from what the live API answered.
"""

from __future__ import annotations

import datetime

import pytest

from scaleway_functions_api import AuthenticatedClient
from scaleway_functions_api.api.functions import (
    create_function,
    delete_function,
    deploy_function,
    get_function,
    get_function_download_url,
    get_function_upload_url,
    list_functions,
    update_function,
)
from scaleway_functions_api.api.namespaces import (
    create_namespace,
    delete_namespace,
    get_namespace,
    list_namespaces,
    update_namespace,
)
from scaleway_functions_api.api.runtimes import list_function_runtimes
from scaleway_functions_api.models import (
    CreateFunctionRequest,
    CreateNamespaceRequest,
    DeployFunctionRequest,
    DownloadURL,
    EnvironmentVariables,
    Function,
    FunctionPrivacy,
    FunctionRuntime,
    FunctionSandbox,
    FunctionStatus,
    ListFunctionRuntimesResponse,
    ListFunctionsOrderBy,
    ListFunctionsResponse,
    ListNamespacesOrderBy,
    ListNamespacesResponse,
    Namespace,
    NamespaceStatus,
    Region,
    RuntimeStatus,
    Secret,
    UpdateFunctionRequest,
    UpdateNamespaceRequest,
    UploadURL,
)

from .conftest import RECORDED, SECRET_KEY, FakeAPI

FR_PAR = Region.FR_PAR
FUNCTION_ID = "1eb1bff4-3ba6-4bef-a8de-6a6508c28a74"
NAMESPACE_ID = "8b9efc3d-f37b-4fad-af1a-71f11ca8243a"
PROJECT_ID = "fa1e3217-dc80-42ac-85c3-3f034b78b552"
FUNCTIONS_PATH = "/functions/v1beta1/regions/fr-par/functions"
NAMESPACES_PATH = "/functions/v1beta1/regions/fr-par/namespaces"


def assert_sent(fake_api: FakeAPI, method: str, path: str, **query: str) -> None:
    request = fake_api.last
    assert request.method == method
    assert request.url.host == "api.scaleway.com"
    assert request.url.path == path
    assert dict(request.url.params) == query
    assert request.headers["X-Auth-Token"] == SECRET_KEY


def utc(*args: int) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=datetime.timezone.utc)


# --- runtimes -------------------------------------------------------------------------


def test_list_function_runtimes(fake_api: FakeAPI, api_client: AuthenticatedClient) -> None:
    fake_api.replay(RECORDED[0])

    parsed = list_function_runtimes.sync(FR_PAR, client=api_client)

    assert_sent(fake_api, "GET", "/functions/v1beta1/regions/fr-par/runtimes")
    assert isinstance(parsed, ListFunctionRuntimesResponse)
    assert parsed.total_count == len(parsed.runtimes) == len(RECORDED[0].json()["runtimes"])
    node26 = parsed.runtimes[0]
    assert (node26.name, node26.language, node26.version) == ("node26", "Node", "26")
    assert node26.default_handler == "handler.handle"
    assert node26.status is RuntimeStatus.AVAILABLE
    statuses = {runtime.status for runtime in parsed.runtimes}
    assert {RuntimeStatus.END_OF_SUPPORT, RuntimeStatus.END_OF_LIFE} <= statuses


# --- namespaces -----------------------------------------------------------------------


def test_list_namespaces(fake_api: FakeAPI, api_client: AuthenticatedClient) -> None:
    fake_api.replay(RECORDED[19])

    parsed = list_namespaces.sync(
        FR_PAR,
        client=api_client,
        name="cli-test-function-deploy",
        order_by=ListNamespacesOrderBy.CREATED_AT_ASC,
        page=1,
        page_size=50,
        project_id=PROJECT_ID,
    )

    assert_sent(
        fake_api,
        "GET",
        NAMESPACES_PATH,
        name="cli-test-function-deploy",
        order_by="created_at_asc",
        page="1",
        page_size="50",
        project_id=PROJECT_ID,
    )
    assert isinstance(parsed, ListNamespacesResponse)
    assert parsed.total_count == 1
    (namespace,) = parsed.namespaces
    assert namespace.id == NAMESPACE_ID
    assert namespace.status is NamespaceStatus.READY
    assert namespace.registry_endpoint == "rg.fr-par.scw.cloud/funcscwclitestfunctiondeploj3ospr1i"


def test_list_namespaces_empty_page(fake_api: FakeAPI, api_client: AuthenticatedClient) -> None:
    fake_api.replay(RECORDED[1])

    parsed = list_namespaces.sync(FR_PAR, client=api_client)

    assert isinstance(parsed, ListNamespacesResponse)
    assert (parsed.namespaces, parsed.total_count) == ([], 0)


def test_create_namespace(fake_api: FakeAPI, api_client: AuthenticatedClient) -> None:
    fake_api.replay(RECORDED[2])
    body = CreateNamespaceRequest(
        name="cli-test-function-deploy",
        project_id=PROJECT_ID,
        environment_variables=EnvironmentVariables.from_dict({"LOG_LEVEL": "debug"}),
        secret_environment_variables=[Secret(key="API_TOKEN", value="s3cr3t")],
        tags=["demo"],
    )

    parsed = create_namespace.sync(FR_PAR, client=api_client, body=body)

    assert_sent(fake_api, "POST", NAMESPACES_PATH)
    assert fake_api.last.headers["Content-Type"] == "application/json"
    assert fake_api.last_json() == {
        "name": "cli-test-function-deploy",
        "project_id": PROJECT_ID,
        "environment_variables": {"LOG_LEVEL": "debug"},
        "secret_environment_variables": [{"key": "API_TOKEN", "value": "s3cr3t"}],
        "tags": ["demo"],
    }
    assert isinstance(parsed, Namespace)
    assert parsed.status is NamespaceStatus.PENDING
    assert parsed.error_message is None
    assert parsed.registry_namespace_id == ""
    assert parsed.created_at == utc(2026, 7, 3, 13, 3, 38, 501243)


def test_get_namespace(fake_api: FakeAPI, api_client: AuthenticatedClient) -> None:
    fake_api.replay(RECORDED[4])

    parsed = get_namespace.sync(FR_PAR, NAMESPACE_ID, client=api_client)

    assert_sent(fake_api, "GET", f"{NAMESPACES_PATH}/{NAMESPACE_ID}")
    assert isinstance(parsed, Namespace)
    assert parsed.status is NamespaceStatus.READY
    assert parsed.registry_namespace_id == "37fdac44-6ef7-4581-af14-7ac61686f0dd"
    assert parsed.organization_id == parsed.project_id == PROJECT_ID
    assert parsed.updated_at == utc(2026, 7, 3, 13, 3, 41, 964138)
    assert parsed.vpc_integration_activated is False


def test_update_namespace(fake_api: FakeAPI, api_client: AuthenticatedClient) -> None:
    fake_api.replay(RECORDED[4])
    body = UpdateNamespaceRequest(
        description="shared settings",
        secret_environment_variables=[Secret(key="TO_DELETE")],
    )

    parsed = update_namespace.sync(FR_PAR, NAMESPACE_ID, client=api_client, body=body)

    assert_sent(fake_api, "PATCH", f"{NAMESPACES_PATH}/{NAMESPACE_ID}")
    # A secret named without a value deletes it: the request must not invent a value.
    assert fake_api.last_json() == {
        "description": "shared settings",
        "secret_environment_variables": [{"key": "TO_DELETE"}],
    }
    assert isinstance(parsed, Namespace)


def test_delete_namespace(fake_api: FakeAPI, api_client: AuthenticatedClient) -> None:
    fake_api.replay(RECORDED[20])

    parsed = delete_namespace.sync(FR_PAR, NAMESPACE_ID, client=api_client)

    assert_sent(fake_api, "DELETE", f"{NAMESPACES_PATH}/{NAMESPACE_ID}")
    assert isinstance(parsed, Namespace)
    assert parsed.status is NamespaceStatus.DELETING
    # Nine fractional digits arrive; Python keeps microseconds.
    assert parsed.updated_at == utc(2026, 7, 3, 13, 5, 54, 747081)


# --- functions ------------------------------------------------------------------------


def test_list_functions(fake_api: FakeAPI, api_client: AuthenticatedClient) -> None:
    fake_api.replay(RECORDED[5])

    parsed = list_functions.sync(
        FR_PAR,
        client=api_client,
        namespace_id=NAMESPACE_ID,
        name="cli-test-function-deploy",
        order_by=ListFunctionsOrderBy.CREATED_AT_ASC,
        page=2,
        page_size=10,
        organization_id=PROJECT_ID,
    )

    assert_sent(
        fake_api,
        "GET",
        FUNCTIONS_PATH,
        namespace_id=NAMESPACE_ID,
        name="cli-test-function-deploy",
        order_by="created_at_asc",
        page="2",
        page_size="10",
        organization_id=PROJECT_ID,
    )
    assert isinstance(parsed, ListFunctionsResponse)
    assert (parsed.functions, parsed.total_count) == ([], 0)


def test_list_functions_with_items(fake_api: FakeAPI, api_client: AuthenticatedClient) -> None:
    page = {"functions": [RECORDED[6].json(), RECORDED[18].json()], "total_count": 7}
    fake_api.reply(200, page)

    parsed = list_functions.sync(FR_PAR, client=api_client, namespace_id=NAMESPACE_ID)

    assert_sent(fake_api, "GET", FUNCTIONS_PATH, namespace_id=NAMESPACE_ID, page="1")
    assert isinstance(parsed, ListFunctionsResponse)
    assert parsed.total_count == 7
    assert [f.status for f in parsed.functions] == [FunctionStatus.CREATED, FunctionStatus.READY]
    assert [f.name for f in parsed.functions] == ["cli-test-function-deploy"] * 2


def test_create_function(fake_api: FakeAPI, api_client: AuthenticatedClient) -> None:
    fake_api.replay(RECORDED[6])
    body = CreateFunctionRequest(
        namespace_id=NAMESPACE_ID,
        name="cli-test-function-deploy",
        runtime=FunctionRuntime.GO126,
        handler="Handle",
        memory_limit=256,
        min_scale=0,
        max_scale=5,
        timeout="300s",
        privacy=FunctionPrivacy.PUBLIC,
        sandbox=FunctionSandbox.V2,
    )

    parsed = create_function.sync(FR_PAR, client=api_client, body=body)

    assert_sent(fake_api, "POST", FUNCTIONS_PATH)
    assert fake_api.last_json() == {
        "namespace_id": NAMESPACE_ID,
        "name": "cli-test-function-deploy",
        "runtime": "go126",
        "handler": "Handle",
        "memory_limit": 256,
        "min_scale": 0,
        "max_scale": 5,
        "timeout": "300s",
        "privacy": "public",
        "sandbox": "v2",
    }
    assert isinstance(parsed, Function)
    assert parsed.id == FUNCTION_ID
    assert parsed.status is FunctionStatus.CREATED
    assert parsed.runtime is FunctionRuntime.GO126
    assert (parsed.memory_limit, parsed.cpu_limit, parsed.timeout) == (256, 140, "300s")
    assert parsed.domain_name.endswith(".functions.fnc.fr-par.scw.cloud")
    assert parsed.created_at == utc(2026, 7, 3, 13, 3, 53, 828896)
    assert parsed.region is Region.FR_PAR


def test_get_function_while_building(fake_api: FakeAPI, api_client: AuthenticatedClient) -> None:
    fake_api.replay(RECORDED[15])

    parsed = get_function.sync(FR_PAR, FUNCTION_ID, client=api_client)

    assert_sent(fake_api, "GET", f"{FUNCTIONS_PATH}/{FUNCTION_ID}")
    assert isinstance(parsed, Function)
    assert parsed.status is FunctionStatus.PENDING
    assert (
        parsed.build_message == "step 3 of 3: function image is being pushed to container registry"
    )
    assert parsed.ready_at is None


def test_get_function_ready(fake_api: FakeAPI, api_client: AuthenticatedClient) -> None:
    fake_api.replay(RECORDED[18])

    parsed = get_function.sync(FR_PAR, FUNCTION_ID, client=api_client)

    assert isinstance(parsed, Function)
    assert parsed.status is FunctionStatus.READY
    assert parsed.ready_at == utc(2026, 7, 3, 13, 5, 47, 61322)
    assert parsed.build_message is None


def test_update_function(fake_api: FakeAPI, api_client: AuthenticatedClient) -> None:
    fake_api.replay(RECORDED[9])
    body = UpdateFunctionRequest(
        redeploy=True,
        memory_limit=512,
        environment_variables=EnvironmentVariables.from_dict({"MODE": "prod"}),
        secret_environment_variables=[Secret(key="DB_PASSWORD", value="hunter2")],
    )

    parsed = update_function.sync(FR_PAR, FUNCTION_ID, client=api_client, body=body)

    assert_sent(fake_api, "PATCH", f"{FUNCTIONS_PATH}/{FUNCTION_ID}")
    assert fake_api.last_json() == {
        "redeploy": True,
        "memory_limit": 512,
        "environment_variables": {"MODE": "prod"},
        "secret_environment_variables": [{"key": "DB_PASSWORD", "value": "hunter2"}],
    }
    assert isinstance(parsed, Function)
    assert parsed.status is FunctionStatus.PENDING
    assert parsed.updated_at == utc(2026, 7, 3, 13, 3, 54, 115794)


def test_deploy_function_sends_an_empty_object(
    fake_api: FakeAPI, api_client: AuthenticatedClient
) -> None:
    fake_api.replay(RECORDED[10])

    parsed = deploy_function.sync(
        FR_PAR, FUNCTION_ID, client=api_client, body=DeployFunctionRequest()
    )

    assert_sent(fake_api, "POST", f"{FUNCTIONS_PATH}/{FUNCTION_ID}/deploy")
    assert fake_api.last_json() == {}
    assert isinstance(parsed, Function)
    assert parsed.status is FunctionStatus.PENDING


def test_delete_function(fake_api: FakeAPI, api_client: AuthenticatedClient) -> None:
    deleting = {**RECORDED[18].json(), "status": "deleting"}
    fake_api.reply(200, deleting)

    parsed = delete_function.sync(FR_PAR, FUNCTION_ID, client=api_client)

    assert_sent(fake_api, "DELETE", f"{FUNCTIONS_PATH}/{FUNCTION_ID}")
    assert isinstance(parsed, Function)
    assert parsed.status is FunctionStatus.DELETING


def test_get_function_upload_url(fake_api: FakeAPI, api_client: AuthenticatedClient) -> None:
    fake_api.replay(RECORDED[7])

    parsed = get_function_upload_url.sync(
        FR_PAR, FUNCTION_ID, client=api_client, content_length=780
    )

    assert_sent(fake_api, "GET", f"{FUNCTIONS_PATH}/{FUNCTION_ID}/upload-url", content_length="780")
    assert isinstance(parsed, UploadURL)
    assert parsed.url.startswith(
        "https://s3.fr-par.scw.cloud/serverless-functions-code-prod-fr-par/"
    )
    assert parsed.headers.to_dict() == {
        "content-length": ["780"],
        "content-type": ["application/octet-stream"],
    }


def test_get_function_download_url(fake_api: FakeAPI, api_client: AuthenticatedClient) -> None:
    answer = {
        "url": "https://s3.fr-par.scw.cloud/serverless-functions-code-prod-fr-par/function.zip?X-Amz-Signature=abc",
        "headers": {},
    }
    fake_api.reply(200, answer)

    parsed = get_function_download_url.sync(FR_PAR, FUNCTION_ID, client=api_client)

    assert_sent(fake_api, "GET", f"{FUNCTIONS_PATH}/{FUNCTION_ID}/download-url")
    assert isinstance(parsed, DownloadURL)
    assert parsed.to_dict() == answer


# --- the request side is escaped ------------------------------------------------------


@pytest.mark.parametrize("hostile", ["../namespaces/x", "a/b", "a?b=c", "a#b", "%2e%2e"])
def test_path_parameters_are_escaped(
    fake_api: FakeAPI, api_client: AuthenticatedClient, hostile: str
) -> None:
    fake_api.replay(RECORDED[18])

    get_function.sync(FR_PAR, hostile, client=api_client)

    raw_path = fake_api.last.url.raw_path.decode()
    prefix = f"{FUNCTIONS_PATH}/"
    assert raw_path.startswith(prefix)
    # The id stays one path segment: no slash, query or fragment leaks out of it.
    assert "/" not in raw_path[len(prefix) :]
    assert fake_api.last.url.query == b""
