"""Run a schedule: give each step its buffer, copy data in, compile (or reuse) and launch each kernel, count it.

Also where writes in place meet the lazy graph: an assign's step writes into its target's buffer, after the
values still pending that read the old contents got a copy of them (see hazards.py).
"""
from __future__ import annotations
import atexit
import time
from picograd.engine import devices, hooks
from picograd.engine.programs import CompiledKernel, compile_item
from picograd.helpers import DEBUG, GlobalCounters, colored
from picograd.lazy import LazyBuffer
from picograd.ops import LoadOps
from picograd.schedule import AssignOrderError, ScheduleItem, create_schedule


def realize(outs: list[LazyBuffer]):
  """Compute these LazyBuffers. A kernel that reads a buffer both before and after an assign writes it is run after
  that assign, which first keeps the old contents aside for it (see hazards.py)."""
  try: items = create_schedule(outs)
  except AssignOrderError as e:
    for assign in e.assigns: realize([assign])   # sources first: each alone schedules a smaller graph
    items = create_schedule(outs)
  run_schedule(items)


def run_schedule(items: list[ScheduleItem]):
  hooks.fire("schedule", items)
  targets = {id(it): it.target.realized for it in items if it.target is not None}
  for item in items:   # the items hold all that runs: dropping the graph now frees the temporaries fused into them,
    item.out.srcs = ()  # so that only values still held count as readers of a buffer an assign overwrites
  for done, item in enumerate(items):
    try: _run_step(item, targets)
    except BaseException as e:   # the graph behind the steps left was dropped: reading them later must say why
      for left in items[done:]: left.out.realized, left.out.failed = None, f"{type(e).__name__}: {e}"[:200]
      raise


def _run_step(item: ScheduleItem, targets: dict):
  out = item.out
  if item.target is not None:
    out.realized = targets[id(item)]
    keep_values_read(out.storage)
  else:
    out.realized = allocate(out.device, out.size, out.dtype)
    if DEBUG >= 2:
      print(f"  alloc    {out.realized.nbytes:>10d} bytes on {out.device} ({out.dtype.name}, {out.shape})")
  if item.op is LoadOps.COPY: _run_copy(item)
  elif item.is_kernel and out.size > 0: launch(compile_item(item, out.device), _buffers(item), out.device, item)
  if item.target is not None: out.storage.written(out)
  out.arg = None


def allocate(device: str, size: int, dtype):
  """A buffer of `size` elements of `dtype` on `device`."""
  return devices.get(device).allocate(size, dtype)


def _buffers(item: ScheduleItem) -> tuple:
  return (item.out.realized,) + tuple(b.realized for b in item.inputs)


def _run_copy(item: ScheduleItem):
  out = item.out
  start = time.perf_counter()
  if item.inputs: out.realized.copyin(item.inputs[0].realized.numpy())
  else: out.realized.copyin(out.arg)
  hooks.fire("copy", item)
  if DEBUG >= 2:
    ms = (time.perf_counter() - start) * 1e3
    print(f"  copy     {out.realized.nbytes:>10d} bytes to {out.device} in {ms:.3f} ms")


def keep_values_read(storage):
  """Write after read: pending values computed from what is about to be overwritten get a copy of it first (see
  hazards.py). Also for writes that do not go through a schedule: a JIT replay's."""
  copied = storage.keep_values_read(lambda lb: realize([lb]))
  if copied:
    GlobalCounters.hazard_copies += 1
    if DEBUG >= 2:
      print(f"  keep     {copied:>10d} elements: old contents, for values read before they are overwritten")


def note_host_read():
  """A tensor's values were read into Python (`.numpy()`, `.item()`)."""
  hooks.fire("host_read")


def launch(ck: CompiledKernel, buffers, device: str, item: ScheduleItem | None = None) -> float:
  """Run a compiled kernel on these buffers (output first) and count it; `item`, when it came from a schedule,
  for DEBUG=2's account of what it fuses and why. Returns the seconds it ran."""
  seconds = ck.runner(*buffers)
  if item is not None and DEBUG >= 2:
    where = f"\n           made at {item.out.creator}" if getattr(item.out, "creator", None) else ""
    print(f"  kernel   {colored(ck.program.name, 'green')} fuses {' '.join(item.fused) or 'a copy'} "
          f"(own buffer: {colored(item.reason, 'magenta')}){where}")
  _account(ck, buffers, seconds, device)
  hooks.fire("after_launch", ck, buffers, seconds, device)
  return seconds


def _account(ck: CompiledKernel, buffers, seconds: float, dev: str):
  """Count one launch, and print its DEBUG=1 line."""
  nbytes = sum(b.nbytes for b in buffers)
  GlobalCounters.kernel_count += 1
  GlobalCounters.global_ops += ck.program.flops
  GlobalCounters.global_mem += nbytes
  GlobalCounters.time_sum_s += seconds
  if DEBUG >= 1:
    print(f"*** {dev:4s} {GlobalCounters.kernel_count:5d} {colored(f'{ck.program.name:30s}', 'green')} "
          f"{len(buffers):2d} bufs {seconds * 1e3:9.3f} ms {ck.program.flops / max(seconds, 1e-9) / 1e9:8.2f} GFLOP/s "
          f"{nbytes / max(seconds, 1e-9) / 1e9:8.2f} GB/s")


def _summary():
  if DEBUG >= 1 and GlobalCounters.kernel_count:
    print(colored(f"*** total: {GlobalCounters.kernel_count} kernels, {GlobalCounters.time_sum_s * 1e3:.2f} ms, "
                  f"{GlobalCounters.compile_count} compiled in {GlobalCounters.compile_time_s:.2f} s, "
                  f"{GlobalCounters.cache_hits} cache hits", "blue"))


atexit.register(_summary)
