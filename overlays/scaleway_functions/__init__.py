"""Typed Python client for the Scaleway Serverless Functions API.

    from scaleway_functions import FunctionsClient

    with FunctionsClient() as client:  # settings from SCW_* or the Scaleway CLI config
        for function in client.iter_functions(namespace_id):
            print(function.name, function.status)

The resource types (`Function`, `Namespace`, `UploadURL`, ...) are generated from
openapi.yaml into `scaleway_functions_api` and re-exported here.

Names are loaded on first use: importing the package costs little, and a script that only
needs the errors or the configuration does not load httpx and the models.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from . import _exceptions
from ._config import ClientConfig as ClientConfig
from ._exceptions import *  # noqa: F403  (every error is public)

if TYPE_CHECKING:  # what type checkers and IDEs see; at run time, __getattr__ loads them
    from scaleway_functions_api.models import *  # noqa: F403

    from ._archive import MAX_ARCHIVE_SIZE as MAX_ARCHIVE_SIZE
    from ._archive import Archive as Archive
    from ._archive import pack as pack
    from ._base_client import RawResponse as RawResponse
    from ._base_client import RequestOptions as RequestOptions
    from ._client import AsyncFunctionsClient as AsyncFunctionsClient
    from ._client import FunctionsClient as FunctionsClient
    from ._operations import DownloadResult as DownloadResult
    from ._operations import Operation as Operation
    from ._operations import UploadResult as UploadResult
    from ._operations import Waiter as Waiter
    from ._pagination import AsyncPaginator as AsyncPaginator
    from ._pagination import Paginator as Paginator
    from ._service import Change as Change
    from ._service import Outcome as Outcome
    from ._service import Plan as Plan
    from ._service_file import Service as Service
    from ._service_file import load_service as load_service

__version__ = "0.1.0"

# Loaded on first use: name -> module.
_LAZY = {
    "Archive": "scaleway_functions._archive",
    "AsyncFunctionsClient": "scaleway_functions._client",
    "AsyncPaginator": "scaleway_functions._pagination",
    "DownloadResult": "scaleway_functions._operations",
    "FunctionsClient": "scaleway_functions._client",
    "MAX_ARCHIVE_SIZE": "scaleway_functions._archive",
    "Operation": "scaleway_functions._operations",
    "Paginator": "scaleway_functions._pagination",
    "RawResponse": "scaleway_functions._base_client",
    "pack": "scaleway_functions._archive",
    "RequestOptions": "scaleway_functions._base_client",
    "UploadResult": "scaleway_functions._operations",
    "Waiter": "scaleway_functions._operations",
    "Change": "scaleway_functions._service",
    "Outcome": "scaleway_functions._service",
    "Plan": "scaleway_functions._service",
    "Service": "scaleway_functions._service_file",
    "load_service": "scaleway_functions._service_file",
}
_MODELS = "scaleway_functions_api.models"

_OWN = ["ClientConfig", *_exceptions.__all__, *_LAZY]


def _public(value: Any) -> Any:
    """Show `scaleway_functions.FunctionsClient`, not a private module, in reprs."""
    if isinstance(value, type) and value.__module__.startswith("scaleway_functions."):
        value.__module__ = __name__
    return value


if not TYPE_CHECKING:  # hidden from type checkers, so a misspelt name is still an error

    def __getattr__(name: str) -> Any:
        if name == "__all__":
            models = importlib.import_module(_MODELS)
            return [*_OWN, *models.__all__, "__version__"]
        if name in _LAZY:
            value = _public(getattr(importlib.import_module(_LAZY[name]), name))
        else:
            models = importlib.import_module(_MODELS)
            if name not in models.__all__:
                raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
            value = getattr(models, name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__getattr__("__all__")})


for _name in ["ClientConfig", *_exceptions.__all__]:
    _public(globals()[_name])
