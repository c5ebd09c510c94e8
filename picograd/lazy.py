"""Lazy buffers: the graph of primitive ops that a Tensor expression builds and nothing computes until realized.

A LazyBuffer is either a *base* (an op with sources, or a realized buffer) or a *view* of a base: movement ops
never make a new base, they make a view with a new ShapeTracker.
"""
from __future__ import annotations
import weakref
from contextlib import contextmanager, nullcontext
import numpy as np
from picograd.dtype import DType, check_fits, dtypes
from picograd.errors import ShapeError
from picograd.helpers import DEBUG, DUMP, VIZ, prod, user_line
from picograd.ops import (BinaryOps, CastOp, LoadOps, ReduceOps, TernaryOps, UnaryOps, MovementOps, COMPARE_OPS,
                          reduce_identity)
from picograd.shape.tracker import ShapeTracker
from picograd.hazards import Storage, latest, note_read, read_sources


# A long reduction with few outputs runs in two kernels: partial results of `parts` chunks, then their total. As one
# kernel it would run on one CPU thread (threads split the outputs) or one GPU block (a block per output).
SPLIT_MIN_REDUCE = 1 << 16        # shorter reductions take less time than a second kernel's launch saves
SPLIT_MAX_OUTPUTS = 16            # more outputs than this give the threads and blocks enough to share already
SPLIT_PARTS = (256, 128, 64, 32, 16)   # chunks, most first: enough for every thread or SM, each still long
SPLIT_MIN_CHUNK = 1024            # elements per chunk at least: the chunks' kernel must stay bandwidth-bound


def _split_reduce(shape: tuple[int, ...], axes: tuple[int, ...], dtype: DType) -> tuple[int, int] | None:
  """(the reduced axis to cut into chunks, how many), or None to reduce in one kernel. Not for 16-bit values: their
  partial results would be rounded to 16 bits."""
  reduced, outputs = prod(shape[a] for a in axes), prod(shape) // max(1, prod(shape[a] for a in axes))
  if reduced < SPLIT_MIN_REDUCE or outputs > SPLIT_MAX_OUTPUTS or dtype.itemsize < 4: return None
  for axis in axes:
    parts = next((p for p in SPLIT_PARTS if shape[axis] % p == 0 and reduced // p >= SPLIT_MIN_CHUNK), None)
    if parts is not None: return axis, parts
  return None


# The CPU's matmul kernels run fastest as tiles of dot products: both operands contiguous along the reduction, read
# as whole vectors (codegen/optimize_cpu.py). An operand read across the reduction (B of A @ B, both of a weight
# gradient x.T @ g) is first copied into that layout: the copy is O(operand), the product it speeds up O(operand x
# reuse). A GPU stages its tiles through shared memory instead, and keeps the layouts as they are.
DOT_LAYOUT_DEVICES = ("CPU",)
DOT_MIN_WORK = 1 << 22            # multiply-adds: a smaller product costs less than launching the copies
DOT_MIN_REDUCE = 32               # a shorter reduction is no matmul worth a copy
DOT_MIN_STRIDE = 256              # elements between an operand's steps along the reduction before the product is
                                  # laid out anew: rows closer than 1 KB (B of a product with 128 columns) stay in
                                  # the register tiles' reach as they are, and the copies would cost more
DOT_MIN_REUSE = 16                # each copied element must feed at least this many multiply-adds
DOT_MIN_ELEMENTS = 4096           # a smaller operand is read from cache, whatever its layout


def _dot_product(product: LazyBuffer, axes: tuple[int, ...]) -> LazyBuffer | None:
  """The product summed over `axes` (neighbours, as a batch of rows is: merged into the first) with its operands in
  the dot layout, when one of them steps far along the reduction; None to keep it as it is."""
  if product.realized is not None or axes != tuple(range(axes[0], axes[0] + len(axes))): return None
  shape = product.shape
  merged = shape[:axes[0]] + (prod(shape[a] for a in axes),) + shape[axes[-1] + 1:]
  srcs = tuple(s.reshape(merged) for s in product.srcs)
  if not any(len(s.st.views) == 1 and abs(s.st.views[0].strides[axes[0]]) >= DOT_MIN_STRIDE for s in srcs): return None
  laid = tuple(_dot_layout(s, axes[0]) for s in srcs)
  return None if laid == srcs else laid[0].e(BinaryOps.MUL, laid[1])


def _dot_layout(v: LazyBuffer, axis: int) -> LazyBuffer:
  """A matmul operand `v` (broadcast over the other operand's axes) read along the reduction `axis`: as it is, or
  through a copy contiguous along `axis` when it would be read across it."""
  if v.device not in DOT_LAYOUT_DEVICES or len(v.st.views) != 1 or v.st.views[0].mask is not None: return v
  strides, shape = v.st.views[0].strides, v.shape
  broadcast = [a for a, (st, n) in enumerate(zip(strides, shape)) if st == 0 and n > 1]
  if strides[axis] in (0, 1) or shape[axis] < DOT_MIN_REDUCE or prod(shape[a] for a in broadcast) < DOT_MIN_REUSE:
    return v
  compact = v.shrink(tuple((0, 1) if a in broadcast else (0, n) for a, n in enumerate(shape)))
  if compact.size < DOT_MIN_ELEMENTS: return v
  order = tuple(a for a in range(len(shape)) if a != axis) + (axis,)
  back = tuple(order.index(a) for a in range(len(shape)))
  return compact.permute(order).contiguous().permute(back).expand(shape)


class Origins:
  """Where new bases say they come from (`LazyBuffer.creator`), for DEBUG=2, dumps and the VIZ page: the user's line,
  or, inside `origin(label)`, the label (backward says which forward line it differentiates, an optimizer which
  parameter it updates). Off unless something shows it: walking the stack costs microseconds per op."""
  tracking: int = int(DEBUG >= 2 or bool(DUMP) or bool(VIZ))   # > 0 while anything records origins
  label: str | None = None


class _Labelled:
  """The context `origin(label)` returns while origins are tracked."""
  def __init__(self, label: str): self.label, self.before = label, None

  def __enter__(self): self.before, Origins.label = Origins.label, self.label
  def __exit__(self, *exc): Origins.label = self.before


_UNLABELLED = nullcontext()   # what `origin` returns when there is nothing to record: the backward loop enters one
                              # per op, so the common case must cost next to nothing


def origin(label: str | None):
  """`with origin(label):` bases made inside come from `label` (when origins are tracked; None keeps the enclosing
  origin)."""
  return _Labelled(label) if label is not None and Origins.tracking else _UNLABELLED


@contextmanager
def tracking_origins():
  """Record origins inside, whatever the flags say (a VIZ recording started from code)."""
  Origins.tracking += 1
  try: yield
  finally: Origins.tracking -= 1


def made_here() -> str | None:
  """The origin of something made now: the current label, else the user's line; None when nothing tracks it."""
  if not Origins.tracking: return None
  return Origins.label or user_line()


class LazyBuffer:
  def __init__(self, device: str, st: ShapeTracker, dtype: DType, op=None, srcs: tuple[LazyBuffer, ...] = (), arg=None,
               base: LazyBuffer | None = None):
    self.device, self.st, self.dtype = device, st, dtype
    self.shape: tuple[int, ...] = st.shape   # a buffer's view never changes: read these without recomputing
    self.size: int = st.size
    self._base = base
    if base is None:
      self.op, self.arg = op, arg
      self.realized = None   # the runtime buffer, once computed
      self.creator = None    # where in the user's code this was made (for DEBUG)
      self.failed: str | None = None   # why the run that was to compute this stopped first (its graph is gone)
      self.readers: list[weakref.ref] | None = None   # pending bases computed from these contents (hazards.py)
      self.storage: Storage | None = None           # the names one buffer has had over time, once it is written
      self.srcs = read_sources(self, srcs) if srcs else srcs

  @property
  def base(self) -> LazyBuffer: return self if self._base is None else self._base

  @property
  def is_realized(self) -> bool: return self.base.realized is not None

  def latest(self) -> LazyBuffer:
    """This view as read now: of the assign pending into its buffer, if one is (see hazards.py)."""
    return latest(self)

  def __repr__(self):
    b = self.base
    what = "realized" if b.realized is not None else (b.op.name if b.op is not None else "?")
    return f"<LB {self.device} {self.shape} {self.dtype.name} {what}{'' if self._base is None else ' view'}>"

  # ---- constructors -------------------------------------------------------------------------------------------
  @staticmethod
  def new(device, shape, dtype, op, srcs=(), arg=None) -> LazyBuffer:
    lb = LazyBuffer(device, ShapeTracker.from_shape(tuple(shape)), dtype, op, tuple(srcs), arg)
    if Origins.tracking: lb.creator = made_here()
    return lb

  @staticmethod
  def from_numpy(array: np.ndarray, device: str) -> LazyBuffer:
    array = np.array(array, order="C", copy=True)   # a snapshot: later edits to the array must not leak in
    return LazyBuffer.new(device, array.shape, dtypes.from_numpy(array.dtype), LoadOps.COPY, (), array)

  @staticmethod
  def const(value, shape, dtype: DType, device: str) -> LazyBuffer:
    value = bool(value) if dtype == dtypes.bool else (int(value) if dtype.is_int else float(value))
    check_fits(value, dtype, "const")
    base = LazyBuffer.new(device, (), dtype, LoadOps.CONST, (), value)
    return base.reshape((1,) * len(shape)).expand(tuple(shape))

  @staticmethod
  def arange(n: int, dtype: DType, device: str) -> LazyBuffer:
    return LazyBuffer.new(device, (n,), dtype, LoadOps.ARANGE)

  @staticmethod
  def empty(shape, dtype: DType, device: str) -> LazyBuffer:
    return LazyBuffer.new(device, shape, dtype, LoadOps.EMPTY)

  def const_like(self, value) -> LazyBuffer:
    return LazyBuffer.const(value, self.shape, self.dtype, self.device)

  # ---- compute ops ------------------------------------------------------------------------------------------------
  def e(self, op: UnaryOps | BinaryOps | TernaryOps, *others: LazyBuffer) -> LazyBuffer:
    srcs = (self,) + others
    typed = srcs[1:] if op is TernaryOps.WHERE else srcs
    for s in others:   # the Tensor broadcast and cast its operands: a mismatch here is picograd's own bug
      assert s.shape == self.shape and s.device == self.device, f"{op}: {srcs}"
      assert s.dtype == typed[0].dtype, f"{op}: operand dtypes differ: {srcs}"
    if op in COMPARE_OPS: dtype = dtypes.bool
    elif op is TernaryOps.WHERE: dtype = srcs[1].dtype
    else: dtype = self.dtype
    return LazyBuffer.new(self.device, self.shape, dtype, op, srcs)

  def cast(self, dtype: DType, bitcast: bool = False) -> LazyBuffer:
    if dtype == self.dtype: return self
    return LazyBuffer.new(self.device, self.shape, dtype, CastOp.BITCAST if bitcast else CastOp.CAST, (self,))

  def r(self, op: ReduceOps, axes: tuple[int, ...]) -> LazyBuffer:
    """Reduce over `axes`, keeping them as size-1 axes."""
    axes = tuple(sorted(a for a in axes if self.shape[a] != 1))
    if not axes: return self
    shape = tuple(1 if i in axes else s for i, s in enumerate(self.shape))
    if self.size == 0:   # nothing to reduce: the identity (a kernel loop of zero trips is never generated)
      return LazyBuffer.const(reduce_identity(op, self.dtype), shape, self.dtype, self.device)
    if op is ReduceOps.SUM and self.size >= DOT_MIN_WORK and self.base is self and self.op is BinaryOps.MUL:
      product = _dot_product(self, axes)
      if product is not None: return product.r(op, (axes[0],)).reshape(shape)
    split = _split_reduce(self.shape, axes, self.dtype)
    if split is not None:
      axis, parts = split
      chunked = self.reshape(self.shape[:axis] + (parts, self.shape[axis] // parts) + self.shape[axis + 1:])
      inner = tuple(a + (a > axis) for a in axes if a != axis) + (axis + 1,)
      return chunked.r(op, inner).r(op, (axis,)).reshape(shape)
    return LazyBuffer.new(self.device, shape, self.dtype, op, (self,), axes)

  def contiguous(self) -> LazyBuffer:
    """Force a row-major buffer of its own, unless this already is one (realized, or a copy that will be)."""
    in_buffer = (self.base.realized is not None or self.base.op in (LoadOps.COPY, LoadOps.CONTIGUOUS, LoadOps.EMPTY,
                                                                    LoadOps.ASSIGN, LoadOps.COLLECTIVE))
    if self.st.contiguous and self.size == self.base.size and in_buffer: return self
    return LazyBuffer.new(self.device, self.shape, self.dtype, LoadOps.CONTIGUOUS, (self,))

  def gather(self, row: LazyBuffer, col: LazyBuffer) -> LazyBuffer:
    """self[row, col] elementwise, self a whole 2-D buffer: a table lookup in O(result) (an embedding), where a
    one-hot comparison costs O(result * rows)."""
    assert self.st.contiguous and self.size == self.base.size and len(self.shape) == 2, self
    assert row.shape == col.shape and row.dtype.is_int and col.dtype.is_int, (row, col)
    return LazyBuffer.new(self.device, row.shape, self.dtype, LoadOps.GATHER, (self, row, col))

  def assign(self, value: LazyBuffer) -> LazyBuffer:
    """`value`, to be written into this buffer in place (self must be a whole realized buffer, or a pending assign)."""
    target = self.base.srcs[1] if self.base.op is LoadOps.ASSIGN and self.base.realized is None else self
    out = LazyBuffer.new(self.device, self.shape, self.dtype, LoadOps.ASSIGN, (value, target))
    Storage.of(target.base).will_write(out, target)
    return out

  @property
  def strided(self) -> bool:
    """Whether one view (shape, strides, offset, mask) describes this buffer's layout, so a kernel indexes it
    without division and modulo."""
    return len(self.st.views) == 1

  @property
  def assignable(self) -> bool:
    """Whether assign() can write into this buffer in place: all of one realized buffer, or a pending assign."""
    whole = self.st.contiguous and self.size == self.base.size
    return whole and (self.base.realized is not None or (self.base.op is LoadOps.ASSIGN))

  def copy_to(self, device: str) -> LazyBuffer:
    if device == self.device: return self
    return LazyBuffer.new(device, self.shape, self.dtype, LoadOps.COPY, (self.contiguous(),))

  # ---- movement ops: new views of the same base ---------------------------------------------------------------------
  copies = False   # a view standing for what PyTorch makes a copy (see _view)

  def _view(self, st: ShapeTracker, copies: bool = False) -> LazyBuffer:
    """A view of the same base. `copies`: PyTorch copies here (pad, flip, a reshape that no strides express), so
    the view keeps the contents it reads now, whatever is assigned into its base later (see hazards.py); a view
    of such a view copies too. Other views alias their base, as PyTorch's do."""
    src = self.latest()
    copies = copies or src.copies
    if st.shape == src.base.shape and st.contiguous and not copies: return src.base
    view = LazyBuffer(self.device, st, self.dtype, base=src.base)
    if copies:
      view.copies = True
      note_read(src.base, view)
    return view

  def reshape(self, shape) -> LazyBuffer:
    shape = tuple(shape)
    if prod(shape) != self.size: raise ShapeError(f"reshape: cannot view shape {self.shape} as {shape}")
    if shape == self.shape: return self
    st = self.st.reshape(shape)
    return self._view(st, copies=len(st.views) > len(self.st.views))

  def permute(self, order) -> LazyBuffer:
    return self if tuple(order) == tuple(range(len(self.shape))) else self._view(self.st.permute(tuple(order)))

  def expand(self, shape) -> LazyBuffer:
    return self if tuple(shape) == self.shape else self._view(self.st.expand(tuple(shape)))

  def pad(self, arg) -> LazyBuffer:
    return self if all(p == (0, 0) for p in arg) else self._view(self.st.pad(tuple(arg)), copies=True)

  def shrink(self, arg) -> LazyBuffer:
    return self if all(a == (0, s) for a, s in zip(arg, self.shape)) else self._view(self.st.shrink(tuple(arg)))

  def flip(self, axes) -> LazyBuffer:
    return self if not axes else self._view(self.st.flip(tuple(axes)), copies=True)

  def movement(self, op: MovementOps, arg) -> LazyBuffer:
    return {MovementOps.RESHAPE: self.reshape, MovementOps.PERMUTE: self.permute, MovementOps.EXPAND: self.expand,
            MovementOps.PAD: self.pad, MovementOps.SHRINK: self.shrink, MovementOps.FLIP: self.flip}[op](arg)
