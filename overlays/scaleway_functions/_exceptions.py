"""Errors raised by the client.

ScalewayError
 ├── ConfigurationError ............ no secret key, unknown profile, unreadable config file
 ├── APIConnectionError ............ the API could not be reached, or the connection broke
 │    └── APITimeoutError .......... no answer within the timeout
 ├── APIStatusError ................ the API answered with a non-2xx status
 │    ├── InvalidArgumentsError .... 400
 │    ├── AuthenticationError ...... 401
 │    ├── PermissionsDeniedError ... 403
 │    ├── QuotasExceededError ...... a quota is reached (type quotas_exceeded)
 │    ├── ResourceLockedError ...... the resource is locked by Scaleway (type locked)
 │    ├── NotFoundError ............ 404
 │    ├── UnknownResourceError ..... a kind of resource the API does not know
 │    ├── TransientStateError ...... 409, the resource is busy (pending, deleting, ...)
 │    ├── OutOfStockError .......... no capacity left in the region
 │    ├── ResourceExpiredError ..... 410
 │    ├── PreconditionFailedError .. 412
 │    ├── RateLimitedError ......... 429, after the retries ran out
 │    └── ServerError .............. 5xx, after the retries ran out
 ├── ResponseValidationError ....... a 2xx answer that is not JSON or not what the spec says
 ├── ArchiveError .................. the code to upload cannot be packed (path named)
 ├── UploadError ................... the storage service refused the archive
 ├── DownloadError ................. the storage service did not give the archive back
 ├── ResourceFailedError ........... a waited-for resource reached a failure status
 │    └── FunctionDeployError ...... a function's deployment failed
 └── WaitTimeoutError .............. a wait reached its deadline

Every error carries the same attributes (None when they do not apply), so one `except
ScalewayError` can report `status_code`, `error_type` and `request_id` whatever happened.
Each class has a `kind`, the language-neutral name every client of openapi.yaml gives it;
which answer is which error comes from the spec's `x-error-kinds`.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from scaleway_functions_api.behaviour import ERROR_KINDS

if TYPE_CHECKING:  # only annotations: importing the errors loads no HTTP stack
    import httpx

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "ArchiveError",
    "AuthenticationError",
    "ConfigurationError",
    "DownloadError",
    "FunctionDeployError",
    "InvalidArgumentsError",
    "NotFoundError",
    "OutOfStockError",
    "PermissionsDeniedError",
    "PreconditionFailedError",
    "QuotasExceededError",
    "RateLimitedError",
    "ResourceExpiredError",
    "ResourceFailedError",
    "ResourceLockedError",
    "ResponseValidationError",
    "ScalewayError",
    "ServerError",
    "TransientStateError",
    "UnknownResourceError",
    "UploadError",
    "WaitTimeoutError",
]

# Error bodies can be arbitrarily large (a proxy's HTML page); messages stay readable.
MAX_MESSAGE_LENGTH = 512


_TYPE = re.compile(r"[a-z_]{1,64}")


def _bounded(text: str, limit: int = MAX_MESSAGE_LENGTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class ScalewayError(Exception):
    """Base of every error this package raises."""

    kind = "error"
    """The error's language-neutral name (docs/spec-extensions.md, `x-error-kinds`)."""
    status_code: int | None = None
    error_type: str | None = None
    resource: str | None = None
    resource_id: str | None = None
    details: list[Any] | None = None
    request_id: str | None = None
    body: str | None = None
    response: httpx.Response | None = None
    """The answer this error comes from, when there was one."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        error_type: str | None = None,
        resource: str | None = None,
        resource_id: str | None = None,
        details: list[Any] | None = None,
        request_id: str | None = None,
        body: str | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        self.message = _bounded(message)
        self.status_code = status_code
        self.error_type = error_type
        self.resource = resource
        self.resource_id = resource_id
        self.details = details
        self.request_id = request_id
        self.body = body
        self.response = response
        super().__init__(self.message)


class ConfigurationError(ScalewayError, ValueError):
    """The client cannot be configured: a missing secret key, an unknown profile, ..."""

    kind = "configuration"


class APIConnectionError(ScalewayError):
    """The API could not be reached, or the connection broke before an answer."""

    kind = "connection"


class APITimeoutError(APIConnectionError):
    """No whole answer within the call's timeout (retries included)."""

    kind = "timeout"


class APIStatusError(ScalewayError):
    """The API answered with a status other than 2xx; `response` is that answer."""

    kind = "api_status"

    def __str__(self) -> str:
        kind = f" {self.error_type}" if self.error_type else ""
        arguments = self.arguments()
        named = f" ({_bounded(arguments)})" if arguments else ""
        request = f" (request id {_bounded(self.request_id, 80)})" if self.request_id else ""
        return f"{self.status_code}{kind}: {self.message}{named}{request}"

    def arguments(self) -> str:
        """The arguments the API names in `details`, each with its reason: `name: reason`."""
        named = []
        for item in self.details or []:
            if isinstance(item, dict) and isinstance(item.get("argument_name"), str):
                reason = item.get("help_message") or item.get("reason") or "refused"
                named.append(f"{item['argument_name']}: {reason}")
        return "; ".join(named)


class InvalidArgumentsError(APIStatusError):
    """400: the request's arguments were refused; `str()` names each with its reason."""

    kind = "invalid_arguments"


class AuthenticationError(APIStatusError):
    """401: the secret key is missing, wrong or revoked."""

    kind = "authentication"


class PermissionsDeniedError(APIStatusError):
    """403: the key is valid but not allowed to do this."""

    kind = "permissions_denied"


class QuotasExceededError(APIStatusError):
    """A quota of the Organization is reached; `details` names it."""

    kind = "quotas_exceeded"


class NotFoundError(APIStatusError):
    """404: no such resource (in this region)."""

    kind = "not_found"


class UnknownResourceError(APIStatusError):
    """The request names a kind of resource the API does not know."""

    kind = "unknown_resource"


class TransientStateError(APIStatusError):
    """409: the resource stayed in a transient state (pending, deleting, ...) until the
    call's deadline; nothing was applied."""

    kind = "transient_state"


class OutOfStockError(APIStatusError):
    """The region has no capacity left for this resource."""

    kind = "out_of_stock"


class ResourceExpiredError(APIStatusError):
    """410: the resource expired and can no longer be used."""

    kind = "resource_expired"


class ResourceLockedError(APIStatusError):
    """The resource is locked by Scaleway (for example a suspended account): retrying or
    waiting will not help; `resource` and `resource_id` name it."""

    kind = "resource_locked"


class PreconditionFailedError(APIStatusError):
    """412: a precondition of the operation is not met."""

    kind = "precondition_failed"


class RateLimitedError(APIStatusError):
    """429: too many requests, and the retries ran out or the API asked for a longer pause
    than the client waits (`retry_after`, in seconds, when it said)."""

    kind = "rate_limited"

    retry_after: float | None = None


class ServerError(APIStatusError):
    """5xx: the API failed, and the retries ran out."""

    kind = "server"


class ResponseValidationError(ScalewayError):
    """A 2xx answer that is not JSON, or does not match openapi.yaml."""

    kind = "response_validation"


class ArchiveError(ScalewayError, ValueError):
    """The function's code cannot be packed or is too large; the message names the path."""

    kind = "archive"


class UploadError(ScalewayError):
    """The storage service refused the archive; `status_code` and `body` say why."""

    kind = "upload"


class DownloadError(ScalewayError):
    """The storage service did not give the archive back; `status_code` and `body` say why."""

    kind = "download"


class ResourceFailedError(ScalewayError):
    """A waited-for resource reached a status from which it cannot become ready."""

    kind = "resource_failed"

    def __init__(
        self,
        message: str,
        *,
        status: str,
        resource_object: Any,
        resource: str,
        resource_id: str | None,
        error_message: str | None = None,
        build_message: str | None = None,
    ) -> None:
        super().__init__(message, resource=resource, resource_id=resource_id)
        self.status = status
        self.resource_object = resource_object
        """The resource as last fetched."""
        self.error_message = error_message
        self.build_message = build_message


class FunctionDeployError(ResourceFailedError):
    """The function did not deploy; `error_message` and `build_message` say why."""

    kind = "function_deploy"


class WaitTimeoutError(ScalewayError, TimeoutError):
    """The deadline passed before the resource was ready; `status` is the last one seen
    (None when no poll was answered), `resource_object` the resource as last fetched."""

    kind = "wait_timeout"

    def __init__(
        self,
        message: str,
        *,
        status: str | None,
        resource_object: Any,
        resource: str,
        resource_id: str,
    ) -> None:
        super().__init__(message, resource=resource, resource_id=resource_id)
        self.status = status
        self.resource_object = resource_object


_API_ERRORS: tuple[type[APIStatusError], ...] = (
    APIStatusError,
    InvalidArgumentsError,
    AuthenticationError,
    PermissionsDeniedError,
    QuotasExceededError,
    ResourceLockedError,
    NotFoundError,
    UnknownResourceError,
    TransientStateError,
    OutOfStockError,
    ResourceExpiredError,
    PreconditionFailedError,
    RateLimitedError,
    ServerError,
)
_BY_KIND = {cls.kind: cls for cls in _API_ERRORS}
# From the spec's x-error-kinds: the kind of each documented `type`, and of each status (or
# range) for answers without one, or with a type this version does not know (it stays in
# `error_type`).
_BY_TYPE: dict[str, str] = {}
_BY_STATUS: dict[str, str] = {}
for _entry in ERROR_KINDS:
    if _entry["type"] is not None:
        _BY_TYPE[_entry["type"]] = _entry["kind"]
    if _entry["fallback"]:
        _BY_STATUS.setdefault(_entry["status"], _entry["kind"])


def _error_class(error_type: str | None, status_code: int) -> type[APIStatusError]:
    """The class of an answer's kind; a kind newer than this package gets its range's."""
    family = "server" if status_code >= 500 else "api_status"
    kind = (
        _BY_TYPE.get(error_type or "")
        or _BY_STATUS.get(str(status_code))
        or _BY_STATUS.get(f"{status_code // 100}XX")
        or family
    )
    return _BY_KIND.get(kind) or _BY_KIND[family]


def error_from_response(response: httpx.Response) -> APIStatusError:
    """The typed error for a non-2xx answer, whatever its body looks like."""
    from ._retries import retry_after  # httpx is loaded by then: there was an answer

    text = response.content.decode("utf-8", errors="replace")
    try:
        payload = json.loads(text)
    except (ValueError, RecursionError):  # not JSON, or absurdly deep
        payload = None
    fields: dict[str, Any] = payload if isinstance(payload, dict) else {}
    status_code = response.status_code
    error_type = _error_type(fields)
    cls = _error_class(error_type, status_code)
    message = fields.get("message")
    if not isinstance(message, str) or not message:
        message = text.strip() or response.reason_phrase or "no message"
    details = fields.get("details")
    resource, resource_id = fields.get("resource"), fields.get("resource_id")
    error = cls(
        message,
        status_code=status_code,
        error_type=error_type,
        resource=resource if isinstance(resource, str) else None,
        resource_id=resource_id if isinstance(resource_id, str) else None,
        details=details if isinstance(details, list) else None,
        request_id=response.headers.get("x-request-id"),
        body=text[: 64 * 1024],
        response=response,
    )
    if isinstance(error, RateLimitedError):
        error.retry_after = retry_after(response.headers)
    return error


def error_type_of(response: httpx.Response) -> str | None:
    """The Scaleway error type of an answer (`transient_state`, ...), or None."""
    try:
        payload = json.loads(response.content)
    except (ValueError, RecursionError):
        return None
    return _error_type(payload) if isinstance(payload, dict) else None


def _error_type(fields: dict[str, Any]) -> str | None:
    raw_type = fields.get("type")
    # A type is a short token ("not_found"); anything else is not one, whatever its size.
    return raw_type if isinstance(raw_type, str) and _TYPE.fullmatch(raw_type) else None
