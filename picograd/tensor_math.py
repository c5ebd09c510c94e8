"""Elementwise math and activations, each a composition of the primitive ops (a mixin of Tensor)."""
from __future__ import annotations
from typing import TYPE_CHECKING
import math
from picograd import autograd as F
from picograd.dtype import dtypes

if TYPE_CHECKING: from picograd.tensor import Tensor


class MathOps:
  # ---- unary math --------------------------------------------------------------------------------------------------
  def exp2(self): return F.Exp2.apply(self._float())
  def log2(self): return F.Log2.apply(self._float())
  def exp(self): return (self._float() * (1 / math.log(2))).exp2()
  def log(self): return self._float().log2() * math.log(2)
  def sqrt(self): return F.Sqrt.apply(self._float())
  def rsqrt(self): return self.sqrt().reciprocal()
  def reciprocal(self): return F.Reciprocal.apply(self._float())
  def sin(self): return F.Sin.apply(self._float())
  def cos(self): return (self._float() + math.pi / 2).sin()
  def tan(self): return self.sin() / self.cos()
  def relu(self): return F.Relu.apply(self)
  def sigmoid(self): return F.Sigmoid.apply(self._float())
  def tanh(self): return (self._float() * 2).sigmoid() * 2 - 1
  def abs(self): return self.maximum(-self) if self.dtype != dtypes.bool else self
  def neg(self): return -self
  def square(self): return self * self
  def pow(self, exponent) -> Tensor:
    if isinstance(exponent, (int, float)) and exponent == 2: return self * self
    if isinstance(exponent, (int, float)) and exponent == 0.5: return self.sqrt()
    base = self._float()
    mag = (base.abs().log2() * exponent).exp2()
    if isinstance(exponent, type(self)): return (base < 0).where(float("nan"), mag)
    if float(exponent).is_integer():
      odd = int(exponent) % 2 == 1
      return (base < 0).where(-mag if odd else mag, mag)
    return (base < 0).where(float("nan"), mag)
  def floor(self):
    if not self.dtype.is_float: return self
    t = self.cast(dtypes.int64).cast(self.dtype)
    return (self < t).where(t - 1, t)
  def ceil(self):
    if not self.dtype.is_float: return self
    t = self.cast(dtypes.int64).cast(self.dtype)
    return (self > t).where(t + 1, t)

