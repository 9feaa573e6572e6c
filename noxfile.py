"""Every task of the project: generation, the drift check, spec checks, lint, types, tests.

`nox -s tests` and `nox -s demo` are the two commands a fresh machine needs; each session
installs what it uses itself.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import nox

ROOT = Path(__file__).parent
SPEC = ROOT / "openapi.yaml"
GENERATED = ROOT / "generated"
CLIENT_PACKAGE = "scaleway_functions_api"

# Code generators and the formatter they run are pinned: the same spec must give the same
# bytes on every machine, or the drift check would fail for no reason.
GENERATOR = "openapi-python-client==0.29.1"
RUFF = "ruff==0.17.5"
PYYAML = "pyyaml==6.0.3"
REDOCLY = "@redocly/cli@2.77.0"
OPENAPI_TYPESCRIPT = "openapi-typescript@7.13.0"
TYPESCRIPT = "typescript@5.9.3"

SUPPORTED_PYTHONS = ["3.10", "3.11", "3.12", "3.13"]
TEST_REQUIREMENTS = [
    "pytest>=8",
    "pytest-asyncio>=1.0",
    "pytest-timeout>=2.3",
    "pyyaml>=6",
]

nox.options.sessions = ["check_generated", "spec", "lint", "typecheck", "tests"]
nox.options.reuse_venv = "yes"
# Tests run on every supported interpreter the machine has, and skip the others.
nox.options.error_on_missing_interpreters = False


def _expose_pyenv_interpreters() -> None:
    """Make every pyenv-installed Python visible, not just the selected one.

    pyenv's shims answer only for the selected versions (pyenv itself exports PYENV_VERSION
    to the programs it starts); adding all installed versions after the selected ones lets
    nox find python3.10 ... python3.13 wherever pyenv has them.
    """
    if shutil.which("pyenv") is None:
        return
    run = subprocess.run
    selected = (
        os.environ.get("PYENV_VERSION")
        or run(["pyenv", "version-name"], capture_output=True, text=True).stdout.strip()
    )
    installed = run(["pyenv", "versions", "--bare"], capture_output=True, text=True).stdout
    ordered = [v for v in selected.split(":") + installed.split() if v]
    if ordered:
        os.environ["PYENV_VERSION"] = ":".join(dict.fromkeys(ordered))


_expose_pyenv_interpreters()


def _generate_client(session: nox.Session, destination: Path) -> None:
    """Render the client package from openapi.yaml into `destination` (which must not exist)."""
    session.install(GENERATOR, RUFF)
    session.run(
        "openapi-python-client",
        "generate",
        "--path",
        str(SPEC),
        "--config",
        str(ROOT / "generator-config.yaml"),
        "--custom-template-path",
        str(ROOT / "templates"),
        "--meta",
        "none",
        "--output-path",
        str(destination),
        silent=True,
    )
    # The generator writes no PEP 561 marker in --meta none mode; the package is typed.
    (destination / "py.typed").write_text("")


def _generate_operations(session: nox.Session, package: Path) -> None:
    """Render the operation table and client methods (tools/generate_operations.py)."""
    session.install(PYYAML)
    target = package / "operations.py"
    session.run("python", str(ROOT / "tools" / "generate_operations.py"), str(SPEC), str(target))
    # The same formatting as the generator's post-hooks give its own modules.
    session.run(
        "ruff",
        "check",
        "--isolated",
        "--no-cache",
        "--select",
        "F401,I",
        "--fix-only",
        "--quiet",
        str(target),
    )
    session.run("ruff", "format", "--isolated", "--no-cache", "--quiet", str(target))


def _generate_all(session: nox.Session, destination: Path) -> None:
    """Everything under generated/, rendered into `destination`."""
    _generate_client(session, destination / CLIENT_PACKAGE)
    _generate_operations(session, destination / CLIENT_PACKAGE)


def _files(tree: Path) -> dict[str, bytes]:
    return {
        path.relative_to(tree).as_posix(): path.read_bytes()
        for path in sorted(tree.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def _differences(expected: Path, actual: Path) -> list[str]:
    """Paths under generated/ that differ from a fresh generation, are missing, or are extra."""
    want, have = _files(expected), _files(actual)
    found = []
    for name in sorted(want.keys() | have.keys()):
        if name not in have:
            found.append(f"generated/{name} (missing)")
        elif name not in want:
            found.append(f"generated/{name} (not generated)")
        elif want[name] != have[name]:
            found.append(f"generated/{name} (differs)")
    return found


@nox.session(venv_backend="venv")
def generate(session: nox.Session) -> None:
    """Regenerate generated/ from openapi.yaml (byte-for-byte reproducible)."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "generated"
        _generate_all(session, fresh)
        shutil.rmtree(GENERATED, ignore_errors=True)
        shutil.copytree(fresh, GENERATED, ignore=shutil.ignore_patterns("__pycache__"))
    session.log("generated/ now matches openapi.yaml")


@nox.session(venv_backend="venv")
def check_generated(session: nox.Session) -> None:
    """Fail, naming the files, when generated/ is not exactly what openapi.yaml gives."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "generated"
        _generate_all(session, fresh)
        differences = _differences(fresh, GENERATED)
    if differences:
        session.error(
            "generated/ differs from what openapi.yaml, generator-config.yaml and templates/ "
            "give (never edit generated/ by hand; run `nox -s generate`):\n  "
            + "\n  ".join(differences)
        )
    session.log("generated/ matches openapi.yaml")


@nox.session(venv_backend="venv")
def spec(session: nox.Session) -> None:
    """Validate openapi.yaml, lint it, and feed it to another language's generator."""
    session.install("openapi-spec-validator==0.9.0")
    session.run("openapi-spec-validator", str(SPEC))
    npx = ["npx", "--yes"]
    session.run(*npx, REDOCLY, "lint", "--format", "stylish", str(SPEC), external=True)
    with tempfile.TemporaryDirectory() as tmp:
        types = Path(tmp) / "functions-api.d.ts"
        session.run(*npx, OPENAPI_TYPESCRIPT, str(SPEC), "--output", str(types), external=True)
        # Compiling the output proves the TypeScript side is usable, not merely written.
        session.run(
            *npx,
            "--package",
            TYPESCRIPT,
            "tsc",
            "--noEmit",
            "--strict",
            str(types),
            external=True,
        )


@nox.session(venv_backend="venv")
def lint(session: nox.Session) -> None:
    """ruff on the handwritten code (generated/ is formatted by the generator's hook)."""
    session.install(RUFF)
    handwritten = ["overlays", "tests", "tools", "noxfile.py"]
    session.run("ruff", "check", *handwritten)
    session.run("ruff", "format", "--check", *handwritten)


@nox.session(venv_backend="venv")
def typecheck(session: nox.Session) -> None:
    """mypy --strict on the overlay."""
    session.install("mypy==2.4.1", "types-PyYAML", ".")
    session.run("mypy", "--strict", "overlays/scaleway_functions")


@nox.session(python=SUPPORTED_PYTHONS, venv_backend="venv")
def tests(session: nox.Session) -> None:
    """pytest on each supported Python installed here; no network."""
    session.install(".", *TEST_REQUIREMENTS)
    session.run("pytest", *session.posargs)
