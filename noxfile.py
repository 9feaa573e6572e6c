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
# The emulator's models ship with the emulator (the [emulator] extra), not the client.
EMULATOR_MODELS = "overlays/scaleway_functions/testing/_models.py"
EMULATOR_ROUTES = "overlays/scaleway_functions/testing/_routes.py"
# The service file's JSON Schema, for editors (yaml-language-server and the like).
SERVICE_SCHEMA = "docs/service-file.schema.json"
SERVICE_DOCS = "docs/service-file.md"
GENERATED_OUTPUTS = ["generated", EMULATOR_MODELS, EMULATOR_ROUTES, SERVICE_SCHEMA, SERVICE_DOCS]
CLIENT_PACKAGE = "scaleway_functions_api"
TYPESCRIPT_CLIENT = ROOT / "clients" / "typescript"

# Code generators and the formatter they run are pinned: the same spec must give the same
# bytes on every machine, or the drift check would fail for no reason.
GENERATOR = "openapi-python-client==0.29.1"
RUFF = "ruff==0.17.5"
PYYAML = "pyyaml==6.0.3"
JINJA = "jinja2==3.1.6"
MODEL_GENERATOR = "datamodel-code-generator==0.89.0"
IMPORT_LINTER = "import-linter==2.16"
REDOCLY = "@redocly/cli@2.77.0"
OPENAPI_TYPESCRIPT = "openapi-typescript@7.13.0"
TYPESCRIPT = "typescript@5.9.3"

SUPPORTED_PYTHONS = ["3.10", "3.11", "3.12", "3.13"]
CONFORMANCE_TEST = "tests/test_conformance.py"
SCHEMATHESIS = "schemathesis==4.32.5"

nox.options.sessions = [
    "check_generated",
    "spec",
    "lint",
    "typecheck",
    "tests",
    "conformance",
    "typescript",
]
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
    """Render the models package from openapi.yaml into `destination` (which must not exist):
    the models of every answer, and of the parts of requests the methods take.

    openapi-python-client also writes a request layer (one module per operation under
    `api/`, `client.py`, `errors.py`); the product sends its requests from the operation
    table instead, so that layer is removed here rather than shipped unused.
    """
    session.install(GENERATOR, RUFF, PYYAML, JINJA)
    # The spec without request bodies: the methods build them (tools/generate_operations.py),
    # so a model of a whole body would ship unused.
    models_spec = Path(session.create_tmp()) / "models-openapi.yaml"
    tool = str(ROOT / "tools" / "generate_operations.py")
    session.run("python", tool, "--models-spec", str(SPEC), str(models_spec), silent=True)
    session.run(
        "openapi-python-client",
        "generate",
        "--path",
        str(models_spec),
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
    shutil.rmtree(destination / "api")
    (destination / "client.py").unlink()
    (destination / "errors.py").unlink()
    _stamp(sorted(destination.rglob("*.py")), GENERATOR)
    # The generator writes no PEP 561 marker in --meta none mode; the package is typed.
    (destination / "py.typed").write_text("")


def _stamp(paths: list[Path], tool: str) -> None:
    """Open each generated file with the line that says where it comes from."""
    line = f"# Generated from openapi.yaml by {tool.replace('==', ' ')}: do not edit.\n"
    for path in paths:
        path.write_text(line + path.read_text())


def _generate_operations(session: nox.Session, package: Path) -> None:
    """Render the operation table and client methods (tools/generate_operations.py); they
    import the handwritten core they are made of (`scaleway_functions._operations`,
    `_base_client`), never a copy of it."""
    session.install(PYYAML, JINJA)
    target = package / "operations.py"
    tool = str(ROOT / "tools" / "generate_operations.py")
    session.run("python", tool, str(SPEC), str(target))
    _format(session, target)
    _stamp([target], "tools/generate_operations.py")
    schemas = package / "request_schemas.py"
    session.run("python", tool, "--request-schemas", str(SPEC), str(schemas))
    behaviour = package / "behaviour.py"
    session.run("python", tool, "--behaviour", str(SPEC), str(behaviour))
    _format(session, schemas)
    _format(session, behaviour)
    _stamp([schemas, behaviour], "tools/generate_operations.py")


def _generate_emulator_routes(session: nox.Session, target: Path) -> None:
    """The emulator's own route table, from the same spec (it does not read the client's)."""
    session.install(PYYAML, JINJA)
    script = str(ROOT / "tools" / "generate_operations.py")
    session.run("python", script, str(SPEC), str(target), "routes.py.jinja")
    _format(session, target)
    _stamp([target], "tools/generate_operations.py")


def _generate_emulator_models(session: nox.Session, target: Path) -> None:
    """pydantic v2 models of the spec, with which the emulator validates and answers."""
    session.install(MODEL_GENERATOR)
    target.parent.mkdir(parents=True)
    session.run(
        "datamodel-codegen",
        "--input",
        str(SPEC),
        "--input-file-type",
        "openapi",
        "--output",
        str(target),
        "--output-model-type",
        "pydantic_v2.BaseModel",
        "--target-python-version",
        "3.10",
        "--use-annotated",
        "--field-constraints",
        "--use-standard-collections",
        "--use-union-operator",
        # An optional field that is not nullable refuses null, as the spec says: absent is
        # pydantic's MISSING, not None.
        "--use-missing-sentinel",
        "--target-pydantic-version",
        "2.14",
        "--use-double-quotes",
        "--disable-timestamp",
        "--formatters",
        "ruff-format",
        "--custom-file-header",
        '"""pydantic v2 models of openapi.yaml: what the emulator accepts and answers."""',
        silent=True,
    )
    _format(session, target)
    _stamp([target], MODEL_GENERATOR)


def _format(session: nox.Session, target: Path) -> None:
    """The same formatting as the client generator's post-hooks give its own modules."""
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


def _generate_all(session: nox.Session, root: Path) -> None:
    """Every generated output, rendered under `root` at its place in the repository."""
    package = root / "generated" / CLIENT_PACKAGE
    _generate_client(session, package)
    _generate_operations(session, package)
    _generate_emulator_models(session, root / EMULATOR_MODELS)
    _generate_emulator_routes(session, root / EMULATOR_ROUTES)
    tool = str(ROOT / "tools" / "generate_operations.py")
    (root / SERVICE_SCHEMA).parent.mkdir(parents=True, exist_ok=True)
    session.run("python", tool, "--service-schema", str(SPEC), str(root / SERVICE_SCHEMA))
    session.run("python", tool, "--service-docs", str(SPEC), str(root / SERVICE_DOCS))


def _files(root: Path) -> dict[str, bytes]:
    """The generated outputs under `root`, by path relative to it."""
    found = {}
    for output in GENERATED_OUTPUTS:
        place = root / output
        for path in sorted(place.rglob("*")) if place.is_dir() else [place]:
            if path.is_file() and "__pycache__" not in path.parts:
                found[path.relative_to(root).as_posix()] = path.read_bytes()
    return found


def _differences(expected: Path, actual: Path) -> list[str]:
    """Generated paths that differ from a fresh generation, are missing, or are extra."""
    want, have = _files(expected), _files(actual)
    found = []
    for name in sorted(want.keys() | have.keys()):
        if name not in have:
            found.append(f"{name} (missing)")
        elif name not in want:
            found.append(f"{name} (not generated)")
        elif want[name] != have[name]:
            found.append(f"{name} (differs)")
    return found


@nox.session(venv_backend="venv")
def generate(session: nox.Session) -> None:
    """Regenerate every generated output from openapi.yaml (byte-for-byte reproducible)."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp)
        _generate_all(session, fresh)
        shutil.rmtree(GENERATED, ignore_errors=True)
        shutil.copytree(
            fresh / "generated", GENERATED, ignore=shutil.ignore_patterns("__pycache__")
        )
        for output in (EMULATOR_MODELS, EMULATOR_ROUTES, SERVICE_SCHEMA, SERVICE_DOCS):
            shutil.copyfile(fresh / output, ROOT / output)
    # The TypeScript client's src/generated/ (git-ignored; its build regenerates it too).
    if not (TYPESCRIPT_CLIENT / "node_modules").is_dir():
        session.run("npm", "ci", "--prefix", str(TYPESCRIPT_CLIENT), external=True)
    session.run("npm", "run", "generate", "--prefix", str(TYPESCRIPT_CLIENT), external=True)
    session.log("the generated outputs now match openapi.yaml")


@nox.session(venv_backend="venv")
def check_generated(session: nox.Session) -> None:
    """Fail, naming the files, when a generated output is not what openapi.yaml gives."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp)
        _generate_all(session, fresh)
        differences = _differences(fresh, ROOT)
    if differences:
        session.error(
            "generated outputs differ from what openapi.yaml, generator-config.yaml, templates/ "
            "and tools/ give (never edit them by hand; run `nox -s generate`):\n  "
            + "\n  ".join(differences)
        )
    session.log("the generated outputs match openapi.yaml")


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
    """ruff on the handwritten code (generated/ is formatted by the generator's hook), and
    the import contracts between the layers."""
    session.install(RUFF, IMPORT_LINTER, "-e", ".")
    handwritten = ["overlays", "tests", "tools", "examples", "bench", "noxfile.py"]
    session.run("ruff", "check", *handwritten)
    session.run("ruff", "format", "--check", *handwritten)
    # The layering as import contracts (pyproject.toml's [tool.importlinter]).
    session.run("lint-imports")


@nox.session(venv_backend="venv")
def typecheck(session: nox.Session) -> None:
    """mypy --strict on the overlay, the generators, and the generated package (where
    generated code meets the handwritten core it calls)."""
    session.install(
        "mypy==2.4.1", "types-PyYAML", "types-jsonschema", "pytest", JINJA, ".[emulator,cli]"
    )
    session.run("mypy", "--strict", "overlays/scaleway_functions", "tools")
    # The files in generated/, not the installed copies: MYPYPATH comes first.
    session.run("mypy", "--strict", "-p", CLIENT_PACKAGE, env={"MYPYPATH": str(GENERATED)})


@nox.session(venv_backend="venv")
def demo(session: nox.Session) -> None:
    """Deploy examples/hello end to end against the bundled emulator, then clean up."""
    session.install(".[emulator]")
    emulator = subprocess.Popen(  # noqa: S603  (our own interpreter and module)
        [
            session.bin + "/python",
            "-m",
            "scaleway_functions.testing",
            "--port",
            "0",
            "--build-seconds",
            "3",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert emulator.stdout is not None
        banner = emulator.stdout.readline()
        if "listening on" not in banner:
            session.error(f"the emulator did not start: {banner!r}")
        url = banner.rsplit(" ", 1)[1].strip()
        session.log(f"emulator at {url}")
        demo_env = {
            "SCW_API_URL": url,
            # The emulator accepts any non-empty key; these identify nothing real.
            "SCW_SECRET_KEY": "00000000-0000-4000-8000-0000000000de",
            "SCW_DEFAULT_PROJECT_ID": "00000000-0000-4000-8000-000000000001",
            "SCW_DEFAULT_REGION": "fr-par",
            "SCW_CONFIG_PATH": os.devnull,
        }
        session.run("python", "examples/deploy.py", "--cleanup", env=demo_env)
    finally:
        emulator.terminate()
        emulator.wait(timeout=10)


@nox.session(venv_backend="venv")
def bench(session: nox.Session) -> None:
    """Benchmarks against the official SDK and raw httpx; writes bench/RESULTS.md.

    `nox -s bench -- --quick` for a short run that writes nothing.
    """
    session.install(".[emulator,cli]", "scaleway==2.12.0")
    # What a library user has installed, for the import measure: no extras (the [cli]
    # extra's click and rich are imported by httpx whenever they are there).
    users = Path(session.create_tmp()) / "users"
    session.run("python", "-m", "venv", "--clear", str(users))
    session.run(str(users / "bin" / "python"), "-m", "pip", "install", "--quiet", ".",
                "scaleway==2.12.0", external=True)  # fmt: skip
    session.run(
        "python", "bench/run.py", "--users-python", str(users / "bin" / "python"), *session.posargs
    )


@nox.session(python=SUPPORTED_PYTHONS, venv_backend="venv")
def tests(session: nox.Session) -> None:
    """pytest on each supported Python installed here; no network."""
    session.install(".[emulator,cli,test]")
    session.run("pytest", f"--ignore={CONFORMANCE_TEST}", *session.posargs)


@nox.session(venv_backend="venv")
def conformance(session: nox.Session) -> None:
    """Schemathesis against the emulator with openapi.yaml, every check on (about a minute).

    Once per run, on nox's own Python (schemathesis 4 needs 3.11 or later).
    """
    session.install(
        ".[emulator]", "pytest>=8", "pytest-asyncio>=1.0", "pytest-timeout>=2.3", SCHEMATHESIS
    )
    session.run("pytest", CONFORMANCE_TEST, *session.posargs)


@nox.session(venv_backend="venv")
def typescript(session: nox.Session) -> None:
    """The TypeScript client (clients/typescript): generated from openapi.yaml, built with
    tsc --strict, tested with node --test against this package's emulator. `npm run build`
    regenerates src/generated/ from openapi.yaml before compiling, so it is never stale; a
    test also compares it with a fresh generation."""
    session.install(".[emulator]")
    session.chdir(TYPESCRIPT_CLIENT)
    for script in (["ci"], ["run", "build"]):
        session.run("npm", *script, external=True)
    session.run("npm", "test", external=True, env={"PYTHON": f"{session.bin}/python"})
