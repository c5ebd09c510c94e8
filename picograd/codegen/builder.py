"""Appending IR instructions: constant folding for index math, sharing of equal pure values within a loop scope,
loops and ifs that open and close scopes, and the index math of a view.

The builder emits exactly what it is asked for; the semantic rules (codegen/rules.py) sit on top of it.
"""
from __future__ import annotations
import math
from picograd.codegen.ir import Inst, IROps, Loop
from picograd.dtype import DType, dtypes
from picograd.helpers import prod
from picograd.ops import BinaryOps, TernaryOps
from picograd.shape.tracker import ShapeTracker
from picograd.shape.view import View

IDX = dtypes.index

_PURE = frozenset({IROps.CONST, IROps.ALU, IROps.CAST, IROps.BITCAST, IROps.BUFFER, IROps.SPECIAL, IROps.LANE})


class IRBuilder:
  """Appends instructions, folding constant index math and sharing equal pure values within a loop scope."""

  def __init__(self):
    self.insts: list[Inst] = []
    self.shared: dict[tuple, tuple[int, int]] = {}   # (op, dtype, srcs, arg) -> (position, loop depth it was made at)
    self.depth = 0

  def emit(self, op: IROps, dtype, srcs=(), arg=None) -> int:
    srcs = tuple(srcs)
    key = (op, dtype, srcs, arg, math.copysign(1, arg) if op is IROps.CONST else None)   # 0.0 and -0.0 differ
    pure = op in _PURE or (op is IROps.LOAD and self.insts[srcs[0]].op is IROps.BUFFER)   # shared memory changes
    if pure and key in self.shared: return self.shared[key][0]
    self.insts.append(Inst(op, dtype, srcs, arg))
    if pure: self.shared[key] = (len(self.insts) - 1, 0 if op is IROps.CONST else self.depth)
    return len(self.insts) - 1

  def const(self, value, dtype: DType = IDX) -> int: return self.emit(IROps.CONST, dtype, (), value)
  def value_of(self, i: int): return self.insts[i].arg if self.insts[i].op is IROps.CONST else None
  def dtype_of(self, i: int) -> DType: return self.insts[i].dtype
  def special(self, name: str) -> int: return self.emit(IROps.SPECIAL, IDX, (), name)

  # ---- scopes ------------------------------------------------------------------------------------------------
  def open_loop(self, end: int, axis: int, vectorize: bool = True, parallel: bool = False) -> int:
    r = self.emit(IROps.RANGE, IDX, (self.const(0), self.const(end)), Loop(axis, vectorize, parallel))
    self.depth += 1
    return r

  def close_loop(self, r: int): self._close(IROps.ENDRANGE, r)

  def open_if(self, cond: int) -> int:
    i = self.emit(IROps.IF, None, (cond,))
    self.depth += 1
    return i

  def close_if(self, i: int): self._close(IROps.ENDIF, i)

  def _close(self, op: IROps, opener: int):
    """End a loop or if: values made inside are out of scope after it."""
    self.emit(op, None, (opener,))
    self.depth -= 1
    self.shared = {k: v for k, v in self.shared.items() if v[1] <= self.depth}

  # ---- arithmetic, folded where it is constant ---------------------------------------------------------------
  def alu(self, op, dtype, *srcs: int) -> int:
    return self.emit(IROps.ALU, dtype, srcs, op)

  def add(self, a: int, b: int) -> int:
    va, vb = self.value_of(a), self.value_of(b)
    if va is not None and vb is not None: return self.const(va + vb)
    if va == 0: return b
    if vb == 0: return a
    return self.alu(BinaryOps.ADD, IDX, a, b)

  def mul(self, a: int, c: int) -> int:
    va = self.value_of(a)
    if c == 0 or va == 0: return self.const(0)
    if va is not None: return self.const(va * c)
    return a if c == 1 else self.alu(BinaryOps.MUL, IDX, a, self.const(c))

  def div(self, a: int, c: int) -> int:
    """a // c for a >= 0 and a constant c > 0: index math, which needs none of rules.py's guards."""
    va = self.value_of(a)
    if va is not None: return self.const(va // c)
    return a if c == 1 else self.alu(BinaryOps.DIV, IDX, a, self.const(c))

  def mod(self, a: int, c: int) -> int:
    va = self.value_of(a)
    if va is not None: return self.const(va % c)
    return self.const(0) if c == 1 else self.alu(BinaryOps.MOD, IDX, a, self.const(c))

  def lt(self, a: int, b: int) -> int:
    va, vb = self.value_of(a), self.value_of(b)
    if va is not None and vb is not None: return self.const(va < vb, dtypes.bool)
    return self.alu(BinaryOps.CMPLT, dtypes.bool, a, b)

  def eq(self, a: int, b: int) -> int:
    va, vb = self.value_of(a), self.value_of(b)
    if va is not None and vb is not None: return self.const(va == vb, dtypes.bool)
    return self.alu(BinaryOps.CMPEQ, dtypes.bool, a, b)

  def and_(self, a: int | None, b: int | None) -> int | None:
    """None stands for 'always true'."""
    if a is None or self.value_of(a) is True: return b
    if b is None or self.value_of(b) is True: return a
    return self.alu(BinaryOps.AND, dtypes.bool, a, b)

  def or_(self, a: int, b: int) -> int:
    if self.is_false(a): return b
    if self.is_false(b): return a
    return self.alu(BinaryOps.OR, dtypes.bool, a, b)

  def where(self, cond: int, a: int, b: int) -> int:
    if self.value_of(cond) is not None: return a if self.value_of(cond) else b
    return self.alu(TernaryOps.WHERE, self.dtype_of(a), cond, a, b)

  def is_false(self, i: int) -> bool: return self.insts[i].op is IROps.CONST and self.insts[i].arg is False

  # ---- index math of views -----------------------------------------------------------------------------------
  def unravel(self, flat: int, sizes: list[int]) -> list[int]:
    """Row-major indices of a flat position (the first axis needs no modulo: flat is in range)."""
    out, inner = [], prod(sizes)
    for i, s in enumerate(sizes):
      inner //= s
      q = self.div(flat, inner)
      out.append(q if i == 0 else self.mod(q, s))
    return out

  def view_index(self, v: View, idxs: list[int]) -> tuple[int, int | None]:
    """The element a view reads at these indices, and where it is valid (None: everywhere)."""
    offset = self.const(v.offset)
    for i, stride in zip(idxs, v.strides): offset = self.add(offset, self.mul(i, stride))
    valid = None
    for i, (lo, hi), s in zip(idxs, v.mask or (), v.shape):
      if lo > 0: valid = self.and_(valid, self.lt(self.const(lo - 1), i))
      if hi < s: valid = self.and_(valid, self.lt(i, self.const(hi)))
    return offset, valid

  def st_index(self, st: ShapeTracker, idxs: list[int]) -> tuple[int, int | None]:
    """view_index through a stack of views: each view below reads the flat position of the one above."""
    if any(0 in v.shape for v in st.views): return self.const(0), self.const(False, dtypes.bool)   # nothing to read
    offset, valid = self.view_index(st.views[-1], idxs)
    for v in reversed(st.views[:-1]):
      dims, inner = [], prod(v.shape)
      for s in v.shape:
        inner //= s
        dims.append(self.mod(self.div(offset, inner), s))
      offset, inner_valid = self.view_index(v, dims)
      valid = self.and_(valid, inner_valid)
    return offset, valid
