"""Lower a Kernel to the flat IR, in four steps a reader can follow in `linearize`:

1. the output indices, from one of three launch shapes: CPU loops over the LOOP axes, a GPU thread per output,
   or a GPU block per output whose threads share the reduction;
2. the reduction, if any: one accumulator per UPCAST tile, updated in loops over the REDUCE axes (and, with a
   block per output, combined across the block's threads: codegen/linearize_block.py; with shared-memory tiles,
   launch and reduction come from codegen/linearize_smem.py); its results are bound as the reduce node's values;
3. one store per tile, of the op tree above the reduce lowered at the output indices;
4. closing what step 1 opened.

Op-tree nodes become IR through codegen/rules.py, which lowers the semantic rules every backend shares.
"""
from __future__ import annotations
import functools
import itertools
from dataclasses import dataclass, field
from typing import Callable
from picograd.codegen import rules
from picograd.codegen.builder import IDX, IRBuilder
from picograd.codegen.index_width import INDEX32_MAX, largest_index, narrow_indices
from picograd.codegen.ir import BufferArg, IROps, Launch, Program, check_program
from picograd.codegen.kernel import Axis, Kernel
from picograd.codegen.optimize_gpu import GPU_VECTOR_BYTES, vector_view
from picograd.codegen.linearize_block import combine_across_block
from picograd.codegen.linearize_mma import lower_mma
from picograd.codegen.linearize_smem import lower_shared_tiles
from picograd.dtype import DType
from picograd.helpers import postorder, prod
from picograd.ops import AstNode, BinaryOps, BufferOps, CastOp, ReduceOps, TernaryOps, reduce_identity

_COMBINE = {ReduceOps.SUM: BinaryOps.ADD, ReduceOps.MAX: BinaryOps.MAX}


def linearize(k: Kernel, name: str, buffer_dtypes: tuple[DType, ...]) -> Program:
  b = IRBuilder()
  bufs = [b.emit(IROps.BUFFER, dt, (), BufferArg(i, f"data{i}", i == 0)) for i, dt in enumerate(buffer_dtypes)]
  low = _Lowerer(b, bufs, gpu=bool(k.threads), vector=(len(k.full_shape) - 1, k.vector) if k.vector else None)
  space = _mma_space(b, low, k) if k.mma else _lower_tiles(b, low, k)
  for close in space.closers: close()
  insts = tuple(b.insts)
  if k.threads and largest_index(k.ast, k.full_shape, k.threads) <= INDEX32_MAX: insts = narrow_indices(insts)
  check_program(insts)
  return Program(name, insts, buffer_dtypes, _count_flops(k), space.launch, space.parallel)


def _mma_space(b: IRBuilder, low: _Lowerer, k: Kernel) -> _Space:
  launch, closers = lower_mma(b, low, k)
  return _Space([], launch, closers=closers)


def _lower_tiles(b: IRBuilder, low: _Lowerer, k: Kernel) -> _Space:
  """Steps 1-3 for every kernel but a tensor-core one (codegen/linearize_mma.py)."""
  tiles = list(itertools.product(*(range(k.full_shape[a]) for a in k.axes(Axis.UPCAST))))
  red = k.reduce_node
  if k.smem:   # shared-memory tiles: launch and reduction in codegen/linearize_smem.py
    outer, launch, accs = lower_shared_tiles(b, low.bufs, k)
    space = _Space(outer, launch)
    post = outer + [b.const(0)]   # the output indices, the reduce axis at 0
  else:
    space = _launch_shape(k)(b, k)
    post = space.outer + [b.const(0)] * len(k.axes(Axis.REDUCE))   # the output indices, reduce axes at 0
    accs = _reduce(b, low, k, red, space.outer, tiles) if red is not None else []
  for tile, acc in zip(tiles, accs): low.bind(red, _at(b, post, tile), acc)
  _store(b, low, k, post, tiles)
  return space


def _at(b: IRBuilder, idxs: list[int], tile: tuple[int, ...]) -> list[int]:
  """Indices extended by one tile's UPCAST positions."""
  return idxs + [b.const(t) for t in tile]


# ---- step 1: launch shapes ---------------------------------------------------------------------------------------
@dataclass
class _Space:
  """Where the output indices come from, and what must be closed after the stores."""
  outer: list[int]                     # one index per LOOP (and BLOCK) axis
  launch: Launch | None = None         # GPU only
  parallel: int = 0                    # CPU: extent of the outermost loop, whose bounds the caller passes
  closers: list[Callable] = field(default_factory=list)


def _launch_shape(k: Kernel) -> Callable[[IRBuilder, Kernel], _Space]:
  if not k.threads: return _cpu_loops
  return _block_per_output if k.group else _thread_per_output


def _cpu_loops(b: IRBuilder, k: Kernel) -> _Space:
  """A loop per LOOP (and BLOCK) axis; the first loop's bounds come from the caller, which may split it across
  threads (so it is never a BLOCK axis: its blocks share the outputs)."""
  axes = [a for a, kind in enumerate(k.kinds) if kind in (Axis.LOOP, Axis.BLOCK)]
  assert not axes or k.kinds[axes[0]] is Axis.LOOP, "the parallel loop must be an output axis"
  sizes = [k.full_shape[a] for a in axes]
  loops = [b.open_loop(s, a, parallel=i == 0) for i, (s, a) in enumerate(zip(sizes, axes))]
  return _Space(loops, None, sizes[0] if sizes else 0, [functools.partial(b.close_loop, r) for r in reversed(loops)])


def _thread_per_output(b: IRBuilder, k: Kernel) -> _Space:
  """Thread (block * threads + thread) computes that output; the threads past the last output do nothing."""
  sizes = [k.full_shape[a] for a in k.axes(Axis.LOOP)]
  outputs = prod(sizes)
  launch = Launch(-(-outputs // k.threads), k.threads)
  gid = b.add(b.mul(b.special("block"), k.threads), b.special("thread"))
  if launch.blocks * launch.threads == outputs: return _Space(b.unravel(gid, sizes), launch)
  guard = b.open_if(b.lt(gid, b.const(outputs)))
  return _Space(b.unravel(gid, sizes), launch, closers=[functools.partial(b.close_if, guard)])


def _block_per_output(b: IRBuilder, k: Kernel) -> _Space:
  """Block i computes output i; its threads split the last REDUCE axis (see _reduce_loops)."""
  assert not k.axes(Axis.UPCAST), "a block per output computes one output"
  sizes = [k.full_shape[a] for a in k.axes(Axis.LOOP)]
  return _Space(b.unravel(b.special("block"), sizes), Launch(prod(sizes), k.threads))


# ---- step 2: the reduction ---------------------------------------------------------------------------------------
def _reduce(b: IRBuilder, low: _Lowerer, k: Kernel, red: AstNode, outer: list[int], tiles) -> list[int]:
  """The reduction's result per tile: an accumulator per tile, updated once per element of the REDUCE axes."""
  combine = _COMBINE[red.op]
  accs = [b.emit(IROps.ACC, red.dtype, (), reduce_identity(red.op, red.dtype)) for _ in tiles]
  if k.axes(Axis.BLOCK): _resume_partial_sums(b, low, k, outer, tiles, accs)
  loops, ridxs, in_range = _reduce_loops(b, k)
  for acc, tile in zip(accs, tiles):
    new = rules.alu(b, combine, red.dtype, acc, low.lower(red.srcs[0], _at(b, outer + ridxs, tile)))
    if in_range is not None: new = b.alu(TernaryOps.WHERE, red.dtype, in_range, new, acc)
    b.emit(IROps.ASSIGN, None, (acc, new))
  for r in reversed(loops): b.close_loop(r)
  return [combine_across_block(b, k.threads, combine, red.dtype, accs[0])] if k.group else accs


def _resume_partial_sums(b: IRBuilder, low: _Lowerer, k: Kernel, outer: list[int], tiles, accs: list[int]):
  """With the reduction split into blocks (Axis.BLOCK), each block after the first starts from the partial sums
  the blocks before it stored in the output (the optimizer blocks only kernels that store the reduction as is)."""
  first = None
  for a in k.axes(Axis.BLOCK): first = b.and_(first, b.eq(outer[a], b.const(0)))
  idxs = outer + [b.const(0)] * len(k.axes(Axis.REDUCE))
  for acc, tile in zip(accs, tiles):
    offset, _ = b.st_index(k.ast.arg[1], _at(b, idxs, tile))
    partial = b.emit(IROps.LOAD, b.dtype_of(acc), (low.bufs[0], offset))
    b.emit(IROps.ASSIGN, None, (acc, b.where(first, b.const(reduce_identity(ReduceOps.SUM, b.dtype_of(acc)),
                                                                 b.dtype_of(acc)), partial)))


def _reduce_loops(b: IRBuilder, k: Kernel) -> tuple[list[int], list[int], int | None]:
  """The loops over the REDUCE axes, the reduce indices, and (a block per output, whose last round is partial)
  whether this thread's element exists."""
  raxes = k.axes(Axis.REDUCE)
  # with registers tiled by hand, LLVM must not also vectorize the reduce loop (it would gather)
  vectorize = k.vector_reduce or not k.axes(Axis.UPCAST)
  loops = [b.open_loop(k.full_shape[a], a, vectorize=vectorize) for a in (raxes[:-1] if k.group else raxes)]
  if not k.group: return loops, list(loops), None
  step, r, in_range = _strided_by_threads(b, k, raxes[-1])
  return loops + [step], loops + [r], in_range


def _strided_by_threads(b: IRBuilder, k: Kernel, axis: int) -> tuple[int, int, int | None]:
  """Thread t takes elements t, t + threads, ... of `axis`: (the loop, the element, whether it exists). In a
  partial last round a thread reads a valid element and leaves its accumulator alone."""
  size = k.full_shape[axis]
  step = b.open_loop(-(-size // k.threads), axis)
  r = b.add(b.mul(step, k.threads), b.special("thread"))
  if size % k.threads == 0: return step, r, None
  in_range = b.lt(r, b.const(size))
  return step, b.alu(TernaryOps.WHERE, IDX, in_range, r, b.const(size - 1)), in_range


# ---- step 3: the stores ------------------------------------------------------------------------------------------
def _store(b: IRBuilder, low: _Lowerer, k: Kernel, post: list[int], tiles):
  """One store per tile, or per `k.vector` neighbouring tiles where the output's view allows a vector store; with a
  block per output, thread 0 stores the block's result."""
  guard = b.open_if(b.eq(b.special("thread"), b.const(0))) if k.group else None
  st = k.ast.arg[1]
  lanes = k.vector if k.vector and vector_view(st, len(k.full_shape) - 1, k.vector) else 1
  for first in range(0, len(tiles), lanes):   # tiles vary fastest along the last axis: lanes of one vector
    outs = [low.lower(k.ast.srcs[0], _at(b, post, tile)) for tile in tiles[first:first + lanes]]
    offset, _ = b.st_index(st, _at(b, post, tiles[first]))
    b.emit(IROps.STORE, None, (low.bufs[0], offset, *outs))
  if guard is not None: b.close_if(guard)


# ---- op-tree nodes -----------------------------------------------------------------------------------------------
class _Lowerer:
  """Emits the IR of op-tree nodes at given loop indices; each (node, indices) pair is emitted once. A reduce
  node has no rule: its values are the reduction's results, bound by `bind` before anything above it is lowered."""

  def __init__(self, b: IRBuilder, bufs: list[int], gpu: bool = False, vector: tuple[int, int] | None = None):
    self.b, self.bufs, self.gpu = b, bufs, gpu
    self.vector = vector   # GPU: (the axis, lanes) of vector loads, where a view allows them
    self.values: dict[tuple[AstNode, tuple[int, ...]], int] = {}

  def bind(self, node: AstNode, idxs: list[int], value: int): self.values[(node, tuple(idxs))] = value

  def lower(self, node: AstNode, idxs: list[int]) -> int:
    key = tuple(idxs)
    for n in postorder([node], lambda n: n.srcs, skip=lambda n: (n, key) in self.values):   # unlowered, sources first
      rule = _NODE_RULES.get(n.op, _Lowerer._alu)
      self.values[(n, key)] = rule(self, n, idxs, [self.values[(s, key)] for s in n.srcs])
    return self.values[(node, key)]

  def _load(self, n: AstNode, idxs, srcs) -> int:
    buf, st = n.arg
    if self.vector and n.dtype.itemsize * self.vector[1] == GPU_VECTOR_BYTES and vector_view(st, *self.vector):
      return self._vector_lane(n, idxs)
    offset, valid = self.b.st_index(st, idxs)
    return self.b.emit(IROps.LOAD, n.dtype, (self.bufs[buf], offset) + (() if valid is None else (valid,)))

  def _vector_lane(self, n: AstNode, idxs) -> int:
    """One lane of the vector load at the lanes' first tile position (emitted once: the builder shares it)."""
    (buf, st), (axis, lanes), b = n.arg, self.vector, self.b
    pos = b.value_of(idxs[axis])
    offset, _ = b.st_index(st, idxs[:axis] + [b.const(pos - pos % lanes)] + idxs[axis + 1:])
    vec = b.emit(IROps.LOAD, n.dtype, (self.bufs[buf], offset), lanes)
    return b.emit(IROps.LANE, n.dtype, (vec,), pos % lanes)

  def _const(self, n: AstNode, idxs, srcs) -> int:
    _, valid = self.b.st_index(n.arg[1], idxs)
    return self._masked(self.b.const(n.arg[0], n.dtype), valid, n.dtype)

  def _index(self, n: AstNode, idxs, srcs) -> int:
    offset, valid = self.b.st_index(n.arg, idxs)
    # on a GPU an explicit CAST marks where index math ends and data begins, even to the same type: the index
    # math before it may become 32-bit (codegen/index_width.py), the data after it keeps its type
    value = self.b.emit(IROps.CAST, n.dtype, (offset,)) if self.gpu else rules.cast(self.b, offset, n.dtype)
    return self._masked(value, valid, n.dtype)

  def _masked(self, v: int, valid: int | None, dt: DType) -> int:
    """v where the view is valid, else 0 (padding)."""
    if valid is None: return v
    return self.b.alu(TernaryOps.WHERE, dt, valid, v, self.b.const(reduce_identity(ReduceOps.SUM, dt), dt))

  def _gather(self, n: AstNode, idxs, srcs) -> int:
    """Element [row, col] of a (rows, cols) buffer. A row out of range reads nothing and gives NaN (0 for
    integers), so a bad index computed in the graph shows in the result instead of reading other memory."""
    b, (buf, rows, cols) = self.b, n.arg
    row, col = (rules.cast(b, s, IDX) for s in srcs)
    valid = b.and_(b.lt(row, b.const(rows)), b.lt(b.const(-1), row))
    v = b.emit(IROps.LOAD, n.dtype, (self.bufs[buf], b.add(b.alu(BinaryOps.MUL, IDX, row, b.const(cols)), col), valid))
    missing = float("nan") if n.dtype.is_float else reduce_identity(ReduceOps.SUM, n.dtype)
    return b.where(valid, v, b.const(missing, n.dtype))

  def _cast(self, n: AstNode, idxs, srcs) -> int: return rules.cast(self.b, srcs[0], n.dtype)
  def _bitcast(self, n: AstNode, idxs, srcs) -> int: return self.b.emit(IROps.BITCAST, n.dtype, tuple(srcs))
  def _alu(self, n: AstNode, idxs, srcs) -> int: return rules.alu(self.b, n.op, n.dtype, *srcs)

  def _unbound_reduce(self, n: AstNode, idxs, srcs) -> int:
    raise AssertionError(f"{n.op.name} lowered at indices the reduction did not bind")


_NODE_RULES = {BufferOps.LOAD: _Lowerer._load, BufferOps.CONST: _Lowerer._const, BufferOps.INDEX: _Lowerer._index,
               BufferOps.GATHER: _Lowerer._gather, CastOp.CAST: _Lowerer._cast, CastOp.BITCAST: _Lowerer._bitcast,
               ReduceOps.SUM: _Lowerer._unbound_reduce, ReduceOps.MAX: _Lowerer._unbound_reduce}


def _count_flops(k: Kernel) -> int:
  inner = set(k.reduce_node.walk()) if k.reduce_node is not None else set()
  alu = [n for n in k.ast.walk() if n.op not in BufferOps and n.op not in CastOp]
  return sum(prod(k.full_shape) if n in inner else prod(k.output_shape) for n in alu)
