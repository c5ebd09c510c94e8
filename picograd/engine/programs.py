"""The program of each kernel: planned, lowered, rendered and compiled once per process per structurally distinct
op tree, named deterministically, and shown at DEBUG 2-4 (and in PICOGRAD_DUMP folders).

This is where the compiler's stages meet: op tree -> Kernel (kernel.py, optimize.py) -> IR (linearize.py) ->
source (the device's renderer) -> runner (the device's runtime).
"""
from __future__ import annotations
import textwrap
import time
from collections import OrderedDict
from dataclasses import dataclass
from picograd.codegen.ir import Program, format_program
from picograd.codegen.kernel import Kernel, build_kernel, format_kernel
from picograd.codegen.linearize import linearize
from picograd.codegen.optimize import optimize
from picograd.engine import devices, hooks
from picograd.engine.devices import DeviceSpec, Runner
from picograd.engine.dump import dump_kernel
from picograd.helpers import DEBUG, DUMP, GlobalCounters, colored
from picograd.ops import AstNode
from picograd.schedule import ScheduleItem


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
  """Forget every compiled kernel (names keep counting, so a name never means two kernels)."""
  _cache.clear()


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
