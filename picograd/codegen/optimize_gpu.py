"""GPU heuristics: the launch geometry, register tiles, vector accesses and tensor cores.

One thread per output (or per register tile of outputs), or, for reductions with few outputs, one block per output
whose threads share the reduction, so a long reduction never runs on a single thread. The linearizer turns the
plan into a launch (blocks x threads); the constants are sized for an H100 and each says why.
"""
from __future__ import annotations
from dataclasses import replace
from picograd.codegen.ir import MMA_K, MMA_M, MMA_N
from picograd.codegen.kernel import Axis, Kernel, st_of, upcast, walking_loads, worth_tiling
from picograd.dtype import dtypes
from picograd.helpers import prod
from picograd.ops import AstNode, BinaryOps, BufferOps, CastOp, ReduceOps

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
MMA_BLOCK_WARPS = (2, 2)          # with shared-memory tiles, the block's warps as (rows, cols): a square block tile
                                  # loads each staged value from global memory half as often as a 1x4 row of warps
MMA_SMEM_STEP = 2 * MMA_K         # reduction elements staged per round: 32, so each lane reads its 8 values of a
                                  # row (two MMAs' worth, see linearize_mma) as one 128-bit shared load
GPU_VECTOR_ITEMSIZE = 4           # vector accesses of 32-bit values only: 16-bit ones compute in float32 anyway
SMEM_THREAD_GRIDS = ((16, 16), (8, 16), (8, 8))   # threads per block as (rows, cols) of register tiles, largest
                                  # first: a larger block tile loads each staged value from global memory fewer times
SMEM_STEP = 16                    # reduction elements staged per round of two barriers: 16 steps of a thread's
                                  # register tile between them keep the barriers a small part of the loop
SMEM_MIN_BLOCKS = GPU_SMS         # a shared-memory plan must leave a block for every SM


def _next_pow2(n: int) -> int: return 1 << max(0, (n - 1).bit_length())


def plan_gpu(k: Kernel) -> Kernel:
  """The launch geometry; the launch itself (blocks x threads) follows from it in the linearizer. Blocks of a
  thread per output (or tile) are small enough that there are blocks for every SM."""
  shared = use_shared_tiles(k)
  if shared is not None: return shared
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


def use_tensor_cores(k: Kernel, shared: bool = True) -> Kernel | None:
  """A @ B of 16-bit floats on tensor cores (float32 sums, as PyTorch), when the shapes are whole MMA tiles; each
  warp computes a tile of MMA tiles, the largest that divides the output. Where the block's tiles divide the
  output, they pass through shared memory (`shared`: the plan may)."""
  if mma_operands(k) is None: return None
  rows, cols = (k.full_shape[a] for a in k.axes(Axis.LOOP)[-2:])
  if k.full_shape[-1] % MMA_K: return None
  plans = [replace(k, threads=32 * MMA_WARPS, mma=(wm, wn), applied=k.applied + (
    f"tensor cores: {wm}x{wn} MMA tiles per warp, {MMA_WARPS} warps per block",))
    for wm, wn in MMA_WARP_TILES if rows % (MMA_M * wm) == 0 and cols % (MMA_N * wn) == 0]
  staged = [p for p in map(_mma_shared_tiles, plans if shared else []) if p is not None]
  return (staged + plans + [None])[0]   # staging beats a larger warp tile that reads global memory


def _mma_shared_tiles(k: Kernel) -> Kernel | None:
  """The tensor-core plan with the block's tiles of A and B staged in shared memory (codegen/linearize_mma.py):
  blocks of MMA_BLOCK_WARPS warps, when their tiles divide the output and the reduction."""
  (wm, wn), (br, bc) = k.mma, MMA_BLOCK_WARPS
  assert br * bc == MMA_WARPS, "the block's warps are the tensor-core plan's"
  rows, cols = (k.full_shape[a] for a in k.axes(Axis.LOOP)[-2:])
  if rows % (br * wm * MMA_M) or cols % (bc * wn * MMA_N) or k.full_shape[-1] % MMA_SMEM_STEP: return None
  if not all(_plain_view(n) for n in mma_operands(k)): return None
  return replace(k, smem=(br, bc, MMA_SMEM_STEP), applied=k.applied + (
    f"shared-memory tiles of {br * wm * MMA_M}x{bc * wn * MMA_N} outputs, {MMA_SMEM_STEP} reduction steps per stage",))


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
  if st_of(k.ast).views[-1].strides[loops[-1]] != 1 or prod(k.full_shape) // lanes < min_threads: return k
  tiled = upcast(k, loops[-1], lanes)
  return replace(tiled, vector=lanes, applied=tiled.applied + (f"{lanes}-lane vector loads and stores",))


def tile_gpu_registers(k: Kernel) -> Kernel:
  """GPU: each thread computes a square tile of outputs along two axes that inputs are broadcast over (the rows
  and columns of A @ B), so each value it loads feeds a row or column of the tile. The largest tile that still
  leaves enough threads to fill the GPU."""
  if not worth_tiling(k): return k
  walking = walking_loads(k)
  axes = [a for a in k.axes(Axis.LOOP) if any(v.strides[a] == 0 for v in walking)][-2:]
  outputs = prod(k.full_shape[a] for a in k.axes(Axis.LOOP))
  for side in GPU_TILE_SIDES:
    if len(axes) == 2 and all(k.full_shape[a] % side == 0 for a in axes) and outputs // side**2 >= GPU_FILL_THREADS:
      tiled = upcast(upcast(k, axes[0], side), axes[1], side)
      return replace(tiled, applied=tiled.applied + (f"GPU register tile {side}x{side}",))
  return k


def smem_operands(k: Kernel) -> tuple[AstNode, AstNode] | None:
  """The float32 loads (A, B) of a register-tiled A @ B whose tiles can be staged in shared memory: a SUM over one
  axis of their product, each load one view without padding, A broadcast along the last LOOP axis and its
  UPCAST axis (the columns) and B along the one before and its UPCAST axis (the rows); None for any other kernel."""
  red, loops, ups = k.reduce_node, k.axes(Axis.LOOP), k.axes(Axis.UPCAST)
  if red is None or red.op is not ReduceOps.SUM or red.dtype != dtypes.float32 or len(k.axes(Axis.REDUCE)) != 1:
    return None
  if len(loops) < 2 or len(ups) != 2 or red.srcs[0].op is not BinaryOps.MUL: return None
  srcs = red.srcs[0].srcs
  if not all(s.op is BufferOps.LOAD and s.dtype == dtypes.float32 and _plain_view(s) for s in srcs): return None
  (rows, cols), (up_r, up_c) = loops[-2:], ups
  along = lambda n, axes: all(n.arg[1].views[0].strides[a] == 0 for a in axes)   # noqa: E731
  a = next((n for n in srcs if along(n, (cols, up_c)) and not along(n, (rows, up_r))), None)
  b = next((n for n in srcs if along(n, (rows, up_r)) and not along(n, (cols, up_c))), None)
  return (a, b) if a is not None and b is not None and a is not b else None


def _plain_view(n: AstNode) -> bool:
  st = n.arg[1]
  return len(st.views) == 1 and st.views[0].mask is None


def use_shared_tiles(k: Kernel, min_blocks: int = SMEM_MIN_BLOCKS) -> Kernel | None:
  """A register-tiled A @ B whose block's tiles of A and B pass through shared memory (codegen/linearize_smem.py):
  the largest grid of threads that divides the output and leaves `min_blocks` blocks; None where the shapes do
  not divide (the plan of a thread per tile then reads A and B from global memory)."""
  if smem_operands(k) is None or k.full_shape[k.axes(Axis.REDUCE)[0]] % SMEM_STEP: return None
  rows, cols = (k.full_shape[a] for a in k.axes(Axis.LOOP)[-2:])
  tm, tn = (k.full_shape[a] for a in k.axes(Axis.UPCAST))
  batch = prod(k.full_shape[a] for a in k.axes(Axis.LOOP)[:-2])
  lanes = GPU_VECTOR_BYTES // GPU_VECTOR_ITEMSIZE
  for rt, ct in SMEM_THREAD_GRIDS:
    if rows % rt or cols % ct or batch * (rows // rt) * (cols // ct) < min_blocks: continue
    if (tm * SMEM_STEP) % (ct * lanes) or (tn * SMEM_STEP) % (rt * lanes): continue   # whole vectors per thread
    return replace(k, threads=rt * ct, smem=(rt, ct, SMEM_STEP), applied=k.applied + (
      f"shared-memory tiles of {rt * tm}x{tn * ct} outputs, {SMEM_STEP} reduction steps per stage",))
  return None


def vector_view(st, axis: int, lanes: int) -> bool:
  """Whether a view reads runs of `lanes` consecutive elements along `axis` that start at multiples of `lanes`
  (a vector access's alignment): one view, no padding, stride 1 there, every other step a multiple of lanes."""
  if len(st.views) != 1 or st.views[0].mask is not None: return False
  v = st.views[0]
  steps = [t for a, (t, n) in enumerate(zip(v.strides, v.shape)) if a != axis and n > 1] + [v.offset]
  return v.strides[axis] == 1 and v.shape[axis] % lanes == 0 and all(t % lanes == 0 for t in steps)
