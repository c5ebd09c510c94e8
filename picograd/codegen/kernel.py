"""A kernel's axes, one iteration space shared by every buffer it reads and writes, and the optimizations applied
to them.

`Kernel` takes the op tree the scheduler built and puts it in the form the linearizer loops over: every view has
the kernel's full shape (post-reduce views have size 1 on the reduce axes), the reduce axes are last, and
neighbouring axes that every view walks the same way are merged into one.
"""
from __future__ import annotations
from dataclasses import dataclass, replace
from enum import Enum, auto
from picograd.helpers import prod
from picograd.ops import AstNode, BufferOps, ReduceOps, format_ast
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


@dataclass(frozen=True)
class Kernel:
  ast: AstNode                 # STORE root; every view has `full_shape` (or `output_shape` after the reduce)
  full_shape: tuple[int, ...]
  kinds: tuple[Axis, ...]      # LOOP axes first, then REDUCE, then UPCAST
  applied: tuple[str, ...]     # what was done to the axes, for DEBUG=3
  threads: int = 0             # GPU: threads per block (0: a CPU kernel, LOOP axes are loops)
  group: bool = False          # GPU: one block per output, its threads splitting the last REDUCE axis
  vector_reduce: bool = False  # CPU: LLVM vectorizes the reduce loop even with UPCAST axes (dot-product tiles)

  @property
  def first_reduce(self) -> int: return sum(1 for k in self.kinds if k is Axis.LOOP)

  @property
  def output_shape(self) -> tuple[int, ...]:
    return tuple(1 if k is Axis.REDUCE else s for s, k in zip(self.full_shape, self.kinds))

  @property
  def reduce_node(self) -> AstNode | None: return find_reduce(self.ast)

  def axes(self, kind: Axis) -> list[int]: return [i for i, k in enumerate(self.kinds) if k is kind]

  def __str__(self): return format_kernel(self)


def format_kernel(k: Kernel) -> str:
  """The kernel as DEBUG=3 shows it: each axis's size and kind, the GPU launch plan, what was done to the axes,
  and the op tree with its views in the kernel's shape."""
  axes = " ".join(f"{s}:{kind.name.lower()}" for s, kind in zip(k.full_shape, k.kinds)) or "none (one output)"
  plan = [f"threads={k.threads}"] * bool(k.threads) + ["group"] * k.group + ["vector_reduce"] * k.vector_reduce
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
# unrolled copies along a contiguous axis become SIMD instructions.
# GPU: the launch geometry. One thread per output, or, for reductions with few outputs, one block per output
# whose threads share the reduction (so a long reduction never runs on a single thread).


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
