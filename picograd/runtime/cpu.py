"""The CPU runtime: host memory buffers, LLVM IR compiled by llvmlite for this machine's CPU, calls via ctypes.

It sees only source text and buffers: what the kernels compute is the renderer's business.
"""
from __future__ import annotations
import ctypes
import functools
import time
import numpy as np
import llvmlite.binding as llvm
from picograd.dtype import DType
from picograd.errors import CompileError

ALIGN = 64   # one cache line: AVX-512 loads never straddle two


class CPUBuffer:
  """`size` elements of `dtype` in host memory, aligned, freed when the last reference goes."""

  def __init__(self, size: int, dtype: DType):
    self.size, self.dtype = size, dtype
    self.nbytes = size * dtype.itemsize
    raw = np.empty(self.nbytes + ALIGN, dtype=np.uint8)
    start = -raw.ctypes.data % ALIGN
    self._mem = raw[start:start + self.nbytes]
    self.ptr = self._mem.ctypes.data

  def copyin(self, array: np.ndarray):
    self._mem[:] = np.ascontiguousarray(array).reshape(-1).view(np.uint8)

  def numpy(self) -> np.ndarray:
    """A copy of the contents as a flat array."""
    return self.view().copy()

  def view(self) -> np.ndarray:
    """The contents as a typed flat array, without copying."""
    return self._mem.view(self.dtype.np)


def new_target_machine() -> llvm.TargetMachine:
  """This CPU by name and features, so LLVM uses every vector unit it has (AVX-512 on this machine)."""
  llvm.initialize_native_target()
  llvm.initialize_native_asmprinter()
  target = llvm.Target.from_default_triple()
  return target.create_target_machine(cpu=llvm.get_host_cpu_name(), features=llvm.get_host_cpu_features().flatten(),
                                      opt=3, codemodel="jitdefault")


@functools.cache
def target_machine() -> llvm.TargetMachine:
  """The one shared for optimizing and printing assembly. An execution engine owns (and frees) its own."""
  return new_target_machine()


def _optimize(module: llvm.ModuleRef):
  tuning = llvm.create_pipeline_tuning_options(speed_level=3)
  tuning.loop_vectorization = True
  tuning.slp_vectorization = True
  tuning.loop_unrolling = True
  builder = llvm.create_pass_builder(target_machine(), tuning)
  builder.getModulePassManager().run(module, builder)


class CPUProgram:
  """A compiled kernel: call it with buffers, get the seconds it ran."""

  def __init__(self, name: str, source: str, n_buffers: int):
    self.name, self.source = name, source
    try:
      module = llvm.parse_assembly(source)
      module.verify()
    except RuntimeError as e:
      raise CompileError(f"LLVM rejected kernel {name}: {e}", source) from None
    module.triple = target_machine().triple
    _optimize(module)
    self._module = module
    self._engine = llvm.create_mcjit_compiler(module, new_target_machine())
    self._engine.finalize_object()
    self._fn = ctypes.CFUNCTYPE(None, *[ctypes.c_void_p] * n_buffers)(self._engine.get_function_address(name))

  def assembly(self) -> str:
    return target_machine().emit_assembly(self._module)

  def optimized_ir(self) -> str:
    return str(self._module)

  def __call__(self, *buffers: CPUBuffer) -> float:
    args = [b.ptr for b in buffers]
    start = time.perf_counter()
    self._fn(*args)
    return time.perf_counter() - start
