"""Every operation: the request each client method sends, and how it reads the answer.

One table covers all operations of openapi.yaml, so that a new operation without a row
fails `test_every_operation_has_a_row`. Each row runs on the sync and the async client
against a scripted API (`Server`); nothing touches the network.
"""

from __future__ import annotations

import datetime
import inspect
import json
import re
from typing import Any

import pytest

from scaleway_functions import (
    AsyncFunctionsClient,
    CreateTriggerMnqNatsConfig,
    CreateTriggerMnqSqsConfig,
    CreateTriggerSqsConfig,
    Cron,
    Domain,
    DownloadURL,
    Function,
    FunctionRuntime,
    FunctionsClient,
    ListCronsOrderBy,
    ListCronsResponse,
    ListDomainsOrderBy,
    ListDomainsResponse,
    ListFunctionRuntimesResponse,
    ListFunctionsOrderBy,
    ListFunctionsResponse,
    ListNamespacesResponse,
    ListTokensResponse,
    ListTriggersOrderBy,
    ListTriggersResponse,
    Namespace,
    Region,
    Secret,
    Token,
    Trigger,
    UpdateTriggerSqsConfig,
    UploadURL,
)
from scaleway_functions_api.operations import OPERATIONS
from scaleway_functions_api.types import parse_datetime

from .conftest import RECORDED, SECRET_KEY, Invoke, Op, Server, reply
from .payloads import (
    API,
    API_HOST,
    CRON,
    CRON_ID,
    DOMAIN,
    DOMAIN_ID,
    DOWNLOAD_URL,
    FUNCTION,
    FUNCTION_ID,
    FUNCTIONS,
    NAMESPACE,
    NAMESPACE_ID,
    NAMESPACE_TOKEN,
    NAMESPACES,
    NATS_TRIGGER,
    PROJECT_ID,
    RUNTIMES,
    SECRET_VALUE,
    SQS,
    SQS_TRIGGER,
    TOKEN,
    TOKEN_ID,
    TRIGGER,
    TRIGGER_ID,
    UPLOAD_URL,
)


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


@pytest.mark.parametrize("client_class", [FunctionsClient, AsyncFunctionsClient])
@pytest.mark.parametrize("operation", OPERATIONS.values(), ids=list(OPERATIONS))
def test_one_method_per_operation(client_class: type, operation: Any) -> None:
    """Path ids come first and positional; query names are the API's; region= is optional."""
    method = getattr(client_class, _snake(operation.name))
    parameters = list(inspect.signature(method).parameters.values())[1:]  # without self
    leading = [p.name for p in parameters[: len(operation.path_params)]]
    assert leading == list(operation.path_params)
    for parameter in parameters[: len(operation.path_params)]:
        assert parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    names = {p.name for p in parameters}
    assert {parameter.name for parameter in operation.query} <= names
    region = inspect.signature(method).parameters["region"]
    assert region.kind is inspect.Parameter.KEYWORD_ONLY
    assert region.default is None
    assert inspect.iscoroutinefunction(method) is (client_class is AsyncFunctionsClient)


REQUESTS = [
    # functions, namespaces, runtimes
    pytest.param(
        lambda c: c.get_function(FUNCTION_ID),
        FUNCTION,
        ("GET", f"{FUNCTIONS}/{FUNCTION_ID}", {}, None),
        Function,
        id="get_function",
    ),
    pytest.param(
        lambda c: c.get_function(FUNCTION_ID, region="nl-ams"),
        FUNCTION,
        ("GET", f"/functions/v1beta1/regions/nl-ams/functions/{FUNCTION_ID}", {}, None),
        Function,
        id="get_function-region",
    ),
    pytest.param(
        lambda c: c.get_function(FUNCTION_ID, region=Region.PL_WAW),
        FUNCTION,
        ("GET", f"/functions/v1beta1/regions/pl-waw/functions/{FUNCTION_ID}", {}, None),
        Function,
        id="get_function-region-enum",
    ),
    pytest.param(
        lambda c: c.list_functions(NAMESPACE_ID, page=2, order_by=ListFunctionsOrderBy.NAME_ASC),
        {"functions": [FUNCTION], "total_count": 1},
        (
            "GET",
            FUNCTIONS,
            {"namespace_id": NAMESPACE_ID, "page": "2", "order_by": "name_asc"},
            None,
        ),
        ListFunctionsResponse,
        id="list_functions-enum",
    ),
    pytest.param(
        lambda c: c.list_functions(NAMESPACE_ID, page=2, order_by="name_asc"),
        {"functions": [], "total_count": 0},
        (
            "GET",
            FUNCTIONS,
            {"namespace_id": NAMESPACE_ID, "page": "2", "order_by": "name_asc"},
            None,
        ),
        ListFunctionsResponse,
        id="list_functions-str",
    ),
    *(
        pytest.param(
            lambda c, runtime=runtime: c.create_function(
                namespace_id=NAMESPACE_ID,
                name="hello",
                runtime=runtime,
                environment_variables={"A": "1"},
                secret_environment_variables=[Secret(key="K", value="v")],
                timeout="300s",
                description=None,
            ),
            RECORDED[6].json(),
            (
                "POST",
                FUNCTIONS,
                {},
                {
                    "namespace_id": NAMESPACE_ID,
                    "name": "hello",
                    "runtime": "python311",
                    "environment_variables": {"A": "1"},
                    "secret_environment_variables": [{"key": "K", "value": "v"}],
                    "timeout": "300s",
                },
            ),
            Function,
            id=f"create_function-{type(runtime).__name__}",
        )
        for runtime in (FunctionRuntime.PYTHON311, "python311")
    ),
    pytest.param(
        lambda c: c.update_function(FUNCTION_ID, redeploy=False, memory_limit=512),
        RECORDED[9].json(),
        ("PATCH", f"{FUNCTIONS}/{FUNCTION_ID}", {}, {"redeploy": False, "memory_limit": 512}),
        Function,
        id="update_function",
    ),
    *(
        pytest.param(
            lambda c, timeout=timeout: c.update_function(FUNCTION_ID, timeout=timeout),
            RECORDED[9].json(),
            ("PATCH", f"{FUNCTIONS}/{FUNCTION_ID}", {}, {"timeout": sent}),
            Function,
            id=f"update_function-timeout-{sent}",
        )
        for timeout, sent in [
            (datetime.timedelta(minutes=5), "300s"),
            (1.5, "1.5s"),
            (900, "900s"),
            (datetime.timedelta(milliseconds=250), "0.25s"),
            ("10.000000000s", "10.000000000s"),  # a duration string is sent as it is
        ]
    ),
    pytest.param(
        lambda c: c.deploy_function(FUNCTION_ID),
        RECORDED[9].json(),
        ("POST", f"{FUNCTIONS}/{FUNCTION_ID}/deploy", {}, {}),
        Function,
        id="deploy_function",
    ),
    pytest.param(
        lambda c: c.get_function_upload_url(FUNCTION_ID, content_length=780),
        UPLOAD_URL,
        ("GET", f"{FUNCTIONS}/{FUNCTION_ID}/upload-url", {"content_length": "780"}, None),
        UploadURL,
        id="get_function_upload_url",
    ),
    pytest.param(
        lambda c: c.delete_function(FUNCTION_ID),
        {**FUNCTION, "status": "deleting"},
        ("DELETE", f"{FUNCTIONS}/{FUNCTION_ID}", {}, None),
        Function,
        id="delete_function",
    ),
    pytest.param(
        lambda c: c.list_function_runtimes(),
        RUNTIMES,
        ("GET", "/functions/v1beta1/regions/fr-par/runtimes", {}, None),
        ListFunctionRuntimesResponse,
        id="list_function_runtimes",
    ),
    pytest.param(
        lambda c: c.get_namespace(NAMESPACE_ID),
        NAMESPACE,
        ("GET", f"{NAMESPACES}/{NAMESPACE_ID}", {}, None),
        Namespace,
        id="get_namespace",
    ),
    pytest.param(
        lambda c: c.list_namespaces(name="cli", project_id=PROJECT_ID, page_size=50),
        RECORDED[19].json(),
        ("GET", NAMESPACES, {"name": "cli", "project_id": PROJECT_ID, "page_size": "50"}, None),
        ListNamespacesResponse,
        id="list_namespaces",
    ),
    pytest.param(
        lambda c: c.create_namespace(
            name="cli-test-function-deploy",
            project_id=PROJECT_ID,
            secret_environment_variables=[Secret(key="TOKEN", value=SECRET_VALUE)],
            tags=["ci"],
        ),
        RECORDED[2].json(),
        (
            "POST",
            NAMESPACES,
            {},
            {
                "name": "cli-test-function-deploy",
                "project_id": PROJECT_ID,
                "secret_environment_variables": [{"key": "TOKEN", "value": SECRET_VALUE}],
                "tags": ["ci"],
            },
        ),
        Namespace,
        id="create_namespace",
    ),
    pytest.param(
        lambda c: c.update_namespace(NAMESPACE_ID, description="deploys", environment_variables={}),
        NAMESPACE,
        (
            "PATCH",
            f"{NAMESPACES}/{NAMESPACE_ID}",
            {},
            {"description": "deploys", "environment_variables": {}},
        ),
        Namespace,
        id="update_namespace",
    ),
    pytest.param(
        lambda c: c.delete_namespace(NAMESPACE_ID),
        RECORDED[20].json(),
        ("DELETE", f"{NAMESPACES}/{NAMESPACE_ID}", {}, None),
        Namespace,
        id="delete_namespace",
    ),
    pytest.param(
        lambda c: c.list_namespace_functions(NAMESPACE_ID, name="api"),
        {"functions": [FUNCTION], "total_count": 1},
        ("GET", f"{NAMESPACES}/{NAMESPACE_ID}/functions", {"name": "api"}, None),
        ListFunctionsResponse,
        id="list_namespace_functions",
    ),
    pytest.param(
        lambda c: c.get_function_download_url(FUNCTION_ID),
        {"url": DOWNLOAD_URL, "headers": {}},
        ("GET", f"{FUNCTIONS}/{FUNCTION_ID}/download-url", {}, None),
        DownloadURL,
        id="get_function_download_url",
    ),
    # crons
    pytest.param(
        lambda c: c.list_crons(
            FUNCTION_ID, page=2, page_size=10, order_by=ListCronsOrderBy.CREATED_AT_DESC
        ),
        {"crons": [CRON], "total_count": 11},
        (
            "GET",
            f"{API}/crons",
            {
                "function_id": FUNCTION_ID,
                "page": "2",
                "page_size": "10",
                "order_by": "created_at_desc",
            },
            None,
        ),
        ListCronsResponse,
        id="list_crons",
    ),
    pytest.param(
        lambda c: c.create_cron(
            function_id=FUNCTION_ID, schedule="0 * * * *", args=CRON["args"], name="hourly"
        ),
        CRON,
        (
            "POST",
            f"{API}/crons",
            {},
            {
                "function_id": FUNCTION_ID,
                "schedule": "0 * * * *",
                "args": CRON["args"],
                "name": "hourly",
            },
        ),
        Cron,
        id="create_cron",
    ),
    pytest.param(
        lambda c: c.create_cron(function_id=FUNCTION_ID, schedule="0 * * * *"),
        CRON,
        ("POST", f"{API}/crons", {}, {"function_id": FUNCTION_ID, "schedule": "0 * * * *"}),
        Cron,
        id="create_cron-minimal",
    ),
    pytest.param(
        lambda c: c.get_cron(CRON_ID),
        CRON,
        ("GET", f"{API}/crons/{CRON_ID}", {}, None),
        Cron,
        id="get_cron",
    ),
    pytest.param(
        lambda c: c.update_cron(CRON_ID, schedule="*/5 * * * *", args={"x": [1, 2]}),
        CRON,
        ("PATCH", f"{API}/crons/{CRON_ID}", {}, {"schedule": "*/5 * * * *", "args": {"x": [1, 2]}}),
        Cron,
        id="update_cron",
    ),
    pytest.param(
        lambda c: c.update_cron(CRON_ID, args={}),
        CRON,
        ("PATCH", f"{API}/crons/{CRON_ID}", {}, {"args": {}}),
        Cron,
        id="update_cron-empty-args",
    ),
    pytest.param(
        lambda c: c.delete_cron(CRON_ID),
        {**CRON, "status": "deleting"},
        ("DELETE", f"{API}/crons/{CRON_ID}", {}, None),
        Cron,
        id="delete_cron",
    ),
    # domains
    pytest.param(
        lambda c: c.list_domains(FUNCTION_ID, order_by=ListDomainsOrderBy.HOSTNAME_ASC),
        {"domains": [DOMAIN], "total_count": 1},
        ("GET", f"{API}/domains", {"function_id": FUNCTION_ID, "order_by": "hostname_asc"}, None),
        ListDomainsResponse,
        id="list_domains",
    ),
    pytest.param(
        lambda c: c.create_domain(hostname="api.example.com", function_id=FUNCTION_ID),
        {**DOMAIN, "status": "pending"},
        ("POST", f"{API}/domains", {}, {"hostname": "api.example.com", "function_id": FUNCTION_ID}),
        Domain,
        id="create_domain",
    ),
    pytest.param(
        lambda c: c.get_domain(DOMAIN_ID),
        DOMAIN,
        ("GET", f"{API}/domains/{DOMAIN_ID}", {}, None),
        Domain,
        id="get_domain",
    ),
    pytest.param(
        lambda c: c.delete_domain(DOMAIN_ID, region="nl-ams"),
        {**DOMAIN, "status": "deleting"},
        ("DELETE", f"/functions/v1beta1/regions/nl-ams/domains/{DOMAIN_ID}", {}, None),
        Domain,
        id="delete_domain-region",
    ),
    # tokens
    pytest.param(
        lambda c: c.list_tokens(namespace_id=NAMESPACE_ID),
        {
            "tokens": [NAMESPACE_TOKEN],
            "total_count": 1,
        },
        ("GET", f"{API}/tokens", {"namespace_id": NAMESPACE_ID}, None),
        ListTokensResponse,
        id="list_tokens-namespace",
    ),
    pytest.param(
        lambda c: c.list_tokens(function_id=FUNCTION_ID, page=3, order_by="created_at_asc"),
        {"tokens": [], "total_count": 0},
        (
            "GET",
            f"{API}/tokens",
            {"function_id": FUNCTION_ID, "page": "3", "order_by": "created_at_asc"},
            None,
        ),
        ListTokensResponse,
        id="list_tokens-function",
    ),
    pytest.param(
        lambda c: c.create_token(function_id=FUNCTION_ID, description="ci deploys"),
        TOKEN,
        ("POST", f"{API}/tokens", {}, {"function_id": FUNCTION_ID, "description": "ci deploys"}),
        Token,
        id="create_token-function",
    ),
    pytest.param(
        lambda c: c.create_token(namespace_id=NAMESPACE_ID),
        NAMESPACE_TOKEN,
        ("POST", f"{API}/tokens", {}, {"namespace_id": NAMESPACE_ID}),
        Token,
        id="create_token-namespace",
    ),
    pytest.param(
        lambda c: c.get_token(TOKEN_ID),
        TOKEN,
        ("GET", f"{API}/tokens/{TOKEN_ID}", {}, None),
        Token,
        id="get_token",
    ),
    pytest.param(
        lambda c: c.delete_token(TOKEN_ID),
        {**TOKEN, "status": "deleting"},
        ("DELETE", f"{API}/tokens/{TOKEN_ID}", {}, None),
        Token,
        id="delete_token",
    ),
    # triggers
    pytest.param(
        lambda c: c.list_triggers(
            namespace_id=NAMESPACE_ID,
            page_size=5,
            order_by=ListTriggersOrderBy.CREATED_AT_ASC,
        ),
        {"triggers": [TRIGGER, NATS_TRIGGER, SQS_TRIGGER], "total_count": 3},
        (
            "GET",
            f"{API}/triggers",
            {
                "namespace_id": NAMESPACE_ID,
                "page_size": "5",
                "order_by": "created_at_asc",
            },
            None,
        ),
        ListTriggersResponse,
        id="list_triggers",
    ),
    pytest.param(
        lambda c: c.create_trigger(
            name="orders",
            function_id=FUNCTION_ID,
            scw_sqs_config=CreateTriggerMnqSqsConfig(
                queue="orders", mnq_project_id=PROJECT_ID, mnq_region="fr-par"
            ),
        ),
        {**TRIGGER, "status": "creating"},
        (
            "POST",
            f"{API}/triggers",
            {},
            {
                "name": "orders",
                "function_id": FUNCTION_ID,
                "scw_sqs_config": {
                    "queue": "orders",
                    "mnq_project_id": PROJECT_ID,
                    "mnq_region": "fr-par",
                },
            },
        ),
        Trigger,
        id="create_trigger-scw_sqs",
    ),
    pytest.param(
        lambda c: c.create_trigger(
            name="orders",
            function_id=FUNCTION_ID,
            description="NATS events",
            scw_nats_config=CreateTriggerMnqNatsConfig(
                subject="orders.created",
                mnq_nats_account_id="nats-account-1",
                mnq_project_id=PROJECT_ID,
                mnq_region="nl-ams",
            ),
        ),
        NATS_TRIGGER,
        (
            "POST",
            f"{API}/triggers",
            {},
            {
                "name": "orders",
                "function_id": FUNCTION_ID,
                "description": "NATS events",
                "scw_nats_config": {
                    "subject": "orders.created",
                    "mnq_nats_account_id": "nats-account-1",
                    "mnq_project_id": PROJECT_ID,
                    "mnq_region": "nl-ams",
                },
            },
        ),
        Trigger,
        id="create_trigger-scw_nats",
    ),
    pytest.param(
        lambda c: c.create_trigger(
            name="orders", function_id=FUNCTION_ID, sqs_config=CreateTriggerSqsConfig(**SQS)
        ),
        SQS_TRIGGER,
        (
            "POST",
            f"{API}/triggers",
            {},
            {"name": "orders", "function_id": FUNCTION_ID, "sqs_config": SQS},
        ),
        Trigger,
        id="create_trigger-sqs",
    ),
    pytest.param(
        lambda c: c.get_trigger(TRIGGER_ID),
        TRIGGER,
        ("GET", f"{API}/triggers/{TRIGGER_ID}", {}, None),
        Trigger,
        id="get_trigger",
    ),
    pytest.param(
        lambda c: c.update_trigger(TRIGGER_ID, name="orders-v2", description="v2"),
        {**TRIGGER, "name": "orders-v2", "description": "v2"},
        ("PATCH", f"{API}/triggers/{TRIGGER_ID}", {}, {"name": "orders-v2", "description": "v2"}),
        Trigger,
        id="update_trigger",
    ),
    pytest.param(
        lambda c: c.update_trigger(
            TRIGGER_ID, sqs_config=UpdateTriggerSqsConfig(secret_key="rotated")
        ),
        SQS_TRIGGER,
        ("PATCH", f"{API}/triggers/{TRIGGER_ID}", {}, {"sqs_config": {"secret_key": "rotated"}}),
        Trigger,
        id="update_trigger-sqs-secret",
    ),
    pytest.param(
        lambda c: c.delete_trigger(TRIGGER_ID),
        {**TRIGGER, "status": "deleting"},
        ("DELETE", f"{API}/triggers/{TRIGGER_ID}", {}, None),
        Trigger,
        id="delete_trigger",
    ),
]


def _timestamps_as_instants(value: Any) -> Any:
    """`value` with every RFC 3339 string read as a datetime, so that `Z` equals `+00:00`."""
    if isinstance(value, dict):
        return {key: _timestamps_as_instants(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_timestamps_as_instants(item) for item in value]
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\dT\S+", value):
        return parse_datetime(value)
    return value


@pytest.mark.parametrize(("op", "answer", "expected", "result_type"), REQUESTS)
async def test_request_sent_and_answer_parsed(
    invoke: Invoke,
    op: Op,
    answer: Any,
    expected: tuple[str, str, dict[str, str], Any],
    result_type: type,
) -> None:
    """One request, to the API host, with the key; the answer parsed and kept whole."""
    method, path, query, body = expected
    server = Server(reply(200, answer))

    result = await invoke(server, op)

    assert len(server.requests) == 1
    request = server.last
    assert (request.method, request.url.scheme, request.url.host) == (method, "https", API_HOST)
    assert request.url.path == path
    assert dict(request.url.params) == query
    assert request.headers["X-Auth-Token"] == SECRET_KEY
    if body is None:
        assert request.content == b""
    else:
        assert request.headers["Content-Type"] == "application/json"
        assert json.loads(request.content) == body
    assert isinstance(result, result_type)
    assert _timestamps_as_instants(result.to_dict()) == _timestamps_as_instants(answer)


@pytest.mark.parametrize(
    "op",
    [
        lambda c: c.list_triggers(function_id=FUNCTION_ID, project_id=PROJECT_ID),
        lambda c: c.iter_triggers(namespace_id=NAMESPACE_ID, function_id=FUNCTION_ID),
    ],
    ids=["list_triggers", "iter_triggers"],
)
async def test_two_parameters_of_an_x_one_of_group_are_refused_before_sending(
    invoke: Invoke, op: Op
) -> None:
    """listTriggers takes at most one of function_id, namespace_id, project_id."""
    server = Server(reply(200, {"triggers": [], "total_count": 0}))

    with pytest.raises(ValueError, match="give at most one of function_id, namespace_id, "):
        await invoke(server, op)

    assert server.requests == []


def test_every_operation_has_a_row() -> None:
    """A new operation in openapi.yaml needs a row in REQUESTS."""
    covered = {str(row.id).split("-")[0] for row in REQUESTS}
    assert {_snake(name) for name in OPERATIONS} <= covered


def _patterns(node: Any, where: str = "") -> list[tuple[str, dict[str, Any]]]:
    """Every schema of `node` that has a `pattern`, with where it is."""
    found = []
    if isinstance(node, dict):
        if isinstance(node.get("pattern"), str):
            found.append((where, node))
        for key, value in node.items():
            found += _patterns(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _patterns(value, f"{where}/{index}")
    return found


def test_every_pattern_of_the_spec_is_described_in_words() -> None:
    """A pattern a person may break is told in words (`x-pattern-description`), never as
    a regex: the command line's messages come from there."""
    from pathlib import Path

    import yaml

    spec = yaml.safe_load((Path(__file__).resolve().parent.parent / "openapi.yaml").read_text())
    patterns = _patterns(spec)

    assert len(patterns) >= 8
    undescribed = [where for where, node in patterns if not node.get("x-pattern-description")]
    assert undescribed == []


def test_request_schemas_check_each_body_as_the_spec_says() -> None:
    """The generated JSON Schemas are whole (references inlined) and keep the spec's rules."""
    import jsonschema

    from scaleway_functions_api.request_schemas import REQUEST_SCHEMAS

    bodies = {op.body_schema for op in OPERATIONS.values() if op.body_schema}
    assert set(REQUEST_SCHEMAS) == bodies
    assert "$ref" not in json.dumps(REQUEST_SCHEMAS)
    create = jsonschema.Draft202012Validator(REQUEST_SCHEMAS["CreateFunctionRequest"])
    good = {"namespace_id": "1eb1bff4-3ba6-4bef-a8de-6a6508c28a74", "name": "hello",
            "timeout": "300s", "environment_variables": {"A": "1"},
            "secret_environment_variables": [{"key": "S", "value": "v"}]}  # fmt: skip
    assert list(create.iter_errors(good)) == []
    broken = {**good, "name": "Hello", "timeout": "901s", "environment_variables": {"SCW_A": "1"}}
    assert sorted(error.validator for error in create.iter_errors(broken)) == ["pattern"] * 3
