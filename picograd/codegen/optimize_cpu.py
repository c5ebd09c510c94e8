"""CPU heuristics: register tiles of reduce kernels, cache blocking of matmuls, and blocked transposes.

The reduce loop runs innermost over a tile of outputs unrolled into registers, so each loaded value feeds many
multiply-adds and the unrolled copies along a contiguous axis become SIMD instructions. The tile is sized from the
CPU's vector registers (codegen/machine.py: 16 of 8 floats with AVX2, 32 of 16 with AVX-512) so it never spills.
When B of A @ B outgrows L2, the reduction is also blocked so that a slab of B stays in L2 while the row tiles pass
over it. A kernel with no reduction that reads an input across its rows (a transposed copy) walks both in square
blocks instead of whole rows. Each constant is named and says why; each transformation is recorded in
`Kernel.applied`.
"""
from __future__ import annotations
from dataclasses import replace
from picograd.codegen.kernel import (Axis, Kernel, outermost, reorder, split_axis, st_of, upcast, walking_loads,
                                     worth_tiling)
from picograd.codegen.machine import CPUModel
from picograd.helpers import prod
from picograd.ops import BufferOps, ReduceOps

ROW_REGISTERS = (4, 3, 2, 1)      # vector registers one tile row may span along a contiguous axis, widest first
SMALL_AXIS = 32                   # an axis this short is unrolled whole (10 classes, a 26-pixel image row)
L2_SHARE = 2                      # a block of B fills at most 1/2 of L2: A's rows, C's tiles and the rest share it
BLOCK_SIZES = (512, 256, 128, 64, 32)   # reduction steps per block, longest first; shorter ones spend more on
                                  # loading and storing the partial sums than they save in cache misses
PARALLEL_CHUNKS = 16              # the rows of a blocked kernel in this many chunks: the threads' share of the work
SPARE_REGISTERS = 1               # besides accumulators and a row's vectors: the broadcast value multiplying them
MIN_PARALLEL_EXTENT = 8           # the outermost loop is what threads split: fewer trips than this would idle them
MIN_CHUNK_TILES = 2               # a chunk of fewer column tiles reads A again for too little work
TRANSPOSE_ROWS = (32, 16, 8)      # a transposed read's block, along its contiguous axis (unrolled: whole vector loads)
TRANSPOSE_COLS = (8, 4)           # ...and along the output's (a loop): 8 x 64 floats, 16 cache lines, stay in L1
TRANSPOSE_MIN_STRIDE = 16         # a read jumping at least a cache line per output step is worth blocking


def optimize_cpu(k: Kernel, cpu: CPUModel) -> Kernel:
  return tile_registers(k, cpu) if k.reduce_node is not None else block_transpose(k)


def block_transpose(k: Kernel) -> Kernel:
  """A kernel that writes along one axis while an input is contiguous along another (x.T.contiguous(), a permute
  of attention heads) would touch a new cache line, often a new page, for every element it reads. In blocks of
  rows x cols, each input line is read whole and each output line written whole while both are in L1; the block's
  run along the input's contiguous axis is unrolled, so it is read as whole vectors."""
  views = [st_of(n) for n in k.ast.walk() if n.op in (BufferOps.LOAD, BufferOps.STORE)]
  if not k.full_shape or any(len(st.views) != 1 or st.views[0].mask is not None for st in views): return k
  last = len(k.full_shape) - 1
  if k.ast.op is not BufferOps.STORE or st_of(k.ast).views[0].strides[last] != 1: return k
  across = [a for st in views for a in range(last) if st.views[0].strides[a] == 1
            and abs(st.views[0].strides[last]) >= TRANSPOSE_MIN_STRIDE]
  if not across: return k
  a = across[0]
  rows = next((r for r in TRANSPOSE_ROWS if k.full_shape[a] % r == 0 and k.full_shape[a] >= 2 * r), None)
  cols = next((c for c in TRANSPOSE_COLS if k.full_shape[last] % c == 0 and k.full_shape[last] >= 2 * c), None)
  if rows is None or cols is None: return k
  k = split_axis(k, last, cols, (Axis.LOOP, Axis.LOOP), f"blocks of {cols} along axis {last}")
  k = split_axis(k, a, rows, (Axis.LOOP, Axis.UPCAST), f"blocks of {rows} along axis {a}, unrolled")
  n = len(k.full_shape)   # the axes now: ..., a's blocks, a in a block, ..., last's blocks, last in a block
  return reorder(k, tuple(i for i in range(n) if i != a + 1) + (a + 1,), "block loops outside")


def tile_registers(k: Kernel, cpu: CPUModel) -> Kernel:
  """A tile of outputs unrolled into registers around the reduce loop: along a vector axis (SIMD lanes), then
  along a reuse axis (rows sharing each vector load); or, with no vector axis, a tile of dot products."""
  if not worth_tiling(k): return k
  walking = walking_loads(k)
  vector = _vector_axes(k, walking)
  if not vector or _dot_beats_vector(k, walking, vector): return _tile_dot_products(k, walking, cpu)
  widest = lambda a: max((w for w, _ in _vector_widths(k.full_shape[a], cpu)), default=0)   # noqa: E731
  axis = max(reversed(vector), key=widest)   # the innermost on a tie
  reuse = _reuse_axes(k, walking, axis)
  rows = k.full_shape[reuse[-1]] if reuse else 1
  tile = _best_tile(_vector_widths(k.full_shape[axis], cpu), rows, cpu)
  if tile is None: return k
  amount, r_amount = tile
  tiled = upcast(k, axis, amount)
  if r_amount > 1: tiled = upcast(tiled, reuse[-1], r_amount)
  tiled = replace(tiled, applied=tiled.applied + (f"tile for {cpu.vector}",))
  blocked = block_reduction(tiled, axis, reuse[-1], k.full_shape[axis], cpu) if reuse else None
  if blocked is not None: return blocked
  return outermost(tiled, axis) if tiled.full_shape[axis] >= MIN_PARALLEL_EXTENT else tiled


def block_reduction(k: Kernel, col: int, row: int, cols: int, cpu: CPUModel) -> Kernel | None:
  """Cache blocking of a register-tiled A @ B whose B outgrows L2: the reduction runs in blocks, and each block's
  slab of B (its rows of the reduction, all `cols` columns: contiguous, so no cache-set conflicts) stays in L2
  while every row tile of a chunk of A passes over it. Loops: row chunk (for threads), block, row tile, column
  tile, reduction. Only for kernels that store the sum as is: the partial sums wait in the output."""
  red, raxes = k.reduce_node, k.axes(Axis.REDUCE)
  if red.op is not ReduceOps.SUM or k.ast.srcs[0] is not red or len(raxes) != 1 or set(k.axes(Axis.LOOP)) != {col, row}:
    return None
  size = k.full_shape[raxes[0]]
  slab_rows = cpu.l2_bytes // L2_SHARE // (cols * red.dtype.itemsize)
  block = next((b for b in BLOCK_SIZES if b <= slab_rows and size % b == 0), None)
  if size <= slab_rows or block is None: return None   # all of B fits already, or no block divides the reduction
  chunks = next(c for c in range(min(PARALLEL_CHUNKS, k.full_shape[row]), 0, -1) if k.full_shape[row] % c == 0)
  k = split_axis(k, raxes[0], block, (Axis.BLOCK, Axis.REDUCE), f"reduce in blocks of {block}")
  k = split_axis(k, row, k.full_shape[row] // chunks, (Axis.LOOP, Axis.LOOP), f"row tiles in {chunks} chunks")
  col, kb = col + (col > row), raxes[0] + 1   # the indices after the splits
  first = (row, kb, row + 1, col)
  return reorder(k, first + tuple(i for i in range(len(k.full_shape)) if i not in first),
                 "loops: row chunk, block, row tile, column tile")


def _vector_axes(k: Kernel, walking) -> list[int]:
  """Output axes some input walks contiguously. Preferred: an input contiguous only along the output axis; one
  also contiguous along the reduction (a convolution's row of pixels) still vectorizes along the output axis."""
  reduce_axes = k.axes(Axis.REDUCE)
  only_output = [a for a in k.axes(Axis.LOOP)
                 if any(v.strides[a] == 1 and all(v.strides[r] != 1 for r in reduce_axes) for v in walking)]
  any_contiguous = [a for a in k.axes(Axis.LOOP) if any(v.strides[a] == 1 for v in walking) and k.full_shape[a] > 1]
  return only_output or any_contiguous


def _vector_widths(size: int, cpu: CPUModel) -> list[tuple[int, int]]:
  """How much of a vector axis may be unrolled, as (floats, registers) pairs, widest first: a short axis whole,
  else whole registers dividing it, else half a register."""
  if size <= SMALL_AXIS: return [(size, -(-size // cpu.lanes))]
  widths = [(cpu.lanes * n, n) for n in ROW_REGISTERS] + [(cpu.lanes // 2, 1)]
  return [(w, n) for w, n in widths if w and size % w == 0]


def _best_tile(widths: list[tuple[int, int]], rows: int, cpu: CPUModel) -> tuple[int, int] | None:
  """(floats along the vector axis, rows) of the tile that feeds the most multiply-adds per value loaded (a row
  of vectors and one broadcast per row each step), with its accumulators and one row's vectors all in registers.
  With no rows to share the vectors (rows == 1), the widest: more independent accumulators."""
  fits = [(w, r, n) for w, n in widths for r in range(1, cpu.registers + 1)
          if rows % r == 0 and r * n + n + SPARE_REGISTERS <= cpu.registers]
  if not fits: return None
  best = max(fits, key=lambda t: (t[1] * t[2] / (t[1] + t[2]), t[1] * t[2], -t[2]) if rows > 1 else (t[0], 0, 0))
  return best[0], best[1]


def _reuse_axes(k: Kernel, walking, axis: int) -> list[int]:
  """Other output axes that the vector-loaded inputs do not depend on: each vector load can serve all of them."""
  return [a for a in k.axes(Axis.LOOP) if a != axis and all(v.strides[a] == 0 for v in walking if v.strides[axis] != 0)]


def _dot_beats_vector(k: Kernel, walking, vector: list[int]) -> bool:
  """Every input contiguous along the innermost reduction, which is longer than any output axis a vector could run
  along (a convolution's weight gradient: 24 pixels of a row summed, 3 taps out): dot products vectorize better."""
  last = k.axes(Axis.REDUCE)[-1]
  if not all(v.strides[last] == 1 for v in walking): return False
  reduce_contiguous = [v for v in walking if any(v.strides[r] == 1 for r in k.axes(Axis.REDUCE))]
  along_both = all(any(v.strides[a] == 1 for v in reduce_contiguous) for a in vector)
  return along_both and k.full_shape[last] > max(k.full_shape[a] for a in vector)


def _tile_dot_products(k: Kernel, walking, cpu: CPUModel) -> Kernel:
  """Every input contiguous along the (innermost) reduction (A @ B.T): LLVM vectorizes the reduce loop, and a tile
  of outputs, along two axes each input is broadcast over, shares every vector it loads: as for a vector tile,
  as many multiply-adds per load as the registers allow (each output's accumulator is one vector register)."""
  if not all(v.strides[k.axes(Axis.REDUCE)[-1]] == 1 for v in walking): return k
  for_each = _dot_tile_axes(k, walking)
  if not for_each: return k
  if len(for_each) == 1: for_each = [None] + for_each
  cols = k.full_shape[for_each[1]]
  widths = [(n, n) for n in range(min(cols, cpu.registers), 0, -1) if cols % n == 0]
  tile = _best_tile(widths, k.full_shape[for_each[0]] if for_each[0] is not None else 1, cpu)
  if tile is None or tile == (1, 1): return k
  tiled = k
  for a, amount in zip(for_each, reversed(tile)):
    if a is not None and amount > 1: tiled = upcast(tiled, a, amount)
  tiled = replace(tiled, vector_reduce=True, applied=tiled.applied + (f"dot tile for {cpu.vector}",))
  return _chunk_columns(tiled, for_each[1], tile[0], cpu)


def _dot_tile_axes(k: Kernel, walking) -> list[int]:
  """(rows, cols) of a dot tile: with two inputs, the last axis only the first varies along and the last only the
  second does (a matmul's M and N; a convolution's output channels and its taps), so that each loaded vector feeds
  a row or a column of the tile; else the last two axes some input is broadcast over."""
  loops = k.axes(Axis.LOOP)
  if len(walking) == 2:
    a, b = walking
    rows = [x for x in loops if a.strides[x] != 0 and b.strides[x] == 0]
    cols = [x for x in loops if b.strides[x] != 0 and a.strides[x] == 0]
    if rows and cols: return [rows[-1], cols[-1]] if rows[-1] < cols[-1] else [cols[-1], rows[-1]]
  return [a for a in loops if any(v.strides[a] == 0 for v in walking)][-2:]


def _chunk_columns(k: Kernel, col: int, tile_cols: int, cpu: CPUModel) -> Kernel:
  """Cache blocking of a dot tile whose B.T outgrows L2: the column tiles in chunks whose rows of B.T fit in L2
  together, the chunk loop outermost (the one the threads split): every row tile of A passes over a chunk while it
  stays in L2, and A is read once per chunk."""
  per_tile = prod(k.full_shape[r] for r in k.axes(Axis.REDUCE)) * k.reduce_node.dtype.itemsize * tile_cols
  tiles, fit = k.full_shape[col], cpu.l2_bytes // L2_SHARE // per_tile
  if tiles <= fit or fit < MIN_CHUNK_TILES: return k
  per_chunk = next(t for t in range(fit, 0, -1) if tiles % t == 0)
  if per_chunk < MIN_CHUNK_TILES: return k
  k = split_axis(k, col, per_chunk, (Axis.LOOP, Axis.LOOP), f"column tiles in chunks of {per_chunk}")
  return outermost(k, col)
