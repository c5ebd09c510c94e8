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


def st_of(node: AstNode) -> ShapeTracker:
  return node.arg if node.op is BufferOps.INDEX else node.arg[1]


def _with_st(node: AstNode, st: ShapeTracker) -> AstNode:
  arg = st if node.op is BufferOps.INDEX else (node.arg[0], st)
  return AstNode(node.op, node.srcs, arg, node.dtype)


def map_views(ast: AstNode, fn) -> AstNode:
  """The same tree with every leaf's and the store's view replaced by fn(node, view)."""
  new: dict[AstNode, AstNode] = {}
  for node in ast.walk():
    if node.op in (BufferOps.LOAD, BufferOps.CONST, BufferOps.INDEX, BufferOps.STORE):
      rebuilt = _with_st(node, fn(node, st_of(node)))
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
  smem: tuple[int, int, int] = ()   # GPU: shared-memory tiles of A @ B: (rows, cols) of threads per block and the
                                    # reduction elements staged per step (codegen/linearize_smem.py)

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
  plan += [f"vector={k.vector}"] * bool(k.vector) + [f"mma={k.mma}"] * bool(k.mma) + [f"smem={k.smem}"] * bool(k.smem)
  lines = [f"axes     {' '.join([axes] + plan)}", f"applied  {', '.join(k.applied) or 'nothing'}"]
  return "\n".join(lines + [format_ast(k.ast)])


def build_kernel(ast: AstNode) -> Kernel:
  reduce = find_reduce(ast)
  if reduce is None:
    full = st_of(ast).shape
    return _merge_axes(Kernel(ast, full, (Axis.LOOP,) * len(full), ()))
  inner = under(ast, reduce)
  full = st_of(next(n for n in reduce.walk() if n.op in (BufferOps.LOAD, BufferOps.CONST, BufferOps.INDEX))).shape
  out = tuple(1 if i in reduce.arg else s for i, s in enumerate(full))
  ast = map_views(ast, lambda n, st: st if n in inner else st.reshape(out))
  order = tuple(i for i in range(len(full)) if i not in reduce.arg) + tuple(reduce.arg)
  ast = map_views(ast, lambda n, st: st.permute(order))
  full = tuple(full[i] for i in order)
  applied = ("reduce axes last",) if order != tuple(range(len(order))) else ()
  kinds = (Axis.LOOP,) * (len(full) - len(reduce.arg)) + (Axis.REDUCE,) * len(reduce.arg)
  return _merge_axes(Kernel(ast, full, kinds, applied))


def _views(ast: AstNode) -> list[ShapeTracker]:
  return [st_of(n) for n in ast.walk() if n.op in (BufferOps.LOAD, BufferOps.CONST, BufferOps.INDEX, BufferOps.STORE)]


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



# ---- transformations of the axes: they change the loop structure, never the result ---------------------------------
def split_axis(k: Kernel, axis: int, amount: int, kinds: tuple[Axis, Axis], note: str) -> Kernel:
  """`axis` as two axes (size/amount, amount) of the given kinds, in its place."""
  size = k.full_shape[axis]
  assert size % amount == 0, (axis, amount, k.full_shape)
  full = k.full_shape[:axis] + (size // amount, amount) + k.full_shape[axis + 1:]
  new = replace(k, full_shape=full, kinds=k.kinds[:axis] + kinds + k.kinds[axis + 1:], applied=k.applied + (note,))
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


def outermost(k: Kernel, axis: int) -> Kernel:
  """Make `axis` the outermost loop. For the vector axis this keeps one panel of the vector-loaded input (a
  column block of B in A @ B) in cache while every tile of the other axis passes over it."""
  return k if axis == 0 else reorder(k, _moved(len(k.full_shape), axis, 0), f"axis {axis} outermost")


MIN_REDUCE_TO_TILE = 8            # shorter reductions gain nothing from registers and pay in code size


def worth_tiling(k: Kernel) -> bool:
  return k.reduce_node is not None and prod(k.full_shape[a] for a in k.axes(Axis.REDUCE)) >= MIN_REDUCE_TO_TILE


def walking_loads(k: Kernel) -> list:
  """The views of inputs that walk the reduction (a value broadcast along it, like softmax's row max, is read
  once and does not count)."""
  loads = [n.arg[1].views[-1] for n in k.reduce_node.walk() if n.op is BufferOps.LOAD]
  return [v for v in loads if any(v.strides[r] != 0 for r in k.axes(Axis.REDUCE))]


