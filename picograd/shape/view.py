"""One view of a buffer: which element sits at each index of a shape, and which indices are padding.

An index i maps to element `offset + sum(i[d] * strides[d])` when every i[d] lies in `mask[d]`; outside the
mask the view reads zero. Every movement op is a change to these four fields; no data moves.
"""
from __future__ import annotations
from dataclasses import dataclass
from picograd.helpers import prod, strides_for_shape

Shape = tuple[int, ...]
Mask = tuple[tuple[int, int], ...]
MAX_INTERNED_VIEWS = 1 << 16   # views kept for reuse; past this the table starts over (it only saves time)
_interned: dict[tuple, View] = {}


@dataclass(frozen=True)
class View:
  shape: Shape
  strides: tuple[int, ...]
  offset: int
  mask: Mask | None

  @staticmethod
  def create(shape: Shape, strides: tuple[int, ...] | None = None, offset: int = 0, mask: Mask | None = None) -> View:
    """The canonical form: size-1 axes have stride 0, a mask that hides nothing is None, an empty view is all-masked."""
    strides = (strides_for_shape(shape) if strides is None
               else tuple(0 if s == 1 else st for s, st in zip(shape, strides)))
    if mask is not None:
      mask = tuple((max(0, lo), min(s, hi)) for (lo, hi), s in zip(mask, shape))
      if any(lo >= hi for lo, hi in mask):
        mask, strides, offset = ((0, 0),) * len(shape), (0,) * len(shape), 0
      elif all(m == (0, s) for m, s in zip(mask, shape)): mask = None
    return View.interned(tuple(shape), tuple(strides), offset, mask)

  @staticmethod
  def interned(shape: Shape, strides: tuple[int, ...], offset: int, mask: Mask | None) -> View:
    """One object per distinct view: a graph's structure (the schedule cache's key) holds thousands of views, and
    comparing two keys then finds the same objects instead of comparing them field by field."""
    key = (shape, strides, offset, mask)
    view = _interned.get(key)
    if view is None:
      if len(_interned) >= MAX_INTERNED_VIEWS: _interned.clear()
      view = _interned[key] = View(shape, strides, offset, mask)
    return view

  def __hash__(self) -> int:   # computed once: views are hashed in every schedule-cache lookup
    h = self.__dict__.get("_hash")
    if h is None: object.__setattr__(self, "_hash", h := hash((self.shape, self.strides, self.offset, self.mask)))
    return h

  @property
  def size(self) -> int: return prod(self.shape)

  @property
  def contiguous(self) -> bool:
    return self.offset == 0 and self.mask is None and self.strides == strides_for_shape(self.shape)

  def _mask_or_full(self) -> Mask:
    return self.mask if self.mask is not None else tuple((0, s) for s in self.shape)

  def permute(self, order: tuple[int, ...]) -> View:
    return View.create(tuple(self.shape[i] for i in order), tuple(self.strides[i] for i in order), self.offset,
                       None if self.mask is None else tuple(self.mask[i] for i in order))

  def expand(self, new_shape: Shape) -> View:
    mask = None
    if self.mask is not None:
      mask = tuple(m if s == ns else ((0, ns) if m != (0, 0) else (0, 0))
                   for m, s, ns in zip(self.mask, self.shape, new_shape))
    return View.create(new_shape, tuple(st if s == ns else 0 for st, s, ns in zip(self.strides, self.shape, new_shape)),
                       self.offset, mask)

  def shrink(self, arg: tuple[tuple[int, int], ...]) -> View:
    offset = self.offset + sum(lo * st for (lo, _), st in zip(arg, self.strides))
    mask = None
    if self.mask is not None:
      mask = tuple((max(0, mlo - lo), min(hi - lo, mhi - lo)) for (mlo, mhi), (lo, hi) in zip(self.mask, arg))
    return View.create(tuple(hi - lo for lo, hi in arg), self.strides, offset, mask)

  def pad(self, arg: tuple[tuple[int, int], ...]) -> View:
    """Pad with (before, after) per axis: a shrink to a range reaching outside the shape, with a mask for the new
    part."""
    if all(b == 0 and a == 0 for b, a in arg): return self
    old = self._mask_or_full()
    mask = tuple((b + lo, b + hi) for (b, _), (lo, hi) in zip(arg, old))
    offset = self.offset - sum(b * st for (b, _), st in zip(arg, self.strides))
    shape = tuple(s + b + a for s, (b, a) in zip(self.shape, arg))
    return View.create(shape, self.strides, offset, mask)

  def flip(self, axes: tuple[int, ...]) -> View:
    offset = self.offset + sum((self.shape[a] - 1) * self.strides[a] for a in axes)
    strides = tuple(-st if i in axes else st for i, st in enumerate(self.strides))
    mask = None
    if self.mask is not None:
      mask = tuple((s - hi, s - lo) if i in axes else (lo, hi)
                   for i, ((lo, hi), s) in enumerate(zip(self.mask, self.shape)))
    return View.create(self.shape, strides, offset, mask)

  def reshape(self, new_shape: Shape) -> View | None:
    """The same elements under a new shape, or None when no single view can express it."""
    if new_shape == self.shape: return self
    if 0 in new_shape: return View.create(new_shape)   # no elements: any layout will do
    if self.mask is not None: return self._reshape_masked(new_shape)
    return self._reshape_strided(new_shape)

  def _reshape_strided(self, new_shape: Shape) -> View | None:
    # merge the old axes into runs that step through memory evenly, then split each run into new axes
    runs: list[tuple[int, int]] = []   # (size, stride of the run's last axis)
    for s, st in zip(self.shape, self.strides):
      if s == 1: continue
      if runs and runs[-1][1] == st * s: runs[-1] = (runs[-1][0] * s, st)
      else: runs.append((s, st))
    strides, run_i, left = [], 0, runs[0][0] if runs else 1
    for ns in new_shape:
      if ns == 1:
        strides.append(0)
        continue
      if run_i >= len(runs) or left % ns != 0: return None
      left //= ns
      strides.append(runs[run_i][1] * left)
      if left == 1:
        run_i += 1
        left = runs[run_i][0] if run_i < len(runs) else 1
    return View.create(new_shape, tuple(strides), self.offset, None)

  def _reshape_masked(self, new_shape: Shape) -> View | None:
    """Fold when every masked axis survives unchanged (same size, same position in row-major order)."""
    if any(lo >= hi for lo, hi in self.mask):
      return View.create(new_shape, None, 0, ((0, 0),) * len(new_shape)) if new_shape else None
    strided = View.create(self.shape, self.strides, self.offset)._reshape_strided(new_shape)
    if strided is None: return None
    before_old, before_new = _prefix_products(self.shape), _prefix_products(new_shape)
    matched, mask = set(), []
    for k, s in enumerate(new_shape):
      same = [d for d, so in enumerate(self.shape)
              if so == s != 1 and before_old[d] == before_new[k] and d not in matched]
      if same: matched.add(same[0])
      mask.append(self.mask[same[0]] if same else (0, s))
    if any(self.mask[d] != (0, s) for d, s in enumerate(self.shape) if d not in matched): return None
    return View.create(new_shape, strided.strides, self.offset, tuple(mask))


def _prefix_products(shape: Shape) -> list[int]:
  out, acc = [], 1
  for s in shape:
    out.append(acc)
    acc *= s
  return out
