"""Eager semantics for buffers written in place: a tensor's value is fixed when the op that made it is called.

Nothing is computed until realized, so a lazy value may still be pending when `assign` (an optimizer step,
`__setitem__`, running statistics) overwrites a buffer it was computed from. Two rules keep PyTorch's answers:
  - a read made after an assign was issued sees it: reading any name of a buffer while an assign into it is
    pending reads the assign's result (a view of a tensor made before `w.assign(...)` sees the new contents, as a
    PyTorch view does);
  - a read made before sees the old contents: when the assign runs, the values still pending that were computed
    from the buffer's current contents (its readers, held weakly) are pointed at a copy of those contents first.
Nothing is copied when no such value is alive, as in a training step whose loss is realized with the update.
"""
from __future__ import annotations
import weakref
from picograd.ops import LoadOps


class Storage:
  """One buffer over time: the realized bases naming it (the first, then each assign's result, as each runs) and
  the latest assign issued into it that has not run yet."""
  __slots__ = ("names", "pending")

  def __init__(self, first):
    self.names: weakref.WeakSet = weakref.WeakSet([first])
    self.pending = None

  @staticmethod
  def of(base) -> Storage:
    if base.storage is None: base.storage = Storage(base)
    return base.storage

  def will_write(self, assign, target):
    """Note an assign issued into the buffer: reads from now on see it, and it overwrites `assign.prev`, the
    latest version before it (a pending assign, or the buffer's realized contents): the scheduler runs it after
    that version's writer and its readers."""
    assign.storage, assign.prev = self, self.pending if self.pending is not None else target.base
    self.pending = assign

  def written(self, assign):
    self.names.add(assign)
    assign.prev = None
    if self.pending is assign: self.pending = None

  def stale_readers(self) -> list:
    """Values still to be computed from the buffer's current contents, through any of its names: pending bases,
    and views that copy in PyTorch (each reads the buffer whenever it is used)."""
    readers = (ref() for name in list(self.names) if name.readers for ref in list(name.readers))
    return [r for r in readers if r is not None and (r.copies or r.realized is None)]

  def keep_values_read(self, realize_now) -> int:
    """Before an assign overwrites the buffer: copy the contents aside for the values still pending that read them
    (`realize_now(lazybuffer)` computes the copy), and point them at it. Returns the elements copied."""
    stale = self.stale_readers()
    if not stale: return 0
    name = next(iter(self.names))
    copy = type(name).new(name.device, name.shape, name.dtype, LoadOps.CONTIGUOUS)
    copy.srcs = (name,)   # set after construction: this read must go past the pending assign, not through it
    realize_now(copy)
    names = set(self.names)
    for r in stale:
      if r.copies: r._base = copy
      else: r.srcs = tuple(_onto(s, copy) if s.base in names else s for s in r.srcs)
    for name in names: name.readers = None   # all of them read the copy now
    return copy.size


def _onto(src, base):
  """The same view as `src`, of another base holding the same elements (an assign may name its buffer by a view
  of another shape)."""
  if src is src.base and src.shape == base.shape: return base
  return type(src)(src.device, src.st, src.dtype, base=base)


def latest(lb):
  """`lb` as read now: the same view of the assign pending into its buffer, if one is (unless `lb` copies)."""
  storage = lb.base.storage
  pending = storage.pending if storage is not None else None
  return lb if pending is None or pending is lb.base or lb.copies else _onto(lb, pending)


PRUNE_READERS_FROM = 32   # a base's list of readers drops the dead ones when it reaches 32, 64, 128, ... entries


def note_read(base, reader):
  """Weak references in a plain list, not a WeakSet: one is made for every base read, and a WeakSet costs tens of
  times more to build. Dead entries are dropped as the list doubles, so a weight read every step stays small."""
  if base.readers is None:
    base.readers = [weakref.ref(reader)]
    return
  base.readers.append(weakref.ref(reader))
  n = len(base.readers)
  if n >= PRUNE_READERS_FROM and n & (n - 1) == 0: base.readers = [r for r in base.readers if r() is not None]


def read_sources(reader, srcs: tuple) -> tuple:
  """`reader`'s sources as read now (through any assign pending into them), each noted as read by it."""
  if reader.op is LoadOps.ASSIGN: return (_read(reader, srcs[0]),) + srcs[1:]   # its target is where it writes
  return tuple([_read(reader, s) for s in srcs])


def _read(reader, src):
  if src.base.op in (LoadOps.CONST, LoadOps.ARANGE) and src.base.realized is None: return src   # never written
  src = latest(src)
  note_read(src.base, reader)
  return src
