"""Normalization layers with PyTorch's defaults (weight ones, bias zeros) and state_dict keys."""
from __future__ import annotations
from picograd.dtype import dtypes
from picograd.nn import functional as F
from picograd.nn.module import Module
from picograd.tensor import Tensor


def _affine(module: Module, shape, weight: bool, bias: bool):
  module.weight = Tensor.ones(*shape, requires_grad=True) if weight else None
  module.bias = Tensor.zeros(*shape, requires_grad=True) if bias else None


class _BatchNorm(Module):
  """Batch statistics in training mode, running statistics in eval mode (the module's own train()/eval(), never
  Tensor.training). The running statistics (buffers) are updated lazily, by assign: realize them with each training
  step (e.g. with the optimizer step), or their history grows."""

  def __init__(self, num_features: int, eps: float = 1e-5, momentum: float | None = 0.1, affine: bool = True,
               track_running_stats: bool = True):
    super().__init__()
    (self.num_features, self.eps,
     self.momentum, self.track_running_stats) = num_features, eps, momentum, track_running_stats
    _affine(self, (num_features,), affine, affine)
    if track_running_stats:
      # buffers of their own from the start, so every update is written in place (what a jitted step replays)
      self.register_buffer("running_mean", Tensor.zeros(num_features).contiguous().realize())
      self.register_buffer("running_var", Tensor.ones(num_features).contiguous().realize())
      self.register_buffer("num_batches_tracked", Tensor.zeros((), dtype=dtypes.int64).contiguous().realize())

  def _check(self, x: Tensor): raise NotImplementedError

  def forward(self, x: Tensor) -> Tensor:
    """Without running statistics, the batch's are used in eval mode too, as in PyTorch."""
    self._check(x)
    if not self.track_running_stats:
      return F.batch_norm(x, None, None, self.weight, self.bias, training=True, eps=self.eps)
    stats = (self.running_mean, self.running_var, self.weight, self.bias)
    if self.training: return F.batch_norm(x, *stats, training=True, momentum=self._momentum(), eps=self.eps)
    return F.batch_norm(x, *stats, training=False, eps=self.eps)

  def _momentum(self) -> float | Tensor:
    """Counts the batch; with momentum None the running statistics are cumulative averages (factor 1/batches)."""
    self.num_batches_tracked.assign(self.num_batches_tracked + 1)
    return self.momentum if self.momentum is not None else 1 / self.num_batches_tracked.cast(dtypes.float32)


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
    if num_channels % num_groups:
      raise ValueError(f"GroupNorm: {num_channels} channels do not split into {num_groups} groups")
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
