"""Collectives: steps that exchange buffers with the other processes of a group (all-reduce, broadcast, ...).

The engine knows no transport. `picograd.distributed` registers one communicator per process group, and a
COLLECTIVE step (or a JIT replay of one) calls it with the Collective and the step's buffers:

    communicator(spec, out, inputs, device)   fills `out` (a runtime buffer) from `inputs` across the group

so MPI, NCCL or a test's fake plug in without the engine importing any of them.
"""
from __future__ import annotations
import os
import time
from typing import Callable
from picograd.engine import hooks
from picograd.errors import PicogradError
from picograd.helpers import DEBUG, DUMP
from picograd.ops import Collective

_communicators: dict[int, Callable] = {}
_dumped: set = set()   # (spec, bytes, device) already written to the PICOGRAD_DUMP folder


def register(group: int, communicator: Callable):
  """Route the collectives of group number `group` to `communicator` (see the module docstring)."""
  _communicators[group] = communicator


def unregister(group: int): _communicators.pop(group, None)


def run_collective(spec: Collective, buffers, device: str, item=None) -> float:
  """Exchange `buffers` (output first) as `spec` says; `item`, when it came from a schedule, for DEBUG=2's line.
  Returns the seconds it took."""
  communicator = _communicators.get(spec.group)
  if communicator is None:
    raise PicogradError(f"collective {spec}: no process group {spec.group} in this process (call "
                        "picograd.distributed.init_process_group() first; a destroyed group cannot run)")
  start = time.perf_counter()
  communicator(spec, buffers[0], tuple(buffers[1:]), device)
  seconds = time.perf_counter() - start
  made = getattr(item.out, "creator", None) if item is not None else None   # the user's line, at DEBUG>=2 or DUMP
  if DUMP: _dump(DUMP, spec, buffers, device, made)
  if DEBUG >= 2:
    where = f"\n           made at {made}" if made else ""
    print(f"  collect  {spec}: {buffers[0].nbytes:>10d} bytes on {device} in {seconds * 1e3:.3f} ms{where}")
  hooks.fire("collective", spec, tuple(buffers), seconds, device)
  return seconds


def _dump(folder: str, spec: Collective, buffers, device: str, made: str | None):
  """One folder per distinct collective, beside the kernels' (named by the order it first ran)."""
  key = (spec, tuple(b.nbytes for b in buffers), device)
  if key in _dumped: return
  _dumped.add(key)
  path = os.path.join(folder, f"collective{len(_dumped):04d}_{spec.kind}")
  os.makedirs(path, exist_ok=True)
  with open(os.path.join(path, "collective.txt"), "w") as f:
    f.write(f"collective: {spec}\ndevice: {device}\noutput: {buffers[0].nbytes} bytes\n"
            + "".join(f"input {i + 1}: {b.nbytes} bytes\n" for i, b in enumerate(buffers[1:]))
            + f"made at: {made or 'unknown'}\n")
