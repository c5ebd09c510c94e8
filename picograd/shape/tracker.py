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
      if top.contiguous and (merged := below.reshape(top.shape)) is not None:
        views[-2:] = [merged]
        continue
      break
    return ShapeTracker(tuple(views))

