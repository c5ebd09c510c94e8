"""A stack of views: what a chain of movement ops does when it cannot be folded into one view.

The top view maps an index to a flat position; each view below reads that position as an index into its own
(row-major) shape. Most chains fold into a single view; `views` grows only when they cannot.
"""
from __future__ import annotations
from dataclasses import dataclass
from picograd.shape.view import View, Shape


@dataclass(frozen=True)
class ShapeTracker:
  views: tuple[View, ...]

  def __hash__(self) -> int:   # computed once: every base's view is hashed in each schedule-cache lookup
    h = self.__dict__.get("_hash")
    if h is None: object.__setattr__(self, "_hash", h := hash(self.views))
    return h

  @staticmethod
  def from_shape(shape: Shape) -> ShapeTracker:
    return ShapeTracker((View.create(tuple(shape)),))

  @property
  def shape(self) -> Shape: return self.views[-1].shape

  @property
  def size(self) -> int: return self.views[-1].size

  @property
  def contiguous(self) -> bool: return len(self.views) == 1 and self.views[0].contiguous

  def _replace_top(self, view: View) -> ShapeTracker:
    return ShapeTracker(self.views[:-1] + (view,))

  def reshape(self, new_shape: Shape) -> ShapeTracker:
    folded = self.views[-1].reshape(tuple(new_shape))
    if folded is not None: return self._replace_top(folded)
    return ShapeTracker(self.views + (View.create(tuple(new_shape)),))

  def permute(self, order) -> ShapeTracker: return self._replace_top(self.views[-1].permute(tuple(order)))
  def expand(self, shape) -> ShapeTracker: return self._replace_top(self.views[-1].expand(tuple(shape)))
  def pad(self, arg) -> ShapeTracker: return self._replace_top(self.views[-1].pad(tuple(arg)))
  def shrink(self, arg) -> ShapeTracker: return self._replace_top(self.views[-1].shrink(tuple(arg)))
  def flip(self, axes) -> ShapeTracker: return self._replace_top(self.views[-1].flip(tuple(axes)))

  def __add__(self, on_top: ShapeTracker) -> ShapeTracker:
    """Compose: `on_top` is a view of a row-major buffer whose elements are the ones `self` selects."""
    st = self
    for v in on_top.views: st = ShapeTracker(st.views + (v,)).simplify()
    return st

  def simplify(self) -> ShapeTracker:
    views = list(self.views)
    while len(views) >= 2:
      below, top = views[-2], views[-1]
      if below.contiguous:   # the top's positions already are the element numbers
        views.pop(-2)
        continue
      if top.contiguous and top.size == below.size and (merged := below.reshape(top.shape)) is not None:
        views[-2:] = [merged]
        continue
      if (merged := _merge(below, top)) is not None:
        views[-2:] = [merged]
        continue
      break
    return ShapeTracker(tuple(views))


def _digits(x: int, places: list[int]) -> list[int]:
  """x in the mixed radix of `places` (row-major place values), sign applied to every digit."""
  sign, x, out = (-1 if x < 0 else 1), abs(x), []
  for p in places:
    out.append(sign * (x // p))
    x %= p
  return out


def _merge(below: View, top: View) -> View | None:
  """One view doing what `top` over `below` does, when top's steps never carry across below's axes.

  Each top stride becomes a step in below's coordinates (its mixed-radix digits); if every coordinate stays
  inside below's shape over all valid top positions, the composition is affine and equals one view. This is
  what turns the overlapping windows of a convolution (an expand read through an offset reshape) into
  x[n, c, y + ky, x + kx], with no division or modulo in the kernel."""
  if below.mask is not None or 0 in below.shape: return None
  places, acc = [], 1
  for size in reversed(below.shape):
    places.append(acc)
    acc *= size
  places.reverse()
  if not 0 <= top.offset < acc: return None
  start = _digits(top.offset, places)
  steps = [_digits(st, places) for st in top.strides]
  valid = top.mask if top.mask is not None else tuple((0, n) for n in top.shape)
  for j, size in enumerate(below.shape):
    lo = start[j] + sum(min(d[j] * a, d[j] * (b - 1)) for d, (a, b) in zip(steps, valid) if b > a)
    hi = start[j] + sum(max(d[j] * a, d[j] * (b - 1)) for d, (a, b) in zip(steps, valid) if b > a)
    if lo < 0 or hi >= size: return None
  # the valid positions must also start from a coordinate in range when the mask does not begin at 0
  strides = tuple(sum(d[j] * below.strides[j] for j in range(len(places))) for d in steps)
  offset = below.offset + sum(start[j] * below.strides[j] for j in range(len(places)))
  return View.create(top.shape, strides, offset, top.mask)

