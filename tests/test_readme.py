"""Every ```python block of README.md runs as written, against the bundled emulator.

Each block runs in a fresh interpreter from the repository root (so paths like
`examples/hello` resolve as they do for a reader of a clone), with warnings as errors and a
timeout: a client left open, whose transport keeps a thread alive, makes it time out. The
SCW_* variables point the blocks that configure themselves at an emulator on loopback. A
block that defines pytest tests is run by pytest, as its reader would.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from scaleway_functions.testing import Emulator, Timings

pytestmark = pytest.mark.loopback

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
FENCE = re.compile(r"^```python\n(.*?)^```$", re.DOTALL | re.MULTILINE)
TIMEOUT = 60  # seconds for one block; the slowest takes about two


def python_blocks() -> list[pytest.ParameterSet]:
    """The README's python blocks, each named by the line it starts on."""
    text = README.read_text(encoding="utf-8")
    return [
        pytest.param(match.group(1), id=f"README.md:{text.count(chr(10), 0, match.start()) + 1}")
        for match in FENCE.finditer(text)
    ]


BLOCKS = python_blocks()


@pytest.fixture
def emulator(monkeypatch: pytest.MonkeyPatch) -> Iterator[Emulator]:
    """An emulator with quick lifecycles, and the SCW_* variables a reader would set."""
    with Emulator(timings=Timings(namespace_ready=0.05, build=0.3, deletion=0.05)) as emulator:
        monkeypatch.setenv("SCW_API_URL", emulator.url)
        monkeypatch.setenv("SCW_SECRET_KEY", "00000000-0000-4000-8000-00000000beef")
        monkeypatch.setenv("SCW_DEFAULT_PROJECT_ID", "00000000-0000-4000-8000-000000000001")
        yield emulator


def run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603
        command, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT, check=False
    )


def test_the_readme_has_python_blocks() -> None:
    """The extraction finds every python fence (a mismatch would silently skip blocks)."""
    text = README.read_text(encoding="utf-8")

    assert len(BLOCKS) >= 3
    assert len(BLOCKS) == text.count("```python\n")


@pytest.mark.parametrize("code", BLOCKS)
def test_a_readme_block_runs(code: str, emulator: Emulator, tmp_path: Path) -> None:
    if re.search(r"^def test_", code, re.MULTILINE):
        module = tmp_path / "test_readme_example.py"
        module.write_text(code, encoding="utf-8")
        tests = len(re.findall(r"^def test_", code, re.MULTILINE))
        # Outside this project's pyproject, pytest-asyncio warns that this is unset.
        options = ["-p", "no:cacheprovider", "-W", "error", "-q",
                   "-o", "asyncio_default_fixture_loop_scope=function"]  # fmt: skip
        done = run([sys.executable, "-m", "pytest", *options, str(module)], cwd=tmp_path)
        assert done.returncode == 0, done.stdout + done.stderr
        assert f"{tests} passed" in done.stdout
    else:
        done = run([sys.executable, "-W", "error", "-c", code], cwd=ROOT)
        assert done.returncode == 0, done.stderr
        assert done.stderr == ""
