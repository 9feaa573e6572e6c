"""Typed Python client for the Scaleway Serverless Functions API.

    from scaleway_functions import FunctionsClient

    with FunctionsClient() as client:  # settings from SCW_* or the Scaleway CLI config
        for function in client.iter_functions(namespace_id):
            print(function.name, function.status)

The resource types (`Function`, `Namespace`, `UploadURL`, ...) are generated from
openapi.yaml into `scaleway_functions_api` and re-exported here.
"""

from scaleway_functions_api import models as _models
from scaleway_functions_api.models import *  # noqa: F403  (the generated models are public types)
from scaleway_functions_api.operations import UploadResult

from . import _exceptions
from ._archive import MAX_ARCHIVE_SIZE
from ._client import AsyncFunctionsClient, AsyncPaginator, FunctionsClient, Paginator
from ._config import ClientConfig
from ._exceptions import *  # noqa: F403  (every error is public)

__version__ = "0.1.0"

__all__ = [
    "MAX_ARCHIVE_SIZE",
    "AsyncFunctionsClient",
    "AsyncPaginator",
    "ClientConfig",
    "FunctionsClient",
    "Paginator",
    "UploadResult",
    *_exceptions.__all__,
]

# Show `scaleway_functions.FunctionsClient`, not the private module, in reprs and tracebacks.
for _name in __all__:
    _value = globals()[_name]
    if isinstance(_value, type):
        _value.__module__ = __name__

__all__ += [*_models.__all__, "__version__"]
