"""Packing a function's code into the zip archive the API deploys.

A directory is zipped deterministically (sorted entries, fixed timestamps, permissions
normalised to 644 or 755), so the same tree always gives the same sha256. The archive is
written to a temporary file and streamed from there: memory stays flat whatever its size.
"""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import stat
import tempfile
import threading
import zipfile
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from ._exceptions import ArchiveError

if TYPE_CHECKING:
    from scaleway_functions_api.runtime import ProgressCallback, Source

__all__ = [
    "MAX_ARCHIVE_SIZE",
    "Archive",
    "ArchiveBody",
    "build_archive",
    "temporary_workdir",
]

MAX_ARCHIVE_SIZE = 100 * 1024 * 1024  # the service's limit for a function's zip
ALWAYS_EXCLUDED = (".git", "__pycache__/", "*.pyc")  # .git is a file in worktrees
IGNORE_FILE = ".scwignore"
CHUNK_SIZE = 256 * 1024
HASH_CHUNK_SIZE = 1024 * 1024
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class Archive:
    """A zip ready to upload, in memory (`data`) or on disk (`path`)."""

    size: int
    digest: Future[str]
    """The sha256, computed in a helper thread while the archive uploads."""
    path: Path | None = None
    data: bytes | None = None

    @property
    def sha256(self) -> str:
        return self.digest.result()

    @classmethod
    def from_bytes(cls, data: bytes) -> Archive:
        digest: Future[str] = Future()
        digest.set_result(hashlib.sha256(data).hexdigest())
        return cls(size=len(data), digest=digest, data=data)

    def open(self) -> IO[bytes]:
        if self.data is not None:
            return io.BytesIO(self.data)
        assert self.path is not None
        return self.path.open("rb")


class ArchiveBody:
    """The archive as a request body that can be sent again from its first byte.

    httpx iterates the body once per attempt, so a retried PUT re-reads the file instead of
    failing on a consumed stream.
    """

    def __init__(self, archive: Archive, on_progress: ProgressCallback | None = None) -> None:
        self.archive = archive
        self.on_progress = on_progress

    def __iter__(self) -> Iterator[bytes]:
        sent = 0
        with self.archive.open() as stream:
            while chunk := stream.read(CHUNK_SIZE):
                sent += len(chunk)
                yield chunk
                if self.on_progress is not None:
                    self.on_progress(sent, self.archive.size)

    def aiter(self) -> AsyncIterable[bytes]:
        """The same bytes for an async client (httpx picks sync iteration when both exist)."""
        body = self

        class _AsyncBody:
            async def __aiter__(self) -> AsyncIterator[bytes]:
                for chunk in body:
                    yield chunk

        return _AsyncBody()


def _sha256_of(path: Path) -> Future[str]:
    """The file's sha256, computed in a helper thread (hashlib releases the GIL), so hashing
    overlaps with the upload instead of adding a pass over the file before it."""
    result: Future[str] = Future()

    def run() -> None:
        digest = hashlib.sha256()
        try:
            with path.open("rb") as stream:
                while chunk := stream.read(HASH_CHUNK_SIZE):
                    digest.update(chunk)
        except OSError as exc:
            result.set_exception(ArchiveError(f"{path}: cannot read it ({exc.strerror or exc})"))
        else:
            result.set_result(digest.hexdigest())

    threading.Thread(target=run, name="scaleway-functions-sha256", daemon=True).start()
    return result


def _check_size(size: int, what: object) -> None:
    if size > MAX_ARCHIVE_SIZE:
        raise ArchiveError(
            f"{what}: the archive is {size} bytes, over the service's limit of "
            f"{MAX_ARCHIVE_SIZE} bytes (100 MiB)"
        )


def _check_zip(stream: IO[bytes], what: object) -> None:
    if not zipfile.is_zipfile(stream):
        raise ArchiveError(f"{what}: not a zip archive")
    stream.seek(0)


def build_archive(source: Source, workdir: Path) -> Archive:
    """An archive from a directory, an existing .zip file, or zip bytes.

    A directory is zipped into `workdir` (which the caller removes afterwards).
    """
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        _check_size(len(data), "bytes source")
        _check_zip(io.BytesIO(data), "bytes source")
        return Archive.from_bytes(data)

    path = Path(source)
    if path.is_dir():
        return _zip_directory(path, workdir / "function.zip")
    if not path.exists():
        raise ArchiveError(f"{path}: no such file or directory")
    try:
        size = path.stat().st_size
        _check_size(size, path)
        with path.open("rb") as stream:
            _check_zip(stream, path)
    except OSError as exc:
        raise ArchiveError(f"{path}: cannot read it ({exc.strerror or exc})") from None
    return Archive(size=size, digest=_sha256_of(path), path=path)


def _ignore_spec(root: Path) -> Callable[[str], bool]:
    """Whether a path relative to the root (directories end with '/') is left out."""
    import pathspec  # only needed when zipping a directory

    lines = list(ALWAYS_EXCLUDED)
    ignore_file = root / IGNORE_FILE
    if ignore_file.is_file():
        try:
            lines += ignore_file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise ArchiveError(f"{ignore_file}: cannot read it ({exc})") from None
    spec = pathspec.GitIgnoreSpec.from_lines(lines)
    return spec.match_file


def _collect(root: Path) -> list[tuple[str, Path]]:
    """(name in the zip, file on disk) for every file to pack, sorted by name.

    Symlinks are followed when they stay inside the root; one that leaves it, or loops,
    is an error rather than a silent omission.
    """
    real_root = root.resolve()
    excluded = _ignore_spec(root)
    found: list[tuple[str, Path]] = []
    visiting: set[Path] = set()

    def walk(directory: Path, prefix: str) -> None:
        real = directory.resolve()
        if real in visiting:
            raise ArchiveError(f"{directory}: symlink loop")
        visiting.add(real)
        try:
            with os.scandir(directory) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as exc:
            raise ArchiveError(f"{directory}: cannot list it ({exc.strerror or exc})") from None
        for entry in entries:
            name = prefix + entry.name
            path = Path(entry.path)
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if excluded(name + "/" if is_dir else name):
                continue  # ignored means not looked at: a broken link there is no error
            try:
                name.encode("utf-8")
            except UnicodeEncodeError:
                raise ArchiveError(f"{os.fsencode(path)!r}: file name is not valid UTF-8") from None
            if entry.is_symlink():
                try:
                    target = path.resolve(strict=True)
                except (OSError, RuntimeError):
                    raise ArchiveError(f"{path}: broken symlink or symlink loop") from None
                if target != real_root and real_root not in target.parents:
                    raise ArchiveError(f"{path}: symlink points outside {root} (to {target})")
            if is_dir:
                walk(path, name + "/")
            elif entry.is_file():
                found.append((name, path))
            else:  # a FIFO or a device: reading one could block forever
                raise ArchiveError(f"{path}: not a regular file")
        visiting.discard(real)

    walk(root, "")
    return sorted(found)


def _zip_directory(root: Path, target: Path) -> Archive:
    files = _collect(root)
    if not files:
        raise ArchiveError(f"{root}: nothing to deploy (the directory is empty or all ignored)")
    with zipfile.ZipFile(target, "w") as archive:
        for name, path in files:
            info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, so the permission bits are honoured
            try:
                executable = path.stat().st_mode & stat.S_IXUSR
                mode = 0o755 if executable else 0o644
                info.external_attr = (stat.S_IFREG | mode) << 16
                with path.open("rb") as source, archive.open(info, "w") as entry:
                    shutil.copyfileobj(source, entry, CHUNK_SIZE)
            except OSError as exc:
                raise ArchiveError(f"{path}: cannot read it ({exc.strerror or exc})") from None
            _check_size(target.stat().st_size, root)  # stop early, not after 2 GiB
    size = target.stat().st_size
    _check_size(size, root)
    return Archive(size=size, digest=_sha256_of(target), path=target)


def temporary_workdir() -> tempfile.TemporaryDirectory[str]:
    return tempfile.TemporaryDirectory(prefix="scaleway-functions-")
