"""Neural-network functions on tensors: convolution, pooling, resizing, attention, normalization, losses
(a mixin of Tensor).

Sliding windows are views, not copies: `_pool` rearranges an input into an (output position, tap) pair of axes per
spatial axis with movement ops alone, so a convolution is one broadcast multiply and one sum that the scheduler fuses
into a single reduce kernel, and pooling is one max or sum over the tap axes.
"""
from __future__ import annotations
import math
from typing import TYPE_CHECKING
import numpy as np
from picograd.dtype import dtypes
from picograd.errors import DTypeError, ShapeError
from picograd.helpers import also_named, flatten, prod
from picograd.windows import Windows

if TYPE_CHECKING: from picograd.tensor import Tensor


def ntuple(x, n: int) -> tuple[int, ...]:
  """An int repeated n times, or a sequence of n ints checked for length."""
  if isinstance(x, int): return (x,) * n
  if len(x) != n: raise ShapeError(f"expected {n} values, got {tuple(x)}")
  return tuple(int(v) for v in x)


def _conv_padding(padding, kernel: tuple[int, ...], dilation: tuple[int, ...], stride: tuple[int, ...]) -> list[int]:
  """Any of PyTorch's and tinygrad's spellings as a flat pad2d list (last axis first, (before, after) pairs)."""
  n = len(kernel)
  if padding == "valid": return [0] * 2 * n
  if padding == "same":
    if any(s != 1 for s in stride): raise ValueError("padding='same' needs stride 1")
    total = [d * (k - 1) for k, d in zip(kernel, dilation)]
    return flatten((t // 2, t - t // 2) for t in reversed(total))
  if isinstance(padding, int): return [padding] * 2 * n
  if len(padding) == n: return flatten((p, p) for p in reversed(padding))
  if len(padding) == 2 * n: return list(padding)
  raise ShapeError(f"padding {padding} fits neither {n} spatial axes nor their {2 * n} sides")


class NNOps:
  # ---- softmax and friends -----------------------------------------------------------------------------------------
  @also_named("axis", "dim")
  def softmax(self, axis=-1, dtype=None):
    if self.numel() == 0: return self._float()   # nothing to normalize
    x = self._float() if dtype is None else self.cast(dtype)
    e = (x - x.amax(axis, keepdim=True)).exp()
    return e / e.sum(axis, keepdim=True)

  @also_named("axis", "dim")
  def log_softmax(self, axis=-1, dtype=None):
    if self.numel() == 0: return self._float()   # nothing to normalize
    x = self._float() if dtype is None else self.cast(dtype)
    m = x - x.amax(axis, keepdim=True)
    return m - m.exp().sum(axis, keepdim=True).log()

  def one_hot(self, num_classes: int) -> Tensor:
    if self.dtype.is_float: raise DTypeError("one_hot: needs integer class indices")
    return (self.unsqueeze(-1) == self._arange(num_classes)).cast(dtypes.int32)

  # ---- padding and sliding windows ---------------------------------------------------------------------------------
  def pad2d(self, padding, value: float = 0.0) -> Tensor:
    """PyTorch's F.pad spelling: a flat (before, after) list starting from the last axis; negative values crop."""
    if len(padding) % 2 or len(padding) > 2 * self.ndim:
      raise ShapeError(f"pad2d: bad padding {padding} for shape {self.shape}")
    pairs = [(padding[i], padding[i + 1]) for i in range(0, len(padding), 2)]
    return self.pad([None] * (self.ndim - len(pairs)) + pairs[::-1], value)

  def _pool(self, kernel: tuple[int, ...], stride: tuple[int, ...],
            dilation: tuple[int, ...]) -> tuple[Tensor, tuple[int, ...]]:
    """Every window over the last len(kernel) axes as a view, nothing copied: one pair of axes per spatial axis, the
    output position and the tap, in whichever order the view makes them ((o, k) or (k, o)). Returns the view and the
    axes of the taps. The pairs are not permuted into (*out, *kernel): a permute here would make the backward read
    its gradient through a second view, with a division and a modulo per axis in every load."""
    n, lead = len(kernel), self.shape[:-len(kernel)]
    size = self.shape[-n:]
    out = tuple((i - d * (k - 1) - 1) // s + 1 for i, k, s, d in zip(size, kernel, stride, dilation))
    if any(o <= 0 for o in out):
      raise ShapeError(f"pool: kernel {kernel} (dilation {dilation}) is larger than input {size}")
    disjoint = all(k <= s for k, s in zip(kernel, stride)) and all(d == 1 for d in dilation)
    # one leading axis: the index math of a view below another costs a division and a modulo per axis
    x = self.reshape(prod(lead), *size)
    x = x._disjoint_windows(out, kernel, stride) if disjoint else x._overlapping_windows(out, kernel, stride, dilation)
    taps = tuple(len(lead) + 2 * j + (1 if disjoint else 0) for j in range(n))
    return x.reshape(*lead, *x.shape[1:]), taps

  def _disjoint_windows(self, out, kernel, stride) -> Tensor:
    """(..., o0, k0, o1, k1, ...) when windows do not overlap: cut each axis into blocks of `stride`,
    keep `kernel` of each."""
    lead, size = self.shape[:-len(kernel)], self.shape[-len(kernel):]
    keep = [None] * len(lead)
    x = self.pad(keep + [(0, o * s - i) for o, s, i in zip(out, stride, size)])
    x = x.reshape(*lead, *flatten((o, s) for o, s in zip(out, stride)))
    return x.shrink(keep + flatten(((0, o), (0, k)) for o, k in zip(out, kernel)))

  def _overlapping_windows(self, out, kernel, stride, dilation) -> Tensor:
    """(..., k0, o0, k1, o1, ...): one view of the input (picograd/windows.py), with a gradient of its own."""
    return Windows.apply(self, out=tuple(out), kernel=tuple(kernel), stride=tuple(stride), dilation=tuple(dilation))

  # ---- convolution -------------------------------------------------------------------------------------------------
  def conv2d(self, weight: Tensor, bias: Tensor | None = None, stride=1, padding=0, dilation=1,
             groups: int = 1) -> Tensor:
    """PyTorch's F.conv1d/2d/3d, picked by the weight's rank: input (N, Cin, *size), weight (Cout, Cin/groups, *kernel).

    padding: int, one per spatial axis, 'same'/'valid', or a flat pad2d list (last axis first) for uneven sides."""
    kernel = weight.shape[2:]
    n = len(kernel)
    (bs, cin), (cout, cin_g) = self.shape[:2], weight.shape[:2]
    if self.ndim != n + 2 or cin != cin_g * groups or cout % groups:
      raise ShapeError(f"conv: input {self.shape} does not fit weight {weight.shape} with groups={groups}")
    stride, dilation = ntuple(stride, n), ntuple(dilation, n)
    x, taps = self.pad2d(_conv_padding(padding, kernel, dilation, stride))._pool(kernel, stride, dilation)
    pairs = x.shape[2:]
    # (N, groups, cout/groups, cin/groups, *pairs): every product of the convolution, as a view. No permute between
    # the product and its sums either, so that the backward's reduces read their inputs through single views
    x = x.reshape(bs, groups, 1, cin_g, *pairs).expand(bs, groups, cout // groups, cin_g, *pairs)
    w_shape = [1] * len(pairs)
    for t, k in zip(taps, kernel): w_shape[t - 2] = k
    w = weight.reshape(1, groups, cout // groups, cin_g, *w_shape)
    ret = (x * w).sum((3, *(t + 2 for t in taps)))
    ret = ret.reshape(bs, cout, *ret.shape[3:])
    return ret if bias is None else ret + bias.reshape(1, cout, *(1,) * n)

  def conv_transpose2d(self, weight: Tensor, bias: Tensor | None = None, stride=1, padding=0, output_padding=0,
                       groups: int = 1, dilation=1) -> Tensor:
    """PyTorch's F.conv_transpose1d/2d/3d (weight (Cin, Cout/groups, *kernel)): the gradient of conv2d with respect to
    its input, computed as a convolution of the input spread out by `stride` with the flipped kernel."""
    kernel = weight.shape[2:]
    n = len(kernel)
    stride, dilation = ntuple(stride, n), ntuple(dilation, n)
    padding, output_padding = ntuple(padding, n), ntuple(output_padding, n)
    cin, cout_g = weight.shape[:2]
    w = weight.reshape(groups, cin // groups, cout_g, *kernel).transpose(1, 2).flip(tuple(range(3, 3 + n)))
    w = w.reshape(groups * cout_g, cin // groups, *kernel)
    x = self._spread(stride)
    sides = [(d * (k - 1) - p, d * (k - 1) - p + op) for k, d, p, op in zip(kernel, dilation, padding, output_padding)]
    return x.conv2d(w, bias, dilation=dilation, padding=flatten(reversed(sides)), groups=groups)

  def _spread(self, stride: tuple[int, ...]) -> Tensor:
    """Insert stride-1 zeros between neighbours along the last len(stride) axes."""
    if all(s == 1 for s in stride): return self
    n = len(stride)
    lead, size = self.shape[:-n], self.shape[-n:]
    x = self.reshape(*lead, *flatten((i, 1) for i in size))
    x = x.pad([None] * len(lead) + flatten((None, (0, s - 1)) for s in stride))
    x = x.reshape(*lead, *(i * s for i, s in zip(size, stride)))
    return x.shrink([None] * len(lead) + [(0, (i - 1) * s + 1) for i, s in zip(size, stride)])

  # ---- pooling -----------------------------------------------------------------------------------------------------
  def _pool_setup(self, kernel_size, stride, padding, dilation, ceil_mode: bool):
    """(kernel, stride, dilation, regular padding as (before, after) pairs, extra right padding that ceil_mode adds)."""
    kernel = ntuple(kernel_size, 2) if isinstance(kernel_size, int) else tuple(kernel_size)
    n = len(kernel)
    stride = kernel if stride is None else ntuple(stride, n)
    dilation, padding = ntuple(dilation, n), ntuple(padding, n)
    size = self.shape[-n:]
    extra = []
    for i, k, s, d, p in zip(size, kernel, stride, dilation, padding):
      span = i + 2 * p - d * (k - 1) - 1
      out = (-(-span // s) if ceil_mode else span // s) + 1
      if ceil_mode and (out - 1) * s >= i + p: out -= 1   # the last window must start inside the input or left padding
      extra.append(max(0, (out - 1) * s + d * (k - 1) + 1 - (i + 2 * p)))
    return kernel, stride, dilation, [(p, p) for p in padding], extra

  def max_pool2d(self, kernel_size=(2, 2), stride=None, padding=0, dilation=1, ceil_mode: bool = False) -> Tensor:
    """PyTorch's F.max_pool1d/2d/3d (the number of spatial axes is len(kernel_size); an int means 2)."""
    kernel, stride, dilation, pads, extra = self._pool_setup(kernel_size, stride, padding, dilation, ceil_mode)
    keep = [None] * (self.ndim - len(kernel))
    x, taps = (self.pad(keep + [(b, a + e) for (b, a), e in zip(pads, extra)], value=float("-inf"))
               ._pool(kernel, stride, dilation))
    return x.amax(taps)

  def avg_pool2d(self, kernel_size=(2, 2), stride=None, padding=0, ceil_mode: bool = False,
                 count_include_pad: bool = True, divisor_override: int | None = None) -> Tensor:
    """PyTorch's F.avg_pool1d/2d/3d. The divisor counts the window's taps inside the input (and inside the zero padding
    when count_include_pad), never the taps past the end that ceil_mode adds."""
    kernel, stride, dilation, pads, extra = self._pool_setup(kernel_size, stride, padding, 1, ceil_mode)
    n, keep = len(kernel), [None] * (self.ndim - len(kernel))
    total = _window_sum(self.pad(keep + [(b, a + e) for (b, a), e in zip(pads, extra)]), kernel, stride, dilation)
    if divisor_override: return total / divisor_override
    if not any(extra) and (count_include_pad or not any(p for p, _ in pads)): return total / prod(kernel)
    ones = self._full(self.shape[-n:], 1.0, self.dtype)
    counted = ones.pad(pads, value=1.0 if count_include_pad else 0.0).pad([(0, e) for e in extra])
    return total / _window_sum(counted, kernel, stride, dilation)

  # ---- resizing ----------------------------------------------------------------------------------------------------
  def interpolate(self, size=None, scale_factor=None, mode: str = "nearest",
                  align_corners: bool | None = None) -> Tensor:
    """PyTorch's F.interpolate for nearest, nearest-exact, linear, bilinear and trilinear, on (N, C, *spatial).

    Each axis is resized by a (out, in) matrix of interpolation weights built from comparisons of aranges; the
    weights are constants, so each axis is one fused reduce kernel and the gradient is its transpose."""
    n = self.ndim - 2
    if (size is None) == (scale_factor is None):
      raise ValueError("interpolate: give exactly one of size and scale_factor")
    if mode not in ("nearest", "nearest-exact", "linear", "bilinear", "trilinear"):
      raise ValueError(f"interpolate: mode {mode!r}")
    if mode.startswith("nearest") and align_corners is not None:
      raise ValueError("interpolate: align_corners needs a linear mode")
    if scale_factor is None: scales, sizes = [None] * n, ntuple(size, n)
    else:
      scales = [float(s) for s in ((scale_factor,) * n if isinstance(scale_factor, (int, float)) else scale_factor)]
      sizes = tuple(int(i * s) for i, s in zip(self.shape[2:], scales))
    x = self
    for j, (out, scale) in enumerate(zip(sizes, scales)):
      x = x._resize_axis(2 + j, out, scale, mode, bool(align_corners))
    return x

  def _resize_axis(self, axis: int, out: int, scale: float | None, mode: str, align_corners: bool) -> Tensor:
    size = self.shape[axis]
    if out == size and scale in (None, 1.0): return self
    # whole-number upscale: a view
    if mode == "nearest" and out % size == 0 and (scale is None or scale == out // size):
      rest = self.shape[axis + 1:]
      x = self.reshape(*self.shape[:axis + 1], 1, *rest).expand(*self.shape[:axis + 1], out // size, *rest)
      return x.reshape(*self.shape[:axis], out, *rest)
    weights = _resize_weights(self, size, out, scale, mode, align_corners)   # (out, in)
    x = self.unsqueeze(axis) * weights.reshape(out, size, *(1,) * (self.ndim - axis - 1))
    return x.sum(axis + 1)

  # ---- attention ---------------------------------------------------------------------------------------------------
  def scaled_dot_product_attention(self, key: Tensor, value: Tensor, attn_mask: Tensor | None = None,
                                   dropout_p: float = 0.0, is_causal: bool = False,
                                   scale: float | None = None) -> Tensor:
    """PyTorch's F.scaled_dot_product_attention: softmax(q k^T * scale + mask) v. A bool mask marks the pairs that
    may attend; a float mask is added. Dropout is applied whenever dropout_p > 0, as in PyTorch."""
    scale = 1 / math.sqrt(self.shape[-1]) if scale is None else scale
    scores = (self @ key.transpose(-2, -1)) * scale
    if is_causal:
      rows, cols = self.shape[-2], key.shape[-2]
      causal = self._arange(rows).reshape(rows, 1) >= self._arange(cols)
      scores = causal.where(scores, float("-inf"))
    if attn_mask is not None:
      scores = attn_mask.where(scores, float("-inf")) if attn_mask.dtype == dtypes.bool else scores + attn_mask
    return scores.softmax(-1)._drop(dropout_p) @ value

  # ---- normalization -----------------------------------------------------------------------------------------------
  def layernorm(self, axis=-1, eps: float = 1e-5) -> Tensor:
    """Zero mean and unit (biased) variance over `axis` (an int or a tuple of axes), with no affine part."""
    x = self - self.mean(axis, keepdim=True)
    return x * (x.square().mean(axis, keepdim=True) + eps).rsqrt()

  def layer_norm(self, normalized_shape, weight: Tensor | None = None, bias: Tensor | None = None,
                 eps: float = 1e-5) -> Tensor:
    """PyTorch's F.layer_norm: normalize over the trailing axes that `normalized_shape` names."""
    shape = (normalized_shape,) if isinstance(normalized_shape, int) else tuple(normalized_shape)
    if self.shape[self.ndim - len(shape):] != shape:
      raise ShapeError(f"layer_norm: {shape} is not the end of {self.shape}")
    x = self.layernorm(tuple(range(-len(shape), 0)), eps)
    if weight is not None: x = x * weight
    return x if bias is None else x + bias

  def rms_norm(self, normalized_shape, weight: Tensor | None = None, eps: float | None = None) -> Tensor:
    """PyTorch's F.rms_norm: x / sqrt(mean(x^2) + eps) over the trailing axes; eps defaults to the dtype's epsilon."""
    axes = tuple(range(-(1 if isinstance(normalized_shape, int) else len(normalized_shape)), 0))
    x = self._float()
    eps = _float_eps(x.dtype) if eps is None else eps
    x = x * (x.square().mean(axes, keepdim=True) + eps).rsqrt()
    return x if weight is None else x * weight

  def group_norm(self, num_groups: int, weight: Tensor | None = None, bias: Tensor | None = None,
                 eps: float = 1e-5) -> Tensor:
    """PyTorch's F.group_norm on (N, C, *): layernorm over each group of C/num_groups channels and their positions."""
    if self.shape[1] % num_groups:
      raise ShapeError(f"group_norm: {self.shape[1]} channels do not split into {num_groups} groups")
    x = self.reshape(self.shape[0], num_groups, -1).layernorm(-1, eps).reshape(self.shape)
    per_channel = (1, self.shape[1]) + (1,) * (self.ndim - 2)
    if weight is not None: x = x * weight.reshape(per_channel)
    return x if bias is None else x + bias.reshape(per_channel)

  def batchnorm(self, weight: Tensor | None, bias: Tensor | None, mean: Tensor, invstd: Tensor, axis=1) -> Tensor:
    """(x - mean) * invstd * weight + bias, with the per-channel tensors laid along `axis` (an int or tuple)."""
    axes = tuple(self._axis(a) for a in ((axis,) if isinstance(axis, int) else axis))
    shape = tuple(s if i in axes else 1 for i, s in enumerate(self.shape))
    x = self - mean.reshape(shape)
    if weight is not None: x = x * weight.reshape(shape)
    x = x * invstd.reshape(shape)
    return x if bias is None else x + bias.reshape(shape)

  # ---- losses ------------------------------------------------------------------------------------------------------
  def sparse_categorical_crossentropy(self, labels: Tensor, ignore_index: int = -1, label_smoothing: float = 0.0,
                                      reduction: str = "mean") -> Tensor:
    """tinygrad's name: cross entropy of logits (N, C) against class indices (N,),
    rows labelled ignore_index skipped."""
    labels = self._as_tensor(labels)
    _check_indices("sparse_categorical_crossentropy", self, labels)
    return self.cross_entropy(labels, reduction=reduction, label_smoothing=label_smoothing, ignore_index=ignore_index)

  def cross_entropy(self, target: Tensor, *, weight: Tensor | None = None, ignore_index: int = -100,
                    reduction: str = "mean", label_smoothing: float = 0.0) -> Tensor:
    """PyTorch's F.cross_entropy on logits (N, C, ...) or (C,): target holds class indices (any integer dtype) or,
    in a float dtype and the logits' shape, class probabilities."""
    target = self._as_tensor(target)
    probabilities = target.dtype.is_float and target.shape == self.shape
    if not probabilities: _check_indices("cross_entropy", self, target)
    if self.ndim == 1:
      return self.unsqueeze(0).cross_entropy(target.unsqueeze(0), weight=weight, ignore_index=ignore_index,
                                             reduction=reduction, label_smoothing=label_smoothing).reshape(())
    logp, classes = self.log_softmax(1), self.shape[1]
    weighted = logp if weight is None else logp * _along_classes(weight, self.ndim)
    if probabilities:
      probs = target * (1 - label_smoothing) + label_smoothing / classes
      return _reduce_loss(-(weighted * probs).sum(1), reduction)
    loss = logp.nll_loss(target, weight=weight, ignore_index=ignore_index, reduction="none")
    if label_smoothing: loss = loss * (1 - label_smoothing) - weighted.sum(1) * (label_smoothing / classes)
    return _reduce_indexed(loss, target, weight, ignore_index, reduction)

  def nll_loss(self, target: Tensor, *, weight: Tensor | None = None, ignore_index: int = -100,
               reduction: str = "mean") -> Tensor:
    """PyTorch's F.nll_loss on log-probabilities (N, C, ...) or (C,) and class indices of any integer dtype;
    weighted means divide by the picked weights."""
    target = self._as_tensor(target)
    _check_indices("nll_loss", self, target)
    if self.ndim == 1:
      return self.unsqueeze(0).nll_loss(target.unsqueeze(0), weight=weight, ignore_index=ignore_index,
                                        reduction=reduction).reshape(())
    picked = -(self * _class_mask(target, self.shape[1])).sum(1)
    if weight is not None: picked = picked * _picked_weight(weight, target)
    return _reduce_indexed(picked, target, weight, ignore_index, reduction)

  def binary_crossentropy(self, target: Tensor, *, weight: Tensor | None = None, reduction: str = "mean") -> Tensor:
    """PyTorch's F.binary_cross_entropy on probabilities; logs are clamped at -100 as PyTorch does."""
    target = self._as_tensor(target)
    log_p, log_1mp = self.log().maximum(-100), (1 - self).log().maximum(-100)
    loss = -(target * log_p + (1 - target) * log_1mp)
    return _reduce_loss(loss if weight is None else loss * weight, reduction)

  def binary_crossentropy_logits(self, target: Tensor, *, weight: Tensor | None = None, reduction: str = "mean",
                                 pos_weight: Tensor | None = None) -> Tensor:
    """PyTorch's F.binary_cross_entropy_with_logits: -(pw*t*log(sigmoid(x)) + (1-t)*log(1-sigmoid(x))), written with
    log(sigmoid(x)) = -(max(-x, 0) + log(1 + exp(-|x|))) so that no exp overflows."""
    target = self._as_tensor(target)
    softplus_neg = (-self).relu() + (1 + (-self.abs()).exp()).log()   # -log(sigmoid(x))
    loss = (1 - target) * self + (softplus_neg if pos_weight is None
                                  else softplus_neg * (1 + (pos_weight - 1) * target))
    return _reduce_loss(loss if weight is None else loss * weight, reduction)

  def _as_tensor(self, x) -> Tensor:
    return self._new(x)

  # ---- layers ------------------------------------------------------------------------------------------------------
  def linear(self, weight: Tensor, bias: Tensor | None = None) -> Tensor:
    """x @ weight.T + bias, with weight (out, in) as in PyTorch."""
    out = self @ weight.T
    return out + bias if bias is not None else out

  def dropout(self, p: float = 0.5, training: bool | None = None) -> Tensor:
    """Zero each element with probability p and scale the rest by 1/(1-p) when training, else the identity.
    training=None reads Tensor.training (tinygrad's rule: `with Tensor.train():` turns it on); nn.Dropout and
    nn.functional.dropout pass it explicitly."""
    if not 0 <= p <= 1: raise ValueError(f"dropout: p must be in [0, 1], got {p}")
    return self._drop(p) if (self.training if training is None else training) else self

  def _drop(self, p: float) -> Tensor:
    if p == 0: return self
    if p == 1: return self * 0
    keep = self.rand(*self.shape, device=self.device) >= p
    return keep.where(self, 0.0) * (1 / (1 - p))


def _window_sum(x: Tensor, kernel, stride, dilation) -> Tensor:
  windows, taps = x._pool(kernel, stride, dilation)
  return windows.sum(taps)


def _float_eps(dtype) -> float:
  return {"float16": 2.0 ** -10, "bfloat16": 2.0 ** -7, "float32": 2.0 ** -23, "float64": 2.0 ** -52}[dtype.name]


def _resize_weights(like: Tensor, size: int, out: int, scale: float | None, mode: str, align_corners: bool):
  """The (out, in) matrix that maps an axis of `size` samples to `out`, with PyTorch's source coordinates (float32),
  on the device of `like`."""
  dst = like._arange(out).float()
  src_idx = like._arange(size).float()
  step = size / out if scale is None else 1 / scale   # PyTorch uses 1/scale_factor when one is given
  if mode.startswith("nearest"):
    pos = (dst + 0.5) * step if mode == "nearest-exact" else dst * step
    return (pos.floor().minimum(size - 1).reshape(out, 1) == src_idx).float()
  if align_corners: src = dst * ((size - 1) / (out - 1) if out > 1 else 0.0)
  else: src = ((dst + 0.5) * step - 0.5).maximum(0.0)
  low = src.floor().minimum(size - 1)
  frac = (src - low).reshape(out, 1)
  low, high = low.reshape(out, 1), (low + 1).minimum(size - 1).reshape(out, 1)
  return (low == src_idx).float() * (1 - frac) + (high == src_idx).float() * frac


def _class_mask(target: Tensor, classes: int) -> Tensor:
  """One-hot of class indices (N, ...) as (N, C, ...); an out-of-range index (an ignore_index) is all false."""
  arange = type(target).arange(classes, device=target.device)
  return target.unsqueeze(1) == arange.reshape((1, classes) + (1,) * (target.ndim - 1))


def _along_classes(weight: Tensor, ndim: int) -> Tensor:
  return weight.reshape((1, weight.shape[0]) + (1,) * (ndim - 2))


def _picked_weight(weight: Tensor, target: Tensor) -> Tensor:
  """weight[target] at each position (0 where the index is out of range)."""
  return (_class_mask(target, weight.shape[0]) * _along_classes(weight, target.ndim + 1)).sum(1)


def _check_indices(op: str, x: Tensor, target: Tensor):
  """Class indices: an integer target with x's shape less its class axis (axis 1, or 0 for a 1-D x)."""
  want = x.shape[:1] + x.shape[2:] if x.ndim > 1 else ()
  if target.dtype.is_float and op == "cross_entropy":
    raise DTypeError(f"cross_entropy: a {target.dtype.name} target of shape {target.shape} is neither class indices "
                     f"(an integer dtype, shape {want}) nor class probabilities (a float dtype, shape {x.shape})")
  if not target.dtype.is_int:
    raise DTypeError(f"{op}: target must hold class indices of an integer dtype, got {target.dtype.name} "
                     f"(target {target.shape}, input {x.shape} {x.dtype.name})")
  if target.shape != want:
    raise ShapeError(f"{op}: target {target.shape} does not fit input {x.shape} (expected {want})")


def _reduce_indexed(loss: Tensor, target: Tensor, weight: Tensor | None, ignore_index: int, reduction: str) -> Tensor:
  """Reduce a per-position loss of indexed targets: ignored positions count for nothing, and the mean divides by
  the number (or, with class weights, the total weight) of positions that count, as PyTorch does. An ignore_index
  the target's dtype cannot hold (the default -100 for uint8 labels) marks nothing, so no mask is made."""
  info = np.iinfo(target.dtype.np)
  keep = target != ignore_index if info.min <= ignore_index <= info.max else None
  if keep is not None: loss = keep.where(loss, 0.0)
  if reduction != "mean": return _reduce_loss(loss, reduction)
  if weight is None: return loss.mean() if keep is None else loss.sum() / keep.cast(loss.dtype).sum()
  counted = _picked_weight(weight, target)
  return loss.sum() / (counted if keep is None else keep.where(counted, 0.0)).sum()


def _reduce_loss(x: Tensor, reduction: str) -> Tensor:
  if reduction == "mean": return x.mean()
  if reduction == "sum": return x.sum()
  if reduction == "none": return x
  raise ValueError(f"reduction must be 'mean', 'sum' or 'none', got {reduction!r}")
