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
import importlib.util
import itertools
import os
import sys
import time
from typing import Callable
import numpy as np
from picograd.dtype import DType
from picograd.helpers import THREADS
from picograd.runtime import elf

ALIGN = 64                      # one cache line: AVX-512 loads never straddle two
POOL_LIMIT_BYTES = 2 << 30      # freed memory kept for reuse, at most
PARALLEL_MIN_WORK = 1 << 20     # below ~1M operations a kernel runs faster than waking a second thread
CHUNKS_PER_THREAD = 4           # chunks small enough that a slow core does not hold the others up
CPU_FIELDS = ("vendor_id", "cpu family", "model", "model name", "flags")   # /proc/cpuinfo lines naming the CPU

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


@functools.cache
def machine() -> str:
  """Everything besides the kernel that changes its machine code, part of the engine's disk cache key
  (engine/kernel_cache.py): this CPU (vendor, model and feature flags as Linux lists them), and the LLVM that
  compiles, named by llvmlite's library file (size and date): a process whose kernels all come from the disk cache
  then never loads LLVM (~0.1 s) just to ask its version. Without /proc/cpuinfo, LLVM's own view of the CPU.
  (How LLVM optimizes is picograd's code, which the key names by a digest.)"""
  spec = importlib.util.find_spec("llvmlite")
  library = os.stat(os.path.join(os.path.dirname(spec.origin), "binding", "libllvmlite.so"))
  try:
    with open("/proc/cpuinfo") as f: info = f.read().split("\n\n")[0]
    cpu = "\n".join(line for line in info.splitlines() if line.split(":")[0].strip() in CPU_FIELDS)
  except OSError:
    from picograd.runtime import llvm_compile
    cpu = llvm_compile.host_cpu()
  return "\0".join([cpu, f"llvmlite {library.st_size} {library.st_mtime_ns}"])


# ---- programs --------------------------------------------------------------------------------------------------
@functools.cache
def _threads() -> concurrent.futures.ThreadPoolExecutor | None:
  return concurrent.futures.ThreadPoolExecutor(THREADS - 1) if THREADS > 1 else None


class CPUProgram:
  """A compiled kernel: call it with buffers, get the seconds it ran. `parallel` is its outermost loop's extent
  (0: none), which the runtime may split across threads. `obj` is its machine code (an object file), which the
  engine's disk cache keeps; `cache_hit` says it came from there."""

  def __init__(self, name: str, source: str, n_buffers: int, parallel: int = 0, work: int = 0):
    from picograd.runtime import llvm_compile
    self._load(name, llvm_compile.compile_llvm(name, source), n_buffers, parallel, work)
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
    """The machine code into executable memory: by picograd's small loader (elf.py), else by LLVM's."""
    self.name, self.obj, self.parallel, self.work = symbol, obj, parallel, work
    try:
      self._code = elf.LoadedCode(obj)
      address = self._code.address(symbol)
    except elf.Unsupported:
      from picograd.runtime import llvm_compile
      self._code = llvm_compile.load(obj)
      address = self._code.get_function_address(symbol)
    self._fn = ctypes.CFUNCTYPE(None, *[ctypes.c_void_p] * n_buffers, ctypes.c_int64, ctypes.c_int64)(address)

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
    """The machine code's assembly: the source compiled again (an object file alone cannot be printed)."""
    from picograd.runtime import llvm_compile
    return llvm_compile.assembly(self.name, self.source)

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
