"""Benchmarks, side by side in one run: this client, raw httpx, and the official SDK.

Each measure runs several rounds, alternating the contenders, against a loopback server in
its own process (bench/server.py), and reports medians and ratios. Results go to
bench/RESULTS.md and stdout. These are measurements, not tests: nothing here fails on a
slow machine.

    python bench/run.py [--quick]     (nox -s bench)
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import threading
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

import httpx

HERE = Path(__file__).parent
SECRET_KEY = "11111111-2222-4333-8444-555555555555"  # noqa: S105  (the bench server checks none)
PROJECT_ID = "fa1e3217-dc80-42ac-85c3-3f034b78b552"
NAMESPACE_ID = "8b9efc3d-f37b-4fad-af1a-71f11ca8243a"
FUNCTION_ID = "1eb1bff4-3ba6-4bef-a8de-6a6508c28a74"


@dataclass
class Row:
    measure: str
    contender: str
    value: float
    unit: str
    note: str = ""


@dataclass
class Report:
    rows: list[Row] = field(default_factory=list)
    goals: list[tuple[str, str, bool]] = field(default_factory=list)

    def add(self, measure: str, contender: str, value: float, unit: str, note: str = "") -> None:
        self.rows.append(Row(measure, contender, value, unit, note))
        print(f"  {contender:<34} {value:>12.3f} {unit} {note}", flush=True)

    def goal(self, text: str, measured: str, met: bool) -> None:
        self.goals.append((text, measured, met))
        print(f"  goal {'MET' if met else 'NOT MET'}: {text} (measured: {measured})", flush=True)


def start_server(*args: str) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(  # noqa: S603  (our own script)
        [sys.executable, str(HERE / "server.py"), *args], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    url = process.stdout.readline().strip()
    if not url.startswith("http"):
        process.kill()
        raise RuntimeError(f"bench server did not start: {url!r}")
    return process, url


def official_api(url: str) -> Any:
    from scaleway import Client
    from scaleway.function.v1beta1 import FunctionV1Beta1API

    client = Client(
        access_key="SCWXXXXXXXXXXXXXXXXX",
        secret_key=SECRET_KEY,
        default_project_id=PROJECT_ID,
        default_region="fr-par",
        api_url=url,
    )
    return FunctionV1Beta1API(client)


def ours(url: str) -> Any:
    from scaleway_functions import FunctionsClient

    return FunctionsClient(secret_key=SECRET_KEY, api_url=url)


def rounds(contenders: dict[str, Callable[[], float]], count: int) -> dict[str, float]:
    """Median seconds per contender, rounds rotated so none always runs first."""
    times: dict[str, list[float]] = {name: [] for name in contenders}
    names = list(contenders)
    for index in range(count):
        for name in names[index % len(names) :] + names[: index % len(names)]:
            times[name].append(contenders[name]())
    return {name: statistics.median(values) for name, values in times.items()}


# --- 1. per-call overhead -----------------------------------------------------------------


def measure_round_trip(report: Report, calls: int, count: int) -> None:
    print(f"\n1. get_function round trip, {calls} calls", flush=True)
    server, url = start_server("--items", "10")
    path = f"/functions/v1beta1/regions/fr-par/functions/{FUNCTION_ID}"
    try:
        client, raw, api = ours(url), httpx.Client(base_url=url), official_api(url)
        headers = {"X-Auth-Token": SECRET_KEY}

        def run_ours() -> float:
            start = time.perf_counter()
            for _ in range(calls):
                client.get_function(FUNCTION_ID)
            return time.perf_counter() - start

        def run_raw() -> float:
            start = time.perf_counter()
            for _ in range(calls):
                raw.get(path, headers=headers).json()
            return time.perf_counter() - start

        def run_official() -> float:
            start = time.perf_counter()
            for _ in range(calls):
                api.get_function(function_id=FUNCTION_ID)
            return time.perf_counter() - start

        for warm in (run_ours, run_raw, run_official):
            warm()
        medians = rounds({"ours": run_ours, "raw httpx": run_raw, "official": run_official}, count)
        for name, seconds in medians.items():
            report.add("round trip", name, seconds / calls * 1e6, "us/call")
        to_raw = medians["ours"] / medians["raw httpx"]
        to_official = medians["ours"] / medians["official"]
        report.goal("round trip: ours / raw httpx <= 1.1", f"{to_raw:.2f}", to_raw <= 1.1)
        report.goal("round trip: ours / official <= 0.5", f"{to_official:.2f}", to_official <= 0.5)
        client.close()
        raw.close()
    finally:
        server.kill()


# --- 2. listing ---------------------------------------------------------------------------


def measure_listing(report: Report, items: int, count: int) -> None:
    print(f"\n2. listing {items} functions, page_size 100, 20 ms server latency", flush=True)
    server, url = start_server("--items", str(items), "--latency", "0.02")
    try:
        client, api = ours(url), official_api(url)
        from scaleway_functions import AsyncFunctionsClient

        def run_sync() -> float:
            start = time.perf_counter()
            seen = sum(1 for _ in client.iter_functions(NAMESPACE_ID, page_size=100))
            assert seen == items, seen
            return time.perf_counter() - start

        async def list_async() -> int:
            async with AsyncFunctionsClient(secret_key=SECRET_KEY, api_url=url) as aclient:
                return len([f async for f in aclient.iter_functions(NAMESPACE_ID, page_size=100)])

        def run_async() -> float:
            start = time.perf_counter()
            seen = asyncio.run(list_async())
            assert seen == items, seen
            return time.perf_counter() - start

        def run_official() -> float:
            start = time.perf_counter()
            seen = len(api.list_functions_all(namespace_id=NAMESPACE_ID, page_size=100))
            assert seen == items, seen
            return time.perf_counter() - start

        medians = rounds(
            {"ours (sync)": run_sync, "ours (async)": run_async, "official": run_official},
            count,
        )
        for name, seconds in medians.items():
            report.add("listing", name, seconds, "s")
        for name in ("ours (sync)", "ours (async)"):
            speedup = medians["official"] / medians[name]
            report.goal(
                f"listing: {name} at least 5x faster than official",
                f"{speedup:.1f}x",
                speedup >= 5,
            )
        client.close()
    finally:
        server.kill()


def listing_memory_child(kind: str, url: str, items: int) -> None:
    """In a fresh process: walk a listing, print the peak RSS growth (KiB) as JSON."""
    if kind == "ours":
        client = ours(url)
        client.get_function(FUNCTION_ID)  # connection and imports warmed up
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        seen = sum(1 for _ in client.iter_functions(NAMESPACE_ID, page_size=100))
    else:
        api = official_api(url)
        api.get_function(function_id=FUNCTION_ID)
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        seen = len(api.list_functions_all(namespace_id=NAMESPACE_ID, page_size=100))
    assert seen == items, seen
    grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    print(json.dumps({"rss_kib": grown}))


def measure_listing_memory(report: Report, items: int, count: int) -> None:
    print(f"\n2b. peak memory while listing {items} functions", flush=True)
    server, url = start_server("--items", str(items))
    grown: dict[str, list[float]] = {"ours": [], "official": []}
    try:
        for index in range(count):
            for kind in list(grown)[index % 2 :] + list(grown)[: index % 2]:
                out = subprocess.run(  # noqa: S603
                    [sys.executable, __file__, "--list-child", kind, url, str(items)],
                    capture_output=True, text=True, check=True,
                )  # fmt: skip
                grown[kind].append(json.loads(out.stdout.strip().splitlines()[-1])["rss_kib"])
    finally:
        server.kill()
    medians = {kind: statistics.median(values) / 1024 for kind, values in grown.items()}
    for kind, mib in medians.items():
        report.add("listing memory", f"{kind}, peak RSS increase", mib, "MiB")
    report.goal(
        f"listing memory: ours < 16 MiB above the start for {items} items",
        f"{medians['ours']:.1f} MiB",
        medians["ours"] < 16,
    )


# --- 3. parsing ---------------------------------------------------------------------------


def measure_parsing(report: Report, loops: int, count: int) -> None:
    print(f"\n3. parsing recorded Function payloads, {loops} per round", flush=True)
    import yaml
    from scaleway.function.v1beta1.marshalling import unmarshal_Function

    from scaleway_functions import Function

    cassette = HERE.parent / "tests" / "fixtures" / "recorded-deploy-session.cassette.yaml"
    bodies = [i["response"]["body"] for i in yaml.safe_load(cassette.read_text())["interactions"]]
    payloads = [json.loads(b) for b in bodies if b.startswith('{"id"') and '"runtime"' in b]

    def parse(function: Callable[[dict[str, Any]], Any]) -> Callable[[], float]:
        def run() -> float:
            start = time.perf_counter()
            for index in range(loops):
                function(payloads[index % len(payloads)])
            return time.perf_counter() - start

        return run

    medians = rounds(
        {"ours Function.from_dict": parse(Function.from_dict),
         "official unmarshal_Function": parse(unmarshal_Function)},
        count,
    )  # fmt: skip
    for name, seconds in medians.items():
        report.add("parsing", name, loops / seconds, "parses/s")
    ratio = medians["official unmarshal_Function"] / medians["ours Function.from_dict"]
    report.goal("parsing: ours faster than official", f"{ratio:.2f}x", ratio > 1)


# --- 4. upload ----------------------------------------------------------------------------


def upload_child(kind: str, url: str, archive: str) -> None:
    """In a fresh process: upload, and print seconds and peak RSS growth (KiB) as JSON."""
    size = os.path.getsize(archive)
    if kind == "ours":
        client = ours(url)
        client.get_function(FUNCTION_ID)  # connection and imports warmed up
    else:
        raw = httpx.Client()
        raw.get(url + "/stats")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    if kind == "ours":
        client.upload_function_code(FUNCTION_ID, archive)
    elif kind == "loaded":  # the control: proves the measure sees a whole file in memory
        headers = {"content-type": "application/octet-stream", "content-length": str(size)}
        with open(archive, "rb") as stream:
            raw.put(url + "/upload", content=stream.read(), headers=headers).raise_for_status()
    else:

        def chunks() -> Iterator[bytes]:
            with open(archive, "rb") as stream:
                while chunk := stream.read(256 * 1024):
                    yield chunk

        headers = {"content-type": "application/octet-stream", "content-length": str(size)}
        raw.put(url + "/upload", content=chunks(), headers=headers).raise_for_status()
    seconds = time.perf_counter() - start
    grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    print(json.dumps({"seconds": seconds, "rss_kib": grown}))


def measure_upload(report: Report, mebibytes: int, count: int) -> None:
    print(f"\n4. uploading a {mebibytes} MiB archive", flush=True)
    server, url = start_server("--items", "10")
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "function.zip"
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as zf, zf.open("blob", "w") as entry:
            for _ in range(mebibytes):
                entry.write(os.urandom(1024 * 1024))
        results: dict[str, list[dict[str, float]]] = {
            "ours": [],
            "raw httpx": [],
            "loaded": [],
        }
        try:
            for index in range(count):
                kinds = list(results)
                for kind in kinds[index % 3 :] + kinds[: index % 3]:
                    out = subprocess.run(  # noqa: S603
                        [sys.executable, __file__, "--child", kind.split()[0], url, str(archive)],
                        capture_output=True, text=True, check=True,
                    )  # fmt: skip
                    results[kind].append(json.loads(out.stdout.strip().splitlines()[-1]))
        finally:
            server.kill()
    size_mb = mebibytes * 1024 * 1024 / 1e6
    throughput = {}
    for kind, runs in results.items():
        seconds = statistics.median(run["seconds"] for run in runs)
        rss = statistics.median(run["rss_kib"] for run in runs) / 1024
        throughput[kind] = size_mb / seconds
        name = "raw httpx, whole file read first (control)" if kind == "loaded" else kind
        report.add("upload", f"{name} throughput", throughput[kind], "MB/s")
        report.add("upload", f"{name} peak RSS increase", rss, "MiB")
    ours_rss = statistics.median(run["rss_kib"] for run in results["ours"]) / 1024
    ratio = throughput["ours"] / throughput["raw httpx"]
    report.goal("upload: peak RSS increase <= 16 MiB", f"{ours_rss:.1f} MiB", ours_rss <= 16)
    report.goal("upload: throughput >= 0.9x raw httpx", f"{ratio:.2f}x", ratio >= 0.9)


# --- 5. deploy-wait -----------------------------------------------------------------------


def measure_wait(report: Report, builds: tuple[float, ...]) -> None:
    print(f"\n5. waiting for builds of {', '.join(f'{b:g}' for b in builds)} s", flush=True)
    server, url = start_server("--items", "10")
    results: dict[tuple[str, float], tuple[float, int]] = {}

    def wait(contender: str, build: float, index: int) -> None:
        function_id = f"00000000-0000-4000-9000-{index:012d}"
        with httpx.Client(base_url=url) as raw:
            started = time.monotonic()
            raw.post(f"/functions/v1beta1/regions/fr-par/functions/{function_id}/deploy",
                     params={"build": build}, json={})  # fmt: skip
            if contender == "ours":
                client = ours(url)
                client.wait_for_function(function_id, timeout=build * 3 + 30)
                client.close()
            else:
                official_api(url).wait_for_function(function_id=function_id)
            lag = time.monotonic() - (started + build)
            gets = raw.get("/stats", params={"function_id": function_id}).json()["gets"]
        results[(contender, build)] = (lag, gets)

    threads = [
        threading.Thread(target=wait, args=(contender, build, index))
        for index, (contender, build) in enumerate(
            (c, b) for b in builds for c in ("ours", "official")
        )
    ]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        server.kill()
    worst_lag, worst_rate = 0.0, 0.0
    for (contender, build), (lag, gets) in sorted(results.items(), key=lambda kv: kv[0][1]):
        rate = gets / (build + lag)
        report.add("deploy-wait", f"{contender}, {build:g} s build", lag, "s lag",
                   f"({gets} GETs, {rate:.2f}/s)")  # fmt: skip
        if contender == "ours":
            worst_lag, worst_rate = max(worst_lag, lag), max(worst_rate, rate)
    report.goal("deploy-wait: lag <= 2.5 s", f"worst {worst_lag:.2f} s", worst_lag <= 2.5)
    report.goal("deploy-wait: about one GET per second at most",
                f"worst {worst_rate:.2f}/s", worst_rate <= 1.25)  # fmt: skip


# --- 6. import ----------------------------------------------------------------------------


OFFICIAL_CLIENT = (
    "from scaleway import Client; from scaleway.function.v1beta1 import FunctionV1Beta1API; "
    f"FunctionV1Beta1API(Client(access_key='SCWXXXXXXXXXXXXXXXXX', secret_key='{SECRET_KEY}', "
    "default_region='fr-par'))"
)
OURS_CLIENT = (
    f"from scaleway_functions import FunctionsClient; FunctionsClient(secret_key='{SECRET_KEY}')"
)


def measure_import(report: Report, count: int, python: str) -> None:
    """What a user pays before the first request: the import and a built client, in an
    environment with only the two packages installed (`python`), fresh interpreters."""
    print(f"\n6. import time, median of {count} fresh interpreters ({python})", flush=True)

    def running(code: str) -> Callable[[], float]:
        def run() -> float:
            start = time.perf_counter()
            subprocess.run([python, "-c", code], check=True)  # noqa: S603
            return time.perf_counter() - start

        return run

    medians = rounds(
        {"import scaleway_functions": running("import scaleway_functions"),
         "import scaleway.function.v1beta1": running("import scaleway.function.v1beta1"),
         "ours: import and build a client": running(OURS_CLIENT),
         "official: import and build a client": running(OFFICIAL_CLIENT),
         "python -c pass": running("pass")},
        count,
    )  # fmt: skip
    for name, seconds in medians.items():
        report.add("import", name, seconds * 1000, "ms")
    ready = (
        medians["ours: import and build a client"] / medians["official: import and build a client"]
    )
    report.goal("import and build a client: ours <= 0.7x official", f"{ready:.2f}x", ready <= 0.7)


# --- 7. CLI start-up ----------------------------------------------------------------------


def start_emulator(*args: str) -> tuple[subprocess.Popen[str], str]:
    """The emulator in its own process, so its CPU never counts in the CLI's."""
    process = subprocess.Popen(  # noqa: S603  (our own module, our own arguments)
        [sys.executable, "-m", "scaleway_functions.testing", "--port", "0", *args],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline().strip()  # "Scaleway Functions emulator listening on URL"
    url = line.rsplit(" ", 1)[-1]
    if not url.startswith("http"):
        process.kill()
        raise RuntimeError(f"emulator did not start: {line!r}")
    return process, url


def scw_functions() -> list[str]:
    """The console script a user runs, from this interpreter's environment: its shim imports
    scaleway_functions.cli and calls main, without `python -m`'s runpy and double import."""
    script = Path(sysconfig.get_path("scripts")) / "scw-functions"
    if not script.exists():
        raise RuntimeError(f"no console script at {script}: install this package (pip install .)")
    return [str(script)]


def cli_env(url: str, tmp: Path) -> dict[str, str]:
    """This environment without any SCW_* variable, then the emulator's; the config file
    does not exist, so a user's Scaleway CLI config is never read.

    Bytecode is cached under `tmp`, whatever PYTHONDONTWRITEBYTECODE says: an installed
    package has its .pyc files, but an editable install without them would compile every
    module at every start-up, a cost no user pays. The repository is not written to."""
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith("SCW_") and name != "PYTHONDONTWRITEBYTECODE"
    }
    env.update(SCW_API_URL=url, SCW_SECRET_KEY=SECRET_KEY, SCW_DEFAULT_PROJECT_ID=PROJECT_ID,
               SCW_DEFAULT_REGION="fr-par", SCW_CONFIG_PATH=str(tmp / "no-such-config.yaml"),
               PYTHONPYCACHEPREFIX=str(tmp / "pycache"))  # fmt: skip
    return env


def seed_emulator(url: str, functions: int) -> None:
    """One namespace with a few functions, through the emulator's REST API."""
    base = f"{url}/functions/v1beta1/regions/fr-par"
    with httpx.Client(headers={"X-Auth-Token": SECRET_KEY}) as raw:
        namespace = raw.post(f"{base}/namespaces",
                             json={"name": "bench-cli", "project_id": PROJECT_ID})  # fmt: skip
        namespace.raise_for_status()
        for index in range(functions):
            body = {"namespace_id": namespace.json()["id"], "name": f"bench-cli-{index}",
                    "runtime": "python311"}  # fmt: skip
            raw.post(f"{base}/functions", json=body).raise_for_status()


def measure_cli(report: Report, count: int) -> None:
    print(f"\n7. CLI start-up, median of {count} fresh processes", flush=True)
    # (command, limit in ms, whether the limit is over `python -c pass` rather than absolute)
    goals = (("--help", 150, False), ("--output json list", 230, True))
    if importlib.util.find_spec("typer") is None or importlib.util.find_spec("rich") is None:
        print("  skipped: the [cli] extra (typer, rich) is not installed", flush=True)
        for command, limit, over in goals:
            report.goal(_cli_goal(command, limit, over),
                        "skipped: [cli] extra not installed", False)  # fmt: skip
        return
    functions = 2
    server, url = start_emulator()
    try:
        seed_emulator(url, functions)
        with tempfile.TemporaryDirectory() as tmp:
            env = cli_env(url, Path(tmp))

            def running(command: list[str]) -> Callable[[], float]:
                def run() -> float:
                    start = time.perf_counter()
                    subprocess.run(command, env=env, check=True, capture_output=True)  # noqa: S603
                    return time.perf_counter() - start

                return run

            listing = [*scw_functions(), "--output", "json", "list"]
            out = subprocess.run(listing, env=env, check=True, capture_output=True, text=True)  # noqa: S603
            seen = len(json.loads(out.stdout))
            assert seen == functions, out.stdout  # the CLI really talks to the emulator
            contenders = {
                "python -c pass": running([sys.executable, "-c", "pass"]),
                "import scaleway_functions": running(
                    [sys.executable, "-c", "import scaleway_functions"]
                ),
                "scw-functions --help": running([*scw_functions(), "--help"]),
                "scw-functions --output json list": running(listing),
            }
            for warm in contenders.values():  # writes the .pyc files, fills the page cache
                warm()
            medians = rounds(contenders, count)
    finally:
        server.kill()
    for name, seconds in medians.items():
        report.add("CLI start-up", name, seconds * 1000, "ms")
    for command, limit, over in goals:
        milliseconds = medians[f"scw-functions {command}"] * 1000
        if over:
            milliseconds -= medians["python -c pass"] * 1000
        report.goal(_cli_goal(command, limit, over),
                    f"{milliseconds:.0f} ms", milliseconds <= limit)  # fmt: skip


def _cli_goal(command: str, limit: int, over: bool) -> str:
    beyond = " over python -c pass" if over else ""
    return f"CLI start-up: scw-functions {command} <= {limit} ms{beyond}"


# --- 8. a 10-function service ---------------------------------------------------------------


def measure_service(report: Report, functions: int, build: float) -> None:
    """`apply` of a service file against one `deploy_function_code` per function (what a
    deploy script, or `scw-functions deploy` run once per function, does), on an emulator
    whose builds take `build` s: first deploy, again unchanged, one function's code changed."""
    print(f"\n8. a {functions}-function service, builds of {build:g} s", flush=True)
    from scaleway_functions import FunctionsClient, load_service

    server, url = start_emulator("--build-seconds", str(build))
    counts = {"requests": 0, "uploads": 0, "deploys": 0}

    def count(request: httpx.Request) -> None:
        counts["requests"] += 1
        counts["uploads"] += request.method == "PUT"
        redeploy = request.method == "PATCH" and b'"redeploy":true' in request.content
        counts["deploys"] += request.url.path.endswith("/deploy") or redeploy

    http = httpx.Client(event_hooks={"request": [count]})
    client = FunctionsClient(secret_key=SECRET_KEY, project_id=PROJECT_ID, api_url=url,
                             http_client=http)  # fmt: skip
    try:
        with tempfile.TemporaryDirectory() as tmp:
            results: dict[tuple[str, str], tuple[float, dict[str, int]]] = {}
            for contender in ("apply", "one deploy per function"):
                folder = Path(tmp) / contender.replace(" ", "-")
                path = _service_tree(folder, functions, name=f"bench{len(results)}")
                for step in ("first", "unchanged", "one changed"):
                    if step == "one changed":
                        changed = "def handle(e, c):\n    return 'changed'\n"
                        (folder / "f3" / "handler.py").write_text(changed)
                    counts.update(requests=0, uploads=0, deploys=0)
                    start = time.perf_counter()
                    if contender == "apply":
                        failed = [o for o in client.apply(load_service(path)) if o.error]
                        assert not failed, failed
                    else:
                        _deploy_each(client, load_service(path))
                    results[(contender, step)] = (time.perf_counter() - start, dict(counts))
    finally:
        client.close()
        http.close()
        server.kill()
    for (contender, step), (seconds, seen) in results.items():
        note = (
            f"({seen['requests']} requests, {seen['uploads']} uploads, {seen['deploys']} deploys)"
        )
        report.add("service", f"{contender}, {step}", seconds, "s", note)
    first, unchanged, changed = (results[("apply", step)] for step in
                                 ("first", "unchanged", "one changed"))  # fmt: skip
    report.goal(f"service: first apply <= 1.5 x build + 3 s ({1.5 * build + 3:g} s)",
                f"{first[0]:.1f} s", first[0] <= 1.5 * build + 3)  # fmt: skip
    report.goal(
        "service: unchanged apply < 2 s, no upload, no deploy",
        f"{unchanged[0]:.2f} s, {unchanged[1]['uploads']} uploads, "
        f"{unchanged[1]['deploys']} deploys",
        unchanged[0] < 2 and unchanged[1]["uploads"] == unchanged[1]["deploys"] == 0,
    )
    report.goal("service: one changed function gives 1 upload and 1 deploy",
                f"{changed[1]['uploads']} uploads, {changed[1]['deploys']} deploys",
                changed[1]["uploads"] == changed[1]["deploys"] == 1)  # fmt: skip


def _service_tree(folder: Path, functions: int, name: str) -> Path:
    listed = ""
    for index in range(functions):
        code = folder / f"f{index}"
        code.mkdir(parents=True)
        (code / "handler.py").write_text(f"def handle(e, c):\n    return {index}\n")
        listed += f"      f{index}: {{code: f{index}, runtime: python311}}\n"
    path = folder / "scw-functions.yaml"
    path.write_text(f"service: {name}\nnamespaces:\n  {name}:\n    functions:\n{listed}")
    return path


def _deploy_each(client: Any, service: Any) -> None:
    """The baseline: find or create each function, then upload, deploy and wait, one by one."""
    (space,) = service.namespaces
    found = [n for n in client.iter_namespaces(name=space.name) if n.name == space.name]
    namespace = found[0] if found else client.create_namespace(name=space.name)
    client.wait_for_namespace(namespace.id)
    existing = {f.name: f for f in client.iter_functions(namespace.id)}
    for spec in space.functions:
        function = existing.get(spec.name) or client.create_function(
            namespace_id=namespace.id, name=spec.name, **spec.settings
        )
        client.deploy_function_code(function.id, spec.code)


# --- report -------------------------------------------------------------------------------


def write_results(report: Report, elapsed: float) -> str:
    versions = ", ".join(
        f"{name} {metadata.version(name)}"
        for name in ("scaleway-functions-client", "scaleway", "httpx", "requests")
    )
    lines = [
        "# Benchmark results",
        "",
        "Written by `nox -s bench` (bench/run.py): each measure side by side in one run,",
        "several rounds alternating the contenders, medians. Loopback server in its own",
        "process (bench/server.py).",
        "",
        f"- Machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}",
        f"- Python {platform.python_version()}; {versions}",
        f"- Run took {elapsed:.0f} s",
        "",
        "## Goals",
        "",
        "| goal | measured | |",
        "|---|---|---|",
        *(
            f"| {text} | {measured} | {'met' if met else '**not met**'} |"
            for text, measured, met in report.goals
        ),
        "",
        "## Measures",
        "",
        "| measure | contender | value | unit | |",
        "|---|---|---:|---|---|",
        *(
            f"| {r.measure} | {r.contender} | {r.value:.3f} | {r.unit} | {r.note} |"
            for r in report.rows
        ),
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="fewer rounds and shorter builds")
    parser.add_argument("--child", nargs=3, metavar=("KIND", "URL", "ARCHIVE"))
    parser.add_argument("--list-child", nargs=3, metavar=("KIND", "URL", "ITEMS"))
    parser.add_argument(
        "--users-python",
        default=sys.executable,
        help="the interpreter of an environment with only this package and the official SDK "
        "installed, as a library user has them (for the import measure)",
    )
    args = parser.parse_args()
    if args.child:
        upload_child(*args.child)
        return
    if args.list_child:
        kind, url, items = args.list_child
        listing_memory_child(kind, url, int(items))
        return
    quick = args.quick
    report = Report()
    started = time.perf_counter()
    measure_round_trip(report, calls=300 if quick else 3000, count=3 if quick else 5)
    measure_listing(report, items=2000 if quick else 10_000, count=2 if quick else 3)
    measure_listing_memory(report, items=5000 if quick else 50_000, count=1 if quick else 3)
    measure_parsing(report, loops=5000 if quick else 50_000, count=3 if quick else 5)
    measure_upload(report, mebibytes=20 if quick else 90, count=2 if quick else 3)
    measure_wait(report, builds=(2.0, 3.0) if quick else (5.0, 12.0, 60.0))
    measure_import(report, count=5 if quick else 10, python=args.users_python)
    measure_cli(report, count=5 if quick else 10)
    measure_service(report, functions=10, build=1.0 if quick else 2.0)
    text = write_results(report, time.perf_counter() - started)
    if not quick:
        (HERE / "RESULTS.md").write_text(text)
    print("\n" + text)


if __name__ == "__main__":
    main()
