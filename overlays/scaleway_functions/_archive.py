"""Packing a function's code into the zip archive the API deploys.

A directory is zipped deterministically as the spec's `x-code-archive` says (sorted
entries, a fixed timestamp, permissions normalised to 644 or 755), so the same tree always
gives the same sha256, in every language; the limits are those of its `x-code-upload`.
The archive is written to a temporary file and streamed from there: memory stays flat
whatever its size, and the file is read once per upload (hashed as it is sent).
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import re
import shutil
import stat
import sys
import tempfile
import zipfile
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING

from scaleway_functions_api.behaviour import CODE_ARCHIVE

from ._exceptions import ArchiveError

logger = logging.getLogger("scaleway_functions")

if TYPE_CHECKING:
    from ._operations import Destination, DownloadResult, ProgressCallback, Source

__all__ = ["MAX_ARCHIVE_SIZE", "MAX_CODE_SIZE", "Archive", "ArchiveBody", "DownloadFile", "pack"]

MAX_ARCHIVE_SIZE = CODE_ARCHIVE["max_size"]
"""The service's limit for a function's zip, in bytes."""
MAX_CODE_SIZE = CODE_ARCHIVE["max_unpacked_size"]
"""Its limit for the code, unpacked."""
IGNORE_FILE = CODE_ARCHIVE["ignore_file"]
# Left out of every directory's archive: version control, caches, the ignore file itself,
# and dotenv files, which hold secrets (`!.env` in .scwignore ships one all the same).
ALWAYS_EXCLUDED = CODE_ARCHIVE["always_excluded"]
SECRET_FILES = CODE_ARCHIVE["secret_files"]
COMPRESS_LEVEL = CODE_ARCHIVE["level"]
FILE_MODE = CODE_ARCHIVE["file_mode"]
EXECUTABLE_MODE = CODE_ARCHIVE["executable_mode"]
CHUNK_SIZE = 256 * 1024
HASH_CHUNK_SIZE = 1024 * 1024
_FIXED_TIME = CODE_ARCHIVE["timestamp"]


class Archive:
    """A zip ready to upload, in memory (`data`) or on disk (`path`): what `pack` gives, and
    what `upload_function_code` takes as it is. A packed directory's zip is a temporary
    file: `close()` (or a `with` block) removes it."""

    def __init__(
        self,
        size: int,
        *,
        path: Path | None = None,
        data: bytes | None = None,
        temporary: Path | None = None,
        notices: tuple[str, ...] = (),
    ) -> None:
        self.size = size
        self.path = path
        self.data = data
        self.notices = notices
        """What packing left out that a user may not expect (a .env file), in words."""
        self._temporary = temporary
        self._sha256: str | None = None

    @property
    def sha256(self) -> str:
        """The archive's sha256 (hex): recorded while it was uploaded, else read once."""
        if self._sha256 is None:
            digest = hashlib.sha256()
            try:
                with self.open() as stream:
                    while chunk := stream.read(HASH_CHUNK_SIZE):
                        digest.update(chunk)
            except OSError as exc:
                raise ArchiveError(f"{self.path}: cannot read it ({exc.strerror or exc})") from None
            self._sha256 = digest.hexdigest()
        return self._sha256

    def open(self) -> IO[bytes]:
        if self.data is not None:
            return io.BytesIO(self.data)
        assert self.path is not None
        return self.path.open("rb")

    def close(self) -> None:
        """Remove the temporary zip of a packed directory (nothing else is touched)."""
        if self._temporary is not None:
            shutil.rmtree(self._temporary, ignore_errors=True)
            self._temporary = None

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        where = "in memory" if self.data is not None else str(self.path)
        return f"<Archive {self.size} bytes, {where}>"


class ArchiveBody:
    """The archive as a request body that can be sent again from its first byte; its
    sha256 is computed from the chunks as they are sent (no second read of the file).

    httpx iterates the body once per attempt, so a retried PUT re-reads the file instead of
    failing on a consumed stream.
    """

    def __init__(self, archive: Archive, on_progress: ProgressCallback | None = None) -> None:
        self.archive = archive
        self.on_progress = on_progress

    def __iter__(self) -> Iterator[bytes]:
        sent = 0
        digest = hashlib.sha256()
        with self.archive.open() as stream:
            while chunk := stream.read(CHUNK_SIZE):
                sent += len(chunk)
                digest.update(chunk)
                yield chunk
                if self.on_progress is not None:
                    self.on_progress(sent, self.archive.size)
        if sent == self.archive.size:
            self.archive._sha256 = digest.hexdigest()

    def aiter(self) -> AsyncIterable[bytes]:
        """The same bytes for an async client (httpx picks sync iteration when both exist)."""
        body = self

        class _AsyncBody:
            async def __aiter__(self) -> AsyncIterator[bytes]:
                for chunk in body:
                    yield chunk

        return _AsyncBody()


def _check_size(size: int, what: object) -> None:
    if size > MAX_ARCHIVE_SIZE:
        raise ArchiveError(
            f"{what}: the archive is {size} bytes, over the service's limit of "
            f"{MAX_ARCHIVE_SIZE} bytes ({_mebibytes(MAX_ARCHIVE_SIZE)})"
        )


def _mebibytes(size: int) -> str:
    return f"{size / 1024 / 1024:g} MiB"


def _check_zip(stream: IO[bytes], what: object) -> None:
    """A readable zip whose content, unpacked, stays within the service's code limit."""
    if not zipfile.is_zipfile(stream):
        raise ArchiveError(f"{what}: not a zip archive")
    stream.seek(0)
    try:
        with zipfile.ZipFile(stream) as opened:
            unpacked = sum(member.file_size for member in opened.infolist())
    except (zipfile.BadZipFile, ValueError, EOFError) as exc:
        raise ArchiveError(f"{what}: a damaged zip archive ({exc})") from None
    _check_unpacked(unpacked, what)
    stream.seek(0)


def _check_unpacked(size: int, what: object) -> None:
    if size > MAX_CODE_SIZE:
        raise ArchiveError(
            f"{what}: the code is {size} bytes unpacked, over the service's limit of "
            f"{MAX_CODE_SIZE} bytes ({_mebibytes(MAX_CODE_SIZE)})"
        )


def pack(source: Source, *, exclude: Sequence[str] = ()) -> Archive:
    """An archive from a directory (zipped deterministically into a temporary file), an
    existing .zip file, or zip bytes; an Archive is given back as it is.

    `exclude` adds gitignore lines to a directory's own (after the defaults, before its
    .scwignore): a Serverless Framework file's packaging rules, for one.

    Refused before any request: an empty directory, a file that is not a zip, and anything
    over the service's limits (MAX_ARCHIVE_SIZE, and MAX_CODE_SIZE unpacked).
    """
    if isinstance(source, Archive):
        return source
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        _check_size(len(data), "bytes source")
        _check_zip(io.BytesIO(data), "bytes source")
        return Archive(len(data), data=data)

    path = Path(source)
    if path.is_dir():
        temporary = Path(tempfile.mkdtemp(prefix="scaleway-functions-"))
        try:
            return _zip_directory(path, temporary / "function.zip", temporary, exclude)
        except BaseException:
            shutil.rmtree(temporary, ignore_errors=True)
            raise
    if not path.exists():
        raise ArchiveError(f"{path}: no such file or directory")
    if not path.is_file():  # a device or a FIFO: reading it could never end
        raise ArchiveError(f"{path}: neither a directory nor a regular file")
    try:
        size = path.stat().st_size
        _check_size(size, path)
        with path.open("rb") as stream:
            _check_zip(stream, path)
    except OSError as exc:
        raise ArchiveError(f"{path}: cannot read it ({exc.strerror or exc})") from None
    return Archive(size, path=path)


def _ignore_spec(root: Path, exclude: Sequence[str] = ()) -> Callable[[str], bool]:
    """Whether a path relative to the root (directories end with '/') is left out."""
    import pathspec  # only needed when zipping a directory

    lines = [*ALWAYS_EXCLUDED, *SECRET_FILES, *exclude]
    ignore_file = root / IGNORE_FILE
    if ignore_file.is_file():
        try:
            own = ignore_file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise ArchiveError(f"{ignore_file}: cannot read it ({exc})") from None
        for number, line in enumerate(own, start=1):
            try:
                pathspec.GitIgnoreSpec.from_lines([line])
            except (ValueError, re.error) as exc:  # pathspec's own errors, or the regex's
                raise ArchiveError(
                    f"{ignore_file}, line {number}: not a valid pattern ({exc})"
                ) from None
        lines += own
    spec = pathspec.GitIgnoreSpec.from_lines(lines)
    return spec.match_file


def _reopened(exclude: Sequence[str]) -> frozenset[str]:
    """The directories (ending with '/') an `exclude` line takes files back from, walked
    even when an earlier line leaves them out, their files then judged one by one: as the
    Serverless Framework packs, where `node_modules/keep/**` after `!node_modules/**` keeps
    that one package (git itself never looks inside an ignored directory)."""
    found: set[str] = set()
    for line in exclude:
        if not line.startswith("!"):
            continue
        parts = line[1:].strip("/").split("/")
        prefix = ""
        for part in parts[:-1]:
            if any(char in part for char in "*?[\\"):
                break
            prefix += part + "/"
            found.add(prefix)
    return frozenset(found)


def _collect(root: Path, exclude: Sequence[str] = ()) -> tuple[list[tuple[str, Path]], list[str]]:
    """(name in the zip, file on disk) for every file to pack, sorted by name; and the
    dotenv files left out by default.

    Symlinks are followed when they stay inside the root; one that leaves it, or loops,
    is an error rather than a silent omission.
    """
    import pathspec

    real_root = root.resolve()
    excluded = _ignore_spec(root, exclude)
    reopened = _reopened(exclude)
    secret = pathspec.GitIgnoreSpec.from_lines(SECRET_FILES).match_file
    found: list[tuple[str, Path]] = []
    dotenv: list[str] = []
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
            if excluded(name + "/" if is_dir else name) and name + "/" not in reopened:
                if not is_dir and secret(name):
                    dotenv.append(name)
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
    return sorted(found), dotenv


def _zip_directory(
    root: Path, target: Path, temporary: Path, exclude: Sequence[str] = ()
) -> Archive:
    files, dotenv = _collect(root, exclude)
    if not files:
        raise ArchiveError(f"{root}: nothing to deploy (the directory is empty or all ignored)")
    try:
        unpacked = sum(path.stat().st_size for _, path in files)
    except OSError as exc:
        raise ArchiveError(f"{root}: cannot read a file of it ({exc.strerror or exc})") from None
    _check_unpacked(unpacked, root)  # before writing anything: a sparse file packs small
    with zipfile.ZipFile(target, "w") as archive:
        for name, path in files:
            info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            if sys.version_info >= (3, 13):
                info.compress_level = COMPRESS_LEVEL
            else:  # the same attribute, private before 3.13
                info._compresslevel = COMPRESS_LEVEL  # type: ignore[attr-defined]
            info.create_system = 3  # Unix, so the permission bits are honoured
            try:
                executable = path.stat().st_mode & stat.S_IXUSR
                mode = EXECUTABLE_MODE if executable else FILE_MODE
                info.external_attr = (stat.S_IFREG | mode) << 16
                with path.open("rb") as source, archive.open(info, "w") as entry:
                    while chunk := source.read(CHUNK_SIZE):
                        entry.write(chunk)
                        _check_size(target.stat().st_size, root)  # stops at the limit
            except OSError as exc:
                raise ArchiveError(f"{path}: cannot read it ({exc.strerror or exc})") from None
    size = target.stat().st_size
    _check_size(size, root)
    notices = tuple(
        f"left out {name}: dotenv files hold secrets (`!{name}` in {IGNORE_FILE} ships it)"
        for name in sorted(dotenv)
    )
    for notice in notices:
        logger.warning("%s: %s", root, notice)
    return Archive(size, path=target, temporary=temporary, notices=notices)


class DownloadFile:
    """A downloaded archive on its way to `destination`: written to a new file beside it
    (with the usual umask mode), renamed over it once whole, removed if anything fails.
    An attempt that is retried starts the file again (`restart`)."""

    def __init__(self, destination: Destination) -> None:
        self.destination = Path(destination)
        self._partial: Path | None = None
        self._file: IO[bytes] | None = None
        self._digest = hashlib.sha256()
        self.size = 0

    def __enter__(self) -> DownloadFile:
        folder = self.destination.parent
        for _ in range(8):
            partial = folder / f".{self.destination.name}.{os.urandom(4).hex()}.part"
            try:  # 0o666 here: the umask applies, as for any file the user's tools create
                descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
            except FileExistsError:
                continue
            except OSError as exc:
                raise ArchiveError(
                    f"{folder}: cannot write there ({exc.strerror or exc})"
                ) from None
            self._partial, self._file = partial, os.fdopen(descriptor, "wb")
            return self
        raise ArchiveError(f"{folder}: cannot create a temporary file there")

    def restart(self) -> None:
        assert self._file is not None
        self._file.seek(0)
        self._file.truncate()
        self._digest, self.size = hashlib.sha256(), 0

    def write(self, chunk: bytes) -> None:
        assert self._file is not None
        self._file.write(chunk)
        self._digest.update(chunk)
        self.size += len(chunk)

    def commit(self) -> DownloadResult:
        """Rename the whole file over the destination."""
        from ._operations import DownloadResult

        assert self._file is not None
        assert self._partial is not None
        self._file.close()
        os.replace(self._partial, self.destination)
        self._partial = None
        return DownloadResult(
            path=self.destination, size=self.size, sha256=self._digest.hexdigest()
        )

    def __exit__(self, *exc_info: object) -> None:
        if self._file is not None:
            self._file.close()
        if self._partial is not None:
            self._partial.unlink(missing_ok=True)
