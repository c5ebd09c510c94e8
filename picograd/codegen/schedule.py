"""Group a lazy graph into kernels.

Every base that must live in memory ("realized") becomes the root of one kernel; everything between it and the
realized bases it reads is fused into that kernel. The rules for what must be realized, each with the reason
DEBUG=2 prints:
  - the outputs, explicit `.contiguous()`, copies between host and devices;
  - a reduce whose result is read through anything but its own layout (e.g. broadcast back, as in softmax),
    a second reduce in one kernel, or a reduce several kernels read (so it is computed once);
  - a computed value broadcast to a larger shape (recomputing it per repeat would multiply its cost);
  - a value padded with zeros whose op does not map zeros to zero (the padding would read f(0) instead of 0).
Works on LazyBuffer objects without importing lazy.py: codegen sits below the lazy layer.
"""
from __future__ import annotations
from dataclasses import dataclass, field
from picograd.errors import PicogradError
from picograd.helpers import GlobalCounters, postorder
from picograd.ops import AstNode, BufferOps, LoadOps, ReduceOps, ZERO_PRESERVING
from picograd.shape.tracker import ShapeTracker


CHEAP_CONSTANT_OPS = 12   # a constant expression this small is recomputed wherever it is broadcast, not stored


@dataclass(eq=False)
class ScheduleItem:
  """One step of a realize: a compute kernel (`ast` is a STORE tree) or a device operation (COPY, EMPTY)."""
  op: LoadOps | BufferOps
  out: object                        # the base LazyBuffer this step fills
  inputs: tuple = ()                 # base LazyBuffers read, in buffer order 1, 2, ...
  ast: AstNode | None = None
  reason: str = ""                   # why `out` is a buffer of its own
  fused: tuple[str, ...] = field(default=())   # names of the ops in the kernel

  @property
  def is_kernel(self) -> bool: return self.op is BufferOps.STORE


def _computed_srcs(b) -> tuple:
  """The sources whose values a base's kernel computes from: an assign's target is only where it writes."""
  return b.srcs[:1] if b.op is LoadOps.ASSIGN else b.srcs


def _expands(st: ShapeTracker) -> bool:
  return any(stride == 0 and s > 1 for v in st.views for s, stride in zip(v.shape, v.strides))


def _masked(st: ShapeTracker) -> bool:
  return any(v.mask is not None for v in st.views)


def _collect(outs) -> list:
  """All unrealized bases reachable from `outs`, sources before users; an assign also needs the pending write it
  follows into the same buffer, which must not run after it."""
  def needs(b): return [s.base for s in b.srcs] + ([b.prev] if b.op is LoadOps.ASSIGN and b.prev is not None else [])
  return postorder([o.base for o in outs], needs, skip=lambda b: b.realized is not None)


class _Fuser:
  """Builds the op tree of one kernel and notes the sources that must be realized for it to be valid."""

  def __init__(self, root, realize: dict):
    self.root, self.realize = root, realize
    self.inputs: list = []
    self.requests: dict = {}
    self.reduce = None
    self.fused: list[str] = []
    self.reduces_seen: list = []
    self.region: set[int] = set()   # ids of the bases fused into this kernel

  def _is_leaf(self, b) -> bool:
    return b.realized is not None or (b in self.realize and b is not self.root) or b.op in (LoadOps.CONST, LoadOps.ARANGE)

  def _leaf(self, b, st: ShapeTracker) -> AstNode:
    if b.op is LoadOps.CONST and b.realized is None: return AstNode(BufferOps.CONST, (), (b.arg, st), b.dtype)
    if b.op is LoadOps.ARANGE and b.realized is None: return AstNode(BufferOps.INDEX, (), st, b.dtype)
    if b not in self.inputs: self.inputs.append(b)
    return AstNode(BufferOps.LOAD, (), (self.inputs.index(b) + 1, st), b.dtype)

  def _check(self, b, st: ShapeTracker, src_st: ShapeTracker):
    """Why `b`, read through `src_st` (its own view) and `st` (composed up to the root), cannot be fused, or None."""
    if b.op in ReduceOps:
      if self.root.op in ReduceOps or (self.reduce is not None and self.reduce is not b): return "two reduces in one kernel"
      if not (st.contiguous and st.size == b.size): return "reduce result read through a broadcast or reordered view"
      return None
    if _expands(src_st) and not self._constant(b): return "computed value broadcast to a larger shape"
    if _masked(st) and b.op not in ZERO_PRESERVING: return f"zero padding of {b.op.name}, which does not map 0 to 0"
    return None

  def _constant(self, b) -> bool:
    """True when b is a few ops on constants alone: recomputing it per element costs next to nothing
    (random numbers, a hash of dozens of ops per element, are not)."""
    seen, stack = set(), [b]
    while stack:
      x = stack.pop()
      if id(x) in seen: continue
      seen.add(id(x))
      if x.realized is not None or x in self.realize or x.op in (LoadOps.COPY, LoadOps.EMPTY) or x.op in ReduceOps: return False
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
    ast = memo[(id(self.root), root_st)]
    return AstNode(BufferOps.STORE, (ast,), (0, root_st), self.root.dtype)

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
    self.region.add(id(cb))
    return cb, child_st, None

  def _node(self, b, st: ShapeTracker, srcs: tuple[AstNode, ...]) -> AstNode:
    if b is self.root and b.op in (LoadOps.CONST, LoadOps.ARANGE): return self._leaf(b, st)
    if b.op in (LoadOps.CONTIGUOUS, LoadOps.ASSIGN): return srcs[0]
    self.fused.append(b.op.name)
    if b.op in ReduceOps:
      self.reduces_seen.append(b)
      return AstNode(b.op, srcs, b.arg, b.dtype)
    return AstNode(b.op, srcs, None, b.dtype)


def _initial_reasons(outs, bases) -> dict:
  realize = {}
  for b in bases:
    if b.op is LoadOps.COPY: realize[b] = "copy to the device"
    elif b.op is LoadOps.EMPTY: realize[b] = "empty buffer"
    elif b.op is LoadOps.CONTIGUOUS: realize[b] = "explicit contiguous"
    elif b.op is LoadOps.ASSIGN: realize[b] = "assign into an existing buffer"
  for o in outs:
    if o.base.realized is None: realize.setdefault(o.base, "output")
  return realize


def create_schedule(outs) -> list[ScheduleItem]:
  """The steps that realize `outs` (LazyBuffers), in an order that runs each step after its inputs."""
  GlobalCounters.schedule_count += 1
  bases = _collect(outs)
  realize = _initial_reasons(outs, bases)
  fusers: dict = {}
  asts: dict = {}
  dirty = [r for r in realize if r.op not in (LoadOps.COPY, LoadOps.EMPTY)]
  while dirty:   # realizing one base can change what the kernels that fused it may fuse: rebuild only those
    for r in dirty:
      fusers[r] = _Fuser(r, realize)
      asts[r] = fusers[r].build()
    requests = {b: why for r in dirty for b, why in fusers[r].requests.items() if b not in realize}
    requests.update({v: "assign reads its own target through another view" for r in dirty if (v := _assign_hazard(r, fusers[r], asts[r])) is not None and v not in realize})
    owners: dict = {}
    for r, f in fusers.items():
      for red in f.reduces_seen: owners.setdefault(red, set()).add(r)
    requests.update({red: "reduce read by several kernels" for red, rs in owners.items() if len(rs) > 1 and red not in realize})
    realize.update(requests)
    new_ids = {id(b) for b in requests}
    dirty = [r for r, f in fusers.items() if f.region & new_ids] + [b for b in requests if b.op not in (LoadOps.COPY, LoadOps.EMPTY)]
  items = []
  for b in bases:
    if b not in realize: continue
    if b.op in (LoadOps.COPY, LoadOps.EMPTY):
      items.append(ScheduleItem(b.op, b, tuple(s.base for s in b.srcs), None, realize[b]))
      continue
    f = fusers[b]
    items.append(ScheduleItem(BufferOps.STORE, b, tuple(f.inputs), asts[b], realize[b], tuple(f.fused)))
  return _order(items)


def _assign_hazard(root, fuser: _Fuser, ast: AstNode):
  """An assign whose kernel reads its target other than element-for-element would overwrite what it still reads:
  its value must then be computed into a buffer of its own first."""
  if root.op is not LoadOps.ASSIGN: return None
  slots = {i + 1 for i, b in enumerate(fuser.inputs) if b.storage is root.storage}   # any name of the buffer it writes
  identity = ShapeTracker.from_shape(root.shape)
  if all(n.arg[1] == identity for n in ast.walk() if n.op is BufferOps.LOAD and n.arg[0] in slots): return None
  return root.srcs[0].base


class AssignOrderError(PicogradError):
  """A kernel reads both the old and the new contents of a buffer an assign in the same schedule writes: no order
  of the kernels is right. Realizing `assigns` (sources first) one by one, each keeping the old contents for the
  values pending that read them, resolves it."""
  def __init__(self, assigns: list):
    super().__init__("assign: a kernel reads both the old and the new value of an assigned tensor; realize the assignment first")
    self.assigns = assigns


def _overwritten(assign):
  """Whether a base names the contents `assign` overwrites: the version before it, or, when that is realized, any
  realized name of the same buffer (all read its current contents)."""
  prev = assign.prev
  if prev.realized is None: return lambda b: b is prev
  return lambda b: b.realized is not None and b.storage is assign.storage


def _order(items: list[ScheduleItem]) -> list[ScheduleItem]:
  """Sources before users, assigns into one buffer in the order they were issued, and every read of what an assign
  overwrites before it."""
  producer = {id(it.out): it for it in items}
  after: dict[int, set[int]] = {id(it): set() for it in items}   # item -> items that must run first
  for it in items:
    after[id(it)].update(id(producer[id(b)]) for b in it.inputs if id(b) in producer)
    if it.out.op is LoadOps.ASSIGN:
      overwritten = _overwritten(it.out)
      if id(it.out.prev) in producer: after[id(it)].add(id(producer[id(it.out.prev)]))   # writes in issue order
      after[id(it)].update(id(r) for r in items if r is not it and any(overwritten(b) for b in r.inputs))
  done, ordered, by_id = set(), [], {id(it): it for it in items}
  while len(ordered) < len(items):
    ready = [it for it in items if id(it) not in done and after[id(it)] <= done]
    if not ready: raise AssignOrderError([it.out for it in items if it.out.op is LoadOps.ASSIGN and id(it) not in done])
    for it in ready:   # keep the given order among the ready ones
      done.add(id(it))
      ordered.append(it)
  assert len(by_id) == len(ordered)
  return ordered
