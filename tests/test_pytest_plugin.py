"""The pytest plugin as a user's project meets it: a conftest line, fixtures, their tests.

Each test here writes a small project and runs pytest on it in a subprocess (`pytester`), with
the environment a developer's machine may have: a profile of their own, a real-looking key,
the live API's URL and a proxy. None of it may reach the user's tests.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.loopback

ASYNCIO = ("-o", "asyncio_mode=auto", "-o", "asyncio_default_fixture_loop_scope=function")
CONFTEST = 'pytest_plugins = ["scaleway_functions.testing.pytest_plugin"]\n'

USER_TESTS = """
import zipfile, io
from scaleway_functions import AsyncFunctionsClient, FunctionsClient

def archive():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("handler.py", "def handle(event, context):\\n    return {}\\n")
    return buffer.getvalue()

def test_a_namespace_is_made_on_the_emulator(functions_client, functions_emulator):
    made = functions_client.create_namespace(name="first")
    assert made.id in functions_emulator.service.namespaces

def test_each_test_starts_empty(functions_client):
    assert functions_client.list_namespaces().total_count == 0

def test_code_under_test_that_builds_its_own_client_reaches_the_emulator(functions_env):
    with FunctionsClient() as client:  # configured from the environment, as users' code is
        assert client.config.api_url == functions_env.url
        assert client.list_namespaces().total_count == 0

async def test_the_async_client(async_functions_client):
    assert (await async_functions_client.list_namespaces()).total_count == 0

def test_a_deploy_is_quick(functions_client):
    namespace = functions_client.create_namespace(name="quick")
    functions_client.wait_for_namespace(namespace.id, poll_interval=0.01)
    function = functions_client.create_function(namespace_id=namespace.id, name="f")
    ready = functions_client.deploy_function_code(function.id, archive(), timeout=10)
    assert ready.status == "ready"

def test_injected_faults_do_not_outlive_their_test(functions_emulator, functions_client):
    functions_emulator.faults.fail_next(404, path="/functions/", times=5)

def test_after_the_faults(functions_client):
    assert functions_client.list_namespaces().total_count == 0
"""


@pytest.fixture
def developer_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCW_PROFILE", "nope")  # no such profile: FunctionsClient() would fail
    monkeypatch.setenv("SCW_SECRET_KEY", "SCW-a-real-looking-key-of-the-developer")
    monkeypatch.setenv("SCW_API_URL", "https://api.scaleway.com")
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")  # nothing listens there


def test_the_fixtures_ignore_the_developers_configuration(
    pytester: pytest.Pytester, developer_environment: None
) -> None:
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(test_user=USER_TESTS)

    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", *ASYNCIO)

    result.assert_outcomes(passed=7)


def test_a_project_sets_slower_builds_to_watch_one(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(
        CONFTEST
        + "import pytest\n"
        + "from scaleway_functions.testing import Timings\n\n"
        + "@pytest.fixture\n"
        + "def functions_emulator_timings():\n"
        + "    return Timings(namespace_ready=0, build=30, deletion=0)\n"
    )
    pytester.makepyfile(
        test_slow=USER_TESTS.split("def test_")[0]
        + "def test_the_build_is_still_running(functions_client):\n"
        + "    namespace = functions_client.create_namespace(name='slow')\n"
        + "    function = functions_client.create_function(namespace_id=namespace.id)\n"
        + "    deployed = functions_client.deploy_function_code(\n"
        + "        function.id, archive(), wait=False\n"
        + "    )\n"
        + "    assert functions_client.get_function(deployed.id).status == 'pending'\n"
    )

    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", *ASYNCIO)

    result.assert_outcomes(passed=1)


def test_the_emulator_without_its_extra_says_which_to_install(pytester: pytest.Pytester) -> None:
    """As if starlette were not installed: the import names the extra."""
    pytester.makepyfile(
        check="""
import sys
sys.modules["starlette"] = None  # what an uninstalled package looks like to import
try:
    import scaleway_functions.testing
except ImportError as error:
    print("MESSAGE:", error)
"""
    )

    result = pytester.runpython(pytester.path / "check.py")

    extra = 'pip install "scaleway-functions-client[[]emulator]"'  # [[] is a literal [
    result.stdout.fnmatch_lines([f"MESSAGE: the emulator needs starlette, *: {extra}"])
