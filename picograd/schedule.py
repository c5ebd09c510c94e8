"""Group a lazy graph into kernels.

Every base that must live in memory ("realized") becomes the root of one kernel; everything between it and the
realized bases it reads is fused into that kernel. The rules for what must be realized, each with the reason
DEBUG=2 prints:
  - the outputs, explicit `.contiguous()`, copies between host and devices, collectives (exchanges with other
    processes), assigns, the table a gather reads;
  - a reduce whose result is read through anything but its own layout (e.g. broadcast back, as in softmax),
    a second reduce in one kernel, or a reduce several kernels read (so it is computed once); on the CPU, a
    matmul whose result feeds transcendentals (a GELU runs on whole vectors in a kernel of its own);
  - a computed value broadcast to a larger shape (recomputing it per repeat would multiply its cost), unless it is a
    few ops on constants or a cast of a buffer (a 16-bit matmul's widened inputs: cheaper to convert per read);
  - a value padded with zeros whose op does not map zeros to zero (the padding would read f(0) instead of 0);
  - the value of an assign that reads its own target other than element for element.
Realizing a base can change what the kernels that fused it may fuse, so the rules are applied until nothing
changes (`create_schedule`); then the steps are ordered (sources first, and writes in place after their reads).
Beside the lazy graph, below the engine: it reads LazyBuffers and makes ScheduleItems, and runs nothing.
"""
from __future__ import annotations
import weakref
from dataclasses import dataclass, field
from picograd.errors import PicogradError
from picograd.helpers import GlobalCounters, postorder
from picograd.lazy import DOT_LAYOUT_DEVICES, DOT_MIN_REDUCE, LazyBuffer
from picograd.ops import AstNode, BinaryOps, BufferOps, CastOp, LoadOps, ReduceOps, UnaryOps, ZERO_PRESERVING
from picograd.shape.tracker import ShapeTracker


CHEAP_CONSTANT_OPS = 12   # a constant expression this small is recomputed wherever it is broadcast, not stored
DEVICE_OPS = (LoadOps.COPY, LoadOps.EMPTY, LoadOps.COLLECTIVE)   # steps that fill a buffer without a kernel
TRANSCENDENTALS = (UnaryOps.EXP, UnaryOps.EXP2, UnaryOps.LOG2, UnaryOps.SIN)   # tens of instructions per value
EPILOGUE_MIN_OUTPUTS = 4096       # a matmul with fewer outputs keeps its epilogue: a kernel launch costs more


@dataclass(eq=False)
class ScheduleItem:
  """One step of a realize: a compute kernel (`ast` is a STORE tree) or a device operation (COPY, EMPTY, COLLECTIVE:
  its `out.arg` says which exchange, until the step has run)."""
  op: LoadOps | BufferOps
  out: LazyBuffer                    # the base this step fills
  inputs: tuple[LazyBuffer, ...] = ()   # bases read, in buffer order 1, 2, ...
  ast: AstNode | None = field(default=None, repr=False)
  reason: str = ""                   # why `out` is a buffer of its own
  fused: tuple[str, ...] = ()        # names of the ops in the kernel
  target: LazyBuffer | None = None   # an assign's target: the realized base whose buffer `out` is written into
  # the other bases the kernel computes (fused into it), held weakly: a temporary kept alive by the schedule would
  # count as a reader an assign must keep the old contents for (see hazards.py). Plain references, not a WeakSet:
  # one is made per kernel per realize, and a WeakSet costs tens of times more to build.
  region: tuple[weakref.ref, ...] = field(default=(), repr=False)

  @property
  def is_kernel(self) -> bool: return self.op is BufferOps.STORE

  def computes(self, base: LazyBuffer) -> bool:
    """Whether this step computes `base`: its output, or a base fused into it (recomputed by each kernel that
    fuses it). Constants, realized bases and the buffers a kernel reads belong to no step."""
    return base is self.out or any(r() is base for r in self.region)

  def __repr__(self) -> str:
    what = "kernel" if self.is_kernel else self.op.name.lower()
    if self.op is LoadOps.COLLECTIVE and self.out.arg is not None: what += f" {self.out.arg}"
    into = " (assign)" if self.target is not None else ""
    reads = ", ".join(f"{b.shape} {b.dtype.name}" for b in self.inputs) or "nothing"
    fuses = f" fuses {' '.join(self.fused)};" if self.fused else ""
    return f"{what} {self.out.shape} {self.out.dtype.name}{into} <- {reads};{fuses} own buffer: {self.reason or '-'}"


def format_schedule(items: list[ScheduleItem]) -> str:
  """One numbered line per step."""
  return "\n".join(f"{i:3d} {it!r}" for i, it in enumerate(items))


def _computed_srcs(b) -> tuple:
  """The sources whose values a base's kernel computes from: an assign's target is only where it writes, and a
  gather's table is read at computed addresses (a buffer the kernel reads, not a value fused into it)."""
  if b.op is LoadOps.ASSIGN: return b.srcs[:1]
  return b.srcs[1:] if b.op is LoadOps.GATHER else b.srcs


def _expands(st: ShapeTracker) -> bool:
  return any(stride == 0 and s > 1 for v in st.views for s, stride in zip(v.shape, v.strides))


def _masked(st: ShapeTracker) -> bool:
  return any(v.mask is not None for v in st.views)


def collect(outs) -> list:
  """All unrealized bases reachable from `outs`, sources before users; an assign also needs the pending write it
  follows into the same buffer, which must not run after it."""
  def needs(b):
    if b.failed is not None:
      raise PicogradError(f"this value was never computed: the run that was to compute it failed ({b.failed})")
    return [s.base for s in b.srcs] + ([b.prev] if b.op is LoadOps.ASSIGN and b.prev is not None else [])
  return postorder([o.base for o in outs], needs, skip=lambda b: b.realized is not None)


class _Fuser:
  """Builds the op tree of one kernel and notes the sources that must be realized for it to be valid."""

  def __init__(self, root: LazyBuffer, reasons: dict):
    self.root, self.reasons = root, reasons   # reasons: the bases realized so far (shared, growing), with why
    self.inputs: list[LazyBuffer] = []
    self.requests: dict[LazyBuffer, str] = {}   # sources that must be realized for this kernel, with why
    self.reduce = None
    self.fused: list[str] = []
    self.reduces_seen: list[LazyBuffer] = []
    self.region: dict[int, LazyBuffer] = {}   # the bases fused into this kernel, by id
    self.ast: AstNode | None = None

  def _is_leaf(self, b) -> bool:
    if b.realized is not None or b.op in (LoadOps.CONST, LoadOps.ARANGE): return True
    return b in self.reasons and b is not self.root

  def _leaf(self, b, st: ShapeTracker) -> AstNode:
    if b.op is LoadOps.CONST and b.realized is None: return AstNode(BufferOps.CONST, (), (b.arg, st), b.dtype)
    if b.op is LoadOps.ARANGE and b.realized is None: return AstNode(BufferOps.INDEX, (), st, b.dtype)
    if b not in self.inputs: self.inputs.append(b)
    return AstNode(BufferOps.LOAD, (), (self.inputs.index(b) + 1, st), b.dtype)

  def _check(self, b, st: ShapeTracker, src_st: ShapeTracker):
    """Why `b`, read through `src_st` (its own view) and `st` (composed up to the root), cannot be fused, or None."""
    if b.op in ReduceOps:
      if self.root.op in ReduceOps or self.reduce not in (None, b): return "two reduces in one kernel"
      if not (st.contiguous and st.size == b.size): return "reduce result read through a broadcast or reordered view"
      return None
    if _expands(src_st) and not (self._constant(b) or self._cast_of_buffer(b)):
      return "computed value broadcast to a larger shape"
    if _masked(st) and b.op not in ZERO_PRESERVING: return f"zero padding of {b.op.name}, which does not map 0 to 0"
    return None

  def _cast_of_buffer(self, b) -> bool:
    """True when b converts a buffer's values (a 16-bit matmul's inputs widened to float32): converting each read is
    as cheap as reading a stored copy, which would cost a kernel and a buffer; and the GPU then sees the 16-bit
    loads its tensor cores take."""
    if b.op is not CastOp.CAST: return False
    src = b.srcs[0].base
    return src.realized is not None or src in self.reasons or src.op in DEVICE_OPS

  def _constant(self, b) -> bool:
    """True when b is a few ops on constants alone: recomputing it per element costs next to nothing
    (random numbers, a hash of dozens of ops per element, are not)."""
    seen, stack = set(), [b]
    while stack:
      x = stack.pop()
      if id(x) in seen: continue
      seen.add(id(x))
      if x.realized is not None or x in self.reasons or x.op in DEVICE_OPS or x.op in ReduceOps: return False
      if len(seen) > CHEAP_CONSTANT_OPS: return False
      stack.extend(s.base for s in x.srcs)
    return True

  def build(self) -> AstNode:
    root_st = ShapeTracker.from_shape(self.root.shape)
    memo: dict = {}
    children: dict = {}
    stack = [(self.root, root_st, False)]
    while stack:
      b, st, expanded = stack.pop()
      key = (id(b), st)
      if not expanded:
        if key in children: continue
        children[key] = [self._child(b, st, s) for s in _computed_srcs(b)]
        stack.append((b, st, True))
        stack.extend((cb, cst, False) for cb, cst, leaf in children[key] if leaf is None)
        continue
      if key in memo: continue
      srcs = tuple(memo[(id(cb), cst)] if leaf is None else leaf for cb, cst, leaf in children[key])
      memo[key] = self._node(b, st, srcs)
    self.ast = AstNode(BufferOps.STORE, (memo[(id(self.root), root_st)],), (0, root_st), self.root.dtype)
    if self._costly_matmul_epilogue():
      self.requests.setdefault(self.reduce, "a matmul whose result feeds transcendentals")
    return self.ast

  def _costly_matmul_epilogue(self) -> bool:
    """A CPU matmul's kernel computes its outputs a few at a time, as tiles of dot products: transcendentals fused
    after it (a GELU) run on one value at a time, while in an elementwise kernel of their own they run on whole
    vectors. With enough outputs that is worth the extra pass over them."""
    red = self.reduce
    if red is None or red.device not in DOT_LAYOUT_DEVICES or red.srcs[0].base.op is not BinaryOps.MUL: return False
    if red.size < EPILOGUE_MIN_OUTPUTS or red.srcs[0].size // red.size < DOT_MIN_REDUCE: return False
    above = set(self.ast.walk()) - set(next(n for n in self.ast.walk() if n.op in ReduceOps).walk())
    return any(n.op in TRANSCENDENTALS for n in above)

  def _child(self, b, st: ShapeTracker, src):
    """(base, composed view, leaf node or None when the base is fused)."""
    child_st = src.st if b.op in ReduceOps else src.st + st
    cb = src.base
    if self._is_leaf(cb): return cb, child_st, self._leaf(cb, child_st)
    reason = self._check(cb, child_st, src.st)
    if reason is not None:
      self.requests.setdefault(cb, reason)
      return cb, child_st, self._leaf(cb, child_st)
    if cb.op in ReduceOps: self.reduce = cb
    self.region[id(cb)] = cb
    return cb, child_st, None

  def _node(self, b, st: ShapeTracker, srcs: tuple[AstNode, ...]) -> AstNode:
    if b is self.root and b.op in (LoadOps.CONST, LoadOps.ARANGE): return self._leaf(b, st)
    if b.op in (LoadOps.CONTIGUOUS, LoadOps.ASSIGN): return srcs[0]
    self.fused.append(b.op.name)
    if b.op is LoadOps.GATHER: return self._gather(b, srcs)
    if b.op in ReduceOps:
      self.reduces_seen.append(b)
      return AstNode(b.op, srcs, b.arg, b.dtype)
    return AstNode(b.op, srcs, None, b.dtype)


  def _gather(self, b, srcs: tuple[AstNode, ...]) -> AstNode:
    """The table is read whole (a row-major view of its base) at the addresses the kernel computes."""
    view, table = b.srcs[0], b.srcs[0].base
    if not self._is_leaf(table): self.requests.setdefault(table, "table read by a gather")
    if table not in self.inputs: self.inputs.append(table)
    return AstNode(BufferOps.GATHER, srcs, (self.inputs.index(table) + 1,) + view.shape, b.dtype)


def _initial_reasons(outs, bases) -> dict[LazyBuffer, str]:
  reasons = {}
  for b in bases:
    if b.op is LoadOps.COPY: reasons[b] = "copy to the device"
    elif b.op is LoadOps.EMPTY: reasons[b] = "empty buffer"
    elif b.op is LoadOps.COLLECTIVE: reasons[b] = "a collective"
    elif b.op is LoadOps.CONTIGUOUS: reasons[b] = "explicit contiguous"
    elif b.op is LoadOps.ASSIGN: reasons[b] = "assign into an existing buffer"
  for o in outs:
    if o.base.realized is None: reasons.setdefault(o.base, "output")
  return reasons


class _Plan:
  """Which bases get a buffer of their own, each with its reason, and the kernel fused for each: grown until the
  kernels need no more boundaries than it has."""

  def __init__(self, reasons: dict[LazyBuffer, str]):
    self.reasons = reasons
    self.fusers: dict[LazyBuffer, _Fuser] = {}

  def settle(self):
    dirty = [r for r in self.reasons if r.op not in DEVICE_OPS]
    while dirty: dirty = self._fuse(dirty)

  def _fuse(self, dirty: list[LazyBuffer]) -> list[LazyBuffer]:
    """Fuse the kernels of these roots (anew); returns the roots to fuse again: each new boundary's own, and those
    of the kernels that had fused a base now a boundary."""
    for r in dirty:
      self.fusers[r] = _Fuser(r, self.reasons)
      self.fusers[r].build()
    new = self._boundaries(dirty)
    self.reasons.update(new)
    new_ids = {id(b) for b in new}
    again = [r for r, f in self.fusers.items() if not new_ids.isdisjoint(f.region)]
    return again + [b for b in new if b.op not in DEVICE_OPS]

  def _boundaries(self, dirty: list[LazyBuffer]) -> dict[LazyBuffer, str]:
    """Bases the kernels just fused need realized, with why (a later rule's reason wins)."""
    new = {b: why for r in dirty for b, why in self.fusers[r].requests.items() if b not in self.reasons}
    values = (_assign_hazard(self.fusers[r]) for r in dirty)
    new.update({v: "assign reads its own target through another view" for v in values
                if v is not None and v not in self.reasons})
    new.update(self._shared_reduces())
    return new

  def _shared_reduces(self) -> dict[LazyBuffer, str]:
    """A reduce fused into several kernels is computed once, into a buffer of its own."""
    owners: dict[LazyBuffer, set] = {}
    for r, f in self.fusers.items():
      for red in f.reduces_seen: owners.setdefault(red, set()).add(r)
    shared = (red for red, rs in owners.items() if len(rs) > 1 and red not in self.reasons)
    return {red: "reduce read by several kernels" for red in shared}

  def item(self, b: LazyBuffer) -> ScheduleItem:
    if b.op in DEVICE_OPS: return ScheduleItem(b.op, b, tuple(s.base for s in b.srcs), None, self.reasons[b])
    f = self.fusers[b]
    target = b.srcs[1].base if b.op is LoadOps.ASSIGN else None
    return ScheduleItem(BufferOps.STORE, b, tuple(f.inputs), f.ast, self.reasons[b], tuple(f.fused), target,
                        tuple(weakref.ref(b) for b in f.region.values()))


def create_schedule(outs: list[LazyBuffer], bases: list[LazyBuffer] | None = None) -> list[ScheduleItem]:
  """The steps that realize `outs`, in an order that runs each step after its inputs (`bases`: collect(outs), when
  the caller has it)."""
  GlobalCounters.schedule_count += 1
  bases = collect(outs) if bases is None else bases
  plan = _Plan(_initial_reasons(outs, bases))
  plan.settle()
  return _order([plan.item(b) for b in bases if b in plan.reasons])


def _assign_hazard(fuser: _Fuser) -> LazyBuffer | None:
  """An assign whose kernel reads its target other than element-for-element would overwrite what it still reads:
  its value must then be computed into a buffer of its own first."""
  root = fuser.root
  if root.op is not LoadOps.ASSIGN: return None
  slots = {i + 1 for i, b in enumerate(fuser.inputs) if b.storage is root.storage}   # any name of the buffer it writes
  identity = ShapeTracker.from_shape(root.shape)
  reads = [n for n in fuser.ast.walk() if n.op in (BufferOps.LOAD, BufferOps.GATHER) and n.arg[0] in slots]
  if all(n.op is BufferOps.LOAD and n.arg[1] == identity for n in reads): return None
  return root.srcs[0].base


class AssignOrderError(PicogradError):
  """A kernel reads both the old and the new contents of a buffer an assign in the same schedule writes: no order
  of the kernels is right. Realizing `assigns` (sources first) one by one, each keeping the old contents for the
  values pending that read them, resolves it."""
  def __init__(self, assigns: list):
    super().__init__("assign: a kernel reads both the old and the new value of an assigned tensor; "
                     "realize the assignment first")
    self.assigns = assigns


def _overwritten(assign):
  """Whether a base names the contents `assign` overwrites: the version before it, or, when that is realized, any
  realized name of the same buffer (all read its current contents)."""
  prev = assign.prev
  if prev.realized is None: return lambda b: b is prev
  return lambda b: b.realized is not None and b.storage is assign.storage


def _order(items: list[ScheduleItem]) -> list[ScheduleItem]:
  """Each step once all it must follow have run, keeping the given order among the steps ready together."""
  after = _must_follow(items)
  done, ordered = set(), []
  while len(ordered) < len(items):
    ready = [it for it in items if id(it) not in done and after[id(it)] <= done]
    if not ready: raise AssignOrderError([it.out for it in items if it.target is not None and id(it) not in done])
    for it in ready:
      done.add(id(it))
      ordered.append(it)
  return ordered


def _must_follow(items: list[ScheduleItem]) -> dict[int, set[int]]:
  """id(step) -> ids of the steps to run first: the producers of its inputs, and for an assign the write before it
  into the same buffer (writes in issue order) and every step that reads what it overwrites."""
  producer = {id(it.out): it for it in items}
  after: dict[int, set[int]] = {id(it): set() for it in items}
  for it in items:
    after[id(it)].update(id(producer[id(b)]) for b in it.inputs if id(b) in producer)
    if it.target is None: continue
    overwritten = _overwritten(it.out)
    if id(it.out.prev) in producer: after[id(it)].add(id(producer[id(it.out.prev)]))
    after[id(it)].update(id(r) for r in items if r is not it and any(overwritten(b) for b in r.inputs))
  return after
