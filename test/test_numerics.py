"""Edge numerics against PyTorch: NaN and infinities through ops and reductions, domain edges (log 0, sqrt of a
negative, division by zero, exp overflow), large-argument sin and cos, integer division of negatives, reductions
over empty axes, zero-size tensors, index math on views whose index space exceeds 2**31 elements; and, found by
checking against a second op suite: gradients at the edges of pow and the inverse hyperbolic functions, var and std
over size-1 axes, 16-bit matmul accumulation, arange and constants beyond int32, argmax/argmin ties and NaN, and
float and int casts to narrower or unsigned ints.

Why: random inputs (test_ops, the fuzzer) stay in the well-conditioned interior. These are the special values real
models meet (the log of a zero probability, a fully masked softmax row of -inf) and the places where an int32
index or a missing zero-size case breaks. PyTorch's float32 results are the reference, compared with NaNs equal and
infinities of the same sign equal.
"""
import math
import numpy as np
import pytest
import torch
import torch.nn.functional as TF
from picograd import Tensor, dtypes

INF, NAN = float("inf"), float("nan")
DEVICES = ["CPU", "EMU"]
SPECIAL = np.array([NAN, INF, -INF, 0.0, -0.0, 1.0, -2.5, 3e38], dtype=np.float32)
ROWS = np.array([[1.0, NAN, 2.0, -1.0],      # one NaN
                 [1.0, INF, 2.0, -1.0],      # +inf
                 [1.0, -INF, 2.0, -1.0],     # -inf
                 [INF, -INF, 2.0, -1.0],     # both: inf - inf
                 [-INF, -INF, -INF, -INF],   # all -inf (a fully masked softmax row)
                 [0.5, -3.0, 2.0, -1.0]], dtype=np.float32)


def both(fn, *arrays, device="CPU", rtol=1e-6, atol=0.0):
  """fn on picograd and on PyTorch tensors of the same arrays: same shape, dtype kind and values (NaN == NaN)."""
  got = fn(*(Tensor(a, device=device) for a in arrays))
  want = fn(*(torch.tensor(a) for a in arrays))
  g, w = got.numpy(), want.numpy()
  assert g.shape == w.shape, f"shape {g.shape} != torch {w.shape}"
  same_kind = g.dtype.kind == w.dtype.kind or {g.dtype.kind, w.dtype.kind} <= {"i", "u"}
  assert same_kind, f"dtype {g.dtype} != torch {w.dtype}"
  if w.dtype.kind == "f": np.testing.assert_allclose(g, w, rtol=rtol, atol=atol, equal_nan=True)
  else: np.testing.assert_array_equal(g, w)
  return g


# ---- NaN and infinity through elementwise ops ----------------------------------------------------------------------
UNARY = {
  "neg": lambda x: -x, "abs": lambda x: x.abs(), "exp": lambda x: x.exp(), "exp2": lambda x: x.exp2(),
  "log": lambda x: x.log(), "log2": lambda x: x.log2(), "sqrt": lambda x: x.sqrt(), "sin": lambda x: x.sin(),
  "cos": lambda x: x.cos(), "tanh": lambda x: x.tanh(), "sigmoid": lambda x: x.sigmoid(), "relu": lambda x: x.relu(),
  "reciprocal": lambda x: x.reciprocal(), "square": lambda x: x.square(), "floor": lambda x: x.floor(),
  "ceil": lambda x: x.ceil(), "round": lambda x: x.round(), "trunc": lambda x: x.trunc(), "sign": lambda x: x.sign(),
  "expm1": lambda x: x.expm1(), "log1p": lambda x: x.log1p(), "erf": lambda x: x.erf(),
  "clamp": lambda x: x.clamp(-1, 1), "isnan": lambda x: x.isnan(), "isinf": lambda x: x.isinf(),
  "isfinite": lambda x: x.isfinite(),
}


@pytest.mark.parametrize("device", DEVICES)
@pytest.mark.parametrize("name", sorted(UNARY))
def test_unary_special_values(name, device):
  if name in TRIG_BOUNDED:   # accurate to |x| ~ 1e12 (float64 range reduction); 3e38 is checked for staying in range
    both(UNARY[name], SPECIAL[:-1], device=device)
    huge = UNARY[name](Tensor(SPECIAL[-1:], device=device)).numpy()
    assert np.all(np.abs(huge) <= 1), f"{name}(3e38) = {huge} left [-1, 1]"
    return
  both(UNARY[name], SPECIAL, device=device)


TRIG_BOUNDED = {"sin", "cos"}   # no Payne-Hanek reduction: beyond ~1e12 the result is bounded, not exact


BINARY = {
  "add": lambda x, y: x + y, "sub": lambda x, y: x - y, "mul": lambda x, y: x * y, "div": lambda x, y: x / y,
  "maximum": lambda x, y: x.maximum(y), "minimum": lambda x, y: x.minimum(y), "pow": lambda x, y: x ** y,
  "lt": lambda x, y: x < y, "le": lambda x, y: x <= y, "eq": lambda x, y: x == y, "ne": lambda x, y: x != y,
  "where": lambda x, y: _where(x > y, x, y),
}


def _where(cond, x, y):
  """cond ? x : y in either library (torch's method form puts the condition second)."""
  return torch.where(cond, x, y) if isinstance(cond, torch.Tensor) else cond.where(x, y)


@pytest.mark.parametrize("device", DEVICES)
@pytest.mark.parametrize("name", sorted(BINARY))
def test_binary_special_values(name, device):
  """Every pair of special values (NaN, +-inf, +-0, finite, near float32's max) in both positions."""
  x, y = np.meshgrid(SPECIAL, SPECIAL)
  both(BINARY[name], x, y, device=device)


# ---- NaN and infinity through reductions ---------------------------------------------------------------------------
REDUCE = {
  "sum": lambda x: x.sum(1), "sum_all": lambda x: x.sum(), "max": lambda x: _max(x, 1),
  "min": lambda x: _min(x, 1), "mean": lambda x: x.mean(1),
  "softmax": lambda x: x.softmax(1), "log_softmax": lambda x: x.log_softmax(1), "logsumexp": lambda x: x.logsumexp(1),
  "prod": lambda x: x.prod(1), "cumsum": lambda x: x.cumsum(1), "argmax": lambda x: x.argmax(1),
  "sum_axis0": lambda x: x.sum(0), "max_axis0": lambda x: _max(x, 0),
  "matmul": lambda x: x @ _ones_like(x, (4, 3)),
  "matmul_left": lambda x: _ones_like(x, (3, 6)) @ x,
}


def _ones_like(x, shape):
  return torch.ones(shape) if isinstance(x, torch.Tensor) else Tensor.ones(*shape, device=x.device)


def _max(x, axis): return x.amax(axis)   # max(axis) is a (values, indices) pair in both
def _min(x, axis): return x.amin(axis)


@pytest.mark.parametrize("device", DEVICES)
@pytest.mark.parametrize("name", sorted(REDUCE))
def test_reduce_special_values(name, device):
  """Each row holds a NaN, an inf, a -inf, both infinities, all -inf, or nothing special."""
  both(REDUCE[name], ROWS, device=device, rtol=1e-5)


def test_max_gradient_with_nan_and_ties():
  """The gradient of max where the maximum is a NaN, and where +inf ties: PyTorch's amax shares it among ties."""
  x = np.array([[1.0, NAN, 3.0], [INF, 2.0, INF]], dtype=np.float32)
  p, t = Tensor(x, requires_grad=True), torch.tensor(x, requires_grad=True)
  p.amax(1).sum().backward()
  t.amax(1).sum().backward()
  np.testing.assert_allclose(p.grad.numpy(), t.grad.numpy(), equal_nan=True)


# ---- domain edges --------------------------------------------------------------------------------------------------
EDGES = [
  ("log(0)", lambda x: x.log(), [0.0, -0.0]), ("log(-1)", lambda x: x.log(), [-1.0, -1e-30]),
  ("log2(0)", lambda x: x.log2(), [0.0, -1.0]), ("sqrt(-1)", lambda x: x.sqrt(), [-1.0, -1e-30, -0.0]),
  ("1/0", lambda x: 1.0 / x, [0.0, -0.0]), ("0/0", lambda x: x / x, [0.0, -0.0]),
  ("-1/0", lambda x: -1.0 / x, [0.0, -0.0]),
  ("exp overflow", lambda x: x.exp(), [88.0, 88.8, 89.0, 100.0, 1e10]),
  ("exp underflow", lambda x: x.exp(), [-87.0, -104.0, -1e10]),
  ("exp2 overflow", lambda x: x.exp2(), [127.0, 128.0, 1000.0, -150.0]),
  ("sigmoid saturation", lambda x: x.sigmoid(), [-100.0, 100.0, -1e10]),
  ("tanh saturation", lambda x: x.tanh(), [-100.0, 100.0, 1e10]),
  ("log1p(-1)", lambda x: x.log1p(), [-1.0, -2.0]),
  ("softplus large", lambda x: TF.softplus(x) if isinstance(x, torch.Tensor) else x.softplus(), [100.0, -100.0, 1e10]),
  ("pow(0, negative)", lambda x: x ** -1.5, [0.0, -0.0]),
  ("pow(negative, fraction)", lambda x: x ** 0.5, [-4.0]),
  ("square overflow", lambda x: x.square(), [2e19, -2e19]),
]


@pytest.mark.parametrize("device", DEVICES)
@pytest.mark.parametrize("what, fn, values", EDGES, ids=[e[0] for e in EDGES])
def test_domain_edges(what, fn, values, device):
  # atol 1e-37: a result in float32's denormal range may flush to zero (PyTorch keeps the denormal)
  both(fn, np.array(values, dtype=np.float32), device=device, atol=1e-37)


@pytest.mark.parametrize("device", DEVICES)
def test_gradients_at_domain_edges(device):
  """d sqrt(x) at 0 is +inf, d log(x) at 0 is +inf, d relu and d abs at 0 are 0, as in PyTorch."""
  x = np.array([0.0, 0.0, 0.0, 0.0], dtype=np.float32)
  p, t = Tensor(x, device=device, requires_grad=True), torch.tensor(x, requires_grad=True)
  fns = [lambda v: v[0:1].sqrt(), lambda v: v[1:2].log(), lambda v: v[2:3].relu(), lambda v: v[3:4].abs()]
  sum(f(p).sum() for f in fns).backward()
  sum(f(t).sum() for f in fns).backward()
  np.testing.assert_array_equal(p.grad.numpy(), t.grad.numpy())


# ---- large-argument trigonometry -----------------------------------------------------------------------------------
LARGE = np.array([1e4, -1e4, 1e4 + 0.5, 12345.678, 1e6, -1e6, 3e6 + 0.25, 1e7, 1e8, 2.0 ** 30], dtype=np.float32)


@pytest.mark.parametrize("device", DEVICES)
@pytest.mark.parametrize("fn", ["sin", "cos"])
def test_large_argument_trig(fn, device):
  """The float32 argument is exact, so its true sine is known (float64 NumPy). Tolerance 2e-6 absolute: float32
  rounds a value in [-1, 1] to within 6e-8, and a range reduction that kept only float32's precision of the
  argument would be off by up to ~1 at 1e8 (PyTorch's own results are held to the same bound)."""
  want = getattr(np, fn)(LARGE.astype(np.float64))
  got = getattr(Tensor(LARGE, device=device), fn)().numpy()
  np.testing.assert_allclose(got, want, atol=2e-6, rtol=0)
  np.testing.assert_allclose(getattr(torch.tensor(LARGE), fn)().numpy(), want, atol=2e-6, rtol=0)


# ---- integer division and modulo of negatives ----------------------------------------------------------------------
INTS = np.array([-7, -6, -1, 0, 1, 5, 7, 2 ** 31 - 1, -2 ** 31 + 1], dtype=np.int32)
DIVISORS = np.array([-3, -2, -1, 1, 2, 3, 7], dtype=np.int32)


@pytest.mark.parametrize("device", DEVICES)
@pytest.mark.parametrize("op", ["floordiv", "mod", "truediv"])
def test_integer_division_of_negatives(op, device):
  fn = {"floordiv": lambda x, y: x // y, "mod": lambda x, y: x % y, "truediv": lambda x, y: x / y}[op]
  x, y = np.meshgrid(INTS, DIVISORS)
  both(fn, x, y, device=device)


BY_SCALARS = {"x // -2": lambda x: x // -2, "x % -3": lambda x: x % -3, "-7 // x": lambda x: -7 // x,
              "7 % x": lambda x: 7 % x, "x // 2": lambda x: x // 2, "x % 3": lambda x: x % 3}


@pytest.mark.parametrize("device", DEVICES)
@pytest.mark.parametrize("expr", sorted(BY_SCALARS))
def test_integer_division_by_scalars(expr, device):
  both(BY_SCALARS[expr], DIVISORS, device=device)


@pytest.mark.parametrize("device", DEVICES)
@pytest.mark.parametrize("op", ["floordiv", "mod"])
def test_float_division_of_negatives(op, device):
  fn = {"floordiv": lambda x, y: x // y, "mod": lambda x, y: x % y}[op]
  x, y = np.meshgrid(np.array([-7.5, -7.0, -0.5, 0.0, 0.5, 7.5, 1e6 + 0.5], dtype=np.float32),
                     np.array([-2.0, -0.3, 0.3, 2.0, INF, -INF], dtype=np.float32))
  both(fn, x, y, device=device, rtol=1e-6, atol=1e-6)


# ---- empty reductions and zero-size tensors ------------------------------------------------------------------------
EMPTY_REDUCE = {
  "sum": lambda x: x.sum(1), "sum_keepdim": lambda x: x.sum(1, keepdim=True), "mean": lambda x: x.mean(1),
  "prod": lambda x: x.prod(1), "logsumexp": lambda x: x.logsumexp(1), "cumsum": lambda x: x.cumsum(1),
  "softmax": lambda x: x.softmax(1), "sum_all": lambda x: x.sum(), "mean_all": lambda x: x.mean(),
  "any": lambda x: x.any(1), "all": lambda x: x.all(1), "sum_other_axis": lambda x: x.sum(0),
  "max_other_axis": lambda x: _max(x, 0),
}


@pytest.mark.parametrize("device", DEVICES)
@pytest.mark.parametrize("name", sorted(EMPTY_REDUCE))
def test_reduce_over_empty_axis(name, device):
  """A (3, 0) tensor reduced over its empty axis (identity values: 0, 1, -inf, NaN for the mean)."""
  both(EMPTY_REDUCE[name], np.zeros((3, 0), dtype=np.float32), device=device)


def test_max_over_empty_axis_raises_like_torch():
  with pytest.raises((RuntimeError, IndexError)): torch.zeros(3, 0).amax(1)
  with pytest.raises(ValueError, match="zero-size"): Tensor.zeros(3, 0).max(1)


ZERO_SIZE = {
  "elementwise": lambda x: (x * 2 + 1).exp(), "broadcast": lambda x: x + _ones_like(x, (1, 4)),
  "reshape": lambda x: x.reshape(4, 0, 1), "permute": lambda x: x.permute(1, 0),
  "flip": lambda x: x.flip(0), "expand": lambda x: x.reshape(1, 0, 4).expand(3, 0, 4),
  "matmul_empty_out": lambda x: x @ _ones_like(x, (4, 5)), "matmul_empty_inner": lambda x: x.T @ x,
  "pad": lambda x: TF.pad(x, (1, 1, 2, 0)) if isinstance(x, torch.Tensor) else x.pad(((2, 0), (1, 1))),
  "cat": lambda x: (torch.cat((x, torch.ones(2, 4))) if isinstance(x, torch.Tensor)
                    else x.cat(Tensor.ones(2, 4, device=x.device))),
  "where": lambda x: _where(x > 0, x, -x),
  "cast": lambda x: x.int(),
}


@pytest.mark.parametrize("device", DEVICES)
@pytest.mark.parametrize("name", sorted(ZERO_SIZE))
def test_zero_size_tensors_through_ops(name, device):
  both(ZERO_SIZE[name], np.zeros((0, 4), dtype=np.float32), device=device)


def test_zero_size_backward():
  """Gradients through a zero-size slice are zeros of the input's shape (as in PyTorch)."""
  x = np.arange(6, dtype=np.float32).reshape(2, 3)
  p, t = Tensor(x, requires_grad=True), torch.tensor(x, requires_grad=True)
  (p[:, 3:].exp().sum() + p[1:, :0].sum() + (p[:0] * 2).sum()).backward()
  (t[:, 3:].exp().sum() + t[1:, :0].sum() + (t[:0] * 2).sum()).backward()
  np.testing.assert_array_equal(p.grad.numpy(), t.grad.numpy())


@pytest.mark.parametrize("source", ["constant", "buffer"])
def test_slice_to_empty_then_pad_back(source):
  """An empty slice of a computed value, padded back to size 1: what the backward of a slice to nothing does."""
  x = Tensor.ones(1, 1) if source == "constant" else Tensor(np.ones((1, 1), np.float32))
  out = (x[1:, :0] + 1).pad(((1, 0), (0, 1)))
  np.testing.assert_array_equal(out.numpy(), np.zeros((1, 1), dtype=np.float32))


def test_all_padding_view_reshaped_to_0d():
  """A view whose data is all cropped away reads only padding, also after a reshape to 0-d."""
  x = Tensor(np.array([0.5], dtype=np.float32))
  assert x.pad(((-1, 1),)).reshape(()).item() == 0.0
  assert (x * 2).pad(((0, 1),)).reshape(2, 1)[1:].reshape(()).item() == 0.0


def test_gradient_of_a_slice_to_nothing():
  x = Tensor(np.ones((1, 1), np.float32), requires_grad=True)
  (x[1:] * Tensor(np.ones((0, 1), np.float32))).sum().backward()
  np.testing.assert_array_equal(x.grad.numpy(), np.zeros((1, 1), np.float32))


ZERO_D = {
  "sum(0)": lambda x: x.sum(0), "max(-1)": lambda x: _max(x, -1),
  "mean(0)": lambda x: x.mean(0), "argmax(0)": lambda x: x.argmax(0), "argmin(-1)": lambda x: x.argmin(-1),
  "argmax()": lambda x: x.argmax(), "cumsum(0)": lambda x: x.cumsum(0), "softmax(0)": lambda x: x.softmax(0),
  "logsumexp(0)": lambda x: x.logsumexp(0), "flip(0)": lambda x: x.flip(0),
}


@pytest.mark.parametrize("name", sorted(ZERO_D))
def test_0d_tensors_through_axis_ops(name):
  """A 0-d tensor accepts axis 0 and -1, as in PyTorch (one element, the axis it does not have)."""
  both(ZERO_D[name], np.array(2.5, dtype=np.float32))


# ---- signed zeros --------------------------------------------------------------------------------------------------
ODD = ["sin", "tan", "tanh", "sinh", "asin", "atan", "asinh", "atanh", "erf", "expm1", "log1p", "trunc", "round",
       "ceil"]


@pytest.mark.parametrize("name", ODD)
def test_odd_functions_keep_the_sign_of_zero(name):
  """f(-0.0) is -0.0 for functions odd at 0 (IEEE 754, and PyTorch): 1 / f(-0.0) is -inf, not +inf."""
  zeros = np.array([-0.0, 0.0], dtype=np.float32)
  got = getattr(Tensor(zeros), name)().numpy()
  want = getattr(torch.tensor(zeros), name)().numpy()
  assert np.signbit(got).tolist() == np.signbit(want).tolist() == [True, False], (
    f"{name}(-0.0, 0.0) = {got}, torch {want}")


# ---- Python ints beyond int32 -------------------------------------------------------------------------------------
BIG_INTS = {"scalar": lambda lib: lib(2 ** 40), "list": lambda lib: lib([2 ** 40, -3]),
            "nested list": lambda lib: lib([[1], [-2 ** 33]]), "full": lambda lib: _full(lib, (2,), 2 ** 40)}


def _full(lib, shape, value): return torch.full(shape, value) if lib is torch.tensor else Tensor.full(shape, value)


@pytest.mark.parametrize("make", sorted(BIG_INTS))
def test_python_ints_beyond_int32_become_int64(make):
  """PyTorch infers int64 for Python ints; picograd's default int is int32, so values beyond it must widen, not wrap."""
  got, want = BIG_INTS[make](Tensor), BIG_INTS[make](torch.tensor)
  assert got.dtype.name == "int64" and got.numpy().tolist() == want.numpy().tolist()


# ---- index math beyond 2**31 ---------------------------------------------------------------------------------------
# Each view below spans more than 2**31 (or 2**32) elements of index space but is backed by at most 256 KB, and
# only a handful of elements are computed: an index or mask computed in int32 would wrap and read or hide the
# wrong elements.
BIG = 2 ** 16


def _rows() -> Tensor:
  """(2**16, 2**16) int32 whose element (r, c) is r: an expanded arange, no memory behind the expansion."""
  return Tensor.arange(BIG).reshape(BIG, 1).expand(BIG, BIG)


def test_index_space_shrink_of_huge_zeros():
  np.testing.assert_array_equal(Tensor.zeros(BIG, BIG)[12345:12347, 65530:].numpy(), np.zeros((2, 6), np.float32))


def test_index_space_shrink_of_huge_expanded_view():
  got = (_rows() + Tensor.arange(BIG))[12345:12347, 65530:].numpy()
  np.testing.assert_array_equal(got, np.arange(12345, 12347).reshape(2, 1) + np.arange(65530, BIG))


def test_index_space_flat_view_past_2_31():
  """Flattening the expanded view cannot be folded into one view, so the flat index (up to 2**32) is decomposed
  back into (row, column) by division: in int32 it would wrap negative."""
  flat = _rows().reshape(BIG * BIG)
  start = 2 ** 31 + 7
  np.testing.assert_array_equal(flat[start:start + 3].numpy(), [start // BIG] * 3)
  np.testing.assert_array_equal(flat[-4:].numpy(), [BIG - 1] * 4)
  assert flat[2 ** 32 - 2 ** 16 - 1:2 ** 32 - 2 ** 16 + 1].numpy().tolist() == [BIG - 2, BIG - 1]


def test_index_space_expand_2_33_then_shrink_and_sum():
  ones = Tensor.ones(1).expand(2 ** 33)
  assert ones[2 ** 33 - 4:].sum().item() == 4
  assert ones.shrink(((2 ** 32 + 5, 2 ** 32 + 8),)).sum().item() == 3
  np.testing.assert_array_equal(ones.pad(((0, 2),))[-3:].numpy(), [1.0, 0.0, 0.0])
  np.testing.assert_array_equal(ones.pad(((2 ** 32, 0),))[2 ** 32 - 2:2 ** 32 + 1].numpy(), [0.0, 0.0, 1.0])


def test_index_space_arange_past_2_32():
  np.testing.assert_array_equal(Tensor.arange(2 ** 32 + 10, dtype="int64")[-3:].numpy(),
                                [2 ** 32 + 7, 2 ** 32 + 8, 2 ** 32 + 9])


def test_index_space_reduce_of_a_slice_of_a_huge_view():
  """A sum over a few rows of a (2**16, 2**16) view and a 3-d view whose flat size is 2**34."""
  got = (_rows() * 2)[BIG - 3:, :5].sum(1).numpy()
  np.testing.assert_array_equal(got, [(BIG - 3) * 10, (BIG - 2) * 10, (BIG - 1) * 10])
  cube = Tensor.arange(4).reshape(4, 1, 1).expand(4, 2 ** 16, 2 ** 16).reshape(2 ** 34)
  assert cube[3 * 2 ** 32 + 1:3 * 2 ** 32 + 3].numpy().tolist() == [3, 3]


@pytest.mark.parametrize("device", DEVICES)
def test_index_space_on_each_device(device):
  flat = Tensor.arange(BIG, device=device).reshape(BIG, 1).expand(BIG, BIG).reshape(BIG * BIG)
  np.testing.assert_array_equal(flat[2 ** 31 + 1:2 ** 31 + 3].numpy(), [2 ** 15, 2 ** 15])
  assert math.isclose(Tensor.ones(1, device=device).expand(2 ** 33)[-5:].sum().item(), 5)


# ---- gradients at the edges of pow and the inverse hyperbolic functions --------------------------------------------
def both_grad(fn, *arrays, device="CPU", rtol=1e-5, atol=1e-6, seed=0):
  """fn forward and backward (a random upstream gradient) in both libraries: values and every input's gradient."""
  p = [Tensor(a, device=device, requires_grad=True) for a in arrays]
  t = [torch.tensor(a, requires_grad=True) for a in arrays]
  po, to = fn(*p), fn(*t)
  np.testing.assert_allclose(po.numpy(), to.detach().numpy(), rtol=rtol, atol=atol, equal_nan=True, err_msg="value")
  g = np.random.default_rng(seed).uniform(0.5, 1.5, to.shape).astype(np.float32)
  po.backward(Tensor(g, device=device))
  to.backward(torch.tensor(g))
  for i, (pi, ti) in enumerate(zip(p, t)):
    np.testing.assert_allclose(pi.grad.numpy(), ti.grad.numpy(), rtol=rtol, atol=atol, equal_nan=True,
                               err_msg=f"grad {i}")


POW_BASES = np.array([0.0, -0.0, -2.5, -1.5, -1.0, 0.5, 1.0, 3.0], np.float32)
POW_EXPONENTS = [0, 1, 2, 3, 4, 5, 7, -1, -2, -3, 0.5, -0.5, 1.5, -1.5, 2.0, 3.0, 0.0]


@pytest.mark.parametrize("device", DEVICES)
@pytest.mark.parametrize("e", POW_EXPONENTS, ids=repr)
def test_pow_gradient_at_zero_and_negative_bases(e, device):
  """PyTorch's d/dx of x**y is y * x**(y-1), 0 where y = 0: 0**2 -> 0, 0**1 -> 1, 0**0.5 -> inf, 0**-2 -> -inf,
  (-0)**-2 -> +inf, and n * x**(n-1) for negative x; d/dy is x**y * log(x), 0 where x = 0 <= y, NaN for x < 0."""
  both_grad(lambda x: x ** e, POW_BASES, device=device)
  both_grad(lambda x, y: x ** y, POW_BASES, np.full_like(POW_BASES, e), device=device)


def test_pow_negative_base_integer_exponents_random():
  """Random negative bases to random integer powers, scalar and tensor exponents: finite values and gradients."""
  rng = np.random.default_rng(5)
  x = -rng.uniform(0.2, 3.0, (4, 6)).astype(np.float32)
  y = rng.integers(-6, 9, (4, 6)).astype(np.float32)
  both_grad(lambda a, b: a ** b, x, y)
  for n in (2, 3, 5, -3, 2.0, 3.0, 9.0):
    both_grad(lambda a: a ** n, x)


def test_pow_value_is_correctly_rounded():
  """x**y to float32's precision (PyTorch's powf is within an ulp); a float32 2**(y*log2|x|) is up to ~100 ulp off."""
  rng = np.random.default_rng(6)
  x = rng.uniform(-4, 4, 4096).astype(np.float32)
  y = rng.integers(-30, 30, 4096).astype(np.float32)
  want = x.astype(np.float64) ** y.astype(np.float64)
  ok = (np.abs(want) > 1e-37) & (np.abs(want) < 3e38)
  got = (Tensor(x) ** Tensor(y)).numpy()
  np.testing.assert_allclose(got[ok], want[ok], rtol=2 ** -23, atol=0)
  np.testing.assert_allclose((Tensor(x) ** 13).numpy(), (torch.tensor(x) ** 13).numpy(), rtol=2 ** -23, atol=0)


INVERSE_HYPERBOLIC = {"acosh": (1.01, 100.0), "asinh": (-100.0, 100.0), "atanh": (-0.99, 0.99)}
INVERSE_HYPERBOLIC_EDGES = {"acosh": [1.0, 0.5, -2.0, 1e5, INF, NAN], "asinh": [0.0, -0.0, 1e-20, INF, -INF, NAN],
                            "atanh": [1.0, -1.0, 2.0, -3.0, 0.0, NAN]}


@pytest.mark.parametrize("name", sorted(INVERSE_HYPERBOLIC))
def test_inverse_hyperbolic_gradients(name):
  """1/sqrt(x^2-1), 1/sqrt(x^2+1) and 1/(1-x^2): on random inputs, and at the edges of the domain (inf at acosh(1)
  and atanh(+-1), NaN where PyTorch's formula is NaN, finite where it is, even where the value is NaN)."""
  lo, hi = INVERSE_HYPERBOLIC[name]
  x = np.random.default_rng(7).uniform(lo, hi, 64).astype(np.float32)
  both_grad(lambda v: getattr(v, name)(), x)
  both_grad(lambda v: getattr(v, name)(), np.array(INVERSE_HYPERBOLIC_EDGES[name], np.float32))


def test_inverse_hyperbolic_gradients_near_the_poles():
  """Where x^2 - 1 cancels (PyTorch's float32 formula is off by up to 3e-5 there), the gradient is to float32."""
  x = np.array([1.0001, 1.001, 1.01, 1.5], np.float32)
  t = Tensor(x, requires_grad=True)
  t.acosh().sum().backward()
  x64 = x.astype(np.float64)
  np.testing.assert_allclose(t.grad.numpy(), 1 / np.sqrt((x64 - 1) * (x64 + 1)), rtol=3e-7)
  x = np.array([0.999, -0.9999, 0.99, 0.5], np.float32)
  t = Tensor(x, requires_grad=True)
  t.atanh().sum().backward()
  x64 = x.astype(np.float64)
  np.testing.assert_allclose(t.grad.numpy(), 1 / ((1 - x64) * (1 + x64)), rtol=3e-7)


# ---- var and std over size-1 axes ----------------------------------------------------------------------------------
VAR_CASES = [((3, 1, 4), 1, 1), ((3, 1, 4), 1, 0), ((3, 1, 4), (0, 1), 1), ((1, 5), 0, 1), ((1, 5), 0, 0),
             ((1,), None, 1), ((3, 1, 4), None, 1), ((3, 1, 4), 2, 0), ((1, 3), 1, 3), ((1, 3), 1, 4),
             ((2, 3), None, 2), ((1, 1), None, 0)]


@pytest.mark.filterwarnings("ignore:var\\(\\)|std\\(\\)")
@pytest.mark.parametrize("fn", ["var", "std"])
@pytest.mark.parametrize("keepdim", [False, True])
@pytest.mark.parametrize("shape, axis, correction", VAR_CASES, ids=str)
def test_var_std_size_one_axes(fn, shape, axis, correction, keepdim):
  """A length-1 axis with the default correction is 0/0: NaN values and NaN gradients, as in PyTorch; correction=0
  there gives 0 and a zero gradient (std's too, not 0 * inf); corrections >= n follow PyTorch's formulas."""
  x = np.random.default_rng(8).standard_normal(shape).astype(np.float32)
  both_grad(lambda v: getattr(v, fn)(axis, keepdim=keepdim, correction=correction), x)


def test_std_of_constant_rows_has_zero_gradient():
  both_grad(lambda v: v.std(1), np.array([[2.0, 2.0, 2.0], [1.0, 2.0, 4.0]], np.float32))


# ---- 16-bit matmul accumulates in float32 --------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["float16", "bfloat16"])
@pytest.mark.parametrize("n, device", [(64, "CPU"), (64, "EMU"), (256, "CPU")])
def test_16_bit_matmul_accumulates_in_float32(name, n, device):
  """Sums of n products near 1: accumulated in a 16-bit float they would lose the small parts (8+ ulp off at 64);
  PyTorch accumulates in float32 and rounds once, so both are within an ulp of the exact result, forward and
  backward."""
  rng = np.random.default_rng(9)
  a = (1 + rng.uniform(0, 0.01, (n, n))).astype(np.float32)
  b = rng.uniform(0.5, 1.5, (n, n)).astype(np.float32)
  g = rng.uniform(0.5, 1.5, (n, n)).astype(np.float32)
  tdt, dt, ulp = getattr(torch, name), getattr(dtypes, name), 2.0 ** -(10 if name == "float16" else 7)
  pa, pb = (Tensor(v, device=device, dtype=dt, requires_grad=True) for v in (a, b))
  ta, tb = torch.tensor(a).to(tdt).requires_grad_(), torch.tensor(b).to(tdt).requires_grad_()
  po, to = pa @ pb, ta @ tb
  assert po.dtype == dt
  exact = ta.detach().double() @ tb.detach().double()
  np.testing.assert_allclose(po.numpy(), exact.numpy(), rtol=ulp / 2 * 1.01, atol=0)
  np.testing.assert_allclose(po.numpy(), to.detach().float().numpy(), rtol=ulp, atol=0)
  po.backward(Tensor(g, device=device).cast(dt))
  to.backward(torch.tensor(g).to(tdt))
  for p, t in ((pa, ta), (pb, tb)):
    assert p.grad.dtype == dt
    np.testing.assert_allclose(p.grad.numpy(), t.grad.float().numpy(), rtol=ulp, atol=0)


# ---- arange and constants past int32 -------------------------------------------------------------------------------
ARANGE_BIG = [(2 ** 31, 2 ** 31 + 5), (0, 3 * 2 ** 31, 2 ** 31), (2 ** 31 - 2, 2 ** 31 + 1),
              (-2 ** 31 - 2, -2 ** 31 + 1), (5, 0, -2 ** 40), (0, 2 ** 31, 2 ** 30), (2 ** 32 + 1, 2 ** 32 - 3, -1),
              (2 ** 62, 2 ** 63 - 1, 2 ** 61), (2 ** 63 - 3, 2 ** 63 - 1), (7,), (5, -4, -2), (3, 3)]


@pytest.mark.parametrize("args", ARANGE_BIG, ids=str)
def test_arange_past_int32_becomes_int64(args):
  """PyTorch's values; the type is int64 where an argument is beyond int32 (picograd's default int otherwise)."""
  got, want = Tensor.arange(*args), torch.arange(*args)
  assert got.dtype.name == ("int32" if all(-2 ** 31 <= a < 2 ** 31 for a in args) else "int64")
  np.testing.assert_array_equal(got.numpy(), want.numpy())


@pytest.mark.parametrize("name", ["int32", "int64", "float32", "float64"])
def test_arange_past_int32_with_a_dtype(name):
  """An explicit int32 wraps as PyTorch's does; floats and int64 hold the values."""
  got = Tensor.arange(2 ** 31 - 1, 2 ** 31 + 3, dtype=name)
  want = torch.arange(2 ** 31 - 1, 2 ** 31 + 3, dtype=getattr(torch, name))
  assert got.dtype.name == name
  np.testing.assert_array_equal(got.numpy(), want.numpy())


@pytest.mark.parametrize("value", [2 ** 40, -2 ** 40, 2 ** 31, -2 ** 31 - 1, -2 ** 63, 2 ** 63 - 1], ids=str)
def test_full_past_int32_becomes_int64(value):
  got, want = Tensor.full((2, 3), value), torch.full((2, 3), value)
  assert got.dtype.name == "int64"
  np.testing.assert_array_equal(got.numpy(), want.numpy())
  assert (Tensor.full((2,), value) // 3).numpy().tolist() == (torch.full((2,), value) // 3).tolist()


# ---- argmax and argmin: ties, NaN, infinities, ints ----------------------------------------------------------------
ARG_ROWS = np.array([[1.0, NAN, 3.0, NAN], [NAN, 1.0, -INF, 0.0], [2.0, 5.0, 5.0, 1.0], [-INF, -INF, -INF, -INF],
                     [INF, INF, 1.0, INF], [1.0, 1.0, 1.0, 1.0], [0.0, -0.0, 0.0, -0.0], [-0.0, 0.0, -0.0, 0.0],
                     [NAN, NAN, NAN, NAN], [3.0, -INF, NAN, INF], [-1.0, -3.0, -3.0, 2.0]], np.float32)
ARG_AXES = [(0, False), (1, False), (-1, True), (0, True), (None, False), (None, True)]


def _arg(name, axis, keepdim):
  return lambda x: getattr(x, name)() if axis is None and not keepdim else getattr(x, name)(axis, keepdim=keepdim)


@pytest.mark.parametrize("device", DEVICES)
@pytest.mark.parametrize("name", ["argmax", "argmin"])
@pytest.mark.parametrize("axis, keepdim", ARG_AXES, ids=str)
def test_argmax_argmin_ties_and_nan(name, axis, keepdim, device):
  """The first index of the max (min); a NaN counts as both the max and the min (the first NaN wins); -0 ties 0."""
  both(_arg(name, axis, keepdim), ARG_ROWS, device=device)


INT_ROWS = {"int8": [[-128, 127, 127, 0], [5, -128, -128, 127]], "uint8": [[0, 255, 255, 3], [200, 1, 0, 0]],
            "int16": [[-32768, 32767, 0, 32767], [3, -3, 3, -3]],
            "int32": [[-2 ** 31, 4, -2 ** 31, 2 ** 31 - 1], [7, 7, -1, 0]],
            "int64": [[-2 ** 63, 2 ** 63 - 1, 0, -2 ** 63], [1, 1, 1, 1]]}


@pytest.mark.parametrize("name", ["argmax", "argmin"])
@pytest.mark.parametrize("dtype", sorted(INT_ROWS))
@pytest.mark.parametrize("axis, keepdim", ARG_AXES, ids=str)
def test_argmax_argmin_ints(name, dtype, axis, keepdim):
  """Extreme values of each int type (argmin must not negate: -(-2**31) wraps), ties to the first index."""
  both(_arg(name, axis, keepdim), np.array(INT_ROWS[dtype], dtype=dtype))


@pytest.mark.parametrize("name", ["argmax", "argmin"])
@pytest.mark.parametrize("axis, keepdim", ARG_AXES, ids=str)
def test_argmax_argmin_bool(name, axis, keepdim):
  """PyTorch refuses bool; picograd answers as for the same values as uint8 (first True, first False)."""
  x = np.array([[False, True, True], [False, False, False], [True, True, True], [True, False, True]])
  got = _arg(name, axis, keepdim)(Tensor(x)).numpy()
  np.testing.assert_array_equal(got, _arg(name, axis, keepdim)(torch.tensor(x.astype(np.uint8))).numpy())


# ---- casts of negative and wide values to narrow and unsigned ints -------------------------------------------------
CAST_VALUES = np.array([-1.0, -1.5, -3.75, -200.7, -255.0, -256.0, -300.2, 255.9, 256.0, 300.0, -0.5, -0.0, -129.0,
                        127.9, -32769.0, 65535.5, 70000.25, -2 ** 31, 2 ** 31 - 128, 2.0 ** 32 - 256], np.float64)
CAST_TARGETS = ["uint8", "int8", "int16", "uint16", "int32", "uint32", "int64", "uint64"]


@pytest.mark.parametrize("device", DEVICES)
@pytest.mark.parametrize("src", ["float32", "float64", "float16", "bfloat16"])
@pytest.mark.parametrize("dst", CAST_TARGETS)
def test_float_to_int_casts_wrap_like_torch(src, dst, device):
  """As PyTorch on the CPU: truncate toward zero, then wrap to the type (-1.5 -> 255 as uint8, 300 -> 44, 255.9 -> -1
  as int8), the same for a short (scalar code) and a long (vectorized code) tensor. Only values the target's
  intermediate int (int32 below 4 bytes, int64 from there) holds: beyond, both libraries are undefined."""
  t = torch.tensor(CAST_VALUES).to(getattr(torch, src))
  limit = 2 ** 31 if dst in ("uint8", "int8", "int16", "uint16", "int32") else 2 ** 63
  held = torch.isfinite(t) & (t.double().abs() < limit)
  t = t[held]
  if dst == "uint64": t = t[t.double() < 2 ** 63]
  for n in (3, 64):
    tn = t.repeat(n // len(t) + 1)[:n]
    want = tn.to(getattr(torch, dst))
    got = Tensor(tn.double().numpy(), device=device).cast(src).cast(dst)
    assert got.dtype.name == dst
    np.testing.assert_array_equal(got.numpy(), want.numpy())


@pytest.mark.parametrize("device", DEVICES)
@pytest.mark.parametrize("src", ["int8", "int16", "int32", "int64"])
@pytest.mark.parametrize("dst", CAST_TARGETS)
def test_int_to_int_casts_wrap_like_torch(src, dst, device):
  x = np.array([-1, -2, -128, -129, -255, -256, -257, 255, 256, 1000, -2 ** 31, 2 ** 31 - 1, -2 ** 40, 2 ** 40 + 3])
  x = x.astype(src)
  for n in (3, 64):
    xn = np.resize(x, n)
    got = Tensor(xn, device=device).cast(dst)
    np.testing.assert_array_equal(got.numpy(), torch.tensor(xn).to(getattr(torch, dst)).numpy())


def test_float64_to_float16_rounds_like_torch():
  """Through float32, as PyTorch on the CPU (it rounds twice: a double just above a half tie can round down); a
  direct double -> half is a library call the JIT cannot link, which crashed."""
  rng = np.random.default_rng(10)
  h = rng.uniform(-60000, 60000, 256).astype(np.float16).astype(np.float64)
  half_ulp = np.spacing(h.astype(np.float16)).astype(np.float64) / 2
  x = np.concatenate([h + half_ulp, h + half_ulp * (1 + 2 ** -30), h - half_ulp * (1 - 2 ** -30),
                      rng.standard_normal(64), [NAN, INF, -INF, -0.0, 1e300, 65520.0, 65519.99, 2.0 ** -25],
                      [2.0 ** -25 * (1 + 2 ** -40)]])
  for n in (3, len(x)):
    got, want = Tensor(x[:n]).cast(dtypes.float16).numpy(), torch.tensor(x[:n]).to(torch.float16).numpy()
    np.testing.assert_array_equal(got, want)
    assert np.signbit(got).tolist() == np.signbit(want).tolist()


def test_exp_within_two_ulp_of_float64_over_its_whole_range():
  """exp is one primitive (a range reduction and a polynomial in the renderer): every float32 in a dense sweep of
  [-103, 88.7] (denormal results to the largest float) within 2 ulp of the float64 value, rounded."""
  x = np.concatenate([np.linspace(-103.9, 88.72, 1 << 20, dtype=np.float32),
                      np.random.default_rng(0).uniform(-2, 2, 1 << 16).astype(np.float32)])
  got = Tensor(x).exp().numpy().astype(np.float64)
  exact = np.exp(x.astype(np.float64))
  ulp = np.spacing(exact.astype(np.float32)).astype(np.float64)   # the float32 spacing at each exact value
  assert np.max(np.abs(got - exact) / ulp) <= 2.0
