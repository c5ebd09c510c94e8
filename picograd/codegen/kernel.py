"""A kernel's axes, one iteration space shared by every buffer it reads and writes, and the optimizations applied
to them.

`Kernel` takes the op tree the scheduler built and puts it in the form the linearizer loops over: every view has
the kernel's full shape (post-reduce views have size 1 on the reduce axes), the reduce axes are last, and
neighbouring axes that every view walks the same way are merged into one.
"""
from __future__ import annotations
from dataclasses import dataclass, replace
from enum import Enum, auto
from picograd.codegen.machine import CPUModel, host_cpu
from picograd.helpers import prod
from picograd.codegen.ir import MMA_K, MMA_M, MMA_N
from picograd.dtype import dtypes
from picograd.ops import AstNode, BinaryOps, BufferOps, CastOp, ReduceOps, format_ast
from picograd.shape.tracker import ShapeTracker


def _st_of(node: AstNode) -> ShapeTracker:
  return node.arg if node.op is BufferOps.INDEX else node.arg[1]


def _with_st(node: AstNode, st: ShapeTracker) -> AstNode:
  arg = st if node.op is BufferOps.INDEX else (node.arg[0], st)
  return AstNode(node.op, node.srcs, arg, node.dtype)


def map_views(ast: AstNode, fn) -> AstNode:
  """The same tree with every leaf's and the store's view replaced by fn(node, view)."""
  new: dict[AstNode, AstNode] = {}
  for node in ast.walk():
    if node.op in (BufferOps.LOAD, BufferOps.CONST, BufferOps.INDEX, BufferOps.STORE):
      rebuilt = _with_st(node, fn(node, _st_of(node)))
      new[node] = AstNode(rebuilt.op, tuple(new[s] for s in node.srcs), rebuilt.arg, node.dtype)
    else:
      new[node] = AstNode(node.op, tuple(new[s] for s in node.srcs), node.arg, node.dtype)
  return new[ast]


def find_reduce(ast: AstNode) -> AstNode | None:
  return next((n for n in ast.walk() if n.op in ReduceOps), None)


def under(ast: AstNode, top: AstNode | None) -> set[AstNode]:
  return set() if top is None else set(top.walk())


class Axis(Enum):
  LOOP = auto()     # an output axis, run as a loop
  REDUCE = auto()   # a reduced axis, run as a loop inside the output loops
  UPCAST = auto()   # an output axis unrolled into registers: one accumulator and one store per value
  BLOCK = auto()    # CPU: the blocks of a split REDUCE axis, run as a loop among the LOOP axes (cache blocking); the
                    # partial sums pass through the output buffer between blocks


REDUCED = (Axis.REDUCE, Axis.BLOCK)   # axes the output does not have


@dataclass(frozen=True)
class Kernel:
  ast: AstNode                 # STORE root; every view has `full_shape` (or `output_shape` after the reduce)
  full_shape: tuple[int, ...]
  kinds: tuple[Axis, ...]      # LOOP (and BLOCK) axes first, then REDUCE, then UPCAST
  applied: tuple[str, ...]     # what was done to the axes, for DEBUG=3
  threads: int = 0             # GPU: threads per block (0: a CPU kernel, LOOP axes are loops)
  group: bool = False          # GPU: one block per output, its threads splitting the last REDUCE axis
  vector_reduce: bool = False  # CPU: LLVM vectorizes the reduce loop even with UPCAST axes (dot-product tiles)
  vector: int = 0              # GPU: lanes of the vector loads and stores along the last UPCAST axis (0: scalar)
  mma: tuple[int, int] = ()    # GPU: tensor cores; each warp computes this many (rows, cols) MMA tiles of A @ B

  @property
  def first_reduce(self) -> int: return sum(1 for k in self.kinds if k is Axis.LOOP)

  @property
  def output_shape(self) -> tuple[int, ...]:
    return tuple(1 if k in REDUCED else s for s, k in zip(self.full_shape, self.kinds))

  @property
  def reduce_node(self) -> AstNode | None: return find_reduce(self.ast)

  def axes(self, kind: Axis) -> list[int]: return [i for i, k in enumerate(self.kinds) if k is kind]

  def __str__(self): return format_kernel(self)


def format_kernel(k: Kernel) -> str:
  """The kernel as DEBUG=3 shows it: each axis's size and kind, the GPU launch plan, what was done to the axes,
  and the op tree with its views in the kernel's shape."""
  axes = " ".join(f"{s}:{kind.name.lower()}" for s, kind in zip(k.full_shape, k.kinds)) or "none (one output)"
  plan = [f"threads={k.threads}"] * bool(k.threads) + ["group"] * k.group + ["vector_reduce"] * k.vector_reduce
  plan += [f"vector={k.vector}"] * bool(k.vector) + [f"mma={k.mma}"] * bool(k.mma)
  lines = [f"axes     {' '.join([axes] + plan)}", f"applied  {', '.join(k.applied) or 'nothing'}"]
  return "\n".join(lines + [format_ast(k.ast)])


def build_kernel(ast: AstNode) -> Kernel:
  reduce = find_reduce(ast)
  if reduce is None:
    full = _st_of(ast).shape
    return _merge_axes(Kernel(ast, full, (Axis.LOOP,) * len(full), ()))
  inner = under(ast, reduce)
  full = _st_of(next(n for n in reduce.walk() if n.op in (BufferOps.LOAD, BufferOps.CONST, BufferOps.INDEX))).shape
  out = tuple(1 if i in reduce.arg else s for i, s in enumerate(full))
  ast = map_views(ast, lambda n, st: st if n in inner else st.reshape(out))
  order = tuple(i for i in range(len(full)) if i not in reduce.arg) + tuple(reduce.arg)
  ast = map_views(ast, lambda n, st: st.permute(order))
  full = tuple(full[i] for i in order)
  applied = ("reduce axes last",) if order != tuple(range(len(order))) else ()
  kinds = (Axis.LOOP,) * (len(full) - len(reduce.arg)) + (Axis.REDUCE,) * len(reduce.arg)
  return _merge_axes(Kernel(ast, full, kinds, applied))


def _views(ast: AstNode) -> list[ShapeTracker]:
  return [_st_of(n) for n in ast.walk() if n.op in (BufferOps.LOAD, BufferOps.CONST, BufferOps.INDEX, BufferOps.STORE)]


def _mergeable(k: Kernel, views: list[ShapeTracker], j: int, i: int) -> bool:
  """Axes j < i (only size-1 axes between them) can become one loop."""
  if k.kinds[j] is not k.kinds[i]: return False
  for st in views:
    v = st.views[-1]
    if v.mask is not None and any(v.mask[a] != (0, v.shape[a]) for a in range(j, i + 1)): return False
    if v.strides[j] != v.strides[i] * v.shape[i]: return False
  return True


def _merge_axes(k: Kernel) -> Kernel:
  """Drop size-1 axes (unless a view reads only padding there) and merge neighbours that all views step through
  evenly: fewer, longer loops."""
  views = _views(k.ast)
  groups: list[list[int]] = []
  for i, s in enumerate(k.full_shape):
    if s == 1 and not any(st.views[-1].mask is not None and st.views[-1].mask[i] == (0, 0) for st in views): continue
    if groups and _mergeable(k, views, groups[-1][-1], i): groups[-1].append(i)
    else: groups.append([i])
  new_full = tuple(prod(k.full_shape[j] for j in g) for g in groups)
  if new_full == k.full_shape: return k
  kinds = tuple(k.kinds[g[0]] for g in groups)
  merged = Kernel(k.ast, new_full, kinds, k.applied + (f"axes {k.full_shape} -> {new_full}",))
  reshaped = map_views(k.ast, lambda n, st: st.reshape(new_full if st.shape == k.full_shape else merged.output_shape))
  return replace(merged, ast=reshaped)


# ---- optimizations ---------------------------------------------------------------------------------------------------
# Choices about a kernel's axes that change its speed, never its result. Each heuristic is named and says why.
#
# CPU: register tiling of reduce kernels (matmul, reductions over a non-contiguous axis). The reduce loop runs
# innermost over a tile of outputs unrolled into registers, so each loaded value feeds many multiply-adds and the
# unrolled copies along a contiguous axis become SIMD instructions. The tile is sized from the CPU's vector
# registers (codegen/machine.py: 16 of 8 floats with AVX2, 32 of 16 with AVX-512) so it never spills. When B of
# A @ B outgrows L2, the reduction is also blocked so that a slab of B stays in L2 while the row tiles pass over it.
# GPU: the launch geometry. One thread per output, or, for reductions with few outputs, one block per output
# whose threads share the reduction (so a long reduction never runs on a single thread).


MIN_REDUCE_TO_TILE = 8            # shorter reductions gain nothing from registers and pay in code size
ROW_REGISTERS = (4, 3, 2, 1)      # vector registers one tile row may span along a contiguous axis, widest first
SMALL_AXIS = 32                   # an axis this short is unrolled whole (10 classes, a 26-pixel image row)
L2_SHARE = 2                      # a block of B fills at most 1/2 of L2: A's rows, C's tiles and the rest share it
BLOCK_SIZES = (512, 256, 128, 64, 32)   # reduction steps per block, longest first; shorter ones spend more on
                                  # loading and storing the partial sums than they save in cache misses
PARALLEL_CHUNKS = 16              # the rows of a blocked kernel in this many chunks: the threads' share of the work
SPARE_REGISTERS = 1               # besides accumulators and a row's vectors: the broadcast value multiplying them

GPU_THREADS = 256                 # threads per block: 8 warps, a common sweet spot for occupancy
GPU_TILE_SIDES = (8, 4, 2)        # outputs per thread along each of two axes, largest first: an 8x8 tile feeds 64
                                  # FMAs from 16 loads, the 4 per load an SM needs to issue FMAs, not loads
GPU_SMS = 132                     # an H100 SXM's SMs: a launch wants at least one block on each
GPU_FILL_THREADS = GPU_SMS * 64   # a tile must leave this many threads: 2 warps per SM, enough with a tile's
                                  # independent FMAs (an 8x8 tile has 64) to hide the loads' latency
GPU_MIN_THREADS = 64              # fewer threads per block than this waste the SM's block slots
GROUP_MAX_OUTPUTS = 16384         # fewer outputs than this cannot fill a GPU with one thread each...
GROUP_MIN_REDUCE = 128            # ...and reductions at least this long are worth splitting across a block
GPU_VECTOR_BYTES = 16             # the widest access one thread issues (LDG.E.128): a quarter of the instructions
                                  # of 32-bit accesses for the same bytes
MMA_WARP_TILES = ((2, 4), (2, 2), (1, 1))   # MMA tiles per warp (rows, cols), largest first: a 32x32 warp tile
                                  # uses each A fragment it loads 4 times and each B fragment twice
MMA_WARPS = 4                     # warps per block of a tensor-core kernel: one per SM sub-partition
GPU_VECTOR_ITEMSIZE = 4           # vector accesses of 32-bit values only: 16-bit ones compute in float32 anyway


def split_axis(k: Kernel, axis: int, amount: int, kinds: tuple[Axis, Axis], note: str) -> Kernel:
  """`axis` as two axes (size/amount, amount) of the given kinds, in its place."""
  size = k.full_shape[axis]
  assert size % amount == 0, (axis, amount, k.full_shape)
  full = k.full_shape[:axis] + (size // amount, amount) + k.full_shape[axis + 1:]
  new = Kernel(k.ast, full, k.kinds[:axis] + kinds + k.kinds[axis + 1:], k.applied + (note,))
  return replace(new, ast=map_views(k.ast, lambda n, st: st.reshape(full if st.shape == k.full_shape else
                                                                     new.output_shape)))


def reorder(k: Kernel, order: tuple[int, ...], note: str) -> Kernel:
  """The axes in a new order (order[i]: the old axis that becomes axis i)."""
  ast = map_views(k.ast, lambda n, st: st.permute(order))
  return replace(k, ast=ast, full_shape=tuple(k.full_shape[i] for i in order), kinds=tuple(k.kinds[i] for i in order),
                 applied=k.applied + (note,))


def _moved(n: int, src: int, dst: int) -> tuple[int, ...]:
  """The order that moves axis src to position dst of n axes."""
  rest = [i for i in range(n) if i != src]
  return tuple(rest[:dst] + [src] + rest[dst:])


def upcast(k: Kernel, axis: int, amount: int) -> Kernel:
  """Split `axis` into (size/amount, amount) and unroll the inner part: it becomes the last, UPCAST axis."""
  assert k.kinds[axis] is Axis.LOOP, (axis, k.kinds)
  note = f"upcast axis {axis} by {amount}"
  k = split_axis(k, axis, amount, (Axis.LOOP, Axis.UPCAST), note)
  n = len(k.full_shape)
  return replace(reorder(k, _moved(n, axis + 1, n - 1), note), applied=k.applied)


def optimize(k: Kernel, gpu: bool = False, cpu: CPUModel | None = None) -> Kernel:
  """`cpu`: the registers and cache the CPU tiles are sized for (default: this machine's)."""
  if not gpu: return tile_registers(k, cpu or host_cpu())
  return use_tensor_cores(k) or plan_gpu(vectorize_gpu(tile_gpu_registers(k)))


def _next_pow2(n: int) -> int: return 1 << max(0, (n - 1).bit_length())


def plan_gpu(k: Kernel) -> Kernel:
  """The launch geometry; the launch itself (blocks x threads) follows from it in the linearizer. Blocks of a
  thread per output (or tile) are small enough that there are blocks for every SM."""
  outputs = prod(k.full_shape[a] for a in k.axes(Axis.LOOP))
  reduce_axes = k.axes(Axis.REDUCE)
  if (reduce_axes and not k.axes(Axis.UPCAST) and prod(k.full_shape[a] for a in reduce_axes) >= GROUP_MIN_REDUCE
      and outputs <= GROUP_MAX_OUTPUTS):
    threads = min(GPU_THREADS, _next_pow2(k.full_shape[reduce_axes[-1]]))
    return replace(k, threads=threads, group=True, applied=k.applied + (f"block of {threads} threads per output",))
  threads = min(GPU_THREADS, _next_pow2(outputs), max(GPU_MIN_THREADS, _next_pow2(outputs // GPU_SMS + 1) // 2))
  per = "tile" if k.axes(Axis.UPCAST) else "output"
  return replace(k, threads=threads, applied=k.applied + (f"one thread per {per}, {threads} per block",))


def mma_operands(k: Kernel) -> tuple[AstNode, AstNode] | None:
  """The 16-bit loads (A, B) of a kernel that sums float32 products of two of them over its last axis, A
  broadcast along the last output axis and B along the one before (A @ B); None for any other kernel."""
  red, loops = k.reduce_node, k.axes(Axis.LOOP)
  if red is None or red.op is not ReduceOps.SUM or red.dtype != dtypes.float32 or len(loops) < 2: return None
  if k.axes(Axis.REDUCE) != [len(k.full_shape) - 1] or red.srcs[0].op is not BinaryOps.MUL: return None
  loads = [s.srcs[0] for s in red.srcs[0].srcs if s.op is CastOp.CAST and s.srcs[0].op is BufferOps.LOAD]
  if len(loads) != 2 or loads[0].dtype != loads[1].dtype or not loads[0].dtype.is_16bit_float: return None
  rows, cols = loops[-2:]
  strides = lambda n: n.arg[1].views[-1].strides   # noqa: E731
  a = next((n for n in loads if strides(n)[cols] == 0 and strides(n)[rows] != 0), None)
  b = next((n for n in loads if strides(n)[rows] == 0 and strides(n)[cols] != 0), None)
  return (a, b) if a is not None and b is not None and a is not b else None


def use_tensor_cores(k: Kernel) -> Kernel | None:
  """A @ B of 16-bit floats on tensor cores (float32 sums, as PyTorch), when the shapes are whole MMA tiles; each
  warp computes a tile of MMA tiles, the largest that divides the output."""
  if mma_operands(k) is None: return None
  rows, cols = (k.full_shape[a] for a in k.axes(Axis.LOOP)[-2:])
  if k.full_shape[-1] % MMA_K: return None
  for wm, wn in MMA_WARP_TILES:
    if rows % (MMA_M * wm) == 0 and cols % (MMA_N * wn) == 0:
      return replace(k, threads=32 * MMA_WARPS, mma=(wm, wn),
                     applied=k.applied + (f"tensor cores: {wm}x{wn} MMA tiles per warp, {MMA_WARPS} warps per block",))
  return None


def vectorize_gpu(k: Kernel, min_threads: int = GPU_FILL_THREADS) -> Kernel:
  """128-bit loads and stores along the last UPCAST axis, where a view walks it contiguously and aligned (the
  linearizer checks each view). An elementwise kernel gets that axis: its contiguous last axis unrolled by the
  vector's lanes, when enough threads are left to fill the GPU."""
  lanes = GPU_VECTOR_BYTES // GPU_VECTOR_ITEMSIZE
  if k.ast.dtype.itemsize != GPU_VECTOR_ITEMSIZE: return k
  upcasts = k.axes(Axis.UPCAST)
  if upcasts:
    if k.full_shape[upcasts[-1]] % lanes: return k
    return replace(k, vector=lanes, applied=k.applied + (f"{lanes}-lane vector loads and stores",))
  loops = k.axes(Axis.LOOP)
  if k.reduce_node is not None or not loops or k.full_shape[loops[-1]] % lanes: return k
  if _st_of(k.ast).views[-1].strides[loops[-1]] != 1 or prod(k.full_shape) // lanes < min_threads: return k
  tiled = upcast(k, loops[-1], lanes)
  return replace(tiled, vector=lanes, applied=tiled.applied + (f"{lanes}-lane vector loads and stores",))


def tile_gpu_registers(k: Kernel) -> Kernel:
  """GPU: each thread computes a square tile of outputs along two axes that inputs are broadcast over (the rows
  and columns of A @ B), so each value it loads feeds a row or column of the tile. The largest tile that still
  leaves enough threads to fill the GPU."""
  if not _worth_tiling(k): return k
  walking = _walking_loads(k)
  axes = [a for a in k.axes(Axis.LOOP) if any(v.strides[a] == 0 for v in walking)][-2:]
  outputs = prod(k.full_shape[a] for a in k.axes(Axis.LOOP))
  for side in GPU_TILE_SIDES:
    if len(axes) == 2 and all(k.full_shape[a] % side == 0 for a in axes) and outputs // side**2 >= GPU_FILL_THREADS:
      tiled = upcast(upcast(k, axes[0], side), axes[1], side)
      return replace(tiled, applied=tiled.applied + (f"GPU register tile {side}x{side}",))
  return k


def tile_registers(k: Kernel, cpu: CPUModel) -> Kernel:
  """A tile of outputs unrolled into registers around the reduce loop: along a vector axis (SIMD lanes), then
  along a reuse axis (rows sharing each vector load); or, with no vector axis, a tile of dot products."""
  if not _worth_tiling(k): return k
  walking = _walking_loads(k)
  vector = _vector_axes(k, walking)
  if not vector: return _tile_dot_products(k, walking, k.axes(Axis.REDUCE), cpu)
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
  return blocked or outermost(tiled, axis)


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


def _worth_tiling(k: Kernel) -> bool:
  return k.reduce_node is not None and prod(k.full_shape[a] for a in k.axes(Axis.REDUCE)) >= MIN_REDUCE_TO_TILE


def _walking_loads(k: Kernel) -> list:
  """The views of inputs that walk the reduction (a value broadcast along it, like softmax's row max, is read
  once and does not count)."""
  loads = [n.arg[1].views[-1] for n in k.reduce_node.walk() if n.op is BufferOps.LOAD]
  return [v for v in loads if any(v.strides[r] != 0 for r in k.axes(Axis.REDUCE))]


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


def _tile_dot_products(k: Kernel, walking, reduce_axes, cpu: CPUModel) -> Kernel:
  """Every input contiguous along the reduction (A @ B.T): LLVM vectorizes the reduce loop, and a tile of
  outputs, along two axes each input is broadcast over, shares every vector it loads: as for a vector tile,
  as many multiply-adds per load as the registers allow (each output's accumulator is one vector register)."""
  if len(reduce_axes) != 1 or not all(v.strides[reduce_axes[0]] == 1 for v in walking): return k
  for_each = [a for a in k.axes(Axis.LOOP) if any(v.strides[a] == 0 for v in walking)][-2:]
  if not for_each: return k
  if len(for_each) == 1: for_each = [None] + for_each
  cols = k.full_shape[for_each[1]]
  widths = [(n, n) for n in range(min(cols, cpu.registers), 0, -1) if cols % n == 0]
  tile = _best_tile(widths, k.full_shape[for_each[0]] if for_each[0] is not None else 1, cpu)
  if tile is None or tile == (1, 1): return k
  tiled = k
  for a, amount in zip(for_each, reversed(tile)):
    if a is not None and amount > 1: tiled = upcast(tiled, a, amount)
  return replace(tiled, vector_reduce=True, applied=tiled.applied + (f"dot tile for {cpu.vector}",))


def outermost(k: Kernel, axis: int) -> Kernel:
  """Make `axis` the outermost loop. For the vector axis this keeps one panel of the vector-loaded input (a
  column block of B in A @ B) in cache while every tile of the other axis passes over it."""
  return k if axis == 0 else reorder(k, _moved(len(k.full_shape), axis, 0), f"axis {axis} outermost")
