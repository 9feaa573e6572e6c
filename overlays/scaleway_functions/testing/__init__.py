"""A local emulator of the Serverless Functions API, for tests and demos.

Install with `pip install "scaleway-functions-client[emulator]"`. Three ways to use it:

- `Emulator()`: a real HTTP server on 127.0.0.1 in a background thread (`.url`);
- `EmulatorTransport(create_app())` / `AsyncEmulatorTransport(...)`: in-process, no socket,
  passed to a client as `transport=`;
- `python -m scaleway_functions.testing --port 8080`: a server for other programs
  (the official SDK, the CLI, ...); with `--control`, tests in any language drive it
  over HTTP under /_emulator (`_control`).

For pytest, add `pytest_plugins = ["scaleway_functions.testing.pytest_plugin"]` to a
conftest.py to get the `functions_emulator` and `functions_client` fixtures.
"""

try:
    from ._app import Fault, Faults, create_app
    from ._server import AsyncEmulatorTransport, Emulator, EmulatorTransport
    from ._state import Service, Timings
except ImportError as missing:  # starlette, uvicorn, pydantic...: the [emulator] extra
    package = (missing.name or "scaleway_functions").split(".")[0]
    if package == "scaleway_functions":
        raise
    raise ImportError(
        f"the emulator needs {package}, which comes with its extra: "
        'pip install "scaleway-functions-client[emulator]"',
        name=package,
    ) from missing

__all__ = [
    "AsyncEmulatorTransport",
    "Emulator",
    "EmulatorTransport",
    "Fault",
    "Faults",
    "Service",
    "Timings",
    "create_app",
]
