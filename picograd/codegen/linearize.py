"""Lower a Kernel to the flat IR: loops over the output axes, an accumulator loop over the reduce axes, loads
through each view's index math, the fused ALU ops, and one store."""
from __future__ import annotations
from picograd.codegen.ir import Inst, IROps, Program, check_program
from picograd.codegen.kernel import Kernel
from picograd.dtype import DType, dtypes
from picograd.helpers import prod
from picograd.ops import AstNode, BinaryOps, BufferOps, CastOp, ReduceOps, TernaryOps
from picograd.shape.tracker import ShapeTracker
from picograd.shape.view import View

IDX = dtypes.index


def zero(dtype: DType):
  return False if dtype == dtypes.bool else (0.0 if dtype.is_float else 0)


def reduce_identity(op: ReduceOps, dtype: DType):
  if op is ReduceOps.SUM: return zero(dtype)
  if dtype.is_float: return float("-inf")
  if dtype == dtypes.bool: return False
  return 0 if dtype.is_unsigned else -(2 ** (8 * dtype.itemsize - 1))


class _Builder:
  """Appends instructions, folding constant index math and sharing equal pure values within a loop scope."""

  def __init__(self):
    self.insts: list[Inst] = []
    self.shared: dict[Inst, tuple[int, int]] = {}   # inst -> (position, loop depth it was made at)
    self.depth = 0

  def emit(self, op: IROps, dtype, srcs=(), arg=None) -> int:
    inst = Inst(op, dtype, tuple(srcs), arg)
    pure = op in (IROps.CONST, IROps.ALU, IROps.CAST, IROps.LOAD, IROps.BUFFER)
    if pure and inst in self.shared: return self.shared[inst][0]
    self.insts.append(inst)
    if pure: self.shared[inst] = (len(self.insts) - 1, 0 if op is IROps.CONST else self.depth)
    return len(self.insts) - 1

  def const(self, value, dtype: DType = IDX) -> int: return self.emit(IROps.CONST, dtype, (), value)
  def value_of(self, i: int): return self.insts[i].arg if self.insts[i].op is IROps.CONST else None

  def open_loop(self, end: int, axis: int) -> int:
    r = self.emit(IROps.RANGE, IDX, (self.const(0), self.const(end)), axis)
    self.depth += 1
    return r

  def close_loop(self, r: int):
    self.emit(IROps.ENDRANGE, None, (r,))
    self.depth -= 1
    self.shared = {k: v for k, v in self.shared.items() if v[1] <= self.depth}

  # ---- index math, folded where it is constant -------------------------------------------------------------
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

  def and_(self, a: int | None, b: int | None) -> int | None:
    """None stands for 'always true'."""
    if a is None or self.value_of(a) is True: return b
    if b is None or self.value_of(b) is True: return a
    return self.alu(BinaryOps.AND, dtypes.bool, a, b)

  # ---- views ---------------------------------------------------------------------------------------------
  def view_index(self, v: View, idxs: list[int]) -> tuple[int, int | None]:
    offset = self.const(v.offset)
    for i, stride in zip(idxs, v.strides): offset = self.add(offset, self.mul(i, stride))
    valid = None
    for i, (lo, hi), s in zip(idxs, v.mask or (), v.shape):
      if lo > 0: valid = self.and_(valid, self.lt(self.const(lo - 1), i))
      if hi < s: valid = self.and_(valid, self.lt(i, self.const(hi)))
    return offset, valid

  def st_index(self, st: ShapeTracker, idxs: list[int]) -> tuple[int, int | None]:
    offset, valid = self.view_index(st.views[-1], idxs)
    for v in reversed(st.views[:-1]):
      dims, inner = [], prod(v.shape)
      for s in v.shape:
        inner //= s
        dims.append(self.mod(self.div(offset, inner), s))
      offset, inner_valid = self.view_index(v, dims)
      valid = self.and_(valid, inner_valid)
    return offset, valid


def _count_flops(ast: AstNode, k: Kernel) -> int:
  inner = set(k.reduce_node.walk()) if k.reduce_node is not None else set()
  alu = [n for n in ast.walk() if n.op not in BufferOps and n.op is not CastOp.CAST]
  return sum(prod(k.full_shape) if n in inner else prod(k.output_shape) for n in alu)


def linearize(k: Kernel, name: str, buffer_dtypes: tuple[DType, ...]) -> Program:
  b = _Builder()
  bufs = [b.emit(IROps.BUFFER, dt, (), (i, f"data{i}", i == 0)) for i, dt in enumerate(buffer_dtypes)]
  loops = []
  idxs = []
  for axis, s in enumerate(k.full_shape[:k.first_reduce]):
    r = b.open_loop(s, axis)
    loops.append(r)
    idxs.append(r)
  values: dict[AstNode, int] = {}

  def lower(node: AstNode, idxs: list[int]) -> int:
    """Emit the IR for a subtree (iteratively, sources first) and return the instruction holding its value."""
    for n in node.walk():
      if n in values: continue
      if n.op is BufferOps.LOAD:
        buf, st = n.arg
        offset, valid = b.st_index(st, idxs)
        values[n] = b.emit(IROps.LOAD, n.dtype, (bufs[buf], offset) + (() if valid is None else (valid,)))
      elif n.op in (BufferOps.CONST, BufferOps.INDEX):
        st = n.arg[1] if n.op is BufferOps.CONST else n.arg
        offset, valid = b.st_index(st, idxs)
        v = b.const(n.arg[0], n.dtype) if n.op is BufferOps.CONST else b.emit(IROps.CAST, n.dtype, (offset,))
        values[n] = v if valid is None else b.alu(TernaryOps.WHERE, n.dtype, valid, v, b.const(zero(n.dtype), n.dtype))
      elif n.op is CastOp.CAST:
        values[n] = b.emit(IROps.CAST, n.dtype, (values[n.srcs[0]],))
      else:
        values[n] = b.alu(n.op, n.dtype, *(values[s] for s in n.srcs))
    return values[node]

  red = k.reduce_node
  if red is not None:
    acc = b.emit(IROps.ACC, red.dtype, (), reduce_identity(red.op, red.dtype))
    full_idxs = list(idxs)
    rloops = []
    for axis in range(k.first_reduce, len(k.full_shape)):
      r = b.open_loop(k.full_shape[axis], axis)
      rloops.append(r)
      full_idxs.append(r)
    v = lower(red.srcs[0], full_idxs)
    b.emit(IROps.ASSIGN, None, (acc, b.alu(BinaryOps.ADD if red.op is ReduceOps.SUM else BinaryOps.MAX, red.dtype, acc, v)))
    for r in reversed(rloops): b.close_loop(r)
    values[red] = acc
    idxs = idxs + [b.const(0)] * len(rloops)
  store = k.ast
  out = lower(store.srcs[0], idxs)
  offset, _ = b.st_index(store.arg[1], idxs)
  b.emit(IROps.STORE, None, (bufs[0], offset, out))
  for r in reversed(loops): b.close_loop(r)
  insts = tuple(b.insts)
  check_program(insts)
  return Program(name, insts, buffer_dtypes, _count_flops(k.ast, k))
