"""torch.nn.functional's names, signatures and defaults over the Tensor's methods: `import picograd.nn.functional as F`.

Functions whose result depends on training versus inference take the mode as an argument (`training=`) and never
read a global: a Module passes its own `self.training`. `inplace=True` writes the result into the input when the
input records no gradient; otherwise the result is returned and the input left alone (picograd does not record
in-place ops in the autograd graph), so write `x = F.relu(x, inplace=True)` as PyTorch code usually does.
"""
from __future__ import annotations
import numpy as np
from picograd.dtype import dtypes, to_dtype
from picograd.errors import PicogradError, ShapeError
from picograd.helpers import hint_keywords
from picograd.tensor import Tensor


def _result(x: Tensor, out: Tensor, inplace: bool) -> Tensor:
  if inplace and not x.requires_grad: return x.assign(out)
  return out


def _reduce(loss: Tensor, reduction: str, op: str) -> Tensor:
  if reduction == "mean": return loss.mean()
  if reduction == "sum": return loss.sum()
  if reduction == "none": return loss
  raise ValueError(f"{op}: reduction must be 'mean', 'sum' or 'none', got {reduction!r}")


def _no_legacy(op: str, size_average, reduce):
  if size_average is not None or reduce is not None:
    raise PicogradError(f"{op}: size_average and reduce are PyTorch's deprecated spellings; use reduction=")


# ---- activations -----------------------------------------------------------------------------------------------------
def relu(input: Tensor, inplace: bool = False) -> Tensor: return _result(input, input.relu(), inplace)
def relu6(input: Tensor, inplace: bool = False) -> Tensor: return _result(input, input.relu6(), inplace)
def leaky_relu(input: Tensor, negative_slope: float = 0.01, inplace: bool = False) -> Tensor:
  return _result(input, input.leakyrelu(negative_slope), inplace)
def elu(input: Tensor, alpha: float = 1.0, inplace: bool = False) -> Tensor:
  return _result(input, input.elu(alpha), inplace)
def celu(input: Tensor, alpha: float = 1.0, inplace: bool = False) -> Tensor:
  return _result(input, input.celu(alpha), inplace)
def selu(input: Tensor, inplace: bool = False) -> Tensor: return _result(input, input.selu(), inplace)
def gelu(input: Tensor, approximate: str = "none") -> Tensor: return input.gelu(approximate)
def silu(input: Tensor, inplace: bool = False) -> Tensor: return _result(input, input.silu(), inplace)
def mish(input: Tensor, inplace: bool = False) -> Tensor: return _result(input, input.mish(), inplace)
def hardtanh(input: Tensor, min_val: float = -1.0, max_val: float = 1.0, inplace: bool = False) -> Tensor:
  return _result(input, input.hardtanh(min_val, max_val), inplace)
def hardswish(input: Tensor, inplace: bool = False) -> Tensor: return _result(input, input.hardswish(), inplace)
def hardsigmoid(input: Tensor, inplace: bool = False) -> Tensor: return _result(input, input.hardsigmoid(), inplace)
def sigmoid(input: Tensor) -> Tensor: return input.sigmoid()
def tanh(input: Tensor) -> Tensor: return input.tanh()
def softplus(input: Tensor, beta: float = 1.0, threshold: float = 20.0) -> Tensor:
  return input.softplus(beta, threshold)
def softsign(input: Tensor) -> Tensor: return input.softsign()
def logsigmoid(input: Tensor) -> Tensor: return input.logsigmoid()


def _softmax_dim(op: str, input: Tensor, dim, dtype) -> tuple[Tensor, int]:
  if dim is None: raise PicogradError(f"{op}: pass dim= (PyTorch's implicit choice of dim is deprecated)")
  return (input.cast(to_dtype(dtype)) if dtype is not None else input), dim


def softmax(input: Tensor, dim: int | None = None, _stacklevel: int = 3, dtype=None) -> Tensor:
  x, dim = _softmax_dim("softmax", input, dim, dtype)
  return x.softmax(dim)


def log_softmax(input: Tensor, dim: int | None = None, _stacklevel: int = 3, dtype=None) -> Tensor:
  x, dim = _softmax_dim("log_softmax", input, dim, dtype)
  return x.log_softmax(dim)


def softmin(input: Tensor, dim: int | None = None, _stacklevel: int = 3, dtype=None) -> Tensor:
  x, dim = _softmax_dim("softmin", input, dim, dtype)
  return (-x).softmax(dim)


# ---- losses ----------------------------------------------------------------------------------------------------------
def cross_entropy(input: Tensor, target: Tensor, weight: Tensor | None = None, size_average=None,
                  ignore_index: int = -100, reduce=None, reduction: str = "mean",
                  label_smoothing: float = 0.0) -> Tensor:
  _no_legacy("cross_entropy", size_average, reduce)
  return input.cross_entropy(target, weight=weight, ignore_index=ignore_index, reduction=reduction,
                             label_smoothing=label_smoothing)


def nll_loss(input: Tensor, target: Tensor, weight: Tensor | None = None, size_average=None, ignore_index: int = -100,
             reduce=None, reduction: str = "mean") -> Tensor:
  _no_legacy("nll_loss", size_average, reduce)
  return input.nll_loss(target, weight=weight, ignore_index=ignore_index, reduction=reduction)


def mse_loss(input: Tensor, target: Tensor, size_average=None, reduce=None, reduction: str = "mean") -> Tensor:
  _no_legacy("mse_loss", size_average, reduce)
  return _reduce((input - target).square(), reduction, "mse_loss")


def l1_loss(input: Tensor, target: Tensor, size_average=None, reduce=None, reduction: str = "mean") -> Tensor:
  _no_legacy("l1_loss", size_average, reduce)
  return _reduce((input - target).abs(), reduction, "l1_loss")


def smooth_l1_loss(input: Tensor, target: Tensor, size_average=None, reduce=None, reduction: str = "mean",
                   beta: float = 1.0) -> Tensor:
  _no_legacy("smooth_l1_loss", size_average, reduce)
  err = (input - target).abs()
  loss = err - 0.5 * beta if beta == 0 else (err < beta).where(0.5 * err.square() / beta, err - 0.5 * beta)
  return _reduce(loss, reduction, "smooth_l1_loss")


def huber_loss(input: Tensor, target: Tensor, reduction: str = "mean", delta: float = 1.0) -> Tensor:
  err = (input - target).abs()
  return _reduce((err < delta).where(0.5 * err.square(), delta * (err - 0.5 * delta)), reduction, "huber_loss")


def binary_cross_entropy(input: Tensor, target: Tensor, weight: Tensor | None = None, size_average=None, reduce=None,
                         reduction: str = "mean") -> Tensor:
  _no_legacy("binary_cross_entropy", size_average, reduce)
  return input.binary_crossentropy(target, weight=weight, reduction=reduction)


def binary_cross_entropy_with_logits(input: Tensor, target: Tensor, weight: Tensor | None = None, size_average=None,
                                     reduce=None, reduction: str = "mean", pos_weight: Tensor | None = None) -> Tensor:
  _no_legacy("binary_cross_entropy_with_logits", size_average, reduce)
  return input.binary_crossentropy_logits(target, weight=weight, reduction=reduction, pos_weight=pos_weight)


def kl_div(input: Tensor, target: Tensor, size_average=None, reduce=None, reduction: str = "mean",
           log_target: bool = False) -> Tensor:
  """Pointwise target * (log target - input); 'batchmean' divides the sum by the batch size, as PyTorch does."""
  _no_legacy("kl_div", size_average, reduce)
  loss = target.exp() * (target - input) if log_target else (target > 0).where(target * (target.log() - input), 0.0)
  if reduction == "batchmean": return loss.sum() / (input.shape[0] if input.ndim else 1)
  return _reduce(loss, reduction, "kl_div")


# ---- normalization, dropout, linear maps ---------------------------------------------------------------------------
def layer_norm(input: Tensor, normalized_shape, weight: Tensor | None = None, bias: Tensor | None = None,
               eps: float = 1e-5) -> Tensor:
  return input.layer_norm(normalized_shape, weight, bias, eps)


def group_norm(input: Tensor, num_groups: int, weight: Tensor | None = None, bias: Tensor | None = None,
               eps: float = 1e-5) -> Tensor:
  return input.group_norm(num_groups, weight, bias, eps)


def rms_norm(input: Tensor, normalized_shape, weight: Tensor | None = None, eps: float | None = None) -> Tensor:
  return input.rms_norm(normalized_shape, weight, eps)


def batch_norm(input: Tensor, running_mean: Tensor | None, running_var: Tensor | None, weight: Tensor | None = None,
               bias: Tensor | None = None, training: bool = False, momentum: float | Tensor = 0.1,
               eps: float = 1e-5) -> Tensor:
  """torch.nn.functional.batch_norm over axis 1 of (N, C, ...). Training normalizes with the batch's statistics and
  updates the running ones given (in place, by assign, with the unbiased variance); otherwise the running ones are
  used. momentum may be a tensor, so that a changing factor (BatchNorm's momentum=None) compiles once."""
  if input.ndim < 2:
    raise ShapeError(f"batch_norm: input {input.shape} ({input.dtype.name}) has no channel axis (N, C, ...)")
  if not training:
    if running_mean is None or running_var is None:
      raise ShapeError(f"batch_norm: input {input.shape}: without training=True, the running statistics are needed")
    return input.batchnorm(weight, bias, running_mean, (running_var + eps).rsqrt())
  axes = tuple(a for a in range(input.ndim) if a != 1)
  mean = input.mean(axes)
  var = (input - mean.reshape(1, -1, *(1,) * (input.ndim - 2))).square().mean(axes)
  n = input.numel() // input.shape[1]
  if running_mean is not None: running_mean.assign(running_mean * (1 - momentum) + mean.detach() * momentum)
  if running_var is not None:
    running_var.assign(running_var * (1 - momentum) + var.detach() * (n / max(n - 1, 1)) * momentum)
  return input.batchnorm(weight, bias, mean, (var + eps).rsqrt())


def dropout(input: Tensor, p: float = 0.5, training: bool = True, inplace: bool = False) -> Tensor:
  """Drops only when training, which defaults to True as in PyTorch."""
  return _result(input, input.dropout(p, training=training), inplace)


def linear(input: Tensor, weight: Tensor, bias: Tensor | None = None) -> Tensor: return input.linear(weight, bias)


def bilinear(input1: Tensor, input2: Tensor, weight: Tensor, bias: Tensor | None = None) -> Tensor:
  out = Tensor.einsum("...i,oij,...j->...o", input1, weight, input2)
  return out if bias is None else out + bias


def embedding(input: Tensor, weight: Tensor, padding_idx: int | None = None, max_norm=None, norm_type: float = 2.0,
              scale_grad_by_freq: bool = False, sparse: bool = False) -> Tensor:
  """Rows of `weight` picked by the indices; the padding_idx row gets no gradient, as in PyTorch."""
  if max_norm is not None or scale_grad_by_freq or sparse:
    raise PicogradError("embedding: max_norm, scale_grad_by_freq and sparse are not supported")
  if input.dtype.is_float: raise PicogradError(f"embedding: indices must be integers, got {input.dtype.name}")
  if padding_idx is not None:
    rows = Tensor.arange(weight.shape[0], device=weight.device)
    weight = (rows == padding_idx % weight.shape[0]).unsqueeze(1).where(weight.detach(), weight)
  return weight[input]


def one_hot(tensor: Tensor, num_classes: int = -1) -> Tensor:
  """int64 as PyTorch's; num_classes=-1 reads the largest index (which computes the input now)."""
  if num_classes < 0: num_classes = int(tensor.max().item()) + 1 if tensor.numel() else 0
  return tensor.one_hot(num_classes).cast(dtypes.int64)


def normalize(input: Tensor, p: float = 2.0, dim: int = 1, eps: float = 1e-12) -> Tensor:
  if p == 2: norm = input.square().sum(dim, keepdim=True).sqrt()
  else: norm = input.abs().pow(p).sum(dim, keepdim=True).pow(1 / p)
  return input / norm.maximum(eps)


def cosine_similarity(x1: Tensor, x2: Tensor, dim: int = 1, eps: float = 1e-8) -> Tensor:
  n1, n2 = x1.square().sum(dim).sqrt(), x2.square().sum(dim).sqrt()
  return (x1 * x2).sum(dim) / (n1 * n2).maximum(eps)


def pairwise_distance(x1: Tensor, x2: Tensor, p: float = 2.0, eps: float = 1e-6, keepdim: bool = False) -> Tensor:
  return (x1 - x2 + eps).abs().pow(p).sum(-1, keepdim=keepdim).pow(1 / p)


# ---- convolution, pooling, resampling --------------------------------------------------------------------------------
def conv1d(input: Tensor, weight: Tensor, bias: Tensor | None = None, stride=1, padding=0, dilation=1, groups: int = 1):
  return input.conv2d(weight, bias, stride, padding, dilation, groups)


conv2d = conv3d = conv1d


def conv_transpose2d(input: Tensor, weight: Tensor, bias: Tensor | None = None, stride=1, padding=0, output_padding=0,
                     groups: int = 1, dilation=1) -> Tensor:
  return input.conv_transpose2d(weight, bias, stride, padding, output_padding, groups=groups, dilation=dilation)


def max_pool2d(input: Tensor, kernel_size, stride=None, padding=0, dilation=1, ceil_mode: bool = False,
               return_indices: bool = False) -> Tensor:
  if return_indices: raise PicogradError("max_pool2d: return_indices is not supported")
  return input.max_pool2d(kernel_size, stride, padding, dilation, ceil_mode)


def avg_pool2d(input: Tensor, kernel_size, stride=None, padding=0, ceil_mode: bool = False,
               count_include_pad: bool = True, divisor_override=None) -> Tensor:
  return input.avg_pool2d(kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override)


def _adaptive_weights(n: int, out: int) -> np.ndarray:
  """(out, n): row i averages input positions floor(i*n/out) to ceil((i+1)*n/out), PyTorch's windows."""
  w = np.zeros((out, n), np.float32)
  for i in range(out):
    lo, hi = (i * n) // out, -(-((i + 1) * n) // out)
    w[i, lo:hi] = 1.0 / (hi - lo)
  return w


def adaptive_avg_pool2d(input: Tensor, output_size) -> Tensor:
  """A linear map per spatial axis (the averaging windows as a matrix): two small matmuls, fused with what follows."""
  oh, ow = (output_size, output_size) if isinstance(output_size, int) else output_size
  h, w = input.shape[-2:]
  oh, ow = h if oh is None else oh, w if ow is None else ow
  rows = Tensor(_adaptive_weights(h, oh), device=input.device).cast(input.dtype)
  cols = Tensor(_adaptive_weights(w, ow), device=input.device).cast(input.dtype)
  return rows @ input @ cols.T


def adaptive_avg_pool1d(input: Tensor, output_size: int) -> Tensor:
  return input @ Tensor(_adaptive_weights(input.shape[-1], output_size), device=input.device).cast(input.dtype).T


def interpolate(input: Tensor, size=None, scale_factor=None, mode: str = "nearest", align_corners: bool | None = None,
                recompute_scale_factor=None, antialias: bool = False) -> Tensor:
  if antialias: raise PicogradError("interpolate: antialias is not supported")
  return input.interpolate(size, scale_factor, mode, align_corners)


def pad(input: Tensor, pad, mode: str = "constant", value: float | None = None) -> Tensor:
  return input.pad(list(pad), mode=mode, value=0.0 if value is None else value)


def scaled_dot_product_attention(query: Tensor, key: Tensor, value: Tensor, attn_mask: Tensor | None = None,
                                 dropout_p: float = 0.0, is_causal: bool = False, scale: float | None = None,
                                 enable_gqa: bool = False) -> Tensor:
  if enable_gqa and key.shape[-3] != query.shape[-3]:   # each group of query heads shares one key/value head
    reps = query.shape[-3] // key.shape[-3]
    key, value = key.repeat_interleave(reps, dim=-3), value.repeat_interleave(reps, dim=-3)
  return query.scaled_dot_product_attention(key, value, attn_mask, dropout_p, is_causal, scale)


def unfold(input: Tensor, kernel_size, dilation=1, padding=0, stride=1) -> Tensor:
  """im2col: (N, C*prod(kernel), L) blocks, as a convolution with identity filters per channel."""
  kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
  c = input.shape[1]
  eye = Tensor(np.eye(kh * kw, dtype=np.float32).reshape(kh * kw, 1, kh, kw), device=input.device).cast(input.dtype)
  out = input.conv2d(eye.repeat(c, 1, 1, 1), None, stride, padding, dilation, groups=c)
  return out.reshape(input.shape[0], c * kh * kw, -1)


hint_keywords(globals(), __name__)   # a keyword a function lacks gets the closest ones it has named
