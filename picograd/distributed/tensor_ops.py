"""The collectives on Tensors, with PyTorch's names and argument order (torch.distributed).

Each one is a COLLECTIVE step of the lazy graph, realized at the call (every rank makes the same calls, so every
rank runs it, whatever each reads later) after the kernels computing its inputs: it prints at DEBUG=2, shows in
schedules and dumps, and a jitted step replays it. The in-place ones write into their tensors with `assign`, so a
tensor keeps its buffer (what a jitted step needs) and its identity.
"""
from __future__ import annotations
from enum import Enum
from picograd.distributed.errors import DistributedError
from picograd.distributed.group import ProcessGroup, world
from picograd.lazy import LazyBuffer
from picograd.ops import Collective, LoadOps
from picograd.tensor import Tensor


class ReduceOp(Enum):
  """How all_reduce and reduce_scatter combine the ranks' values."""
  SUM = "sum"
  AVG = "avg"
  MAX = "max"


def _group(group) -> ProcessGroup: return world() if group is None else group


def _op(op) -> str:
  if isinstance(op, ReduceOp): return op.value
  if isinstance(op, str) and op.lower() in ("sum", "avg", "max"): return op.lower()
  raise DistributedError(f"collectives: unknown reduce op {op!r}; use ReduceOp.SUM, AVG or MAX")


def collective(tensors: list[Tensor], kind: str, shape: tuple[int, ...], group=None, op="sum", root: int = 0) -> Tensor:
  """A new tensor of `shape`: the COLLECTIVE of `tensors` (one, or a bucket of several of one dtype and device, read
  as one flat buffer) over the group."""
  g = _group(group)
  first = tensors[0]
  if any(t.dtype != first.dtype or t.device != first.device for t in tensors):
    raise DistributedError(f"{kind}: a bucket's tensors must share one dtype and device, got "
                           f"{sorted({(t.dtype.name, t.device) for t in tensors})}")
  spec = Collective(kind, _op(op), root, g.number, g.size, tuple(t.shape for t in tensors))
  srcs = tuple(t.detach().lazydata.contiguous() for t in tensors)
  return Tensor(LazyBuffer.new(first.device, shape, first.dtype, LoadOps.COLLECTIVE, srcs, spec))


def _run(async_op: bool, tensors: list[Tensor]):
  """Run the collective now, as PyTorch does: left lazy, it would run only where its result is realized, and a value
  one rank alone reads (a loss printed on rank 0) would leave that rank waiting for the others until the timeout.
  Returns PyTorch's work handle when asked for one (already complete)."""
  Tensor.realize(*tensors)
  return _Work(tensors) if async_op else None


class _Work:
  def __init__(self, tensors: list[Tensor]): self.tensors = tensors
  def wait(self) -> bool: return True
  def is_completed(self) -> bool: return all(t.lazydata.is_realized for t in self.tensors)


def all_reduce(tensor: Tensor, op=ReduceOp.SUM, group=None, async_op: bool = False):
  """`tensor` becomes the sum (avg, max) of every rank's `tensor`, in place."""
  tensor.assign(collective([tensor], "all_reduce", tensor.shape, group, op))
  return _run(async_op, [tensor])


def broadcast(tensor: Tensor, src: int, group=None, async_op: bool = False):
  """`tensor` becomes rank `src`'s `tensor`, in place."""
  g = _group(group)
  if not 0 <= src < g.size: raise DistributedError(f"broadcast: src={src} is not a rank of {g.size}")
  tensor.assign(collective([tensor], "broadcast", tensor.shape, group, root=src))
  return _run(async_op, [tensor])


def all_gather_into_tensor(output_tensor: Tensor, input_tensor: Tensor, group=None, async_op: bool = False):
  """`output_tensor` (world_size times the input's first dimension) becomes every rank's input, in rank order."""
  g = _group(group)
  shape = (g.size * input_tensor.shape[0],) + input_tensor.shape[1:] if input_tensor.ndim else (g.size,)
  if output_tensor.shape != shape:
    raise DistributedError(f"all_gather_into_tensor: output shape {output_tensor.shape}, expected {shape} for "
                           f"{g.size} ranks of input shape {input_tensor.shape}")
  output_tensor.assign(collective([input_tensor], "all_gather", shape, group))
  return _run(async_op, [output_tensor])


def all_gather(tensor_list: list[Tensor], tensor: Tensor, group=None, async_op: bool = False):
  """tensor_list[r] becomes rank r's `tensor`, each in place."""
  g = _group(group)
  if len(tensor_list) != g.size: raise DistributedError(f"all_gather: {len(tensor_list)} outputs for {g.size} ranks")
  gathered = collective([tensor], "all_gather", (g.size,) + tensor.shape, group)
  for r, out in enumerate(tensor_list): out.assign(gathered[r])
  return _run(async_op, tensor_list)


def reduce_scatter_tensor(output: Tensor, input: Tensor, op=ReduceOp.SUM, group=None, async_op: bool = False):
  """`output` becomes this rank's slice (along the first dimension) of the reduction of every rank's `input`."""
  g = _group(group)
  if input.shape[:1] != (g.size * output.shape[0],) or input.shape[1:] != output.shape[1:]:
    raise DistributedError(f"reduce_scatter_tensor: input shape {input.shape} is not {g.size} slices of the output's "
                           f"{output.shape}")
  output.assign(collective([input], "reduce_scatter", output.shape, group, op))
  return _run(async_op, [output])


def reduce_scatter(output: Tensor, input_list: list[Tensor], op=ReduceOp.SUM, group=None, async_op: bool = False):
  """`output` becomes the reduction over the ranks of their input_list[rank]."""
  g = _group(group)
  if len(input_list) != g.size or any(t.shape != output.shape for t in input_list):
    raise DistributedError(f"reduce_scatter: needs {g.size} inputs of the output's shape {output.shape}, got "
                           f"{[t.shape for t in input_list]}")
  output.assign(collective(list(input_list), "reduce_scatter", output.shape, group, op))
  return _run(async_op, [output])


def barrier(group=None, async_op: bool = False, device_ids=None):
  """Wait for every rank (or raise within the timeout): pending work is not run, as in PyTorch."""
  _group(group).mpi.barrier()


def get_rank(group=None) -> int: return _group(group).rank
def get_world_size(group=None) -> int: return _group(group).size
def get_backend(group=None) -> str: return _group(group).backend
