"""The NCCL transport for CUDA buffers: libnccl.so.2 from the nvidia-nccl wheel, called through ctypes.

Each collective is planned as NCCL calls (a printable value: which function, which arguments) and then run on the
stream picograd's kernels use (the legacy default stream, 0), so it is ordered after the kernels that wrote its
inputs and before those that read its output. The stream is polled with a deadline, as MPI requests are. Planning
needs no GPU, so everything up to the launch is unit-tested on any machine.
"""
from __future__ import annotations
import ctypes
import functools
import glob
import os
from dataclasses import dataclass
from picograd.distributed.errors import DistributedError
from picograd.distributed.wait import wait
from picograd.ops import Collective

UNIQUE_ID_BYTES = 128   # NCCL_UNIQUE_ID_BYTES in nccl.h
DATATYPES = {"int8": 0, "uint8": 1, "bool": 1, "int32": 2, "uint32": 3, "int64": 4, "uint64": 5, "float16": 6,
             "float32": 7, "float64": 8, "bfloat16": 9}   # ncclDataType_t
REDOPS = {"sum": 0, "max": 2, "avg": 4}   # ncclRedOp_t
STREAM = 0   # the stream picograd's CUDA kernels launch on (runtime/cuda.py)


class UniqueId(ctypes.Structure):
  """ncclUniqueId: rank 0 makes it, MPI broadcasts its bytes, every rank passes it by value to ncclCommInitRank."""
  _fields_ = [("internal", ctypes.c_char * UNIQUE_ID_BYTES)]


@functools.cache
def library() -> ctypes.CDLL:
  """libnccl.so.2: the nvidia-nccl-cu13 wheel's, else the system's; a DistributedError says how to get it."""
  candidates = []
  try:
    import nvidia.nccl
    candidates = [p for root in nvidia.nccl.__path__ for p in glob.glob(os.path.join(root, "lib", "libnccl.so*"))]
  except ImportError:
    pass
  for path in candidates + ["libnccl.so.2"]:
    try: return ctypes.CDLL(path)
    except OSError: continue
  raise DistributedError("NCCL: libnccl.so.2 not found; install the CUDA extra: pip install -e '.[cuda]' "
                         "(it brings the nvidia-nccl-cu13 wheel)")


def version() -> str:
  """NCCL's version as 'major.minor.patch'."""
  code = ctypes.c_int()
  check(library().ncclGetVersion(ctypes.byref(code)), "ncclGetVersion")
  v = code.value   # 2.9 and later: major * 10000 + minor * 100 + patch; before: major * 1000 + minor * 100 + patch
  major, rest = divmod(v, 10000) if v >= 10000 else divmod(v, 1000)
  return f"{major}.{rest // 100}.{rest % 100}"


def check(result: int, what: str):
  if result != 0:
    lib = library()
    lib.ncclGetErrorString.restype = ctypes.c_char_p
    raise DistributedError(f"NCCL: {what} failed: {lib.ncclGetErrorString(result).decode()} (code {result})")


def unique_id() -> bytes:
  uid = UniqueId()
  check(library().ncclGetUniqueId(ctypes.byref(uid)), "ncclGetUniqueId")
  return ctypes.string_at(ctypes.addressof(uid), UNIQUE_ID_BYTES)   # all of it: `uid.internal` stops at a 0 byte


@dataclass(frozen=True)
class Call:
  """One call a collective makes: into libnccl (ncclAllReduce, ...) or the CUDA driver (a copy into a bucket), its
  arguments in C's order."""
  fn: str
  args: tuple

  def __str__(self) -> str: return f"{self.fn}({', '.join(str(a) for a in self.args)})"


def plan(spec: Collective, out_ptr: int, inputs: list[tuple[int, int]], count: int, dtype_name: str, comm,
         nranks: int) -> list[Call]:
  """The calls that run `spec`: inputs are (device pointer, bytes), `count` elements are in the output. A bucket of
  several inputs is first copied into the output, then reduced (or broadcast) in place."""
  if dtype_name not in DATATYPES: raise DistributedError(f"NCCL: no datatype for {dtype_name}")
  if dtype_name == "bool" and spec.kind in ("all_reduce", "reduce_scatter"):
    raise DistributedError(f"NCCL: {spec.kind} of bool is not supported; cast to an integer type first")
  dt, op, first = DATATYPES[dtype_name], REDOPS[spec.op], inputs[0][0]
  if spec.kind == "all_gather": return [Call("ncclAllGather", (first, out_ptr, count // nranks, dt, comm, STREAM))]
  if spec.kind == "reduce_scatter":
    return [Call("ncclReduceScatter", (first, out_ptr, count, dt, op, comm, STREAM))]
  copies, offset = [], 0
  for ptr, nbytes in inputs if len(inputs) > 1 else ():
    copies.append(Call("cuMemcpyDtoDAsync", (out_ptr + offset, ptr, nbytes, STREAM)))
    offset += nbytes
  send = out_ptr if len(inputs) > 1 else first
  if spec.kind == "broadcast": return copies + [Call("ncclBroadcast", (send, out_ptr, count, dt, spec.root, comm,
                                                                      STREAM))]
  return copies + [Call("ncclAllReduce", (send, out_ptr, count, dt, op, comm, STREAM))]


_CTYPES = {"ncclAllReduce": (ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int,
                             ctypes.c_void_p, ctypes.c_void_p),
           "ncclBroadcast": (ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int,
                             ctypes.c_void_p, ctypes.c_void_p),
           "ncclAllGather": (ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_void_p,
                             ctypes.c_void_p),
           "ncclReduceScatter": (ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int,
                                 ctypes.c_void_p, ctypes.c_void_p)}


def marshal(call: Call) -> tuple:
  """The call's arguments as the ctypes values C expects (what the unit tests check without a GPU)."""
  return tuple(a if isinstance(a, ctypes._SimpleCData) else t(a) for t, a in zip(_CTYPES[call.fn], call.args))


class NCCLCommunicator:
  """One NCCL communicator over a process group's ranks (one GPU each), bootstrapped over MPI."""

  def __init__(self, mpi_comm, timeout: float):
    from picograd.runtime.cuda import CUDADevice
    self.dev, self.timeout = CUDADevice.get(), timeout
    self.rank, self.size = mpi_comm.Get_rank(), mpi_comm.Get_size()
    uid = UniqueId()
    ctypes.memmove(ctypes.addressof(uid), mpi_comm.bcast(unique_id() if self.rank == 0 else None, root=0),
                   UNIQUE_ID_BYTES)
    self.comm = ctypes.c_void_p()
    check(library().ncclCommInitRank(ctypes.byref(self.comm), self.size, uid, self.rank), "ncclCommInitRank")

  def __call__(self, spec: Collective, out, inputs: tuple, device: str):
    calls = plan(spec, out.ptr, [(b.ptr, b.nbytes) for b in inputs], out.size, out.dtype.name, self.comm, self.size)
    driver = self.dev.driver
    for call in calls:
      if call.fn.startswith("nccl"): check(getattr(library(), call.fn)(*marshal(call)), call.fn)
      else: self._driver_check(getattr(driver, call.fn)(*call.args), call.fn)
    what = f"{spec.kind} of {out.nbytes} bytes on CUDA"
    wait(lambda: self._finished(what), what, self.rank, self.size, self.timeout)

  @staticmethod
  def _driver_check(result, what: str):
    if int(result[0]) != 0: raise DistributedError(f"CUDA: {what} failed: {getattr(result[0], 'name', result[0])}")

  def _finished(self, what: str) -> bool:
    """Whether the stream has drained; NCCL's own asynchronous errors (a peer gone) raise here."""
    err = ctypes.c_int()
    check(library().ncclCommGetAsyncError(self.comm, ctypes.byref(err)), "ncclCommGetAsyncError")
    check(err.value, what)
    status, = self.dev.driver.cuStreamQuery(STREAM)
    return int(status) == 0

  def close(self):
    if self.comm: library().ncclCommDestroy(self.comm)
    self.comm = ctypes.c_void_p()
