"""Run a schedule: give each step its buffer, copy data in, compile (or reuse) and launch each kernel, count it.

Each kernel's program is planned, lowered, rendered and compiled once per process per structurally distinct op tree,
named deterministically, and shown at DEBUG 2-4 (and in PICOGRAD_DUMP folders). This is where the compiler's stages
meet: op tree -> Kernel (kernel.py) -> IR (linearize.py) -> source (the device's renderer) -> runner (its runtime).

Also where writes in place meet the lazy graph: an assign's step writes into its target's buffer, after the values
still pending that read the old contents got a copy of them (see hazards.py).
"""
from __future__ import annotations
import atexit
import textwrap
import time
from collections import OrderedDict
from dataclasses import dataclass
from picograd.codegen.ir import Program, format_program
from picograd.codegen.kernel import Kernel, build_kernel, format_kernel, optimize
from picograd.codegen.linearize import linearize
from picograd.engine import devices, hooks
from picograd.engine.devices import DeviceSpec, Runner
from picograd.engine.dump import dump_kernel
from picograd.helpers import DEBUG, DUMP, GlobalCounters, colored
from picograd.lazy import LazyBuffer
from picograd.ops import AstNode, LoadOps
from picograd.schedule import AssignOrderError, ScheduleItem
from picograd import schedule_cache
from picograd.schedule_cache import schedule


@dataclass
class CompiledKernel:
  kernel: Kernel
  program: Program
  source: str
  runner: Runner
  compile_s: float

  def __repr__(self): return f"<CompiledKernel {self.program.name}: {self.compile_s * 1e3:.1f} ms>"


MAX_CACHED_KERNELS = 4096   # compiled kernels kept per process (least recently used go first): a long run of
                            # ever-new kernels (a fuzzer) must not grow memory without bound
_cache: OrderedDict[tuple[str, AstNode], CompiledKernel] = OrderedDict()
_names: dict[str, int] = {}   # kernel name -> how many kernels got it: the second r_4_8 is r_4_8n1


def clear_cache():
  """Forget every compiled kernel and cached schedule (names keep counting, so a name never means two kernels)."""
  _cache.clear()
  schedule_cache.clear()


def _kernel_name(k: Kernel) -> str:
  kind = "r" if k.reduce_node is not None else "E"
  base = f"{kind}_" + "_".join(str(s) for s in k.full_shape) if k.full_shape else f"{kind}_scalar"
  _names[base] = _names.get(base, 0) + 1
  return base if _names[base] == 1 else f"{base}n{_names[base] - 1}"


def compile_item(item: ScheduleItem, dev: str) -> CompiledKernel:
  """The program for a kernel, from the cache when this op tree was compiled for this device before."""
  key = (dev, item.ast)
  if key in _cache:
    _cache.move_to_end(key)
    GlobalCounters.cache_hits += 1
    if DEBUG >= 2: print(f"  compile  {_cache[key].program.name}: cache hit")
    return _cache[key]
  spec = devices.get(dev)
  ck = _cache[key] = _build(item, spec)
  while len(_cache) > MAX_CACHED_KERNELS: _cache.popitem(last=False)
  GlobalCounters.compile_count += 1
  GlobalCounters.compile_time_s += ck.compile_s
  if DUMP: dump_kernel(DUMP, len(_cache), item, ck)
  _show(item, ck, spec)
  hooks.fire("after_compile", item, ck)
  return ck


def _build(item: ScheduleItem, spec: DeviceSpec) -> CompiledKernel:
  start = time.perf_counter()
  kernel = optimize(build_kernel(item.ast), gpu=spec.gpu)
  kernel = hooks.steer("before_compile", kernel, item, spec.name)
  dtypes = (item.out.dtype,) + tuple(b.dtype for b in item.inputs)
  program = linearize(kernel, _kernel_name(kernel), dtypes)
  source = spec.render(program)
  runner = spec.compile(program, source)
  return CompiledKernel(kernel, program, source, runner, time.perf_counter() - start)


def _show(item: ScheduleItem, ck: CompiledKernel, spec: DeviceSpec):
  """DEBUG 2: the compile; 3: the kernel (axes, optimizations applied, op tree) and IR; 4: source and machine code."""
  if DEBUG >= 2:
    disk = " (machine code from the disk cache)" if getattr(ck.runner, "cache_hit", False) else ""
    print(f"  compile  {ck.program.name}: cache miss, {ck.compile_s * 1e3:.1f} ms{disk}")
  if DEBUG >= 3:
    print(textwrap.indent(format_kernel(ck.kernel), "  "))   # axes, optimizations applied and op tree, before the IR
    print(format_program(ck.program))
  if DEBUG >= 4:
    print(colored(f"--- {spec.source_language} ---", "yellow") + f"\n{ck.source}")
    print(colored("--- assembly ---", "yellow") + f"\n{ck.runner.assembly()}")


# ---- running a schedule ---------------------------------------------------------------------------------------------
def realize(outs: list[LazyBuffer]):
  """Compute these LazyBuffers. A kernel that reads a buffer both before and after an assign writes it is run after
  that assign, which first keeps the old contents aside for it (see hazards.py)."""
  try: items = schedule(outs)
  except AssignOrderError as e:
    for assign in e.assigns: realize([assign])   # sources first: each alone schedules a smaller graph
    items = schedule(outs)
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
