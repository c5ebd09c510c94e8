"""Lowering a register-tiled A @ B through shared memory (Kernel.smem): the reduction of a block's tiles.

A block of (rt x ct) threads computes (rt*tm) x (ct*tn) outputs, each thread its tm x tn register tile. The
reduction goes in stages of `step` elements: the block's threads together copy a (rows x step) tile of A and a
(step x cols) tile of B from global memory into shared memory (consecutive threads reading consecutive addresses,
four floats at a time where the view allows), wait at a barrier, and then each thread reads its tm values of A
and tn values of B per reduction element from shared memory (vector reads: both tiles are stored reduction-major,
so a thread's values are neighbours) into tm x tn FMAs, the stage's steps unrolled. A second barrier keeps the next
stage's copy from overwriting values still being read.
"""
from __future__ import annotations
import itertools
from dataclasses import dataclass
from typing import Callable
from picograd.codegen import rules
from picograd.codegen.builder import IRBuilder
from picograd.codegen.ir import IROps, Launch, LocalArg
from picograd.codegen.kernel import Axis, Kernel
from picograd.codegen.optimize_gpu import GPU_VECTOR_BYTES, smem_operands, vector_view
from picograd.dtype import dtypes
from picograd.helpers import prod
from picograd.ops import AstNode, BinaryOps

F32 = dtypes.float32


@dataclass(frozen=True)
class _Operand:
  """One input's tile: its load, the LOOP and UPCAST axes it walks (rows of A, columns of B), the tile's length
  along them, and this block's index along the LOOP axis."""
  load: AstNode
  loop_axis: int
  up_axis: int
  span: int
  block: int


@dataclass(frozen=True)
class TileCopy:
  """What a block copies into a shared tile: `span` positions m (rows of A or columns of B) by `step` reduction
  elements kk of one input's load, whose kernel indices `indices(m, kk)` gives; `m_axis` is the kernel axis whose
  stride 1 makes the input contiguous along m. The tile is m-fastest (tile[kk * span + m]) or kk-fastest."""
  load: AstNode
  span: int
  step: int
  m_axis: int
  red_axis: int
  indices: Callable[[int, int], list[int]]
  m_fastest: bool

  def at(self, b: IRBuilder, m: int, kk: int) -> int:
    return b.add(b.mul(kk, self.span), m) if self.m_fastest else b.add(b.mul(m, self.step), kk)


def lower_shared_tiles(b: IRBuilder, bufs: list[int], k: Kernel) -> tuple[list[int], Launch, list[int]]:
  """(the output indices of this thread's tile, the launch, one accumulator per tile position)."""
  rt, ct, step = k.smem
  *batch_axes, rows, cols = k.axes(Axis.LOOP)
  up_r, up_c = k.axes(Axis.UPCAST)
  tm, tn = k.full_shape[up_r], k.full_shape[up_c]
  sizes = [k.full_shape[a] for a in batch_axes] + [k.full_shape[rows] // rt, k.full_shape[cols] // ct]
  *batch, block_r, block_c = b.unravel(b.special("block"), sizes)
  thread = b.special("thread")
  t_r, t_c = b.div(thread, ct), b.mod(thread, ct)
  outer = batch + [b.add(b.mul(block_r, rt), t_r), b.add(b.mul(block_c, ct), t_c)]
  a_load, b_load = smem_operands(k)
  ops = (_Operand(a_load, rows, up_r, rt * tm, block_r), _Operand(b_load, cols, up_c, ct * tn, block_c))
  accs = [b.emit(IROps.ACC, F32, (), 0.0) for _ in range(tm * tn)]
  tiles = [b.emit(IROps.LOCAL, F32, (), LocalArg(name, op.span * step)) for name, op in zip(("a_tile", "b_tile"), ops)]
  stage = b.open_loop(k.full_shape[k.axes(Axis.REDUCE)[0]] // step, k.axes(Axis.REDUCE)[0])
  for op, tile in zip(ops, tiles): _stage(b, bufs, k, op, tile, batch, b.mul(stage, step))
  b.emit(IROps.BARRIER, None)
  first_is_a = k.reduce_node.srcs[0].srcs[0] is a_load
  for kk in range(step):   # unrolled: no loop counter or branch among the FMAs
    a_vals, b_vals = (_read(b, tile, kk, op.span, t, n) for op, tile, t, n in zip(ops, tiles, (t_r, t_c), (tm, tn)))
    for acc, (i, j) in zip(accs, itertools.product(range(tm), range(tn))):
      x, y = (a_vals[i], b_vals[j]) if first_is_a else (b_vals[j], a_vals[i])
      b.emit(IROps.ASSIGN, None, (acc, rules.alu(b, BinaryOps.ADD, F32, acc, rules.alu(b, BinaryOps.MUL, F32, x, y))))
  b.emit(IROps.BARRIER, None)
  b.close_loop(stage)
  return outer, Launch(prod(sizes), rt * ct), accs


def _stage(b: IRBuilder, bufs: list[int], k: Kernel, op: _Operand, tile: int, batch: list[int], k0: int):
  """Copy the block's (span x step) tile of one input into shared memory, stored as tile[kk * span + m]."""
  step, red, tm = k.smem[2], k.axes(Axis.REDUCE)[0], k.full_shape[op.up_axis]

  def indices(m: int, kk: int) -> list[int]:
    idxs = [b.const(0)] * len(k.full_shape)
    for a, i in zip(k.axes(Axis.LOOP)[:-2], batch): idxs[a] = i
    idxs[op.loop_axis] = b.add(b.mul(op.block, op.span // tm), b.div(m, tm))
    idxs[op.up_axis], idxs[red] = b.mod(m, tm), b.add(k0, kk)
    return idxs
  copy_tile(b, bufs, TileCopy(op.load, op.span, step, op.up_axis, red, indices, True), tile, k.threads)


def copy_tile(b: IRBuilder, bufs: list[int], c: TileCopy, tile: int, threads: int):
  """The block's threads copy a tile walking the input's contiguous axis fastest, `lanes` elements each, so a warp
  reads whole cache lines; the lanes land in one vector store where the tile is laid out the same way."""
  buf, st = c.load.arg
  view = st.views[0]
  along_m = view.strides[c.m_axis] == 1 and view.strides[c.red_axis] != 1   # A.T's rows, B's columns are contiguous
  lanes = copy_lanes(c, threads, along_m)
  for rnd in range(c.span * c.step // (threads * lanes)):
    e = b.mul(b.add(b.const(rnd * threads), b.special("thread")), lanes)
    m, kk = (b.mod(e, c.span), b.div(e, c.span)) if along_m else (b.div(e, c.step), b.mod(e, c.step))
    offset, valid = b.st_index(st, c.indices(m, kk))
    assert valid is None, "shared-memory tiles read views without padding"
    if lanes == 1: vals = [b.emit(IROps.LOAD, c.load.dtype, (bufs[buf], offset))]
    else:
      vec = b.emit(IROps.LOAD, c.load.dtype, (bufs[buf], offset), lanes)
      vals = [b.emit(IROps.LANE, c.load.dtype, (vec,), lane) for lane in range(lanes)]
    if along_m == c.m_fastest: b.emit(IROps.STORE, None, (tile, c.at(b, m, kk), *vals))   # one vector store
    else:   # the lanes are neighbours along the other axis: a row apart in the tile
      for lane, v in enumerate(vals):
        pos = c.at(b, b.add(m, b.const(lane)), kk) if along_m else c.at(b, m, b.add(kk, b.const(lane)))
        b.emit(IROps.STORE, None, (tile, pos, v))


def copy_lanes(c: TileCopy, threads: int, along_m: bool) -> int:
  """The widest vector (up to 128 bits) the view allows along its contiguous axis that gives every thread whole
  vectors in every round."""
  widest = GPU_VECTOR_BYTES // c.load.dtype.itemsize
  for lanes in (w for w in (widest, widest // 2, widest // 4, widest // 8) if w >= 1):
    run = c.span if along_m else c.step
    if (c.span * c.step) % (threads * lanes) == 0 and run % lanes == 0:
      if lanes == 1 or vector_view(c.load.arg[1], c.m_axis if along_m else c.red_axis, lanes): return lanes
  return 1


def _read(b: IRBuilder, tile: int, kk: int, span: int, t: int, n: int) -> list[int]:
  """This thread's n neighbouring values of reduction element kk: vector reads of up to four floats."""
  lanes = next(w for w in (4, 2, 1) if n % w == 0)
  base = b.add(b.const(kk * span), b.mul(t, n))
  out = []
  for first in range(0, n, lanes):
    if lanes == 1: out.append(b.emit(IROps.LOAD, F32, (tile, b.add(base, b.const(first)))))
    else:
      vec = b.emit(IROps.LOAD, F32, (tile, b.add(base, b.const(first))), lanes)
      out += [b.emit(IROps.LANE, F32, (vec,), lane) for lane in range(lanes)]
  return out
