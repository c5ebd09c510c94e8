"""Lowering a tensor-core kernel (Kernel.mma): A @ B of 16-bit floats, each warp computing a tile of
mma.sync.m16n8k16 products with float32 sums.

Warp w of the launch owns (wm x 16) rows and (wn x 8) columns of the output (of one batch index). Each step of the
reduce loop, a lane loads its elements of a 16-wide slice of the reduction (ir.mma_a and ir.mma_b say which) for
each MMA tile row and column of the warp, and the warp issues wm x wn MMAs; a lane keeps 4 float32 accumulators per
MMA tile (ir.mma_c), which it stores at the end through the op tree above the reduction.

With shared-memory tiles (Kernel.smem), a block of (wr x wc) warps owns a block tile of the output; each round of
32 reduction elements its threads copy the block's rows of A and columns of B into shared memory with 128-bit
loads (linearize_smem.copy_tile), both stored reduction-fastest, then wait at a barrier. A sum does not care
in which order its terms come, so the round's 32 elements are dealt to the MMAs' k positions in an order of our
choosing, the same for A and B: lane l's eight k positions of a row over the round's two MMAs are elements
8*(l%4) .. 8*(l%4)+7, one 128-bit shared read (see _slot). A second barrier ends the round.
"""
from __future__ import annotations
import functools
from typing import Callable
from picograd.codegen.builder import IRBuilder
from picograd.codegen.ir import MMA_K, MMA_M, MMA_N, WARP, IROps, Launch, LocalArg, mma_a, mma_b, mma_c
from picograd.codegen.kernel import Axis, Kernel
from picograd.codegen.linearize_smem import TileCopy, copy_tile
from picograd.codegen.optimize_gpu import mma_operands
from picograd.dtype import dtypes
from picograd.helpers import prod

def lower_mma(b: IRBuilder, low, k: Kernel) -> tuple[Launch, list[Callable]]:
  """Emit the whole kernel (launch, reduction, stores); the launch and what must be closed after it."""
  if k.smem: return _lower_staged(b, low, k)
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
  _issue(b, accs, frag_a, frag_b)
  b.close_loop(step)
  _store_tiles(b, low, k, accs, batch, rows, cols, group, pair)
  return launch, closers


def _lower_staged(b: IRBuilder, low, k: Kernel) -> tuple[Launch, list[Callable]]:
  """lower_mma with the block's tiles of A and B staged in shared memory (see the module docstring)."""
  (wm, wn), (wr, wc, step), loops = k.mma, k.smem, k.axes(Axis.LOOP)
  bm, bn, red = wr * wm * MMA_M, wc * wn * MMA_N, len(k.full_shape) - 1
  sizes = [k.full_shape[a] for a in loops[:-2]] + [k.full_shape[loops[-2]] // bm, k.full_shape[loops[-1]] // bn]
  *batch, block_r, block_c = b.unravel(b.special("block"), sizes)
  thread = b.special("thread")
  warp, lane = b.div(thread, WARP), b.mod(thread, WARP)
  group, quad = b.div(lane, 4), b.mod(lane, 4)
  rows = [b.add(b.mul(b.div(warp, wc), wm * MMA_M), b.const(MMA_M * i)) for i in range(wm)]   # in the block tile
  cols = [b.add(b.mul(b.mod(warp, wc), wn * MMA_N), b.const(MMA_N * j)) for j in range(wn)]
  accs = {(i, j): [b.emit(IROps.ACC, dtypes.float32, (), 0.0) for _ in range(4)] for i in range(wm) for j in range(wn)}
  (a_load, b_load), zero = mma_operands(k), b.const(0)
  stage = b.open_loop(k.full_shape[red] // step, red)
  k0 = b.mul(stage, step)
  tiles = []
  for name, load, axis, span, block in (("a_tile", a_load, loops[-2], bm, block_r), ("b_tile", b_load, loops[-1], bn,
                                                                                          block_c)):
    def indices(m, kk, axis=axis, span=span, block=block) -> list[int]:
      idxs = batch + [zero] * (len(k.full_shape) - len(batch))
      idxs[axis], idxs[red] = b.add(b.mul(block, span), m), b.add(k0, kk)
      return idxs
    tiles.append(b.emit(IROps.LOCAL, load.dtype, (), LocalArg(name, span * step)))
    copy_tile(b, low.bufs, TileCopy(load, span, step, axis, red, indices, False), tiles[-1], k.threads)
  b.emit(IROps.BARRIER, None)
  read = lambda tile, m: _read_row(b, tile, b.add(m, group), quad, step)   # noqa: E731
  a_rows = [[read(tiles[0], b.add(row, b.const(half))) for half in (0, 8)] for row in rows]
  b_cols = [read(tiles[1], col) for col in cols]
  for h in range(step // MMA_K):
    frag_a = [[halves[mma_a(0, e)[0] // 8][_slot(h, mma_a(0, e)[1])] for e in range(8)] for halves in a_rows]
    frag_b = [[vals[_slot(h, mma_b(0, e)[0])] for e in range(4)] for vals in b_cols]
    _issue(b, accs, frag_a, frag_b)
  b.emit(IROps.BARRIER, None)
  b.close_loop(stage)
  row0, col0 = b.mul(block_r, bm), b.mul(block_c, bn)
  _store_tiles(b, low, k, accs, batch, [b.add(row0, r) for r in rows], [b.add(col0, c) for c in cols], group,
               b.mul(quad, 2))
  return Launch(prod(sizes), k.threads), []


def _read_row(b: IRBuilder, tile: int, m: int, quad: int, step: int) -> list[int]:
  """The 8 values of row m of a reduction-fastest tile that a lane with this `quad` (lane % 4) reads: one vector."""
  vec = b.emit(IROps.LOAD, b.dtype_of(tile), (tile, b.add(b.mul(m, step), b.mul(quad, 8))), 8)
  return [b.emit(IROps.LANE, b.dtype_of(tile), (vec,), e) for e in range(8)]


def _slot(h: int, k0: int) -> int:
  """Which of a lane's 8 values of a row feeds MMA h (0 or 1) of a round at the k position that lane 0 holds
  (k0: 0, 1, 8 or 9; lane l holds k0 + 2*(l%4)): the lane's four k positions of MMA h are 4 neighbouring values."""
  return 4 * h + 2 * (k0 // 8) + k0 % 8


def _issue(b: IRBuilder, accs: dict, frag_a: list[list[int]], frag_b: list[list[int]]):
  """One MMA per (row, column) tile of the warp, each adding into that tile's 4 accumulators."""
  for (i, j), tile in accs.items():
    d = b.emit(IROps.MMA, dtypes.float32, (*frag_a[i], *frag_b[j], *tile))
    for e, acc in enumerate(tile): b.emit(IROps.ASSIGN, None, (acc, b.emit(IROps.LANE, dtypes.float32, (d,), e)))


def _store_tiles(b: IRBuilder, low, k: Kernel, accs: dict, batch: list[int], rows: list[int], cols: list[int],
                 group: int, pair: int):
  """Each lane's accumulators (ir.mma_c places them) through the op tree above the reduction."""
  zero = b.const(0)
  for (i, j), tile in accs.items():
    for e, acc in enumerate(tile):
      r, c = mma_c(0, e)
      _store(b, low, k, batch + [b.add(b.add(rows[i], group), b.const(r)), b.add(b.add(cols[j], pair), b.const(c)),
                                 zero], acc)


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
