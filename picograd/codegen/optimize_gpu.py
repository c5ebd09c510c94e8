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
GPU_VECTOR_ITEMSIZE = 4           # vector accesses of 32-bit values only: 16-bit ones compute in float32 anyway


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
