"""PyTorch's gradient clipping (torch.nn.utils), lazily: the norm is a tensor, and each `.grad` becomes its rescaled
value in the same lazy graph, so the clipping fuses into the optimizer step that reads the gradients."""
from __future__ import annotations
import math
from picograd.errors import PicogradError
from picograd.tensor import Tensor


class NonFiniteNormError(PicogradError, RuntimeError):
  """clip_grad_norm_(..., error_if_nonfinite=True) found a NaN or infinite gradient norm."""


def _with_grads(parameters) -> list[Tensor]:
  """The parameters that have a gradient; a tensor listed twice counts (and is scaled) once."""
  params = [parameters] if isinstance(parameters, Tensor) else list(parameters)
  return [p for p in {id(p): p for p in params}.values() if p.grad is not None]


def _no_foreach(name: str, foreach):
  if foreach:
    raise PicogradError(f"{name}: foreach={foreach!r} is not supported: picograd fuses the clipping of all gradients "
                        "itself; leave it out")


def _norm(x: Tensor, p: float) -> Tensor:
  """PyTorch's vector_norm: inf is the largest magnitude, -inf the smallest, 0 the count of nonzeros."""
  mags = x.detach().float().abs()
  if p == math.inf: return mags.max()
  if p == -math.inf: return mags.min()
  if p == 0: return (mags != 0).sum().float()
  return mags.pow(p).sum().pow(1 / p)


def get_total_norm(tensors, norm_type: float = 2.0, error_if_nonfinite: bool = False, foreach=None) -> Tensor:
  """The norm of the tensors' norms, as PyTorch computes it (for p > 0, the norm of all of them concatenated).
  Lazy, unless error_if_nonfinite, which reads it."""
  _no_foreach("get_total_norm", foreach)
  tensors = [tensors] if isinstance(tensors, Tensor) else list(tensors)
  if not tensors: return Tensor(0.0)
  p, device = float(norm_type), tensors[0].device
  norms = [_norm(t, p).to(device).reshape(1) for t in tensors]
  total = _norm(norms[0].cat(*norms[1:]), p)
  if error_if_nonfinite and not math.isfinite(total.item()):
    raise NonFiniteNormError(f"clip_grad_norm_: the total norm of order {p} of the gradients is {total.item()}, so "
                             "they cannot be clipped; pass error_if_nonfinite=False to scale them by it anyway")
  return total


def clip_grads_with_norm_(parameters, max_norm: float, total_norm: Tensor, foreach=None):
  """Scale each gradient by max_norm / (total_norm + 1e-6) where that is below 1."""
  _no_foreach("clip_grads_with_norm_", foreach)
  params = _with_grads(parameters)
  if not params: return
  scale = (float(max_norm) / (total_norm + 1e-6)).minimum(1.0)
  for p in params: p.grad = (p.grad * scale.to(p.grad.device)).cast(p.grad.dtype)


def clip_grad_norm_(parameters, max_norm: float, norm_type: float = 2.0, error_if_nonfinite: bool = False,
                    foreach=None) -> Tensor:
  """Scale the gradients so that their joint norm is at most max_norm; returns the norm before clipping."""
  params = _with_grads(parameters)
  total = get_total_norm([p.grad for p in params], norm_type, error_if_nonfinite, foreach)
  clip_grads_with_norm_(params, max_norm, total)
  return total


clip_grad_norm = clip_grad_norm_   # PyTorch's older name


def clip_grad_value_(parameters, clip_value: float, foreach=None):
  """Clamp each gradient to [-clip_value, clip_value]."""
  _no_foreach("clip_grad_value_", foreach)
  v = float(clip_value)
  for p in _with_grads(parameters): p.grad = p.grad.clamp(-v, v)
