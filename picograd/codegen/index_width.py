"""GPU index math in 32 bits where it provably fits.

The linearizer computes every index (thread ids, loop counters, view offsets, divisions and remainders) in 64
bits. On a GPU that doubles the integer work and turns each division by a constant into a long sequence (or a
subroutine call); 32-bit unsigned division by a constant is a multiply-high and a shift. When no index a kernel
can form reaches INDEX32_MAX, this pass retypes its index math to uint32:

- index values are the thread and block ids, loop counters, and ADD/MUL/DIV/MOD/WHERE of them with constants;
  comparisons between them compare in 32 bits, and loads and stores take them as addresses;
- wherever an index value meets 64-bit data (an arange's value: the linearizer marks that boundary with a CAST,
  or a gather's row), it is widened by a CAST, so the program's results do not change.

Unsigned wrap-around is harmless: an intermediate sum may be negative (a padded view's offset), but adds and
multiplies agree modulo 2**32, and every value divided, compared or used as an address is in [0, INDEX32_MAX] in
the threads where it is used (masked loads read nothing elsewhere).
"""
from __future__ import annotations
from picograd.codegen.ir import Inst, IROps
from picograd.dtype import dtypes
from picograd.helpers import prod
from picograd.ops import BinaryOps, BufferOps, TernaryOps

INDEX32_MAX = 2**31 - 1   # largest index computed in 32 bits: below 2**31, it also reads right as an int32
WIDE, NARROW = dtypes.int64, dtypes.uint32
_INDEX_MATH = {BinaryOps.ADD, BinaryOps.MUL, BinaryOps.DIV, BinaryOps.MOD, TernaryOps.WHERE}
_COMPARE = {BinaryOps.CMPLT, BinaryOps.CMPEQ}
_TAKES_INDEX = {IROps.LOAD: (1,), IROps.STORE: (1,), IROps.ENDRANGE: (0,)}   # operands that stay 32-bit indices


def largest_index(ast, full_shape: tuple[int, ...], threads: int) -> int:
  """A bound on every index the kernel forms: the thread grid (rounded up to whole blocks), and for each view the
  flat positions it is read at and the largest |offset + sum of index * stride| (any partial sum included)."""
  bounds = [prod(full_shape) + threads]
  for n in ast.walk():
    if n.op not in (BufferOps.LOAD, BufferOps.CONST, BufferOps.INDEX, BufferOps.STORE): continue
    st = n.arg if n.op is BufferOps.INDEX else n.arg[1]
    for v in st.views:
      bounds += [prod(v.shape), abs(v.offset) + sum((s - 1) * abs(t) for s, t in zip(v.shape, v.strides))]
  return max(bounds)


def narrow_indices(insts: tuple[Inst, ...]) -> tuple[Inst, ...]:
  """The program with its index math in uint32 (see the module docstring)."""
  out: list[Inst] = []
  remap: dict[int, int] = {}
  index: set[int] = set()

  def put(inst: Inst) -> int:
    out.append(inst)
    return len(out) - 1

  def narrow(s: int) -> int:   # an index value or a 64-bit constant, as uint32 (constants are made where used)
    return remap[s] if s in index else put(Inst(IROps.CONST, NARROW, (), insts[s].arg))

  def wide(s: int) -> int:     # any value as the program had it
    return put(Inst(IROps.CAST, WIDE, (remap[s],))) if s in index else remap[s]

  for i, inst in enumerate(insts):
    kind = _kind(inst, insts, index)
    if kind == "index": index.add(i)
    if kind in ("index", "compare"):
      cond = [remap[inst.srcs[0]]] if inst.arg is TernaryOps.WHERE else []
      srcs = cond + [narrow(s) for s in inst.srcs[len(cond):]]
      inst = Inst(inst.op, NARROW if kind == "index" else inst.dtype, tuple(srcs), inst.arg)
    else:
      keep = _TAKES_INDEX.get(inst.op, ())
      inst = Inst(inst.op, inst.dtype, tuple(remap[s] if k in keep else wide(s) for k, s in enumerate(inst.srcs)),
                  inst.arg)
    remap[i] = put(inst)
  return tuple(out)


def _kind(inst: Inst, insts, index: set[int]) -> str:
  """'index' (retyped), 'compare' (of index values: compares in 32 bits) or 'other'."""
  if inst.op in (IROps.SPECIAL, IROps.RANGE): return "index" if inst.dtype == WIDE else "other"
  if inst.op is not IROps.ALU or not (inst.arg in _COMPARE or (inst.arg in _INDEX_MATH and inst.dtype == WIDE)):
    return "other"
  values = inst.srcs[1:] if inst.arg is TernaryOps.WHERE else inst.srcs
  is_const = lambda s: insts[s].op is IROps.CONST and insts[s].dtype == WIDE   # noqa: E731
  if not any(s in index for s in values) or not all(s in index or is_const(s) for s in values): return "other"
  return "compare" if inst.arg in _COMPARE else "index"
