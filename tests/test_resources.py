"""Crons, domains, tokens and triggers: the four resources added to openapi.yaml.

They come with no handwritten client code: the generated methods, the overlay's generic
request/listing/waiting machinery and the emulator's generic routes serve them. So the tests
check, per resource: the requests the client sends and how it reads live-shaped answers
(through an httpx.MockTransport, sync and async), listings and waits, the `x-secret` fields,
the emulator's lifecycles and cascades, and that the overlay indeed has no per-resource code.
Nothing touches the network or really sleeps: the `clock` fixture fakes time for the client
and, in the emulator tests, for the emulator too.
"""

from __future__ import annotations

import datetime
import inspect
import json
import logging
import re
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from scaleway_functions import (
    AsyncFunctionsClient,
    CreateTriggerMnqNatsConfig,
    CreateTriggerMnqSqsConfig,
    CreateTriggerSqsConfig,
    Cron,
    CronStatus,
    Domain,
    DomainStatus,
    FunctionDeployError,
    FunctionsClient,
    InvalidArgumentsError,
    ListCronsOrderBy,
    ListDomainsOrderBy,
    ListTokensResponse,
    ListTriggersResponse,
    NotFoundError,
    ResourceFailedError,
    ResponseValidationError,
    ScalewayError,
    Token,
    TokenStatus,
    Trigger,
    TriggerInputType,
    TriggerMnqNatsClientConfig,
    TriggerMnqSqsClientConfig,
    TriggerSqsClientConfig,
    TriggerStatus,
    UpdateTriggerSqsConfig,
)
from scaleway_functions.testing import (
    AsyncEmulatorTransport,
    EmulatorTransport,
    Timings,
    create_app,
)
from scaleway_functions_api.types import UNSET

from .conftest import SECRET_KEY, Answer, FakeClock, Invoke, Op, Server, gather, reply, resolve
from .payloads import (
    API,
    CRON,
    CRON_ID,
    DOMAIN,
    DOMAIN_ID,
    FUNCTION_ID,
    NAMESPACE_ID,
    NAMESPACE_TOKEN,
    NATS_TRIGGER,
    PROJECT_ID,
    SCW_SQS,
    SQS,
    SQS_ACCESS,
    SQS_SECRET,
    SQS_TRIGGER,
    TOKEN,
    TOKEN_ID,
    TOKEN_VALUE,
    TRIGGER,
    TRIGGER_ID,
)

# --- a scripted API, and both clients -------------------------------------------------------


async def attempt(call: Awaitable[Any]) -> Any:
    """The call's result, or the ScalewayError it raised."""
    try:
        return await call
    except ScalewayError as error:
        return error


async def test_create_token_sends_expires_at_in_rfc3339(invoke: Invoke) -> None:
    expires = datetime.datetime(2030, 6, 1, 12, 30, tzinfo=datetime.timezone.utc)
    server = Server(reply(200, {**TOKEN, "expires_at": "2030-06-01T12:30:00Z"}))

    token = await invoke(
        server, lambda c: c.create_token(function_id=FUNCTION_ID, expires_at=expires)
    )

    sent = json.loads(server.last.content)["expires_at"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)", sent)
    assert datetime.datetime.fromisoformat(sent.replace("Z", "+00:00")) == expires
    assert token.expires_at == expires


async def test_cron_answer_parsed(invoke: Invoke) -> None:
    cron = await invoke(Server(reply(200, CRON)), lambda c: c.get_cron(CRON_ID))

    assert cron.status is CronStatus.READY
    assert (cron.id, cron.function_id, cron.schedule, cron.name) == (
        CRON_ID,
        FUNCTION_ID,
        "0 * * * *",
        "hourly",
    )
    assert cron.args["message"] == "hello"
    assert cron.args.to_dict() == CRON["args"]


async def test_domain_answer_parsed(invoke: Invoke) -> None:
    domain = await invoke(Server(reply(200, DOMAIN)), lambda c: c.get_domain(DOMAIN_ID))

    assert domain.status is DomainStatus.READY
    assert domain.url == "https://api.example.com"
    assert domain.hostname == "api.example.com"
    assert domain.error_message is None


@pytest.mark.parametrize(
    ("expires_at", "expected"),
    [
        pytest.param(None, None, id="never"),
        pytest.param(
            "2030-06-01T12:30:45.123456789Z",
            datetime.datetime(2030, 6, 1, 12, 30, 45, 123456, tzinfo=datetime.timezone.utc),
            id="nanoseconds",
        ),
        pytest.param(
            "2030-06-01T14:30:45+02:00",
            datetime.datetime(2030, 6, 1, 12, 30, 45, tzinfo=datetime.timezone.utc),
            id="offset",
        ),
    ],
)
async def test_token_answer_parsed(
    invoke: Invoke, expires_at: str | None, expected: datetime.datetime | None
) -> None:
    answer = {**TOKEN, "expires_at": expires_at}

    token = await invoke(Server(reply(200, answer)), lambda c: c.get_token(TOKEN_ID))

    assert token.status is TokenStatus.READY
    assert token.token == TOKEN_VALUE
    assert (token.function_id, token.namespace_id) == (FUNCTION_ID, UNSET)
    assert token.public_key == ""
    assert token.description == "ci deploys"
    if expected is None:
        assert token.expires_at is None
    else:
        assert isinstance(token.expires_at, datetime.datetime)
        assert token.expires_at == expected


@pytest.mark.parametrize(
    ("answer", "scope", "absent"),
    [
        pytest.param(TOKEN, ("function_id", FUNCTION_ID), "namespace_id", id="function"),
        pytest.param(
            NAMESPACE_TOKEN, ("namespace_id", NAMESPACE_ID), "function_id", id="namespace"
        ),
        pytest.param(
            {**TOKEN, "public_key": "-----BEGIN PUBLIC KEY-----\nMFkw\n-----END PUBLIC KEY-----\n"},
            ("function_id", FUNCTION_ID),
            "namespace_id",
            id="just-created-with-its-pem",
        ),
        pytest.param(
            {key: value for key, value in TOKEN.items() if key != "public_key"},
            ("function_id", FUNCTION_ID),
            "namespace_id",
            id="without-the-deprecated-public_key",
        ),
    ],
)
async def test_token_shapes_parsed_and_kept(
    invoke: Invoke, answer: dict[str, Any], scope: tuple[str, str], absent: str
) -> None:
    """Each shape the live API answers parses; to_dict() gives back exactly that shape."""
    for call in (lambda c: c.get_token(TOKEN_ID), lambda c: c.delete_token(TOKEN_ID)):
        token = await invoke(Server(reply(200, answer)), call)

        assert getattr(token, scope[0]) == scope[1]
        assert getattr(token, absent) is UNSET
        assert token.public_key == answer.get("public_key", UNSET)
        assert token.to_dict() == answer
        assert TOKEN_VALUE not in repr(token)


@pytest.mark.parametrize(
    ("answer", "input_type", "source", "config_type"),
    [
        pytest.param(
            TRIGGER,
            TriggerInputType.SCW_SQS,
            "scw_sqs_config",
            TriggerMnqSqsClientConfig,
            id="scw_sqs",
        ),
        pytest.param(
            NATS_TRIGGER,
            TriggerInputType.SCW_NATS,
            "scw_nats_config",
            TriggerMnqNatsClientConfig,
            id="scw_nats",
        ),
        pytest.param(
            SQS_TRIGGER, TriggerInputType.SQS, "sqs_config", TriggerSqsClientConfig, id="sqs"
        ),
    ],
)
async def test_trigger_answer_parsed(
    invoke: Invoke,
    answer: dict[str, Any],
    input_type: TriggerInputType,
    source: str,
    config_type: type,
) -> None:
    trigger = await invoke(Server(reply(200, answer)), lambda c: c.get_trigger(TRIGGER_ID))

    assert trigger.input_type is input_type
    assert trigger.status is TriggerStatus.READY
    assert trigger.error_message is None
    config = getattr(trigger, source)
    assert isinstance(config, config_type)
    assert config.to_dict() == answer[source]
    others = {"scw_sqs_config", "scw_nats_config", "sqs_config"} - {source}
    assert all(getattr(trigger, name) is UNSET for name in others)
    assert trigger.to_dict() == answer  # the unused sources stay absent, not null
    if source == "scw_sqs_config":
        assert trigger.scw_sqs_config.mnq_credential_id is None
        assert trigger.scw_sqs_config.queue == "orders"


EVOLVED = [
    pytest.param(
        lambda c: c.get_cron(CRON_ID),
        {**CRON, "status": "paused", "created_at": "2025-01-01T00:00:00Z"},
        ("status",),
        id="cron",
    ),
    pytest.param(
        lambda c: c.get_domain(DOMAIN_ID),
        {**DOMAIN, "status": "verifying", "certificate": {"issuer": "R3", "days": 90}},
        ("status",),
        id="domain",
    ),
    pytest.param(
        lambda c: c.get_token(TOKEN_ID),
        {**TOKEN, "status": "rotating", "scopes": ["invoke"]},
        ("status",),
        id="token",
    ),
    pytest.param(
        lambda c: c.get_trigger(TRIGGER_ID),
        {
            **TRIGGER,
            "input_type": "kafka",
            "status": "throttled",
            "retry_policy": {"max_attempts": 3},
            "scw_sqs_config": {**SCW_SQS, "dead_letter_queue": "orders-dlq"},
        },
        ("status", "input_type"),
        id="trigger",
    ),
]


@pytest.mark.parametrize(("op", "answer", "enum_fields"), EVOLVED)
async def test_unknown_fields_and_enum_values_survive(
    invoke: Invoke, op: Op, answer: dict[str, Any], enum_fields: tuple[str, ...]
) -> None:
    """A newer API's answer still parses, and round-trips whole through to_dict()."""
    resource = await invoke(Server(reply(200, answer)), op)

    assert resource.to_dict() == answer
    for name in enum_fields:
        value = getattr(resource, name)
        assert value == answer[name]
        assert not value.is_known


# --- errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("op", "message"),
    [
        pytest.param(lambda c: c.get_cron(CRON_ID), "Cron was not found", id="get_cron"),
        pytest.param(
            lambda c: c.update_cron(CRON_ID, name="x"), "Cron was not found", id="update_cron"
        ),
        pytest.param(lambda c: c.get_domain(DOMAIN_ID), "Domain was not found", id="get_domain"),
        pytest.param(lambda c: c.delete_token(TOKEN_ID), "Token was not found", id="delete_token"),
        pytest.param(
            lambda c: c.get_trigger(TRIGGER_ID), "Trigger was not found", id="get_trigger"
        ),
        pytest.param(
            lambda c: c.create_cron(function_id=FUNCTION_ID, schedule="0 * * * *"),
            "Function was not found",
            id="create_cron",
        ),
    ],
)
async def test_missing_resource_is_not_found_error(invoke: Invoke, op: Op, message: str) -> None:
    server = Server(reply(404, {"message": message}))

    with pytest.raises(NotFoundError) as caught:
        await invoke(server, op)

    assert caught.value.status_code == 404
    assert caught.value.message == message
    assert caught.value.error_type is None
    assert len(server.requests) == 1


def _invalid(argument: str, help_message: str) -> dict[str, Any]:
    detail = {"argument_name": argument, "reason": "constraint", "help_message": help_message}
    return {"type": "invalid_arguments", "message": "invalid argument(s)", "details": [detail]}


@pytest.mark.parametrize(
    ("op", "body"),
    [
        pytest.param(
            lambda c: c.create_cron(function_id=FUNCTION_ID, schedule="every hour"),
            _invalid("schedule", "must be in UNIX cron format"),
            id="create_cron",
        ),
        pytest.param(
            lambda c: c.create_domain(hostname="not a host!", function_id=FUNCTION_ID),
            _invalid("hostname", "must be a valid DNS name"),
            id="create_domain",
        ),
        pytest.param(
            lambda c: c.create_token(function_id=FUNCTION_ID, namespace_id=NAMESPACE_ID),
            _invalid("function_id", "give exactly one of function_id and namespace_id"),
            id="create_token",
        ),
        pytest.param(
            lambda c: c.create_trigger(name="t", function_id=FUNCTION_ID),
            _invalid("scw_sqs_config", "give exactly one source"),
            id="create_trigger",
        ),
        pytest.param(
            lambda c: c.update_trigger(
                TRIGGER_ID, sqs_config=UpdateTriggerSqsConfig(access_key="AK")
            ),
            _invalid("sqs_config", "this trigger does not read from SQS"),
            id="update_trigger",
        ),
    ],
)
async def test_refused_arguments_are_invalid_arguments_error(
    invoke: Invoke, op: Op, body: dict[str, Any]
) -> None:
    server = Server(reply(400, body), reply(200, TRIGGER))

    with pytest.raises(InvalidArgumentsError) as caught:
        await invoke(server, op)

    assert caught.value.status_code == 400
    assert caught.value.error_type == "invalid_arguments"
    assert caught.value.details == body["details"]
    assert len(server.requests) == 1, "a refused POST/PATCH is not resent"


# --- listings --------------------------------------------------------------------------------


def paged(items_field: str, template: dict[str, Any], count: int) -> Answer:
    """A listing of `count` items cut into pages as the query's page/page_size ask."""
    items = [{**template, "id": f"{template['id'][:-2]}{n:02d}"} for n in range(count)]

    def answer(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        size = int(request.url.params["page_size"])
        chunk = items[(page - 1) * size : page * size]
        return httpx.Response(200, json={items_field: chunk, "total_count": count})

    return answer


LISTINGS = [
    pytest.param(
        lambda c: c.iter_crons(FUNCTION_ID, order_by=ListCronsOrderBy.CREATED_AT_DESC, page_size=2),
        "crons",
        CRON,
        {"function_id": FUNCTION_ID, "order_by": "created_at_desc"},
        Cron,
        id="crons",
    ),
    pytest.param(
        lambda c: c.iter_domains(FUNCTION_ID, order_by="hostname_desc", page_size=2),
        "domains",
        DOMAIN,
        {"function_id": FUNCTION_ID, "order_by": "hostname_desc"},
        Domain,
        id="domains",
    ),
    pytest.param(
        lambda c: c.iter_tokens(namespace_id=NAMESPACE_ID, page_size=2),
        "tokens",
        TOKEN,
        {"namespace_id": NAMESPACE_ID},
        Token,
        id="tokens",
    ),
    pytest.param(
        lambda c: c.iter_triggers(function_id=FUNCTION_ID, page_size=2),
        "triggers",
        TRIGGER,
        {"function_id": FUNCTION_ID},
        Trigger,
        id="triggers",
    ),
]


@pytest.mark.parametrize(("op", "items_field", "template", "filters", "item_type"), LISTINGS)
async def test_iter_walks_every_page_with_its_filters(
    invoke: Invoke,
    op: Op,
    items_field: str,
    template: dict[str, Any],
    filters: dict[str, str],
    item_type: type,
) -> None:
    server = Server(paged(items_field, template, count=5))

    items = await invoke(server, lambda c: gather(op(c)))

    assert [item.id for item in items] == [f"{template['id'][:-2]}{n:02d}" for n in range(5)]
    assert all(isinstance(item, item_type) for item in items)
    assert {request.url.path for request in server.requests} == {f"{API}/{items_field}"}
    queries = sorted((dict(r.url.params) for r in server.requests), key=lambda q: q["page"])
    assert queries == [{**filters, "page": str(page), "page_size": "2"} for page in (1, 2, 3)]


# --- waiting ---------------------------------------------------------------------------------

WAITS = [
    pytest.param(
        lambda c: c.wait_for_cron(CRON_ID), CRON, ["pending", "unknown"], "crons", id="cron"
    ),
    pytest.param(
        lambda c: c.wait_for_domain(DOMAIN_ID),
        DOMAIN,
        ["pending", "creating"],
        "domains",
        id="domain",
    ),
    pytest.param(
        lambda c: c.wait_for_token(TOKEN_ID), TOKEN, ["creating", "unknown"], "tokens", id="token"
    ),
    pytest.param(
        lambda c: c.wait_for_trigger(TRIGGER_ID),
        TRIGGER,
        ["creating", "pending", "unknown_status"],
        "triggers",
        id="trigger",
    ),
]


@pytest.mark.parametrize(("op", "answer", "transient", "collection"), WAITS)
async def test_wait_polls_until_ready(
    invoke: Invoke,
    clock: FakeClock,
    op: Op,
    answer: dict[str, Any],
    transient: list[str],
    collection: str,
) -> None:
    """Transient statuses, and one the spec does not know yet, mean: poll again."""
    statuses = [*transient, "provisioning", "ready"]
    server = Server(*(reply(200, {**answer, "status": status}) for status in statuses))

    resource = await invoke(server, op)

    assert resource.status == "ready"
    assert resource.status.is_known
    assert len(server.requests) == len(statuses)
    assert {(r.method, r.url.path) for r in server.requests} == {
        ("GET", f"{API}/{collection}/{answer['id']}")
    }
    assert len(clock.sleeps) == len(statuses) - 1
    assert all(seconds > 0 for seconds in clock.sleeps)


@pytest.mark.parametrize(
    ("op", "answer", "status", "error_message", "resource_name"),
    [
        pytest.param(
            lambda c: c.wait_for_domain(DOMAIN_ID),
            DOMAIN,
            "error",
            "api.example.com has no CNAME record to the function",
            "domain",
            id="domain-error",
        ),
        pytest.param(
            lambda c: c.wait_for_trigger(TRIGGER_ID),
            TRIGGER,
            "error",
            "queue orders does not exist",
            "trigger",
            id="trigger-error",
        ),
        pytest.param(
            lambda c: c.wait_for_cron(CRON_ID), CRON, "locked", None, "cron", id="cron-locked"
        ),
        pytest.param(
            lambda c: c.wait_for_token(TOKEN_ID),
            TOKEN,
            "deleting",
            None,
            "token",
            id="token-deleting",
        ),
    ],
)
async def test_wait_raises_resource_failed_error(
    invoke: Invoke,
    op: Op,
    answer: dict[str, Any],
    status: str,
    error_message: str | None,
    resource_name: str,
) -> None:
    failed = {**answer, "status": status}
    if error_message is not None:
        failed["error_message"] = error_message
    server = Server(reply(200, {**answer, "status": "pending"}), reply(200, failed))

    with pytest.raises(ResourceFailedError) as caught:
        await invoke(server, op)

    error = caught.value
    assert not isinstance(error, FunctionDeployError)
    assert error.status == status
    assert error.error_message == error_message
    assert error.resource == resource_name
    assert error.resource_id == answer["id"]
    assert error.resource_object.to_dict() == failed
    assert (error_message or status) in str(error)
    assert len(server.requests) == 2


# --- secrets ---------------------------------------------------------------------------------


def _texts(error: BaseException) -> Iterator[str]:
    """Everything an error shows: str, repr, message and args, down its cause chain."""
    seen: BaseException | None = error
    while seen is not None:
        yield str(seen)
        yield repr(seen)
        yield str(getattr(seen, "message", ""))
        yield from (str(arg) for arg in seen.args)
        seen = seen.__cause__ or seen.__context__


@pytest.mark.parametrize(
    "token",
    [
        pytest.param(Token.from_dict(TOKEN), id="Token"),
        pytest.param(
            ListTokensResponse.from_dict({"tokens": [TOKEN], "total_count": 1}),
            id="ListTokensResponse",
        ),
    ],
)
def test_token_value_not_in_repr(token: Any) -> None:
    assert TOKEN_ID in repr(token), "the repr still says which token it is"
    assert TOKEN_VALUE not in repr(token)
    assert TOKEN_VALUE not in str(token)
    assert TOKEN_VALUE in json.dumps(token.to_dict()), "to_dict() is the raw data"


@pytest.mark.parametrize(
    "config",
    [
        pytest.param(TriggerSqsClientConfig.from_dict(SQS), id="TriggerSqsClientConfig"),
        pytest.param(CreateTriggerSqsConfig(**SQS), id="CreateTriggerSqsConfig"),
        pytest.param(
            UpdateTriggerSqsConfig(access_key=SQS_ACCESS, secret_key=SQS_SECRET),
            id="UpdateTriggerSqsConfig",
        ),
        pytest.param(Trigger.from_dict(SQS_TRIGGER), id="Trigger"),
        pytest.param(
            ListTriggersResponse.from_dict({"triggers": [SQS_TRIGGER], "total_count": 1}),
            id="ListTriggersResponse",
        ),
    ],
)
def test_sqs_secret_key_not_in_repr(config: Any) -> None:
    assert SQS_ACCESS in repr(config), "the repr still shows the non-secret fields"
    assert SQS_SECRET not in repr(config)
    assert SQS_SECRET not in str(config)


async def test_secrets_never_in_debug_logs_or_errors(
    invoke: Invoke, caplog: pytest.LogCaptureFixture
) -> None:
    """A session creating a token and an SQS trigger, one call refused, DEBUG logging on."""
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="scaleway_functions")
    rotated = "sqs-rotated-secret-0a1b2c"

    def route(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path.startswith(f"{API}/tokens"):
            if request.url.params.get("namespace_id"):
                return httpx.Response(200, json={"tokens": [TOKEN], "total_count": 1})
            return httpx.Response(200, json=TOKEN)
        if request.method == "POST" and b"refused" in request.content:
            return httpx.Response(400, json=_invalid("sqs_config", "bad queue_url"))
        return httpx.Response(200, json=SQS_TRIGGER)

    server = Server(route)
    errors: list[ScalewayError] = []

    async def session(client: Any) -> None:
        await resolve(client.create_token(function_id=FUNCTION_ID))
        await resolve(client.get_token(TOKEN_ID))
        await resolve(client.wait_for_token(TOKEN_ID))
        await gather(client.iter_tokens(namespace_id=NAMESPACE_ID))
        sqs = CreateTriggerSqsConfig(**SQS)
        await resolve(client.create_trigger(name="t", function_id=FUNCTION_ID, sqs_config=sqs))
        await resolve(
            client.update_trigger(TRIGGER_ID, sqs_config=UpdateTriggerSqsConfig(secret_key=rotated))
        )
        await resolve(client.get_trigger(TRIGGER_ID))
        try:
            await resolve(
                client.create_trigger(name="refused", function_id=FUNCTION_ID, sqs_config=sqs)
            )
        except ScalewayError as exc:
            errors.append(exc)

    await invoke(server, session)

    sent = b"".join(request.content for request in server.requests)
    assert SQS_SECRET.encode() in sent, "the secret is sent, in request bodies"
    assert rotated.encode() in sent
    assert len(errors) == 1
    for text in _texts(errors[0]):
        assert SQS_SECRET not in text
    assert [r for r in caplog.records if r.name.startswith("scaleway_functions")], "DEBUG logs"
    for record in caplog.records:
        message = record.getMessage()
        for secret in (TOKEN_VALUE, SQS_SECRET, rotated, SECRET_KEY):
            assert secret not in message, record.name


async def test_off_spec_sqs_config_is_refused_not_kept_raw(invoke: Invoke) -> None:
    """An sqs_config missing a required field must not slip through as a plain dict.

    Kept raw, it would carry `secret_key` into repr() (x-secret no longer applies) while
    typed as TriggerSqsClientConfig. Other missing fields raise ResponseValidationError.
    """
    broken = {key: value for key, value in SQS.items() if key != "access_key"}
    answer = {**SQS_TRIGGER, "sqs_config": broken}

    outcome = await attempt(invoke(Server(reply(200, answer)), lambda c: c.get_trigger(TRIGGER_ID)))

    assert isinstance(outcome, ResponseValidationError), (
        f"accepted: sqs_config kept as a {type(getattr(outcome, 'sqs_config', None)).__name__}; "
        f"secret_key in repr(): {SQS_SECRET in repr(outcome)}"
    )
    assert "access_key" in outcome.message
    assert all(SQS_SECRET not in text for text in _texts(outcome))


async def test_unparseable_expires_at_is_refused_not_kept_as_text(invoke: Invoke) -> None:
    """Token.expires_at is a datetime or None; a non-date must not come back as a str."""
    answer = {**TOKEN, "expires_at": "next tuesday"}

    outcome = await attempt(invoke(Server(reply(200, answer)), lambda c: c.get_token(TOKEN_ID)))

    assert isinstance(outcome, ResponseValidationError), (
        f"accepted: expires_at kept as {getattr(outcome, 'expires_at', None)!r}"
    )
    assert "getToken" in outcome.message
    assert all(TOKEN_VALUE not in text for text in _texts(outcome))


async def test_truncated_token_answer_keeps_the_token_out_of_the_error(invoke: Invoke) -> None:
    """A 2xx answer cut short is not JSON; its error must not quote the token value."""
    truncated = json.dumps(TOKEN)[:-60].encode()
    assert TOKEN_VALUE.encode() in truncated

    with pytest.raises(ResponseValidationError) as caught:
        await invoke(
            Server(reply(200, content=truncated)),
            lambda c: c.create_token(function_id=FUNCTION_ID),
        )

    assert "createToken" in caught.value.message
    for text in _texts(caught.value):
        assert TOKEN_VALUE not in text


# --- against the emulator --------------------------------------------------------------------

EMULATOR_URL = "http://emulator"
MISSING_ID = "00000000-0000-4000-8000-0000000000ff"


@dataclass
class Emulated:
    """A FunctionsClient on an in-process emulator whose time is the `clock` fixture's."""

    client: FunctionsClient
    transport: EmulatorTransport
    clock: FakeClock

    def later(self, seconds: float = 1.0) -> None:
        """Let emulated time pass (every transition takes 1s here)."""
        self.clock.now += seconds

    def raw(self, method: str, path: str, **params: str) -> httpx.Response:
        """A request the client cannot send, straight through the same transport."""
        request = httpx.Request(
            method, f"{EMULATOR_URL}{path}", params=params, headers={"X-Auth-Token": "x"}
        )
        response = self.transport.handle_request(request)
        response.read()
        return response

    def function(self, namespace_id: str | None = None) -> tuple[str, str]:
        """(namespace id, function id) of a new function, in a new namespace by default."""
        if namespace_id is None:
            namespace_id = self.client.create_namespace(name="ns").id
        function = self.client.create_function(namespace_id=namespace_id, name="fn")
        return namespace_id, function.id


@pytest.fixture
def emu(clock: FakeClock) -> Iterator[Emulated]:
    timings = Timings(namespace_ready=1, build=0, deletion=1)
    transport = EmulatorTransport(create_app(timings=timings, clock=clock.monotonic))
    client = FunctionsClient(secret_key="x", api_url=EMULATOR_URL, transport=transport)
    try:
        yield Emulated(client, transport, clock)
    finally:
        client.close()
        transport.close()


def test_emulated_cron_lifecycle(emu: Emulated) -> None:
    _, function_id = emu.function()
    c = emu.client

    cron = c.create_cron(
        function_id=function_id, schedule="0 * * * *", args={"a": {"b": [1]}}, name="hourly"
    )
    assert cron.status is CronStatus.PENDING
    assert cron.args.to_dict() == {"a": {"b": [1]}}
    ready = c.wait_for_cron(cron.id)
    assert ready.to_dict() == {**cron.to_dict(), "status": "ready"}

    updated = c.update_cron(cron.id, schedule="*/5 * * * *", name="five")
    assert (updated.schedule, updated.name) == ("*/5 * * * *", "five")
    assert updated.status is CronStatus.PENDING, "a changed cron is set up again"
    assert updated.args.to_dict() == {"a": {"b": [1]}}, "omitted fields are kept"
    assert c.wait_for_cron(cron.id).to_dict() == {**updated.to_dict(), "status": "ready"}

    other = c.create_cron(function_id=emu.function()[1], schedule="0 0 * * *")
    listed = c.list_crons(function_id)
    assert (listed.total_count, [x.id for x in listed.crons]) == (1, [cron.id])
    assert [x.id for x in c.iter_crons(other.function_id)] == [other.id]

    assert c.delete_cron(cron.id).status is CronStatus.DELETING
    emu.later()
    with pytest.raises(NotFoundError, match="Cron was not found"):
        c.get_cron(cron.id)
    assert c.list_crons(function_id).total_count == 0


def test_emulated_cron_needs_an_existing_function(emu: Emulated) -> None:
    with pytest.raises(NotFoundError) as caught:
        emu.client.create_cron(function_id=MISSING_ID, schedule="0 * * * *")

    assert caught.value.message == "Function was not found"


@pytest.mark.parametrize(
    "op",
    [
        pytest.param(
            lambda c, f, cron: c.create_cron(function_id=f, schedule="every hour"), id="create"
        ),
        pytest.param(lambda c, f, cron: c.update_cron(cron, schedule="every hour"), id="update"),
    ],
)
def test_emulated_cron_refuses_a_bad_schedule(
    emu: Emulated, op: Callable[[FunctionsClient, str, str], Any]
) -> None:
    _, function_id = emu.function()
    cron = emu.client.create_cron(function_id=function_id, schedule="0 * * * *")

    with pytest.raises(InvalidArgumentsError) as caught:
        op(emu.client, function_id, cron.id)

    assert caught.value.error_type == "invalid_arguments"
    assert [d["argument_name"] for d in caught.value.details or []] == ["schedule"]
    assert emu.client.get_cron(cron.id).schedule == "0 * * * *"


def test_emulated_domain_goes_pending_then_ready(emu: Emulated) -> None:
    _, function_id = emu.function()
    c = emu.client

    domain = c.create_domain(hostname="api.example.com", function_id=function_id)
    assert domain.status is DomainStatus.PENDING
    assert c.get_domain(domain.id).status is DomainStatus.PENDING
    emu.later()
    ready = c.get_domain(domain.id)

    assert ready.status is DomainStatus.READY
    assert ready.url == "https://api.example.com"
    assert ready.error_message is None


def test_emulated_wait_for_domain(emu: Emulated) -> None:
    _, function_id = emu.function()
    domain = emu.client.create_domain(hostname="www.example.org", function_id=function_id)

    ready = emu.client.wait_for_domain(domain.id)

    assert ready.status is DomainStatus.READY
    assert ready.url == "https://www.example.org"
    assert emu.clock.sleeps, "it was pending at first"


def test_emulated_invalid_hostname_ends_in_error(emu: Emulated) -> None:
    _, function_id = emu.function()
    domain = emu.client.create_domain(hostname="not a host!", function_id=function_id)
    assert domain.status is DomainStatus.PENDING

    with pytest.raises(ResourceFailedError) as caught:
        emu.client.wait_for_domain(domain.id)

    error = caught.value
    assert not isinstance(error, FunctionDeployError)
    assert (error.status, error.resource, error.resource_id) == ("error", "domain", domain.id)
    assert error.error_message
    assert "not a valid DNS name" in error.error_message
    assert error.error_message in str(error)
    failed = emu.client.get_domain(domain.id)
    assert (failed.status, failed.error_message) == (DomainStatus.ERROR, error.error_message)


@pytest.mark.parametrize(
    ("order_by", "expected"),
    [
        ("hostname_asc", ["a.example.com", "b.example.com", "c.example.com"]),
        (ListDomainsOrderBy.HOSTNAME_DESC, ["c.example.com", "b.example.com", "a.example.com"]),
    ],
)
def test_emulated_domains_ordered_by_hostname(
    emu: Emulated, order_by: Any, expected: list[str]
) -> None:
    _, function_id = emu.function()
    for hostname in ("b.example.com", "c.example.com", "a.example.com"):
        emu.client.create_domain(hostname=hostname, function_id=function_id)

    listed = emu.client.list_domains(function_id, order_by=order_by)

    assert [domain.hostname for domain in listed.domains] == expected
    assert [d.hostname for d in emu.client.iter_domains(function_id, order_by=order_by)] == expected


def test_emulated_tokens_for_a_function_or_a_namespace(emu: Emulated) -> None:
    namespace_id, function_id = emu.function()
    c = emu.client

    for_function = c.create_token(function_id=function_id, description="fn")
    for_namespace = c.create_token(namespace_id=namespace_id)

    assert (for_function.function_id, for_function.namespace_id) == (function_id, UNSET)
    assert (for_namespace.function_id, for_namespace.namespace_id) == (UNSET, namespace_id)
    assert for_function.token
    assert for_namespace.token
    assert for_function.token != for_namespace.token
    assert for_function.status is TokenStatus.CREATING
    assert (for_function.description, for_namespace.description) == ("fn", "")
    assert isinstance(for_function.public_key, str)
    assert for_function.public_key.startswith("-----BEGIN PUBLIC KEY-----\n")
    ready = c.wait_for_token(for_function.id)
    assert (ready.status, ready.token, ready.public_key) == (
        TokenStatus.READY,
        for_function.token,
        "",
    ), "the PEM is shown at creation only"
    assert [t.id for t in c.list_tokens(function_id=function_id).tokens] == [for_function.id]
    assert [t.id for t in c.list_tokens(namespace_id=namespace_id).tokens] == [for_namespace.id]
    assert [t.id for t in c.iter_tokens(namespace_id=namespace_id)] == [for_namespace.id]


def test_emulated_token_keeps_its_expiry(emu: Emulated) -> None:
    _, function_id = emu.function()
    expires = datetime.datetime(2030, 6, 1, 12, 30, tzinfo=datetime.timezone.utc)

    token = emu.client.create_token(function_id=function_id, expires_at=expires)

    assert token.expires_at == expires
    assert emu.client.get_token(token.id).expires_at == expires


@pytest.mark.parametrize("owners", [("function_id", "namespace_id"), ()], ids=["both", "neither"])
def test_emulated_token_needs_exactly_one_owner(emu: Emulated, owners: tuple[str, ...]) -> None:
    namespace_id, function_id = emu.function()
    ids = {"function_id": function_id, "namespace_id": namespace_id}

    with pytest.raises(InvalidArgumentsError) as caught:
        emu.client.create_token(**{owner: ids[owner] for owner in owners})

    assert caught.value.status_code == 400
    assert caught.value.details
    assert emu.client.list_tokens(function_id=function_id).total_count == 0


SCW_SQS_SOURCE = {
    "scw_sqs_config": CreateTriggerMnqSqsConfig(
        queue="q", mnq_project_id=PROJECT_ID, mnq_region="fr-par"
    )
}
SCW_NATS_SOURCE = {
    "scw_nats_config": CreateTriggerMnqNatsConfig(
        subject="s", mnq_nats_account_id="acc", mnq_project_id=PROJECT_ID, mnq_region="nl-ams"
    )
}
SQS_SOURCE = {"sqs_config": CreateTriggerSqsConfig(**SQS)}
SOURCES = [
    pytest.param(SCW_SQS_SOURCE, TriggerInputType.SCW_SQS, id="scw_sqs"),
    pytest.param(SCW_NATS_SOURCE, TriggerInputType.SCW_NATS, id="scw_nats"),
    pytest.param(SQS_SOURCE, TriggerInputType.SQS, id="sqs"),
]


@pytest.mark.parametrize(("source", "input_type"), SOURCES)
def test_emulated_trigger_source_gives_its_input_type(
    emu: Emulated, source: dict[str, Any], input_type: TriggerInputType
) -> None:
    _, function_id = emu.function()
    (field,) = source

    trigger = emu.client.create_trigger(name="t", function_id=function_id, **source)

    assert trigger.input_type is input_type
    assert trigger.status is TriggerStatus.CREATING
    assert trigger.description == ""
    sent = source[field].to_dict()
    assert {k: v for k, v in getattr(trigger, field).to_dict().items() if k in sent} == sent
    others = {"scw_sqs_config", "scw_nats_config", "sqs_config"} - {field}
    assert all(getattr(trigger, name) is UNSET for name in others)
    assert others.isdisjoint(trigger.to_dict())
    ready = emu.client.wait_for_trigger(trigger.id)
    assert ready.status is TriggerStatus.READY
    expected = trigger.to_dict()
    if field != "sqs_config":  # Messaging and Queuing credentials come with readiness
        assert getattr(trigger, field).mnq_credential_id is None
        credential = getattr(ready, field).mnq_credential_id
        assert isinstance(credential, str)
        assert credential
        expected[field]["mnq_credential_id"] = credential
    assert ready.to_dict() == {**expected, "status": "ready"}


@pytest.mark.parametrize(
    "sources",
    [
        pytest.param((), id="zero"),
        pytest.param(("scw_sqs_config", "sqs_config"), id="two"),
        pytest.param(("scw_sqs_config", "scw_nats_config", "sqs_config"), id="three"),
    ],
)
def test_emulated_trigger_needs_exactly_one_source(emu: Emulated, sources: tuple[str, ...]) -> None:
    _, function_id = emu.function()
    configs = {**SCW_SQS_SOURCE, **SCW_NATS_SOURCE, **SQS_SOURCE}

    with pytest.raises(InvalidArgumentsError) as caught:
        emu.client.create_trigger(
            name="t", function_id=function_id, **{name: configs[name] for name in sources}
        )

    assert caught.value.details
    assert emu.client.list_triggers(function_id=function_id).total_count == 0


def test_emulated_trigger_update(emu: Emulated) -> None:
    _, function_id = emu.function()
    c = emu.client
    scw = c.create_trigger(name="t", function_id=function_id, **SCW_SQS_SOURCE)
    sqs = c.create_trigger(name="s", function_id=function_id, **SQS_SOURCE)

    renamed = c.update_trigger(scw.id, name="t2", description="renamed")
    assert (renamed.name, renamed.description) == ("t2", "renamed")
    assert c.update_trigger(scw.id, description="only").name == "t2", "omitted fields are kept"

    with pytest.raises(InvalidArgumentsError) as caught:
        c.update_trigger(scw.id, sqs_config=UpdateTriggerSqsConfig(secret_key="new"))
    assert [d["argument_name"] for d in caught.value.details or []] == ["sqs_config"]
    assert c.get_trigger(scw.id).sqs_config is UNSET

    rotated = c.update_trigger(sqs.id, sqs_config=UpdateTriggerSqsConfig(secret_key="new"))
    assert rotated.sqs_config is not None
    assert rotated.sqs_config.secret_key == "new"
    assert rotated.sqs_config.access_key == SQS_ACCESS, "omitted credentials are kept"


def test_emulated_triggers_listed_by_function_namespace_and_project(emu: Emulated) -> None:
    namespace_id, function_id = emu.function()
    _, sibling_id = emu.function(namespace_id)
    _, stranger_id = emu.function()
    c = emu.client
    project_id = c.get_namespace(namespace_id).project_id
    ids = {
        f: c.create_trigger(name=f[:8], function_id=f, **SCW_NATS_SOURCE).id
        for f in (function_id, sibling_id, stranger_id)
    }

    assert [t.id for t in c.list_triggers(function_id=function_id).triggers] == [ids[function_id]]
    by_namespace = {t.id for t in c.iter_triggers(namespace_id=namespace_id)}
    assert by_namespace == {ids[function_id], ids[sibling_id]}
    assert {t.id for t in c.iter_triggers(project_id=project_id)} == set(ids.values())


def test_emulated_deleting_a_function_removes_its_children(emu: Emulated) -> None:
    namespace_id, function_id = emu.function()
    c = emu.client
    cron = c.create_cron(function_id=function_id, schedule="0 * * * *")
    domain = c.create_domain(hostname="api.example.com", function_id=function_id)
    token = c.create_token(function_id=function_id)
    trigger = c.create_trigger(name="t", function_id=function_id, **SCW_SQS_SOURCE)
    children: dict[str, Callable[[], Any]] = {
        "Cron": lambda: c.get_cron(cron.id),
        "Domain": lambda: c.get_domain(domain.id),
        "Token": lambda: c.get_token(token.id),
        "Trigger": lambda: c.get_trigger(trigger.id),
    }
    namespace_token = c.create_token(namespace_id=namespace_id)

    c.delete_function(function_id)

    assert {kind: str(get().status) for kind, get in children.items()} == dict.fromkeys(
        children, "deleting"
    )
    emu.later()
    for kind, get in children.items():
        with pytest.raises(NotFoundError, match=f"{kind} was not found"):
            get()
    assert c.get_token(namespace_token.id).status is TokenStatus.READY
    assert c.list_tokens(function_id=function_id).total_count == 0
    assert c.list_triggers(function_id=function_id).total_count == 0


def test_emulated_deleting_a_namespace_removes_its_functions_and_tokens(emu: Emulated) -> None:
    namespace_id, function_id = emu.function()
    other_namespace_id, other_function_id = emu.function()
    c = emu.client
    cron = c.create_cron(function_id=function_id, schedule="0 * * * *")
    function_token = c.create_token(function_id=function_id)
    namespace_token = c.create_token(namespace_id=namespace_id)
    kept_token = c.create_token(namespace_id=other_namespace_id)
    kept_cron = c.create_cron(function_id=other_function_id, schedule="0 * * * *")

    c.delete_namespace(namespace_id)
    emu.later()

    gone = [
        lambda: c.get_namespace(namespace_id),
        lambda: c.get_function(function_id),
        lambda: c.get_cron(cron.id),
        lambda: c.get_token(function_token.id),
        lambda: c.get_token(namespace_token.id),
    ]
    for get in gone:
        with pytest.raises(NotFoundError):
            get()
    assert c.get_token(kept_token.id).status is TokenStatus.READY
    assert c.get_cron(kept_cron.id).status is CronStatus.READY
    assert c.list_tokens(namespace_id=namespace_id).total_count == 0


@pytest.mark.parametrize(
    ("collection", "method"), [("crons", "list_crons"), ("domains", "list_domains")]
)
def test_emulated_listing_without_its_required_filter_is_refused(
    emu: Emulated, collection: str, method: str
) -> None:
    """The client cannot omit function_id (it is required), so send the request raw."""
    parameter = inspect.signature(getattr(FunctionsClient, method)).parameters["function_id"]
    assert parameter.default is inspect.Parameter.empty

    response = emu.raw("GET", f"{API}/{collection}")

    assert response.status_code == 400
    body = response.json()
    assert body["type"] == "invalid_arguments"
    assert body["details"][0]["argument_name"] == "function_id"
    assert body["details"][0]["reason"] == "required"
    assert emu.raw("GET", f"{API}/{collection}", function_id=MISSING_ID).json() == {
        collection: [],
        "total_count": 0,
    }


def test_emulated_iter_crons_pages(emu: Emulated) -> None:
    _, function_id = emu.function()
    created = {
        emu.client.create_cron(function_id=function_id, schedule="0 * * * *").id for _ in range(5)
    }

    pages = list(emu.client.iter_crons(function_id, page_size=2).pages())

    assert [len(page.crons) for page in pages] == [2, 2, 1]
    assert {cron.id for page in pages for cron in page.crons} == created


def test_emulated_listings_default_to_creation_order(emu: Emulated) -> None:
    """created_at_asc (the default) lists in creation order, created_at_desc the reverse.

    Crons, domains, tokens and triggers carry no created_at field, so this only holds if
    the emulator keeps their creation order some other way.
    """
    _, function_id = emu.function()
    c = emu.client
    names = [f"n{n}" for n in range(8)]
    crons = [c.create_cron(function_id=function_id, schedule="0 * * * *", name=n) for n in names]
    domains = [c.create_domain(hostname=f"{n}.example.com", function_id=function_id) for n in names]
    tokens = [c.create_token(function_id=function_id, description=n) for n in names]
    triggers = [c.create_trigger(name=n, function_id=function_id, **SCW_SQS_SOURCE) for n in names]
    created = {
        "crons": [x.id for x in crons],
        "domains": [x.id for x in domains],
        "tokens": [x.id for x in tokens],
        "triggers": [x.id for x in triggers],
    }

    listed = {
        "crons": [x.id for x in c.iter_crons(function_id)],
        "domains": [x.id for x in c.iter_domains(function_id)],
        "tokens": [x.id for x in c.iter_tokens(function_id=function_id)],
        "triggers": [x.id for x in c.iter_triggers(function_id=function_id)],
    }
    newest_first = [x.id for x in c.iter_crons(function_id, order_by="created_at_desc")]

    assert listed == created
    assert newest_first == created["crons"][::-1]


async def test_emulated_lifecycle_through_the_async_client(clock: FakeClock) -> None:
    timings = Timings(namespace_ready=1, build=0, deletion=1)
    transport = AsyncEmulatorTransport(create_app(timings=timings, clock=clock.monotonic))
    async with AsyncFunctionsClient(secret_key="x", api_url=EMULATOR_URL, transport=transport) as c:
        namespace = await c.create_namespace(name="ns")
        function = await c.create_function(namespace_id=namespace.id, name="fn")
        cron = await c.create_cron(function_id=function.id, schedule="0 * * * *", args={"k": 1})
        domain = await c.create_domain(hostname="api.example.com", function_id=function.id)
        token = await c.create_token(namespace_id=namespace.id)
        trigger = await c.create_trigger(name="t", function_id=function.id, **SCW_NATS_SOURCE)

        assert (await c.wait_for_cron(cron.id)).args.to_dict() == {"k": 1}
        assert (await c.wait_for_domain(domain.id)).url == "https://api.example.com"
        assert (await c.wait_for_token(token.id)).token == token.token
        assert (await c.wait_for_trigger(trigger.id)).input_type is TriggerInputType.SCW_NATS
        assert [x.id async for x in c.iter_triggers(namespace_id=namespace.id)] == [trigger.id]

        await c.delete_function(function.id)
        clock.now += 1
        with pytest.raises(NotFoundError, match="Trigger was not found"):
            await c.get_trigger(trigger.id)
        assert (await c.get_token(token.id)).status is TokenStatus.READY
