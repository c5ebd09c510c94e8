"""A kernel's axes: one iteration space shared by every buffer it reads and writes.

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
