"""Normalization layers with PyTorch's defaults (weight ones, bias zeros) and state_dict keys."""
from __future__ import annotations
from picograd.dtype import dtypes
from picograd.nn.module import Module
from picograd.tensor import Tensor


def _affine(module: Module, shape, weight: bool, bias: bool):
  module.weight = Tensor.ones(*shape, requires_grad=True) if weight else None
  module.bias = Tensor.zeros(*shape, requires_grad=True) if bias else None


class _BatchNorm(Module):
  """Batch statistics while training, running statistics in eval mode. The running statistics (buffers) are updated
  lazily, by assign: realize them with each training step (e.g. with the optimizer step), or their history grows."""

  def __init__(self, num_features: int, eps: float = 1e-5, momentum: float | None = 0.1, affine: bool = True,
               track_running_stats: bool = True):
    super().__init__()
    self.num_features, self.eps, self.momentum, self.track_running_stats = num_features, eps, momentum, track_running_stats
    _affine(self, (num_features,), affine, affine)
    if track_running_stats:
      # buffers of their own from the start, so every update is written in place (what a jitted step replays)
      self.register_buffer("running_mean", Tensor.zeros(num_features).contiguous().realize())
      self.register_buffer("running_var", Tensor.ones(num_features).contiguous().realize())
      self.register_buffer("num_batches_tracked", Tensor.zeros((), dtype=dtypes.int64).contiguous().realize())

  def _check(self, x: Tensor): raise NotImplementedError

  def forward(self, x: Tensor) -> Tensor:
    self._check(x)
    if self.training or not self.track_running_stats:
      axes = tuple(a for a in range(x.ndim) if a != 1)
      mean = x.mean(axes)
      var = (x - mean.reshape(1, -1, *(1,) * (x.ndim - 2))).square().mean(axes)
      if self.training and self.track_running_stats: self._track(mean.detach(), var.detach(), x.numel() // x.shape[1])
    else:
      mean, var = self.running_mean, self.running_var
    return x.batchnorm(self.weight, self.bias, mean, (var + self.eps).rsqrt())

  def _track(self, mean: Tensor, var: Tensor, n: int):
    """Exponential (or, with momentum None, cumulative) averages; the variance kept is the unbiased one."""
    self.num_batches_tracked.assign(self.num_batches_tracked + 1)
    factor = self.momentum if self.momentum is not None else 1 / self.num_batches_tracked.cast(dtypes.float32)
    self.running_mean.assign(self.running_mean * (1 - factor) + mean * factor)
    self.running_var.assign(self.running_var * (1 - factor) + var * (n / max(n - 1, 1)) * factor)


class BatchNorm1d(_BatchNorm):
  def _check(self, x: Tensor):
    if x.ndim not in (2, 3): raise ValueError(f"BatchNorm1d: expected (N, C) or (N, C, L) input, got {x.shape}")


class BatchNorm2d(_BatchNorm):
  def _check(self, x: Tensor):
    if x.ndim != 4: raise ValueError(f"BatchNorm2d: expected (N, C, H, W) input, got {x.shape}")


class LayerNorm(Module):
  def __init__(self, normalized_shape, eps: float = 1e-5, elementwise_affine: bool = True, bias: bool = True):
    super().__init__()
    self.normalized_shape = (normalized_shape,) if isinstance(normalized_shape, int) else tuple(normalized_shape)
    self.eps = eps
    _affine(self, self.normalized_shape, elementwise_affine, elementwise_affine and bias)

  def forward(self, x: Tensor) -> Tensor: return x.layer_norm(self.normalized_shape, self.weight, self.bias, self.eps)


class GroupNorm(Module):
  def __init__(self, num_groups: int, num_channels: int, eps: float = 1e-5, affine: bool = True):
    super().__init__()
    if num_channels % num_groups: raise ValueError(f"GroupNorm: {num_channels} channels do not split into {num_groups} groups")
    self.num_groups, self.eps = num_groups, eps
    _affine(self, (num_channels,), affine, affine)

  def forward(self, x: Tensor) -> Tensor: return x.group_norm(self.num_groups, self.weight, self.bias, self.eps)


class RMSNorm(Module):
  def __init__(self, normalized_shape, eps: float | None = None, elementwise_affine: bool = True):
    super().__init__()
    self.normalized_shape = (normalized_shape,) if isinstance(normalized_shape, int) else tuple(normalized_shape)
    self.eps = eps
    _affine(self, self.normalized_shape, elementwise_affine, False)

  def forward(self, x: Tensor) -> Tensor: return x.rms_norm(self.normalized_shape, self.weight, self.eps)
