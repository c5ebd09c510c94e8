"""Indexing: basic slicing, strides (a mixin of Tensor)."""
from __future__ import annotations
from typing import TYPE_CHECKING
import numpy as np

if TYPE_CHECKING: from picograd.tensor import Tensor


class IndexOps:
  def __getitem__(self, index) -> Tensor:
    """Basic indexing: ints, slices (any step), None and Ellipsis."""
    index = index if isinstance(index, tuple) else (index,)
    if any(isinstance(i, (type(self), list, np.ndarray)) for i in index):
      raise NotImplementedError("indexing with tensors or lists is not supported yet")
    n_real = sum(1 for i in index if i is not None and i is not Ellipsis)
    if n_real > self.ndim: raise IndexError(f"too many indices ({n_real}) for a tensor of shape {self.shape}")
    if sum(1 for i in index if i is Ellipsis) > 1: raise IndexError("an index can only have one ellipsis")
    if Ellipsis in index:
      at = index.index(Ellipsis)
      index = index[:at] + (slice(None),) * (self.ndim - n_real) + index[at + 1:]
    else:
      index = index + (slice(None),) * (self.ndim - n_real)
    x, out_shape, axis = self, [], 0
    shrink, flips, strides, drop = [], [], [], []
    for i in index:
      if i is None:
        out_shape.append(1)
        continue
      size = self.shape[axis]
      if isinstance(i, (int, np.integer)):
        if not -size <= i < size: raise IndexError(f"index {i} is out of bounds for axis {axis} with size {size}")
        i = int(i) % size
        shrink.append((i, i + 1)); flips.append(False); strides.append(1); drop.append(True)   # noqa: E702
      elif isinstance(i, slice):
        start, stop, step = i.indices(size)
        if step > 0: lo, hi = start, max(start, stop)
        else: lo, hi = stop + 1, max(stop + 1, start + 1)
        shrink.append((lo, hi)); flips.append(step < 0); strides.append(abs(step)); drop.append(False)   # noqa: E702
        out_shape.append(len(range(start, stop, step)))
      else:
        raise IndexError(f"unsupported index {i!r}")
      axis += 1
    x = x.shrink(tuple(shrink))
    if any(flips): x = x.flip(tuple(a for a, f in enumerate(flips) if f))
    if any(s != 1 for s in strides): x = x._stride(strides)
    return x.reshape(tuple(out_shape))

  def _stride(self, strides: list[int]) -> Tensor:
    """Every s-th element along each axis: pad to a multiple of s, split the axis in two, keep the first column."""
    padded = self.pad(tuple((0, -s % st) for s, st in zip(self.shape, strides)))
    split = padded.reshape(tuple(d for s, st in zip(padded.shape, strides) for d in (s // st, st)))
    kept = split.shrink(tuple(r for s, st in zip(padded.shape, strides) for r in ((0, s // st), (0, 1))))
    return kept.reshape(tuple(s // st for s, st in zip(padded.shape, strides)))
