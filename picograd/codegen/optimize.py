"""Choices about a kernel's axes that change its speed, never its result. Each heuristic is named and says why.

CPU: register tiling of reduce kernels (matmul, reductions over a non-contiguous axis). The reduce loop runs
innermost over a tile of outputs unrolled into registers, so each loaded value feeds many multiply-adds and the
unrolled copies along a contiguous axis become SIMD instructions.
GPU: the launch geometry. One thread per output, or, for reductions with few outputs, one block per output
whose threads share the reduction (so a long reduction never runs on a single thread).
"""
from __future__ import annotations
from dataclasses import replace
from picograd.codegen.kernel import Axis, Kernel, map_views
from picograd.helpers import prod
from picograd.ops import BufferOps

MIN_REDUCE_TO_TILE = 8            # shorter reductions gain nothing from registers and pay in code size
VECTOR_TILES = (64, 32, 16, 8)    # floats unrolled along a contiguous axis: 4, 2, 1 or half an AVX-512 register
SMALL_AXIS = 32                   # an axis this short is unrolled whole (10 classes, a 26-pixel image row)
REUSE_TILES = (16, 8, 4, 2)       # rows sharing each vector load, as many as fit in 16 of the 32 zmm registers
DOT_TILES = (4, 2)                # a 4x4 tile of dot products: each vector loaded feeds four of them
MAX_ACCUMULATORS = 256            # beyond this the accumulators spill out of registers

GPU_THREADS = 256                 # threads per block: 8 warps, a common sweet spot for occupancy
GROUP_MAX_OUTPUTS = 16384         # fewer outputs than this cannot fill a GPU with one thread each...
GROUP_MIN_REDUCE = 128            # ...and reductions at least this long are worth splitting across a block


def upcast(k: Kernel, axis: int, amount: int) -> Kernel:
  """Split `axis` into (size/amount, amount) and unroll the inner part: it becomes the last, UPCAST axis."""
  size = k.full_shape[axis]
  assert k.kinds[axis] is Axis.LOOP and size % amount == 0, (axis, amount, k.full_shape)
  split = k.full_shape[:axis] + (size // amount, amount) + k.full_shape[axis + 1:]
  kinds = k.kinds[:axis] + (Axis.LOOP, Axis.UPCAST) + k.kinds[axis + 1:]
  split_out = tuple(1 if kd is Axis.REDUCE else s for s, kd in zip(split, kinds))
  order = tuple(i for i in range(len(split)) if i != axis + 1) + (axis + 1,)
  ast = map_views(k.ast, lambda n, st: st.reshape(split if st.shape == k.full_shape else split_out).permute(order))
  return Kernel(ast, tuple(split[i] for i in order), tuple(kinds[i] for i in order),
                k.applied + (f"upcast axis {axis} by {amount}",))


def optimize(k: Kernel, gpu: bool = False) -> Kernel:
  return plan_gpu(k) if gpu else tile_registers(k)


def _next_pow2(n: int) -> int: return 1 << max(0, (n - 1).bit_length())


def plan_gpu(k: Kernel) -> Kernel:
  """The launch geometry; the launch itself (blocks x threads) follows from it in the linearizer."""
  outputs = prod(k.full_shape[a] for a in k.axes(Axis.LOOP))
  reduce_axes = k.axes(Axis.REDUCE)
  if reduce_axes and prod(k.full_shape[a] for a in reduce_axes) >= GROUP_MIN_REDUCE and outputs <= GROUP_MAX_OUTPUTS:
    threads = min(GPU_THREADS, _next_pow2(k.full_shape[reduce_axes[-1]]))
    return replace(k, threads=threads, group=True, applied=k.applied + (f"block of {threads} threads per output",))
  threads = min(GPU_THREADS, _next_pow2(outputs))
  return replace(k, threads=threads, applied=k.applied + (f"one thread per output, {threads} per block",))


def tile_registers(k: Kernel) -> Kernel:
  """A tile of outputs unrolled into registers around the reduce loop: along a vector axis (SIMD lanes), then
  along a reuse axis (rows sharing each vector load); or, with no vector axis, a tile of dot products."""
  if not _worth_tiling(k): return k
  walking = _walking_loads(k)
  vector = _vector_axes(k, walking)
  if not vector: return _tile_dot_products(k, walking, k.axes(Axis.REDUCE))
  axis = max(reversed(vector), key=lambda a: _vector_amount(k, a))   # the widest tile; the innermost axis on a tie
  amount = _vector_amount(k, axis)
  if not amount: return k
  reuse = _reuse_axes(k, walking, axis)
  return outermost(_upcast_reuse(upcast(k, axis, amount), reuse, amount), axis)


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


def _vector_amount(k: Kernel, axis: int) -> int:
  """How much of a vector axis to unroll: a short axis whole, else the widest vector tile dividing it (0: none)."""
  size = k.full_shape[axis]
  return size if size <= SMALL_AXIS else next((t for t in VECTOR_TILES if size % t == 0), 0)


def _reuse_axes(k: Kernel, walking, axis: int) -> list[int]:
  """Other output axes that the vector-loaded inputs do not depend on: each vector load can serve all of them."""
  return [a for a in k.axes(Axis.LOOP) if a != axis and all(v.strides[a] == 0 for v in walking if v.strides[axis] != 0)]


def _upcast_reuse(k: Kernel, reuse: list[int], amount: int) -> Kernel:
  """Unroll the innermost reuse axis too, as far as the accumulators fit in registers."""
  if not reuse: return k
  r_amount = next((t for t in REUSE_TILES if k.full_shape[reuse[-1]] % t == 0 and t * amount <= MAX_ACCUMULATORS), None)
  return k if r_amount is None else upcast(k, reuse[-1], r_amount)


def _tile_dot_products(k: Kernel, walking, reduce_axes) -> Kernel:
  """Every input contiguous along the reduction (A @ B.T): LLVM vectorizes the reduce loop, and a small tile of
  outputs, along axes each input is broadcast over, shares every vector it loads."""
  if len(reduce_axes) != 1 or not all(v.strides[reduce_axes[0]] == 1 for v in walking): return k
  for_each = [a for a in k.axes(Axis.LOOP) if any(v.strides[a] == 0 for v in walking)]
  tiled = k
  for a in for_each[-2:]:
    amount = next((t for t in DOT_TILES if k.full_shape[a] % t == 0), None)
    if amount is not None: tiled = upcast(tiled, a, amount)
  return replace(tiled, vector_reduce=True) if tiled is not k else k


def outermost(k: Kernel, axis: int) -> Kernel:
  """Make `axis` the outermost loop. For the vector axis this keeps one panel of the vector-loaded input (a
  column block of B in A @ B) in cache while every tile of the other axis passes over it."""
  if axis == 0: return k
  order = (axis,) + tuple(i for i in range(len(k.full_shape)) if i != axis)
  ast = map_views(k.ast, lambda n, st: st.permute(order))
  return Kernel(ast, tuple(k.full_shape[i] for i in order), tuple(k.kinds[i] for i in order),
                k.applied + (f"axis {axis} outermost",))
