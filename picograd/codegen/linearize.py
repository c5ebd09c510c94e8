"""Lower a Kernel to the flat IR: loops over the output axes, an accumulator loop over the reduce axes, loads
through each view's index math, the fused ALU ops, and one store."""
from __future__ import annotations
import functools
import itertools
from picograd.codegen.ir import Inst, IROps, Launch, Program, check_program
from picograd.codegen.kernel import Axis, Kernel
from picograd.dtype import DType, dtypes
from picograd.helpers import postorder, prod
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


_PURE = frozenset({IROps.CONST, IROps.ALU, IROps.CAST, IROps.BITCAST, IROps.BUFFER, IROps.SPECIAL})


class _Builder:
  """Appends instructions, folding constant index math and sharing equal pure values within a loop scope."""

  def __init__(self):
    self.insts: list[Inst] = []
    self.shared: dict[tuple, tuple[int, int]] = {}   # (op, dtype, srcs, arg) -> (position, loop depth it was made at)
    self.depth = 0

  def emit(self, op: IROps, dtype, srcs=(), arg=None) -> int:
    srcs = tuple(srcs)
    key = (op, dtype, srcs, arg)
    pure = op in _PURE or (op is IROps.LOAD and self.insts[srcs[0]].op is IROps.BUFFER)   # shared memory changes between reads
    if pure and key in self.shared: return self.shared[key][0]
    self.insts.append(Inst(op, dtype, srcs, arg))
    if pure: self.shared[key] = (len(self.insts) - 1, 0 if op is IROps.CONST else self.depth)
    return len(self.insts) - 1

  def const(self, value, dtype: DType = IDX) -> int: return self.emit(IROps.CONST, dtype, (), value)
  def value_of(self, i: int): return self.insts[i].arg if self.insts[i].op is IROps.CONST else None

  def open_loop(self, end: int, axis: int, vectorize: bool = True, parallel: bool = False) -> int:
    r = self.emit(IROps.RANGE, IDX, (self.const(0), self.const(end)), (axis, vectorize, parallel))
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

  def unravel(self, flat: int, sizes: list[int]) -> list[int]:
    """Row-major indices of a flat position (the first axis needs no modulo: flat is in range)."""
    out, inner = [], prod(sizes)
    for i, s in enumerate(sizes):
      inner //= s
      q = self.div(flat, inner)
      out.append(q if i == 0 else self.mod(q, s))
    return out

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


def _count_flops(k: Kernel) -> int:
  inner = set(k.reduce_node.walk()) if k.reduce_node is not None else set()
  alu = [n for n in k.ast.walk() if n.op not in BufferOps and n.op not in CastOp]
  return sum(prod(k.full_shape) if n in inner else prod(k.output_shape) for n in alu)


class _Lowerer:
  """Emits the IR of op-tree nodes at given loop indices; each (node, indices) pair is emitted once."""

  def __init__(self, b: _Builder, bufs: list[int]):
    self.b, self.bufs = b, bufs
    self.values: dict[tuple[AstNode, tuple[int, ...]], int] = {}

  def lower(self, node: AstNode, idxs: list[int]) -> int:
    b, key = self.b, tuple(idxs)
    for n in self._unlowered(node, key):
      if n.op is BufferOps.LOAD:
        buf, st = n.arg
        offset, valid = b.st_index(st, idxs)
        v = b.emit(IROps.LOAD, n.dtype, (self.bufs[buf], offset) + (() if valid is None else (valid,)))
      elif n.op in (BufferOps.CONST, BufferOps.INDEX):
        offset, valid = b.st_index(n.arg[1] if n.op is BufferOps.CONST else n.arg, idxs)
        v = b.const(n.arg[0], n.dtype) if n.op is BufferOps.CONST else b.emit(IROps.CAST, n.dtype, (offset,))
        if valid is not None: v = b.alu(TernaryOps.WHERE, n.dtype, valid, v, b.const(zero(n.dtype), n.dtype))
      elif n.op in CastOp:
        v = b.emit(IROps.CAST if n.op is CastOp.CAST else IROps.BITCAST, n.dtype, (self.values[(n.srcs[0], key)],))
      else:
        v = b.alu(n.op, n.dtype, *(self.values[(s, key)] for s in n.srcs))
      self.values[(n, key)] = v
    return self.values[(node, key)]

  def _unlowered(self, node: AstNode, key) -> list[AstNode]:
    """Nodes of the tree without a value at these indices yet, sources first; known values cut the walk short."""
    return postorder([node], lambda n: n.srcs, skip=lambda n: (n, key) in self.values)


def linearize(k: Kernel, name: str, buffer_dtypes: tuple[DType, ...]) -> Program:
  """CPU: loops over LOOP axes. GPU: LOOP axes from the thread (or block) index. Inside either, per UPCAST value an
  accumulator and a store, with REDUCE loops innermost."""
  b = _Builder()
  bufs = [b.emit(IROps.BUFFER, dt, (), (i, f"data{i}", i == 0)) for i, dt in enumerate(buffer_dtypes)]
  low = _Lowerer(b, bufs)
  sizes = [k.full_shape[a] for a in k.axes(Axis.LOOP)]
  outputs = prod(sizes)
  launch, closers = None, []
  if not k.threads:   # the first loop's bounds come from the caller, which may split it across threads
    outer = [b.open_loop(s, a, parallel=i == 0) for i, (s, a) in enumerate(zip(sizes, k.axes(Axis.LOOP)))]
    closers = [functools.partial(b.close_loop, r) for r in reversed(outer)]
  elif k.group:
    launch = Launch(outputs, k.threads)
    outer = b.unravel(b.emit(IROps.SPECIAL, IDX, (), "block"), sizes)
  else:
    launch = Launch(-(-outputs // k.threads), k.threads)
    gid = b.add(b.mul(b.emit(IROps.SPECIAL, IDX, (), "block"), k.threads), b.emit(IROps.SPECIAL, IDX, (), "thread"))
    if launch.blocks * launch.threads != outputs: closers = [functools.partial(b.close_if, b.open_if(b.lt(gid, b.const(outputs))))]
    outer = b.unravel(gid, sizes)
  tiles = list(itertools.product(*(range(k.full_shape[a]) for a in k.axes(Axis.UPCAST))))
  post = outer + [b.const(0)] * len(k.axes(Axis.REDUCE))
  red = k.reduce_node
  if red is not None: _reduce(b, low, k, red, outer, post, tiles)
  store_tiles = tiles if not k.group else [()]
  guard = b.open_if(b.alu(BinaryOps.CMPEQ, dtypes.bool, b.emit(IROps.SPECIAL, IDX, (), "thread"), b.const(0))) if k.group else None
  for tile in store_tiles:
    idxs = post + [b.const(v) for v in tile]
    out = low.lower(k.ast.srcs[0], idxs)
    offset, _ = b.st_index(k.ast.arg[1], idxs)
    b.emit(IROps.STORE, None, (bufs[0], offset, out))
  if guard is not None: b.close_if(guard)
  for close in closers: close()
  insts = tuple(b.insts)
  check_program(insts)
  return Program(name, insts, buffer_dtypes, _count_flops(k), launch, sizes[0] if sizes and not k.threads else 0)


def _reduce(b: _Builder, low: _Lowerer, k: Kernel, red: AstNode, outer: list[int], post: list[int], tiles):
  """Accumulate the reduction into one accumulator per tile; the result becomes the reduce node's value at `post`."""
  combine = BinaryOps.ADD if red.op is ReduceOps.SUM else BinaryOps.MAX
  accs = [b.emit(IROps.ACC, red.dtype, (), reduce_identity(red.op, red.dtype)) for _ in tiles]
  raxes = k.axes(Axis.REDUCE)
  # with registers tiled by hand, LLVM must not also vectorize the reduce loop (it would gather)
  serial = raxes[:-1] if k.group else raxes
  loops = [b.open_loop(k.full_shape[a], a, vectorize=k.vector_reduce or not k.axes(Axis.UPCAST)) for a in serial]
  ridxs, in_range = list(loops), None
  if k.group:   # thread t takes elements t, t + threads, ... of the last reduce axis
    size = k.full_shape[raxes[-1]]
    step = b.open_loop(-(-size // k.threads), raxes[-1])
    loops.append(step)
    r = b.add(b.mul(step, k.threads), b.emit(IROps.SPECIAL, IDX, (), "thread"))
    if size % k.threads:   # the last round is partial: read a valid element, then leave the accumulator alone
      in_range = b.lt(r, b.const(size))
      r = b.alu(TernaryOps.WHERE, IDX, in_range, r, b.const(size - 1))
    ridxs.append(r)
  for acc, tile in zip(accs, tiles):
    v = low.lower(red.srcs[0], outer + ridxs + [b.const(t) for t in tile])
    new = b.alu(combine, red.dtype, acc, v)
    if in_range is not None: new = b.alu(TernaryOps.WHERE, red.dtype, in_range, new, acc)
    b.emit(IROps.ASSIGN, None, (acc, new))
  for r in reversed(loops): b.close_loop(r)
  if k.group: accs = [_combine_across_threads(b, k.threads, combine, red.dtype, accs[0])]
  for acc, tile in zip(accs, tiles): low.values[(red, tuple(post + [b.const(t) for t in tile]))] = acc


def _combine_across_threads(b: _Builder, threads: int, combine, dtype: DType, acc: int) -> int:
  """Tree-combine one value per thread in shared memory; thread 0 then reads the block's total."""
  thread = b.emit(IROps.SPECIAL, IDX, (), "thread")
  partial = b.emit(IROps.LOCAL, dtype, (), ("partial", threads))
  b.emit(IROps.STORE, None, (partial, thread, acc))
  b.emit(IROps.BARRIER, None)
  half = threads // 2
  while half >= 1:
    active = b.open_if(b.lt(thread, b.const(half)))
    mine = b.emit(IROps.LOAD, dtype, (partial, thread))
    theirs = b.emit(IROps.LOAD, dtype, (partial, b.add(thread, b.const(half))))
    b.emit(IROps.STORE, None, (partial, thread, b.alu(combine, dtype, mine, theirs)))
    b.close_if(active)
    b.emit(IROps.BARRIER, None)
    half //= 2
  return b.emit(IROps.LOAD, dtype, (partial, b.const(0)))
