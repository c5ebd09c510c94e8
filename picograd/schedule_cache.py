"""Reuse a schedule: eager code realizes graphs of the same structure again and again (every training step, every
token generated), and deriving the schedule anew each time would cost more than running it.

A lazy graph's structure is everything `create_schedule` reads: per unrealized base its op, argument (a constant's
value and sign, a reduce's axes; not a copy's host data), dtype, shape and device; per source which base it is (by
position in the walk) or which realized buffer, and the view it is read through; an assign's previous version; which
bases share a buffer (storage) and which are outputs. Two graphs with equal structure get the same schedule up to
the buffers it names, so a hit binds the cached steps to the new graph's bases and runs no fuser. Anything else
(another view, dtype, constant, a realized input where one was lazy, a write in place since) is another key.
"""
from __future__ import annotations
import math
import weakref
from collections import OrderedDict
from dataclasses import dataclass
from picograd.helpers import GlobalCounters
from picograd.lazy import LazyBuffer
from picograd.ops import AstNode, BufferOps, LoadOps
from picograd.schedule import ScheduleItem, collect, create_schedule

MAX_CACHED_SCHEDULES = 1024   # graph structures kept (least recently used go first): memory stays bounded


@dataclass(frozen=True)
class _Step:
  """A ScheduleItem with bases named by reference: i >= 0 the i-th base of the walk, ~k the k-th realized buffer."""
  op: LoadOps | BufferOps
  out: int
  inputs: tuple[int, ...]
  ast: AstNode | None
  reason: str
  fused: tuple[str, ...]
  target: int | None
  region: tuple[int, ...]


_cache: OrderedDict[tuple, tuple[_Step, ...]] = OrderedDict()


def clear():
  _cache.clear()


def schedule(outs: list[LazyBuffer]) -> list[ScheduleItem]:
  """The steps realizing `outs`: the cached ones bound to this graph when its structure was seen before."""
  bases = collect(outs)
  key, names = _structure(outs, bases)
  steps = _cache.get(key)
  if steps is not None:
    _cache.move_to_end(key)
    GlobalCounters.schedule_cache_hits += 1
    return [_bind(s, names) for s in steps]
  items = create_schedule(outs, bases)
  _cache[key] = tuple(_template(it, names) for it in items)
  while len(_cache) > MAX_CACHED_SCHEDULES: _cache.popitem(last=False)
  return items


class _Names:
  """Each base of one graph as a reference, and back."""

  def __init__(self, bases: list[LazyBuffer]):
    self.bases, self.leaves = bases, []
    self.index = {id(b): i for i, b in enumerate(bases)}
    self.leaf_index: dict[int, int] = {}
    self.storages: dict[int, int] = {}

  def ref(self, b: LazyBuffer) -> int:
    i = self.index.get(id(b))
    if i is not None: return i
    k = self.leaf_index.get(id(b))
    if k is None:
      k = self.leaf_index[id(b)] = len(self.leaves)
      self.leaves.append(b)
    return ~k

  def base(self, ref: int) -> LazyBuffer: return self.bases[ref] if ref >= 0 else self.leaves[~ref]

  def storage(self, b: LazyBuffer) -> int:
    """Which buffer a base names, as the order it was first seen in: bases sharing one get the same number."""
    return -1 if b.storage is None else self.storages.setdefault(id(b.storage), len(self.storages))


def _arg_key(b: LazyBuffer):
  if b.op is LoadOps.COPY: return None   # host data: the copy step reads it from the base when it runs
  if b.op is LoadOps.CONST and isinstance(b.arg, float): return (b.arg, math.copysign(1.0, b.arg))   # -0.0 != 0.0
  return b.arg


def _structure(outs: list[LazyBuffer], bases: list[LazyBuffer]) -> tuple[tuple, _Names]:
  names = _Names(bases)
  parts = []
  for b in bases:
    srcs = tuple((names.ref(s.base), s.st) for s in b.srcs)
    prev = names.ref(b.prev) if b.op is LoadOps.ASSIGN and b.prev is not None else None
    parts.append((b.op, _arg_key(b), b.dtype, b.shape, b.device, srcs, prev, names.storage(b)))
  leaves = tuple((x.dtype, x.shape, x.device, names.storage(x)) for x in names.leaves)
  wanted = tuple((names.ref(o.base), o.st) for o in outs)
  return (tuple(parts), leaves, wanted), names


def _template(it: ScheduleItem, names: _Names) -> _Step:
  return _Step(it.op, names.ref(it.out), tuple(names.ref(b) for b in it.inputs), it.ast, it.reason, it.fused,
               None if it.target is None else names.ref(it.target), tuple(names.ref(b) for b in it.region))


def _bind(s: _Step, names: _Names) -> ScheduleItem:
  base = names.base
  return ScheduleItem(s.op, base(s.out), tuple(base(r) for r in s.inputs), s.ast, s.reason, s.fused,
                      None if s.target is None else base(s.target), weakref.WeakSet(base(r) for r in s.region))
