"""The functions whose result depends on training versus inference, with torch.nn.functional's names and defaults.

They take the mode as an argument (`training=`) and never read a global: a Module passes its own `self.training`.
Everything else functional is a Tensor method (x.relu(), x.conv2d(w), x.cross_entropy(y), ...).
"""
from __future__ import annotations
from picograd.errors import ShapeError
from picograd.tensor import Tensor


def dropout(x: Tensor, p: float = 0.5, training: bool = True) -> Tensor:
  """torch.nn.functional.dropout: drops only when training, which defaults to True as in PyTorch."""
  return x.dropout(p, training=training)


def batch_norm(x: Tensor, running_mean: Tensor | None, running_var: Tensor | None, weight: Tensor | None = None,
               bias: Tensor | None = None, training: bool = False, momentum: float | Tensor = 0.1,
               eps: float = 1e-5) -> Tensor:
  """torch.nn.functional.batch_norm over axis 1 of (N, C, ...). Training normalizes with the batch's statistics and
  updates the running ones given (in place, by assign, with the unbiased variance); otherwise the running ones are
  used. momentum may be a tensor, so that a changing factor (BatchNorm's momentum=None) compiles once."""
  if x.ndim < 2: raise ShapeError(f"batch_norm: input {x.shape} ({x.dtype.name}) has no channel axis (N, C, ...)")
  if not training:
    if running_mean is None or running_var is None:
      raise ShapeError(f"batch_norm: input {x.shape}: without training=True, running_mean and running_var are needed")
    return x.batchnorm(weight, bias, running_mean, (running_var + eps).rsqrt())
  axes = tuple(a for a in range(x.ndim) if a != 1)
  mean = x.mean(axes)
  var = (x - mean.reshape(1, -1, *(1,) * (x.ndim - 2))).square().mean(axes)
  n = x.numel() // x.shape[1]
  if running_mean is not None: running_mean.assign(running_mean * (1 - momentum) + mean.detach() * momentum)
  if running_var is not None:
    running_var.assign(running_var * (1 - momentum) + var.detach() * (n / max(n - 1, 1)) * momentum)
  return x.batchnorm(weight, bias, mean, (var + eps).rsqrt())
