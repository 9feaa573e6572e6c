"""The one place the package sleeps or reads the clock, so tests can swap them out."""

from __future__ import annotations

import asyncio
import time

__all__ = ["asleep", "monotonic", "sleep"]

monotonic = time.monotonic


def sleep(seconds: float) -> None:
    time.sleep(seconds)


async def asleep(seconds: float) -> None:
    await asyncio.sleep(seconds)
