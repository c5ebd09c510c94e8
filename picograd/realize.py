"""Run a schedule: allocate outputs, copy data in, and for each kernel build (or reuse) its program and launch it.

The one place where the compiler's stages meet, and where DEBUG prints what each of them produced.
"""
from __future__ import annotations
import atexit
from collections import OrderedDict
import os
import time
import weakref
from contextlib import contextmanager
from dataclasses import dataclass, field
from picograd import device as devices
from picograd.codegen.ir import Program, format_program
from picograd.codegen.kernel import Kernel, build_kernel
from picograd.codegen.linearize import linearize
from picograd.codegen.optimize import optimize
from picograd.codegen.schedule import AssignOrderError, ScheduleItem, create_schedule
from picograd.helpers import DEBUG, DUMP, GRAPH, GlobalCounters, colored
from picograd.ops import AstNode, LoadOps


@dataclass
class CompiledKernel:
  kernel: Kernel
  program: Program
  source: str
  runner: object
  compile_s: float


MAX_CACHED_KERNELS = 4096   # compiled kernels kept per process (least recently used go first): a long run of
                            # ever-new kernels (a fuzzer) must not grow memory without bound
_cache: OrderedDict[tuple[str, AstNode], CompiledKernel] = OrderedDict()
_names: dict[str, int] = {}
_captures: list[Capture] = []   # open JIT captures: every launch and host copy is also recorded there


@dataclass
class Capture:
  """What ran while a JIT capture was open: (kernel, its buffers) per launch, copies of host data in, copies between
  devices, and reads of values into Python (none of them a launch a replay could repeat)."""
  launches: list = field(default_factory=list)
  host_copies: int = 0
  device_copies: int = 0
  host_reads: int = 0


def note_host_read():
  """A tensor's values were read into Python (`.numpy()`, `.item()`)."""
  for cap in _captures: cap.host_reads += 1


@contextmanager
def capture():
  cap = Capture()
  _captures.append(cap)
  try: yield cap
  finally: _captures.remove(cap)


def _kernel_name(k: Kernel) -> str:
  kind = "r" if k.reduce_node is not None else "E"
  base = f"{kind}_" + "_".join(str(s) for s in k.full_shape) if k.full_shape else f"{kind}_scalar"
  _names[base] = _names.get(base, 0) + 1
  return base if _names[base] == 1 else f"{base}n{_names[base] - 1}"


def compile_item(item: ScheduleItem, dev: str) -> CompiledKernel:
  """The program for a kernel, compiled once per process for each structurally distinct op tree."""
  key = (dev, item.ast)
  if key in _cache:
    _cache.move_to_end(key)
    GlobalCounters.cache_hits += 1
    if DEBUG >= 2: print(f"  compile  {_cache[key].program.name}: cache hit")
    return _cache[key]
  spec = devices.get(dev)
  start = time.perf_counter()
  kernel = optimize(build_kernel(item.ast), gpu=spec.gpu)
  dtypes = (item.out.dtype,) + tuple(b.dtype for b in item.inputs)
  program = linearize(kernel, _kernel_name(kernel), dtypes)
  source = spec.render(program)
  runner = spec.compile(program, source)
  ck = _cache[key] = CompiledKernel(kernel, program, source, runner, time.perf_counter() - start)
  while len(_cache) > MAX_CACHED_KERNELS: _cache.popitem(last=False)
  GlobalCounters.compile_count += 1
  GlobalCounters.compile_time_s += ck.compile_s
  if DUMP: dump_kernel(DUMP, len(_cache), item, ck)
  if DEBUG >= 2:
    disk = " (machine code from the disk cache)" if getattr(runner, "cache_hit", False) else ""
    print(f"  compile  {program.name}: cache miss, {ck.compile_s * 1e3:.1f} ms{disk}")
  if DEBUG >= 3:
    print(colored(f"  optimizations: {', '.join(kernel.applied) or 'none'}", "cyan"))
    print(format_program(program))
  if DEBUG >= 4:
    print(colored(f"--- {spec.source_language} ---", "yellow") + f"\n{source}")
    print(colored("--- assembly ---", "yellow") + f"\n{runner.assembly()}")
  return ck


def _run_copy(item: ScheduleItem):
  out = item.out
  start = time.perf_counter()
  if item.inputs: out.realized.copyin(item.inputs[0].realized.numpy())
  else: out.realized.copyin(out.arg)
  for cap in _captures:
    cap.host_copies += 0 if item.inputs else 1
    cap.device_copies += 1 if item.inputs else 0
  if DEBUG >= 2:
    print(f"  copy     {out.realized.nbytes:>10d} bytes to {out.device} in {(time.perf_counter() - start) * 1e3:.3f} ms")


def realize(outs: list):
  """Compute these LazyBuffers. A kernel that reads a buffer both before and after an assign writes it is run after
  that assign, which first keeps the old contents aside for it (see hazards.py)."""
  try: items = create_schedule(outs)
  except AssignOrderError as e:
    for assign in e.assigns: realize([assign])   # sources first: each alone schedules a smaller graph
    items = create_schedule(outs)
  run_schedule(items)


def run_schedule(items: list[ScheduleItem]):
  note_schedule(items)
  targets = {id(it): it.out.srcs[1].base.realized for it in items if it.out.op is LoadOps.ASSIGN}
  for item in items:   # the items hold all that runs: dropping the graph now frees the temporaries fused into them,
    item.out.srcs = ()  # so that only values still held count as readers of a buffer an assign overwrites
  for item in items:
    out = item.out
    if out.op is LoadOps.ASSIGN:
      out.realized = targets[id(item)]
      keep_values_read(out.storage)
    else:
      out.realized = devices.get(out.device).allocate(out.size, out.dtype)
      if DEBUG >= 2: print(f"  alloc    {out.realized.nbytes:>10d} bytes on {out.device} ({out.dtype.name}, {out.shape})")
    if item.op is LoadOps.COPY: _run_copy(item)
    elif item.is_kernel and out.size > 0: _run_kernel(item, out.device)
    if out.op is LoadOps.ASSIGN: out.storage.written(out)
    out.arg = None


def keep_values_read(storage):
  """Write after read: pending values computed from what is about to be overwritten get a copy of it first (see
  hazards.py). Also for writes that do not go through a schedule: a JIT replay's."""
  copied = storage.keep_values_read(lambda lb: realize([lb]))
  if copied:
    GlobalCounters.hazard_copies += 1
    if DEBUG >= 2: print(f"  keep     {copied:>10d} elements: old contents, for values read before they are overwritten")


def _run_kernel(item: ScheduleItem, dev: str):
  ck = compile_item(item, dev)
  buffers = (item.out.realized,) + tuple(b.realized for b in item.inputs)
  for cap in _captures: cap.launches.append((ck, buffers))
  seconds = ck.runner(*buffers)
  if DEBUG >= 2:
    where = f"\n           made at {item.out.creator}" if getattr(item.out, "creator", None) else ""
    print(f"  kernel   {colored(ck.program.name, 'green')} fuses {' '.join(item.fused) or 'a copy'} "
          f"(own buffer: {colored(item.reason, 'magenta')}){where}")
  account(ck, buffers, seconds, dev)


def account(ck: CompiledKernel, buffers, seconds: float, dev: str):
  """Count one launch, and print its DEBUG=1 line."""
  nbytes = sum(b.nbytes for b in buffers)
  GlobalCounters.kernel_count += 1
  GlobalCounters.global_ops += ck.program.flops
  GlobalCounters.global_mem += nbytes
  GlobalCounters.time_sum_s += seconds
  if DEBUG >= 1:
    print(f"*** {dev:4s} {GlobalCounters.kernel_count:5d} {colored(f'{ck.program.name:30s}', 'green')} {len(buffers):2d} bufs "
          f"{seconds * 1e3:9.3f} ms {ck.program.flops / max(seconds, 1e-9) / 1e9:8.2f} GFLOP/s "
          f"{nbytes / max(seconds, 1e-9) / 1e9:8.2f} GB/s")


def dump_kernel(folder: str, index: int, item: ScheduleItem, ck: CompiledKernel):
  """One folder per compiled kernel, named by compile order and kernel name: identical for identical runs."""
  path = os.path.join(folder, f"{index:04d}_{ck.program.name}")
  os.makedirs(path, exist_ok=True)
  ext = "cu" if ck.program.launch is not None else "ll"
  launch = f"{ck.program.launch.blocks} blocks x {ck.program.launch.threads} threads" if ck.program.launch else "CPU loops"
  files = {
    "ir.txt": f"optimizations: {', '.join(ck.kernel.applied) or 'none'}\n{format_program(ck.program)}\n",
    f"kernel.{ext}": ck.source,
    "assembly.txt": ck.runner.assembly(),
    "kernel.txt": (f"name: {ck.program.name}\nlaunch: {launch}\nfull shape: {ck.kernel.full_shape}\n"
                   f"output: {item.out.shape} {item.out.dtype.name}\n"
                   + "".join(f"input {i + 1}: {b.shape} {b.dtype.name}\n" for i, b in enumerate(item.inputs))
                   + f"fused: {' '.join(item.fused)}\nown buffer because: {item.reason}\n"
                   + f"made at: {getattr(item.out, 'creator', None) or 'unknown'}\n"),
  }
  for name, text in files.items():
    with open(os.path.join(path, name), "w") as f: f.write(text)


@dataclass(eq=False)
class _DrawnBuffer:
  """What GRAPH=1's drawing reads of a buffer, kept instead of the buffer so a long run does not keep every one."""
  shape: tuple
  dtype: object
  op: object
  realized: object


MAX_DRAWN_KERNELS = 5000   # GRAPH=1 draws the run's first kernels: a larger drawing is unreadable, and a long run
                           # must not grow memory without bound
_scheduled: list[ScheduleItem] = []   # with GRAPH=1: the kernels of the run, drawn at exit
_drawn: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()   # one stand-in per live buffer: edges by identity


def note_schedule(items: list[ScheduleItem]):
  if not GRAPH: return
  def stand_in(b):
    if b not in _drawn: _drawn[b] = _DrawnBuffer(b.shape, b.dtype, b.op, True if b.realized is not None else None)
    return _drawn[b]
  kernels = [i for i in items if i.is_kernel][:MAX_DRAWN_KERNELS - len(_scheduled)]
  _scheduled.extend(ScheduleItem(i.op, stand_in(i.out), tuple(stand_in(b) for b in i.inputs), None, i.reason, i.fused)
                    for i in kernels)


def _draw_run():
  if not (GRAPH and _scheduled): return
  from picograd.draw_utils import draw_schedule
  draw_schedule(_scheduled, "graphs/schedule")


def _summary():
  if DEBUG >= 1 and GlobalCounters.kernel_count:
    print(colored(f"*** total: {GlobalCounters.kernel_count} kernels, {GlobalCounters.time_sum_s * 1e3:.2f} ms, "
                  f"{GlobalCounters.compile_count} compiled in {GlobalCounters.compile_time_s:.2f} s, "
                  f"{GlobalCounters.cache_hits} cache hits", "blue"))


atexit.register(_summary)
atexit.register(_draw_run)
