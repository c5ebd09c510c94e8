"""The closed vocabulary of primitive ops every Tensor method is built from."""
from __future__ import annotations
import math
import weakref
from dataclasses import dataclass
from enum import Enum, auto
from typing import Any
from picograd.dtype import DType, dtypes
from picograd.helpers import postorder


class UnaryOps(Enum):
  EXP2 = auto(); LOG2 = auto(); SIN = auto(); SQRT = auto(); RECIP = auto(); NEG = auto()   # noqa: E702
  EXP = auto()   # e**x: one range reduction and a polynomial in the renderers, where exp2(x * log2(e)) would lose
                 # |x| ulps to the rounding of the product


class BinaryOps(Enum):
  ADD = auto(); SUB = auto(); MUL = auto(); DIV = auto(); MAX = auto(); MOD = auto()   # noqa: E702
  CMPLT = auto(); CMPEQ = auto(); AND = auto(); OR = auto(); XOR = auto(); SHL = auto(); SHR = auto()   # noqa: E702


class TernaryOps(Enum):
  WHERE = auto()


class ReduceOps(Enum):
  SUM = auto(); MAX = auto()   # noqa: E702


def reduce_identity(op: ReduceOps, dt: DType):
  """The value a reduction starts from, and the result of reducing nothing."""
  if op is ReduceOps.SUM: return False if dt == dtypes.bool else (0.0 if dt.is_float else 0)
  return dtypes.min(dt)


class MovementOps(Enum):
  RESHAPE = auto(); PERMUTE = auto(); EXPAND = auto(); PAD = auto(); SHRINK = auto(); FLIP = auto()   # noqa: E702


class LoadOps(Enum):
  CONST = auto()       # one value, broadcast by its view
  EMPTY = auto()       # a buffer with no defined contents
  COPY = auto()        # bytes from the host (a NumPy array) or another device
  CONTIGUOUS = auto()  # force the source into its own buffer, laid out row-major
  ARANGE = auto()      # 0..n-1 computed in the kernel: the seed of arange, eye and random numbers
  ASSIGN = auto()      # write srcs[0] into the buffer of srcs[1] (realized), in place
  GATHER = auto()      # element (srcs[1], srcs[2]) of srcs[0], a whole (rows, cols) buffer: an embedding's rows
  COLLECTIVE = auto()  # the sources exchanged with the other processes of a group (arg: a Collective)


COLLECTIVE_KINDS = ("all_reduce", "broadcast", "all_gather", "reduce_scatter")
REDUCE_KINDS = ("sum", "avg", "max")


@dataclass(frozen=True)
class Collective:
  """What a COLLECTIVE step does, as a value that keys the schedule cache and prints in a line. The sources (one
  tensor, or a bucket of several, read as one flat buffer) are combined across the `ranks` processes of the group
  numbered `group`: all_reduce (each rank gets the `op` of all), broadcast (rank `root`'s), all_gather (the ranks'
  buffers one after another), reduce_scatter (rank r gets the r-th slice of the all_reduce). `shapes`, the
  sources' shapes, let the ranks check they agree before exchanging (and name both shapes when they do not)."""
  kind: str
  op: str = "sum"
  root: int = 0
  group: int = 0
  ranks: int = 1
  shapes: tuple[tuple[int, ...], ...] = ()

  def __post_init__(self):
    assert self.kind in COLLECTIVE_KINDS and self.op in REDUCE_KINDS, self

  def __str__(self) -> str:
    detail = {"all_reduce": f"({self.op})", "reduce_scatter": f"({self.op})", "broadcast": f"(root {self.root})"}
    return f"{self.kind}{detail.get(self.kind, '')} over {self.ranks} ranks of group {self.group}"


class BufferOps(Enum):
  """Leaves and root of a kernel's op tree, and GATHER: a load at an address computed in the kernel."""
  LOAD = auto(); CONST = auto(); INDEX = auto(); STORE = auto(); GATHER = auto()   # noqa: E702


class CastOp(Enum):
  CAST = auto()      # convert the value
  BITCAST = auto()   # reinterpret the bits


ALUOps = UnaryOps | BinaryOps | TernaryOps
Op = UnaryOps | BinaryOps | TernaryOps | ReduceOps | MovementOps | LoadOps | BufferOps | CastOp

COMPARE_OPS = {BinaryOps.CMPLT, BinaryOps.CMPEQ}
# ops with f(0, ..., 0) == 0: a zero-padded view of their result equals their result on zero-padded inputs
ZERO_PRESERVING = {BinaryOps.ADD, BinaryOps.SUB, BinaryOps.MUL, BinaryOps.MAX, BinaryOps.AND, BinaryOps.OR,
                   BinaryOps.XOR, BinaryOps.SHL, BinaryOps.SHR, UnaryOps.NEG, UnaryOps.SQRT, UnaryOps.SIN,
                   TernaryOps.WHERE, CastOp.CAST, CastOp.BITCAST, BinaryOps.CMPLT}


@dataclass(frozen=True, eq=False, repr=False)
class AstNode:
  """One node of a kernel's op tree. Immutable and hash-consed: building a node equal to one alive returns that
  node, so structurally equal trees are one object and a tree keys its compiled program at the cost of one hash.

  Leaves: LOAD arg=(buffer index, ShapeTracker), CONST arg=(value, ShapeTracker), INDEX arg=ShapeTracker.
  Root: STORE arg=(buffer index, ShapeTracker) with one source. REDUCE arg=axes; CAST has the new dtype in dtype.
  GATHER arg=(buffer index, rows, cols), srcs=(row, col): element [row, col] of a row-major buffer (NaN, or 0 for
  integers, where the row is out of range).
  """
  op: Op
  srcs: tuple[AstNode, ...]
  arg: Any
  dtype: Any

  def __new__(cls, op, srcs, arg, dtype):
    # the sources are hash-consed already, so they are compared by identity; a live entry keeps its sources alive,
    # so their ids are not reused while it can match. -0.0 and 0.0 are equal as keys but not as constants.
    negative_zero = op is BufferOps.CONST and math.copysign(1, arg[0]) < 0
    key = (op, tuple(map(id, srcs)), arg, dtype, negative_zero)
    node = _INTERNED.get(key)
    if node is None:
      node = object.__new__(cls)
      object.__setattr__(node, "_hash", hash(key))
      _INTERNED[key] = node
    return node

  def __hash__(self): return self._hash
  def __eq__(self, other) -> bool: return self is other

  def walk(self):
    """Every node of the tree once, sources before users, without recursion."""
    return postorder([self], lambda n: n.srcs)

  def __repr__(self): return format_ast(self)


_INTERNED: weakref.WeakValueDictionary = weakref.WeakValueDictionary()


def format_ast(ast: AstNode) -> str:
  """The op tree one node a line, sources first, each shared subtree once: `@3 ADD float32 @1 @2`."""
  nodes = ast.walk()
  number = {id(n): i for i, n in enumerate(nodes)}
  lines = []
  for i, n in enumerate(nodes):
    srcs = " ".join(f"@{number[id(s)]}" for s in n.srcs)
    lines.append(f"@{i:<3d} {n.op.name:<8s} {n.dtype.name:<8s} {srcs:<10s} {_format_arg(n)}".rstrip())
  return "\n".join(lines)


def _format_arg(n: AstNode) -> str:
  if n.op in (BufferOps.LOAD, BufferOps.STORE): return f"data{n.arg[0]} {_format_views(n.arg[1])}"
  if n.op is BufferOps.CONST: return f"{n.arg[0]!r} {_format_views(n.arg[1])}"
  if n.op is BufferOps.INDEX: return _format_views(n.arg)
  if n.op is BufferOps.GATHER: return f"data{n.arg[0]} rows={n.arg[1]} cols={n.arg[2]}"
  if n.op in ReduceOps: return f"axes={n.arg}"
  return "" if n.arg is None else repr(n.arg)


def _format_views(st) -> str:
  """A ShapeTracker in one line: each view's shape, strides, and offset and mask where they say something."""
  def one(v) -> str:
    return (f"shape={v.shape} strides={v.strides}" + (f" offset={v.offset}" if v.offset else "")
            + (f" mask={v.mask}" if v.mask is not None else ""))
  return " | ".join(one(v) for v in st.views)
