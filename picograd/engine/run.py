"""Realize: schedule (or reuse the schedule of a graph of the same structure), give each step its buffer, copy data
in, compile (or reuse) and launch each kernel, count it.

Each kernel's program is planned, lowered, rendered and compiled once per process per structurally distinct op tree,
named deterministically, and shown at DEBUG 2-4 (and in PICOGRAD_DUMP folders). This is where the compiler's stages
meet: op tree -> Kernel (kernel.py) -> IR (linearize.py) -> source (the device's renderer) -> runner (its runtime).

Also where writes in place meet the lazy graph: an assign's step writes into its target's buffer, after the values
still pending that read the old contents got a copy of them (see hazards.py).
"""
from __future__ import annotations
import atexit
import math
import weakref
import textwrap
import time
from collections import OrderedDict
from dataclasses import dataclass
from picograd.codegen.ir import format_program
from picograd.codegen.kernel import Kernel, build_kernel, format_kernel
from picograd.codegen.optimize import optimize
from picograd.codegen.linearize import linearize
from picograd.engine import beam, devices, hooks, kernel_cache
from picograd.engine.collectives import run_collective
from picograd.engine.compiled import CompiledKernel
from picograd.engine.devices import DeviceSpec
from picograd.engine.dump import dump_kernel
from picograd.helpers import BEAM, DEBUG, DUMP, GlobalCounters, colored
from picograd.lazy import LazyBuffer
from picograd.ops import AstNode, BufferOps, LoadOps
from picograd.schedule import AssignOrderError, ScheduleItem, collect, create_schedule


MAX_CACHED_KERNELS = 4096   # compiled kernels kept per process (least recently used go first): a long run of
                            # ever-new kernels (a fuzzer) must not grow memory without bound
_cache: OrderedDict[tuple[str, AstNode], CompiledKernel] = OrderedDict()
_names: dict[str, int] = {}   # kernel name -> how many kernels got it: the second r_4_8 is r_4_8n1


def clear_cache():
  """Forget every compiled kernel and cached schedule (names keep counting, so a name never means two kernels)."""
  _cache.clear()
  _schedules.clear()


def _base_name(k: Kernel) -> str:
  kind = "r" if k.reduce_node is not None else "E"
  return f"{kind}_" + "_".join(str(s) for s in k.full_shape) if k.full_shape else f"{kind}_scalar"


def _kernel_name(base: str) -> str:
  _names[base] = _names.get(base, 0) + 1
  return base if _names[base] == 1 else f"{base}n{_names[base] - 1}"


def compile_item(item: ScheduleItem, dev: str) -> CompiledKernel:
  """The program for a kernel, from the cache when this op tree was compiled for this device before (in this
  process, else on disk)."""
  key = (dev, item.ast)
  if key in _cache:
    _cache.move_to_end(key)
    GlobalCounters.cache_hits += 1
    if DEBUG >= 2: print(f"  compile  {_cache[key].name}: cache hit")
    return _cache[key]
  spec = devices.get(dev)
  dtypes = (item.out.dtype,) + tuple(b.dtype for b in item.inputs)
  disk_key = kernel_cache.key(item.ast, dtypes, spec) if kernel_cache.usable(spec, hooks.active("before_compile")) \
    else None
  ck = _cache[key] = (disk_key and _load(item, spec, dtypes, disk_key)) or _build(item, spec, dtypes, disk_key)
  while len(_cache) > MAX_CACHED_KERNELS: _cache.popitem(last=False)
  GlobalCounters.compile_count += 1
  GlobalCounters.compile_time_s += ck.compile_s
  if DUMP: dump_kernel(DUMP, len(_cache), item, ck)
  _show(item, ck, spec)
  hooks.fire("after_compile", item, ck)
  ck.release()   # the IR is rebuilt if asked for again: see compiled.py
  return ck


def _build(item: ScheduleItem, spec: DeviceSpec, dtypes: tuple, disk_key: str | None) -> CompiledKernel:
  start = time.perf_counter()
  base = build_kernel(item.ast)
  kernel = optimize(base, gpu=spec.gpu)
  if BEAM: kernel = beam.tune(item, spec, base, kernel, BEAM)   # time variants on scratch buffers: engine/beam.py
  kernel = hooks.steer("before_compile", kernel, item, spec.name)
  name = _kernel_name(_base_name(kernel))
  program = linearize(kernel, name, dtypes)
  source = spec.render(program)
  runner = spec.compile(program, source)
  if disk_key and getattr(runner, "obj", None) is not None:
    facts = {"symbol": name, "name": _base_name(kernel), "parallel": program.parallel, "flops": program.flops}
    kernel_cache.write(disk_key, facts, runner.obj)
  return CompiledKernel(name, item.ast, spec.name, dtypes, runner, time.perf_counter() - start, kernel, program, source)


def _load(item: ScheduleItem, spec: DeviceSpec, dtypes: tuple, disk_key: str) -> CompiledKernel | None:
  """A kernel from the disk cache: machine code and launch facts, no planning, lowering, rendering or LLVM."""
  start = time.perf_counter()
  entry = kernel_cache.read(disk_key)
  if entry is None: return None
  facts, obj = entry
  ck = CompiledKernel(_kernel_name(facts["name"]), item.ast, spec.name, dtypes, None, 0.0, None, flops=facts["flops"])
  ck.runner = spec.load(facts["symbol"], obj, len(dtypes), facts["parallel"], facts["flops"], ck.render)
  ck.compile_s = time.perf_counter() - start
  GlobalCounters.disk_cache_hits += 1
  return ck


def _show(item: ScheduleItem, ck: CompiledKernel, spec: DeviceSpec):
  """DEBUG 2: the compile; 3: the kernel (axes, optimizations applied, op tree) and IR; 4: source and machine code."""
  if DEBUG >= 2:
    disk = " (machine code from the disk cache)" if getattr(ck.runner, "cache_hit", False) else ""
    print(f"  compile  {ck.name}: cache miss, {ck.compile_s * 1e3:.1f} ms{disk}")
  if DEBUG >= 3:
    print(textwrap.indent(format_kernel(ck.kernel), "  "))   # axes, optimizations applied and op tree, before the IR
    print(format_program(ck.program))
  if DEBUG >= 4:
    print(colored(f"--- {spec.source_language} ---", "yellow") + f"\n{ck.source}")
    print(colored("--- assembly ---", "yellow") + f"\n{ck.runner.assembly()}")


# ---- schedules, reused by structure ---------------------------------------------------------------------------------
# Reuse a schedule: eager code realizes graphs of the same structure again and again (every training step, every
# token generated), and deriving the schedule anew each time would cost more than running it.
#
# A lazy graph's structure is everything `create_schedule` reads: per unrealized base its op, argument (a constant's
# value and sign, a reduce's axes; not a copy's host data), dtype, shape and device; per source which base it is (by
# position in the walk) or which realized buffer, and the view it is read through; an assign's previous version; which
# bases share a buffer (storage) and which are outputs. Two graphs with equal structure get the same schedule up to
# the buffers it names, so a hit binds the cached steps to the new graph's bases and runs no fuser. Anything else
# (another view, dtype, constant, a realized input where one was lazy, a write in place since) is another key.
MAX_CACHED_SCHEDULES = 1024   # graph structures kept (least recently used go first): memory stays bounded


@dataclass(frozen=True)
class _Step:
  """A ScheduleItem with bases named by reference: i >= 0 the i-th base of the walk, ~k the k-th realized buffer."""
  op: LoadOps | BufferOps
  out: int
  inputs: tuple[int, ...]
  ast: AstNode | None
  reason: str
  fused: tuple[str, ...]
  target: int | None
  region: tuple[int, ...]


_schedules: OrderedDict[_Key, tuple[_Step, ...]] = OrderedDict()


def schedule(outs: list[LazyBuffer]) -> list[ScheduleItem]:
  """The steps realizing `outs`: the cached ones bound to this graph when its structure was seen before."""
  bases = collect(outs)
  key, names = _structure(outs, bases)
  steps = _schedules.get(key)
  if steps is not None:
    _schedules.move_to_end(key)
    GlobalCounters.schedule_cache_hits += 1
    return [_bind(s, names) for s in steps]
  items = create_schedule(outs, bases)
  _schedules[key] = tuple(_template(it, names) for it in items)
  while len(_schedules) > MAX_CACHED_SCHEDULES: _schedules.popitem(last=False)
  return items


class _Names:
  """Each base of one graph as a reference, and back."""

  def __init__(self, bases: list[LazyBuffer]):
    self.bases, self.leaves = bases, []
    self.index = {id(b): i for i, b in enumerate(bases)}
    self.leaf_index: dict[int, int] = {}
    self.storages: dict[int, int] = {}

  def ref(self, b: LazyBuffer) -> int:
    i = self.index.get(id(b))
    if i is not None: return i
    k = self.leaf_index.get(id(b))
    if k is None:
      k = self.leaf_index[id(b)] = len(self.leaves)
      self.leaves.append(b)
    return ~k

  def base(self, ref: int) -> LazyBuffer: return self.bases[ref] if ref >= 0 else self.leaves[~ref]

  def storage(self, b: LazyBuffer) -> int:
    """Which buffer a base names, as the order it was first seen in: bases sharing one get the same number."""
    return -1 if b.storage is None else self.storages.setdefault(id(b.storage), len(self.storages))


def _arg_key(b: LazyBuffer):
  if b.op is LoadOps.COPY: return None   # host data: the copy step reads it from the base when it runs
  if b.op is LoadOps.CONST and isinstance(b.arg, float): return (b.arg, math.copysign(1.0, b.arg))   # -0.0 != 0.0
  return b.arg


class _Key(tuple):
  """A graph's structure, hashed once: the lookup and the LRU update would each hash the whole graph again."""
  def __hash__(self) -> int:
    h = self.__dict__.get("hash")
    if h is None: h = self.__dict__["hash"] = tuple.__hash__(self)
    return h


def _structure(outs: list[LazyBuffer], bases: list[LazyBuffer]) -> tuple[_Key, _Names]:
  names = _Names(bases)
  parts = []
  for b in bases:
    srcs = tuple((names.ref(s.base), s.st) for s in b.srcs)
    prev = names.ref(b.prev) if b.op is LoadOps.ASSIGN and b.prev is not None else None
    parts.append((b.op, _arg_key(b), b.dtype, b.shape, b.device, srcs, prev, names.storage(b)))
  leaves = tuple((x.dtype, x.shape, x.device, names.storage(x)) for x in names.leaves)
  wanted = tuple((names.ref(o.base), o.st) for o in outs)
  return _Key((tuple(parts), leaves, wanted)), names


def _template(it: ScheduleItem, names: _Names) -> _Step:
  return _Step(it.op, names.ref(it.out), tuple(names.ref(b) for b in it.inputs), it.ast, it.reason, it.fused,
               None if it.target is None else names.ref(it.target), tuple(names.ref(r()) for r in it.region))


def _bind(s: _Step, names: _Names) -> ScheduleItem:
  base = names.base
  return ScheduleItem(s.op, base(s.out), tuple(base(r) for r in s.inputs), s.ast, s.reason, s.fused,
                      None if s.target is None else base(s.target), tuple(weakref.ref(base(r)) for r in s.region))


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
  elif item.op is LoadOps.COLLECTIVE: run_collective(out.arg, _buffers(item), out.device, item)
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
    print(f"  kernel   {colored(ck.name, 'green')} fuses {' '.join(item.fused) or 'a copy'} "
          f"(own buffer: {colored(item.reason, 'magenta')}){where}")
  _account(ck, buffers, seconds, device)
  hooks.fire("after_launch", ck, buffers, seconds, device)
  return seconds


def _account(ck: CompiledKernel, buffers, seconds: float, dev: str):
  """Count one launch, and print its DEBUG=1 line."""
  nbytes = sum(b.nbytes for b in buffers)
  GlobalCounters.kernel_count += 1
  GlobalCounters.global_ops += ck.flops
  GlobalCounters.global_mem += nbytes
  GlobalCounters.time_sum_s += seconds
  if DEBUG >= 1:
    print(f"*** {dev:4s} {GlobalCounters.kernel_count:5d} {colored(f'{ck.name:30s}', 'green')} "
          f"{len(buffers):2d} bufs {seconds * 1e3:9.3f} ms {ck.flops / max(seconds, 1e-9) / 1e9:8.2f} GFLOP/s "
          f"{nbytes / max(seconds, 1e-9) / 1e9:8.2f} GB/s")


def _summary():
  if DEBUG >= 1 and GlobalCounters.kernel_count:
    print(colored(f"*** total: {GlobalCounters.kernel_count} kernels, {GlobalCounters.time_sum_s * 1e3:.2f} ms, "
                  f"{GlobalCounters.compile_count} compiled in {GlobalCounters.compile_time_s:.2f} s, "
                  f"{GlobalCounters.cache_hits} cache hits", "blue"))


atexit.register(_summary)
