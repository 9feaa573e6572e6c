"""Payloads shaped like the live API's answers, shared by the tests.

Functions, namespaces, runtimes and upload URLs come from the recorded traffic
(`../shared/fixtures`, loaded by conftest); crons, domains, tokens and triggers follow
the shapes the live API gives them, one-of members absent when not in use.
"""

from __future__ import annotations

from typing import Any

import httpx

from .conftest import API_URL, RECORDED

API_HOST = httpx.URL(API_URL).host
API = "/functions/v1beta1/regions/fr-par"
FUNCTIONS = f"{API}/functions"
NAMESPACES = f"{API}/namespaces"

# --- recorded answers -----------------------------------------------------------------------

FUNCTION = RECORDED[18].json()
NAMESPACE = RECORDED[4].json()
RUNTIMES = RECORDED[0].json()
UPLOAD_URL = RECORDED[7].json()
FUNCTION_ID = FUNCTION["id"]
NAMESPACE_ID = NAMESPACE["id"]
PROJECT_ID = "fa1e3217-dc80-42ac-85c3-3f034b78b552"
DOWNLOAD_URL = (
    "https://s3.fr-par.scw.cloud/serverless-functions-code-prod-fr-par/"
    f"functions/function-{FUNCTION_ID}.zip?X-Amz-Signature=0f1e2d"
)
REQUEST_ID = "req-7f3a"
SECRET_VALUE = "s3cr3t-env-value-9d41"

# --- answers shaped like the live API's ---------------------------------------------------

CRON_ID = "c5a1e0f2-8d43-4b6e-9f1a-2b3c4d5e6f70"
DOMAIN_ID = "d0e1f2a3-b4c5-4d6e-8f70-8192a3b4c5d6"
TOKEN_ID = "7e0a4f1c-2b3d-4e5f-a6b7-c8d9e0f1a2b3"
TRIGGER_ID = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"
TOKEN_VALUE = "tk-live-Q2hhbmdlTWVQbGVhc2UtOTk4ODc3NjY1NTQ0MzMyMjExMA"
SQS_SECRET = "sqs-secret-9f8e7d6c5b4a"
SQS_ACCESS = "AKIAEXAMPLEACCESS"

CRON: dict[str, Any] = {
    "id": CRON_ID,
    "function_id": FUNCTION_ID,
    "schedule": "0 * * * *",
    "args": {"message": "hello", "nested": {"n": 1, "tags": ["a", "b"]}},
    "status": "ready",
    "name": "hourly",
}
DOMAIN: dict[str, Any] = {
    "id": DOMAIN_ID,
    "hostname": "api.example.com",
    "function_id": FUNCTION_ID,
    "url": "https://api.example.com",
    "status": "ready",
    "error_message": None,
}
# One-of members not in use are absent, never null (a token's scope, a trigger's source).
TOKEN: dict[str, Any] = {
    "id": TOKEN_ID,
    "token": TOKEN_VALUE,
    "function_id": FUNCTION_ID,
    "public_key": "",
    "status": "ready",
    "description": "ci deploys",
    "expires_at": None,
}
NAMESPACE_TOKEN: dict[str, Any] = {
    **{key: value for key, value in TOKEN.items() if key != "function_id"},
    "namespace_id": NAMESPACE_ID,
}
SCW_SQS = {
    "queue": "orders",
    "mnq_project_id": PROJECT_ID,
    "mnq_region": "fr-par",
    "mnq_credential_id": None,
}
SCW_NATS = {
    "subject": "orders.created",
    "mnq_nats_account_id": "nats-account-1",
    "mnq_project_id": PROJECT_ID,
    "mnq_region": "nl-ams",
    "mnq_credential_id": "cred-42",
}
SQS = {
    "endpoint": "https://sqs.eu-west-1.amazonaws.com",
    "queue_url": "https://sqs.eu-west-1.amazonaws.com/123456789012/orders",
    "access_key": SQS_ACCESS,
    "secret_key": SQS_SECRET,
}
TRIGGER: dict[str, Any] = {
    "id": TRIGGER_ID,
    "name": "orders",
    "description": "",
    "function_id": FUNCTION_ID,
    "input_type": "scw_sqs",
    "status": "ready",
    "error_message": None,
    "scw_sqs_config": SCW_SQS,
}
_SOURCELESS = {key: value for key, value in TRIGGER.items() if key != "scw_sqs_config"}
NATS_TRIGGER = {**_SOURCELESS, "input_type": "scw_nats", "scw_nats_config": SCW_NATS}
SQS_TRIGGER = {**_SOURCELESS, "input_type": "sqs", "sqs_config": SQS}
