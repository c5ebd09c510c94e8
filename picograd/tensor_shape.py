"""Shape compositions built on the movement ops: squeeze, unsqueeze, flatten (a mixin of Tensor)."""
from __future__ import annotations
from typing import TYPE_CHECKING
from picograd.errors import AxisError

if TYPE_CHECKING: from picograd.tensor import Tensor


class ShapeOps:
  def squeeze(self, dim=None) -> Tensor:
    if dim is None: return self.reshape(tuple(s for s in self.shape if s != 1))
    d = self._axis(dim)
    return self if self.shape[d] != 1 else self.reshape(self.shape[:d] + self.shape[d + 1:])

  def unsqueeze(self, dim: int) -> Tensor:
    d = dim % (self.ndim + 1) if -self.ndim - 1 <= dim <= self.ndim else None
    if d is None: raise AxisError(f"unsqueeze: dim {dim} out of range for {self.ndim} axes")
    return self.reshape(self.shape[:d] + (1,) + self.shape[d:])

  def flatten(self, start_dim=0) -> Tensor:
    if self.ndim == 0: return self.reshape(1)
    start = self._axis(start_dim)
    return self.reshape(self.shape[:start] + (-1,))


