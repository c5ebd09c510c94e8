"""The math mixin (picograd/tensor/math_ops.py) against PyTorch: every op forward and backward on random inputs over
wide ranges, on views, 0-d tensors, ints and 16-bit floats, then the special values (NaN, +-inf, +-0, huge, tiny).

Why wide ranges: the compositions reduce arguments, switch formulas and guard overflow at range boundaries, and a
test on [-2, 2] would pass through only one branch. Every distinct kernel compiles once per process, so shapes and
views are shared across ops.
"""
import math
import os
import sys
import numpy as np
import pytest
import torch
import torch.nn.functional as TF
from picograd import Tensor, dtypes

sys.path.insert(0, os.path.dirname(__file__))
from helpers import check  # noqa: E402

# float32 rounding of a handful of operations: every float32 comparison below uses it, forward and backward (the
# helper's default rtol of 1e-3 would hide a lost digit); torch itself is ~1e-7 from the exact result
TIGHT = dict(atol=1e-6, rtol=1e-5)


def both(p, t):
  """One op spelled differently in picograd (p) and torch (t)."""
  return lambda x: p(x) if isinstance(x, Tensor) else t(x)


def quick_gelu_torch(x): return x * torch.sigmoid(1.702 * x)


# name -> (fn, low, high, tolerance); inputs are uniform on [low, high), inside the op's domain
UNARY = {
  "neg": (lambda x: x.neg(), -1e3, 1e3, TIGHT),
  "abs": (lambda x: x.abs(), -1e3, 1e3, TIGHT),
  "sign": (lambda x: x.sign(), -1e3, 1e3, TIGHT),
  "square": (lambda x: x.square(), -1e3, 1e3, TIGHT),
  "sqrt": (lambda x: x.sqrt(), 1e-3, 1e4, TIGHT),
  "rsqrt": (lambda x: x.rsqrt(), 1e-3, 1e4, TIGHT),
  "reciprocal": (lambda x: x.reciprocal(), 0.01, 100, TIGHT),
  "exp": (lambda x: x.exp(), -85, 85, TIGHT),
  "exp2": (lambda x: x.exp2(), -120, 120, TIGHT),
  "expm1": (lambda x: x.expm1(), -20, 20, TIGHT),
  "log": (lambda x: x.log(), 1e-3, 1e4, TIGHT),
  "log2": (lambda x: x.log2(), 1e-3, 1e4, TIGHT),
  "log10": (lambda x: x.log10(), 1e-3, 1e4, TIGHT),
  "log1p": (lambda x: x.log1p(), -0.99, 10, TIGHT),
  "sin": (lambda x: x.sin(), -1e4, 1e4, TIGHT),
  "cos": (lambda x: x.cos(), -1e4, 1e4, TIGHT),
  "tan": (lambda x: x.tan(), -20, 20, TIGHT),
  "asin": (lambda x: x.asin(), -0.99, 0.99, TIGHT),
  "acos": (lambda x: x.acos(), -0.99, 0.99, TIGHT),
  "atan": (lambda x: x.atan(), -100, 100, TIGHT),
  "sinh": (lambda x: x.sinh(), -85, 85, TIGHT),
  "cosh": (lambda x: x.cosh(), -85, 85, TIGHT),
  "tanh": (lambda x: x.tanh(), -20, 20, TIGHT),
  "asinh": (lambda x: x.asinh(), -1e4, 1e4, TIGHT),
  "acosh": (lambda x: x.acosh(), 1.01, 1e4, TIGHT),
  "atanh": (lambda x: x.atanh(), -0.99, 0.99, TIGHT),
  "erf": (lambda x: x.erf(), -4, 4, TIGHT),
  "trunc": (lambda x: x.trunc(), -1e3, 1e3, TIGHT),
  "floor": (lambda x: x.floor(), -1e3, 1e3, TIGHT),
  "ceil": (lambda x: x.ceil(), -1e3, 1e3, TIGHT),
  "round": (lambda x: x.round(), -1e3, 1e3, TIGHT),
  "relu": (lambda x: x.relu(), -5, 5, TIGHT),
  "relu6": (both(lambda x: x.relu6(), TF.relu6), -3, 9, TIGHT),
  "leakyrelu": (both(lambda x: x.leakyrelu(), TF.leaky_relu), -5, 5, TIGHT),
  "elu": (both(lambda x: x.elu(), TF.elu), -10, 10, TIGHT),
  "celu": (both(lambda x: x.celu(), TF.celu), -10, 10, TIGHT),
  "selu": (both(lambda x: x.selu(), TF.selu), -10, 10, TIGHT),
  "gelu": (both(lambda x: x.gelu(), TF.gelu), -6, 6, TIGHT),
  "gelu_tanh": (both(lambda x: x.gelu(approximate="tanh"), lambda x: TF.gelu(x, approximate="tanh")), -6, 6, TIGHT),
  "quick_gelu": (both(lambda x: x.quick_gelu(), quick_gelu_torch), -20, 20, TIGHT),
  "sigmoid": (lambda x: x.sigmoid(), -30, 30, TIGHT),
  "silu": (both(lambda x: x.silu(), TF.silu), -20, 20, TIGHT),
  "swish": (both(lambda x: x.swish(), TF.silu), -20, 20, TIGHT),
  "hardsigmoid": (both(lambda x: x.hardsigmoid(), TF.hardsigmoid), -5, 5, TIGHT),
  "logsigmoid": (both(lambda x: x.logsigmoid(), TF.logsigmoid), -30, 30, TIGHT),
  "softplus": (both(lambda x: x.softplus(), TF.softplus), -30, 30, TIGHT),
  "softsign": (both(lambda x: x.softsign(), TF.softsign), -10, 10, TIGHT),
  "hardswish": (both(lambda x: x.hardswish(), TF.hardswish), -5, 5, TIGHT),
  "hardtanh": (both(lambda x: x.hardtanh(), TF.hardtanh), -3, 3, TIGHT),
  "mish": (both(lambda x: x.mish(), TF.mish), -20, 20, TIGHT),
}

# (leaf shape, view applied on both sides): a strided slice with a size-1 axis, a transpose, and a 0-d tensor
VIEWS = {
  "strided": ((8, 1, 32), lambda x: x[::2]),
  "transposed": ((16, 8), lambda x: x.T),
  "0d": ((), None),
}


@pytest.mark.parametrize("view", list(VIEWS))
@pytest.mark.parametrize("name", list(UNARY))
def test_unary(name, view):
  fn, low, high, tol = UNARY[name]
  shape, transform = VIEWS[view]
  check([shape], fn, low=low, high=high, transform=transform, **tol)


# ---- special values --------------------------------------------------------------------------------------------------
SPECIALS = np.array([math.nan, math.inf, -math.inf, 0.0, -0.0, 1e30, -1e30, 3e38, -3e38, 1e-30, -1e-30, 1e-40, 1.0,
                     -1.0, 0.5, -0.5, 2.5, -2.5, 20.5, -20.5, 88.5, 89.2, -89.2, -104.0, 1e8 + 8, -3.7, 4.5, 1e-7,
                     -1e-7], np.float32)
SPECIALS_SKIPPED = {
  # torch's CPU gelu gives nan at +inf and overflows to inf at 3e38 (artifacts of its vectorized kernel);
  # picograd gives inf and 3e38, see test_gelu_at_large_values
  "gelu": lambda x: x >= 3e38,
  # beyond ~1e12 the float64 reduction by pi is no longer exact: the result is only bounded
  # (see test_trig_large_arguments)
  "sin": lambda x: np.abs(x) > 1e12, "cos": lambda x: np.abs(x) > 1e12, "tan": lambda x: np.abs(x) > 1e12,
}


@pytest.mark.parametrize("name", list(UNARY))
def test_unary_special_values(name):
  fn, _, _, tol = UNARY[name]
  x = SPECIALS[~SPECIALS_SKIPPED[name](SPECIALS)] if name in SPECIALS_SKIPPED else SPECIALS
  check(None, fn, inputs=[x], grad=False, **tol)


def test_gelu_at_large_values():
  assert Tensor([math.inf, 3e38]).gelu().tolist() == [math.inf, np.float32(3e38)]
  assert Tensor([-math.inf]).gelu().isnan().item()   # -inf * 0, as in PyTorch


@pytest.mark.parametrize("name", ["trunc", "floor", "ceil", "round"])
def test_rounding_keeps_sign_of_zero_and_huge_values(name):
  x = np.array([-0.0, 0.0, -0.3, 0.3, -0.7, 0.7, -0.5, 0.5, 1.5, -2.5, 2**23 - 0.5, -(2**23) + 0.5, 2**31 + 256, -3e38,
                1e20, 16777217.0], np.float32)
  p, t = check(None, lambda v: getattr(v, name)(), inputs=[x], grad=False)
  np.testing.assert_array_equal(np.signbit(p.numpy()), np.signbit(t.numpy()))


def test_round_half_to_even_and_decimals():
  x = np.array([0.5, 1.5, 2.5, -0.5, -1.5, 1.2345, -2.675, 1234.5, 1250.0, 1350.0], np.float32)
  assert Tensor(x).round().tolist() == [0.0, 2.0, 2.0, -0.0, -2.0, 1.0, -3.0, 1234.0, 1250.0, 1350.0]
  for d in (2, -2):
    check(None, lambda v: v.round(decimals=d), inputs=[x], **TIGHT)


def test_sign_of_nan_and_zero_like_torch():
  # torch.sign gives 0 for NaN (not NaN) and +0 for -0.0
  p, t = check(None, lambda v: v.sign(), inputs=[np.array([math.nan, -0.0, 0.0, -2.0], np.float32)], grad=False)
  np.testing.assert_array_equal(np.signbit(p.numpy()), np.signbit(t.numpy()))


def test_large_inputs_keep_finite_gradients():
  # the branch a `where` does not take must not leak inf * 0 = nan into the gradient
  x = np.array([-1e4, -100.0, -30.0, -0.01, 0.01, 30.0, 100.0, 1e4], np.float32)
  for fn in (lambda v: v.tanh(), lambda v: v.sigmoid(), lambda v: v.erf(), lambda v: v.atan(), lambda v: v.asinh(),
             lambda v: v.expm1().exp2(), both(lambda v: v.softplus(), TF.softplus), both(lambda v: v.elu(), TF.elu),
             both(lambda v: v.logsigmoid(), TF.logsigmoid), both(lambda v: v.mish(), TF.mish),
             both(lambda v: v.silu(), TF.silu)):
    check(None, fn, inputs=[x], **TIGHT)


def test_gradients_at_zero():
  # odd functions built on |x| still have their derivative at 0 (torch: atan'(0) = 1, sinh'(0) = 1, ...)
  x = np.array([0.0, -0.0], np.float32)
  for name in ("atan", "asin", "sinh", "tanh", "asinh", "atanh", "erf", "expm1", "log1p", "sin", "tan"):
    check(None, lambda v: getattr(v, name)(), inputs=[x], **TIGHT)
  for fn in (both(lambda v: v.softsign(), TF.softsign), both(lambda v: v.elu(0.5), lambda v: TF.elu(v, 0.5)),
             both(lambda v: v.logsigmoid(), TF.logsigmoid), both(lambda v: v.leakyrelu(), TF.leaky_relu),
             lambda v: v.abs(), both(lambda v: v.relu6(), TF.relu6)):
    check(None, fn, inputs=[x], **TIGHT)


def test_trig_large_arguments():
  # the reduction by pi runs in float64 with pi in three parts: accurate to ~1e12
  x = np.array([1e5 + 0.3, -7e6 - 1.5, 1.2e9, -3e11, 1.5707964, 3.1415927, 1e4 * math.pi], np.float32)
  for name in ("sin", "cos"):
    check(None, lambda v: getattr(v, name)(), inputs=[x], **TIGHT)
  assert np.all(np.abs(Tensor(np.array([1e21, -3e38, 1e30], np.float32)).cos().numpy()) <= 1)   # bounded beyond


# ---- parameters ------------------------------------------------------------------------------------------------------
ACTIVATION_PARAMS = {
  "leakyrelu(0.2)": (lambda x: x.leakyrelu(0.2), lambda x: TF.leaky_relu(x, 0.2)),
  "elu(0.5)": (lambda x: x.elu(0.5), lambda x: TF.elu(x, 0.5)),
  "celu(2)": (lambda x: x.celu(2.0), lambda x: TF.celu(x, 2.0)),
  "softplus(2,5)": (lambda x: x.softplus(beta=2.0, threshold=5.0), lambda x: TF.softplus(x, beta=2.0, threshold=5.0)),
  "softplus(0.5)": (lambda x: x.softplus(beta=0.5), lambda x: TF.softplus(x, beta=0.5)),
  "hardtanh(-2,3)": (lambda x: x.hardtanh(-2.0, 3.0), lambda x: TF.hardtanh(x, -2.0, 3.0)),
  "leaky_relu": (lambda x: x.leaky_relu(0.1), lambda x: TF.leaky_relu(x, 0.1)),
}


@pytest.mark.parametrize("name", list(ACTIVATION_PARAMS))
def test_activation_parameters(name):
  p, t = ACTIVATION_PARAMS[name]
  check([(4, 6)], both(p, t), low=-8, high=8, **TIGHT)


def test_bad_arguments_raise():
  x = Tensor([1.0, 2.0])
  with pytest.raises(ValueError): x.gelu(approximate="fast")
  with pytest.raises(ValueError): x.clamp()
  with pytest.raises(ValueError): x.divide(x, rounding_mode="round")
  with pytest.raises(ValueError): Tensor([2, 3]).pow(-1)


# ---- dtypes ----------------------------------------------------------------------------------------------------------
INT_OPS = {
  "abs": lambda x: x.abs(), "sign": lambda x: x.sign(), "neg": lambda x: x.neg(), "square": lambda x: x.square(),
  "relu": lambda x: x.relu(), "relu6": both(lambda x: x.relu6(), TF.relu6), "floor": lambda x: x.floor(),
  "ceil": lambda x: x.ceil(), "trunc": lambda x: x.trunc(), "round": lambda x: x.round(),
  "isnan": lambda x: x.isnan(), "isinf": lambda x: x.isinf(), "isfinite": lambda x: x.isfinite(),
  "logical_not": lambda x: x.logical_not(), "clamp": lambda x: x.clamp(-3, 4),
  "clamp_float": lambda x: x.clamp(min=-2.5),
  "exp": lambda x: x.exp(), "sin": lambda x: x.sin(), "sqrt_abs": lambda x: x.abs().sqrt(), "erf": lambda x: x.erf(),
  "tanh": lambda x: x.tanh(), "pow2": lambda x: x.pow(2), "pow3": lambda x: x ** 3, "pow_float": lambda x: x.pow(1.5),
  "pow_float_integral": lambda x: x.pow(2.0),
}


@pytest.mark.parametrize("name", list(INT_OPS))
def test_int_inputs(name):
  check([(3, 5)], INT_OPS[name], low=-9, high=9, dtype=np.int32, **TIGHT)


@pytest.mark.parametrize("dtype", [np.int8, np.uint8, np.int64])
def test_abs_sign_other_ints(dtype):
  lo = 0 if dtype == np.uint8 else -100
  for fn in (lambda x: x.abs(), lambda x: x.sign()):
    check([(7,)], fn, low=lo, high=100, dtype=dtype)


def test_float_predicates_and_logical_not():
  x = SPECIALS
  for fn in (lambda v: v.isnan(), lambda v: v.isinf(), lambda v: v.isfinite(), lambda v: v.logical_not()):
    check(None, fn, inputs=[x])
  check(None, lambda v: v.logical_not(), inputs=[np.array([True, False])])


HALF_OPS = {
  "exp": lambda x: x.exp(), "tanh": lambda x: x.tanh(), "erf": lambda x: x.erf(), "sin": lambda x: x.sin(),
  "cos": lambda x: x.cos(), "floor": lambda x: x.floor(), "round": lambda x: x.round(),
  "log1p": lambda x: x.abs().log1p(),
  "sigmoid": lambda x: x.sigmoid(), "atan": lambda x: x.atan(), "gelu": both(lambda x: x.gelu(), TF.gelu),
  "mish": both(lambda x: x.mish(), TF.mish), "softplus": both(lambda x: x.softplus(), TF.softplus),
  "pow": lambda x: x.abs() ** 2.5,
}


@pytest.mark.parametrize("name", list(HALF_OPS))
def test_float16_computes_in_float32(name):
  # PyTorch's CPU half ops compute in float32 and round once; so does picograd: the results agree to half's rounding
  x = np.random.default_rng(0).uniform(-5, 5, (64,)).astype(np.float16)
  p, _ = check(None, HALF_OPS[name], inputs=[x], grad=False, atol=1e-3, rtol=1e-3)
  assert p.dtype == dtypes.float16


@pytest.mark.parametrize("name", ["exp", "sin", "cos", "tan", "log1p", "sinh", "tanh", "floor", "round"])
def test_float64_is_float64_accurate(name):
  check([(32,)], lambda v: getattr(v, name)(), dtype=np.float64, low=-30 if name != "log1p" else -0.9, high=30)


@pytest.mark.parametrize("name", ["erf", "atan", "asin", "gelu"])
def test_float64_polynomials_are_float32_accurate(name):
  fn = both(lambda v: v.gelu(), TF.gelu) if name == "gelu" else (lambda v: getattr(v, name)())
  check([(32,)], fn, dtype=np.float64, low=-0.99, high=0.99, **TIGHT)


# ---- binary ----------------------------------------------------------------------------------------------------------
BINARY_SHAPES = {"same": ((3, 4), (3, 4)), "broadcast": ((4, 1), (1, 5)), "0d": ((), ()),
                 "0d_with_matrix": ((), (2, 3))}


def divide(mode):
  return lambda x, y: x.divide(y, rounding_mode=mode) if isinstance(x, Tensor) else torch.div(x, y, rounding_mode=mode)


@pytest.mark.parametrize("shapes", list(BINARY_SHAPES))
@pytest.mark.parametrize("mode", [None, "trunc", "floor"])
def test_divide(mode, shapes):
  check(list(BINARY_SHAPES[shapes]), divide(mode), low=-10, high=10, **TIGHT)


def test_divide_views_ints_and_specials():
  check([(6, 4), (4, 6)], lambda x, y: divide("floor")(x[::2], y.T[::2]), low=-10, high=10, **TIGHT)
  for mode in (None, "trunc", "floor"):
    check([(4, 5), (5,)], divide(mode), low=-20, high=20, dtype=np.int32)
  # Python's float //: 1 // 0.1 is 9, a zero quotient keeps its sign, division by zero is inf or nan
  x = np.array([1.0, -0.0, 0.5, -0.5, 5.0, -5.0, 0.0, math.inf, 7.0, -7.0, 1e30, 3.0], np.float32)
  y = np.array([0.1, 3.0, 1.0, 1.0, 0.0, 0.0, 0.0, 2.0, math.inf, math.inf, 1e-30, -0.0], np.float32)
  for mode in ("trunc", "floor"):
    p, t = check(None, divide(mode), inputs=[x, y], grad=False)
    np.testing.assert_array_equal(np.signbit(p.numpy()), np.signbit(t.numpy()))


def test_divide_scalars_and_reverse():
  check([(2, 3)], lambda x: divide("floor")(x, 0.3), low=-5, high=5, **TIGHT)
  check([(2, 3)], lambda x: x.divide(2.5, reverse=True) if isinstance(x, Tensor) else 2.5 / x, low=0.5, high=5, **TIGHT)


# small integer powers multiply (as torch's do), 0.5 and -0.5 are sqrt and rsqrt, the rest go through exp2/log2
POW_SCALAR_EXPONENTS = [0, 1, 2, 3, 4, -1, -2, 0.5, -0.5, 1.5, -1.5, 2.7, 7, -3, 10]


@pytest.mark.parametrize("e", POW_SCALAR_EXPONENTS, ids=str)
def test_pow_scalar_exponent(e):
  check([(2, 3)], lambda x: x ** e, low=0.2, high=3, **TIGHT)
  lo, hi = (-3, -0.2)
  if float(e).is_integer(): check([(2, 3)], lambda x: x ** e, low=lo, high=hi, **TIGHT)
  else: check([(2, 3)], lambda x: x ** e, low=lo, high=hi, grad=False)   # NaN, as in torch


@pytest.mark.parametrize("shapes", list(BINARY_SHAPES))
def test_pow_tensor_exponent(shapes):
  check(list(BINARY_SHAPES[shapes]), lambda x, y: x ** y, low=0.2, high=3, **TIGHT)


def test_pow_negative_base_tensor_exponent_and_views():
  base = np.array([[-2.0, -3.0, -0.5, -1.5], [-2.0, -3.0, 2.0, 1.5]], np.float32)
  expo = np.array([[2.0, 3.0, -3.0, 0.5], [-2.0, 1.5, 1.5, 2.0]], np.float32)
  check(None, lambda x, y: x ** y, inputs=[base, expo], grad=False)
  check(None, lambda x, y: x.T ** y.T, inputs=[np.abs(base), expo], **TIGHT)


def test_pow_special_values():
  v = np.array([math.nan, math.inf, -math.inf, 0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0], np.float32)
  base, expo = np.meshgrid(v, v)
  check(None, lambda x, y: x ** y, inputs=[base.astype(np.float32), expo.astype(np.float32)], grad=False)
  for e in (0.5, -1.0, 3.0, -2.0, 0.0, 2.5, -3.0):
    check(None, lambda x: x ** e, inputs=[v], grad=False)


def test_pow_at_zero_base_gradient():
  # torch: d(x**y)/dx at x = 0 is 0 for y > 1, and d/dy is 0 there for y >= 0
  check(None, lambda x, y: x ** y, inputs=[np.zeros(3, np.float32), np.array([1.5, 2.5, 3.0], np.float32)], **TIGHT)


def test_pow_ints_and_reverse():
  check([(3, 4), (3, 4)], lambda x, y: x ** y, low=-4, high=6, dtype=np.int32)   # negative exponents: 0 unless |x| = 1
  check(None, lambda x, y: x ** y, inputs=[np.array([3, -3, 7, 2], np.int64), np.array([40, 41, 25, 62], np.int64)])
  check([(2, 3)], lambda x: x.pow(2.0, reverse=True) if isinstance(x, Tensor) else 2.0 ** x, low=-5, high=5, **TIGHT)
  check([(2, 3)], lambda x: x.pow(3, reverse=True) if isinstance(x, Tensor) else 3 ** x, low=0, high=8, dtype=np.int32)


LERP_CASES = {
  "small_weight": ([(3, 4), (3, 4)], 0.3), "large_weight": ([(3, 4), (3, 4)], 0.8), "broadcast": ([(4, 1), (5,)], 1.7),
  "tensor_weight": ([(3, 4), (3, 4), (3, 4)], None), "tensor_weight_broadcast": ([(4, 1), (1, 5), (5,)], None),
  "0d": ([(), (), ()], None),
}


@pytest.mark.parametrize("case", list(LERP_CASES))
def test_lerp(case):
  shapes, w = LERP_CASES[case]
  fn = (lambda x, y: x.lerp(y, w)) if w is not None else (lambda x, y, z: x.lerp(y, z))
  check(shapes, fn, low=-1, high=1.5, **TIGHT)


CLAMP_CASES = {
  "both": lambda x: x.clamp(-0.5, 0.7), "min": lambda x: x.clamp(min=0.1), "max": lambda x: x.clamp(max=-0.2),
  "clip": lambda x: x.clip(-1, 1) if isinstance(x, Tensor) else x.clip(-1, 1),
  "empty_range": lambda x: x.clamp(0.5, -0.5),
}


@pytest.mark.parametrize("case", list(CLAMP_CASES))
def test_clamp(case):
  check([(4, 6)], CLAMP_CASES[case], **TIGHT)


def test_clamp_tensor_bounds_ties_and_nan():
  check([(4, 1), (1, 5), (4, 5)], lambda x, lo, hi: x.clamp(lo, hi - 3), **TIGHT)
  check([(3, 4), (4,)], lambda x, lo: x.clamp(min=lo), **TIGHT)
  # a value equal to a bound passes its gradient to the input, as in torch; NaN stays NaN
  check(None, lambda v: v.clamp(0.0, 1.0), inputs=[np.array([-1.0, 0.0, 0.5, 1.0, 2.0], np.float32)], **TIGHT)
  check(None, lambda v: v.clamp(0.0, 1.0), inputs=[np.array([math.nan, -math.inf, math.inf], np.float32)], grad=False)


COPYSIGN_CASES = {"same": [(3, 4), (3, 4)], "broadcast": [(4, 1), (5,)], "0d": [(), ()]}


@pytest.mark.parametrize("case", list(COPYSIGN_CASES))
def test_copysign(case):
  check(COPYSIGN_CASES[case], lambda x, y: x.copysign(y), **TIGHT)


def test_copysign_zeros_scalars_and_ints():
  x = np.array([1.0, 2.0, -3.0, 0.0, -0.0, math.inf, math.nan], np.float32)
  y = np.array([-0.0, 0.0, 1.0, -1.0, -math.inf, -2.0, -1.0], np.float32)
  p, t = check(None, lambda a, b: a.copysign(b), inputs=[x, y], grad=False)
  np.testing.assert_array_equal(np.signbit(p.numpy()), np.signbit(t.numpy()))
  check([(2, 3)], lambda a: a.copysign(-1.5), **TIGHT)
  check(None, lambda a, b: a.copysign(b), inputs=[np.array([1, -2, 3], np.int32), np.array([-1, 2, -3], np.int32)])
