"""The one place the package sleeps or reads the clock, so tests can swap them out."""

from __future__ import annotations

import time

__all__ = ["asleep", "monotonic", "sleep"]

monotonic = time.monotonic


def sleep(seconds: float) -> None:
    time.sleep(seconds)


async def asleep(seconds: float) -> None:
    import asyncio  # loaded by async callers only: a sync script does not pay for it

    await asyncio.sleep(seconds)
