"""The closed vocabulary of primitive ops every Tensor method is built from."""
from __future__ import annotations
import math
from dataclasses import dataclass
from enum import Enum, auto
from typing import Any
from picograd.dtype import DType, dtypes
from picograd.helpers import postorder


class UnaryOps(Enum):
  EXP2 = auto(); LOG2 = auto(); SIN = auto(); SQRT = auto(); RECIP = auto(); NEG = auto()   # noqa: E702


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


@dataclass(frozen=True, eq=True, repr=False)
class AstNode:
  """One node of a kernel's op tree. Immutable and hashable: a tree keys its compiled program.

  Leaves: LOAD arg=(buffer index, ShapeTracker), CONST arg=(value, ShapeTracker), INDEX arg=ShapeTracker.
  Root: STORE arg=(buffer index, ShapeTracker) with one source. REDUCE arg=axes; CAST has the new dtype in dtype.
  GATHER arg=(buffer index, rows, cols), srcs=(row, col): element [row, col] of a row-major buffer (NaN, or 0 for
  integers, where the row is out of range).
  """
  op: Op
  srcs: tuple[AstNode, ...]
  arg: Any
  dtype: Any

  def __hash__(self):
    """Trees key the program cache; hashing them recursively on every lookup would dominate small kernels."""
    h = self.__dict__.get("_hash")
    if h is None:
      h = hash((self.op, self.srcs, self.arg, self.dtype))
      object.__setattr__(self, "_hash", h)
    return h

  def __eq__(self, other) -> bool:
    """Structural equality, each pair of subtrees compared once (the generated one re-walks shared subtrees
    along every path: exponential in the depth of a DAG)."""
    if self is other: return True
    if not isinstance(other, AstNode): return NotImplemented
    seen, stack = set(), [(self, other)]
    while stack:
      a, b = stack.pop()
      if a is b or (id(a), id(b)) in seen: continue
      if hash(a) != hash(b) or a.op != b.op or a.arg != b.arg: return False
      if a.dtype != b.dtype or len(a.srcs) != len(b.srcs): return False
      if a.op is BufferOps.CONST and math.copysign(1, a.arg[0]) != math.copysign(1, b.arg[0]): return False   # -0.0
      seen.add((id(a), id(b)))
      stack.extend(zip(a.srcs, b.srcs))
    return True

  def walk(self):
    """Every node of the tree once, sources before users, without recursion."""
    return postorder([self], lambda n: n.srcs)

  def __repr__(self): return format_ast(self)


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
