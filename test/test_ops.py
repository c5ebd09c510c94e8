"""Per-op tests: forward and backward of every Tensor op against PyTorch, on 0-d, size-1, broadcast and view inputs.

Shapes are reused across tests on purpose: each distinct kernel costs a compile, and the cache is per process.
"""
import multiprocessing
import os
import sys
import traceback
from contextlib import contextmanager
import numpy as np
import pytest
import torch
import torch.nn.functional as TF
import picograd
from picograd import Tensor, dtypes, no_grad

sys.path.insert(0, os.path.dirname(__file__))
from helpers import assert_close, check  # noqa: E402

F32 = dict(atol=1e-5, rtol=1e-4)   # transcendental / reduced results in float32

UNARY_SHAPES = [(), (1,), (3,), (2, 1, 4)]
# (leaf shape, view built the same way on both sides): non-contiguous inputs
VIEWS = {
  "permuted": ((3, 2, 4), lambda x: x.permute(2, 0, 1)),
  "sliced": ((4, 5), lambda x: x[1:3, ::2]),
  "expanded": ((1, 3), lambda x: x.expand(4, 3)),
  "flipped": ((2, 3), lambda x: x.flip(1)),
}
UNARY_CASES = list(UNARY_SHAPES) + list(VIEWS)


def _shape_and_view(case):
  return VIEWS[case] if isinstance(case, str) else (case, None)


# ---- unary ----------------------------------------------------------------------------------------------------------
# name -> (fn spelled the same in torch and picograd, low, high)
UNARY = {
  "neg": (lambda x: -x, -2, 2),
  "neg_method": (lambda x: x.neg(), -2, 2),
  "exp": (lambda x: x.exp(), -2, 2),
  "log": (lambda x: x.log(), 0.1, 3),
  "exp2": (lambda x: x.exp2(), -2, 2),
  "log2": (lambda x: x.log2(), 0.1, 3),
  "sqrt": (lambda x: x.sqrt(), 0.1, 3),
  "rsqrt": (lambda x: x.rsqrt(), 0.1, 3),
  "sin": (lambda x: x.sin(), -4, 4),
  "cos": (lambda x: x.cos(), -4, 4),
  "relu": (lambda x: x.relu(), -2, 2),
  "sigmoid": (lambda x: x.sigmoid(), -4, 4),
  "tanh": (lambda x: x.tanh(), -3, 3),
  "abs": (lambda x: x.abs(), -2, 2),
}


@pytest.mark.parametrize("case", UNARY_CASES, ids=str)
@pytest.mark.parametrize("name", list(UNARY))
def test_unary(name, case):
  fn, low, high = UNARY[name]
  shape, view = _shape_and_view(case)
  check([shape], fn, low=low, high=high, transform=view, **F32)


def test_relu_abs_at_zero():
  # ties at 0 on purpose: torch gives relu'(0) = 0 and abs'(0) = 0
  x = np.array([-1.0, 0.0, 2.0], np.float32)
  check(None, lambda x: x.relu(), inputs=[x])
  check(None, lambda x: x.abs(), inputs=[x])


def test_large_inputs_stay_finite():
  x = np.array([-100.0, -30.0, 30.0, 100.0], np.float32)
  check(None, lambda x: x.sigmoid(), inputs=[x], **F32)
  check(None, lambda x: x.tanh(), inputs=[x], **F32)


# ---- binary ---------------------------------------------------------------------------------------------------------
BINARY_SHAPES = [((2, 3), (2, 3)), ((), ()), ((1,), (3,)), ((2, 3), (3,)), ((4, 1), (1, 3)), ((), (2, 3)),
                 ((2, 1, 4), (3, 1))]
BINARY_VIEWS = ["permuted", "sliced", "expanded", "flipped"]
BINARY = {
  "add": (lambda x, y: x + y, -2, 2),
  "sub": (lambda x, y: x - y, -2, 2),
  "mul": (lambda x, y: x * y, -2, 2),
  "div": (lambda x, y: x / y, 0.5, 2),
  "div_neg": (lambda x, y: x / -y, 0.5, 2),
  "maximum": (lambda x, y: x.maximum(y), -2, 2),
  "minimum": (lambda x, y: x.minimum(y), -2, 2),
}


@pytest.mark.parametrize("case", BINARY_SHAPES + BINARY_VIEWS, ids=str)
@pytest.mark.parametrize("name", list(BINARY))
def test_binary(name, case):
  fn, low, high = BINARY[name]
  if isinstance(case, str):
    shape, view = VIEWS[case]
    check([shape, shape], fn, low=low, high=high, transform=view, **F32)
  else:
    check(list(case), fn, low=low, high=high, **F32)


def test_binary_mixed_views():
  # one operand permuted, the other flipped and sliced: different non-contiguous views in one kernel
  check([(3, 4), (4, 5)], lambda x, y: x.permute(1, 0) * y.flip(0)[:, 1:4], **F32)


def test_binary_same_input_twice():
  check([(2, 3)], lambda x: x * x + x / (x.abs() + 1), **F32)


SCALAR_OPS = {
  "x+2": lambda x: x + 2, "2+x": lambda x: 2 + x, "x+0.5": lambda x: x + 0.5,
  "x-2": lambda x: x - 2, "2-x": lambda x: 2 - x, "x*2.5": lambda x: x * 2.5, "3*x": lambda x: 3 * x,
  "x/3": lambda x: x / 3, "1/x": lambda x: 1 / x,
  "x.max(1.0)": lambda x: x.maximum(1.0) if isinstance(x, Tensor) else x.clamp_min(1.0),
  "x.min(1.0)": lambda x: x.minimum(1.0) if isinstance(x, Tensor) else x.clamp_max(1.0),
}


@pytest.mark.parametrize("shape", [(), (2, 3)], ids=str)
@pytest.mark.parametrize("name", list(SCALAR_OPS))
def test_python_scalars(name, shape):
  check([shape], SCALAR_OPS[name], low=0.5, high=2, **F32)


@pytest.mark.parametrize("fn", [lambda x: x + 2, lambda x: 2 - x, lambda x: x * 3, lambda x: x + 0.5, lambda x: 1 / x],
                         ids=["+2", "2-", "*3", "+0.5", "1/"])
def test_int_tensor_with_scalars(fn):
  check([(2, 3)], fn, dtype=np.int32, low=-5, high=5)


def test_int_plus_float_tensor_promotes():
  xi, yf = np.array([1, -2, 3], np.int32), np.array([0.5, 1.5, -2.5], np.float32)
  check(None, lambda x, y: x + y, inputs=[xi, yf])
  check(None, lambda x, y: x / y, inputs=[xi, yf], **F32)


def test_maximum_minimum_ties_split_gradient():
  x = np.array([1.0, 2.0, -3.0, 4.0], np.float32)
  y = np.array([1.0, 1.0, -3.0, 5.0], np.float32)
  check(None, lambda a, b: a.maximum(b), inputs=[x, y])
  check(None, lambda a, b: a.minimum(b), inputs=[x, y])
  check(None, lambda a: a.maximum(a), inputs=[x])


# ---- comparisons and where ------------------------------------------------------------------------------------------
CMP = {"lt": lambda x, y: x < y, "le": lambda x, y: x <= y, "gt": lambda x, y: x > y, "ge": lambda x, y: x >= y,
       "eq": lambda x, y: x == y, "ne": lambda x, y: x != y}


@pytest.mark.parametrize("case", [((2, 3), (2, 3)), ((), (2, 3)), ((4, 1), (1, 3)), "flipped"], ids=str)
@pytest.mark.parametrize("dtype", [np.float32, np.int32], ids=["f32", "i32"])
@pytest.mark.parametrize("name", list(CMP))
def test_comparison(name, dtype, case):
  # ints in [-2, 2) give many equal pairs, so == and the <= / >= boundaries are exercised
  fn = CMP[name]
  if isinstance(case, str):
    shape, view = VIEWS[case]
    p, t = check([shape, shape], fn, dtype=dtype, transform=view)
  else:
    p, t = check(list(case), fn, dtype=dtype)
  assert p.dtype == dtypes.bool and t.dtype == torch.bool


def test_comparison_float_ties():
  x = np.array([1.0, 2.0, -3.0, 0.5], np.float32)
  y = np.array([1.0, 1.0, -3.0, 5.0], np.float32)
  for fn in CMP.values(): check(None, fn, inputs=[x, y])


@pytest.mark.parametrize("fn", [lambda x: x < 0.5, lambda x: x >= 1, lambda x: 1 > x, lambda x: x == 1.0,
                                lambda x: x != 1], ids=["<0.5", ">=1", "1>", "==1.0", "!=1"])
def test_comparison_with_scalar(fn):
  x = np.array([[0.25, 1.0, 2.0], [-1.0, 0.5, 1.5]], np.float32)
  check(None, fn, inputs=[x])
  check(None, fn, inputs=[np.array([[0, 1, 2], [-1, 1, 3]], np.int32)])


def test_comparison_bools():
  a, b = np.array([True, True, False, False]), np.array([True, False, True, False])
  for fn in CMP.values(): check(None, fn, inputs=[a, b])


@pytest.mark.parametrize("shapes", [[(2, 3)] * 3, [(2, 3), (3,), ()], [(4, 1), (1, 3), (4, 3)], [(), (2, 3), (2, 3)]],
                         ids=str)
def test_where(shapes):
  # the condition is computed from a float input, so its grad must come back empty (None or zeros)
  check(shapes, lambda c, x, y: torch.where(c > 0, x, y), lambda c, x, y: (c > 0).where(x, y))


def test_where_scalars_and_views():
  check([(2, 3), (2, 3)], lambda c, x: torch.where(c > 0, x, 0.5), lambda c, x: (c > 0).where(x, 0.5))
  check([(2, 3), (2, 3)], lambda c, y: torch.where(c > 0, 2.0, y), lambda c, y: (c > 0).where(2.0, y))
  check([(2, 3)], lambda c: torch.where(c > 0, 1.0, -1.0), lambda c: (c > 0).where(1.0, -1.0))
  check([(3, 2, 4)] * 3,
        lambda c, x, y: torch.where(c.permute(2, 0, 1) > 0, x.permute(2, 0, 1), y.flip(0).permute(2, 0, 1)),
        lambda c, x, y: (c.permute(2, 0, 1) > 0).where(x.permute(2, 0, 1), y.flip(0).permute(2, 0, 1)))


def test_where_int_condition():
  c = np.array([0, 3, -1, 0], np.int32)
  x, y = np.array([1.5, 2.5, 3.5, 4.5], np.float32), np.array([-1.0, -2.0, -3.0, -4.0], np.float32)
  check(None, lambda c, x, y: torch.where(c != 0, x, y), lambda c, x, y: c.where(x, y), inputs=[c, x, y])


# ---- reductions -----------------------------------------------------------------------------------------------------
def t_reduce(name, x, axis, keepdim):
  if name in ("max", "min"): return getattr(torch, "a" + name)(x, dim=() if axis is None else axis, keepdim=keepdim)
  return getattr(x, name)(dim=axis, keepdim=keepdim)


REDUCE_AXES = [None, 0, 1, -1, (0, 2), (-1, -3), (0, 1, 2)]


VALUES = {"sum": "sum", "mean": "mean", "max": "amax", "min": "amin"}   # x.max(dim) is (values, indices), as PyTorch's


@pytest.mark.parametrize("keepdim", [False, True])
@pytest.mark.parametrize("axis", REDUCE_AXES, ids=str)
@pytest.mark.parametrize("name", ["sum", "max", "min", "mean"])
def test_reduce(name, axis, keepdim):
  check([(2, 3, 4)], lambda x: t_reduce(name, x, axis, keepdim), lambda x: getattr(x, VALUES[name])(axis, keepdim),
        **F32)


@pytest.mark.parametrize("shape,axis", [((), None), ((), 0), ((1,), 0), ((1,), None), ((2, 1, 4), 1),
                                        ((2, 1, 4), (0, 1)), ((5,), -1)], ids=str)
@pytest.mark.parametrize("name", ["sum", "max", "min", "mean"])
def test_reduce_small_shapes(name, shape, axis):
  for keepdim in (False, True):
    check([shape], lambda x: t_reduce(name, x, axis, keepdim), lambda x: getattr(x, VALUES[name])(axis, keepdim), **F32)


@pytest.mark.parametrize("view", ["permuted", "sliced", "expanded", "flipped"])
@pytest.mark.parametrize("name", ["sum", "max", "min", "mean"])
def test_reduce_views(name, view):
  shape, fn = VIEWS[view]
  check([shape], lambda x: t_reduce(name, fn(x), 1, False), lambda x: getattr(fn(x), VALUES[name])(1), **F32)
  check([shape], lambda x: t_reduce(name, fn(x), None, False), lambda x: getattr(fn(x), name)(), **F32)


def test_max_min_ties_share_gradient():
  x = np.array([[1.0, 3.0, 3.0, 0.5], [2.0, 2.0, 2.0, 2.0], [-1.0, -1.0, 4.0, -1.0]], np.float32)
  for name in ("max", "min"):
    for axis in (None, 0, 1):
      check(None, lambda x: t_reduce(name, x, axis, False), lambda x: getattr(x, VALUES[name])(axis), inputs=[x])


def test_reduce_ints_and_bools():
  xi = np.array([[1, -2, 3], [4, 5, -6]], np.int32)
  for name in ("sum", "max", "min"):
    for axis in (None, 0, 1):
      check(None, lambda x: t_reduce(name, x, axis, False), lambda x: getattr(x, VALUES[name])(axis), inputs=[xi])
  xb = np.array([[True, False, True], [False, False, True]])
  check(None, lambda x: x.sum(1), inputs=[xb])
  check(None, lambda x: torch.amax(x, 1), lambda x: x.amax(1), inputs=[xb])
  check(None, lambda x: torch.amin(x, 0), lambda x: x.amin(0), inputs=[xb])


def test_mean_of_ints_is_float():
  xi = np.array([[1, -2, 4], [4, 5, -6]], np.int32)
  check(None, lambda x: x.float().mean(1), lambda x: x.mean(1), inputs=[xi])


# ---- softmax --------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("axis", [-1, 0, 1])
@pytest.mark.parametrize("name", ["softmax", "log_softmax"])
def test_softmax(name, axis):
  check([(2, 3, 4)], lambda x: getattr(torch, name)(x, axis), lambda x: getattr(x, name)(axis), **F32)


@pytest.mark.parametrize("name", ["softmax", "log_softmax"])
def test_softmax_large_values_and_views(name):
  check([(2, 3, 4)], lambda x: getattr(torch, name)(x, -1), lambda x: getattr(x, name)(-1), low=-80, high=80,
        atol=1e-4, rtol=1e-4)
  check([(3, 2, 4)], lambda x: getattr(torch, name)(x.permute(2, 0, 1), 0),
        lambda x: getattr(x.permute(2, 0, 1), name)(0), **F32)
  check([(1,)], lambda x: getattr(torch, name)(x, 0), lambda x: getattr(x, name)(0), **F32)


# ---- matmul ---------------------------------------------------------------------------------------------------------
MATMUL_SHAPES = [((3,), (3,)), ((2, 3), (3,)), ((3,), (3, 4)), ((2, 3), (3, 4)), ((1, 1), (1, 1)),
                 ((5, 2, 3), (5, 3, 4)), ((5, 2, 3), (3, 4)), ((3,), (5, 3, 4)), ((2, 1, 2, 3), (5, 3, 4))]


@pytest.mark.parametrize("shapes", MATMUL_SHAPES, ids=str)
def test_matmul(shapes):
  check(list(shapes), lambda x, y: x @ y, **F32)


def test_matmul_spellings_and_views():
  check([(2, 3), (3, 4)], lambda x, y: x.matmul(y), **F32)
  check([(3,), (3,)], lambda x, y: torch.dot(x, y), lambda x, y: x.dot(y), **F32)
  check([(2, 3), (3, 4)], lambda x, y: torch.mm(x, y), lambda x, y: x.dot(y), **F32)
  check([(3, 2), (4, 3)], lambda x, y: x.T @ y.T, **F32)                       # both transposed
  check([(4, 5), (3, 4)], lambda x, y: x[1:3, ::2] @ y.flip(0)[:, 1:], **F32)   # sliced and flipped
  check([(1, 3), (3, 1)], lambda x, y: x.expand(4, 3) @ y.expand(3, 2), **F32)  # expanded
  check(None, lambda x, y: x @ y, inputs=[np.array([[1, 2], [3, 4]], np.int32), np.array([[5, -1], [2, 0]], np.int32)])


# ---- movement -------------------------------------------------------------------------------------------------------
MOVEMENT = {
  "reshape": lambda x: x.reshape(6, 4),
  "reshape_tuple": lambda x: x.reshape((4, 6)),
  "reshape_-1": lambda x: x.reshape(-1),
  "reshape_4,-1": lambda x: x.reshape(4, -1),
  "reshape_add_1s": lambda x: x.reshape(1, 2, 1, 12, 1),
  "permute": lambda x: x.permute(2, 0, 1),
  "permute_tuple": lambda x: x.permute((1, 2, 0)),
  "permute_neg": lambda x: x.permute(-1, -3, -2),
  "transpose": lambda x: x.transpose(0, 2),
  "transpose_neg": lambda x: x.transpose(-1, -2),
  "expand": lambda x: x[:, :1].expand(2, 3, 4),
  "expand_new_axis": lambda x: x.expand(5, 2, 3, 4),
  "expand_-1": lambda x: x[:1].expand(3, -1, -1),
  "flip0": lambda x: x.flip(0),
  "flip_axes": lambda x: x.flip((0, 2)),
  "flip_neg": lambda x: x.flip(-1),
  "contiguous": lambda x: x.permute(2, 0, 1).contiguous(),
  "contiguous_of_contiguous": lambda x: x.contiguous(),
  "chain": lambda x: x.permute(1, 0, 2).reshape(3, 8).flip(1)[::2, 1:7].expand(2, 2, 6),
}


@pytest.mark.parametrize("name", list(MOVEMENT))
def test_movement(name):
  check([(2, 3, 4)], MOVEMENT[name])


def t_pad(x, padding, value=0.0):
  """picograd's (before, after)-per-axis padding in torch.nn.functional.pad's last-axis-first flat list."""
  flat = [v for p in reversed(padding) for v in ((0, 0) if p is None else p)]
  return TF.pad(x, flat, value=value)


@pytest.mark.parametrize("padding,value", [(((1, 2), (0, 1)), 0.0), (((0, 0), (3, 0)), 0.0), ((None, (1, 1)), 0.0),
                                           (((1, 1), (2, 0)), 1.5), (((-1, 1), (1, -2)), 0.0),
                                           (((1, 0), (0, -1)), -2.0)], ids=str)
def test_pad(padding, value):
  check([(3, 4)], lambda x: t_pad(x, padding, value), lambda x: x.pad(padding, value))


def test_pad_views_and_0d_axes():
  check([(3, 4)], lambda x: t_pad(x.permute(1, 0), ((1, 0), (2, 1))), lambda x: x.permute(1, 0).pad(((1, 0), (2, 1))))
  check([(1, 3)], lambda x: t_pad(x, ((1, 1), (0, 0))), lambda x: x.pad(((1, 1), (0, 0))))


def t_getitem(x, index):
  """x[index] for torch, which has no negative slice steps: flip those axes first and index them forwards."""
  index = index if isinstance(index, tuple) else (index,)
  n_real = sum(1 for i in index if i is not None and i is not Ellipsis)
  if Ellipsis in index:
    at = index.index(Ellipsis)
    index = index[:at] + (slice(None),) * (x.ndim - n_real) + index[at + 1:]
  new, flips, axis = [], [], 0
  for i in index:
    if i is None:
      new.append(None)
      continue
    if isinstance(i, slice) and (i.step or 1) < 0:
      n = x.shape[axis]
      start, stop, step = i.indices(n)
      new.append(slice(n - 1 - start, n - 1 - stop, -step))
      flips.append(axis)
    else:
      new.append(i)
    axis += 1
  return (x.flip(flips) if flips else x)[tuple(new)]


INDEXES = [np.s_[1:3, ::2], np.s_[1], np.s_[-1], np.s_[::-1], np.s_[::-2, 1], np.s_[3:0:-2, ::-3], np.s_[None],
           np.s_[..., 1:], np.s_[..., None, 2], np.s_[1, ..., 0], np.s_[0, :, None], np.s_[-2:, -3:-1], np.s_[4:1],
           np.s_[:, ::3], np.s_[2:, 5:-6:-1], np.s_[1, 2], np.s_[()], np.s_[..., ::-1]]


@pytest.mark.parametrize("index", INDEXES, ids=str)
def test_getitem(index):
  shape = (4, 5)
  want = np.arange(20, dtype=np.float32).reshape(shape)[index]   # the index itself, checked against numpy too
  p, t = check([shape], lambda x: t_getitem(x, index), lambda x: x[index])
  assert t.shape == want.shape and p.shape == want.shape


def test_getitem_views_and_0d():
  check([(3, 2, 4)], lambda x: t_getitem(x.permute(2, 0, 1), np.s_[::-2, 1, None, 1:]),
        lambda x: x.permute(2, 0, 1)[::-2, 1, None, 1:])
  check([()], lambda x: x[None], lambda x: x[None])
  check([()], lambda x: x[...], lambda x: x[...])
  check([(4, 5)], lambda x: x[1:3][1, 2:], lambda x: x[1:3][1, 2:])   # an index of an index
  check([(1, 3)], lambda x: x.expand(4, 3)[1:3, 2], lambda x: x.expand(4, 3)[1:3, 2])


# ---- casts ----------------------------------------------------------------------------------------------------------
CAST_INPUTS = {
  "f32": np.array([[-2.7, -1.2, 0.0], [0.4, 1.9, 3.5]], np.float32),
  "i32": np.array([[-3, 0, 1], [2, -1, 7]], np.int32),
  "bool": np.array([[True, False, True], [False, False, True]]),
}
CAST_TARGETS = {"f32": (dtypes.float32, torch.float32), "i32": (dtypes.int32, torch.int32),
                "bool": (dtypes.bool, torch.bool)}


@pytest.mark.parametrize("target", list(CAST_TARGETS))
@pytest.mark.parametrize("source", list(CAST_INPUTS))
def test_cast(source, target):
  pd, td = CAST_TARGETS[target]
  method = {"f32": "float", "i32": "int", "bool": "bool"}[target]
  x = CAST_INPUTS[source]
  check(None, lambda x: x.to(td), lambda x: x.cast(pd), inputs=[x])
  check(None, lambda x: x.to(td), lambda x: x.cast(pd.name), inputs=[x])
  check(None, lambda x: getattr(x, method)(), inputs=[x])
  check(None, lambda x: getattr(x.T, method)(), inputs=[x])   # on a transposed view


def test_cast_gradient_flows():
  check([(2, 3)], lambda x: x.double() * 3, **F32)
  check([(2, 3)], lambda x: x.to(torch.float64).to(torch.float32) * x,
        lambda x: x.cast(dtypes.float64).cast(dtypes.float32) * x, **F32)


# ---- integer ops ----------------------------------------------------------------------------------------------------
INT_OPS = {
  "floordiv": lambda x, y: x // y, "mod": lambda x, y: x % y,
  "floordiv_3": lambda x, y: x // 3, "floordiv_-3": lambda x, y: x // -3, "mod_3": lambda x, y: x % 3,
  "mod_-3": lambda x, y: x % -3, "7_floordiv": lambda x, y: 7 // y, "-7_mod": lambda x, y: -7 % y,
  "and": lambda x, y: x & y, "or": lambda x, y: x | y, "xor": lambda x, y: x ^ y, "invert": lambda x, y: ~x,
  "and_6": lambda x, y: x & 6, "or_-8": lambda x, y: x | -8, "5_xor": lambda x, y: 5 ^ y,
}


@pytest.mark.parametrize("shapes", [[(3, 4), (3, 4)], [(3, 4), (4,)], [(), (3, 4)]], ids=str)
@pytest.mark.parametrize("name", list(INT_OPS))
def test_int_ops(name, shapes):
  # values in [-7, 7) without zero: every sign combination of dividend and divisor
  p, t = check(shapes, INT_OPS[name], dtype=np.int32, low=-7, high=7)
  assert p.dtype == dtypes.int32


def test_int_ops_exact_multiples_and_views():
  x = np.array([[-6, -3, 0, 3], [6, 7, -7, 1]], np.int32)
  y = np.array([[3, -3, 5, -1], [-2, 7, 7, -7]], np.int32)
  check(None, lambda x, y: x // y, inputs=[x, y])
  check(None, lambda x, y: x % y, inputs=[x, y])
  check(None, lambda x, y: x.T.flip(0) // y.T, inputs=[x, y])


@pytest.mark.parametrize("name", ["floordiv", "mod"])
def test_float_floordiv_mod(name):
  fn = INT_OPS[name]
  x = np.array([-5.5, -3.0, 2.5, 7.25, -0.5, 4.0], np.float32)
  y = np.array([2.0, -2.0, -1.5, 3.0, 4.0, 2.0], np.float32)
  check(None, fn, inputs=[x, y], grad=False, **F32)


BOOL_OPS = {"and": lambda x, y: x & y, "or": lambda x, y: x | y, "xor": lambda x, y: x ^ y, "invert": lambda x, y: ~x,
            "and_True": lambda x, y: x & True, "or_False": lambda x, y: x | False, "True_xor": lambda x, y: True ^ y}


@pytest.mark.parametrize("name", list(BOOL_OPS))
def test_bool_ops(name):
  check([(3, 4), (4,)], BOOL_OPS[name], dtype=np.bool_)
  check([(4, 3), (4, 3)], BOOL_OPS[name], dtype=np.bool_, transform=lambda x: x.T.flip(0))


def test_bitwise_on_float_raises():
  with pytest.raises(picograd.DTypeError):
    Tensor([1.0, 2.0]) & Tensor([1.0, 2.0])
  with pytest.raises(picograd.DTypeError):
    ~Tensor([1.0])


# ---- creation -------------------------------------------------------------------------------------------------------
CREATION = {
  "zeros": (lambda: torch.zeros(2, 3), lambda: Tensor.zeros(2, 3)),
  "zeros_tuple": (lambda: torch.zeros((2, 3)), lambda: Tensor.zeros((2, 3))),
  "zeros_0d": (lambda: torch.zeros(()), lambda: Tensor.zeros(())),
  "zeros_int": (lambda: torch.zeros(3, dtype=torch.int32), lambda: Tensor.zeros(3, dtype=dtypes.int32)),
  "ones": (lambda: torch.ones(2, 1, 3), lambda: Tensor.ones(2, 1, 3)),
  "ones_bool": (lambda: torch.ones(4, dtype=torch.bool), lambda: Tensor.ones(4, dtype=dtypes.bool)),
  "full_float": (lambda: torch.full((2, 3), 2.5), lambda: Tensor.full((2, 3), 2.5)),
  "full_int": (lambda: torch.full((3,), -7), lambda: Tensor.full(3, -7)),
  "full_bool": (lambda: torch.full((2,), True), lambda: Tensor.full((2,), True)),
  "arange": (lambda: torch.arange(5), lambda: Tensor.arange(5)),
  "arange_start_stop_step": (lambda: torch.arange(2, 11, 3), lambda: Tensor.arange(2, 11, 3)),
  "arange_negative_step": (lambda: torch.arange(5, -4, -2), lambda: Tensor.arange(5, -4, -2)),
  "arange_float": (lambda: torch.arange(0, 1, 0.25), lambda: Tensor.arange(0, 1, 0.25)),
  "arange_float_dtype": (lambda: torch.arange(4, dtype=torch.float32), lambda: Tensor.arange(4, dtype=dtypes.float32)),
  "arange_empty": (lambda: torch.arange(3, 3), lambda: Tensor.arange(3, 3)),
  "eye": (lambda: torch.eye(3), lambda: Tensor.eye(3)),
  "eye_rect": (lambda: torch.eye(2, 4), lambda: Tensor.eye(2, 4)),
  "eye_int": (lambda: torch.eye(3, dtype=torch.int32), lambda: Tensor.eye(3, dtype=dtypes.int32)),
}


@pytest.mark.parametrize("name", list(CREATION))
def test_creation(name):
  tfn, pfn = CREATION[name]
  assert_close(pfn(), tfn())


def test_creation_requires_grad_and_use():
  x = Tensor.ones(2, 3, requires_grad=True)
  w = np.random.default_rng(3).uniform(-1, 1, (2, 3)).astype(np.float32)
  (x * Tensor(w)).sum().backward()
  np.testing.assert_allclose(x.grad.numpy(), w)
  e = Tensor.eye(3, requires_grad=True)
  (e * Tensor(np.arange(1, 10, dtype=np.float32).reshape(3, 3))).sum().backward()
  np.testing.assert_allclose(e.grad.numpy(), np.arange(1, 10).reshape(3, 3))


def test_rand_range_shape_dtype():
  Tensor.manual_seed(0)
  r = Tensor.rand(1000)
  a = r.numpy()
  assert r.shape == (1000,) and r.dtype == dtypes.float32 and a.dtype == np.float32
  assert a.min() >= 0.0 and a.max() < 1.0
  assert abs(a.mean() - 0.5) < 0.05 and len(np.unique(a)) > 990
  assert Tensor.rand(2, 3).shape == (2, 3) and Tensor.rand((2, 3)).shape == (2, 3) and Tensor.rand().shape == ()


def test_randn_statistics():
  Tensor.manual_seed(0)
  a = Tensor.randn(100_000).numpy()
  assert a.dtype == np.float32 and np.isfinite(a).all()
  assert abs(a.mean()) < 0.02 and abs(a.std() - 1) < 0.02
  assert 0.66 < (np.abs(a) < 1).mean() < 0.70   # about 68.3% within one sigma
  assert Tensor.randn(3, 4).shape == (3, 4)


@pytest.mark.parametrize("fn", [Tensor.rand, Tensor.randn], ids=["rand", "randn"])
def test_manual_seed_reproducible(fn):
  Tensor.manual_seed(42)
  a, b = fn(64).numpy(), fn(64).numpy()
  Tensor.manual_seed(42)
  a2, b2 = fn(64).numpy(), fn(64).numpy()
  Tensor.manual_seed(43)
  c = fn(64).numpy()
  np.testing.assert_array_equal(a, a2)
  np.testing.assert_array_equal(b, b2)
  assert not np.array_equal(a, b)   # successive calls differ
  assert not np.array_equal(a, c)   # a different seed differs
  assert np.abs(a - c).mean() > 0.1


def test_rand_requires_grad():
  Tensor.manual_seed(1)
  r = Tensor.rand(2, 3, requires_grad=True)
  (r * 2).sum().backward()
  np.testing.assert_allclose(r.grad.numpy(), np.full((2, 3), 2.0))


# ---- conversion out, autograd API ------------------------------------------------------------------------------------
def test_numpy_tolist_item():
  x = Tensor([[1, 2], [3, 4]])
  assert x.dtype == dtypes.int32 and x.numpy().dtype == np.int32
  assert x.tolist() == [[1, 2], [3, 4]] and isinstance(x.tolist()[0][0], int)
  assert Tensor([[1.5, -2.0]]).tolist() == [[1.5, -2.0]]
  assert Tensor([True, False]).tolist() == [True, False] and Tensor([True]).dtype == dtypes.bool
  f = Tensor(2.5)
  assert f.item() == 2.5 and isinstance(f.item(), float) and f.shape == ()
  assert Tensor(7).item() == 7 and isinstance(Tensor(7).item(), int)
  assert Tensor(True).item() is True
  assert (Tensor([[3.0]]) * 2).item() == 6.0
  np.testing.assert_array_equal(Tensor(np.arange(6, dtype=np.float32).reshape(2, 3)).T.numpy(),
                                np.arange(6).reshape(2, 3).T)
  with pytest.raises(picograd.ShapeError):
    Tensor([1.0, 2.0]).item()


def test_requires_grad_propagates():
  a = Tensor([1.0, 2.0], requires_grad=True)
  b = Tensor([3.0, 4.0])
  assert a.requires_grad and not b.requires_grad
  assert (a * b).requires_grad and (b + a).requires_grad
  assert not (b * 2).requires_grad
  with pytest.raises(RuntimeError):
    (b * 2).sum().backward()


def test_backward_non_scalar_seeds_ones():
  rng = np.random.default_rng(5)
  an, bn = rng.uniform(-1, 1, (100, 100)).astype(np.float32), rng.uniform(-1, 1, (100, 100)).astype(np.float32)
  a, b = Tensor(an, requires_grad=True), Tensor(bn, requires_grad=True)
  ta, tb = torch.tensor(an, requires_grad=True), torch.tensor(bn, requires_grad=True)
  e, te = a @ b, ta @ tb
  e.backward()
  te.backward(torch.ones_like(te))
  assert_close(e, te, atol=1e-4, rtol=1e-4)
  assert_close(a.grad, ta.grad, atol=1e-4, rtol=1e-4)
  assert_close(b.grad, tb.grad, atol=1e-4, rtol=1e-4)


def test_backward_explicit_gradient_and_accumulation():
  x = Tensor([1.0, -2.0, 3.0], requires_grad=True)
  (x * x).backward(Tensor([1.0, 0.5, 2.0]))
  np.testing.assert_allclose(x.grad.numpy(), [2.0, -2.0, 12.0])
  (x * 3).sum().backward()   # a second backward accumulates into .grad, as in torch
  np.testing.assert_allclose(x.grad.numpy(), [5.0, 1.0, 15.0])
  with pytest.raises(picograd.ShapeError):
    (x * 2).backward(Tensor([1.0, 2.0]))


def test_backward_gradient_of_other_dtype():
  # torch casts a float32 upstream gradient for a float64 result; picograd must not emit a mixed-type kernel
  x, tx = Tensor([1.0, 2.0, 3.0], requires_grad=True), torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
  (x.double() * 3).backward(Tensor([1.0, 0.5, 2.0]))
  (tx.double() * 3).backward(torch.tensor([1.0, 0.5, 2.0]))
  assert_close(x.grad, tx.grad)


def test_detach():
  xn = np.array([1.0, -2.0, 3.0], np.float32)
  x, tx = Tensor(xn, requires_grad=True), torch.tensor(xn, requires_grad=True)
  y, ty = x.detach(), tx.detach()
  assert not y.requires_grad
  (x * y).sum().backward()
  (tx * ty).sum().backward()
  assert_close(x.grad, tx.grad)   # x, not 2x: the detached factor is a constant
  np.testing.assert_array_equal(y.numpy(), xn)


def test_no_grad_records_no_history():
  x = Tensor([1.0, 2.0], requires_grad=True)
  with no_grad():
    y = x * 2
  z = (x * 3 + y).sum()
  z.backward()
  np.testing.assert_allclose(x.grad.numpy(), [3.0, 3.0])   # nothing flows back through y
  np.testing.assert_allclose(y.numpy(), [2.0, 4.0])
  assert not picograd.Tensor.no_grad   # the flag is restored on exit
  w = x * 2
  assert w.requires_grad


def test_no_grad_result_does_not_require_grad():
  # torch: a result made under no_grad has requires_grad False, so .backward() on it raises
  x = Tensor([1.0, 2.0], requires_grad=True)
  tx = torch.tensor([1.0, 2.0], requires_grad=True)
  with no_grad():
    y = (x * 2).sum()
  with torch.no_grad():
    ty = (tx * 2).sum()
  assert y.requires_grad == ty.requires_grad == False  # noqa: E712


def test_no_grad_restores_flag_on_exception():
  with pytest.raises(KeyError):
    with no_grad():
      raise KeyError
  assert not Tensor.no_grad


# ---- empty tensors --------------------------------------------------------------------------------------------------
def _forked(fn, timeout=5.0):
  """Run fn() in a forked child: a kernel that never returns fails the test after `timeout` instead of hanging the
  suite."""
  ctx = multiprocessing.get_context("fork")
  recv, send = ctx.Pipe(duplex=False)

  def child():
    try:
      fn()
      send.send(None)
    except BaseException:
      send.send(traceback.format_exc())

  proc = ctx.Process(target=child)
  proc.start()
  try:
    if not recv.poll(timeout): pytest.fail(f"did not finish in {timeout}s (a kernel loops forever)")
    error = recv.recv()
  finally:
    proc.kill()
    proc.join()
  if error is not None: pytest.fail(f"in the child process:\n{error}", pytrace=False)


EMPTY_FNS = {"add": lambda x, y: x + y, "mul_exp": lambda x, y: x * y.exp(), "relu": lambda x, y: (x - 1).relu(),
             "sum": lambda x, y: x.sum(), "sum0": lambda x, y: x.sum(0), "sum1": lambda x, y: x.sum(1),
             "sum0_keep": lambda x, y: x.sum(0, True), "permute": lambda x, y: x.permute(1, 0) * 2}


@pytest.mark.parametrize("shapes", [[(0, 3), (3,)], [(0, 3), (0, 3)]], ids=str)
@pytest.mark.parametrize("name", list(EMPTY_FNS))
def test_empty_tensors(name, shapes):
  _forked(lambda: check(shapes, EMPTY_FNS[name]))


def test_empty_tensor_ints():
  check([(0, 3), (3,)], lambda x, y: x // y + x.sum(0), dtype=np.int32)


# ---- errors ---------------------------------------------------------------------------------------------------------
@contextmanager
def _raises(exc, builtin, *words):
  """The error is `exc`, a picograd error that is also the built-in `builtin`, and its message names every word."""
  with pytest.raises(exc) as info:
    yield
  assert isinstance(info.value, picograd.PicogradError) and isinstance(info.value, builtin), type(info.value).__mro__
  for w in words: assert w in str(info.value), f"{w!r} not in error message {str(info.value)!r}"


def test_error_broadcast_mismatch():
  a, b = Tensor.ones(2, 3), Tensor.ones(4)
  with _raises(picograd.ShapeError, ValueError, "add", "(2, 3)", "(4,)"): a + b
  with _raises(picograd.ShapeError, ValueError, "mul", "(2, 3)", "(4,)"): a * b
  with _raises(picograd.ShapeError, ValueError, "lt", "(2, 3)", "(4,)"): a < b
  with _raises(picograd.ShapeError, ValueError, "maximum", "(2, 3)", "(4,)"): a.maximum(b)


def test_error_matmul_inner_dims():
  with _raises(picograd.ShapeError, ValueError, "matmul", "(2, 3)", "(4, 5)"): Tensor.ones(2, 3) @ Tensor.ones(4, 5)
  with _raises(picograd.ShapeError, ValueError, "matmul", "(3,)", "(4,)"): Tensor.ones(3).dot(Tensor.ones(4))
  with _raises(picograd.ShapeError, ValueError, "matmul", "()"): Tensor(1.0) @ Tensor.ones(3)


def test_error_matmul_batch_mismatch():
  with _raises(picograd.ShapeError, ValueError, "matmul", "(2, 2, 3)", "(4, 3, 5)"):
    Tensor.ones(2, 2, 3) @ Tensor.ones(4, 3, 5)


@pytest.mark.parametrize("name", ["sum", "max", "min", "mean"])
def test_error_reduce_missing_axis(name):
  x = Tensor.ones(2, 3)
  with _raises(IndexError, IndexError, name, "(2, 3)", "2"): getattr(x, name)(2)
  with _raises(IndexError, IndexError, name, "(2, 3)", "-3"): getattr(x, name)((0, -3))


def test_error_reshape_size():
  x = Tensor.ones(2, 3)
  with _raises(picograd.ShapeError, ValueError, "reshape", "(2, 3)", "(4,)"): x.reshape(4)
  with _raises(picograd.ShapeError, ValueError, "reshape", "(2, 3)", "(4, -1)"): x.reshape(4, -1)


def test_error_unsupported_dtype():
  with _raises(picograd.DTypeError, TypeError, "complex64"): Tensor(np.ones(3, np.complex64))
  with _raises(picograd.DTypeError, TypeError, "complex"): Tensor.ones(2, dtype=np.complex64)


def test_error_unknown_device():
  with _raises(picograd.DeviceError, RuntimeError, "tpu"): Tensor([1.0], device="tpu")
  with _raises(picograd.DeviceError, RuntimeError, "tpu"): Tensor.zeros(2, device="tpu")


def test_error_other_shape_misuse():
  x = Tensor.ones(2, 3)
  with _raises(picograd.ShapeError, ValueError, "expand", "(2, 3)"): x.expand(4, 3)
  with _raises(IndexError, IndexError, "permute"): x.permute(0, 0)
  with pytest.raises(IndexError): x[2]
  with pytest.raises(IndexError): x[0, 0, 0]


def test_tensor_from_0d_numpy():
  assert Tensor(np.array(1.5, np.float32)).shape == ()
  assert Tensor(np.float32(1.5)).shape == ()
  assert Tensor(np.array(2, np.int32)).item() == 2
