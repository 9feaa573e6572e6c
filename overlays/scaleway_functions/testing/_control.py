"""The emulator's control surface: HTTP endpoints under /_emulator for tests in any language.

A test written in Python can reach `Emulator.faults` and `Emulator.service`; one written in
another language cannot, so the same controls are served over HTTP, next to the API but
apart from it (the API's routes come from openapi.yaml; these are the emulator's own).
They exist only when the emulator is started with `control=True` (`--control`), and take
the API's token (`X-Auth-Token`). Every body and answer is a JSON object:

    POST   /_emulator/reset     no resources, faults or counts; the start timings again
    GET    /_emulator/settings  timings, build_error, latency, error_rate, drop_rate
    PATCH  /_emulator/settings  change the settings given, keep the others
    GET    /_emulator/faults    the scheduled faults still to come, in order
    POST   /_emulator/faults    {"faults": [...]}: schedule these after those to come
    DELETE /_emulator/faults    forget the scheduled faults
    GET    /_emulator/requests  {"requests": {"GET /path": count, ...}} since the last reset
    DELETE /_emulator/requests  start counting again from zero

A request the controls refuse is answered 400 `invalid_arguments`, the message naming the
field. Users find this in README.md (the emulator's section); the shared scenarios
(tests/scenarios/README.md) are written in these settings and faults.
"""

from __future__ import annotations

import dataclasses
import json
import math
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ._app import Fault, Faults
from ._state import Service, Timings

__all__ = ["control_routes", "fault_from_json", "fault_to_json"]

_TIMINGS = tuple(field.name for field in dataclasses.fields(Timings))
_RATES = ("error_rate", "drop_rate")
SETTINGS = (*_TIMINGS, "build_error", "latency", *_RATES)
_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
_FAULT_KEYS = frozenset(
    {"path", "method", "times", "status", "body", "headers", "connection", "patch", "delay"}
)
MAX_TIMES = 10_000
MAX_DELAY = 60.0


class Refused(Exception):
    """A control request that cannot be applied; the message names the field."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field


def _seconds(field: str, value: Any, limit: float = math.inf) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise Refused(field, f"expected seconds (a number), got {json.dumps(value)}")
    if not (math.isfinite(value) and 0 <= value <= limit):
        raise Refused(field, f"expected seconds from 0 to {limit:g}, got {value}")
    return float(value)


def _fraction(field: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise Refused(field, f"expected a fraction from 0 to 1, got {json.dumps(value)}")
    return float(value)


def _object(field: str, value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise Refused(field, f"expected a JSON object, got {json.dumps(value)}")
    return value


def fault_from_json(field: str, raw: Any) -> tuple[Fault, int]:
    """A fault of the control surface's JSON, and how many requests it is for.

    {"path": "/functions/", "method": "GET", "times": 2, and one of
     "status": 503 (with "body" and "headers" optional), "connection": "drop" | "lose",
     "patch": {"total_count": 100}; "delay": seconds, alone or with any of them}
    """
    item = _object(field, raw)
    unknown = sorted(set(item) - _FAULT_KEYS)
    if unknown:
        raise Refused(f"{field}.{unknown[0]}", f"unknown key; expected {sorted(_FAULT_KEYS)}")
    path = item.get("path", "/")
    if not isinstance(path, str) or not path.startswith("/"):
        raise Refused(f"{field}.path", f"expected a path starting with /, got {json.dumps(path)}")
    method = item.get("method")
    if method is not None and method not in _METHODS:
        raise Refused(f"{field}.method", f"expected one of {sorted(_METHODS)} or null")
    times = item.get("times", 1)
    if isinstance(times, bool) or not isinstance(times, int) or not 1 <= times <= MAX_TIMES:
        raise Refused(f"{field}.times", f"expected a count from 1 to {MAX_TIMES}")
    given = [key for key in ("status", "connection", "patch") if key in item]
    delay = _seconds(f"{field}.delay", item.get("delay", 0), MAX_DELAY)
    if len(given) > 1 or (not given and not delay):
        raise Refused(field, "give one of status, connection and patch (or a delay alone)")
    for key in ("body", "headers"):
        if key in item and "status" not in item:
            raise Refused(f"{field}.{key}", "only a fault with a status has one")
    outcome: int | str | None = None
    if "status" in item:
        status = item["status"]
        if isinstance(status, bool) or not isinstance(status, int) or not 200 <= status <= 599:
            raise Refused(f"{field}.status", "expected an HTTP status from 200 to 599")
        outcome = status
    if "connection" in item:
        if item["connection"] not in ("drop", "lose"):
            raise Refused(f"{field}.connection", 'expected "drop" or "lose"')
        outcome = item["connection"]
    body = _object(f"{field}.body", item["body"]) if "body" in item else None
    headers = None
    if "headers" in item:
        headers = _object(f"{field}.headers", item["headers"])
        for name, value in headers.items():
            if not isinstance(value, str) or not name.isascii() or not value.isascii():
                raise Refused(f"{field}.headers.{name}", "expected an ASCII name and string value")
    patch = _object(f"{field}.patch", item["patch"]) if "patch" in item else None
    fault = Fault(
        outcome, path=path, method=method, body=body, headers=headers, patch=patch, delay=delay
    )
    return fault, times


def fault_to_json(fault: Fault) -> dict[str, Any]:
    """A scheduled fault as the control surface shows it (one entry per request)."""
    shown: dict[str, Any] = {"path": fault.path, "method": fault.method}
    if isinstance(fault.outcome, int):
        shown["status"] = fault.outcome
    elif fault.outcome is not None:
        shown["connection"] = fault.outcome
    for key in ("body", "headers", "patch"):
        value = getattr(fault, key)
        if value is not None:
            shown[key] = dict(value)
    if fault.delay:
        shown["delay"] = fault.delay
    return shown


def _settings(service: Service, faults: Faults) -> dict[str, Any]:
    timings = dataclasses.asdict(service.timings)
    return {
        **timings,
        "build_error": service.build_error,
        "latency": faults.latency,
        **{name: getattr(faults, name) for name in _RATES},
    }


def _change_settings(service: Service, faults: Faults, changes: Mapping[str, Any]) -> None:
    """Apply `changes` (checked first: a refused request changes nothing)."""
    unknown = sorted(set(changes) - set(SETTINGS))
    if unknown:
        raise Refused(unknown[0], f"unknown setting; expected one of {list(SETTINGS)}")
    timings = {name: _seconds(name, changes[name]) for name in _TIMINGS if name in changes}
    rates = {name: _fraction(name, changes[name]) for name in _RATES if name in changes}
    latency = _seconds("latency", changes["latency"]) if "latency" in changes else None
    build_error = changes.get("build_error", service.build_error)
    if build_error is not None and (not isinstance(build_error, str) or not build_error):
        raise Refused("build_error", "expected an error message (a non-empty string) or null")
    with service.lock:
        service.timings = dataclasses.replace(service.timings, **timings)
        service.build_error = build_error
    for name, value in rates.items():
        setattr(faults, name, value)
    if latency is not None:
        faults.latency = latency


Handler = Callable[[Request, dict[str, Any]], dict[str, Any]]


def _endpoint(handler: Handler) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        raw = await request.body()
        try:
            try:
                body = json.loads(raw) if raw.strip() else {}
            except ValueError:
                raise Refused("body", "not JSON") from None
            answer = handler(request, _object("body", body))
        except Refused as refused:
            detail = {"argument_name": refused.field, "reason": "constraint",
                      "help_message": str(refused)}  # fmt: skip
            error = {"type": "invalid_arguments", "message": str(refused), "details": [detail]}
            return JSONResponse(error, 400)
        return JSONResponse(answer)

    return endpoint


def _state(request: Request) -> tuple[Service, Faults, Counter[str]]:
    state = request.app.state
    return state.service, state.faults, state.requests


def reset(request: Request, body: dict[str, Any]) -> dict[str, Any]:
    service, faults, requests = _state(request)
    service.reset(request.app.state.start_timings)
    faults.reset()
    requests.clear()
    return _settings(service, faults)


def get_settings(request: Request, body: dict[str, Any]) -> dict[str, Any]:
    service, faults, _ = _state(request)
    return _settings(service, faults)


def patch_settings(request: Request, body: dict[str, Any]) -> dict[str, Any]:
    service, faults, _ = _state(request)
    _change_settings(service, faults, body)
    return _settings(service, faults)


def get_faults(request: Request, body: dict[str, Any]) -> dict[str, Any]:
    _, faults, _ = _state(request)
    return {"faults": [fault_to_json(fault) for fault in faults.scheduled]}


def add_faults(request: Request, body: dict[str, Any]) -> dict[str, Any]:
    _, faults, _ = _state(request)
    unknown = sorted(set(body) - {"faults"})
    if unknown:
        raise Refused(unknown[0], 'unknown key; expected {"faults": [...]}')
    items = body.get("faults")
    if not isinstance(items, list):
        raise Refused("faults", "expected a list of faults")
    parsed = [fault_from_json(f"faults[{index}]", item) for index, item in enumerate(items)]
    for fault, times in parsed:  # all checked before any is scheduled
        faults.schedule(fault, times=times)
    return get_faults(request, body)


def clear_faults(request: Request, body: dict[str, Any]) -> dict[str, Any]:
    _, faults, _ = _state(request)
    faults.scheduled.clear()
    return {"faults": []}


def get_requests(request: Request, body: dict[str, Any]) -> dict[str, Any]:
    _, _, requests = _state(request)
    return {"requests": dict(sorted(requests.items()))}


def clear_requests(request: Request, body: dict[str, Any]) -> dict[str, Any]:
    _, _, requests = _state(request)
    requests.clear()
    return {"requests": {}}


def _by_method(handlers: Mapping[str, Handler]) -> Callable[[Request], Awaitable[Response]]:
    endpoints = {method: _endpoint(handler) for method, handler in handlers.items()}

    async def endpoint(request: Request) -> Response:
        method = "GET" if request.method == "HEAD" else request.method
        return await endpoints[method](request)

    return endpoint


def control_routes() -> list[Route]:
    """The routes of the control surface, relative to /_emulator."""
    table: dict[str, dict[str, Handler]] = {
        "/reset": {"POST": reset},
        "/settings": {"GET": get_settings, "PATCH": patch_settings},
        "/faults": {"GET": get_faults, "POST": add_faults, "DELETE": clear_faults},
        "/requests": {"GET": get_requests, "DELETE": clear_requests},
    }
    return [
        Route(path, _by_method(handlers), methods=list(handlers))
        for path, handlers in table.items()
    ]
