"""The emulator's fidelity check: the official Scaleway SDK (`scaleway`, a test-only
dependency) runs a whole deploy against `python -m scaleway_functions.testing`, started in a
child process as a user would start it."""

from __future__ import annotations

import io
import queue
import socket
import subprocess
import sys
import threading
import time
import uuid
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
import scaleway
from scaleway.function.v1beta1 import FunctionStatus, FunctionV1Beta1API, NamespaceStatus
from scaleway_core.api import ScalewayException
from scaleway_core.utils import WaitForOptions

from .conftest import stop_process

pytestmark = pytest.mark.loopback  # the official SDK talks to a server process

STARTUP_TIMEOUT = 20.0
BANNER = "Scaleway Functions emulator listening on "
ACCESS_KEY = "SCWXXXXXXXXXXXXXXXXX"
PROJECT_ID = "6f1f4bd4-8b0c-4a3e-9a67-1c0e2b5d7a11"
HANDLER_PY = "def handle(event, context):\n    return {'statusCode': 200, 'body': 'hi'}\n"


@dataclass(frozen=True)
class Started:
    """The emulator's URL, and whether it accepted a connection as soon as it announced it."""

    url: str
    listening_at_banner: bool


def _read_banner(process: subprocess.Popen[str]) -> str:
    """The URL in the emulator's first line of output, read within STARTUP_TIMEOUT."""
    stdout = process.stdout
    assert stdout is not None
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: lines.put(stdout.readline()), daemon=True).start()
    try:
        line = lines.get(timeout=STARTUP_TIMEOUT)
    except queue.Empty:
        pytest.fail(f"the emulator printed nothing within {STARTUP_TIMEOUT} s")
    assert line.startswith(BANNER), f"unexpected first line: {line!r}"
    url = line.removeprefix(BANNER).strip()
    assert url.startswith("http://127.0.0.1:"), url
    return url


def _accepts_connections(url: str) -> bool:
    """Whether a TCP connection to the URL's port succeeds right now."""
    port = int(url.rsplit(":", 1)[1])
    try:
        socket.create_connection(("127.0.0.1", port), timeout=5).close()
    except ConnectionRefusedError:
        return False
    return True


@pytest.fixture(scope="module")
def emulator() -> Iterator[Started]:
    """`python -m scaleway_functions.testing --port 0` in a child process, terminated after.

    Notes whether the port accepted a connection right after the banner, then waits (bounded)
    until it does, so the flow below runs either way."""
    command = [sys.executable, "-m", "scaleway_functions.testing", "--host", "127.0.0.1",
               "--port", "0", "--build-seconds", "0.3"]  # fmt: skip
    process = subprocess.Popen(  # noqa: S603  (this interpreter, fixed arguments)
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    try:
        url = _read_banner(process)
        listening_at_banner = _accepts_connections(url)
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while not _accepts_connections(url):
            assert process.poll() is None, "the emulator exited"
            assert time.monotonic() < deadline, f"{url} never accepted a connection"
            time.sleep(0.02)
        yield Started(url, listening_at_banner)
    finally:
        stop_process(process)


def _fast() -> WaitForOptions[Any, bool]:
    """Waiter options polling as fast as the SDK allows (it refuses a min_delay under 1 s).

    Fresh for each wait: the SDK's wait_for_* store their stop condition in the options."""
    return WaitForOptions(timeout=30, min_delay=1, max_delay=1)


def _zip() -> bytes:
    """A small archive holding handler.py."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("handler.py", HANDLER_PY)
    return buffer.getvalue()


def _single_values(headers: dict[str, list[str]] | None) -> dict[str, str]:
    """The API's multi-valued headers ({name: [value, ...]}) as HTTP header fields."""
    return {name: ", ".join(values) for name, values in (headers or {}).items()}


def _deleted(api: FunctionV1Beta1API, function_id: str) -> bool:
    """Whether getting the function answers 404 (any other error propagates)."""
    try:
        api.get_function(function_id=function_id)
    except ScalewayException as error:
        if error.status_code == 404:
            return True
        raise
    return False


def test_announced_url_accepts_connections(emulator: Started) -> None:
    """Once the banner is printed, a client can connect to the URL it names."""
    assert emulator.listening_at_banner, f"{emulator.url} refused a connection after the banner"


def test_official_sdk_deploys_a_function(emulator: Started) -> None:
    """Namespace, function, upload, deploy, list, download, update, errors, deletion."""
    client = scaleway.Client(
        access_key=ACCESS_KEY,
        secret_key=str(uuid.uuid4()),
        default_project_id=PROJECT_ID,
        default_region="fr-par",
        api_url=emulator.url,
    )
    api = FunctionV1Beta1API(client)

    namespace = api.create_namespace(name="sdk-fidelity")
    assert (namespace.name, namespace.project_id, namespace.region) == (
        "sdk-fidelity",
        PROJECT_ID,
        "fr-par",
    )
    namespace = api.wait_for_namespace(namespace_id=namespace.id, options=_fast())
    assert namespace.status == NamespaceStatus.READY

    function = api.create_function(
        namespace_id=namespace.id, name="hello", runtime="python311", handler="handler.handle"
    )
    assert (function.namespace_id, function.name) == (namespace.id, "hello")
    assert (function.runtime, function.handler) == ("python311", "handler.handle")
    assert function.status == FunctionStatus.CREATED

    archive = _zip()
    upload = api.get_function_upload_url(function_id=function.id, content_length=len(archive))
    assert upload.url.startswith(f"{emulator.url}/")
    upload_headers = _single_values(upload.headers)
    assert upload_headers["content-length"] == str(len(archive))
    with httpx.Client(timeout=10) as storage:
        put = storage.put(upload.url, content=archive, headers=upload_headers)
        assert put.status_code == 200, put.text

        deploying = api.deploy_function(function_id=function.id)
        assert (deploying.id, deploying.status) == (function.id, FunctionStatus.PENDING)
        function = api.wait_for_function(function_id=function.id, options=_fast())
        assert function.status == FunctionStatus.READY, function.error_message
        assert function.ready_at is not None

        listed = api.list_functions_all(namespace_id=namespace.id)
        assert [item.id for item in listed] == [function.id]

        download = api.get_function_download_url(function_id=function.id)
        fetched = storage.get(download.url, headers=_single_values(download.headers))
        assert fetched.status_code == 200
        assert fetched.content == archive

    updated = api.update_function(function_id=function.id, memory_limit=512, redeploy=False)
    assert (updated.memory_limit, updated.status) == (512, FunctionStatus.READY)
    reread = api.get_function(function_id=function.id)
    assert (reread.memory_limit, reread.status) == (512, FunctionStatus.READY)

    missing = str(uuid.uuid4())
    with pytest.raises(ScalewayException) as not_found:
        api.get_function(function_id=missing)
    assert not_found.value.status_code == 404
    with pytest.raises(ScalewayException) as no_namespace:
        api.create_function(namespace_id=missing, runtime="python311", handler="handler.handle")
    status = no_namespace.value.status_code
    assert status is not None
    assert 400 <= status < 500, no_namespace.value.response.text

    # The SDK refuses a client without a secret key before sending anything: ask raw.
    with pytest.raises(ValueError, match="secret_key"):
        FunctionV1Beta1API(scaleway.Client(access_key=ACCESS_KEY, api_url=emulator.url))
    anonymous = httpx.get(
        f"{emulator.url}/functions/v1beta1/regions/fr-par/functions/{function.id}", timeout=10
    )
    assert anonymous.status_code == 401
    assert anonymous.json()["type"] == "denied_authentication"

    deleting = api.delete_function(function_id=function.id)
    assert (deleting.id, deleting.status) == (function.id, FunctionStatus.DELETING)
    deadline = time.monotonic() + 10
    while not _deleted(api, function.id):
        assert time.monotonic() < deadline, "the deleted function never disappeared"
        time.sleep(0.1)

    gone = api.delete_namespace(namespace_id=namespace.id)
    assert (gone.id, gone.status) == (namespace.id, NamespaceStatus.DELETING)
