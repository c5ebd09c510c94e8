"""The nn mixin (picograd/tensor/nn_ops.py) against torch.nn.functional: convolution, pooling, resizing, attention,
normalization, padding and losses, forward and backward on random inputs (never zeros), on edge shapes (batch 1,
size-1 and odd spatial sizes, strides larger than the kernel, a kernel as large as the input).

Tolerances: NN (atol 1e-5, rtol 1e-4) everywhere; a convolution sums up to a few hundred float32 products, and
PyTorch sums them in another order, so single roundings of ~1e-6 are expected. Every distinct kernel compiles once
per process: shapes are shared across tests on purpose.
"""
import os
import sys
import numpy as np
import pytest
import torch
import torch.nn.functional as TF
from picograd import Tensor, ShapeError, DTypeError

sys.path.insert(0, os.path.dirname(__file__))
from helpers import assert_close, check, rand_array  # noqa: E402

NN = dict(atol=1e-5, rtol=1e-4)


def both(p, t):
  """One op spelled differently in picograd (p) and torch (t)."""
  return lambda *xs: p(*xs) if isinstance(xs[0], Tensor) else t(*xs)


# ---- convolution ----------------------------------------------------------------------------------------------------
# id -> (input shape, weight shape, keyword arguments spelled the same in both libraries)
CONV = {
  "2d_bias": ((2, 3, 7, 9), (4, 3, 3, 2), {}),
  "stride_pad_dilation_groups": ((2, 4, 8, 9), (6, 2, 3, 3), dict(stride=2, padding=1, dilation=2, groups=2)),
  "depthwise_tuple_padding": ((2, 4, 6, 6), (8, 1, 3, 3), dict(groups=4, padding=(1, 2))),
  "stride_over_kernel": ((1, 2, 7, 8), (3, 2, 2, 2), dict(stride=3)),
  "stride_equals_kernel": ((2, 3, 6, 4), (5, 3, 2, 2), dict(stride=2)),
  "batch1_height1": ((1, 3, 1, 5), (2, 3, 1, 3), dict(padding=(0, 1))),
  "kernel_fills_input": ((2, 3, 4, 4), (5, 3, 4, 4), {}),
  "same_even_kernel": ((1, 2, 6, 7), (3, 2, 4, 3), dict(padding="same", dilation=(1, 2))),
  "1d": ((2, 3, 11), (5, 3, 4), dict(stride=3, padding=2)),
  "1d_dilated_groups": ((1, 4, 9), (2, 2, 3), dict(dilation=3, groups=2)),
  "3d": ((1, 2, 4, 5, 3), (3, 2, 2, 3, 2), dict(padding=1)),
}
TORCH_CONV = {3: TF.conv1d, 4: TF.conv2d, 5: TF.conv3d}


@pytest.mark.parametrize("case", list(CONV))
def test_conv(case):
  xs, ws, kw = CONV[case]
  torch_conv = TORCH_CONV[len(xs)]
  check([xs, ws, ws[:1]], both(lambda x, w, b: x.conv2d(w, b, **kw), lambda x, w, b: torch_conv(x, w, b, **kw)), **NN)


@pytest.mark.parametrize("padding", [[1, 0, 2, 1], [-1, 0, 1, -1], [0, 2, 0, 0]], ids=str)
def test_conv_flat_padding_is_pad2d_order(padding):
  """A flat list pads (left, right, top, bottom) like F.pad, including uneven and negative (cropping) sides."""
  check([(1, 2, 5, 5), (3, 2, 3, 3)], both(lambda x, w: x.conv2d(w, padding=padding),
                                           lambda x, w: TF.conv2d(TF.pad(x, padding), w)), **NN)


def test_conv_is_one_reduce_kernel():
  x, w = Tensor(np.ones((2, 3, 7, 9), np.float32)).realize(), Tensor(np.ones((4, 3, 3, 2), np.float32)).realize()
  out = x.conv2d(w, Tensor(np.ones(4, np.float32)).realize(), padding=1)
  (kernel,) = out.schedule()
  assert kernel.ast is not None and [n.op.name for n in kernel.ast.walk()].count("SUM") == 1


def test_conv_shape_errors():
  x = Tensor(np.ones((1, 4, 5, 5), np.float32))
  # 4 channels, weight wants 3
  with pytest.raises(ShapeError): x.conv2d(Tensor(np.ones((2, 3, 3, 3), np.float32)))
  # 3 outputs into 2 groups
  with pytest.raises(ShapeError): x.conv2d(Tensor(np.ones((3, 2, 3, 3), np.float32)), groups=2)
  # kernel larger than input
  with pytest.raises(ShapeError): x.conv2d(Tensor(np.ones((2, 4, 6, 6), np.float32)))
  with pytest.raises(ValueError): x.conv2d(Tensor(np.ones((2, 4, 3, 3), np.float32)), stride=2, padding="same")


CONV_T = {
  "basic": ((2, 4, 5, 4), (4, 3, 3, 2), {}),
  "stride_pad_outpad_groups_dilation": ((2, 4, 5, 4), (4, 3, 3, 2),
                                        dict(stride=2, padding=1, output_padding=1, groups=2, dilation=2)),
  "stride_over_kernel_batch1": ((1, 2, 3, 3), (2, 3, 2, 2), dict(stride=3, output_padding=(2, 0))),
  "1d": ((2, 3, 6), (3, 2, 3), dict(stride=2, padding=2)),
}
TORCH_CONV_T = {3: TF.conv_transpose1d, 4: TF.conv_transpose2d}


@pytest.mark.parametrize("case", list(CONV_T))
def test_conv_transpose(case):
  xs, ws, kw = CONV_T[case]
  groups = kw.get("groups", 1)
  torch_fn = TORCH_CONV_T[len(xs)]
  check([xs, ws, (ws[1] * groups,)], both(lambda x, w, b: x.conv_transpose2d(w, b, **kw),
                                          lambda x, w, b: torch_fn(x, w, b, **kw)), **NN)


# ---- pooling --------------------------------------------------------------------------------------------------------
MAX_POOL = {
  "default_stride": ((2, 3, 8, 9), dict(kernel_size=2)),
  "pad_ceil": ((2, 3, 8, 9), dict(kernel_size=3, stride=2, padding=1, ceil_mode=True)),
  "dilation_uneven": ((2, 3, 8, 9), dict(kernel_size=(2, 3), stride=(1, 2), padding=(1, 0), dilation=2)),
  "stride_over_kernel": ((1, 2, 7, 8), dict(kernel_size=2, stride=3)),
  "batch1_height1": ((1, 3, 1, 5), dict(kernel_size=(1, 2), stride=1)),
  "ceil_window_past_end": ((1, 2, 5, 5), dict(kernel_size=2, stride=2, ceil_mode=True)),
  "ceil_no_window_in_right_padding": ((1, 2, 5, 5), dict(kernel_size=2, stride=2, padding=1, ceil_mode=True)),
}


@pytest.mark.parametrize("case", list(MAX_POOL))
def test_max_pool2d(case):
  shape, kw = MAX_POOL[case]
  check([shape], both(lambda x: x.max_pool2d(**kw), lambda x: TF.max_pool2d(x, **kw)), **NN)


def test_max_pool_ties_share_the_gradient():
  """Equal maxima in one window share its gradient, as PyTorch's amax does (max_pool2d would pick one)."""
  x = Tensor(np.ones((1, 1, 2, 2), np.float32), requires_grad=True)
  x.max_pool2d(2).sum().backward()
  np.testing.assert_allclose(x.grad.numpy(), np.full((1, 1, 2, 2), 0.25, np.float32))


def test_max_pool1d_and_3d_by_kernel_length():
  check([(2, 3, 9)], both(lambda x: x.max_pool2d((3,), 2), lambda x: TF.max_pool1d(x, 3, 2)), **NN)
  check([(1, 2, 4, 5, 3)], both(lambda x: x.max_pool2d((2, 2, 2), 1), lambda x: TF.max_pool3d(x, 2, 1)), **NN)


AVG_POOL = {
  "default_stride": ((2, 3, 8, 9), dict(kernel_size=2)),
  "pad_ceil": ((2, 3, 8, 9), dict(kernel_size=3, stride=2, padding=1, ceil_mode=True)),
  "pad_ceil_exclude_pad": ((2, 3, 8, 9),
                           dict(kernel_size=3, stride=2, padding=1, ceil_mode=True, count_include_pad=False)),
  "exclude_pad": ((2, 3, 8, 9), dict(kernel_size=(3, 2), stride=1, padding=(1, 1), count_include_pad=False)),
  "divisor_override": ((2, 3, 8, 9), dict(kernel_size=3, stride=2, padding=1, divisor_override=5)),
  "stride_over_kernel": ((1, 2, 7, 8), dict(kernel_size=2, stride=3)),
  "batch1_height1": ((1, 3, 1, 5), dict(kernel_size=(1, 2), stride=1)),
  "ceil_no_window_in_right_padding": ((1, 2, 5, 5), dict(kernel_size=2, stride=2, padding=1, ceil_mode=True)),
}


@pytest.mark.parametrize("case", list(AVG_POOL))
def test_avg_pool2d(case):
  shape, kw = AVG_POOL[case]
  check([shape], both(lambda x: x.avg_pool2d(**kw), lambda x: TF.avg_pool2d(x, **kw)), **NN)


def test_avg_pool1d():
  check([(2, 3, 9)], both(lambda x: x.avg_pool2d((3,), 2, 1, count_include_pad=False),
                          lambda x: TF.avg_pool1d(x, 3, 2, 1, count_include_pad=False)), **NN)


# ---- interpolate ----------------------------------------------------------------------------------------------------
SIZES = {"size": dict(size=(5, 7)), "scale2": dict(scale_factor=2), "scale_mixed": dict(scale_factor=(0.5, 1.7)),
         "down_to_1": dict(size=(1, 3))}


@pytest.mark.parametrize("sizing", list(SIZES))
@pytest.mark.parametrize("mode,align_corners", [("nearest", None), ("nearest-exact", None), ("bilinear", False),
                                                ("bilinear", True)])
def test_interpolate_2d(mode, align_corners, sizing):
  kw = dict(mode=mode, align_corners=align_corners, **SIZES[sizing])
  check([(2, 3, 4, 6)], both(lambda x: x.interpolate(**kw), lambda x: TF.interpolate(x, **kw)), **NN)


@pytest.mark.parametrize("align_corners", [False, True])
def test_interpolate_linear_and_trilinear(align_corners):
  check([(2, 3, 4)], both(lambda x: x.interpolate(size=9, mode="linear", align_corners=align_corners),
                          lambda x: TF.interpolate(x, size=9, mode="linear", align_corners=align_corners)), **NN)
  kw = dict(size=(3, 5, 2), mode="trilinear", align_corners=align_corners)
  check([(1, 2, 2, 3, 4)], both(lambda x: x.interpolate(**kw), lambda x: TF.interpolate(x, **kw)), **NN)


def test_interpolate_argument_errors():
  x = Tensor(np.ones((1, 1, 2, 2), np.float32))
  with pytest.raises(ValueError): x.interpolate()
  with pytest.raises(ValueError): x.interpolate(size=3, scale_factor=2)
  with pytest.raises(ValueError): x.interpolate(size=3, mode="bicubic")
  with pytest.raises(ValueError): x.interpolate(size=3, mode="nearest", align_corners=True)


# ---- attention ------------------------------------------------------------------------------------------------------
def test_sdpa_causal_and_scale():
  check([(2, 3, 5, 4), (2, 3, 5, 4), (2, 3, 5, 6)],
        both(lambda q, k, v: q.scaled_dot_product_attention(k, v, is_causal=True),
             lambda q, k, v: TF.scaled_dot_product_attention(q, k, v, is_causal=True)), **NN)
  check([(2, 5, 4), (2, 7, 4), (2, 7, 3)],
        both(lambda q, k, v: q.scaled_dot_product_attention(k, v, scale=0.3),
             lambda q, k, v: TF.scaled_dot_product_attention(q, k, v, scale=0.3)), **NN)


def test_sdpa_masks():
  rng = np.random.default_rng(0)
  q, k, v, fmask = (rand_array(rng, s) for s in ((2, 5, 4), (2, 7, 4), (2, 7, 3), (5, 7)))
  check(None, both(lambda q, k, v, m: q.scaled_dot_product_attention(k, v, attn_mask=m),
                   lambda q, k, v, m: TF.scaled_dot_product_attention(q, k, v, attn_mask=m)),
        inputs=[q, k, v, fmask], **NN)
  bmask = rng.random((5, 7)) < 0.6
  bmask[:, 0] = True   # every query keeps a key: an all-masked row is NaN in both
  check(None, both(lambda q, k, v: q.scaled_dot_product_attention(k, v, attn_mask=Tensor(bmask)),
                   lambda q, k, v: TF.scaled_dot_product_attention(q, k, v, attn_mask=torch.tensor(bmask))),
        inputs=[q, k, v], **NN)


def test_sdpa_dropout_applies_whenever_p_is_positive():
  """As in PyTorch, dropout_p drops attention weights even outside training; the expectation is unchanged."""
  Tensor.manual_seed(0)
  q, k = Tensor(np.zeros((1, 64, 8), np.float32)), Tensor(np.zeros((1, 64, 8), np.float32))
  v = Tensor(np.ones((1, 64, 1), np.float32))
  out = q.scaled_dot_product_attention(k, v, dropout_p=0.25).numpy()   # uniform weights 1/64: out = kept / 64 / 0.75
  assert not np.allclose(out, 1.0) and abs(out.mean() - 1.0) < 0.05
  np.testing.assert_allclose(q.scaled_dot_product_attention(k, v).numpy(), 1.0, rtol=1e-6)


# ---- normalization --------------------------------------------------------------------------------------------------
def test_layernorm():
  check([(2, 3, 4)], both(lambda x: x.layernorm(), lambda x: TF.layer_norm(x, (4,))), **NN)
  check([(2, 3, 4)], both(lambda x: x.layernorm((1, 2), eps=1e-2), lambda x: TF.layer_norm(x, (3, 4), eps=1e-2)), **NN)
  check([(2, 3, 4), (3, 4), (3, 4)], both(lambda x, w, b: x.layer_norm((3, 4), w, b),
                                         lambda x, w, b: TF.layer_norm(x, (3, 4), w, b)), **NN)


def test_batchnorm_functional():
  """batchnorm(weight, bias, mean, invstd) is F.batch_norm in eval mode with invstd = 1/sqrt(var + eps)."""
  rng = np.random.default_rng(1)
  mean, var = rand_array(rng, (3,)), rand_array(rng, (3,), 0.5, 2)
  inv = Tensor((1 / np.sqrt(var + 1e-5)).astype(np.float32))
  check([(2, 3, 4, 5), (3,), (3,)], both(lambda x, w, b: x.batchnorm(w, b, Tensor(mean), inv),
                                         lambda x, w, b: TF.batch_norm(x, torch.tensor(mean), torch.tensor(var), w, b)),
        **NN)
  check([(4, 3)], both(lambda x: x.batchnorm(None, None, Tensor(mean), inv),
                       lambda x: TF.batch_norm(x, torch.tensor(mean), torch.tensor(var))), **NN)


def test_group_norm_and_rms_norm():
  check([(2, 4, 3, 3), (4,), (4,)], both(lambda x, w, b: x.group_norm(2, w, b),
                                         lambda x, w, b: TF.group_norm(x, 2, w, b)), **NN)
  check([(2, 4, 5)], both(lambda x: x.group_norm(4, eps=0.1), lambda x: TF.group_norm(x, 4, eps=0.1)), **NN)
  check([(2, 3, 4), (4,)], both(lambda x, w: x.rms_norm((4,), w), lambda x, w: TF.rms_norm(x, (4,), w)), **NN)
  check([(2, 3, 4)], both(lambda x: x.rms_norm((3, 4), eps=0.5), lambda x: TF.rms_norm(x, (3, 4), eps=0.5)), **NN)


# ---- padding --------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("padding,value", [((1, 2), 0.0), ((1, 0, 2, 1), 0.0), ((0, 1, -1, 2, 1, 0), 1.5)], ids=str)
def test_pad2d(padding, value):
  check([(2, 3, 4)], both(lambda x: x.pad2d(padding, value), lambda x: TF.pad(x, padding, value=value)), **NN)


# ---- losses ---------------------------------------------------------------------------------------------------------
def _targets(rng, shape, classes, ignore=None):
  t = rng.integers(0, classes, size=shape).astype(np.int32)
  if ignore is not None: t.reshape(-1)[::3] = ignore
  return t


@pytest.mark.parametrize("reduction", ["mean", "sum", "none"])
@pytest.mark.parametrize("smoothing", [0.0, 0.2])
@pytest.mark.parametrize("weighted", [False, True])
def test_cross_entropy_indices(reduction, smoothing, weighted):
  rng = np.random.default_rng(2)
  logits, target, weight = rand_array(rng, (6, 5)), _targets(rng, (6,), 5, ignore=-100), rand_array(rng, (5,), 0.2, 2)
  w = dict(weight=weight) if weighted else {}
  kw = dict(reduction=reduction, label_smoothing=smoothing)
  check(None, both(lambda x, t: x.cross_entropy(t, weight=Tensor(weight) if weighted else None, **kw),
                   lambda x, t: TF.cross_entropy(x, t.long(), **{k: torch.tensor(v) for k, v in w.items()}, **kw)),
        inputs=[logits, target], **NN)


def test_cross_entropy_ignore_index_inside_range_and_spatial():
  rng = np.random.default_rng(3)
  logits, target = rand_array(rng, (2, 4, 3, 2)), _targets(rng, (2, 3, 2), 4, ignore=1)
  for kw in (dict(ignore_index=1), dict(ignore_index=1, label_smoothing=0.1, reduction="sum")):
    check(None, both(lambda x, t: x.cross_entropy(t, **kw), lambda x, t: TF.cross_entropy(x, t.long(), **kw)),
          inputs=[logits, target], **NN)


def test_cross_entropy_probabilities_and_1d():
  rng = np.random.default_rng(4)
  logits, probs = rand_array(rng, (6, 5)), rng.dirichlet(np.ones(5), size=6).astype(np.float32)
  for kw in (dict(), dict(label_smoothing=0.3, reduction="sum")):
    check(None, both(lambda x, p: x.cross_entropy(p.detach(), **kw),
                     lambda x, p: TF.cross_entropy(x, p.detach(), **kw)), inputs=[logits, probs], **NN)
  check(None, both(lambda x, t: x.cross_entropy(t), lambda x, t: TF.cross_entropy(x, t.long())),
        inputs=[logits[0], np.array(3, np.int32)], **NN)


@pytest.mark.parametrize("reduction", ["mean", "sum", "none"])
def test_nll_loss(reduction):
  rng = np.random.default_rng(5)
  logp, target = rand_array(rng, (6, 5), -3, -0.1), _targets(rng, (6,), 5, ignore=-100)
  weight = rand_array(rng, (5,), 0.2, 2)
  check(None, both(lambda x, t: x.nll_loss(t, reduction=reduction),
                   lambda x, t: TF.nll_loss(x, t.long(), reduction=reduction)), inputs=[logp, target], **NN)
  check(None, both(lambda x, t: x.nll_loss(t, weight=Tensor(weight), reduction=reduction),
                   lambda x, t: TF.nll_loss(x, t.long(), weight=torch.tensor(weight), reduction=reduction)),
        inputs=[logp, target], **NN)


def test_sparse_categorical_crossentropy_ignores_minus_one():
  rng = np.random.default_rng(6)
  logits, target = rand_array(rng, (6, 5)), _targets(rng, (6,), 5, ignore=-1)
  check(None, both(lambda x, t: x.sparse_categorical_crossentropy(t, label_smoothing=0.1),
                   lambda x, t: TF.cross_entropy(x, t.long(), ignore_index=-1, label_smoothing=0.1)),
        inputs=[logits, target], **NN)


LABEL_DTYPES = [np.uint8, np.int8, np.int16, np.int32, np.int64, np.uint16, np.uint32, np.uint64]


@pytest.mark.parametrize("reduction", ["mean", "sum", "none"])
@pytest.mark.parametrize("dtype", LABEL_DTYPES, ids=lambda d: np.dtype(d).name)
def test_losses_take_labels_of_any_integer_dtype(dtype, reduction):
  """MNIST loaders give uint8 labels: the default ignore_index (-100 or -1), which such labels cannot hold, marks
  nothing; one they can hold (signed: -100 itself; any: 1) is ignored. torch wants int64 for its reference."""
  rng = np.random.default_rng(12)
  logits, logp = rand_array(rng, (6, 5)), rand_array(rng, (6, 5), -3, -0.1)
  weight = Tensor(rand_array(rng, (5,), 0.2, 2))
  signed = np.dtype(dtype).kind == "i"
  target = _targets(rng, (6,), 5, ignore=-100 if signed else None).astype(dtype)
  cases = [(dict(), dict(), target), (dict(weight=weight, label_smoothing=0.2), dict(label_smoothing=0.2), target),
           (dict(ignore_index=1, label_smoothing=0.1), dict(ignore_index=1, label_smoothing=0.1),
            _targets(rng, (6,), 5, ignore=1).astype(dtype))]
  for ours, theirs, labels in cases:
    tw = dict(weight=torch.tensor(ours["weight"].numpy())) if "weight" in ours else {}
    check(None, both(lambda x, t: x.cross_entropy(t, reduction=reduction, **ours),
                     lambda x, t: TF.cross_entropy(x, t.long(), reduction=reduction, **tw, **theirs)),
          inputs=[logits, labels], **NN)
  check(None, both(lambda x, t: x.nll_loss(t, weight=weight, reduction=reduction),
                   lambda x, t: TF.nll_loss(x, t.long(), weight=torch.tensor(weight.numpy()), reduction=reduction)),
        inputs=[logp, target], **NN)
  labels = _targets(rng, (6,), 5, ignore=-1 if signed else None).astype(dtype)
  check(None, both(lambda x, t: x.sparse_categorical_crossentropy(t, reduction=reduction),
                   lambda x, t: TF.cross_entropy(x, t.long(), reduction=reduction, ignore_index=-1)),
        inputs=[logits, labels], **NN)


def test_float_labels_are_refused_unless_probabilities():
  x = Tensor(np.zeros((6, 5), np.float32))
  labels = Tensor(np.arange(6, dtype=np.float32) % 5)
  with pytest.raises(DTypeError, match=r"cross_entropy: a float32 target of shape \(6,\) is neither class indices"):
    x.cross_entropy(labels)
  with pytest.raises(DTypeError, match=r"nll_loss: .*integer dtype, got float32"): x.nll_loss(labels)
  with pytest.raises(DTypeError, match=r"sparse_categorical_crossentropy: .*got float32"):
    x.sparse_categorical_crossentropy(Tensor(np.full((6, 5), 0.2, np.float32)))
  with pytest.raises(DTypeError, match=r"cross_entropy: .*got bool"): x.cross_entropy(labels == 1)
  with pytest.raises(DTypeError, match=r"cross_entropy: a float32"): x[0].cross_entropy(Tensor(2.0))
  assert x[0].cross_entropy(Tensor(np.full(5, 0.2, np.float32))).shape == ()   # probabilities of a 1-D input


@pytest.mark.parametrize("reduction", ["mean", "sum", "none"])
def test_binary_crossentropy(reduction):
  rng = np.random.default_rng(7)
  p, t, w = rand_array(rng, (4, 3), 0.05, 0.95), rng.random((4, 3)).astype(np.float32), rand_array(rng, (3,), 0.5, 2)
  check(None, both(lambda x, y: x.binary_crossentropy(y, weight=Tensor(w), reduction=reduction),
                   lambda x, y: TF.binary_cross_entropy(x, y, weight=torch.tensor(w), reduction=reduction)),
        inputs=[p, t], **NN)


@pytest.mark.parametrize("reduction", ["mean", "sum", "none"])
def test_binary_crossentropy_logits(reduction):
  rng = np.random.default_rng(8)
  x, t, pw = rand_array(rng, (4, 3), -30, 30), rng.random((4, 3)).astype(np.float32), rand_array(rng, (3,), 0.5, 3)
  check(None, both(lambda x, y: x.binary_crossentropy_logits(y, reduction=reduction),
                   lambda x, y: TF.binary_cross_entropy_with_logits(x, y, reduction=reduction)), inputs=[x, t], **NN)
  check(None, both(lambda x, y: x.binary_crossentropy_logits(y, pos_weight=Tensor(pw), reduction=reduction),
                   lambda x, y: TF.binary_cross_entropy_with_logits(x, y, pos_weight=torch.tensor(pw),
                                                                    reduction=reduction)),
        inputs=[x, t], **NN)


def test_binary_crossentropy_clamps_log_at_minus_100():
  p, t = Tensor([0.0, 1.0, 0.5]), Tensor([1.0, 0.0, 1.0])
  want = TF.binary_cross_entropy(torch.tensor([0.0, 1.0, 0.5]), torch.tensor([1.0, 0.0, 1.0]), reduction="none")
  assert_close(p.binary_crossentropy(t, reduction="none"), want, **NN)


def test_loss_reduction_error():
  with pytest.raises(ValueError): Tensor([0.5]).binary_crossentropy(Tensor([1.0]), reduction="avg")


# ---- linear and dropout ---------------------------------------------------------------------------------------------
def test_linear():
  check([(2, 3, 4), (5, 4), (5,)], both(lambda x, w, b: x.linear(w, b), lambda x, w, b: TF.linear(x, w, b)), **NN)


def test_dropout_train_and_eval():
  x = Tensor(np.ones((64, 64), np.float32))
  assert x.dropout(0.5) is x   # Tensor.training is False unless set (`with Tensor.train():`)
  Tensor.manual_seed(1)
  Tensor.training = True
  try:
    kept = x.dropout(0.25).numpy()
    assert abs((kept == 0).mean() - 0.25) < 0.03 and np.allclose(kept[kept != 0], 1 / 0.75)
    assert not x.dropout(1.0).numpy().any() and np.array_equal(x.dropout(0.0).numpy(), x.numpy())
  finally:
    Tensor.training = False
  with pytest.raises(ValueError): x.dropout(1.5)


def test_dropout_gradient_follows_the_mask():
  Tensor.manual_seed(2)
  Tensor.training = True
  try:
    x = Tensor(np.full((8, 8), 2.0, np.float32), requires_grad=True)
    out = x.dropout(0.5)
    out.sum().backward()
    np.testing.assert_allclose(x.grad.numpy(), (out.numpy() != 0) * 2.0)
  finally:
    Tensor.training = False
