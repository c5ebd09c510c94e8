"""The MPI transport (through mpi4py): each collective on host buffers, as a non-blocking MPI call polled with a
deadline. Buffers on a GPU are staged through the host when no NCCL communicator handles them."""
from __future__ import annotations
import hashlib
import numpy as np
from picograd.distributed.errors import DistributedError
from picograd.distributed.wait import wait
from picograd.ops import Collective

HEADER_BYTES = 256   # per rank, what a collective is about to exchange: its hash, then as much of its text as fits


def load_mpi():
  """mpi4py's MPI module (initializing MPI), or a DistributedError saying how to install it."""
  try:
    from mpi4py import MPI
  except ImportError as e:
    raise DistributedError(f"distributed: MPI is not available ({e}); install it: pip install -e '.[distributed]' "
                           "(mpi4py and the MPICH wheel, which puts mpiexec next to python)") from None
  return MPI


def describe(spec: Collective, dtype_name: str) -> str:
  """What a rank is about to exchange, in words two ranks compare."""
  shapes = ", ".join(str(s) for s in spec.shapes) or "nothing"
  return f"{spec} of {dtype_name} {shapes}"


class MPICommunicator:
  """Runs the collectives of one process group on an MPI communicator, each after a check that every rank is
  about to run the same one on the same shapes."""

  def __init__(self, comm, timeout: float):
    self.MPI, self.comm, self.timeout = load_mpi(), comm, timeout
    self.rank, self.size = comm.Get_rank(), comm.Get_size()

  def __call__(self, spec: Collective, out, inputs: tuple, device: str):
    self.agree(spec.kind, describe(spec, out.dtype.name))
    if out.dtype.name == "bfloat16" and spec.kind in ("all_reduce", "reduce_scatter"):
      raise DistributedError(f"{spec.kind}: bfloat16 reductions over MPI are not supported; cast to float32 first")
    if hasattr(out, "view"): return self.exchange(spec, out.view(), [b.view() for b in inputs])
    result = np.empty(out.size, out.dtype.np)   # a device buffer: through the host
    self.exchange(spec, result, [b.numpy() for b in inputs])
    out.copyin(result)

  def wait(self, request, what: str): wait(request.Test, what, self.rank, self.size, self.timeout)

  def agree(self, what: str, description: str):
    """Exchange descriptions; raise naming this rank's and the first differing one."""
    mine = np.zeros(HEADER_BYTES, np.uint8)
    text = hashlib.sha1(description.encode()).digest()[:8] + description.encode()[:HEADER_BYTES - 8]
    mine[:len(text)] = np.frombuffer(text, np.uint8)
    everyone = np.zeros((self.size, HEADER_BYTES), np.uint8)
    self.wait(self.comm.Iallgather(mine, everyone), what)
    for r, row in enumerate(everyone):
      if bytes(row[:8]) != bytes(mine[:8]):
        theirs = bytes(row[8:]).rstrip(b"\0").decode(errors="replace")
        raise DistributedError(f"{what}: the ranks disagree: rank {self.rank} has {description}, rank {r} has "
                               f"{theirs}")

  def barrier(self): self.wait(self.comm.Ibarrier(), "barrier")

  def exchange(self, spec: Collective, out: np.ndarray, inputs: list[np.ndarray]):
    """`out` (a flat host array) from `inputs` across the ranks, as `spec` says."""
    what = f"{spec.kind} of {out.nbytes} bytes"
    if spec.kind in ("all_reduce", "broadcast"):
      np.concatenate(inputs, out=out) if len(inputs) > 1 else np.copyto(out, inputs[0])
      if spec.kind == "broadcast": return self.wait(self.comm.Ibcast(out, root=spec.root), what)
      return self.reduce(spec, out, lambda a: self.comm.Iallreduce(self.MPI.IN_PLACE, a, op=self._op(spec)), what)
    if spec.kind == "all_gather": return self.wait(self.comm.Iallgather(inputs[0], out), what)
    send = np.concatenate(inputs) if len(inputs) > 1 else inputs[0]
    self.reduce(spec, out, lambda a: self.comm.Ireduce_scatter_block(send.astype(a.dtype, copy=False), a,
                                                                      op=self._op(spec)), what)

  def reduce(self, spec: Collective, out: np.ndarray, start, what: str):
    """Run a reducing call on `out` in a dtype MPI adds exactly (16-bit floats in float32), then average."""
    wide = out.astype(np.float32) if out.dtype == np.float16 else out
    self.wait(start(wide), what)
    if spec.op == "avg":
      if wide.dtype.kind != "f": raise DistributedError(f"{what}: avg needs floats, got {out.dtype}")
      wide /= self.size
    if wide is not out: np.copyto(out, wide)

  def _op(self, spec: Collective):
    return self.MPI.MAX if spec.op == "max" else self.MPI.SUM
