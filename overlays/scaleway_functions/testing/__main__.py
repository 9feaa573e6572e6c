"""python -m scaleway_functions.testing: serve the emulator on a loopback port."""

from __future__ import annotations

import argparse
import contextlib
import math
import os
import sys

from ._app import Faults
from ._server import Emulator
from ._state import Timings

TOKEN_VARIABLE = "SCW_EMULATOR_TOKEN"  # noqa: S105  (the name of a variable)


def seconds(text: str) -> float:
    """A duration in seconds: a finite number, 0 or more."""
    value = float(text)  # argparse turns a ValueError into a usage error naming the option
    if not math.isfinite(value) or value < 0:
        raise argparse.ArgumentTypeError(f"expected seconds, 0 or more, got {text!r}")
    return value


def fraction(text: str) -> float:
    """A rate: a number from 0 to 1."""
    value = float(text)
    if not 0 <= value <= 1:  # also refuses NaN
        raise argparse.ArgumentTypeError(f"expected a fraction from 0 to 1, got {text!r}")
    return value


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m scaleway_functions.testing",
        description="Serve an emulator of the Scaleway Serverless Functions API.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8080, help="port (0: any free port)")
    parser.add_argument(
        "--token",
        default=os.environ.get(TOKEN_VARIABLE),
        help=f"the only X-Auth-Token to accept (default: ${TOKEN_VARIABLE}, else any); - reads "
        "it from standard input (a value here shows to `ps`)",
    )
    parser.add_argument("--build-seconds", type=seconds, default=Timings.build,
                        help="how long a function build takes")  # fmt: skip
    parser.add_argument("--latency", type=seconds, default=0.0,
                        help="seconds added to every answer")  # fmt: skip
    parser.add_argument("--error-rate", type=fraction, default=0.0,
                        help="fraction of requests answered 429, 500 or 503")  # fmt: skip
    parser.add_argument("--drop-rate", type=fraction, default=0.0,
                        help="fraction of connections dropped before the answer")  # fmt: skip
    parser.add_argument("--control", action="store_true",
                        help="serve the control surface under /_emulator (reset, faults, "
                        "timings, request counts; behind the token), for tests in any "
                        "language")  # fmt: skip
    args = parser.parse_args(argv)
    if args.token == "-":  # noqa: S105  (standard input)
        args.token = sys.stdin.readline().strip()
    if args.token == "":
        parser.error("--token: the token is empty")
    try:
        emulator = Emulator(
            host=args.host,
            port=args.port,
            token=args.token,
            timings=Timings(build=args.build_seconds),
            faults=Faults(
                latency=args.latency, error_rate=args.error_rate, drop_rate=args.drop_rate
            ),
            control=args.control,
        )
    except (OSError, OverflowError) as error:  # a busy port, say: one line, no traceback
        reason = getattr(error, "strerror", None) or error
        print(f"error: cannot listen on {args.host}:{args.port}: {reason}", file=sys.stderr)
        raise SystemExit(1) from None
    print(f"Scaleway Functions emulator listening on {emulator.url}", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        emulator.serve_forever()


if __name__ == "__main__":
    main()
