"""Indexing (tensor/index_ops.py) against PyTorch and NumPy: advanced indexing with integer tensors, lists and bool
masks (forward and backward), item assignment, gather, take_along_dim, index_select, masked_fill, scatter,
scatter_reduce and nonzero; and the errors for bad indices.

Index arrays are written as NumPy arrays and turned into a torch tensor or a picograd Tensor for each side; lists
stay lists. Most tests index the same (3, 4, 5) input so that kernels are shared.
"""
import os
import sys
import warnings
import numpy as np
import pytest
import torch
import picograd
from picograd import Tensor, no_grad

sys.path.insert(0, os.path.dirname(__file__))
from helpers import assert_close, check, rand_array  # noqa: E402

SHAPE = (3, 4, 5)
MASK_34 = np.array([[True, False, True, True], [False, False, True, False], [True, True, False, True]])
MASK_345 = np.random.default_rng(7).random(SHAPE) < 0.4


def as_torch(index):
  """The index with NumPy arrays as torch tensors (lists and the rest unchanged)."""
  if isinstance(index, tuple): return tuple(as_torch(i) for i in index)
  return torch.from_numpy(index) if isinstance(index, np.ndarray) else index


def as_picograd(index):
  if isinstance(index, tuple): return tuple(as_picograd(i) for i in index)
  return Tensor(index) if isinstance(index, np.ndarray) else index


ADVANCED = {
  "list": np.s_[[0, 2]],
  "list_negative": np.s_[[-1, 0, -3]],
  "list_repeats": np.s_[[1, 1, 0, 1]],
  "tensor": (np.array([2, 0]),),
  "tensor_int32": (np.array([2, 0, 1], np.int32),),
  "tensor_2d": (np.array([[0, 1], [2, 2]]),),
  "slice_then_list": np.s_[:, [3, 0, 1]],
  "adjacent": np.s_[:, [0, 2], [4, 1]],
  "separated": np.s_[[0, 2], :, [4, 1]],
  "separated_broadcast": (np.array([[0], [2]]), slice(None), np.array([1, 3, 4])),
  "adjacent_broadcast": (slice(None), np.array([[0], [3]]), np.array([1, 2, 4])),
  "none_between": np.s_[:, [0, 1], None, [1, 2]],
  "int_between": np.s_[[0, 2], 1, [4, 1]],
  "int_first": np.s_[0, :, [0, 1, 1]],
  "ellipsis": np.s_[..., [0, 4]],
  "ellipsis_between": np.s_[[1], ..., [2]],
  "three": np.s_[[0, 1], [1, 2], [2, 3]],
  "with_steps": np.s_[::2, [1, 3], 1:4:2],
  "zero_d": (np.array(1),),
  "zero_d_like_int": (np.array(1), slice(1, None), [0, 1]),
  "zero_d_between": (slice(1, None), np.array(-2), [0, 1]),
  "mask": (MASK_34,),
  "mask_full": (MASK_345,),
  "mask_axis_1": (slice(None), np.array([True, False, True, True])),
  "mask_list": np.s_[[True, False, True]],
  "mask_and_list": (np.array([True, False, True]), slice(None), [0, 4]),
  "mask_0d_true": (np.array(True),),
  "mask_0d_false": (np.array(False),),
  "python_bool": np.s_[True, 1],
  "empty_list": np.s_[[]],
  "empty_mask": (np.zeros(3, bool),),
  "none_first": np.s_[None, [0, 1]],
}


# torch places the index axes as if ints (and 0-d tensors) were applied first; NumPy counts them as index arrays
NUMPY_DIFFERS = {"int_first", "zero_d_like_int"}


@pytest.mark.parametrize("name", list(ADVANCED))
def test_advanced_getitem(name):
  index = ADVANCED[name]
  p, _ = check([SHAPE], lambda x: x[as_torch(index)], lambda x: x[as_picograd(index)])
  if name not in NUMPY_DIFFERS: assert p.shape == np.empty(SHAPE)[index].shape


@pytest.mark.parametrize("name", ["adjacent", "separated", "mask", "int_first"])
def test_advanced_getitem_on_views(name):
  index = ADVANCED[name]
  check([(4, 3, 5)], lambda x: x.permute(1, 0, 2)[as_torch(index)], lambda x: x.permute(1, 0, 2)[as_picograd(index)])
  check([(1, 4, 5)], lambda x: x.expand(3, 4, 5)[as_torch(index)], lambda x: x.expand(3, 4, 5)[as_picograd(index)])
  check([(3, 8, 5)], lambda x: x[:, ::2].flip(2)[as_torch(index)], lambda x: x[:, ::2].flip(2)[as_picograd(index)])


def test_advanced_getitem_dtypes_and_computed_indices():
  x = rand_array(np.random.default_rng(0), SHAPE, -5, 5, np.int32)
  check(None, lambda x: x[:, [1, 3]], inputs=[x])
  check(None, lambda x: x[[2, 0], 1], inputs=[x > 0])
  computed = Tensor([0, 1, 2]) * 2 - 3   # a lazy index, negative entries counted from the end
  assert_close(Tensor(x)[:, computed], torch.from_numpy(x)[:, [-3, -1, 1]])
  assert_close(Tensor(x)[Tensor(1).reshape(())], torch.from_numpy(x)[1])


def test_getitem_0d_and_size_1():
  check([()], lambda x: x[None][[0, 0]])
  check([()], lambda x: x[torch.tensor(False)], lambda x: x[Tensor(False)])
  check([()], lambda x: x[True])
  check([(1,)], lambda x: x[[0, 0, -1]])
  check([(2, 1, 4)], lambda x: x[:, [0, 0], [3, 1]])


SLICES = [np.s_[-100:100], np.s_[5:], np.s_[1:100:2], np.s_[::-100], np.s_[-100:-50], np.s_[2:-100:-1, 10:],
          np.s_[:, :, 4:2]]


@pytest.mark.parametrize("index", SLICES, ids=str)
def test_slices_clamped_like_python(index):
  # torch has no negative steps: compare with NumPy, the gradient being the upstream gradient put back in place
  x = rand_array(np.random.default_rng(0), SHAPE)
  t = Tensor(x, requires_grad=True)
  out = t[index]
  np.testing.assert_array_equal(out.numpy(), x[index])
  g = rand_array(np.random.default_rng(1), out.shape, 0.5, 1.5)
  out.backward(Tensor(g))
  want = np.zeros_like(x)
  want[index] = g
  np.testing.assert_array_equal(t.grad.numpy(), want)


def test_getitem_errors():
  x = Tensor.ones(*SHAPE)
  with pytest.raises(IndexError, match="index 3 is out of bounds for axis 0 with size 3"): x[[0, 3]]
  with pytest.raises(IndexError, match="index -5 is out of bounds for axis 1 with size 4"): x[:, [-5]]
  with pytest.raises(IndexError, match="index 7 is out of bounds for axis 2 with size 5"): x[..., Tensor([7]).realize()]
  with pytest.raises(IndexError, match="index 4 is out of bounds for axis 1 with size 4"): x[0, 4]
  with pytest.raises(IndexError, match=r"too many indices \(4\) for a tensor of shape \(3, 4, 5\)"): x[0, 0, 0, 0]
  with pytest.raises(IndexError, match="too many indices"): x[MASK_34, 0, 0]
  with pytest.raises(IndexError, match=r"too many indices \(1\) for a tensor of shape \(\)"): Tensor(1.0)[None, [0]]
  with pytest.raises(IndexError, match="must hold integers or bools, got float32"): x[Tensor([1.0])]
  with pytest.raises(IndexError, match="must hold integers or bools"): x[[0.5]]
  with pytest.raises(IndexError, match=r"mask of shape \(2, 2\) does not match the indexed axes \(3, 4\)"):
    x[np.ones((2, 2), bool)]
  with pytest.raises(IndexError, match="only have one ellipsis"): x[..., 0, ...]
  with pytest.raises(IndexError, match="cannot be broadcast together"): x[[0, 1], [0, 1, 2]]
  with pytest.raises(IndexError, match="unsupported index 'a'"): x["a"]
  with pytest.raises(ValueError, match="step cannot be zero"): x[::0]


# ---- item assignment -----------------------------------------------------------------------------------------------
rng = np.random.default_rng(3)
SETS = [
  (np.s_[1], 2.5),
  (np.s_[0, 1:, ::2], -1.0),
  (np.s_[..., ::-2], rng.standard_normal(3)),
  (np.s_[None, 1], rng.standard_normal((1, 4, 5))),
  (np.s_[::2, 1::2, ::3], 4.0),
  (np.s_[2:0:-1, ::-3], rng.standard_normal((2, 2, 5))),
  (np.s_[-1, -2], 7.0),
  (np.s_[:, [0, 2]], rng.standard_normal((3, 2, 5))),
  (np.s_[[1, 0], :, [3, 1]], rng.standard_normal((2, 4))),
  (np.s_[1, [2, 2, 0]], rng.standard_normal((3, 5))),          # repeated index: the last write wins, as in NumPy
  (np.s_[[0, 2], 1:3, [4, 0]], rng.standard_normal((2, 2))),
  (np.s_[[[0], [2]], [1, 3]], rng.standard_normal((1, 2, 5))),
  ((np.array(1),), rng.standard_normal((4, 5))),
  ((MASK_34,), 0.5),
  ((MASK_34,), rng.standard_normal(5)),
  ((MASK_34,), rng.standard_normal((int(MASK_34.sum()), 5))),
  ((MASK_345,), -3.0),
  ((slice(None), np.array([True, False, True, False])), rng.standard_normal((3, 2, 1))),
  (np.s_[[]], 1.0),
  (np.s_[4:], 1.0),
]


@pytest.mark.parametrize("index,value", SETS, ids=[str(i) for i in range(len(SETS))])
def test_setitem(index, value):
  x = rand_array(np.random.default_rng(0), SHAPE)
  want = x.copy()
  want[index] = value
  t = Tensor(x).realize()
  before = t
  t[as_picograd(index)] = Tensor(np.asarray(value, np.float32)) if isinstance(value, np.ndarray) else value
  assert t is before and t.shape == SHAPE
  np.testing.assert_allclose(t.numpy(), want, rtol=1e-6)


def test_setitem_dtypes_and_views_of_values():
  x = np.arange(60, dtype=np.int32).reshape(SHAPE)
  t, want = Tensor(x), x.copy()
  t[:, 1] = Tensor([[1, 2, 3, 4, 5]] * 3).T.T   # a non-contiguous value
  want[:, 1] = [1, 2, 3, 4, 5]
  t[Tensor(x > 40)] = 2.7                         # a float into an int tensor truncates, as in torch
  want[x > 40] = 2
  np.testing.assert_array_equal(t.numpy(), want)
  b, wb = Tensor(x % 2 == 0), x % 2 == 0
  b[0, [1, 2]] = True
  wb[0, [1, 2]] = True
  np.testing.assert_array_equal(b.numpy(), wb)
  f = Tensor.zeros(4)
  f[Tensor([3, 1])] = Tensor([1, 2])
  np.testing.assert_array_equal(f.numpy(), [0, 2, 0, 1])


def test_setitem_value_read_from_the_tensor_itself():
  x = np.arange(10, dtype=np.float32)
  t, want = Tensor(x).realize(), x.copy()
  t[1:] = t[:-1]                 # overlapping source and target: NumPy semantics, as if the value were copied first
  want[1:] = want[:-1].copy()
  t[[0, 3]] = t[[3, 0]] * 2
  want[[0, 3]] = want[[3, 0]] * 2
  np.testing.assert_array_equal(t.numpy(), want)


def test_setitem_errors_and_grad():
  x = Tensor.ones(*SHAPE)
  with pytest.raises(picograd.ShapeError,
                     match=r"value of shape \(3,\) cannot be broadcast to the indexed shape \(4, 5\)"):
    x[0] = Tensor([1.0, 2.0, 3.0])
  with pytest.raises(picograd.ShapeError, match="cannot be broadcast"): x[:, [0, 1]] = Tensor.ones(3, 3, 5)
  with pytest.raises(IndexError, match="out of bounds"): x[[5]] = 1.0
  w = Tensor.ones(3, requires_grad=True)
  with pytest.raises(RuntimeError, match="requires grad cannot be written in place"): w[0] = 2.0
  with no_grad(): w[0] = 2.0
  np.testing.assert_array_equal(w.numpy(), [2, 1, 1])
  assert w.requires_grad


# ---- gather and friends --------------------------------------------------------------------------------------------
GATHERS = [(0, (2, 4, 5)), (1, (3, 6, 5)), (-1, (2, 3, 1)), (2, (3, 4, 7)), (1, (1, 1, 1))]


@pytest.mark.parametrize("dim,shape", GATHERS, ids=str)
def test_gather(dim, shape):
  index = np.random.default_rng(1).integers(0, SHAPE[dim], shape)
  check([SHAPE], lambda x: x.gather(dim, torch.from_numpy(index)), lambda x: x.gather(dim, Tensor(index)))


def test_gather_views_0d_and_ints():
  index = np.array([[0, 0, 2], [1, 0, 1]])
  check([(3, 2)], lambda x: x.T.gather(1, torch.from_numpy(index)), lambda x: x.T.gather(1, Tensor(index)))
  check([()], lambda x: x.gather(0, torch.tensor(0)), lambda x: x.gather(0, Tensor(0)))
  check(None, lambda x: x.gather(0, torch.from_numpy(index.T)), lambda x: x.gather(0, Tensor(index.T)),
        inputs=[np.arange(6, dtype=np.int32).reshape(3, 2) - 2])


def test_take_along_dim():
  index = np.random.default_rng(2).integers(0, 5, (1, 4, 2))
  check([SHAPE], lambda x: x.take_along_dim(torch.from_numpy(index), 2), lambda x: x.take_along_dim(Tensor(index), 2))
  flat = np.array([7, 0, 59, 7])
  check([SHAPE], lambda x: x.take_along_dim(torch.from_numpy(flat)), lambda x: x.take_along_dim(Tensor(flat)))
  check([SHAPE], lambda x: x.take_along_dim(x.argmax(1, keepdim=True), 1))


@pytest.mark.parametrize("dim", [0, -1])
def test_index_select(dim):
  index = np.array([2, 0, 2])
  check([SHAPE], lambda x: x.index_select(dim, torch.from_numpy(index)), lambda x: x.index_select(dim, Tensor(index)))


@pytest.mark.parametrize("mask_shape", [SHAPE, (4, 5), (3, 1, 5), ()], ids=str)
def test_masked_fill(mask_shape):
  mask = np.random.default_rng(4).random(mask_shape) < 0.5
  check([SHAPE], lambda x: x.masked_fill(torch.tensor(mask), -1.5), lambda x: x.masked_fill(Tensor(mask), -1.5))
  check([SHAPE, ()], lambda x, v: x.masked_fill(torch.tensor(mask), v), lambda x, v: x.masked_fill(Tensor(mask), v))


def test_masked_fill_ints_and_errors():
  x = np.arange(6, dtype=np.int32).reshape(2, 3)
  check(None, lambda x: x.masked_fill(x > 2, 9), inputs=[x])
  with pytest.raises(picograd.ShapeError, match=r"mask of shape \(4,\) does not broadcast to \(2, 3\)"):
    Tensor(x).masked_fill(Tensor([True] * 4), 0)
  with pytest.raises(picograd.DTypeError, match="mask must be bool"): Tensor(x).masked_fill(Tensor(x), 0)


# ---- scatter ---------------------------------------------------------------------------------------------------------
UNIQUE = np.array([[0, 4, 2], [3, 1, 0]])     # per row distinct: the gradient of a plain scatter is well defined
REPEATS = np.array([[0, 0, 2], [3, 3, 3]])


@pytest.mark.parametrize("dim", [1, -2])
def test_scatter(dim):
  index = UNIQUE if dim == 1 else np.array([[2, 0, 1], [0, 1, 2]])
  base = (2, 5) if dim == 1 else (3, 3)
  check([base, index.shape], lambda x, s: x.scatter(dim, torch.from_numpy(index), s),
        lambda x, s: x.scatter(dim, Tensor(index), s))
  bigger_src = (3, 4)   # torch has no gradient for a src larger than the index
  check([base, bigger_src], lambda x, s: x.scatter(dim, torch.from_numpy(index), s),
        lambda x, s: x.scatter(dim, Tensor(index), s), grad=False)
  check([base], lambda x: x.scatter(dim, torch.from_numpy(index), 2.5), lambda x: x.scatter(dim, Tensor(index), 2.5))


@pytest.mark.parametrize("reduce", ["add", "multiply"])
def test_scatter_reduce_argument(reduce):
  with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    check([(2, 5), (2, 3)], lambda x, s: x.scatter(1, torch.from_numpy(REPEATS), s, reduce=reduce),
          lambda x, s: x.scatter(1, Tensor(REPEATS), s, reduce=reduce), grad=False)


def test_scatter_repeats_keep_the_last_write():
  out = Tensor.zeros(2, 5).scatter(1, Tensor(REPEATS), Tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]))
  np.testing.assert_array_equal(out.numpy(), [[2, 0, 3, 0, 0], [0, 0, 0, 6, 0]])


@pytest.mark.parametrize("include_self", [True, False], ids=["self", "no_self"])
@pytest.mark.parametrize("reduce", ["sum", "prod", "mean", "amax", "amin"])
def test_scatter_reduce(reduce, include_self):
  check([(2, 5), (2, 3)],
        lambda x, s: x.scatter_reduce(1, torch.from_numpy(REPEATS), s, reduce, include_self=include_self),
        lambda x, s: x.scatter_reduce(1, Tensor(REPEATS), s, reduce, include_self=include_self))


def test_scatter_reduce_ints():
  x, s = np.arange(10, dtype=np.int32).reshape(2, 5), np.array([[3, -4, 5, 1], [7, 2, -2, 6]], np.int32)
  for reduce in ("sum", "mean", "amax"):
    check(None, lambda x, s: x.scatter_reduce(1, torch.from_numpy(REPEATS), s, reduce),
          lambda x, s: x.scatter_reduce(1, Tensor(REPEATS), s, reduce), inputs=[x, s])


def test_scatter_errors():
  x = Tensor.ones(2, 5)
  with pytest.raises(picograd.ShapeError, match="index .* must have the tensor's 2 dims"):
    x.scatter(1, Tensor([0, 1]), 1.0)
  with pytest.raises(picograd.ShapeError, match="fit inside src"): x.scatter(1, Tensor(REPEATS), Tensor.ones(2, 2))
  with pytest.raises(picograd.DTypeError, match="index must be an integer tensor"): x.scatter(1, Tensor([[0.0]]), 1.0)
  with pytest.raises(ValueError, match="reduce must be None, 'add' or 'multiply'"):
    x.scatter(1, Tensor(REPEATS), 1.0, reduce="max")
  with pytest.raises(ValueError, match="reduce must be one of"):
    x.scatter_reduce(1, Tensor(REPEATS), Tensor.ones(2, 3), "max")
  with pytest.raises(picograd.ShapeError, match="gather: index of shape"): x.gather(0, Tensor([[0, 1, 0, 1, 0, 1]]))
  with pytest.raises(picograd.DTypeError, match="gather: index must be an integer tensor"): x.gather(0, Tensor([[0.0]]))
  with pytest.raises(picograd.ShapeError, match="index_select: index must be 0-d or 1-d"):
    x.index_select(0, Tensor([[0]]))


# ---- nonzero ---------------------------------------------------------------------------------------------------------
NONZERO = {"bool": MASK_345, "float": np.where(MASK_34, 1.5, 0.0).astype(np.float32), "none": np.zeros((2, 3), bool),
           "1d": np.array([0, 3, 0, -1], np.int32), "0d": np.array(2.5, np.float32), "0d_zero": np.array(0, np.int32),
           "empty": np.zeros((0, 3), np.float32)}


@pytest.mark.parametrize("case", list(NONZERO))
def test_nonzero(case):
  x = NONZERO[case]
  assert_close(Tensor(x).nonzero(), torch.from_numpy(x).nonzero())
  for p, t in zip(Tensor(x).nonzero(as_tuple=True), torch.from_numpy(x).nonzero(as_tuple=True)): assert_close(p, t)


# ---- one integer index: a gather of rows -----------------------------------------------------------------------------
def test_embedding_lookup_is_a_gather_not_a_one_hot():
  """x[idx] with one index tensor reads only the rows it picks: no kernel allocates len(idx) * rows values, forward
  or backward (a 50k vocabulary), and both match torch."""
  rng = np.random.default_rng(3)
  vocab, dim = 50_000, 16
  w = rng.standard_normal((vocab, dim), dtype=np.float32)
  idx = rng.integers(0, vocab, (4, 32))
  tw, pw = torch.tensor(w, requires_grad=True), Tensor(w, requires_grad=True).realize()
  pi = Tensor(idx).realize()
  out = pw[pi] * 2
  steps = Tensor.schedule(out)
  assert len(steps) <= 2 and max(s.out.size for s in steps) == idx.size * dim   # negative indices wrap first
  g = rng.standard_normal((4, 32, dim), dtype=np.float32)
  (tw[torch.from_numpy(idx)] * 2).backward(torch.from_numpy(g))
  out.backward(Tensor(g))
  assert max(s.out.size for s in Tensor.schedule(pw.grad)) <= vocab * dim
  assert_close(out, (tw[torch.from_numpy(idx)] * 2).detach())
  assert_close(pw.grad, tw.grad)


@pytest.mark.parametrize("dtype", [np.float16, np.int32, np.bool_])
def test_row_gather_dtypes(dtype):
  x = np.random.default_rng(1).standard_normal((6, 3)) > 0 if dtype is np.bool_ else \
      (np.random.default_rng(1).standard_normal((6, 3)) * 10).astype(dtype)
  idx = np.array([[5, 0], [-1, 2]])
  np.testing.assert_array_equal(Tensor(x)[Tensor(idx)].numpy(), x[idx])


def test_row_gather_out_of_range_computed_index_gives_nan_not_other_memory():
  """A bad index the graph computes is not known before the kernel runs: its row reads nothing and shows as NaN."""
  w = Tensor(np.ones((4, 3), np.float32)).realize()
  out = w[Tensor([1, 2]) * 3].numpy()   # rows 3 and 6: 6 is out of range
  np.testing.assert_array_equal(out[0], 1)
  assert np.isnan(out[1]).all()
  with pytest.raises(IndexError, match="out of bounds"): w[Tensor([6]).realize()]   # a known index: an error


def test_row_gather_in_place_permutation_and_pending_reads():
  w = Tensor(np.arange(12, dtype=np.float32).reshape(4, 3)).realize()
  perm = Tensor([3, 2, 1, 0]).realize()
  before = w[perm]   # pending: must see the old rows
  w.assign(w[perm])  # reads the rows it overwrites: computed aside first
  expected = np.arange(12, dtype=np.float32).reshape(4, 3)[::-1]
  np.testing.assert_array_equal(w.numpy(), expected)
  np.testing.assert_array_equal(before.numpy(), expected)


def test_row_gather_on_the_emulator():
  x = np.random.default_rng(2).standard_normal((5, 3)).astype(np.float32)
  t = Tensor(x, device="EMU", requires_grad=True)
  out = t[Tensor([4, 0, 4], device="EMU")]
  out.sum().backward()
  np.testing.assert_array_equal(out.numpy(), x[[4, 0, 4]])
  np.testing.assert_array_equal(t.grad.numpy(), np.array([1, 0, 0, 0, 2], np.float32)[:, None].repeat(3, 1))
