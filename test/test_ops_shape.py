"""Shape ops (tensor/shape_ops.py) against PyTorch, forward and backward: squeeze and friends, padding modes, cat,
stack, split, repeat, roll, triangles, einsum and the cumulative scans; on 0-d, size-1, empty and non-contiguous inputs,
and the errors for bad arguments.

Shapes are shared between tests on purpose: each distinct kernel compiles once per process.
"""
import os
import sys
import numpy as np
import pytest
import torch
import torch.nn.functional as TF
import picograd
from picograd import Tensor

sys.path.insert(0, os.path.dirname(__file__))
from helpers import check  # noqa: E402

F32 = dict(atol=1e-5, rtol=1e-4)
# non-contiguous (2, 3, 4) inputs: (leaf shape, view built the same way on both sides)
VIEWS = {
  "permuted": ((4, 2, 3), lambda x: x.permute(1, 2, 0)),
  "sliced": ((3, 4, 8), lambda x: x[1:, 1:, ::2]),
  "flipped": ((2, 3, 4), lambda x: x.flip(1)),
  "expanded": ((1, 3, 4), lambda x: x.expand(2, 3, 4)),
}


# ---- ops spelled the same in torch and picograd, on a (2, 3, 4) tensor -----------------------------------------------
SAME = {
  "squeeze": lambda x: x[:, :1, None].squeeze(),
  "squeeze_dim": lambda x: x[:, :1].squeeze(1),
  "squeeze_neg_dims": lambda x: x[:1, :, :1].squeeze((-1, 0)),
  "squeeze_not_1": lambda x: x.squeeze(0),
  "unsqueeze": lambda x: x.unsqueeze(1),
  "unsqueeze_neg": lambda x: x.unsqueeze(-1),
  "flatten": lambda x: x.flatten(),
  "flatten_1": lambda x: x.flatten(1),
  "flatten_0_1": lambda x: x.flatten(0, 1),
  "flatten_neg": lambda x: x.flatten(-2, -1),
  "unflatten": lambda x: x.unflatten(2, (2, 2)),
  "unflatten_-1": lambda x: x.unflatten(-1, (2, -1)),
  "unflatten_1": lambda x: x.unflatten(0, (1, 2, 1)),
  "view": lambda x: x.view(4, 6),
  "expand_as": lambda x: x[:, :1].expand_as(x),
  "movedim": lambda x: x.movedim(0, -1),
  "movedim_tuple": lambda x: x.movedim((0, 1), (2, 0)),
  "narrow": lambda x: x.narrow(1, 1, 2),
  "narrow_neg": lambda x: x.narrow(-1, -3, 2),
  "repeat": lambda x: x.repeat(2, 1, 3),
  "repeat_new_axes": lambda x: x.repeat(2, 1, 2, 1),
  "repeat_ones": lambda x: x.repeat(1, 1, 1),
  "repeat_interleave": lambda x: x.repeat_interleave(2, 1),
  "repeat_interleave_neg": lambda x: x.repeat_interleave(3, -1),
  "repeat_interleave_flat": lambda x: x.repeat_interleave(2),
  "roll": lambda x: x.roll(1, 0),
  "roll_dims": lambda x: x.roll((1, -2), (1, 2)),
  "roll_flat": lambda x: x.roll(5),
  "roll_big": lambda x: x.roll(-7, -1),
  "tril": lambda x: x.tril(),
  "tril_1": lambda x: x.tril(1),
  "tril_-1": lambda x: x.tril(-1),
  "triu": lambda x: x.triu(),
  "triu_2": lambda x: x.triu(2),
  "triu_-1": lambda x: x.triu(-1),
  "cumsum": lambda x: x.cumsum(0),
  "cumsum_neg": lambda x: x.cumsum(-1),
  "cumprod": lambda x: x.cumprod(1),
  "cumprod_neg": lambda x: x.cumprod(-1),
  "cummax_values": lambda x: x.cummax(2)[0],
  "cummax_values_0": lambda x: x.cummax(0)[0],
}


@pytest.mark.parametrize("name", list(SAME))
def test_shape_op(name):
  check([(2, 3, 4)], SAME[name], **F32)


@pytest.mark.parametrize("view", list(VIEWS))
@pytest.mark.parametrize("name", ["flatten_1", "unflatten", "repeat", "repeat_interleave", "roll_dims", "tril_1",
                                  "cumsum_neg", "cumprod", "cummax_values"])
def test_shape_op_on_views(name, view):
  shape, make_view = VIEWS[view]
  check([shape], lambda x: SAME[name](make_view(x)), **F32)


# (shape, fn): 0-d, size-1 and empty inputs where torch accepts them
EDGE = [
  ((), lambda x: x.squeeze()), ((), lambda x: x.squeeze(0)), ((), lambda x: x.unsqueeze(0)),
  ((), lambda x: x.unsqueeze(-1)), ((), lambda x: x.flatten()), ((), lambda x: x.repeat(2, 3)),
  ((), lambda x: x.roll(1)), ((), lambda x: x.cumsum(0)), ((), lambda x: x.cumprod(-1)), ((), lambda x: x.cummax(0)[0]),
  ((), lambda x: x.expand_as(x.reshape(1).repeat(3))),
  ((1,), lambda x: x.squeeze()), ((1,), lambda x: x.cumsum(0)), ((1,), lambda x: x.roll(3)),
  ((1,), lambda x: x.repeat_interleave(3)),
  ((2, 1, 4), lambda x: x.squeeze(1)), ((2, 1, 4), lambda x: x.cumprod(1)), ((2, 1, 4), lambda x: x.tril()),
  ((2, 1, 4), lambda x: x.movedim(1, 0)), ((2, 1, 4), lambda x: x.flatten(1)),
  ((0, 3), lambda x: x.unsqueeze(0)), ((0, 3), lambda x: x.cumsum(1)), ((0, 3), lambda x: x.cumsum(0)),
  ((0, 3), lambda x: x.roll(1, 1)), ((0, 3), lambda x: x.tril()), ((0, 3), lambda x: x.repeat(2, 1)),
  ((0, 3), lambda x: x.narrow(1, 1, 2)),
  ((3, 4), lambda x: x.narrow(0, 1, 0)), ((3, 4), lambda x: x.repeat(0, 1)),
]


@pytest.mark.parametrize("shape,fn", EDGE, ids=[f"{s}-{i}" for i, (s, _) in enumerate(EDGE)])
def test_shape_op_edge_shapes(shape, fn):
  check([shape], fn, **F32)


def test_squeeze_keeps_non_unit_axes():
  assert Tensor.ones(2, 1, 3).squeeze((0, 1)).shape == (2, 3)
  assert Tensor.ones(2, 3).squeeze(1).shape == (2, 3)


# ---- padding modes ---------------------------------------------------------------------------------------------------
SPATIAL_PADS = [(1, 2), (2, 0, 1, 1), (-1, 2), (1, 1, -1, 2)]
# torch pads only spatial axes with modes
PADS = ([("constant", p) for p in SPATIAL_PADS + [(2, -3), (0, 0, 0, 0, 1, 1)]] +
        [(m, p) for m in ("reflect", "replicate") for p in SPATIAL_PADS + [(2, -3)]] +
        [("circular", p) for p in SPATIAL_PADS + [(1, -2)]])   # torch cannot wrap into a crop


@pytest.mark.parametrize("mode,padding", PADS, ids=str)
def test_pad_modes(mode, padding):
  check([(2, 3, 4)], lambda x: TF.pad(x, padding, mode=mode), lambda x: x._pad_mode(padding, mode))


def test_pad_modes_views_and_pairs():
  check([(2, 3, 4)], lambda x: TF.pad(x.permute(0, 2, 1), (1, 2, 3, 0), mode="reflect"),
        lambda x: x.permute(0, 2, 1)._pad_mode(((0, 0), (3, 0), (1, 2)), "reflect"))
  check([(2, 3, 4)], lambda x: TF.pad(x.flip(2), (3, 3), mode="circular"),
        lambda x: x.flip(2)._pad_mode([None, None, (3, 3)], "circular"))
  check([(2, 3, 4)], lambda x: TF.pad(x, (1, 2), value=1.5), lambda x: x._pad_mode((1, 2), "constant", 1.5))


def test_pad_mode_errors():
  x = Tensor.ones(2, 3, 4)
  with pytest.raises(picograd.ShapeError, match="reflect padding of 4 is too large for axis 2 of size 4"):
    x._pad_mode((4, 0), "reflect")
  with pytest.raises(picograd.ShapeError, match="circular"): x._pad_mode((0, 0, 4, 0), "circular")
  with pytest.raises(ValueError, match="mode must be one of"): x._pad_mode((1, 1), "mirror")
  with pytest.raises(picograd.ShapeError, match="even length"): x._pad_mode((1, 1, 1), "reflect")
  with pytest.raises(picograd.ShapeError, match="pairs"): x._pad_mode(((1, 1),), "reflect")


# ---- cat, stack, split, chunk ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("dim", [0, 1, -1])
def test_cat(dim):
  sizes = [(2, 3, 4), (2, 3, 4), (2, 3, 4)]
  sizes = [tuple(s if a != dim % 3 else s + i for a, s in enumerate(shape)) for i, shape in enumerate(sizes)]
  check(sizes, lambda *xs: torch.cat(xs, dim), lambda x, *rest: x.cat(*rest, dim=dim))


def test_cat_views_dtypes_and_empty():
  check([(2, 3, 4), (3, 2, 4)], lambda x, y: torch.cat([x.permute(1, 0, 2), y.flip(0)], 1),
        lambda x, y: x.permute(1, 0, 2).cat(y.flip(0), dim=1))
  check([(2, 3, 4), (2, 0, 4)], lambda x, y: torch.cat([x, y], 1), lambda x, y: Tensor.cat(x, y, dim=1))
  check([(0, 3), (0, 2)], lambda x, y: torch.cat([x, y], 1), lambda x, y: x.cat(y, dim=1))
  check(None, lambda x, y: torch.cat([x, y]), lambda x, y: x.cat(y),
        inputs=[np.array([1, 2], np.int32), np.array([0.5, 1.5], np.float32)])
  check(None, lambda x, y: torch.cat([x, y]), lambda x, y: x.cat(y), inputs=[np.array([True, False]), np.array([True])])
  check([(2, 3, 4)], lambda x: torch.cat([x], 1), lambda x: x.cat(dim=1))


@pytest.mark.parametrize("dim", [0, 2, -1, 3])
def test_stack(dim):
  check([(2, 3, 4)] * 3, lambda *xs: torch.stack(xs, dim), lambda x, *rest: x.stack(*rest, dim=dim))


def test_stack_0d_and_views():
  check([(), (), ()], lambda *xs: torch.stack(xs), lambda x, *rest: x.stack(*rest))
  check([(2, 3, 4)] * 2, lambda x, y: torch.stack([x.permute(2, 0, 1), y.flip(0).permute(2, 1, 0).transpose(1, 2)], -2),
        lambda x, y: x.permute(2, 0, 1).stack(y.flip(0).permute(2, 1, 0).transpose(1, 2), dim=-2))


SPLITS = [(2, 1), (3, -1), ([1, 2], 1), ([4, 0], 2), ([0, 3, 1], -1), (1, 0), (5, 0)]


@pytest.mark.parametrize("size,dim", SPLITS, ids=str)
def test_split(size, dim):
  x = Tensor.ones(2, 3, 4)
  n = len(torch.ones(2, 3, 4).split(size, dim))
  assert len(x.split(size, dim)) == n
  for k in range(n): check([(2, 3, 4)], lambda x: x.split(size, dim)[k])


@pytest.mark.parametrize("chunks,dim", [(2, 1), (3, -1), (4, 2), (1, 0), (5, 0)], ids=str)
def test_chunk(chunks, dim):
  n = len(torch.ones(2, 3, 4).chunk(chunks, dim))
  assert len(Tensor.ones(2, 3, 4).chunk(chunks, dim)) == n
  for k in range(n): check([(2, 3, 4)], lambda x: x.chunk(chunks, dim)[k])


def test_chunk_of_empty_axis():
  assert [p.shape for p in Tensor.ones(0, 2).chunk(3)] == [tuple(p.shape) for p in torch.ones(0, 2).chunk(3)]


# ---- einsum ----------------------------------------------------------------------------------------------------------
EINSUM = [
  ("ij,jk->ik", [(2, 3), (3, 4)]), ("bij,bjk->bik", [(2, 2, 3), (2, 3, 4)]), ("i,j->ij", [(3,), (4,)]),
  ("i,i->", [(3,), (3,)]), ("ii->i", [(3, 3)]), ("ii", [(3, 3)]), ("ij->ji", [(2, 3)]), ("ij->", [(2, 3)]),
  ("ijk->kji", [(2, 3, 4)]),
  ("ij,jk", [(2, 3), (3, 4)]), ("...ij,...jk->...ik", [(2, 1, 2, 3), (3, 3, 4)]), ("i...->...", [(2, 3, 4)]),
  ("ij,jk->ik", [(2, 1), (3, 4)]), ("iij->ji", [(3, 3, 2)]), ("ij,ij,ij->i", [(2, 3)] * 3),
  ("b i j , b j -> b i", [(2, 2, 3), (2, 3)]), ("ijk,", [(2, 3, 4), ()]),
]


@pytest.mark.parametrize("formula,shapes", EINSUM, ids=[f for f, _ in EINSUM])
def test_einsum(formula, shapes):
  check(shapes, lambda *xs: torch.einsum(formula, *xs), lambda *xs: Tensor.einsum(formula, *xs), **F32)


def test_einsum_views_and_list_operands():
  check([(3, 2), (4, 3)], lambda x, y: torch.einsum("ij,jk->ik", x.T, y.T),
        lambda x, y: Tensor.einsum("ij,jk->ik", [x.T, y.T]), **F32)


def test_einsum_errors():
  a, b = Tensor.ones(2, 3), Tensor.ones(4, 5)
  with pytest.raises(ValueError, match="describes 2 operands, got 1"): Tensor.einsum("ij,jk->ik", a)
  with pytest.raises(ValueError, match="describes 1 operands, got 2"): Tensor.einsum("ij->i", a, b)
  with pytest.raises(picograd.ShapeError, match="label j has sizes 3 and 4"): Tensor.einsum("ij,jk->ik", a, b)
  with pytest.raises(picograd.ShapeError, match="do not fit an operand with 2 dims"): Tensor.einsum("ijk->i", a)
  with pytest.raises(ValueError, match=r"output labels \['z'\] appear in no operand"): Tensor.einsum("ij->iz", a)
  with pytest.raises(ValueError, match="repeat a label"): Tensor.einsum("ij->ii", a)
  with pytest.raises(ValueError, match="bad subscripts"): Tensor.einsum("i1->i", a)
  with pytest.raises(picograd.ShapeError, match="repeated label i has sizes 2 and 3"): Tensor.einsum("ii->i", a)
  with pytest.raises(ValueError, match="at least one operand"): Tensor.einsum("i->i")


# ---- cumulative scans ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("n", [40, 300], ids=["n40", "n300"])
def test_scans_long_axes(n):
  # longer than a scan block: the blocked (and for n=300 recursive) path, along a non-last axis of a permuted view
  check([(n, 3)], lambda x: x.permute(1, 0).cumsum(1), **F32)
  check([(3, n)], lambda x: x.cumprod(-1), low=0.9, high=1.1, **F32)
  check([(3, n)], lambda x: x.cummax(1)[0], **F32)


def test_cummax_indices_and_ties():
  x = np.array([[1, 3, 3, 2, 3, 5, 5, 0], [2, 2, 2, 2, -1, 4, 4, 4]], np.int32)
  check(None, lambda x: x.cummax(1)[1], inputs=[x])
  check(None, lambda x: x.cummax(1)[0], inputs=[x])
  check(None, lambda x: x.cummax(0)[1], inputs=[x[:, ::-1].copy()])
  # on float ties the gradient goes to the element the index names, as in torch
  check(None, lambda x: x.cummax(-1)[0], inputs=[x.astype(np.float32)])
  xs = np.random.default_rng(0).integers(-3, 3, (2, 100)).astype(np.int32)
  check(None, lambda x: x.cummax(1)[1], inputs=[xs])


def test_scans_of_ints_and_bools():
  x = np.array([[1, -2, 3], [4, 0, -1]], np.int32)
  check(None, lambda x: x.cumsum(1), inputs=[x])
  check(None, lambda x: x.cumprod(0), inputs=[x])
  check(None, lambda x: x.cumsum(0), inputs=[np.array([True, False, True, True])])


def test_cumprod_gradient_at_zero():
  # a product's gradient through a zero is the product of the others, not 0/0
  check(None, lambda x: x.cumprod(0), inputs=[np.array([2.0, 0.0, 3.0, 0.0, 1.5], np.float32)])


# ---- errors ----------------------------------------------------------------------------------------------------------
def test_shape_errors():
  x = Tensor.ones(2, 3, 4)
  with pytest.raises(picograd.AxisError, match="out of range"): x.squeeze(3)
  with pytest.raises(picograd.AxisError, match="unsqueeze: dim 4"): x.unsqueeze(4)
  with pytest.raises(picograd.AxisError, match="start_dim 2 comes after end_dim 1"): x.flatten(2, 1)
  with pytest.raises(picograd.ShapeError, match=r"sizes \(5, -1\) do not multiply to 4"): x.unflatten(2, (5, -1))
  with pytest.raises(picograd.ShapeError, match="sizes"): x.unflatten(1, (2, 2))
  with pytest.raises(picograd.AxisError, match="distinct axes"): x.movedim((0, 0), (1, 2))
  with pytest.raises(picograd.ShapeError, match="narrow: range 3..5 is outside axis 1 of size 3"): x.narrow(1, 3, 2)
  with pytest.raises(picograd.ShapeError, match="2 repeat counts for a tensor with 3 axes"): x.repeat(1, 2)
  with pytest.raises(ValueError, match="repeats must be an int"): x.repeat_interleave(-1)
  with pytest.raises(picograd.ShapeError, match="2 shifts for 1 dims"): x.roll((1, 2), (0,))
  with pytest.raises(picograd.ShapeError, match="at least 2 dimensions"): Tensor.ones(3).tril()
  with pytest.raises(picograd.ShapeError, match=r"cat: shapes \(2, 3, 4\) and \(2, 4, 4\) differ outside axis 0"):
    x.cat(Tensor.ones(2, 4, 4))
  with pytest.raises(picograd.ShapeError, match="zero-dimensional"): Tensor(1.0).cat(Tensor(2.0))
  with pytest.raises(picograd.AxisError): x.cat(x, dim=3)
  with pytest.raises(picograd.ShapeError, match="stack: every tensor needs shape"): x.stack(Tensor.ones(2, 3))
  with pytest.raises(picograd.AxisError, match="stack: dim 4"): x.stack(x, dim=4)
  with pytest.raises(picograd.ShapeError, match=r"sizes \[1, 1\] do not add up to 3"): x.split([1, 1], 1)
  with pytest.raises(ValueError, match="split_size must be positive"): x.split(0)
  with pytest.raises(ValueError, match="chunks must be positive"): x.chunk(0)
  with pytest.raises(picograd.AxisError): x.cumsum(3)


def test_reshape_ops_on_empty_tensors():
  check([(0, 3)], lambda x: x.flatten())
  check([(0, 3)], lambda x: x.unflatten(1, (3, 1)).squeeze(-1))
  check([(2, 0, 3)], lambda x: x.flatten(0, 1).reshape(3, 0))
  check([(0, 3)], lambda x: x[:, None].repeat_interleave(2, 1))
