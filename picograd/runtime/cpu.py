"""The CPU runtime: host memory buffers, LLVM IR compiled by llvmlite for this machine's CPU, calls via ctypes.

It sees only source text and buffers: what the kernels compute is the renderer's business. Three things make
it fast beyond the code itself:
  - freed buffers go to a pool keyed by size, so a steady-state training step touches no fresh pages
    (a fresh 40 MB buffer costs ~20 ms of page faults here);
  - every kernel takes (start, end) for its outermost loop, so a large one is split into chunks that the
    threads take one at a time (a core busy elsewhere then slows nobody down);
  - compiled machine code is an object file, which the engine caches on disk (engine/kernel_cache.py).
"""
from __future__ import annotations
import concurrent.futures
import ctypes
import functools
import itertools
import sys
import time
from typing import Callable
import numpy as np
import llvmlite
import llvmlite.binding as llvm
from picograd.dtype import DType
from picograd.errors import CompileError
from picograd.helpers import THREADS

ALIGN = 64                      # one cache line: AVX-512 loads never straddle two
POOL_LIMIT_BYTES = 2 << 30      # freed memory kept for reuse, at most
PARALLEL_MIN_WORK = 1 << 20     # below ~1M operations a kernel runs faster than waking a second thread
CHUNKS_PER_THREAD = 4           # chunks small enough that a slow core does not hold the others up

_pool: dict[int, list[tuple[np.ndarray, np.ndarray, int]]] = {}   # nbytes -> (raw, aligned memory, its address)
_pool_bytes = 0


def _take(nbytes: int) -> tuple[np.ndarray, np.ndarray, int]:
  """Memory for `nbytes`, aligned: the raw array, the aligned slice of it and that slice's address (asking NumPy
  for an address costs microseconds, so a pooled buffer keeps its own)."""
  global _pool_bytes
  if _pool.get(nbytes):
    _pool_bytes -= nbytes
    return _pool[nbytes].pop()
  raw = np.empty(nbytes + ALIGN, dtype=np.uint8)
  start = -raw.ctypes.data % ALIGN
  return raw, raw[start:start + nbytes], raw.ctypes.data + start


def _give_back(memory: tuple[np.ndarray, np.ndarray, int], nbytes: int):
  global _pool_bytes
  if _pool_bytes + nbytes > POOL_LIMIT_BYTES: return
  _pool.setdefault(nbytes, []).append(memory)
  _pool_bytes += nbytes


class CPUBuffer:
  """`size` elements of `dtype` in host memory, aligned; its memory returns to the pool when the last reference goes."""

  def __init__(self, size: int, dtype: DType):
    self.size, self.dtype = size, dtype
    self.nbytes = size * dtype.itemsize
    self._memory = _take(self.nbytes)
    _, self._mem, self.ptr = self._memory

  def __del__(self):
    if sys.is_finalizing() or not hasattr(self, "_memory"): return   # no memory if __init__ failed
    _give_back(self._memory, self.nbytes)

  def __deepcopy__(self, memo) -> CPUBuffer:
    """Memory of its own with the same contents (a copy must never write through the original's pointer)."""
    out = memo[id(self)] = CPUBuffer(self.size, self.dtype)
    out.copyin(self.view())
    return out

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
  tuning.loop_unrolling = False   # LLVM's unroller adds little to vectorized loops and, on bools, takes seconds
  builder = llvm.create_pass_builder(target_machine(), tuning)
  builder.getModulePassManager().run(module, builder)


def machine() -> str:
  """Everything besides the kernel that changes its machine code: this CPU, its features, the LLVM and pass
  pipeline versions. Part of the engine's disk cache key (engine/kernel_cache.py)."""
  return "\0".join([llvm.get_host_cpu_name(), llvm.get_host_cpu_features().flatten(), llvmlite.__version__,
                    ".".join(map(str, llvm.llvm_version_info)), "O3"])


def _module(name: str, source: str) -> llvm.ModuleRef:
  try:
    module = llvm.parse_assembly(source)
    module.verify()
  except RuntimeError as e:
    raise CompileError(f"LLVM rejected kernel {name}: {e}", source) from None
  module.triple = target_machine().triple
  return module


def compile_llvm(name: str, source: str) -> bytes:
  """LLVM IR -> an object file of machine code for this CPU, by the one shared target machine (a fresh one per
  kernel costs ~1 ms, and an execution engine generating code itself another ~1 ms of setup)."""
  module = _module(name, source)
  _optimize(module)
  return target_machine().emit_object(module)


# ---- programs --------------------------------------------------------------------------------------------------
@functools.cache
def _threads() -> concurrent.futures.ThreadPoolExecutor | None:
  return concurrent.futures.ThreadPoolExecutor(THREADS - 1) if THREADS > 1 else None


class CPUProgram:
  """A compiled kernel: call it with buffers, get the seconds it ran. `parallel` is its outermost loop's extent
  (0: none), which the runtime may split across threads. `obj` is its machine code (an object file), which the
  engine's disk cache keeps; `cache_hit` says it came from there."""

  def __init__(self, name: str, source: str, n_buffers: int, parallel: int = 0, work: int = 0):
    self._load(name, compile_llvm(name, source), n_buffers, parallel, work)
    self.source, self.cache_hit = source, False

  @classmethod
  def from_object(cls, symbol: str, obj: bytes, n_buffers: int, parallel: int, work: int,
                  source: Callable[[], str]) -> CPUProgram:
    """A program from machine code compiled before (a disk cache hit): `source` gives its LLVM IR when asked."""
    self = cls.__new__(cls)
    self._load(symbol, obj, n_buffers, parallel, work)
    self._source_fn, self.cache_hit = source, True
    return self

  def _load(self, symbol: str, obj: bytes, n_buffers: int, parallel: int, work: int):
    self.name, self.obj, self.parallel, self.work = symbol, obj, parallel, work
    empty = llvm.parse_assembly("")
    empty.triple = target_machine().triple
    self._engine = llvm.create_mcjit_compiler(empty, new_target_machine())
    self._engine.add_object_file(llvm.ObjectFileRef.from_data(obj))
    self._engine.finalize_object()
    self._fn = ctypes.CFUNCTYPE(None, *[ctypes.c_void_p] * n_buffers, ctypes.c_int64, ctypes.c_int64)(
      self._engine.get_function_address(symbol))

  def __getattr__(self, attr: str):
    if attr != "source" or "_source_fn" not in self.__dict__: raise AttributeError(attr)
    self.source = self._source_fn()   # rebuilt only for printing (DEBUG=4, dumps, VIZ), then kept
    return self.source

  @classmethod
  def from_program(cls, program, source: str) -> CPUProgram:
    """The compile signature every device shares, (Program, source) -> runner; the constructor takes only what the
    CPU needs of the program, so hand-written LLVM IR compiles too."""
    return cls(program.name, source, len(program.buffer_dtypes), program.parallel, program.flops)

  def assembly(self) -> str:
    """The machine code's assembly: the source optimized again (the object file alone cannot be printed)."""
    module = _module(self.name, self.source)
    _optimize(module)
    return target_machine().emit_assembly(module)

  def __call__(self, *buffers: CPUBuffer) -> float:
    args = [b.ptr for b in buffers]
    start = time.perf_counter()
    pool = _threads()
    work = self.work + sum(b.nbytes for b in buffers) // 4
    if pool is None or self.parallel < 2 or work < PARALLEL_MIN_WORK: self._fn(*args, 0, max(self.parallel, 1))
    else: self._run_split(pool, args)
    return time.perf_counter() - start

  def _run_split(self, pool, args):
    """Chunks of the outermost loop, taken one at a time by this thread and the pool's (work stealing)."""
    n = self.parallel
    chunks = min(n, CHUNKS_PER_THREAD * THREADS)
    taken = itertools.count()   # next() on it is atomic under the GIL

    def work():
      while (c := next(taken)) < chunks: self._fn(*args, c * n // chunks, (c + 1) * n // chunks)
    helpers = [pool.submit(work) for _ in range(THREADS - 1)]
    work()
    for h in helpers: h.result()
