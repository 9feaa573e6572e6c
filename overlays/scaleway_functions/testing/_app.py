"""The emulator's ASGI app: every operation of openapi.yaml, over `_state.Service`.

Routes come from the generated operation table, request bodies are validated with the
pydantic models generated from the same spec, and every answer is serialised through
them: the emulator cannot drift from openapi.yaml without its tests failing.
"""

from __future__ import annotations

import asyncio
import enum
import functools
import json
import math
import random
import re
import typing
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import anyio.to_thread
import pydantic
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from . import _models as models
from ._routes import OPERATIONS
from ._spec import Operation, Query
from ._state import ApiError, Service, Timings, invalid, prehash_secrets

__all__ = ["CONTROL", "Fault", "Faults", "create_app"]

REGIONS = {region.value for region in models.Region}
_UUID = re.compile(r"[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")
DEFAULT_PAGE_SIZE = 20
# Query parameters that shape a listing rather than filter it. The emulator holds one
# Organization, the caller's: organization_id filters nothing either.
_NOT_FILTERS = {"page", "page_size", "order_by", "organization_id"}
STORAGE = "/_storage"
CONTROL = "/_emulator"
"""Where the control surface lives (`_control`), when it is enabled."""


@dataclass(frozen=True)
class Fault:
    """What happens to the next request that matches: its path starts with `path` and,
    with `method`, it has that method.

    `outcome` is a status (the request is answered with it, and `body` as JSON, default
    `{"message": "injected fault: <status>"}`, and `headers`, default `Retry-After: 1` on a
    429), "drop" (the connection closed before the request is handled) or "lose" (handled,
    then the connection closed: the change is made, its answer lost). With no outcome the
    request is handled as usual, and `patch` replaces top-level fields of its JSON answer
    (a listing's `total_count`, say). `delay` seconds pass first in every case.
    """

    outcome: int | str | None = None
    path: str = "/"
    method: str | None = None
    body: Mapping[str, Any] | None = None
    headers: Mapping[str, str] | None = None
    patch: Mapping[str, Any] | None = None
    delay: float = 0.0

    def matches(self, path: str, method: str) -> bool:
        return path.startswith(self.path) and self.method in (None, method)


@dataclass
class Faults:
    """Failures to inject, for tests and benchmarks. Rates are fractions of requests."""

    latency: float = 0.0
    """Seconds added before every API answer."""
    error_rate: float = 0.0
    error_statuses: tuple[int, ...] = (429, 500, 503)
    drop_rate: float = 0.0
    """Connections closed after the status line, before the body."""
    seed: int | None = None
    scheduled: list[Fault] = field(default_factory=list)
    """The faults to come, in order: each is used by the first request it matches."""
    _random: random.Random = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._random = random.Random(self.seed)  # noqa: S311  (fault injection, not crypto)

    def reset(self) -> None:
        """No faults any more: the defaults again, nothing scheduled."""
        fresh = Faults()
        for name in ("latency", "error_rate", "error_statuses", "drop_rate", "seed"):
            setattr(self, name, getattr(fresh, name))
        self.scheduled.clear()
        self._random = random.Random(self.seed)  # noqa: S311

    def fail_next(
        self, outcome: int | str, *, path: str = "/", times: int = 1, method: str | None = None
    ) -> None:
        """Answer the next `times` requests whose path starts with `path` with a status
        (e.g. 503), "drop" (the connection closed before the request is handled) or "lose"
        (handled, then the connection closed: the answer is lost, the change is made);
        with `method`, only requests of that method count."""
        self.schedule(Fault(outcome, path=path, method=method), times=times)

    def schedule(self, fault: Fault, *, times: int = 1) -> None:
        """Use `fault` on the next `times` requests it matches (see `Fault`)."""
        self.scheduled.extend([fault] * times)

    def take(self, path: str, method: str = "GET") -> Fault | None:
        """The fault for this request, if any: the first scheduled one that matches (it is
        used up), else one drawn at the configured rates."""
        for index, fault in enumerate(self.scheduled):
            if fault.matches(path, method):
                del self.scheduled[index]
                return fault
        if path.startswith(STORAGE):
            return None
        if self.drop_rate and self._random.random() < self.drop_rate:
            return Fault("drop")
        if self.error_rate and self._random.random() < self.error_rate:
            return Fault(self._random.choice(self.error_statuses))
        return None

    def pick(self, path: str, method: str = "GET") -> int | str | None:
        """The outcome of the fault for this request, if any (`take`, as a status or
        "drop" or "lose"; None also for a fault that only delays or patches)."""
        fault = self.take(path, method)
        return None if fault is None else fault.outcome


class DroppedConnection(ConnectionAbortedError):
    """Raised inside the app to close the connection mid-answer."""


def _error_response(status: int, body: Mapping[str, Any]) -> Response:
    if "code" in body:  # a storage error: S3-style XML
        xml = f"<Error><Code>{body['code']}</Code><Message>{body['message']}</Message></Error>"
        return Response(xml, status, media_type="application/xml")
    headers = {"Retry-After": "1"} if status == 429 else None
    return JSONResponse(dict(body), status, headers=headers)


def _validation_error(error: pydantic.ValidationError) -> ApiError:
    details = [
        {
            "argument_name": ".".join(str(part) for part in item["loc"]) or "body",
            "reason": "required" if item["type"] == "missing" else "constraint",
            "help_message": item["msg"],
        }
        for item in error.errors()
    ]
    body = {"type": "invalid_arguments", "message": "invalid argument(s)", "details": details}
    return ApiError(400, body)


@functools.cache
def _adapter(schema: str) -> pydantic.TypeAdapter[Any]:
    return pydantic.TypeAdapter(getattr(models, schema))


def _query_value(parameter: Query, text: str) -> str | int:
    """One query value, checked against what the spec says of its parameter."""
    name = parameter.name
    if parameter.integer:
        low, high = parameter.minimum, parameter.maximum
        number = int(text) if text.isascii() and text.isdigit() else None
        if (
            number is None
            or (low is not None and number < low)
            or (high is not None and number > high)
        ):
            raise invalid(name, "constraint", f"{name} must be an integer from {low} to {high}")
        return number
    if parameter.schema is not None:
        try:
            _adapter(parameter.schema).validate_python(text)
        except pydantic.ValidationError:
            raise invalid(name, "constraint", f"{name} is no valid {parameter.schema}") from None
    return text


def _query(operation: Operation, raw: Mapping[str, str]) -> dict[str, Any]:
    """The operation's query parameters as the spec declares them: required ones present,
    defaults applied, values checked, at most one of each `x-one-of` group. Parameters the
    operation does not declare are ignored, as the API does."""
    values: dict[str, Any] = {}
    for parameter in operation.query:
        text = raw.get(parameter.name, parameter.default)
        if text is None:
            if parameter.required:
                raise invalid(parameter.name, "required", f"{parameter.name} is required")
            continue
        values[parameter.name] = _query_value(parameter, text)
    for group in operation.one_of:
        given = [name for name in group if name in raw]
        if len(given) > 1:
            raise invalid(given[1], "constraint", f"give at most one of {', '.join(group)}")
    return values


def _uuid(name: str, value: str) -> str:
    if not _UUID.fullmatch(value):
        raise invalid(name, "constraint", f"{name} must be a UUID")
    return value.lower()


def _listing(
    service: Service, op: Operation, items: list[dict[str, Any]], query: Mapping[str, Any]
) -> Any:
    """Filter, sort and cut a page, as the API does for every paginated list.

    Filters on a resource's function, namespace or project also match through its parents.
    A resource's own field wins over its parents': a namespace's token has no function_id.
    """
    assert op.pagination is not None
    page_model = getattr(models, op.response_schema)
    (item_model,) = typing.get_args(page_model.model_fields[op.pagination.items].annotation)
    own_fields = item_model.model_fields
    for key, wanted in query.items():
        if key not in _NOT_FILTERS and wanted:
            items = [
                item
                for item in items
                if (item.get(key) if key in own_fields else service.owners(item).get(key)) == wanted
            ]
    key, _, direction = query["order_by"].rpartition("_")
    # A stable sort over the tables' creation order: resources without created_at keep it.
    items = sorted(items, key=lambda item: item.get(key) or "")
    if direction == "desc":
        items.reverse()
    page, size = query["page"], query.get("page_size", DEFAULT_PAGE_SIZE)
    chunk = items[(page - 1) * size : page * size]
    return {op.pagination.items: chunk, op.pagination.total: len(items)}


Handler = Callable[[Service, Request, str, dict[str, str], Mapping[str, str], Any], Any]
_BY_ID = {operation.operation_id: operation for operation in OPERATIONS}


def _handlers() -> dict[str, Handler]:
    """One function per operationId: (service, request, region, ids, query, body) -> answer."""

    def upload_url(s: Service, r: Request, region: str, ids: Any, q: Any, b: Any) -> Any:
        length = q["content_length"]
        token = s.upload_token(region, ids["function_id"], length)
        base = str(r.base_url).rstrip("/")
        headers = {"content-type": ["application/octet-stream"], "content-length": [str(length)]}
        return {
            "url": f"{base}{STORAGE}/{ids['function_id']}.zip?token={token}",
            "headers": headers,
        }

    def download_url(s: Service, r: Request, region: str, ids: Any, q: Any, b: Any) -> Any:
        record = s.function(region, ids["function_id"])
        base = str(r.base_url).rstrip("/")
        url = f"{base}{STORAGE}/{ids['function_id']}.zip?token={record.download_token}"
        return {"url": url, "headers": {}}

    def listing(kind: str, operation_id: str) -> Handler:
        operation = _BY_ID[operation_id]

        def handle(s: Service, r: Request, region: str, ids: Any, q: Any, b: Any) -> Any:
            query = {**q, **ids}  # a path id filters like the query parameter of its name
            return _listing(s, operation, s.list(kind, region), query)

        return handle

    def get(kind: str, id_param: str) -> Handler:
        return lambda s, r, region, ids, q, b: s.get(kind, region, ids[id_param]).data

    def delete(kind: str, id_param: str) -> Handler:
        return lambda s, r, region, ids, q, b: s.delete(kind, region, ids[id_param])

    return {
        "listNamespaces": listing("namespace", "listNamespaces"),
        "createNamespace": lambda s, r, region, ids, q, b: s.create_namespace(region, b),
        "getNamespace": get("namespace", "namespace_id"),
        "updateNamespace": lambda s, r, region, ids, q, b: s.update_namespace(
            region, ids["namespace_id"], b
        ),
        "deleteNamespace": lambda s, r, region, ids, q, b: s.delete_namespace(
            region, ids["namespace_id"]
        ),
        "listFunctions": listing("function", "listFunctions"),
        # The older route answers exactly as listFunctions does for the namespace in its path.
        "listNamespaceFunctions": listing("function", "listFunctions"),
        "createFunction": lambda s, r, region, ids, q, b: s.create_function(region, b),
        "getFunction": get("function", "function_id"),
        "updateFunction": lambda s, r, region, ids, q, b: s.update_function(
            region, ids["function_id"], b
        ),
        "deleteFunction": lambda s, r, region, ids, q, b: s.delete_function(
            region, ids["function_id"]
        ),
        "deployFunction": lambda s, r, region, ids, q, b: s.deploy_function(
            region, ids["function_id"]
        ),
        "getFunctionUploadUrl": upload_url,
        "getFunctionDownloadUrl": download_url,
        "listFunctionRuntimes": lambda s, r, region, ids, q, b: {
            "runtimes": s.runtimes,
            "total_count": len(s.runtimes),
        },
        "listCrons": listing("cron", "listCrons"),
        "createCron": lambda s, r, region, ids, q, b: s.create_cron(region, b),
        "getCron": get("cron", "cron_id"),
        "updateCron": lambda s, r, region, ids, q, b: s.update_cron(region, ids["cron_id"], b),
        "deleteCron": delete("cron", "cron_id"),
        "listDomains": listing("domain", "listDomains"),
        "createDomain": lambda s, r, region, ids, q, b: s.create_domain(region, b),
        "getDomain": get("domain", "domain_id"),
        "deleteDomain": delete("domain", "domain_id"),
        "listTokens": listing("token", "listTokens"),
        "createToken": lambda s, r, region, ids, q, b: s.create_token(region, b),
        "getToken": get("token", "token_id"),
        "deleteToken": delete("token", "token_id"),
        "listTriggers": listing("trigger", "listTriggers"),
        "createTrigger": lambda s, r, region, ids, q, b: s.create_trigger(region, b),
        "getTrigger": get("trigger", "trigger_id"),
        "updateTrigger": lambda s, r, region, ids, q, b: s.update_trigger(
            region, ids["trigger_id"], b
        ),
        "deleteTrigger": delete("trigger", "trigger_id"),
    }


def _number(text: str) -> float | int:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{text} is beyond a double")
    return int(value) if value.is_integer() else value


def _no_constant(name: str) -> float:
    """NaN and Infinity are no JSON, though Python's parser reads them."""
    raise ValueError(f"{name} is not JSON")


def _request_body(model: type[pydantic.BaseModel], raw: bytes) -> dict[str, Any]:
    """The request's JSON body, validated; what it leaves unset is absent from the result.

    Validation is strict (no `0` for `false`), and null is refused where the spec does not
    allow it. Where it does, null means "not given", as does `unknown_<enum>` (what Go
    clients send for fields they leave alone): the handlers then apply the default on
    create and keep the value on update.
    """
    if not raw.strip():
        raise invalid("body", "required", "the request needs a JSON body")
    try:
        # 43.0 is an integer in JSON Schema, which strict validation would refuse: integral
        # numbers are read as ints first (the API reads numbers as doubles, and answers them
        # so: `1.0` in a cron's args comes back as `1`).
        document = json.dumps(json.loads(raw, parse_float=_number, parse_constant=_no_constant))
        parsed = model.model_validate_json(document, strict=True)
    except (ValueError, RecursionError) as error:  # not JSON (or absurdly deep), not valid
        if isinstance(error, pydantic.ValidationError):
            raise _validation_error(error) from None
        raise invalid("body", "constraint", "the request body is not JSON") from None
    unset = {
        name
        for name, value in parsed
        if isinstance(value, enum.Enum) and str(value.value).startswith("unknown")
    }
    return parsed.model_dump(mode="json", exclude_none=True, exclude=unset)


def _endpoint(operation: Operation, handler: Handler) -> Callable[[Request], Awaitable[Response]]:
    request_model = getattr(models, operation.body_schema) if operation.body_schema else None
    response_model = getattr(models, operation.response_schema)

    async def endpoint(request: Request) -> Response:
        service: Service = request.app.state.service
        try:
            region = request.path_params["region"]
            if region not in REGIONS:
                raise invalid("region", "constraint", f"unknown region {region!r}")
            ids = {name: _uuid(name, request.path_params[name]) for name in operation.path_params}
            query = _query(operation, request.query_params)
            body: Any = None
            if request_model is not None:
                body = _request_body(request_model, await request.body())
            if isinstance(body, dict) and body.get("secret_environment_variables"):
                # argon2 takes tens of milliseconds a secret: in a worker thread and before
                # the lock is taken, so that other clients are answered meanwhile.
                body = await anyio.to_thread.run_sync(prehash_secrets, body)
            with service.lock:
                answer = handler(service, request, region, ids, query, body)
                # A key the handler left out (an unused one-of member) is MISSING in the
                # model and stays absent, as on the live API, rather than becoming null.
                payload = response_model.model_validate(answer).model_dump(mode="json")
        except ApiError as error:
            return _error_response(error.status, error.body)
        return JSONResponse(payload)

    return endpoint


def _not_implemented(route: Operation) -> Callable[[Request], Awaitable[Response]]:
    """An operation of the spec the emulator has no handler for yet: a JSON 501 naming it."""

    async def endpoint(request: Request) -> Response:
        message = f"the emulator does not implement {route.operation_id} yet"
        return _error_response(501, {"message": message})

    return endpoint


def _by_method(
    endpoints: Mapping[str, Callable[[Request], Awaitable[Response]]],
) -> Callable[[Request], Awaitable[Response]]:
    """One route per path, dispatching on the method, so that a 405 names every method the
    path allows (Starlette's Allow header lists only the first route that matched)."""

    async def endpoint(request: Request) -> Response:
        method = "GET" if request.method == "HEAD" else request.method
        return await endpoints[method](request)

    return endpoint


async def _http_error(request: Request, exc: Exception) -> Response:
    """Routing errors (no such path, method not allowed) as the API's JSON errors."""
    assert isinstance(exc, HTTPException)
    where = f"{request.method} {request.url.path}"
    message = {404: f"{where} was not found", 405: f"{where}: method not allowed"}
    body = {"message": message.get(exc.status_code, str(exc.detail))}
    return JSONResponse(body, exc.status_code, headers=exc.headers)


async def _storage(request: Request) -> Response:
    service: Service = request.app.state.service
    function_id = request.path_params["name"].removesuffix(".zip")
    token = request.query_params.get("token", "")
    try:
        with service.lock:
            if request.method == "GET":
                return Response(service.archive(function_id, token), media_type="application/zip")
        with service.lock:  # refused before a byte of the body is read, as storage does
            service.check_upload(
                function_id,
                token,
                request.headers.get("content-length"),
                request.headers.get("content-type"),
            )
        body = await request.body()
        with service.lock:
            service.store_archive(
                function_id,
                token,
                request.headers.get("content-length"),
                request.headers.get("content-type"),
                body,
            )
    except ApiError as error:
        return _error_response(error.status, error.body)
    return Response(status_code=200)


def _fault_response(fault: Fault, status: int) -> Response:
    """The answer of an injected status: its body and headers, else the defaults."""
    body = {"message": f"injected fault: {status}"} if fault.body is None else fault.body
    response = _error_response(status, body)
    if fault.headers is not None:  # they replace the default Retry-After
        if "retry-after" in response.headers:
            del response.headers["retry-after"]
        response.headers.update(fault.headers)
    return response


def _patching(send: Send, patch: Mapping[str, Any]) -> Send:
    """`send`, with top-level fields of a JSON object answer replaced by `patch`."""
    start: Message | None = None
    chunks: list[bytes] = []

    async def patched(message: Message) -> None:
        nonlocal start
        if message["type"] == "http.response.start":
            start = message
            return
        if message["type"] != "http.response.body" or start is None:
            await send(message)
            return
        chunks.append(message.get("body", b""))
        if message.get("more_body"):
            return
        body = b"".join(chunks)
        try:
            data = json.loads(body)
        except ValueError:
            data = None
        if isinstance(data, dict):
            body = json.dumps({**data, **patch}, separators=(",", ":")).encode()
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
        await send({**start, "headers": [*headers, (b"content-length", b"%d" % len(body))]})
        await send({"type": "http.response.body", "body": body})

    return patched


class _Gate:
    """Middleware: request ids, authentication, request counts and injected faults, before
    any route; the control surface (`_control`) is reached only through it."""

    def __init__(
        self, app: ASGIApp, token: str | None, faults: Faults, requests: Counter[str], control: bool
    ) -> None:
        self.app, self.token, self.faults = app, token, faults
        self.requests, self.control = requests, control

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = str(uuid.uuid4()).encode()

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), (b"x-request-id", request_id)]
            await send(message)

        path: str = scope["path"]
        method: str = scope["method"]
        if path == CONTROL or path.startswith(CONTROL + "/"):
            await self._control(scope, receive, send_with_id)
            return
        self.requests[f"{method} {path}"] += 1
        if self.faults.latency and not path.startswith(STORAGE):
            await asyncio.sleep(self.faults.latency)
        fault = self.faults.take(path, method)
        if fault is not None and fault.delay:
            await asyncio.sleep(fault.delay)
        outcome = None if fault is None else fault.outcome
        if outcome == "drop":
            await send({"type": "http.response.start", "status": 200, "headers": []})
            raise DroppedConnection(f"emulator dropped the connection to {path}")
        if isinstance(outcome, int):
            assert fault is not None
            await _fault_response(fault, outcome)(scope, receive, send_with_id)
            return
        if not path.startswith(STORAGE) and not self._authenticated(scope):
            await _denied()(scope, receive, send_with_id)
            return
        if outcome == "lose":

            async def discard(message: Message) -> None:
                pass

            await self.app(scope, receive, discard)
            await send({"type": "http.response.start", "status": 200, "headers": []})
            raise DroppedConnection(f"emulator lost the answer to {path}")
        if fault is not None and fault.patch:
            await self.app(scope, receive, _patching(send_with_id, fault.patch))
            return
        await self.app(scope, receive, send_with_id)

    async def _control(self, scope: Scope, receive: Receive, send: Send) -> None:
        """The control surface: off unless enabled, and behind the API's token. Its own
        requests are neither counted nor delayed nor faulted."""
        if not self.control:
            message = (
                "the emulator's control surface is off: start it with --control "
                "(Emulator(control=True))"
            )
            await JSONResponse({"message": message}, 404)(scope, receive, send)
        elif not self._authenticated(scope):
            await _denied()(scope, receive, send)
        else:
            await self.app(scope, receive, send)

    def _authenticated(self, scope: Scope) -> bool:
        headers = dict(scope["headers"])
        given = headers.get(b"x-auth-token", b"").decode("latin-1")
        return bool(given) and (self.token is None or given == self.token)


def _denied() -> Response:
    return _error_response(
        401,
        {
            "type": "denied_authentication",
            "message": "authentication is denied",
            "method": "api_key",
            "reason": "invalid_argument",
        },
    )


def create_app(
    *,
    token: str | None = None,
    timings: Timings | None = None,
    faults: Faults | None = None,
    clock: Callable[[], float] | None = None,
    control: bool = False,
) -> Starlette:
    """The emulator as an ASGI app; `app.state.service` holds its state, `app.state.faults`
    the faults to inject, `app.state.requests` how many requests each `METHOD /path` got.

    `token`: the only X-Auth-Token accepted (by default any non-empty one is).
    `control`: serve the control surface under /_emulator (`_control`), behind that token.
    """
    handlers = _handlers()
    paths: dict[str, dict[str, Callable[[Request], Awaitable[Response]]]] = {}
    for route in OPERATIONS:
        handler = handlers.get(route.operation_id)
        paths.setdefault(route.path, {})[route.method] = (
            _not_implemented(route) if handler is None else _endpoint(route, handler)
        )
    routes: list[BaseRoute] = [
        Route(path, _by_method(endpoints), methods=list(endpoints))
        for path, endpoints in paths.items()
    ]
    routes.append(Route(STORAGE + "/{name}", _storage, methods=["GET", "PUT"]))
    if control:
        from ._control import control_routes

        routes.append(Mount(CONTROL, routes=control_routes()))
    app = Starlette(routes=routes, exception_handlers={HTTPException: _http_error})
    service = Service(timings=timings or Timings())
    if clock is not None:
        service.clock = clock
    app.state.service = service
    app.state.start_timings = service.timings
    app.state.faults = faults or Faults()
    app.state.requests = Counter()
    app.add_middleware(
        _Gate, token=token, faults=app.state.faults, requests=app.state.requests, control=control
    )
    return app
