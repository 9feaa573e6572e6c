"""The seam between the generated methods and the handwritten clients.

`scaleway_functions_api.operations` (generated) defines `SyncMethods(SyncAPI)` and
`AsyncMethods(AsyncAPI)`: one typed method per operation, each a one-line call of a
primitive declared here. `FunctionsClient` and `AsyncFunctionsClient` implement them, so
mypy checks every implementation against these signatures. `BaseClient` is what both
clients share and does no I/O: configuration, per-call options, building requests, reading
answers.
"""

from __future__ import annotations

import abc
import copy
import datetime
import enum
import json
import logging
import platform
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from urllib.parse import quote, urlencode, urlsplit

import httpx

from ._config import ClientConfig, check_max_retries, check_region, check_timeout, resolve_config
from ._exceptions import APIConnectionError, APITimeoutError, ResponseValidationError
from ._operations import (
    CodeDownload,
    CodeUpload,
    Destination,
    DownloadResult,
    FromDict,
    Operation,
    ProgressCallback,
    Source,
    UploadResult,
    Waiter,
)
from ._pagination import AsyncPaginator, Paginator

if TYPE_CHECKING:
    from typing_extensions import Self

__all__ = ["AsyncAPI", "BaseClient", "RawResponse", "RequestOptions", "SyncAPI", "parse_answer"]

logger = logging.getLogger("scaleway_functions")

T = TypeVar("T")
ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT")

CONNECT_TIMEOUT = 10.0
_AUTH_HEADER = "X-Auth-Token"


class SyncAPI(abc.ABC):
    """What the generated methods of the sync client call."""

    @abc.abstractmethod
    def _call(
        self,
        operation: Operation[T],
        region: str | None,
        path: Mapping[str, object],
        query: Mapping[str, object],
        body: Mapping[str, object] | None,
    ) -> T:
        """Send one operation; its parsed answer."""

    @abc.abstractmethod
    def _call_raw(
        self,
        operation: Operation[T],
        region: str | None,
        path: Mapping[str, object],
        query: Mapping[str, object],
        body: Mapping[str, object] | None,
    ) -> RawResponse[T]:
        """Send one operation; its answer, parsed on demand."""

    @abc.abstractmethod
    def _paginate(
        self,
        operation: Operation[PageT],
        item_type: FromDict[ItemT],
        region: str | None,
        query: Mapping[str, object],
        page_size: int,
        concurrency: int | None,
    ) -> Paginator[ItemT, PageT]:
        """A lazy walk through every page of a listing."""

    @abc.abstractmethod
    def _wait(
        self,
        waiter: Waiter[T],
        resource_id: str,
        region: str | None,
        timeout: float,
        poll_interval: float | None,
        on_progress: Callable[[T], None] | None,
    ) -> T:
        """Poll a resource until its waiter says it is ready."""

    @abc.abstractmethod
    def _upload_code(
        self,
        upload: CodeUpload[Any],
        resource_id: str,
        source: Source,
        region: str | None,
        on_progress: ProgressCallback | None,
    ) -> UploadResult:
        """Pack the code and send it to the presigned URL the API gives."""

    @abc.abstractmethod
    def _download_code(
        self,
        download: CodeDownload,
        resource_id: str,
        destination: Destination,
        region: str | None,
    ) -> DownloadResult:
        """Fetch the code from the presigned URL the API gives, into a file."""


class AsyncAPI(abc.ABC):
    """What the generated methods of the async client call: the same, as coroutines."""

    @abc.abstractmethod
    async def _call(
        self,
        operation: Operation[T],
        region: str | None,
        path: Mapping[str, object],
        query: Mapping[str, object],
        body: Mapping[str, object] | None,
    ) -> T: ...

    @abc.abstractmethod
    async def _call_raw(
        self,
        operation: Operation[T],
        region: str | None,
        path: Mapping[str, object],
        query: Mapping[str, object],
        body: Mapping[str, object] | None,
    ) -> RawResponse[T]: ...

    @abc.abstractmethod
    def _paginate(
        self,
        operation: Operation[PageT],
        item_type: FromDict[ItemT],
        region: str | None,
        query: Mapping[str, object],
        page_size: int,
        concurrency: int | None,
    ) -> AsyncPaginator[ItemT, PageT]: ...

    @abc.abstractmethod
    async def _wait(
        self,
        waiter: Waiter[T],
        resource_id: str,
        region: str | None,
        timeout: float,
        poll_interval: float | None,
        on_progress: Callable[[T], None] | None,
    ) -> T: ...

    @abc.abstractmethod
    async def _upload_code(
        self,
        upload: CodeUpload[Any],
        resource_id: str,
        source: Source,
        region: str | None,
        on_progress: ProgressCallback | None,
    ) -> UploadResult: ...

    @abc.abstractmethod
    async def _download_code(
        self,
        download: CodeDownload,
        resource_id: str,
        destination: Destination,
        region: str | None,
    ) -> DownloadResult: ...


@dataclass(frozen=True)
class RequestOptions:
    """What `with_options` changes: per-call settings over the client's configuration."""

    timeout: float
    """Seconds a whole API call may take, retries included."""
    max_retries: int
    headers: Mapping[str, str]
    """Extra headers sent with every API request (never to the storage service)."""


class RawResponse(Generic[T]):
    """A successful answer as it came: status, headers and request id; `parse()` gives the
    model (and raises ResponseValidationError when the answer does not match the spec)."""

    def __init__(self, operation: Operation[T], http_response: httpx.Response) -> None:
        self.operation = operation
        self.http_response = http_response

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        request_id: str | None = self.http_response.headers.get("x-request-id")
        return request_id

    def parse(self) -> T:
        return parse_answer(self.operation, self.http_response)

    def __repr__(self) -> str:
        return f"<RawResponse {self.operation.name} {self.status_code}>"


def parse_answer(operation: Operation[T], response: httpx.Response) -> T:
    """The model of a 2xx answer, or ResponseValidationError naming what is wrong."""
    request_id = response.headers.get("x-request-id")
    try:
        data = json.loads(response.content)
    except (ValueError, RecursionError):  # RecursionError: absurdly deep nesting
        raise ResponseValidationError(
            # Not the text itself: a cut answer may hold a secret (a token's value).
            f"{operation.name}: the answer is not JSON ({len(response.content)} bytes of "
            f"{response.headers.get('content-type', 'unknown type')})",
            status_code=response.status_code,
            request_id=request_id,
            body=response.text[:65536],
            response=response,
        ) from None
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected a JSON object, got {type(data).__name__}")
        return operation.response.from_dict(data)
    except KeyError as exc:
        problem = f"the required field {exc.args[0]!r} is missing"
    except (TypeError, ValueError, AttributeError, RecursionError) as exc:
        problem = str(exc) or f"a field has the wrong type ({type(exc).__name__})"
    raise ResponseValidationError(
        f"{operation.name}: the answer does not match the spec: {problem}",
        status_code=response.status_code,
        request_id=request_id,
        body=response.text[:65536],
        response=response,
    )


def _path_segment(name: str, value: object) -> str:
    """One escaped path segment; an id can never reach another path."""
    uuid = sys.modules.get("uuid")  # a UUID can only come from a program that loaded uuid
    if uuid is not None and isinstance(value, uuid.UUID):
        value = str(value)
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string id, got {value!r}")
    if not value or value in (".", ".."):
        raise ValueError(f"{name} must be a non-empty id, got {value!r}")
    return quote(value, safe="")


def _query_value(value: object) -> object:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def _jsonable(value: Any) -> Any:
    """A request value as JSON: enums by value, models by `to_dict()`, datetimes in RFC 3339."""
    if isinstance(value, enum.Enum):
        return value.value
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, Mapping):
        return {str(key): _jsonable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(item) for item in value]
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            raise ValueError(f"{value!r} has no time zone: the API needs an RFC 3339 instant")
        return value.isoformat()
    return value


def without_query(url: str | httpx.URL) -> str:
    """A URL without its query (a presigned URL's signature) or credentials, for messages."""
    parts = urlsplit(str(url))
    host = parts.netloc.rpartition("@")[2]
    return f"{parts.scheme}://{host}{parts.path}"


def connection_error(exc: httpx.TransportError, url: str | httpx.URL) -> APIConnectionError:
    """The error for a request that got no answer."""
    where = without_query(url)
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"no answer from {where} in time ({type(exc).__name__})")
    return APIConnectionError(f"cannot reach {where}: {exc or type(exc).__name__}")


class BaseClient:
    """What the sync and async clients share; no I/O."""

    def __init__(
        self,
        secret_key: str | None = None,
        access_key: str | None = None,
        region: str | None = None,
        project_id: str | None = None,
        organization_id: str | None = None,
        api_url: str | None = None,
        profile: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        *,
        base_headers: Mapping[str, str],
    ) -> None:
        self._config: ClientConfig = resolve_config(
            {
                "secret_key": secret_key,
                "access_key": access_key,
                "region": region,
                "project_id": project_id,
                "organization_id": organization_id,
                "api_url": api_url,
                "profile": profile,
                "timeout": timeout,
                "max_retries": max_retries,
            }
        )
        from . import __version__

        self._base_headers = httpx.Headers(
            {
                **base_headers,
                "User-Agent": f"scaleway-functions-client/{__version__} "
                f"python/{platform.python_version()}",
            }
        )
        self._set_options(
            RequestOptions(
                timeout=self._config.timeout, max_retries=self._config.max_retries, headers={}
            )
        )

    def _set_options(self, options: RequestOptions) -> None:
        self._options = options
        # Merged once here, not on every call. The secret key goes to the API only.
        self._api_headers = httpx.Headers(
            {**self._base_headers, **options.headers, _AUTH_HEADER: self._config.secret_key}
        )
        self._json_headers = httpx.Headers(
            {**self._api_headers, "Content-Type": "application/json"}
        )

    @property
    def config(self) -> ClientConfig:
        """The resolved settings (the secret key stays out of its repr)."""
        return self._config

    @property
    def options(self) -> RequestOptions:
        """The per-call settings in force (see `with_options`)."""
        return self._options

    def with_options(
        self,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy of this client with other per-call settings, sharing its connection pool
        (close the original, not the copy). Headers add to those given before."""
        extra = dict(self._options.headers)
        for name, value in (headers or {}).items():
            if name.lower() == _AUTH_HEADER.lower():
                raise ValueError(f"{name} is set from the secret key, not from headers")
            extra[name] = value
        copied = copy.copy(self)
        copied._set_options(
            RequestOptions(
                timeout=self._options.timeout if timeout is None else check_timeout(timeout),
                max_retries=self._options.max_retries
                if max_retries is None
                else check_max_retries(max_retries),
                headers=extra,
            )
        )
        return copied

    def __repr__(self) -> str:
        c = self._config
        return f"{type(self).__name__}(api_url={without_query(c.api_url)!r}, region={c.region!r})"

    def _region(self, region: str | None) -> str:
        if region is None:
            return self._config.region
        return check_region(str(region))

    def _body(self, body: Mapping[str, object]) -> bytes:
        payload = {key: _jsonable(value) for key, value in body.items() if value is not None}
        if "project_id" in body and body["project_id"] is None and self._config.project_id:
            payload["project_id"] = self._config.project_id
        try:
            return json.dumps(payload, separators=(",", ":"), allow_nan=False).encode()
        except ValueError as exc:  # NaN or Infinity: not JSON, whatever Python allows
            raise ValueError(f"the request body is not valid JSON: {exc}") from None

    def _build_request(
        self,
        operation: Operation[Any],
        region: str | None,
        path: Mapping[str, object],
        query: Mapping[str, object],
        body: Mapping[str, object] | None,
    ) -> httpx.Request:
        """The request of one call, built directly (httpx's build_request would merge the
        client's headers again on every call; here they were merged once)."""
        if operation.one_of:
            operation.check_one_of(query)
        segments = {name: _path_segment(name, path[name]) for name in operation.path_params}
        url = self._config.api_url + operation.path.format(
            region=quote(self._region(region), safe=""), **segments
        )
        params = [(key, _query_value(value)) for key, value in query.items() if value is not None]
        if params:
            url += "?" + urlencode(params)
        if body is None:
            return httpx.Request(operation.method, url, headers=self._api_headers)
        return httpx.Request(
            operation.method, url, headers=self._json_headers, content=self._body(body)
        )

    def _timeouts(self, deadline: float | None, now: float) -> dict[str, float]:
        """httpx's per-operation timeouts for one attempt: what is left of the call's
        deadline (the connection's own limit is CONNECT_TIMEOUT), or the call's timeout for
        each read and write when the whole call has no deadline (an archive upload)."""
        budget = self._options.timeout if deadline is None else deadline - now
        if budget <= 0:
            raise httpx.ReadTimeout("the call's deadline passed")
        return {
            "connect": min(CONNECT_TIMEOUT, budget),
            "read": budget,
            "write": budget,
            "pool": budget,
        }

    @staticmethod
    def _log_retry(
        request: httpx.Request, outcome: httpx.Response | Exception, delay: float
    ) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            what = outcome.status_code if isinstance(outcome, httpx.Response) else type(outcome)
            logger.debug(
                "%s %s: %s, sending again in %.2fs",
                request.method,
                without_query(request.url),
                getattr(what, "__name__", what),
                delay,
            )

    @staticmethod
    def _log(response: httpx.Response) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s %s -> %s (request id %s)",
                response.request.method,
                response.request.url.path,
                response.status_code,
                response.headers.get("x-request-id"),
            )
