"""Elementwise math and activations, each a composition of the primitive ops (a mixin of Tensor).

Why compositions: autograd then differentiates every op for free, and the kernel fuser sees plain arithmetic.
Accuracy is float32's: the polynomials (erf, atan) are near-minimax fits on reduced ranges, and where cancellation
or overflow would cost precision (tanh near 0, cosh near its overflow, log1p, exp's argument) the formula is chosen
to avoid it. float64 inputs get float32-accurate erf and inverse trig; 16-bit floats compute in float32 and round
once, as PyTorch does on the CPU.

Branches are `where`s, which compute both sides: the side not taken is fed a harmless value so that its gradient
(multiplied by zero) cannot be an inf or NaN that poisons the sum.
"""
from __future__ import annotations
from typing import TYPE_CHECKING
import functools
import math
from picograd import autograd as F
from picograd.dtype import dtypes
from picograd.ops import BinaryOps

if TYPE_CHECKING: from picograd.tensor import Tensor


def _leading_bits(x: float, bits: int) -> float:
  """x rounded to `bits` significant bits: a constant whose products with small integers are exact."""
  e = math.frexp(x)[1]
  return math.ldexp(round(math.ldexp(x, bits - e)), e - bits)


LN2 = math.log(2)
LOG2_E = 1 / LN2
LN2_HI = _leading_bits(LN2, 15)   # n * LN2_HI is exact in float32 for the |n| <= 151 exp needs
LN2_LO = LN2 - LN2_HI
# pi = PI_HI + PI_MID + PI_LO, the first two exact in float64 when multiplied by any k < 2**40 (|x| < 1e12)
PI_HI = _leading_bits(math.pi, 13)
PI_MID = _leading_bits(math.pi - PI_HI, 13)
PI_LO = (math.pi - PI_HI - PI_MID) + math.sin(math.pi)   # sin(pi in float64) = what float64 lacks of pi
INF, NAN = float("inf"), float("nan")
MANTISSA_BITS = {4: 23, 8: 52}
SELU_ALPHA, SELU_SCALE = 1.6732632423543772848170429916717, 1.0507009873554804934193349852946

# Polynomial coefficients, constant term first. Fitted for this file by Lawson's reweighted least squares against
# 40-digit references (mpmath), then rounded to float32; the errors quoted are relative, before that rounding.
# atan(z) = z + z * z^2 * P(z^2) on |z| <= tan(pi/8): 8e-9
ATAN_COEFFS = [-0.3333333, 0.19999546, -0.14264122, 0.10745271, -0.0645639]
# erf(a) = a * P(a^2) on [0, 1]: 1.2e-9
ERF_COEFFS = [1.1283791, -0.37612626, 0.112835854, -0.026853813, 0.0051883277, -0.00080101937, 7.8538615e-05]
# erfc(a) * exp(a^2) = P(1/a) on [1, 4]; beyond 4 erf is 1 in float32: 6.5e-8
ERFCX_COEFFS = [0.00025309747, 0.55931574, 0.04016005, -0.46466848, 0.48094258, -0.21907371, 0.0040306216, 0.037998088,
                -0.01137444]
# Taylor series: expm1(x) = x * P(x) on |x| < 1/2 and sinh(x) = x * P(x^2) on |x| < 1, both to 1e-9
EXPM1_COEFFS = [1 / math.factorial(k + 1) for k in range(9)]
SINH_COEFFS = [1 / math.factorial(2 * k + 1) for k in range(6)]


def _odd(fn):
  """For functions with f(-0) = -0 (odd through the origin): the composition may lose the sign of zero."""
  @functools.wraps(fn)
  def wrapper(self, *args, **kwargs):
    out = fn(self, *args, **kwargs)
    x = self if self.dtype == out.dtype else self.cast(out.dtype)
    return (x == 0).where(x, out)
  return wrapper


def _float_op(fn):
  """Ints become the default float; 16-bit floats compute in float32 and round once at the end."""
  @functools.wraps(fn)
  def wrapper(self, *args, **kwargs):
    x = self._float()
    if x.dtype.itemsize >= 4: return fn(x, *args, **kwargs)
    return fn(x.cast(dtypes.float32), *args, **kwargs).cast(x.dtype)
  return wrapper


def _poly(x, coeffs):
  """sum(c_i * x**i), by Horner's rule."""
  acc = x * coeffs[-1] + coeffs[-2]
  for c in reversed(coeffs[:-2]): acc = acc * x + c
  return acc


def _rint(x):
  """Nearest integer, ties to even, with no gradient: adding and taking away 2**mantissa rounds off the fraction."""
  x = x.detach()
  big = 2.0 ** MANTISSA_BITS[x.dtype.itemsize]
  a = x.abs()
  r = (a + big) - big
  return ((0 < a) & (a < big)).where((x < 0).where(-r, r), x)   # |x| >= big is integral; zeros keep their sign


def _floor(x):
  r = _rint(x)
  return (x < r).where(r - 1, r)


def _ceil(x): return -_floor(-x)
def _trunc(x): return (x < 0).where(_ceil(x), _floor(x))


def _signbit(x):
  """x < 0, counting -0.0 (whose reciprocal is -inf)."""
  return (x < 0) | (x.reciprocal() < 0)


def _local(value, inputs, derivs):
  """value, tied to each of inputs by the gradient grad * derivs[i]() (see autograd.Local)."""
  return F.Local.apply(*inputs, value=value.lazydata, derivs=lambda i: derivs[i]().cast(value.dtype).lazydata)


def _derivative(df):
  """A unary op whose gradient is grad * df(x), PyTorch's formula, evaluated in float32 for 16-bit floats."""
  def decorate(fn):
    @functools.wraps(fn)
    def wrapper(self):
      x = self.detach()
      out = fn(x)
      return _local(out, (self,), (lambda: _float_op(df)(x.cast(out.dtype)),))
    return wrapper
  return decorate


def _with_zero_grad(out, *sources):
  """out, also linked to each source by a zero gradient: PyTorch's gradient of step functions like floor and sign."""
  for s in sources:
    if s.requires_grad: out = s._const_like(True, dtypes.bool).where(out, s.cast(out.dtype))
  return out


class MathOps:
  # ---- helpers -----------------------------------------------------------------------------------------------------
  def _sign_split(self):
    """(s, a) with self = s * a, a = |self| and s = -1 or 1, never 0: odd functions of a keep their gradient at 0."""
    s = (self < 0).where(-1.0, 1.0)
    return s, self * s

  def _step(self, fn):
    """A piecewise-constant float function: ints pass through, 16-bit floats round in float32, gradient zero."""
    if not self.dtype.is_float: return self
    x = self.detach()
    return _with_zero_grad(fn(x if x.dtype.itemsize >= 4 else x.cast(dtypes.float32)).cast(self.dtype), self)

  def _reduce_pi(self, turns: float = 0.0):
    """(r, odd): self + turns*pi = r + k*pi with |r| <= pi/2 and odd = k is odd. In float64, with pi in three parts,
    so r keeps float32's accuracy up to |x| ~ 1e12; beyond, r is clamped (the result is bounded, not accurate)."""
    x = self.cast(dtypes.float64)
    k = _rint(x * (1 / math.pi) + turns)
    m = k - turns
    r = ((x - m * PI_HI) - m * PI_MID) - m * PI_LO
    return r.clamp(-math.pi / 2, math.pi / 2), _rint(k * 0.5) != k * 0.5

  def _sin_reduced(self, r):
    return F.Sin.apply(r.cast(self.dtype))

  # ---- exponentials and logarithms ---------------------------------------------------------------------------------
  def exp2(self): return F.Exp2.apply(self._float())
  def log2(self): return F.Log2.apply(self._float())

  @_float_op
  def exp(self):
    """A primitive: each renderer reduces x = n*ln2 + r exactly and evaluates a polynomial (within 2 ulp)."""
    return F.Exp.apply(self)

  @_float_op
  def expm1(self):
    """exp(x) - 1 without the cancellation near 0."""
    small = self.abs() < 0.5
    t = small.where(self, 0.0)
    return small.where(t * _poly(t, EXPM1_COEFFS), self.exp() - 1)

  @_float_op
  def log(self): return self.log2() * LN2
  @_float_op
  def log10(self): return self.log2() * math.log10(2)

  @_float_op
  @_odd
  def log1p(self):
    """log(1 + x), plus the part of x that rounding 1 + x dropped (it matters only for |x| < 1)."""
    t = (self.abs() < 1).where(self, 0.0)
    u = t + 1
    return (self + 1).log() + (t - (u - 1)) / u

  def sqrt(self): return F.Sqrt.apply(self._float())
  @_float_op
  def rsqrt(self): return self.sqrt().reciprocal()
  def reciprocal(self): return F.Reciprocal.apply(self._float())

  # ---- trigonometric -----------------------------------------------------------------------------------------------
  @_float_op
  @_odd
  def sin(self):
    r, odd = self._reduce_pi()
    s = self._sin_reduced(r)
    return odd.where(-s, s)

  @_float_op
  def cos(self):
    """sin(x + pi/2), the shift folded into the reduction: added to x in float32, it would lose all accuracy
    near the zeros of cos."""
    r, odd = self._reduce_pi(0.5)
    s = self._sin_reduced(r)
    return odd.where(-s, s)

  @_float_op
  @_odd
  def tan(self):
    r, _ = self._reduce_pi()
    return self._sin_reduced(r) / self._sin_reduced(math.pi / 2 - r.abs())

  @_float_op
  @_odd
  def atan(self):
    """Reduced to |z| <= tan(pi/8) by atan(a) = pi/2 + atan(-1/a) and atan(a) = pi/4 + atan((a-1)/(a+1))."""
    s, a = self._sign_split()
    big, mid = a > math.tan(3 * math.pi / 8), a > math.tan(math.pi / 8)
    z = big.where(-1 / big.where(a, 1.0), mid.where((a - 1) / (a + 1), a))
    base = big.where(math.pi / 2, mid.where(math.pi / 4, 0.0))
    w = z * z
    return s * (base + (z + z * w * _poly(w, ATAN_COEFFS)))

  @_float_op
  @_odd
  def asin(self):
    """The half-angle form 2*atan(x / (1 + sqrt(1 - x^2))) stays finite at |x| = 1."""
    return (self / (((1 - self) * (1 + self)).sqrt() + 1)).atan() * 2

  @_float_op
  def acos(self):
    """2*atan(sqrt((1-x)/(1+x))): no cancellation near x = 1, where pi/2 - asin(x) would have it."""
    return ((1 - self) / (1 + self)).sqrt().atan() * 2

  # ---- hyperbolic --------------------------------------------------------------------------------------------------
  @_float_op
  def sinh(self):
    """A series below 1; above, h - 1/(4h) with h = e^a/2 formed as (e^(a/2)/2) * e^(a/2): no rounding of the
    argument, and it overflows only where sinh does."""
    s, a = self._sign_split()
    small = a < 1
    t = small.where(a, 0.0)
    e = (a * 0.5).exp()
    h = e * 0.5 * e
    return s * small.where(t * _poly(t * t, SINH_COEFFS), h - 0.25 / h)

  @_float_op
  def cosh(self):
    """1 + 2 sinh(x/2)^2: its gradient, sinh(x), has none of the cancellation near 0 that e^x/2 - e^-x/2 has."""
    return (self * 0.5).sinh().square() * 2 + 1

  @_float_op
  def tanh(self):
    """-expm1(-2a) / (2 + expm1(-2a)): exact near 0, no overflow for large |x|."""
    s, a = self._sign_split()
    u = (a * -2).expm1()
    return s * (-u / (u + 2))

  @_derivative(lambda x: (x.abs() > 2 ** 32).where(x.abs().reciprocal(), (x * x + 1).rsqrt()))
  @_float_op
  @_odd
  def asinh(self):
    """log1p(a + a^2 / (1 + sqrt(1 + a^2))), accurate near 0; log(2a) where a^2 would overflow."""
    s, a = self._sign_split()
    big = a > 4096
    ab, t = big.where(a, 1.0), big.where(0.0, a)
    sq = t * t
    return s * big.where(ab.log() + LN2, (t + sq / ((sq + 1).sqrt() + 1)).log1p())

  @_derivative(lambda x: ((x - 1) * (x + 1)).rsqrt())
  @_float_op
  def acosh(self):
    """log1p(t + sqrt(t*(t+2))) with t = x - 1, exact near 1; log(2x) where x^2 would overflow."""
    big = self > 4096
    xb, t = big.where(self, 1.0), big.where(0.0, self - 1)
    out = big.where(xb.log() + LN2, (t + (t * (t + 2)).sqrt()).log1p())
    return (self < 1).where(NAN, out)   # t*(t+2) overflows for huge negative x, and would give inf

  @_derivative(lambda x: ((1 - x) * (1 + x)).reciprocal())
  @_float_op
  @_odd
  def atanh(self):
    s, a = self._sign_split()
    return s * 0.5 * (a * 2 / (1 - a)).log1p()

  @_float_op
  def erf(self):
    """A polynomial below 1; above, 1 - exp(-a^2) * P(1/a), clamped at 4 where erf is 1 in float32."""
    s, a = self._sign_split()
    inner = a < 1
    t = inner.where(a, 1.0)
    b = inner.where(1.0, a).clamp(max=4.0)
    outer = 1 - (-(b * b)).exp() * _poly(b.reciprocal(), ERFCX_COEFFS)
    return s * inner.where(t * _poly(t * t, ERF_COEFFS), outer)

  # ---- sign, magnitude, rounding -----------------------------------------------------------------------------------
  def neg(self): return -self
  def abs(self): return self if self.dtype.kind in "bu" else self.maximum(-self)
  def square(self): return self * self

  def sign(self):
    """-1, 0 or 1; NaN gives 0, as in PyTorch."""
    if self.dtype == dtypes.bool: return self
    x = self.detach()
    return _with_zero_grad((x > 0).cast(self.dtype) - (x < 0).cast(self.dtype), self)

  def copysign(self, other):
    """|self| with the sign of other (-0.0 counts as negative); the gradient reaches only self."""
    x, y = self._operands("copysign", other)
    mag = x._float().abs()
    return _with_zero_grad(_signbit(y.detach()._float()).where(-mag, mag), y)

  def trunc(self): return self._step(_trunc)
  def floor(self): return self._step(_floor)
  def ceil(self): return self._step(_ceil)

  def round(self, decimals: int = 0):
    """Half to even, like torch.round; decimals scales by 10**decimals first, as torch does."""
    if decimals == 0 or not self.dtype.is_float: return self._step(_rint)
    scale = 10.0 ** abs(decimals)
    return (self * scale).round() / scale if decimals > 0 else (self / scale).round() * scale

  def isnan(self): return self != self if self.dtype.is_float else self._const_like(False, dtypes.bool)
  def isinf(self): return self.abs() == INF if self.dtype.is_float else self._const_like(False, dtypes.bool)
  def isfinite(self): return self.abs() < INF if self.dtype.is_float else self._const_like(True, dtypes.bool)

  # ---- activations -------------------------------------------------------------------------------------------------
  def relu(self): return F.Relu.apply(self)
  def relu6(self): return self.hardtanh(0, 6)

  def hardtanh(self, min_val=-1.0, max_val=1.0):
    """Clamped, with PyTorch's gradient: zero at the bounds themselves."""
    return (self <= min_val).where(min_val, (self >= max_val).where(max_val, self))

  def leakyrelu(self, neg_slope: float = 0.01): return (self > 0).where(self, self * neg_slope)
  leaky_relu = leakyrelu

  def _positive_or(self, fn):
    """x where x > 0, else fn(x) (fn sees 0 there instead of x, so its gradient stays finite)."""
    pos = self > 0
    return pos.where(self, fn(pos.where(0.0, self)))

  @_float_op
  def elu(self, alpha: float = 1.0): return self._positive_or(lambda x: x.expm1() * alpha)
  @_float_op
  def celu(self, alpha: float = 1.0): return self._positive_or(lambda x: (x / alpha).expm1() * alpha)
  @_float_op
  def selu(self): return self.elu(SELU_ALPHA) * SELU_SCALE

  @_float_op
  def sigmoid(self): return F.Sigmoid.apply(self)
  @_float_op
  def hardsigmoid(self): return (self + 3).relu6() / 6
  @_float_op
  def logsigmoid(self): return self.minimum(0) - (-self.abs()).exp().log1p()

  @_float_op
  def silu(self): return self * self.sigmoid()
  swish = silu
  @_float_op
  def quick_gelu(self): return self * (self * 1.702).sigmoid()
  @_float_op
  def hardswish(self): return self * (self + 3).relu6() / 6

  @_float_op
  def gelu(self, approximate: str = "none"):
    """x * Phi(x); approximate='tanh' is PyTorch's tanh approximation 0.5x(1 + tanh(u)), computed as the equal
    x * sigmoid(2u): one exp where an accurate tanh costs a polynomial and an exp, both sides of a where."""
    if approximate == "tanh":
      return self * ((self + 0.044715 * self * self * self) * (2 * math.sqrt(2 / math.pi))).sigmoid()
    if approximate != "none": raise ValueError(f"gelu: approximate must be 'none' or 'tanh', got {approximate!r}")
    return 0.5 * self * (1 + (self * math.sqrt(0.5)).erf())

  @_float_op
  def softplus(self, beta: float = 1.0, threshold: float = 20.0):
    """log(1 + exp(beta*x)) / beta, and x itself where beta*x > threshold (as PyTorch)."""
    linear = self * beta > threshold
    return linear.where(self, (linear.where(0.0, self * beta)).exp().log1p() / beta)

  @_float_op
  def softsign(self): return self / (1 + self.abs())
  @_float_op
  def mish(self): return self * self.softplus().tanh()

  # ---- binary ------------------------------------------------------------------------------------------------------
  def divide(self, other, rounding_mode: str | None = None, reverse: bool = False) -> Tensor:
    """torch.div: true division, or rounded toward zero ('trunc') or down ('floor'); rounded results have a zero
    gradient. Tensor.div and floordiv are this with rounding_mode None and 'floor'."""
    x, y = self._operands("divide", other, reverse)
    if rounding_mode is None: return F.Div.apply(x._float(), y._float())
    if rounding_mode not in ("trunc", "floor"):
      raise ValueError(f"divide: rounding_mode must be None, 'trunc' or 'floor', got {rounding_mode!r}")
    xd, yd = x.detach(), y.detach()
    if x.dtype.is_float: q = _trunc(xd / yd) if rounding_mode == "trunc" else _floor_divide(xd, yd)
    else: q = F.Div.apply(xd, yd) if rounding_mode == "trunc" else _int_floor_divide(xd, yd)
    return _with_zero_grad(q, x, y)

  def pow(self, exponent, reverse: bool = False) -> Tensor:
    """self ** exponent (exponent ** self if reverse), with C's special values: x**0 = 1**y = 1, and NaN for a
    finite negative base to a non-integer power. Small integer powers multiply, as PyTorch's do. The gradients are
    PyTorch's formulas, y * x**(y-1) (0 where y = 0) and x**y * log(x) (0 where x = 0 <= y): the composition's own
    derivative is NaN or 0 at x = 0 and finite for negative x, where log(x) is NaN."""
    if not reverse and isinstance(exponent, (int, float)) and not isinstance(exponent, bool):
      x = self.detach()
      dx = lambda: x._const_like(0, x.dtype) if exponent == 0 else x.pow(exponent - 1) * exponent   # noqa: E731
      return _local(x._scalar_pow(exponent), (self,), (dx,))
    x, y = self._operands("pow", exponent, reverse)
    xd, yd = x.detach(), y.detach()
    out = xd._int_pow_tensor(yd) if x.dtype.is_int else xd._float_pow(yd)
    dx = lambda: (yd == 0).where(0.0, yd * xd.pow(yd - 1))   # noqa: E731
    dy = lambda: ((xd == 0) & (yd >= 0)).where(0.0, out * xd.log())   # noqa: E731
    return _local(out, (x, y), (dx, dy))

  def _scalar_pow(self, e) -> Tensor:
    """self ** e for a Python number e, as PyTorch computes it: sqrt, rsqrt and small integer powers exactly."""
    if e in (0.5, -0.5): return self.sqrt() if e > 0 else self.rsqrt()
    small_int = float(e).is_integer() and abs(e) <= 4
    if small_int if self.dtype.is_float else isinstance(e, int): return self._int_power(int(e))
    x, y = self._operands("pow", e)
    return x._float_pow(y)

  def _int_power(self, n: int) -> Tensor:
    """self ** n for a Python int n, by repeated squaring (exact for ints, as PyTorch's)."""
    if n < 0 and not self.dtype.is_float: raise ValueError("pow: integers to negative integer powers are not allowed")
    if n == 0: return self._const_like(1, self.dtype)
    if n == 1: return self * 1   # a new tensor, not self
    out, sq, k = None, self, abs(n)
    while k:
      if k & 1: out = sq if out is None else out * sq
      k >>= 1
      if k: sq = sq * sq
    return out.reciprocal() if n < 0 else out

  def _int_pow_tensor(self, e: Tensor) -> Tensor:
    """Integer base and exponent tensors: square-and-multiply over every bit; negative powers are 0 unless |x| = 1."""
    out, sq = self._const_like(1, self.dtype), self
    for i in range(8 * self.dtype.itemsize - (0 if self.dtype.is_unsigned else 1)):
      out = ((e & (1 << i)) != 0).where(out * sq, out)
      sq = sq * sq
    if self.dtype.is_unsigned: return out
    neg_one_sign = ((e & 1) != 0).where(-1, 1).cast(self.dtype)
    negative = (self == 1).where(1, (self == -1).where(neg_one_sign, 0)).cast(self.dtype)
    return (e < 0).where(negative, out)

  @_float_op
  def _float_pow(self, y: Tensor) -> Tensor:
    """2**(y * log2|x|) with the sign of x for odd integer y. In float64 for float32: the rounding of y * log2|x| is
    multiplied into the result's relative error, up to ~100 ulp in float32 (PyTorch's powf is within 1)."""
    wide = dtypes.float64 if self.dtype == dtypes.float32 else self.dtype
    y = y.cast(self.dtype)
    mag = (y.cast(wide) * self.cast(wide).abs().log2()).exp2().cast(self.dtype)   # log2(0) = -inf: 0 or inf
    is_int = _trunc(y) == y
    odd = is_int & (_trunc(y * 0.5) != y * 0.5)
    out = (odd & _signbit(self)).where(-mag, mag)
    out = ((self < 0) & (self > -INF) & ~is_int).where(NAN, out)
    one = (y == 0) | (self == 1) | ((self == -1) & (y.abs() == INF))
    return one.where(1.0, out)

  def lerp(self, end, weight) -> Tensor:
    """self + weight * (end - self), computed from the nearer end as PyTorch does (exact at weight 0 and 1)."""
    d = end - self
    low, high = self + d * weight, end - d * (1 - weight)
    if not hasattr(weight, "lazydata"): return low if abs(weight) < 0.5 else high
    return (weight.abs() < 0.5).where(low, high)

  def clamp(self, min=None, max=None) -> Tensor:
    """Each bound may be None, a number or a tensor; NaN stays NaN; the gradient includes the bounds."""
    if min is None and max is None: raise ValueError("clamp: at least one of min and max must be given")
    x = self if min is None else (self < min).where(min, self)
    return x if max is None else (x > max).where(max, x)
  clip = clamp


def _floor_divide(x, y):
  """Python's float //: from the exact remainder fmod(x, y), so 1 // 0.1 is 9 (the 0.1 stored is above 0.1)."""
  mod = F.Bitwise.apply(x, y, op=BinaryOps.MOD)
  div = (x - mod) / y
  div = ((mod != 0) & ((y < 0) != (mod < 0))).where(div - 1, div)
  fl = _floor(div)
  fl = (div - fl > 0.5).where(fl + 1, fl)
  q = x / y
  return (y == 0).where(q, (div == 0).where(q * 0, fl))   # a zero quotient keeps the sign of x / y


def _int_floor_divide(x, y):
  q = F.Div.apply(x, y)
  return ((q * y != x) & ((x < 0) != (y < 0))).where(q - 1, q)
