"""FunctionsClient and AsyncFunctionsClient: requests, errors, retries, safety, concurrency.

Most tests run twice through the `invoke` fixture, once per client. The API is an
httpx.MockTransport (`Server`); sleeps go to the `clock` fixture, so nothing waits.
"""

from __future__ import annotations

import datetime
import email.utils
import json
import logging
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from scaleway_functions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncFunctionsClient,
    AuthenticationError,
    Function,
    FunctionsClient,
    FunctionStatus,
    InvalidArgumentsError,
    Namespace,
    NotFoundError,
    PermissionsDeniedError,
    PreconditionFailedError,
    QuotasExceededError,
    RateLimitedError,
    ResourceLockedError,
    ResponseValidationError,
    ScalewayError,
    Secret,
    ServerError,
    TransientStateError,
)

from .conftest import (
    RECORDED,
    SECRET_KEY,
    Answer,
    FakeClock,
    Invoke,
    Op,
    Server,
    reply,
    resolve,
)
from .payloads import (
    API_HOST,
    FUNCTION,
    FUNCTION_ID,
    FUNCTIONS,
    NAMESPACE_ID,
    NAMESPACES,
    PROJECT_ID,
    REQUEST_ID,
    SECRET_VALUE,
)

# --- a scripted API ---------------------------------------------------------------------


def fail(error: type[httpx.TransportError]) -> Answer:
    """An answer that is a transport failure, as the network layer would raise it."""

    def answer(request: httpx.Request) -> httpx.Response:
        raise error(f"simulated {error.__name__}", request=request)

    return answer


async def test_get_function_returns_the_parsed_model(invoke: Invoke) -> None:
    function = await invoke(Server(reply(200, FUNCTION)), lambda c: c.get_function(FUNCTION_ID))

    assert isinstance(function, Function)
    assert function.id == FUNCTION_ID
    assert function.status is FunctionStatus.READY
    assert function.memory_limit == 256


@pytest.mark.parametrize(
    ("client_project", "argument", "expected"),
    [
        pytest.param(PROJECT_ID, None, PROJECT_ID, id="from-client"),
        pytest.param(PROJECT_ID, "other-project", "other-project", id="argument-wins"),
        pytest.param(None, None, None, id="none-anywhere"),
    ],
)
async def test_create_namespace_project_id(
    invoke: Invoke, client_project: str | None, argument: str | None, expected: str | None
) -> None:
    server = Server(reply(200, RECORDED[2].json()))

    namespace = await invoke(
        server,
        lambda c: c.create_namespace(name="ns", project_id=argument),
        project_id=client_project,
    )

    assert isinstance(namespace, Namespace)
    assert (server.last.method, server.last.url.path) == ("POST", NAMESPACES)
    sent = json.loads(server.last.content)
    assert sent == ({"name": "ns"} if expected is None else {"name": "ns", "project_id": expected})


# --- errors -----------------------------------------------------------------------------

ERRORS = [
    pytest.param(
        404,
        {"message": "Function was not found"},
        NotFoundError,
        {"message": "Function was not found", "error_type": None},
        id="404",
    ),
    pytest.param(
        404,
        {
            "type": "not_found",
            "message": "resource is not found",
            "resource": "function",
            "resource_id": FUNCTION_ID,
        },
        NotFoundError,
        {"error_type": "not_found", "resource": "function", "resource_id": FUNCTION_ID},
        id="404-typed",
    ),
    pytest.param(
        400,
        {
            "type": "invalid_arguments",
            "message": "invalid argument(s)",
            "details": [
                {
                    "argument_name": "memory_limit",
                    "reason": "constraint",
                    "help_message": "must be one of 128, 256, 512",
                }
            ],
        },
        InvalidArgumentsError,
        {
            "error_type": "invalid_arguments",
            "details": [
                {
                    "argument_name": "memory_limit",
                    "reason": "constraint",
                    "help_message": "must be one of 128, 256, 512",
                }
            ],
        },
        id="400-invalid_arguments",
    ),
    pytest.param(
        401,
        {"type": "denied_authentication", "message": "authentication is denied"},
        AuthenticationError,
        {"message": "authentication is denied"},
        id="401",
    ),
    pytest.param(401, {}, AuthenticationError, {"error_type": None}, id="401-untyped"),
    pytest.param(
        403,
        {"type": "permissions_denied", "message": "insufficient permissions"},
        PermissionsDeniedError,
        {"error_type": "permissions_denied"},
        id="403-permissions_denied",
    ),
    pytest.param(
        403,
        {
            "type": "quotas_exceeded",
            "message": "quota(s) exceeded for this resource",
            "details": [{"resource": "functions", "quota": 100, "current": 100}],
        },
        QuotasExceededError,
        {"details": [{"resource": "functions", "quota": 100, "current": 100}]},
        id="403-quotas_exceeded",
    ),
    pytest.param(
        409,
        {
            "type": "transient_state",
            "message": "resource is in a transient state",
            "resource": "function",
            "resource_id": FUNCTION_ID,
            "current_state": "pending",
        },
        TransientStateError,
        {"resource_id": FUNCTION_ID},
        id="409-transient_state",
    ),
    pytest.param(
        412,
        {"type": "precondition_failed", "message": "the function has no code"},
        PreconditionFailedError,
        {"message": "the function has no code"},
        id="412",
    ),
    pytest.param(
        409,
        {
            "type": "locked",
            "message": "resource is locked",
            "resource": "function",
            "resource_id": FUNCTION_ID,
        },
        ResourceLockedError,  # not a TransientStateError, though a 409: waiting won't help
        {"error_type": "locked", "resource": "function", "resource_id": FUNCTION_ID},
        id="409-locked",
    ),
    pytest.param(
        400,
        {"type": "brand_new_kind", "message": "a kind this version does not know"},
        InvalidArgumentsError,
        {"error_type": "brand_new_kind", "message": "a kind this version does not know"},
        id="400-unknown-type",
    ),
    pytest.param(
        410,
        {
            "type": "resource_expired",
            "message": "resource has expired",
            "resource": "token",
            "resource_id": FUNCTION_ID,
            "expired_since": "2026-07-03T13:03:53.828896696Z",
        },
        APIStatusError,
        {"error_type": "resource_expired", "resource": "token"},
        id="410-resource_expired",
    ),
    pytest.param(
        403,
        {
            "type": "permissions_denied",
            "message": "insufficient permissions",
            "details": [{"resource": "function", "action": "write"}],
        },
        PermissionsDeniedError,
        {"details": [{"resource": "function", "action": "write"}]},
        id="403-permissions_denied-action",
    ),
    pytest.param(
        401,
        {
            "type": "denied_authentication",
            "message": "authentication is denied",
            "method": "api_key",
            "reason": "expired",
        },
        AuthenticationError,
        {"error_type": "denied_authentication"},
        id="401-method-reason",
    ),
    pytest.param(429, {"message": "rate limited"}, RateLimitedError, {}, id="429"),
    pytest.param(500, {"message": "internal error"}, ServerError, {}, id="500"),
    pytest.param(502, {"message": "bad gateway"}, ServerError, {}, id="502"),
    pytest.param(
        502,
        b"<html><body><h1>502 Bad Gateway</h1></body></html>",
        ServerError,
        {"error_type": None, "details": None},
        id="502-html",
    ),
]


@pytest.mark.parametrize(("status", "body", "error_class", "attributes"), ERRORS)
async def test_error_answers_become_typed_errors(
    invoke: Invoke,
    status: int,
    body: Any,
    error_class: type[ScalewayError],
    attributes: dict[str, Any],
) -> None:
    headers = {"X-Request-Id": REQUEST_ID}
    if isinstance(body, bytes):
        answer = reply(status, content=body, headers={**headers, "Content-Type": "text/html"})
    else:
        answer = reply(status, body, headers=headers)

    with pytest.raises(error_class) as caught:
        await invoke(Server(answer), lambda c: c.get_function(FUNCTION_ID))

    error = caught.value
    assert isinstance(error, APIStatusError)
    assert isinstance(error, ScalewayError)
    assert error.status_code == status
    assert error.request_id == REQUEST_ID
    assert error.body is not None
    if isinstance(body, bytes):
        assert error.body == body.decode()
    else:
        assert json.loads(error.body) == body
    assert error.message
    assert str(status) in str(error)
    for name, value in attributes.items():
        assert getattr(error, name) == value, name


HUGE = 1024 * 1024


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b"<html>" + b"x" * HUGE + b"</html>", id="html"),
        pytest.param(json.dumps({"message": "m" * HUGE}).encode(), id="json-message"),
        pytest.param(json.dumps({"type": "t" * HUGE, "message": "boom"}).encode(), id="json-type"),
        pytest.param(
            json.dumps({"message": "x", "details": ["d" * HUGE]}).encode(), id="json-details"
        ),
    ],
)
async def test_enormous_error_body_keeps_the_message_bounded(
    invoke: Invoke, content: bytes
) -> None:
    with pytest.raises(ServerError) as caught:
        await invoke(Server(reply(500, content=content)), lambda c: c.get_function(FUNCTION_ID))

    assert len(str(caught.value)) < 1000
    assert len(caught.value.message) < 1000


# --- answers that do not match the spec -------------------------------------------------

BAD_ANSWERS = [
    pytest.param(
        lambda c: c.get_function(FUNCTION_ID),
        reply(200, content=b"<html>maintenance</html>"),
        "getFunction",
        id="not-json",
    ),
    pytest.param(
        lambda c: c.get_function(FUNCTION_ID),
        reply(200, content=b""),
        "getFunction",
        id="empty",
    ),
    pytest.param(
        lambda c: c.get_function(FUNCTION_ID),
        reply(200, {k: v for k, v in FUNCTION.items() if k != "status"}),
        "getFunction",
        id="missing-status",
    ),
    pytest.param(
        lambda c: c.get_function(FUNCTION_ID),
        reply(200, {**FUNCTION, "created_at": "yesterday"}),
        "getFunction",
        id="bad-date",
    ),
    pytest.param(
        lambda c: c.get_function(FUNCTION_ID),
        reply(200, [FUNCTION]),
        "getFunction",
        id="json-array",
    ),
    pytest.param(
        lambda c: c.list_functions(NAMESPACE_ID),
        reply(200, {"functions": []}),
        "listFunctions",
        id="list-missing-total",
    ),
    pytest.param(
        lambda c: c.create_function(namespace_id=NAMESPACE_ID),
        reply(201, content=b"created"),
        "createFunction",
        id="create-not-json",
    ),
]


@pytest.mark.parametrize(("op", "answer", "operation_name"), BAD_ANSWERS)
async def test_2xx_answer_off_spec_raises_response_validation_error(
    invoke: Invoke, op: Op, answer: Answer, operation_name: str
) -> None:
    with pytest.raises(ResponseValidationError) as caught:
        await invoke(Server(answer), op)

    assert isinstance(caught.value, ScalewayError)
    assert operation_name in caught.value.message
    assert caught.value.status_code is not None
    assert 200 <= caught.value.status_code < 300


async def test_missing_field_is_named(invoke: Invoke) -> None:
    answer = reply(200, {k: v for k, v in FUNCTION.items() if k != "status"})

    with pytest.raises(ResponseValidationError, match="status"):
        await invoke(Server(answer), lambda c: c.get_function(FUNCTION_ID))


# --- retries ----------------------------------------------------------------------------


async def test_429_with_retry_after_is_retried_after_that_delay(
    invoke: Invoke, clock: FakeClock
) -> None:
    server = Server(
        reply(429, {"message": "slow down"}, headers={"Retry-After": "2"}), reply(200, FUNCTION)
    )

    function = await invoke(server, lambda c: c.get_function(FUNCTION_ID))

    assert isinstance(function, Function)
    assert len(server.requests) == 2
    assert clock.sleeps == [2]


@pytest.mark.parametrize(("max_retries", "requests"), [(None, 4), (0, 1), (1, 2), (3, 4)])
async def test_get_503_is_retried_up_to_max_retries(
    invoke: Invoke, clock: FakeClock, max_retries: int | None, requests: int
) -> None:
    server = Server(reply(503, {"message": "unavailable"}))

    with pytest.raises(ServerError):
        await invoke(server, lambda c: c.get_function(FUNCTION_ID), max_retries=max_retries)

    assert len(server.requests) == requests
    assert len(clock.sleeps) == requests - 1
    assert all(r.headers["X-Auth-Token"] == SECRET_KEY for r in server.requests)


async def test_get_429_becomes_rate_limited_after_retries(invoke: Invoke) -> None:
    server = Server(reply(429, {"message": "slow down"}))

    with pytest.raises(RateLimitedError):
        await invoke(server, lambda c: c.get_function(FUNCTION_ID))

    assert len(server.requests) == 4


async def test_delete_is_retried(invoke: Invoke) -> None:
    server = Server(reply(503, {"message": "unavailable"}), reply(200, FUNCTION))

    await invoke(server, lambda c: c.delete_function(FUNCTION_ID))

    assert [r.method for r in server.requests] == ["DELETE", "DELETE"]


NOT_IDEMPOTENT = [
    pytest.param(lambda c: c.create_function(namespace_id=NAMESPACE_ID), id="POST-create"),
    pytest.param(lambda c: c.deploy_function(FUNCTION_ID), id="POST-deploy"),
    pytest.param(lambda c: c.update_function(FUNCTION_ID, memory_limit=512), id="PATCH"),
]


@pytest.mark.parametrize("op", NOT_IDEMPOTENT)
@pytest.mark.parametrize("status", [503, 502, 504])
async def test_post_and_patch_are_not_retried_on_a_server_error(
    invoke: Invoke, op: Op, status: int
) -> None:
    """The API may have acted on a POST/PATCH it answered with a 5xx: never resend."""
    server = Server(reply(status, {"message": "oops"}), reply(200, FUNCTION))

    with pytest.raises(ServerError):
        await invoke(server, op)

    assert len(server.requests) == 1


@pytest.mark.parametrize("op", NOT_IDEMPOTENT)
async def test_post_and_patch_are_retried_on_429(invoke: Invoke, op: Op, clock: FakeClock) -> None:
    """A 429 means the request was not processed: resending it cannot apply it twice."""
    server = Server(reply(429, {"message": "slow down"}, headers={"Retry-After": "3"}))
    server.reply(200, FUNCTION)

    result = await invoke(server, op)

    assert isinstance(result, Function)
    assert len(server.requests) == 2
    assert server.requests[0].content == server.requests[1].content
    assert clock.sleeps == [3]


async def test_retry_after_longer_than_the_cap_ends_the_call_with_it(
    invoke: Invoke, clock: FakeClock
) -> None:
    server = Server(reply(429, {"message": "slow down"}, headers={"Retry-After": "120"}))

    with pytest.raises(RateLimitedError) as caught:
        await invoke(server, lambda c: c.get_function(FUNCTION_ID))

    assert caught.value.retry_after == 120
    assert len(server.requests) == 1
    assert clock.sleeps == []


async def test_retry_after_as_an_http_date_is_honoured(invoke: Invoke, clock: FakeClock) -> None:
    when = email.utils.format_datetime(
        datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=20), usegmt=True
    )
    server = Server(reply(503, {"message": "busy"}, headers={"Retry-After": when}))
    server.reply(200, FUNCTION)

    await invoke(server, lambda c: c.get_function(FUNCTION_ID))

    assert len(clock.sleeps) == 1
    assert 18 <= clock.sleeps[0] <= 20  # never sooner than asked, give or take the clock


async def test_retry_after_past_the_call_deadline_is_not_waited_for(
    invoke: Invoke, clock: FakeClock
) -> None:
    server = Server(reply(429, {"message": "slow down"}, headers={"Retry-After": "20"}))

    with pytest.raises(RateLimitedError) as caught:
        await invoke(server, lambda c: c.get_function(FUNCTION_ID), timeout=10)

    assert caught.value.retry_after == 20
    assert clock.sleeps == []


@pytest.mark.parametrize("op", [*NOT_IDEMPOTENT, lambda c: c.get_function(FUNCTION_ID)])
async def test_transient_state_is_retried_until_the_resource_settles(
    invoke: Invoke, op: Op, clock: FakeClock
) -> None:
    busy = {"type": "transient_state", "message": "function is in a transient state"}
    server = Server(*[reply(409, busy)] * 6, reply(200, FUNCTION))

    result = await invoke(server, op, max_retries=2)

    assert isinstance(result, Function)
    assert len(server.requests) == 7  # more than max_retries: nothing was applied meanwhile
    assert sum(clock.sleeps) < 30


async def test_transient_state_that_outlasts_the_call_raises(
    invoke: Invoke, clock: FakeClock
) -> None:
    busy = {"type": "transient_state", "message": "function is in a transient state"}
    server = Server(reply(409, busy))

    with pytest.raises(TransientStateError):
        await invoke(server, lambda c: c.update_function(FUNCTION_ID, min_scale=1), timeout=10)

    assert sum(clock.sleeps) < 10
    assert len(server.requests) > 2


async def test_no_retry_at_all_with_max_retries_0(invoke: Invoke, clock: FakeClock) -> None:
    busy = {"type": "transient_state", "message": "busy"}
    for answer in (reply(409, busy), reply(429, {"message": "slow"}), fail(httpx.ConnectError)):
        server = Server(answer, reply(200, FUNCTION))
        with pytest.raises(ScalewayError):
            await invoke(server, lambda c: c.get_function(FUNCTION_ID), max_retries=0)
        assert len(server.requests) == 1


async def test_get_is_retried_after_a_dropped_connection(invoke: Invoke) -> None:
    server = Server(fail(httpx.RemoteProtocolError), reply(200, FUNCTION))

    function = await invoke(server, lambda c: c.get_function(FUNCTION_ID))

    assert function.id == FUNCTION_ID
    assert len(server.requests) == 2


@pytest.mark.parametrize("op", NOT_IDEMPOTENT)
@pytest.mark.parametrize("error", [httpx.ConnectError, httpx.ConnectTimeout])
async def test_post_and_patch_are_retried_when_the_request_never_left(
    invoke: Invoke, op: Op, error: type[httpx.TransportError]
) -> None:
    server = Server(fail(error), reply(200, FUNCTION))

    result = await invoke(server, op)

    assert isinstance(result, Function)
    assert len(server.requests) == 2
    assert server.requests[0].content == server.requests[1].content


@pytest.mark.parametrize("op", NOT_IDEMPOTENT)
@pytest.mark.parametrize("error", [httpx.ReadError, httpx.RemoteProtocolError, httpx.WriteError])
async def test_post_and_patch_are_not_retried_once_the_request_may_have_left(
    invoke: Invoke, op: Op, error: type[httpx.TransportError]
) -> None:
    server = Server(fail(error), reply(200, FUNCTION))

    with pytest.raises(APIConnectionError) as caught:
        await invoke(server, op)

    assert not isinstance(caught.value, APITimeoutError)
    assert len(server.requests) == 1


async def test_connect_error_always_gives_api_connection_error_after_retries(
    invoke: Invoke,
) -> None:
    server = Server(fail(httpx.ConnectError))

    with pytest.raises(APIConnectionError) as caught:
        await invoke(server, lambda c: c.get_function(FUNCTION_ID))

    assert len(server.requests) == 4
    assert isinstance(caught.value, ScalewayError)
    assert API_HOST in caught.value.message


@pytest.mark.parametrize(
    "op",
    [
        pytest.param(lambda c: c.get_function(FUNCTION_ID), id="GET"),
        pytest.param(lambda c: c.create_function(namespace_id=NAMESPACE_ID), id="POST"),
    ],
)
async def test_read_timeout_is_not_retried(invoke: Invoke, op: Op) -> None:
    server = Server(fail(httpx.ReadTimeout), reply(200, FUNCTION))

    with pytest.raises(APITimeoutError) as caught:
        await invoke(server, op)

    assert isinstance(caught.value, APIConnectionError)
    assert len(server.requests) == 1


@pytest.mark.parametrize(
    ("timeout", "error"),
    [(True, TypeError), (-1, ValueError), (float("inf"), ValueError), ([300], TypeError)],
)
async def test_a_duration_that_is_no_number_of_seconds_is_refused_before_any_request(
    invoke: Invoke, timeout: Any, error: type[Exception]
) -> None:
    server = Server()

    with pytest.raises(error, match="duration"):
        await invoke(server, lambda c: c.update_function(FUNCTION_ID, timeout=timeout))

    assert server.requests == []


# --- safety -----------------------------------------------------------------------------

ID_OPS = [
    pytest.param(lambda c, i: c.get_function(i), id="get_function"),
    pytest.param(lambda c, i: c.delete_function(i), id="delete_function"),
    pytest.param(lambda c, i: c.update_function(i, memory_limit=512), id="update_function"),
    pytest.param(lambda c, i: c.deploy_function(i), id="deploy_function"),
    pytest.param(lambda c, i: c.get_namespace(i), id="get_namespace"),
]


@pytest.mark.parametrize("op", ID_OPS)
@pytest.mark.parametrize("bad_id", ["", ".", ".."])
async def test_unusable_id_is_refused_before_any_request(
    invoke: Invoke, op: Callable[[Any, str], Any], bad_id: str
) -> None:
    server = Server()

    with pytest.raises(ValueError, match="id"):
        await invoke(server, lambda c: op(c, bad_id))

    assert server.requests == []


@pytest.mark.parametrize("op", ID_OPS)
@pytest.mark.parametrize("bad_id", [None, 42, b"id", ["id"]], ids=repr)
async def test_an_id_that_is_no_string_is_refused_before_any_request(
    invoke: Invoke, op: Callable[[Any, Any], Any], bad_id: object
) -> None:
    server = Server()

    with pytest.raises(TypeError, match="must be a string id"):
        await invoke(server, lambda c: op(c, bad_id))

    assert server.requests == []


@pytest.mark.parametrize("value", [float("nan"), float("inf"), -float("inf")], ids=repr)
async def test_nan_or_infinity_in_a_body_is_refused_before_any_request(
    invoke: Invoke, value: float
) -> None:
    server = Server()

    with pytest.raises(ValueError, match="not valid JSON"):
        await invoke(
            server,
            lambda c: c.create_cron(
                function_id=FUNCTION_ID, schedule="* * * * *", args={"x": value}
            ),
        )

    assert server.requests == []


@pytest.mark.parametrize(
    ("function_id", "segment"),
    [
        ("../namespaces/x", "..%2Fnamespaces%2Fx"),
        ("a/b", "a%2Fb"),
        ("a?b", "a%3Fb"),
        ("a#b", "a%23b"),
        ("%2e", "%252e"),
        ("%2e%2e", "%252e%252e"),
        ("a b", "a%20b"),
        ("..\\x", "..%5Cx"),
    ],
)
async def test_id_is_escaped_into_one_path_segment(
    invoke: Invoke, function_id: str, segment: str
) -> None:
    server = Server()

    await invoke(server, lambda c: c.get_function(function_id))

    assert server.last.url.raw_path == f"{FUNCTIONS}/{segment}".encode()
    assert server.last.url.query == b""


@pytest.mark.parametrize("region", ["paris", "fr-par/x", "fr-par/../../x", "FR-PAR", ""])
@pytest.mark.parametrize(
    "op",
    [
        pytest.param(lambda c, r: c.get_function(FUNCTION_ID, region=r), id="get_function"),
        pytest.param(lambda c, r: c.list_function_runtimes(region=r), id="list_runtimes"),
        pytest.param(
            lambda c, r: c.create_function(namespace_id=NAMESPACE_ID, region=r),
            id="create_function",
        ),
    ],
)
async def test_invalid_region_is_refused_before_any_request(
    invoke: Invoke, op: Callable[[Any, str], Any], region: str
) -> None:
    server = Server()

    with pytest.raises(ValueError, match="region"):
        await invoke(server, lambda c: op(c, region))

    assert server.requests == []


@pytest.mark.parametrize("status", [301, 302, 307, 308])
async def test_redirect_to_another_host_is_not_followed(invoke: Invoke, status: int) -> None:
    server = Server(
        reply(status, content=b"", headers={"Location": "https://evil.example/steal"}),
        reply(200, FUNCTION),
    )

    with pytest.raises(ScalewayError) as caught:
        await invoke(server, lambda c: c.get_function(FUNCTION_ID))

    assert caught.value.status_code == status
    assert [request.url.host for request in server.requests] == [API_HOST]


def test_secret_key_not_in_client_repr(make_client: Callable[..., FunctionsClient]) -> None:
    client = make_client(Server())

    assert SECRET_KEY not in repr(client)
    assert SECRET_KEY not in str(client)
    assert SECRET_KEY not in repr(client.config)


async def test_secret_key_not_in_async_client_repr(
    make_async_client: Callable[..., AsyncFunctionsClient],
) -> None:
    async with make_async_client(Server()) as client:
        assert SECRET_KEY not in repr(client)
        assert SECRET_KEY not in repr(client.config)


def test_secret_value_not_in_secret_repr() -> None:
    secret = Secret(key="API_TOKEN", value=SECRET_VALUE)

    assert "API_TOKEN" in repr(secret)
    assert SECRET_VALUE not in repr(secret)
    assert SECRET_VALUE not in str(secret)


def _session_server() -> Server:
    """An API that answers by path: fine, missing, flaky, broken, unreachable, off-spec."""
    flaky_calls: list[int] = []

    def route(request: httpx.Request) -> httpx.Response:
        last = request.url.path.rsplit("/", 1)[-1]
        headers = {"X-Request-Id": REQUEST_ID}
        if last == "missing":
            return httpx.Response(404, json={"message": "Function was not found"}, headers=headers)
        if last == "denied":
            return httpx.Response(
                401, json={"type": "denied_authentication", "message": "denied"}, headers=headers
            )
        if last == "flaky":
            flaky_calls.append(1)
            if len(flaky_calls) == 1:
                return httpx.Response(429, headers={"Retry-After": "1"})
        if last == "broken":
            return httpx.Response(500, content=b"<html>oops</html>", headers=headers)
        if last == "garbage":
            return httpx.Response(200, content=b"not json", headers=headers)
        if last == "unreachable":
            raise httpx.ConnectError("connection refused", request=request)
        if last == "slow":
            raise httpx.ReadTimeout("timed out", request=request)
        if last == "moved":
            return httpx.Response(302, headers={"Location": "https://evil.example/"})
        return httpx.Response(200, json=FUNCTION, headers=headers)

    return Server(route)


def _texts(error: BaseException) -> Iterator[str]:
    """Everything an error shows: str, repr, message and args, down its cause chain."""
    seen: BaseException | None = error
    while seen is not None:
        yield str(seen)
        yield repr(seen)
        yield str(getattr(seen, "message", ""))
        yield from (str(arg) for arg in seen.args)
        seen = seen.__cause__ or seen.__context__


async def test_secret_key_never_in_logs_or_errors(
    invoke: Invoke, caplog: pytest.LogCaptureFixture
) -> None:
    """A session of calls, half of them failing, with DEBUG logging on."""
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="scaleway_functions")
    errors: list[BaseException] = []

    async def session(client: Any) -> int:
        calls: list[Callable[[], Any]] = [
            lambda: client.get_function(FUNCTION_ID),
            lambda: client.get_function("flaky"),
            lambda: client.create_function(
                namespace_id=NAMESPACE_ID,
                secret_environment_variables=[Secret(key="TOKEN", value=SECRET_VALUE)],
            ),
            lambda: client.get_function("missing"),
            lambda: client.get_function("denied"),
            lambda: client.get_function("broken"),
            lambda: client.get_function("garbage"),
            lambda: client.get_function("unreachable"),
            lambda: client.get_function("slow"),
            lambda: client.get_function("moved"),
            lambda: client.get_function(""),
            lambda: client.get_function(FUNCTION_ID, region="paris"),
        ]
        successes = 0
        for call in calls:
            try:
                await resolve(call())
                successes += 1
            except (ScalewayError, ValueError) as exc:
                errors.append(exc)
        return successes

    successes = await invoke(_session_server(), session)

    assert successes == 3
    assert len(errors) == 9
    for error in errors:
        for text in _texts(error):
            assert SECRET_KEY not in text, type(error).__name__
    ours = [r for r in caplog.records if r.name.startswith("scaleway_functions")]
    assert ours, "the client logs its requests at DEBUG"
    for record in caplog.records:
        assert SECRET_KEY not in record.getMessage(), record.name
        assert SECRET_VALUE not in record.getMessage(), record.name
    assert SECRET_KEY not in caplog.text


# --- concurrency and lifecycle ------------------------------------------------------------


def test_one_client_shared_by_8_threads(make_client: Callable[..., FunctionsClient]) -> None:
    """200 calls from 8 threads all succeed, each getting the answer to its own request."""

    def echo(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={**FUNCTION, "id": request.url.path.rsplit("/", 1)[-1]})

    server = Server(echo)
    client = make_client(server)
    ids = [f"function-{n:03d}" for n in range(200)]

    with ThreadPoolExecutor(max_workers=8) as pool:
        functions = list(pool.map(client.get_function, ids))

    assert [function.id for function in functions] == ids
    assert len(server.requests) == 200
    assert all(r.headers["X-Auth-Token"] == SECRET_KEY for r in server.requests)


def test_sync_context_manager_closes_the_pool(clock: FakeClock) -> None:
    server = Server()

    with FunctionsClient(secret_key=SECRET_KEY, transport=httpx.MockTransport(server)) as client:
        assert isinstance(client, FunctionsClient)
        assert client.get_function(FUNCTION_ID).id == FUNCTION_ID

    with pytest.raises((RuntimeError, ScalewayError), match="closed"):
        client.get_function(FUNCTION_ID)
    assert len(server.requests) == 1


async def test_async_context_manager_closes_the_pool(clock: FakeClock) -> None:
    server = Server()
    transport = httpx.MockTransport(server)

    async with AsyncFunctionsClient(secret_key=SECRET_KEY, transport=transport) as client:
        assert isinstance(client, AsyncFunctionsClient)
        assert (await client.get_function(FUNCTION_ID)).id == FUNCTION_ID

    with pytest.raises((RuntimeError, ScalewayError), match="closed"):
        await client.get_function(FUNCTION_ID)
    assert len(server.requests) == 1


# --- what a program pays before and at its first call -----------------------------------

FIRST_CALL = """
import json, sys
import httpx
from scaleway_functions import FunctionsClient

def loaded():
    return sorted(name for name in sys.modules if name.startswith("scaleway_functions_api.models."))

body = json.loads(sys.argv[1])
client = FunctionsClient(
    secret_key="11111111-1111-1111-1111-111111111111",
    transport=httpx.MockTransport(lambda request: httpx.Response(200, json=body)),
)
built = loaded()
unused = [name for name in ("zipfile", "concurrent.futures") if name in sys.modules]
function = client.get_function(body["id"])
print(json.dumps({"built": built, "unused": unused, "called": loaded(), "id": function.id}))
"""


def test_a_client_loads_no_model_until_an_answer_needs_one() -> None:
    """Importing the package and building a client loads no model class (attrs builds each
    at import), nor what only uploads and sync listings use; the first call loads its own
    answer's model and what that holds, not the others."""
    import subprocess
    import sys

    run = subprocess.run(  # noqa: S603  (this interpreter, our own script)
        [sys.executable, "-c", FIRST_CALL, json.dumps(FUNCTION)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    seen = json.loads(run.stdout)

    assert seen["built"] == []
    assert seen["unused"] == []
    assert seen["id"] == FUNCTION["id"]
    called = {name.rsplit(".", 1)[1] for name in seen["called"]}
    assert "function" in called
    assert "function_status" in called
    assert called.isdisjoint({"namespace", "cron", "token", "trigger", "domain", "error"})
