"""Deploy examples/hello as a Scaleway Serverless Function, step by step.

Settings come from SCW_* environment variables or the Scaleway CLI config file, like the
`scw` command: SCW_SECRET_KEY, SCW_DEFAULT_PROJECT_ID, SCW_DEFAULT_REGION, and SCW_API_URL
to point it at the bundled emulator instead of the live API (`nox -s demo` does that).

    python examples/deploy.py [--namespace NAME] [--name NAME] [--cleanup]
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

import httpx

from scaleway_functions import Function, FunctionDeployError, FunctionsClient, ScalewayError

HERE = Path(__file__).parent


def find_or_create_namespace(client: FunctionsClient, name: str) -> str:
    for namespace in client.iter_namespaces(name=name):
        print(f"namespace {name}: found ({namespace.id})")
        return namespace.id
    namespace = client.create_namespace(name=name, description="created by examples/deploy.py")
    print(f"namespace {name}: created, {namespace.status}")
    namespace = client.wait_for_namespace(namespace.id)
    print(f"namespace {name}: {namespace.status}")
    return namespace.id


def find_or_create_function(client: FunctionsClient, namespace_id: str, name: str) -> Function:
    for function in client.iter_functions(namespace_id, name=name):
        print(f"function {name}: found ({function.id}, {function.status})")
        return function
    function = client.create_function(
        namespace_id=namespace_id,
        name=name,
        runtime="python311",
        handler="handler.handle",
        memory_limit=256,
        environment_variables={"GREETING": "hello"},
    )
    print(f"function {name}: created ({function.id}), {function.status}")
    return function


def show_upload(sent: int, total: int) -> None:
    print(
        f"\rupload: {sent * 100 // total:3d}% of {total} bytes", end="\n" if sent == total else ""
    )


def show_build(function: Function) -> None:
    print(
        f"build: {function.status}"
        + (f" - {function.build_message}" if function.build_message else "")
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--namespace", default="examples", help="namespace name")
    parser.add_argument("--name", default="hello", help="function name")
    parser.add_argument("--cleanup", action="store_true", help="delete what was created")
    args = parser.parse_args()

    with FunctionsClient() as client:
        print(f"API: {client.config.api_url} (region {client.config.region})")
        namespace_id = find_or_create_namespace(client, args.namespace)
        function = find_or_create_function(client, namespace_id, args.name)

        uploaded = client.upload_function_code(function.id, HERE / "hello", on_progress=show_upload)
        print(f"archive: {uploaded.size} bytes, sha256 {uploaded.sha256}")
        client.deploy_function(function.id)
        try:
            function = client.wait_for_function(function.id, timeout=600, on_progress=show_build)
        except FunctionDeployError as error:
            print(f"deploy failed: {error.error_message}", file=sys.stderr)
            return 1
        print(f"ready: https://{function.domain_name}")

        names = [fn.name for fn in client.iter_functions(namespace_id)]
        print(f"functions in {args.namespace}: {', '.join(names)}")
        download = client.get_function_download_url(function.id)
        archive = httpx.get(
            download.url, headers={k: v[0] for k, v in download.headers.to_dict().items()}
        )
        archive.raise_for_status()
        same = hashlib.sha256(archive.content).hexdigest() == uploaded.sha256
        print(f"download: {len(archive.content)} bytes, identical to the upload: {same}")

        if args.cleanup:
            client.delete_function(function.id)
            client.delete_namespace(namespace_id)
            print(f"cleanup: function {args.name} and namespace {args.namespace} deleted")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except ScalewayError as error:
        print(f"error: {error}", file=sys.stderr)
        sys.exit(1)
