"""The emulated service: resources in memory, per region, with the live API's lifecycles.

No HTTP here. States advance lazily from timestamps each time a resource is read, so the
emulator needs no background tasks and a test can drive time with its own clock.
"""

from __future__ import annotations

import base64
import datetime
import decimal
import io
import json
import re
import secrets
import threading
import time
import uuid
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import argon2

__all__ = ["ApiError", "Service", "Timings"]

BUILD_STEPS = (
    None,
    "step 2 of 3: function build in progress",
    "step 3 of 3: function image is being pushed to container registry",
)
CHILD_KINDS = ("cron", "domain", "token", "trigger")
KINDS = ("namespace", "function", *CHILD_KINDS)
EMULATOR_PROJECT_ID = "00000000-0000-4000-8000-000000000001"
MEMORY_LIMITS = {128: 70, 256: 140, 512: 280, 1024: 560, 2048: 1120, 3072: 1680, 4096: 2240}
# The live API's argon2id parameters, as its hashes show: m=65536, t=1, p=2.
_SECRET_HASHER = argon2.PasswordHasher(time_cost=1, memory_cost=65536, parallelism=2)

TRIGGER_SOURCES = {"scw_sqs_config": "scw_sqs", "scw_nats_config": "scw_nats", "sqs_config": "sqs"}
_DNS_NAME = re.compile(
    r"(?=.{1,253}$)([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?\.)+[a-z]([-a-z0-9]{0,61}[a-z0-9])?",
    re.IGNORECASE,
)


class ApiError(Exception):
    """An answer other than 2xx, shaped like the live API's."""

    def __init__(self, status: int, body: Mapping[str, Any]) -> None:
        super().__init__(body.get("message"))
        self.status, self.body = status, dict(body)


def not_found(kind: str) -> ApiError:
    return ApiError(404, {"message": f"{kind} was not found"})


def transient(kind: str, data: Mapping[str, Any]) -> ApiError:
    """409: the resource is busy (pending, deleting) and refuses the change for now."""
    body = {
        "type": "transient_state",
        "message": "resource is in a transient state",
        "resource": kind,
        "resource_id": data["id"],
        "current_state": data["status"],
    }
    return ApiError(409, body)


def invalid(argument: str, reason: str, help_message: str) -> ApiError:
    detail = {"argument_name": argument, "reason": reason, "help_message": help_message}
    return ApiError(
        400,
        {"type": "invalid_arguments", "message": "invalid argument(s)", "details": [detail]},
    )


@dataclass(frozen=True)
class Timings:
    """How long transitions take, in seconds (the live API's, scaled down)."""

    namespace_ready: float = 0.3
    build: float = 0.9
    """A build's three steps share this time equally."""
    deletion: float = 0.3


@dataclass
class _Record:
    """A resource as the API shows it, plus what the emulator needs to advance it."""

    data: dict[str, Any]
    region: str
    kind: str
    ready_at: float | None = None
    """When the resource leaves its creating state (to ready, or to error with `failure`)."""
    failure: str | None = None
    build: tuple[float, str | None] | None = None
    """(start time, error message or None) of the build in progress."""
    deleted_at: float | None = None
    archive: bytes | None = None
    upload: tuple[str, int] | None = None
    """(token, announced content length) of the latest upload URL."""
    download_token: str = field(default_factory=lambda: secrets.token_urlsafe(16))


def _runtimes() -> list[dict[str, Any]]:
    text = resources.files(__package__).joinpath("runtimes.json").read_text(encoding="utf-8")
    loaded: list[dict[str, Any]] = json.loads(text)
    return loaded


def _now_text() -> str:
    return datetime.datetime.now(datetime.timezone.utc).isoformat().replace("+00:00", "Z")


def _hashed(secret_list: list[dict[str, Any]], existing: list[dict[str, Any]]) -> list[Any]:
    """Secrets as the API returns them: keys with argon2id hashes, never values.

    The hashes are real (`$argon2id$v=19$m=65536,t=1,p=2$salt$hash`), so tools that check a
    value against its hash to skip unchanged secrets get the right answer. A key sent
    without a value (absent or null) deletes that secret; keys not sent are kept.
    """
    kept = {item["key"]: item for item in existing}
    for item in secret_list:
        if item.get("value") is None:
            kept.pop(item["key"], None)
            continue
        hashed = item.get("hashed_value") or _SECRET_HASHER.hash(item["value"])
        kept[item["key"]] = {"key": item["key"], "hashed_value": hashed}
    return list(kept.values())


def prehash_secrets(body: dict[str, Any]) -> dict[str, Any]:
    """`body` with each secret's argon2id hash computed (tens of milliseconds each), to be
    done before the service's lock is taken, so that other requests go on meanwhile."""
    secrets = body.get("secret_environment_variables") or []
    hashed = [
        {**item, "hashed_value": _SECRET_HASHER.hash(item["value"])}
        if item.get("value") is not None
        else item
        for item in secrets
    ]
    return {**body, "secret_environment_variables": hashed}


# Fields of update requests that are not copied onto the resource as they are.
_NOT_PLAIN = {"redeploy", "runtime", "secret_environment_variables", "sqs_config"}


def _plain_fields(body: Mapping[str, Any]) -> dict[str, Any]:
    """What an update body sets as it is: every field of its (validated) schema that was
    given, but the few the update handles itself."""
    return {key: value for key, value in body.items() if key not in _NOT_PLAIN}


def normalised_duration(duration: str) -> str:
    """A duration as the API answers it: `"10.000000000s"` -> `"10s"`, `"1.50s"` -> `"1.5s"`."""
    seconds = decimal.Decimal(duration.removesuffix("s")).normalize()
    return f"{seconds:f}s"


def _public_key_pem() -> str:
    """A PEM-armoured public key, the shape of the one a new token is answered with."""
    body = base64.b64encode(secrets.token_bytes(91)).decode()
    return f"-----BEGIN PUBLIC KEY-----\n{body[:64]}\n{body[64:]}\n-----END PUBLIC KEY-----\n"


def _build_error(archive: bytes | None, handler: str, extension: str) -> str | None:
    """Why a build of this archive would fail, or None when it would succeed."""
    if archive is None:
        return "no code was uploaded: get an upload URL and PUT a zip archive first"
    try:
        names = set(zipfile.ZipFile(io.BytesIO(archive)).namelist())
    except zipfile.BadZipFile:
        return "the uploaded archive is not a valid zip file"
    module, dot, _ = handler.rpartition(".")
    if dot and module:
        expected = f"{module}.{extension}"
        if expected not in names:
            return f"handler {handler!r}: {expected} not found in the archive"
    elif not any(name.endswith(f".{extension}") for name in names):
        return f"no .{extension} file found in the archive"
    return None


@dataclass
class Service:
    """The Functions API's state, for every region, behind one lock."""

    timings: Timings = field(default_factory=Timings)
    clock: Callable[[], float] = time.monotonic
    tables: dict[str, dict[str, _Record]] = field(
        default_factory=lambda: {kind: {} for kind in KINDS}
    )
    runtimes: list[dict[str, Any]] = field(default_factory=_runtimes)
    lock: threading.RLock = field(default_factory=threading.RLock)
    build_error: str | None = None
    """When set, every build started from now on fails with this error_message."""

    def reset(self, timings: Timings | None = None) -> None:
        """Forget every resource (the runtimes stay) and any `build_error`, and take
        `timings` if given."""
        with self.lock:
            for table in self.tables.values():
                table.clear()
            self.build_error = None
            if timings is not None:
                self.timings = timings

    # --- lifecycles ---------------------------------------------------------------------

    @property
    def namespaces(self) -> dict[str, _Record]:
        return self.tables["namespace"]

    @property
    def functions(self) -> dict[str, _Record]:
        return self.tables["function"]

    def _advance(self, record: _Record) -> None:
        now = self.clock()
        data = record.data
        if record.deleted_at is not None:
            if now >= record.deleted_at:
                self.tables[record.kind].pop(data["id"], None)
            return
        if record.ready_at is not None and now >= record.ready_at:
            record.ready_at = None
            if record.failure is not None:
                data.update(status="error", error_message=record.failure)
            else:
                data["status"] = "ready"
                self._became_ready(record)
        if record.build is not None:
            started, error = record.build
            step = int((now - started) / (self.timings.build / 3)) if self.timings.build else 3
            if step >= 3:
                record.build = None
                finished = _now_text()
                if error is None:
                    data.update(status="ready", build_message=None, ready_at=finished)
                else:
                    data.update(status="error", build_message=None, error_message=error)
                data["updated_at"] = finished
            elif data["build_message"] != BUILD_STEPS[step]:
                data.update(build_message=BUILD_STEPS[step], updated_at=_now_text())

    @staticmethod
    def _became_ready(record: _Record) -> None:
        """What a resource gains once it is ready, as the live API shows it."""
        data = record.data
        if record.kind == "namespace" and not data["registry_namespace_id"]:
            data.update(
                registry_namespace_id=str(uuid.uuid4()),
                registry_endpoint=f"rg.{record.region}.scw.cloud/funcscw{data['name']}",
                updated_at=_now_text(),
            )
        elif record.kind == "domain":
            data["url"] = f"https://{data['hostname']}"
        elif record.kind == "trigger":
            for source in ("scw_sqs_config", "scw_nats_config"):
                if source in data and data[source].get("mnq_credential_id") is None:
                    data[source]["mnq_credential_id"] = str(uuid.uuid4())

    def get(self, kind: str, region: str, resource_id: str) -> _Record:
        """A resource by id, its state advanced to now; 404 when it is gone."""
        table = self.tables[kind]
        record = table.get(resource_id)
        if record is not None:
            self._advance(record)
        record = table.get(resource_id)
        if record is None or record.region != region:
            raise not_found(kind.capitalize())
        return record

    def namespace(self, region: str, namespace_id: str) -> _Record:
        return self.get("namespace", region, namespace_id)

    def function(self, region: str, function_id: str) -> _Record:
        return self.get("function", region, function_id)

    def all(self, kind: str, region: str) -> list[_Record]:
        """Every resource of a kind in a region, states advanced to now."""
        table = self.tables[kind]
        for record in list(table.values()):
            self._advance(record)
        return [record for record in table.values() if record.region == region]

    def owners(self, data: Mapping[str, Any]) -> dict[str, Any]:
        """The function, namespace and project a resource belongs to (for list filters)."""
        function = self.functions.get(data.get("function_id") or "")
        namespace_id = data.get("namespace_id") or (function and function.data["namespace_id"])
        namespace = self.namespaces.get(namespace_id or "")
        return {
            "function_id": data.get("function_id"),
            "namespace_id": namespace_id,
            "project_id": namespace.data["project_id"] if namespace else data.get("project_id"),
        }

    def delete(self, kind: str, region: str, resource_id: str) -> dict[str, Any]:
        record = self.get(kind, region, resource_id)
        self._delete(record)
        return record.data

    def _restart(self, record: _Record, status: str) -> None:
        """Send a resource back to `status`; it becomes ready again after a short while."""
        record.ready_at = self.clock() + self.timings.namespace_ready
        record.data["status"] = status

    def _delete(self, record: _Record, status: str = "deleting") -> None:
        record.deleted_at = self.clock() + self.timings.deletion
        record.build = record.ready_at = None
        record.data.update(status=status, updated_at=_now_text())

    # --- namespaces -----------------------------------------------------------------------

    def create_namespace(self, region: str, body: dict[str, Any]) -> dict[str, Any]:
        now = _now_text()
        project_id = body.get("project_id") or EMULATOR_PROJECT_ID
        record = _Record(
            region=region,
            kind="namespace",
            ready_at=self.clock() + self.timings.namespace_ready,
            data={
                "id": str(uuid.uuid4()),
                "name": body.get("name") or f"ns-{secrets.token_hex(4)}",
                "environment_variables": body.get("environment_variables") or {},
                "organization_id": project_id,
                "project_id": project_id,
                "status": "pending",
                "registry_namespace_id": "",
                "error_message": None,
                "registry_endpoint": "",
                "description": body.get("description") or "",
                "secret_environment_variables": _hashed(
                    body.get("secret_environment_variables") or [], []
                ),
                "tags": body.get("tags") or [],
                "created_at": now,
                "updated_at": now,
                "vpc_integration_activated": bool(body.get("activate_vpc_integration")),
                "region": region,
            },
        )
        self.namespaces[record.data["id"]] = record
        return record.data

    def update_namespace(self, region: str, namespace_id: str, body: dict[str, Any]) -> Any:
        """Apply the fields given; new variables or secrets send the namespace back through
        `pending` while they reach its functions."""
        record = self.namespace(region, namespace_id)
        data = record.data
        if data["status"] == "deleting":
            raise transient("namespace", data)
        data.update(_plain_fields(body))
        if "secret_environment_variables" in body:
            data["secret_environment_variables"] = _hashed(
                body["secret_environment_variables"], data["secret_environment_variables"]
            )
        if {"environment_variables", "secret_environment_variables"} & body.keys():
            self._restart(record, "pending")
        data["updated_at"] = _now_text()
        return data

    def delete_namespace(self, region: str, namespace_id: str) -> dict[str, Any]:
        record = self.namespace(region, namespace_id)
        for function in self.all("function", region):
            if function.data["namespace_id"] == namespace_id:
                self.delete_function(region, function.data["id"])
        for token in self.all("token", region):
            if token.data.get("namespace_id") == namespace_id:
                self._delete(token)
        self._delete(record)
        return record.data

    # --- functions ------------------------------------------------------------------------

    def _runtime(self, name: str) -> dict[str, Any]:
        for runtime in self.runtimes:
            if runtime["name"] == name:
                if runtime["status"] == "end_of_life":
                    raise invalid(
                        "runtime", "constraint", f"runtime {name} reached its end of life"
                    )
                return runtime
        raise invalid("runtime", "constraint", f"unknown runtime {name!r}")

    @staticmethod
    def _check_scale(data: Mapping[str, Any]) -> None:
        """The one rule on a function's settings that relates two fields, which no schema
        can say; every other limit (memory sizes, timeout, scale bounds) is in the spec and
        checked before a request gets here."""
        if data["min_scale"] > data["max_scale"]:
            raise invalid("min_scale", "constraint", "min_scale must not exceed max_scale")

    def create_function(self, region: str, body: dict[str, Any]) -> dict[str, Any]:
        namespace = self.namespace(region, body["namespace_id"])
        if namespace.data["status"] == "deleting":
            raise transient("namespace", namespace.data)
        runtime = self._runtime(body.get("runtime") or "python311")
        memory = body.get("memory_limit") or 256
        name = body.get("name") or f"fn-{secrets.token_hex(4)}"
        now = _now_text()
        data = {
            "id": str(uuid.uuid4()),
            "name": name,
            "namespace_id": namespace.data["id"],
            "status": "created",
            "environment_variables": body.get("environment_variables") or {},
            "min_scale": body.get("min_scale") or 0,
            "max_scale": body.get("max_scale") or 20,
            "runtime": runtime["name"],
            "memory_limit": memory,
            "cpu_limit": MEMORY_LIMITS.get(memory, 0),
            "timeout": normalised_duration(body.get("timeout") or "300s"),
            "handler": body.get("handler") or runtime["default_handler"],
            "error_message": None,
            "privacy": body.get("privacy") or "public",
            "description": body.get("description") or "",
            "domain_name": f"{re.sub('[^a-z0-9]', '', namespace.data['name'])}"
            f"{secrets.token_hex(4)}-{name}.functions.fnc.{region}.scw.cloud",
            "secret_environment_variables": _hashed(
                body.get("secret_environment_variables") or [], []
            ),
            "region": region,
            "http_option": body.get("http_option") or "enabled",
            "runtime_message": "",
            "build_message": None,
            "sandbox": body.get("sandbox") or "v2",
            "created_at": now,
            "updated_at": now,
            "ready_at": None,
            "tags": body.get("tags") or [],
            "private_network_id": body.get("private_network_id") or None,
        }
        self._check_scale(data)
        record = _Record(data=data, region=region, kind="function")
        self.functions[data["id"]] = record
        return data

    def update_function(self, region: str, function_id: str, body: dict[str, Any]) -> Any:
        """Apply the fields given, then redeploy unless `redeploy` is false.

        As recorded from the live API: a function that never got code redeploys all the
        same, goes `pending`, then `error` with error_message "internal error".
        """
        record = self.function(region, function_id)
        redeploy = body.get("redeploy", True)
        if record.data["status"] == "deleting" or redeploy:
            self._check_idle(record)  # a refused update must change nothing
        updated = {**record.data, **_plain_fields(body)}
        if "runtime" in body:
            updated["runtime"] = self._runtime(body["runtime"])["name"]
        updated["timeout"] = normalised_duration(updated["timeout"])
        updated["private_network_id"] = updated["private_network_id"] or None  # "" detaches
        updated["cpu_limit"] = MEMORY_LIMITS.get(updated["memory_limit"], 0)
        if "secret_environment_variables" in body:
            updated["secret_environment_variables"] = _hashed(
                body["secret_environment_variables"], record.data["secret_environment_variables"]
            )
        self._check_scale(updated)
        updated["updated_at"] = _now_text()
        record.data.update(updated)
        if redeploy:
            self._start_build(record, without_code="internal error")
        return record.data

    def _check_idle(self, record: _Record) -> None:
        if record.data["status"] in ("pending", "deleting"):
            raise transient("function", record.data)

    def _start_build(self, record: _Record, without_code: str | None = None) -> None:
        """Start a build; `without_code` is its error when no code was ever uploaded."""
        self._check_idle(record)
        runtime = self._runtime(record.data["runtime"])
        error = _build_error(record.archive, record.data["handler"], runtime["extension"])
        if record.archive is None and without_code is not None:
            error = without_code
        if self.build_error is not None:
            error = self.build_error
        record.build = (self.clock(), error)
        record.data.update(status="pending", build_message=None, error_message=None)
        record.data["updated_at"] = _now_text()

    def deploy_function(self, region: str, function_id: str) -> dict[str, Any]:
        record = self.function(region, function_id)
        self._start_build(record)
        return record.data

    def delete_function(self, region: str, function_id: str) -> dict[str, Any]:
        """Delete a function and everything attached to it."""
        record = self.function(region, function_id)
        for kind in CHILD_KINDS:
            for child in self.all(kind, region):
                if child.data.get("function_id") == function_id:
                    self._delete(child)
        self._delete(record)
        return record.data

    # --- crons, domains, tokens, triggers -------------------------------------------------

    def _add(self, kind: str, region: str, data: dict[str, Any], failure: str | None = None,
             delay: float | None = None) -> dict[str, Any]:  # fmt: skip
        """A new child resource; it leaves its first state after `delay` (none: at once)."""
        data = {"id": str(uuid.uuid4()), **data}
        record = _Record(data=data, region=region, kind=kind, failure=failure)
        if delay is not None:
            record.ready_at = self.clock() + delay
        self.tables[kind][data["id"]] = record
        return data

    def create_cron(self, region: str, body: dict[str, Any]) -> dict[str, Any]:
        self.function(region, body["function_id"])
        data = {
            "function_id": body["function_id"],
            "schedule": body["schedule"],
            "args": body.get("args") or {},
            "status": "pending",
            "name": body.get("name") or f"cron-{secrets.token_hex(4)}",
        }
        return self._add("cron", region, data, None, self.timings.namespace_ready)

    def update_cron(self, region: str, cron_id: str, body: dict[str, Any]) -> dict[str, Any]:
        record = self.get("cron", region, cron_id)
        if body.get("function_id") is not None:
            self.function(region, body["function_id"])
        if record.data["status"] == "deleting":
            raise transient("cron", record.data)
        record.data.update(_plain_fields(body))
        self._restart(record, "pending")
        return record.data

    def create_domain(self, region: str, body: dict[str, Any]) -> dict[str, Any]:
        self.function(region, body["function_id"])
        hostname = body["hostname"]
        valid = _DNS_NAME.fullmatch(hostname) is not None
        data = {
            "hostname": hostname,
            "function_id": body["function_id"],
            "url": "",  # set once the domain is ready
            "status": "pending",
            "error_message": None,
        }
        failure = None if valid else f"{hostname!r} is not a valid DNS name"
        return self._add("domain", region, data, failure, self.timings.namespace_ready)

    def create_token(self, region: str, body: dict[str, Any]) -> dict[str, Any]:
        owners = [key for key in ("function_id", "namespace_id") if body.get(key)]
        if len(owners) != 1:
            raise invalid(
                "function_id", "constraint", "give exactly one of function_id and namespace_id"
            )
        if body.get("function_id"):
            self.function(region, body["function_id"])
        else:
            self.namespace(region, body["namespace_id"])
        (scope,) = owners  # the other key stays absent, as on the live API
        data = {
            "token": secrets.token_urlsafe(48),
            scope: body[scope],
            "public_key": "",
            "status": "creating",
            "description": body.get("description") or "",
            "expires_at": body.get("expires_at"),
        }
        created = self._add("token", region, data, None, self.timings.namespace_ready)
        return {**created, "public_key": _public_key_pem()}  # only the creation shows it

    def create_trigger(self, region: str, body: dict[str, Any]) -> dict[str, Any]:
        sources = [key for key in TRIGGER_SOURCES if body.get(key)]
        if len(sources) != 1:
            raise invalid(
                "scw_sqs_config",
                "constraint",
                "give exactly one of " + ", ".join(TRIGGER_SOURCES),
            )
        self.function(region, body["function_id"])
        (source,) = sources
        config = dict(body[source])
        if source != "sqs_config":
            config["mnq_credential_id"] = None  # given once the trigger is ready
        data = {
            "name": body["name"],
            "description": body.get("description") or "",
            "function_id": body["function_id"],
            "input_type": TRIGGER_SOURCES[source],
            "status": "creating",
            "error_message": None,
            source: config,  # the other sources stay absent, as on the live API
        }
        return self._add("trigger", region, data, None, self.timings.namespace_ready)

    def update_trigger(self, region: str, trigger_id: str, body: dict[str, Any]) -> Any:
        record = self.get("trigger", region, trigger_id)
        if body.get("sqs_config") and "sqs_config" not in record.data:  # checked before any change
            raise invalid("sqs_config", "constraint", "this trigger does not read from SQS")
        record.data.update(_plain_fields(body))
        if body.get("sqs_config"):
            record.data["sqs_config"].update(body["sqs_config"])
        return record.data

    def list(self, kind: str, region: str) -> list[dict[str, Any]]:
        return [record.data for record in self.all(kind, region)]

    # --- code -----------------------------------------------------------------------------

    def upload_token(self, region: str, function_id: str, content_length: int) -> str:
        record = self.function(region, function_id)
        token = secrets.token_urlsafe(16)
        record.upload = (token, content_length)
        return token

    def check_upload(self, function_id: str, token: str, content_length: str | None,
                     content_type: str | None) -> int:  # fmt: skip
        """Whether a PUT to a presigned URL may send its body, as a storage service checks
        it before reading one: the URL's signature and the headers it was signed with. The
        size it announced."""
        record = self.functions.get(function_id)
        if record is None or record.upload is None or record.upload[0] != token:
            raise ApiError(403, {"code": "AccessDenied", "message": "Invalid signature"})
        announced = record.upload[1]
        if content_length != str(announced) or content_type != "application/octet-stream":
            raise ApiError(
                403,
                {
                    "code": "SignatureDoesNotMatch",
                    "message": "The request signature does not match: the upload must carry "
                    f"Content-Length: {announced} and Content-Type: application/octet-stream",
                },
            )
        return announced

    def store_archive(self, function_id: str, token: str, content_length: str | None,
                      content_type: str | None, body: bytes) -> None:  # fmt: skip
        """Accept a PUT to a presigned URL, checked as a storage service would."""
        announced = self.check_upload(function_id, token, content_length, content_type)
        record = self.functions[function_id]
        if len(body) != announced:
            raise ApiError(400, {"code": "IncompleteBody", "message": "body length mismatch"})
        record.archive = body  # like a presigned URL, it stays valid for a retried PUT

    def archive(self, function_id: str, token: str) -> bytes:
        record = self.functions.get(function_id)
        if record is not None and record.download_token != token:
            raise ApiError(403, {"code": "AccessDenied", "message": "Invalid signature"})
        if record is None or record.archive is None:
            raise ApiError(
                404, {"code": "NoSuchKey", "message": "The specified key does not exist."}
            )
        return record.archive
