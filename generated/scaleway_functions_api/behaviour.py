# Generated from openapi.yaml by tools/generate_operations.py: do not edit.
"""What every client of openapi.yaml does alike: the first server, the
default region, and the behaviour extensions (`x-retry-policy`, `x-wait-policy`,
`x-pagination-policy`, `x-code-archive` with the limits of `x-code-upload`, `x-error-kinds`;
see docs/spec-extensions.md). The handwritten core reads its numbers and names here, so a
change in the spec changes the client with no code."""

from __future__ import annotations

from typing import Final, TypedDict


class Backoff(TypedDict):
    initial: float
    multiplier: float
    max: float
    jitter: float


class RetryPolicy(TypedDict):
    timeout: float
    max_retries: int
    idempotent_methods: frozenset[str]
    any_method_statuses: frozenset[int]
    idempotent_statuses: frozenset[int]
    not_sent: str
    """Which methods a request that never left is sent again on: any_method or idempotent."""
    broken: str
    """The same, for a connection that broke after the request left."""
    settle_status: int
    settle_error_type: str
    backoff: Backoff
    max_retry_after: float


class WaitPolicy(TypedDict):
    first_delay: float
    multiplier: float
    max_delay: float
    timeout: float
    last_poll: float


class PaginationPolicy(TypedDict):
    page: str
    page_size: str
    default_page_size: int
    stop: frozenset[str]
    unique_by: str


class CodeArchive(TypedDict):
    max_size: int
    max_unpacked_size: int
    ignore_file: str
    always_excluded: tuple[str, ...]
    secret_files: tuple[str, ...]
    compression: str
    level: int
    timestamp: tuple[int, int, int, int, int, int]
    file_mode: int
    executable_mode: int


class ErrorKind(TypedDict):
    kind: str
    type: str | None
    """The answer's `type` that gives this kind, if any."""
    status: str
    """A status ("404") or a range ("4XX", "5XX")."""
    fallback: bool
    """Whether an answer of this status without a known type is of this kind."""


SERVER_URL: Final[str] = "https://api.scaleway.com"

DEFAULT_REGION: Final[str] = "fr-par"

RETRY_POLICY: Final[RetryPolicy] = {
    "timeout": 30.0,
    "max_retries": 3,
    "idempotent_methods": frozenset({"DELETE", "GET", "HEAD", "OPTIONS", "PUT"}),
    "any_method_statuses": frozenset({429}),
    "idempotent_statuses": frozenset({502, 503, 504}),
    "not_sent": "any_method",
    "broken": "idempotent",
    "settle_status": 409,
    "settle_error_type": "transient_state",
    "backoff": {"initial": 0.5, "multiplier": 2.0, "max": 8.0, "jitter": 0.25},
    "max_retry_after": 60.0,
}

WAIT_POLICY: Final[WaitPolicy] = {
    "first_delay": 0.5,
    "multiplier": 1.5,
    "max_delay": 2.0,
    "timeout": 600.0,
    "last_poll": 0.5,
}

PAGINATION_POLICY: Final[PaginationPolicy] = {
    "page": "page",
    "page_size": "page_size",
    "default_page_size": 100,
    "stop": frozenset({"short_page", "total_reached"}),
    "unique_by": "id",
}

CODE_ARCHIVE: Final[CodeArchive] = {
    "max_size": 104857600,
    "max_unpacked_size": 524288000,
    "ignore_file": ".scwignore",
    "always_excluded": (
        ".git",
        "__pycache__/",
        "*.pyc",
        "/.scwignore",
    ),
    "secret_files": (
        ".env",
        ".env.*",
    ),
    "compression": "deflate",
    "level": 6,
    "timestamp": (
        1980,
        1,
        1,
        0,
        0,
        0,
    ),
    "file_mode": 420,
    "executable_mode": 493,
}

ERROR_KINDS: Final[tuple[ErrorKind, ...]] = (
    {
        "kind": "invalid_arguments",
        "type": "invalid_arguments",
        "status": "400",
        "fallback": True,
    },
    {
        "kind": "authentication",
        "type": "denied_authentication",
        "status": "401",
        "fallback": True,
    },
    {
        "kind": "permissions_denied",
        "type": "permissions_denied",
        "status": "403",
        "fallback": True,
    },
    {
        "kind": "quotas_exceeded",
        "type": "quotas_exceeded",
        "status": "403",
        "fallback": False,
    },
    {"kind": "resource_locked", "type": "locked", "status": "403", "fallback": False},
    {"kind": "not_found", "type": "not_found", "status": "404", "fallback": True},
    {
        "kind": "unknown_resource",
        "type": "unknown_resource",
        "status": "404",
        "fallback": False,
    },
    {
        "kind": "transient_state",
        "type": "transient_state",
        "status": "409",
        "fallback": True,
    },
    {
        "kind": "out_of_stock",
        "type": "out_of_stock",
        "status": "409",
        "fallback": False,
    },
    {
        "kind": "resource_expired",
        "type": "resource_expired",
        "status": "410",
        "fallback": False,
    },
    {
        "kind": "precondition_failed",
        "type": "precondition_failed",
        "status": "412",
        "fallback": True,
    },
    {"kind": "rate_limited", "type": None, "status": "429", "fallback": True},
    {"kind": "server", "type": None, "status": "5XX", "fallback": True},
    {"kind": "api_status", "type": None, "status": "4XX", "fallback": True},
)
