"""A minimal loopback server for the benchmarks, run in its own process.

The emulator validates every request and answer through pydantic, which is right for tests
but would dominate a client benchmark; this server answers from precomputed bytes:

- GET  .../functions/{id}            one recorded Function (or its build state, below)
- GET  .../functions?page=&page_size= pages of `--items` functions, after `--latency` s
- POST .../functions/{id}/deploy      starts a build of `build` seconds (query ?build=S)
- PUT  /upload                        reads and discards the body, answers its length
- GET  .../functions/{id}/upload-url   a URL on this server, with the headers to send
- GET  /stats?function_id=ID          {"gets": n}: how many times that function was fetched

    python bench/server.py --port 0 --items 10000 --latency 0.02
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import time
from pathlib import Path
from typing import Any

import uvicorn

FIXTURE = (
    Path(__file__).parent.parent / "tests" / "fixtures" / "recorded-deploy-session.cassette.yaml"
)


def recorded_function() -> dict[str, Any]:
    import yaml

    interactions = yaml.safe_load(FIXTURE.read_text())["interactions"]
    payload: dict[str, Any] = json.loads(interactions[18]["response"]["body"])
    return payload


class App:
    def __init__(self, items: int, latency: float) -> None:
        self.latency = latency
        self.function = recorded_function()
        self.function_bytes = json.dumps(self.function).encode()
        self.items = [
            {**self.function, "id": f"00000000-0000-4000-8000-{i:012d}", "name": f"fn-{i}"}
            for i in range(items)
        ]
        self.pages: dict[tuple[int, int], bytes] = {}
        self.builds: dict[str, tuple[float, float]] = {}
        self.gets: dict[str, int] = {}

    def page(self, page: int, size: int) -> bytes:
        key = (page, size)
        if key not in self.pages:
            chunk = self.items[(page - 1) * size : page * size]
            self.pages[key] = json.dumps(
                {"functions": chunk, "total_count": len(self.items)}
            ).encode()
        return self.pages[key]

    def function_state(self, function_id: str) -> bytes:
        self.gets[function_id] = self.gets.get(function_id, 0) + 1
        if function_id not in self.builds:
            return self.function_bytes
        started, build = self.builds[function_id]
        ready = time.monotonic() >= started + build
        state = {
            **self.function,
            "id": function_id,
            "status": "ready" if ready else "pending",
            "build_message": None if ready else "step 2 of 3: function build in progress",
        }
        return json.dumps(state).encode()

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        path: str = scope["path"]
        method: str = scope["method"]
        query = dict(
            part.split("=", 1) for part in scope["query_string"].decode().split("&") if "=" in part
        )
        status, body = 200, b"{}"
        if method == "PUT" and path == "/upload":
            size = 0
            while True:
                message = await receive()
                size += len(message.get("body", b""))
                if not message.get("more_body"):
                    break
            body = json.dumps({"received": size}).encode()
        elif path == "/stats":
            body = json.dumps({"gets": self.gets.get(query.get("function_id", ""), 0)}).encode()
        elif path.endswith("/upload-url"):
            host, port = scope["server"]
            length = query.get("content_length", "0")
            headers = {"content-type": ["application/octet-stream"], "content-length": [length]}
            body = json.dumps({"url": f"http://{host}:{port}/upload", "headers": headers}).encode()
        elif path.endswith("/deploy") and method == "POST":
            function_id = path.split("/")[-2]
            self.builds[function_id] = (time.monotonic(), float(query.get("build", "5")))
            state = {**self.function, "id": function_id, "status": "pending"}
            body = json.dumps(state).encode()
        elif path.endswith("/functions") and method == "GET":
            if self.latency:
                await asyncio.sleep(self.latency)
            body = self.page(int(query.get("page", "1")), int(query.get("page_size", "20")))
        elif "/functions/" in path and method == "GET":
            body = self.function_state(path.rsplit("/", 1)[1])
        else:
            status, body = 404, b'{"message": "not found"}'
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"x-request-id", b"bench"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--latency", type=float, default=0.0)
    args = parser.parse_args()
    sock = socket.socket()
    # Accepted connections inherit it: a reply's head and body must not wait on Nagle.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind(("127.0.0.1", args.port))
    sock.listen(1024)
    print(f"http://127.0.0.1:{sock.getsockname()[1]}", flush=True)
    config = uvicorn.Config(
        App(args.items, args.latency), log_level="warning", access_log=False, lifespan="off"
    )
    uvicorn.Server(config).run(sockets=[sock])


if __name__ == "__main__":
    main()
