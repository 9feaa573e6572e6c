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
 │    ├── NotFoundError ............ 404
 │    ├── TransientStateError ...... 409, the resource is busy (pending, deleting, ...)
 │    ├── ResourceLockedError ...... the resource is locked by Scaleway (type locked)
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
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

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
    "PermissionsDeniedError",
    "PreconditionFailedError",
    "QuotasExceededError",
    "RateLimitedError",
    "ResourceFailedError",
    "ResourceLockedError",
    "ResponseValidationError",
    "ScalewayError",
    "ServerError",
    "TransientStateError",
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


class APIConnectionError(ScalewayError):
    """The API could not be reached, or the connection broke before an answer."""


class APITimeoutError(APIConnectionError):
    """No whole answer within the call's timeout (retries included)."""


class APIStatusError(ScalewayError):
    """The API answered with a status other than 2xx; `response` is that answer."""

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


class AuthenticationError(APIStatusError):
    """401: the secret key is missing, wrong or revoked."""


class PermissionsDeniedError(APIStatusError):
    """403: the key is valid but not allowed to do this."""


class QuotasExceededError(APIStatusError):
    """A quota of the Organization is reached; `details` names it."""


class NotFoundError(APIStatusError):
    """404: no such resource (in this region)."""


class TransientStateError(APIStatusError):
    """409: the resource stayed in a transient state (pending, deleting, ...) until the
    call's deadline; nothing was applied."""


class ResourceLockedError(APIStatusError):
    """The resource is locked by Scaleway (for example a suspended account): retrying or
    waiting will not help; `resource` and `resource_id` name it."""


class PreconditionFailedError(APIStatusError):
    """412: a precondition of the operation is not met."""


class RateLimitedError(APIStatusError):
    """429: too many requests, and the retries ran out or the API asked for a longer pause
    than the client waits (`retry_after`, in seconds, when it said)."""

    retry_after: float | None = None


class ServerError(APIStatusError):
    """5xx: the API failed, and the retries ran out."""


class ResponseValidationError(ScalewayError):
    """A 2xx answer that is not JSON, or does not match openapi.yaml."""


class ArchiveError(ScalewayError, ValueError):
    """The function's code cannot be packed or is too large; the message names the path."""


class UploadError(ScalewayError):
    """The storage service refused the archive; `status_code` and `body` say why."""


class DownloadError(ScalewayError):
    """The storage service did not give the archive back; `status_code` and `body` say why."""


class ResourceFailedError(ScalewayError):
    """A waited-for resource reached a status from which it cannot become ready."""

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


class WaitTimeoutError(ScalewayError, TimeoutError):
    """The deadline passed before the resource was ready; `status` is the last one seen
    (None when no poll was answered), `resource_object` the resource as last fetched."""

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


# The documented Scaleway error types, then plain HTTP statuses for answers without one
# (or with a type this version does not know: it stays in `error_type`).
_BY_TYPE: dict[str, type[APIStatusError]] = {
    "invalid_arguments": InvalidArgumentsError,
    "denied_authentication": AuthenticationError,
    "authentication_error": AuthenticationError,
    "permissions_denied": PermissionsDeniedError,
    "quotas_exceeded": QuotasExceededError,
    "not_found": NotFoundError,
    "transient_state": TransientStateError,
    "locked": ResourceLockedError,
    "precondition_failed": PreconditionFailedError,
}
_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: InvalidArgumentsError,
    401: AuthenticationError,
    403: PermissionsDeniedError,
    404: NotFoundError,
    409: TransientStateError,
    412: PreconditionFailedError,
    429: RateLimitedError,
}


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
    cls = _BY_TYPE.get(error_type or "") or _BY_STATUS.get(status_code)
    if cls is None:
        cls = ServerError if status_code >= 500 else APIStatusError
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
