"""Lowering a tensor-core kernel (Kernel.mma): A @ B of 16-bit floats, each warp computing a tile of
mma.sync.m16n8k16 products with float32 sums.

Warp w of the launch owns (wm x 16) rows and (wn x 8) columns of the output (of one batch index). Each step of the
reduce loop, a lane loads its elements of a 16-wide slice of the reduction (ir.mma_a and ir.mma_b say which) for
each MMA tile row and column of the warp, and the warp issues wm x wn MMAs; a lane keeps 4 float32 accumulators per
MMA tile (ir.mma_c), which it stores at the end through the op tree above the reduction.
"""
from __future__ import annotations
import functools
from typing import Callable
from picograd.codegen.builder import IRBuilder
from picograd.codegen.ir import MMA_K, MMA_M, MMA_N, WARP, IROps, Launch, mma_a, mma_b, mma_c
from picograd.codegen.kernel import Axis, Kernel
from picograd.codegen.optimize_gpu import mma_operands
from picograd.dtype import dtypes
from picograd.helpers import prod

def lower_mma(b: IRBuilder, low, k: Kernel) -> tuple[Launch, list[Callable]]:
  """Emit the whole kernel (launch, reduction, stores); the launch and what must be closed after it."""
  (wm, wn), loops = k.mma, k.axes(Axis.LOOP)
  sizes = [k.full_shape[a] for a in loops[:-2]] + [k.full_shape[loops[-2]] // (MMA_M * wm),
                                                   k.full_shape[loops[-1]] // (MMA_N * wn)]
  launch, closers, warp, lane = _warps(b, k.threads, prod(sizes))
  *batch, wr, wc = b.unravel(warp, sizes)
  group, pair = b.div(lane, 4), b.mul(b.mod(lane, 4), 2)   # the lane's parts of ir.mma_a/b/c's positions
  rows = [b.add(b.mul(wr, MMA_M * wm), b.const(MMA_M * i)) for i in range(wm)]   # each MMA tile's first row
  cols = [b.add(b.mul(wc, MMA_N * wn), b.const(MMA_N * j)) for j in range(wn)]
  at = lambda base, part, offset: b.add(b.add(base, part), b.const(offset))   # noqa: E731
  accs = {(i, j): [b.emit(IROps.ACC, dtypes.float32, (), 0.0) for _ in range(4)] for i in range(wm) for j in range(wn)}
  step = b.open_loop(k.full_shape[-1] // MMA_K, len(k.full_shape) - 1)
  kk, zero = b.mul(step, MMA_K), b.const(0)
  a_load, b_load = mma_operands(k)
  frag_a = [[low.lower(a_load, batch + [at(row, group, r), zero, at(kk, pair, c)]) for r, c in map(_a0, range(8))]
            for row in rows]
  frag_b = [[low.lower(b_load, batch + [zero, at(col, group, 0), at(kk, pair, r)]) for r, _ in map(_b0, range(4))]
            for col in cols]
  for (i, j), tile in accs.items():
    d = b.emit(IROps.MMA, dtypes.float32, (*frag_a[i], *frag_b[j], *tile))
    for e, acc in enumerate(tile): b.emit(IROps.ASSIGN, None, (acc, b.emit(IROps.LANE, dtypes.float32, (d,), e)))
  b.close_loop(step)
  for (i, j), tile in accs.items():
    for e, acc in enumerate(tile):
      r, c = mma_c(0, e)
      _store(b, low, k, batch + [at(rows[i], group, r), at(cols[j], pair, c), zero], acc)
  return launch, closers


def _warps(b: IRBuilder, threads: int, warps: int) -> tuple[Launch, list[Callable], int, int]:
  """A launch of `warps` whole warps: (the launch, what to close, the warp index, the lane within it)."""
  threads = min(threads, WARP * warps)
  launch = Launch(-(-warps * WARP // threads), threads)
  gid = b.add(b.mul(b.special("block"), threads), b.special("thread"))
  warp, closers = b.div(gid, WARP), []
  if launch.blocks * threads != warps * WARP:   # whole warps idle: an MMA needs every lane of the warps that run
    guard = b.open_if(b.lt(warp, b.const(warps)))
    closers.append(functools.partial(b.close_if, guard))
  return launch, closers, warp, b.mod(gid, WARP)


def _store(b: IRBuilder, low, k: Kernel, idxs: list[int], acc: int):
  """One output: the op tree above the reduction, at the output indices, with the accumulator as the sum."""
  low.bind(k.reduce_node, idxs, acc)
  offset, _ = b.st_index(k.ast.arg[1], idxs)
  b.emit(IROps.STORE, None, (low.bufs[0], offset, low.lower(k.ast.srcs[0], idxs)))


def _a0(e: int) -> tuple[int, int]: return mma_a(0, e)   # lane 0's position: the part every lane shares
def _b0(e: int) -> tuple[int, int]: return mma_b(0, e)
