"""Typed Python client for the Scaleway Serverless Functions API.

The resource types (`Function`, `Namespace`, `UploadURL`, ...) are generated from
openapi.yaml into `scaleway_functions_api`; this package is the one to import.
"""

from scaleway_functions_api import models as _models
from scaleway_functions_api.models import *  # noqa: F403  (the generated models are public types)

__version__ = "0.1.0"

__all__ = [*_models.__all__, "__version__"]
