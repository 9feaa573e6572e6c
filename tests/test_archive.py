"""Packing and uploading a function's code: upload_function_code and deploy_function_code.

`FakeCloud` answers like the live services: the API's upload-url answer is the recorded one
(its presigned content-length set to the size asked for, as the API does), the storage
service answers PUTs, and the API answers the deploy with a recorded Function.
"""

from __future__ import annotations

import gc
import hashlib
import io
import json
import os
import stat
import tempfile
import warnings
import zipfile
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest

import scaleway_functions
from scaleway_functions import (
    MAX_ARCHIVE_SIZE,
    APIConnectionError,
    ArchiveError,
    AsyncFunctionsClient,
    DownloadError,
    Function,
    FunctionsClient,
    ScalewayError,
    UploadError,
    UploadResult,
)
from scaleway_functions_api.operations import Source

from .conftest import RECORDED, SECRET_KEY, FakeClock, Invoke, Server, reply

FUNCTION_ID = "1eb1bff4-3ba6-4bef-a8de-6a6508c28a74"
FUNCTION_PATH = f"/functions/v1beta1/regions/fr-par/functions/{FUNCTION_ID}"
UPLOAD_URL = next(i for i in RECORDED if i.url.path.endswith("/upload-url"))
FUNCTION_ANSWER = next(i for i in RECORDED if i.method == "PATCH")  # a real Function body
STORAGE_URL = UPLOAD_URL.json()["url"]
STORAGE_HOST = httpx.URL(STORAGE_URL).host
S3_DENIED = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    "<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated "
    "does not match the signature you provided.</Message>"
    "<RequestId>txg1064572696ae453f9abb-006a47b339</RequestId></Error>"
)
FIXED_TIME = (1980, 1, 1, 0, 0, 0)
MIB = 1024 * 1024
E = TypeVar("E", bound=BaseException)

HANDLER = b"def handle(event, context):\n    return {'statusCode': 200}\n"
UTIL = b"GREETING = 'hello'\n"
TREE = {
    "README.md": b"# my function\n",
    "handler.py": HANDLER,
    "lib/data/config.json": b'{"debug": false}\n',
    "lib/util.py": UTIL,
    "run.sh": b"#!/bin/sh\nexec python handler.py\n",
}


# --- doubles and helpers ------------------------------------------------------------------


@dataclass
class FakeCloud:
    """The API and the storage service; `put_answers` are used in turn, then 200."""

    put_answers: list[httpx.Response | Exception] = field(default_factory=list)
    extra_upload_headers: dict[str, list[str]] = field(default_factory=dict)
    requests: list[httpx.Request] = field(default_factory=list)
    upload_answers: list[dict[str, Any]] = field(default_factory=list)

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        url = request.url
        if request.method == "PUT" and url.host == STORAGE_HOST:
            answer = self.put_answers.pop(0) if self.put_answers else httpx.Response(200)
            if isinstance(answer, Exception):
                raise answer
            return answer
        if request.method == "GET" and url.path.endswith(f"/functions/{FUNCTION_ID}/upload-url"):
            body = UPLOAD_URL.json()
            body["headers"]["content-length"] = [url.params["content_length"]]
            body["headers"].update(self.extra_upload_headers)
            self.upload_answers.append(body)
            return httpx.Response(200, json=body)
        if request.method == "POST" and url.path == f"{FUNCTION_PATH}/deploy":
            return httpx.Response(
                200,
                headers={"content-type": "application/json"},
                content=FUNCTION_ANSWER.body.encode(),
            )
        raise AssertionError(f"unexpected request: {request.method} {url}")

    @property
    def puts(self) -> list[httpx.Request]:
        return [r for r in self.requests if r.method == "PUT"]

    @property
    def gets(self) -> list[httpx.Request]:
        return [r for r in self.requests if r.method == "GET"]


class StreamingTransport(httpx.MockTransport):
    """A MockTransport that leaves the request body unread, as a real transport does.

    httpx.MockTransport reads the body into memory before calling the handler, and a retried
    request then reuses those bytes. Here the handler reads `request.stream` itself, so each
    attempt streams the body anew, as a retry over the network would.
    """

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.handler(request)
        assert isinstance(response, httpx.Response)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = self.handler(request)
        return response if isinstance(response, httpx.Response) else await response


@dataclass
class Driver:
    """Runs the sync or the async client behind the same awaitable calls."""

    mode: str
    make_client: Callable[..., FunctionsClient]
    make_async_client: Callable[..., AsyncFunctionsClient]

    async def upload(
        self, cloud: FakeCloud, source: Source, *, client: dict[str, Any] | None = None, **kw: Any
    ) -> UploadResult:
        if self.mode == "sync":
            sync = self.make_client(cloud.handle, **(client or {}))
            return sync.upload_function_code(FUNCTION_ID, source, **kw)
        async with self.make_async_client(cloud.handle, **(client or {})) as aclient:
            return await aclient.upload_function_code(FUNCTION_ID, source, **kw)

    async def deploy(self, cloud: FakeCloud, source: Source) -> Function:
        if self.mode == "sync":
            sync = self.make_client(cloud.handle)
            return sync.deploy_function_code(FUNCTION_ID, source, wait=False)
        async with self.make_async_client(cloud.handle) as aclient:
            return await aclient.deploy_function_code(FUNCTION_ID, source, wait=False)


@pytest.fixture(params=["sync", "async"])
def driver(
    request: pytest.FixtureRequest,
    make_client: Callable[..., FunctionsClient],
    make_async_client: Callable[..., AsyncFunctionsClient],
) -> Driver:
    return Driver(request.param, make_client, make_async_client)


@pytest.fixture
def pack(make_client: Callable[..., FunctionsClient]) -> Callable[[Source], bytes]:
    """Upload `source` with the sync client; the archive bytes the storage received."""

    def run(source: Source) -> bytes:
        cloud = FakeCloud()
        result = make_client(cloud.handle).upload_function_code(FUNCTION_ID, source)
        (put,) = cloud.puts
        assert hashlib.sha256(put.content).hexdigest() == result.sha256
        assert len(put.content) == result.size
        return put.content

    return run


def write_tree(root: Path, files: dict[str, bytes]) -> Path:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    return root


def write_raw_name(root: Path, name: bytes) -> None:
    """A file in `root` named by raw bytes, which need not be valid UTF-8."""
    with open(os.fsencode(root) + b"/" + name, "wb") as file:
        file.write(b"x = 1\n")


def zip_bytes(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def read_zip(data: bytes) -> tuple[list[zipfile.ZipInfo], dict[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        infos = archive.infolist()
        return infos, {info.filename: archive.read(info) for info in infos}


def names(data: bytes) -> list[str]:
    return [info.filename for info in read_zip(data)[0]]


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


async def failure(kind: type[E], attempt: Awaitable[object]) -> E:
    """The `kind` error that `attempt` raises.

    Used instead of `pytest.raises(...) as excinfo` in a test, whose frame would hold the
    error's traceback in a reference cycle. The library leaves its upload flow open when an
    effect fails (see test_temporary_archive_is_removed_when_the_upload_fails), so the
    garbage collector would clean the flow's temporary directory later, with a
    ResourceWarning failing whichever test runs then. Here only the caller holds the error.
    """
    try:
        await attempt
    except kind as error:
        return error
    raise AssertionError(f"{kind.__name__} was not raised")


async def error_of(attempt: Awaitable[object]) -> str | None:
    """None when `attempt` succeeds, else the error it raised as text (see `failure`)."""
    try:
        await attempt
    except ScalewayError as error:
        return f"{type(error).__name__}: {error}"
    return None


def collect_garbage() -> None:
    """Collect the reference cycles a test left, ignoring the library's ResourceWarnings.

    A failed connection can leave a reference cycle through its exception's traceback, and
    with it an unclosed socket: collecting here keeps that warning from failing a later,
    unrelated test.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()


async def archive_error(driver: Driver, source: Source) -> ArchiveError:
    """The ArchiveError the upload raises; no request may have been sent."""
    cloud = FakeCloud()
    error = await failure(ArchiveError, driver.upload(cloud, source))
    assert cloud.requests == []
    return error


EMPTY_ZIP = zip_bytes({})
BIG_PAYLOAD = bytes(range(256)) * 3000  # 750 KiB, several upload chunks


# --- packing a directory ------------------------------------------------------------------


def test_directory_is_zipped_as_sorted_files_with_fixed_timestamps(
    tmp_path: Path, pack: Callable[[Source], bytes]
) -> None:
    """Only files (no directory entries), sorted by name, dated 1980-01-01, Unix attributes."""
    root = write_tree(tmp_path / "src", {name: TREE[name] for name in reversed(TREE)})

    infos, contents = read_zip(pack(root))

    assert [info.filename for info in infos] == [
        "README.md",
        "handler.py",
        "lib/data/config.json",
        "lib/util.py",
        "run.sh",
    ]
    assert contents == TREE
    for info in infos:
        assert info.date_time == FIXED_TIME
        assert info.create_system == 3
        assert info.external_attr >> 16 == stat.S_IFREG | 0o644


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        (0o644, 0o644),
        (0o600, 0o644),
        (0o664, 0o644),
        (0o444, 0o644),
        (0o755, 0o755),
        (0o700, 0o755),
        (0o775, 0o755),
    ],
)
def test_permissions_are_normalised_keeping_the_executable_bit(
    tmp_path: Path, pack: Callable[[Source], bytes], mode: int, expected: int
) -> None:
    root = write_tree(tmp_path / "src", {"entry": b"data\n"})
    (root / "entry").chmod(mode)

    (info,) = read_zip(pack(root))[0]

    assert info.external_attr >> 16 == stat.S_IFREG | expected


def test_same_tree_gives_the_same_archive_whatever_its_history(
    tmp_path: Path, pack: Callable[[Source], bytes]
) -> None:
    """Creation order, mtimes, location and non-executable permission bits do not count."""

    def build(root: Path, order: list[str], mtime: int, plain: int, executable: int) -> Path:
        for offset, name in enumerate(order):
            write_tree(root, {name: TREE[name]})
            (root / name).chmod(executable if name == "run.sh" else plain)
            os.utime(root / name, (mtime + offset, mtime + offset))
        return root

    one = build(tmp_path / "one", sorted(TREE), 1_500_000_000, 0o644, 0o755)
    two = build(
        tmp_path / "elsewhere" / "two", sorted(TREE, reverse=True), 1_700_000_000, 0o600, 0o700
    )

    first, second = pack(one), pack(two)

    assert sha256(first) == sha256(second)
    assert first == second
    (two / "lib" / "util.py").write_bytes(UTIL.replace(b"hello", b"hellO"))
    assert sha256(pack(two)) != sha256(first)


def test_excluded_entries_are_left_out(tmp_path: Path, pack: Callable[[Source], bytes]) -> None:
    """.git/, __pycache__/ and *.pyc always; .scwignore patterns with gitignore semantics."""
    kept = {
        "handler.py": HANDLER,
        "pkg/mod.py": UTIL,
        "keep.log": b"negated\n",
        "docs/README.md": b"negated\n",
        "docs/diagram.png": b"not *.md\n",
        "src/build/x.js": b"/build is anchored\n",
        "sub/node_modules": b"a file, and node_modules/ only matches directories\n",
    }
    left_out = {
        ".git/HEAD": b"ref: refs/heads/main\n",
        ".git/objects/ab/cdef": b"blob\n",
        "__pycache__/handler.cpython-311.pyc": b"\x00",
        "pkg/__pycache__/mod.cpython-311.pyc": b"\x00",
        "pkg/stray.pyc": b"\x00",
        "sub/.git/config": b"[core]\n",
        "node_modules/dep/index.js": b"module.exports = 1\n",
        "app.log": b"log\n",
        "logs/debug.log": b"log\n",
        "build/out.js": b"built\n",
        "docs/guide.md": b"ignored doc\n",
        "secret.txt": b"s3cr3t\n",
        "sub/secret.txt": b"s3cr3t\n",
    }
    root = write_tree(tmp_path / "src", {**kept, **left_out})
    (root / ".scwignore").write_text(
        "# comments and blank lines are allowed\n\n"
        "node_modules/\n*.log\n!keep.log\n/build\ndocs/*.md\n!docs/README.md\nsecret.txt\n"
    )

    contents = read_zip(pack(root))[1]

    assert contents == kept  # the ignore file itself is not shipped either


def test_symlinks_inside_the_tree_are_followed(
    tmp_path: Path, pack: Callable[[Source], bytes]
) -> None:
    """A link to a file or a directory of the tree is packed as the content it points to."""
    root = write_tree(tmp_path / "src", {"handler.py": HANDLER, "lib/util.py": UTIL})
    (root / "alias.py").symlink_to("handler.py")
    (root / "shared").symlink_to("lib", target_is_directory=True)
    (root / "absolute.py").symlink_to(root / "lib" / "util.py")

    infos, contents = read_zip(pack(root))

    assert contents == {
        "absolute.py": UTIL,
        "alias.py": HANDLER,
        "handler.py": HANDLER,
        "lib/util.py": UTIL,
        "shared/util.py": UTIL,
    }
    assert [info.filename for info in infos] == sorted(contents)
    assert all(stat.S_ISREG(info.external_attr >> 16) for info in infos)


# --- what cannot be packed ----------------------------------------------------------------


@pytest.mark.parametrize(
    "target",
    [
        pytest.param(lambda tmp: tmp / "outside" / "secret.txt", id="file-outside"),
        pytest.param(lambda tmp: Path("..") / "outside" / "secret.txt", id="relative-outside"),
        pytest.param(lambda tmp: tmp / "outside", id="directory-outside"),
        pytest.param(lambda tmp: tmp / "src-sibling" / "x.py", id="sibling-sharing-prefix"),
        pytest.param(lambda tmp: tmp, id="parent-of-root"),
    ],
)
async def test_symlink_pointing_outside_is_refused_naming_it(
    tmp_path: Path, driver: Driver, target: Callable[[Path], Path]
) -> None:
    root = write_tree(tmp_path / "src", {"handler.py": HANDLER})
    write_tree(tmp_path / "outside", {"secret.txt": b"s3cr3t\n"})
    write_tree(tmp_path / "src-sibling", {"x.py": b"x = 1\n"})
    link = root / "leak"
    link.symlink_to(target(tmp_path))
    assert link.exists()  # the link itself works: it is refused for where it goes

    error = await archive_error(driver, root)

    assert str(link) in str(error)


@pytest.mark.parametrize(
    "make_loop",
    [
        pytest.param(lambda root: (root / "self").symlink_to("self"), id="self"),
        pytest.param(
            lambda root: ((root / "a").symlink_to("b"), (root / "b").symlink_to("a")),
            id="two-links",
        ),
        pytest.param(
            lambda root: (root / "lib" / "up").symlink_to("..", target_is_directory=True),
            id="directory-to-ancestor",
        ),
    ],
)
async def test_symlink_loop_is_refused(
    tmp_path: Path, driver: Driver, make_loop: Callable[[Path], object]
) -> None:
    root = write_tree(tmp_path / "src", {"handler.py": HANDLER, "lib/util.py": UTIL})
    make_loop(root)

    error = await archive_error(driver, root)

    assert "loop" in str(error)
    assert str(root) in str(error)


async def test_broken_symlink_is_refused_naming_it(tmp_path: Path, driver: Driver) -> None:
    root = write_tree(tmp_path / "src", {"handler.py": HANDLER})
    (root / "dangling.py").symlink_to("missing.py")

    error = await archive_error(driver, root)

    assert str(root / "dangling.py") in str(error)


async def test_file_name_that_is_not_utf8_is_refused(tmp_path: Path, driver: Driver) -> None:
    root = write_tree(tmp_path / "src", {"handler.py": HANDLER})
    write_raw_name(root, b"caf\xe9.py")  # Latin-1, not UTF-8

    error = await archive_error(driver, root)

    assert "UTF-8" in str(error)
    assert "caf" in str(error)


@pytest.mark.parametrize(
    "files",
    [
        pytest.param(None, id="missing"),
        pytest.param({}, id="empty"),
        pytest.param(
            {".git/HEAD": b"ref\n", "__pycache__/m.pyc": b"\x00", "m.pyc": b"\x00"},
            id="only-always-excluded",
        ),
        pytest.param({".scwignore": b"*\n", "handler.py": HANDLER}, id="all-ignored"),
    ],
)
async def test_missing_or_empty_directory_is_refused_naming_it(
    tmp_path: Path, driver: Driver, files: dict[str, bytes] | None
) -> None:
    root = tmp_path / "src"
    if files is not None:
        root.mkdir()
        write_tree(root, files)

    error = await archive_error(driver, root)

    assert str(root) in str(error)


NOT_ZIPS = [
    pytest.param(b"", id="empty"),
    pytest.param(b"def handle(event, context): ...\n", id="text"),
    pytest.param(zip_bytes({"handler.py": HANDLER})[:-30], id="truncated-zip"),
]


@pytest.mark.parametrize("content", NOT_ZIPS)
async def test_zip_file_that_is_not_a_zip_is_refused(
    tmp_path: Path, driver: Driver, content: bytes
) -> None:
    path = tmp_path / "function.zip"
    path.write_bytes(content)

    error = await archive_error(driver, path)

    assert str(path) in str(error)


@pytest.mark.parametrize("content", NOT_ZIPS)
async def test_bytes_that_are_not_a_zip_are_refused(driver: Driver, content: bytes) -> None:
    await archive_error(driver, content)


def sparse_zip(path: Path, size: int) -> Path:
    """A valid (empty) zip of `size` bytes, mostly a hole, so it costs no disk or time."""
    with path.open("wb") as file:
        file.truncate(size - len(EMPTY_ZIP))
        file.seek(0, os.SEEK_END)
        file.write(EMPTY_ZIP)
    assert path.stat().st_size == size
    assert zipfile.is_zipfile(path)
    return path


@pytest.mark.parametrize("kind", ["zip-file", "zip-bytes"])
async def test_over_the_size_limit_is_refused_before_any_request(
    tmp_path: Path, driver: Driver, kind: str
) -> None:
    path = sparse_zip(tmp_path / "x.zip", 101 * MIB)
    source: Source = path if kind == "zip-file" else path.read_bytes()

    error = await archive_error(driver, source)

    assert str(MAX_ARCHIVE_SIZE) in str(error)
    assert str(101 * MIB) in str(error)
    if kind == "zip-file":
        assert str(path) in str(error)


def test_archive_of_exactly_the_size_limit_is_accepted(
    tmp_path: Path, make_client: Callable[..., FunctionsClient]
) -> None:
    """The limit is inclusive: 100 MiB exactly is uploaded."""
    path = sparse_zip(tmp_path / "x.zip", MAX_ARCHIVE_SIZE)
    cloud = FakeCloud()

    result = make_client(cloud.handle).upload_function_code(FUNCTION_ID, path)

    assert result.size == MAX_ARCHIVE_SIZE
    (put,) = cloud.puts
    assert len(put.content) == MAX_ARCHIVE_SIZE


@pytest.mark.parametrize(
    "make_entry",
    [
        pytest.param(
            lambda root: (root / ".#handler.py").symlink_to("root@host.4242:1700000000"),
            id="broken-symlink",
        ),
        pytest.param(lambda root: (root / "venv").symlink_to(root.parent), id="outside-symlink"),
        pytest.param(
            lambda root: write_raw_name(root, b"caf\xe9.tmp"),
            id="non-utf8-name",
        ),
    ],
)
async def test_ignored_entries_are_not_inspected(
    tmp_path: Path, driver: Driver, make_entry: Callable[[Path], object]
) -> None:
    """An entry .scwignore leaves out cannot make the archive fail (e.g. an editor's lock link).

    Fails with the current library: `_collect` validates symlinks and names before it applies
    the ignore patterns.
    """
    root = write_tree(tmp_path / "src", {"handler.py": HANDLER})
    (root / ".scwignore").write_text(".#*\n/venv\n*.tmp\n")
    make_entry(root)
    cloud = FakeCloud()

    assert await error_of(driver.upload(cloud, root)) is None

    (put,) = cloud.puts
    assert set(names(put.content)) - {".scwignore"} == {"handler.py"}


# --- the upload protocol ------------------------------------------------------------------


async def test_upload_asks_for_a_url_for_the_exact_size_then_puts_the_archive(
    tmp_path: Path, driver: Driver
) -> None:
    root = write_tree(tmp_path / "src", TREE)
    cloud = FakeCloud()

    result = await driver.upload(cloud, root)

    get, put = cloud.requests
    assert get.method == "GET"
    assert get.url.host == "api.scaleway.com"
    assert get.url.path == f"{FUNCTION_PATH}/upload-url"
    assert dict(get.url.params) == {"content_length": str(result.size)}
    assert get.headers["X-Auth-Token"] == SECRET_KEY

    assert put.method == "PUT"
    assert str(put.url) == STORAGE_URL  # the presigned URL untouched, signature included
    assert put.headers["content-type"] == "application/octet-stream"
    assert put.headers["content-length"] == str(result.size)
    assert "transfer-encoding" not in put.headers
    assert "x-auth-token" not in put.headers
    assert not any(SECRET_KEY in value for value in put.headers.values())
    assert len(put.content) == result.size
    assert sha256(put.content) == result.sha256
    assert read_zip(put.content)[1] == TREE


async def test_every_presigned_header_is_sent_as_answered(tmp_path: Path, driver: Driver) -> None:
    """Headers beyond the recorded two are sent too; several values are joined."""
    cloud = FakeCloud(extra_upload_headers={"x-amz-meta-origin": ["sdk", "test"]})

    await driver.upload(cloud, write_tree(tmp_path / "src", TREE))

    (put,) = cloud.puts
    (answer,) = cloud.upload_answers
    for name, values in answer["headers"].items():
        assert put.headers[name] == ", ".join(values)


async def test_region_argument_chooses_the_regional_endpoint(
    tmp_path: Path, driver: Driver
) -> None:
    cloud = FakeCloud()

    await driver.upload(cloud, write_tree(tmp_path / "src", TREE), region="nl-ams")

    (get,) = cloud.gets
    assert get.url.path == f"/functions/v1beta1/regions/nl-ams/functions/{FUNCTION_ID}/upload-url"


@pytest.mark.parametrize("kind", ["str-path", "path", "bytes"])
async def test_zip_file_or_bytes_are_uploaded_byte_for_byte(
    tmp_path: Path, driver: Driver, kind: str
) -> None:
    """An existing zip is sent as it is, not re-packed."""
    data = zip_bytes({"handler.py": HANDLER, "lib/util.py": UTIL})
    path = tmp_path / "function.zip"
    path.write_bytes(data)
    source: Source = {"str-path": str(path), "path": path, "bytes": data}[kind]
    cloud = FakeCloud()

    result = await driver.upload(cloud, source)

    assert result == UploadResult(size=len(data), sha256=sha256(data))
    (get,) = cloud.gets
    assert get.url.params["content_length"] == str(len(data))
    (put,) = cloud.puts
    assert put.content == data


async def test_on_progress_counts_up_to_the_total(driver: Driver) -> None:
    data = zip_bytes({"payload.bin": BIG_PAYLOAD})
    calls: list[tuple[int, int]] = []
    cloud = FakeCloud()

    result = await driver.upload(
        cloud, data, on_progress=lambda sent, total: calls.append((sent, total))
    )

    sent = [s for s, _ in calls]
    assert len(calls) > 1
    assert sent == sorted(set(sent))  # strictly increasing
    assert sent[0] > 0
    assert all(total == result.size == len(data) for _, total in calls)
    assert calls[-1] == (len(data), len(data))


async def test_storage_refusal_raises_upload_error(tmp_path: Path, driver: Driver) -> None:
    """A 403 is final: not retried, reported with its body, without the URL's signature."""
    cloud = FakeCloud(
        put_answers=[
            httpx.Response(403, headers={"content-type": "application/xml"}, content=S3_DENIED)
        ]
    )

    error = await failure(UploadError, driver.upload(cloud, write_tree(tmp_path / "src", TREE)))

    assert error.status_code == 403
    assert error.body == S3_DENIED
    assert "SignatureDoesNotMatch" in str(error)
    assert "X-Amz-Signature" not in str(error)
    assert len(cloud.puts) == 1


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_put_answered_503_is_sent_again_in_full(mode: str, clock: FakeClock) -> None:
    """The retried PUT streams the whole archive again, from its first byte."""
    data = zip_bytes({"payload.bin": BIG_PAYLOAD})
    cloud = FakeCloud(put_answers=[httpx.Response(503, content=b"<Error><Code>SlowDown</Code>")])
    received: list[bytes] = []

    def sync_handler(request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.SyncByteStream)
        received.append(b"".join(request.stream))
        return cloud.handle(request)

    async def async_handler(request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.AsyncByteStream)
        received.append(b"".join([chunk async for chunk in request.stream]))
        return cloud.handle(request)

    if mode == "sync":
        with FunctionsClient(
            secret_key=SECRET_KEY, transport=StreamingTransport(sync_handler)
        ) as c:
            result = c.upload_function_code(FUNCTION_ID, data)
    else:
        transport = StreamingTransport(async_handler)
        async with AsyncFunctionsClient(secret_key=SECRET_KEY, transport=transport) as ac:
            result = await ac.upload_function_code(FUNCTION_ID, data)

    assert result == UploadResult(size=len(data), sha256=sha256(data))
    assert [r.method for r in cloud.requests] == ["GET", "PUT", "PUT"]
    assert [sha256(body) for body in received[1:]] == [result.sha256, result.sha256]
    assert len(clock.sleeps) == 1


async def test_put_failing_until_retries_run_out_raises_upload_error(
    driver: Driver, clock: FakeClock
) -> None:
    cloud = FakeCloud(put_answers=[httpx.Response(503, content=b"busy")] * 3)

    error = await failure(UploadError, driver.upload(cloud, EMPTY_ZIP, client={"max_retries": 2}))

    assert error.status_code == 503
    assert len(cloud.puts) == 3
    assert len(clock.sleeps) == 2


async def test_storage_unreachable_raises_connection_error(
    driver: Driver, clock: FakeClock
) -> None:
    refused = httpx.ConnectError("connection refused")
    cloud = FakeCloud(put_answers=[refused, refused])

    error = await failure(
        APIConnectionError, driver.upload(cloud, EMPTY_ZIP, client={"max_retries": 1})
    )

    message = str(error)
    del error, refused
    collect_garbage()
    assert len(cloud.puts) == 2
    assert STORAGE_HOST in message
    assert "X-Amz-Signature" not in message


async def test_temporary_archive_is_removed_afterwards(
    tmp_path: Path, driver: Driver, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The zip of a directory lives in a temporary directory, removed when the call returns."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))

    await driver.upload(FakeCloud(), write_tree(tmp_path / "src", TREE))

    assert list(temp.iterdir()) == []


async def test_temporary_archive_is_removed_when_the_upload_fails(
    tmp_path: Path, driver: Driver, monkeypatch: pytest.MonkeyPatch
) -> None:
    """By the time the caller handles the error, the (maybe 100 MiB) zip is gone (not only
    when the error's traceback is collected)."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    cloud = FakeCloud(put_answers=[httpx.Response(403, content=S3_DENIED)])

    try:
        await driver.upload(cloud, write_tree(tmp_path / "src", TREE))
    except UploadError:
        leftovers = sorted(str(path.relative_to(temp)) for path in temp.rglob("*"))
    else:
        pytest.fail("the refused upload did not raise UploadError")

    assert len(cloud.puts) == 1
    assert leftovers == []


# --- deploy -------------------------------------------------------------------------------


async def test_deploy_uploads_then_deploys(tmp_path: Path, driver: Driver) -> None:
    cloud = FakeCloud()

    function = await driver.deploy(cloud, write_tree(tmp_path / "src", TREE))

    assert isinstance(function, Function)
    assert function.id == FUNCTION_ID
    assert function.to_dict() == Function.from_dict(FUNCTION_ANSWER.json()).to_dict()
    get, put, post = cloud.requests
    assert (get.method, get.url.path) == ("GET", f"{FUNCTION_PATH}/upload-url")
    assert (put.method, put.url.host) == ("PUT", STORAGE_HOST)
    assert read_zip(put.content)[1] == TREE
    assert (post.method, post.url.path) == ("POST", f"{FUNCTION_PATH}/deploy")
    assert json.loads(post.content) == {}
    assert post.headers["content-type"] == "application/json"
    assert post.headers["X-Auth-Token"] == SECRET_KEY


async def test_deploy_does_not_deploy_after_a_failed_upload(tmp_path: Path, driver: Driver) -> None:
    cloud = FakeCloud(put_answers=[httpx.Response(403, content=S3_DENIED)])

    await failure(UploadError, driver.deploy(cloud, write_tree(tmp_path / "src", TREE)))

    assert [r.method for r in cloud.requests] == ["GET", "PUT"]


async def test_deploy_sends_nothing_when_the_code_cannot_be_packed(
    tmp_path: Path, driver: Driver
) -> None:
    cloud = FakeCloud()

    error = await failure(ArchiveError, driver.deploy(cloud, tmp_path / "missing"))

    assert cloud.requests == []
    assert str(tmp_path / "missing") in str(error)


# --- pack: an archive made once, uploaded as it is ---------------------------------------


async def test_a_packed_archive_is_uploaded_as_it_is(tmp_path: Path, driver: Driver) -> None:
    """`pack` zips once; the upload sends those very bytes and hashes them as they go, so
    the sha256 is known without reading the file again (it is gone by then)."""
    cloud = FakeCloud()
    archive = scaleway_functions.pack(write_tree(tmp_path / "src", TREE))
    assert isinstance(archive, scaleway_functions.Archive)
    assert archive.path is not None
    packed = archive.path.read_bytes()

    result = await driver.upload(cloud, archive)
    archive.path.unlink()

    (put,) = cloud.puts
    assert put.content == packed
    assert result.size == archive.size == len(packed)
    assert result.sha256 == archive.sha256 == hashlib.sha256(packed).hexdigest()
    archive.close()


def test_a_packed_directory_s_zip_is_removed_on_close(tmp_path: Path) -> None:
    with scaleway_functions.pack(write_tree(tmp_path / "src", TREE)) as archive:
        assert archive.path is not None
        assert archive.path.is_file()
        where = archive.path
    assert not where.exists()
    assert not where.parent.exists()


def test_packing_a_zip_file_or_bytes_leaves_them_alone(tmp_path: Path) -> None:
    data = zip_bytes({"handler.py": HANDLER})
    existing = tmp_path / "code.zip"
    existing.write_bytes(data)

    with scaleway_functions.pack(existing) as from_file:
        assert from_file.path == existing
    with scaleway_functions.pack(data) as from_bytes:
        assert from_bytes.sha256 == hashlib.sha256(data).hexdigest()

    assert existing.read_bytes() == data


# --- download: the archive back, whole or not at all --------------------------------------

DOWNLOAD_URL = f"https://{STORAGE_HOST}/bucket/function.zip?X-Amz-Signature=sig"


def download_server(*storage: Any) -> Server:
    """The download-URL answer, then the storage service's answers in turn."""
    return Server(reply(200, {"url": DOWNLOAD_URL, "headers": {}}), *storage)


async def test_download_function_code_writes_the_archive_with_no_api_key(
    invoke: Invoke, tmp_path: Path
) -> None:
    data = zip_bytes({"handler.py": HANDLER})
    server = download_server(reply(200, content=data))
    target = tmp_path / "out.zip"
    umask = os.umask(0o022)
    os.umask(umask)

    result = await invoke(server, lambda c: c.download_function_code(FUNCTION_ID, target))

    assert target.read_bytes() == data
    assert (result.path, result.size) == (target, len(data))
    assert result.sha256 == hashlib.sha256(data).hexdigest()
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask
    get_url, get_archive = server.requests
    assert get_url.url.path.endswith(f"/functions/{FUNCTION_ID}/download-url")
    assert "X-Auth-Token" not in get_archive.headers
    assert str(get_archive.url) == DOWNLOAD_URL
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.zip"]


async def test_download_is_retried_from_the_first_byte(
    invoke: Invoke, tmp_path: Path, clock: FakeClock
) -> None:
    data = zip_bytes({"handler.py": HANDLER})
    server = download_server(reply(503, content=b"busy"), reply(200, content=data))

    await invoke(server, lambda c: c.download_function_code(FUNCTION_ID, tmp_path / "o.zip"))

    assert (tmp_path / "o.zip").read_bytes() == data
    assert len(server.requests) == 3


async def test_a_refused_download_leaves_nothing_behind(invoke: Invoke, tmp_path: Path) -> None:
    server = download_server(reply(403, content=S3_DENIED))
    existing = tmp_path / "out.zip"
    existing.write_bytes(b"the previous archive")

    with pytest.raises(DownloadError) as caught:
        await invoke(server, lambda c: c.download_function_code(FUNCTION_ID, existing))

    assert caught.value.status_code == 403
    assert "X-Amz-Signature" not in str(caught.value)
    assert existing.read_bytes() == b"the previous archive"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.zip"]


# --- what a directory's archive leaves out, and what packing refuses ----------------------


def test_dotenv_files_are_left_out_with_a_notice(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    root = write_tree(
        tmp_path / "src",
        {"handler.py": HANDLER, ".env": b"DB_PASSWORD=hunter2\n", "cfg/.env.prod": b"K=v\n"},
    )

    with caplog.at_level("WARNING", logger="scaleway_functions"):
        archive = scaleway_functions.pack(root)
    with archive:
        assert archive.path is not None
        names = zipfile.ZipFile(archive.path).namelist()

    assert names == ["handler.py"]
    assert [notice.split(":")[0] for notice in archive.notices] == [
        "left out .env",
        "left out cfg/.env.prod",
    ]
    assert "hunter2" not in caplog.text
    assert "left out .env" in caplog.text


def test_scwignore_can_ship_a_dotenv_file(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "src", {"handler.py": HANDLER, ".env": b"MODE=demo\n"})
    (root / ".scwignore").write_text("!.env\n")

    with scaleway_functions.pack(root) as archive:
        assert archive.path is not None
        assert zipfile.ZipFile(archive.path).namelist() == [".env", "handler.py"]
        assert archive.notices == ()


@pytest.mark.parametrize("special", ["/dev/zero", "fifo"])
@pytest.mark.timeout(10)
def test_a_source_that_is_no_file_nor_directory_is_refused_at_once(
    tmp_path: Path, special: str
) -> None:
    """/dev/zero filled 5 GB of memory; a FIFO waited forever for a writer."""
    if special == "fifo":
        special = str(tmp_path / "pipe")
        os.mkfifo(special)

    with pytest.raises(ArchiveError, match="neither a directory nor a regular file"):
        scaleway_functions.pack(special)


def test_a_tree_over_the_unpacked_limit_is_refused_before_packing(tmp_path: Path) -> None:
    """A sparse file of 600 MiB takes no disk and packs to a few MiB: the limit is on what
    the service unpacks, 500 MiB."""
    root = write_tree(tmp_path / "src", {"handler.py": HANDLER})
    with (root / "sparse.bin").open("wb") as sparse:
        sparse.truncate(600 * 1024 * 1024)

    with pytest.raises(ArchiveError, match="500 MiB"):
        scaleway_functions.pack(root)


def test_a_zip_over_the_unpacked_limit_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(scaleway_functions._archive, "MAX_CODE_SIZE", 1000)
    data = zip_bytes({"handler.py": HANDLER, "zeros.bin": b"\0" * 2000})

    with pytest.raises(ArchiveError, match="unpacked"):
        scaleway_functions.pack(data)


def test_a_damaged_zip_is_refused_naming_it(tmp_path: Path) -> None:
    data = bytearray(zip_bytes({"handler.py": HANDLER}))
    directory = data.rfind(b"PK\x01\x02")  # the central directory's first entry
    data[directory : directory + 4] = b"XXXX"
    damaged = tmp_path / "code.zip"
    damaged.write_bytes(bytes(data))

    with pytest.raises(ArchiveError, match=r"code\.zip: a damaged zip archive"):
        scaleway_functions.pack(damaged)


def test_an_invalid_scwignore_pattern_is_named_by_its_line(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "src", {"handler.py": HANDLER})
    (root / ".scwignore").write_text("*.log\n[z-a]\n")

    with pytest.raises(ArchiveError, match=r"\.scwignore, line 2: not a valid pattern"):
        scaleway_functions.pack(root)
