"""Waiting on the other ranks without hanging: a non-blocking request polled until it completes or a deadline.

MPI's blocking calls never return when a peer died or never calls the same collective; a poll with a deadline turns
that into a DistributedError naming the op, this rank and the timeout.
"""
from __future__ import annotations
import time
from picograd.distributed.errors import DistributedError

MAX_POLL_SLEEP = 1e-4   # seconds between polls once a wait is long: 0.1 ms late at most, and no busy core


def wait(done, what: str, rank: int, size: int, timeout: float):
  """Poll `done()` (True once complete) until it is, backing off from a spin to MAX_POLL_SLEEP; past `timeout`
  seconds raise a DistributedError."""
  deadline, pause = time.monotonic() + timeout, 0.0
  while not done():
    if time.monotonic() > deadline:
      raise DistributedError(
        f"{what}: rank {rank} of {size} got no answer from the other ranks within {timeout:g} s "
        "(PICOGRAD_DIST_TIMEOUT); a rank died, never joined, or did not call the same collective. This process "
        "group cannot be used again")
    time.sleep(pause)
    pause = min(MAX_POLL_SLEEP, pause * 2 + 1e-6)
