"""Neural-network functions on tensors: softmax, losses, linear layers, dropout (a mixin of Tensor)."""
from __future__ import annotations
from typing import TYPE_CHECKING
from picograd.dtype import dtypes
from picograd.errors import DTypeError, ShapeError

if TYPE_CHECKING: from picograd.tensor import Tensor


class NNOps:
  def softmax(self, axis=-1):
    x = self._float()
    e = (x - x.max(axis, keepdim=True)).exp()
    return e / e.sum(axis, keepdim=True)

  def log_softmax(self, axis=-1):
    x = self._float()
    m = x - x.max(axis, keepdim=True)
    return m - m.exp().sum(axis, keepdim=True).log()

  def one_hot(self, num_classes: int) -> Tensor:
    if self.dtype.is_float: raise DTypeError("one_hot: needs integer class indices")
    return (self.unsqueeze(-1) == type(self).arange(num_classes, device=self.device)).cast(dtypes.int32)

  def sparse_categorical_crossentropy(self, labels: Tensor, ignore_index: int = -1, label_smoothing: float = 0.0,
                                      reduction: str = "mean") -> Tensor:
    """Cross entropy of logits (N, C) against class indices (N,); rows labelled `ignore_index` count for nothing."""
    return self.cross_entropy(labels, reduction=reduction, label_smoothing=label_smoothing, ignore_index=ignore_index)

  def cross_entropy(self, target: Tensor, reduction: str = "mean", label_smoothing: float = 0.0,
                    ignore_index: int = -100) -> Tensor:
    """PyTorch's F.cross_entropy on logits (N, C, ...): target is class indices or class probabilities."""
    if not isinstance(target, type(self)): target = type(self)(target, device=self.device)
    logp = self.log_softmax(1)
    classes = self.shape[1]
    if target.dtype.is_float:   # probabilities
      probs = target * (1 - label_smoothing) + label_smoothing / classes
      return _reduce_loss(-(logp * probs).sum(1), reduction)
    if target.shape != self.shape[:1] + self.shape[2:]:
      raise ShapeError(f"cross_entropy: target shape {target.shape} does not fit logits {self.shape}")
    keep = (target != ignore_index)
    onehot = target.unsqueeze(1) == type(self).arange(classes, device=self.device).reshape((1, classes) + (1,) * (self.ndim - 2))
    picked = -(logp * onehot).sum(1)
    if label_smoothing: picked = picked * (1 - label_smoothing) - logp.mean(1) * label_smoothing
    picked = keep.where(picked, 0.0)
    if reduction == "mean": return picked.sum() / keep.sum().cast(picked.dtype)
    return _reduce_loss(picked, reduction)

  def nll_loss(self, target: Tensor, reduction: str = "mean", ignore_index: int = -100) -> Tensor:
    """PyTorch's F.nll_loss on log-probabilities (N, C)."""
    keep = target != ignore_index
    onehot = target.unsqueeze(1) == type(self).arange(self.shape[1], device=self.device).reshape((1, self.shape[1]) + (1,) * (self.ndim - 2))
    picked = keep.where(-(self * onehot).sum(1), 0.0)
    if reduction == "mean": return picked.sum() / keep.sum().cast(picked.dtype)
    return _reduce_loss(picked, reduction)

  def binary_crossentropy(self, target: Tensor, reduction: str = "mean") -> Tensor:
    """On probabilities; logs are clamped at -100 as PyTorch does."""
    log_p, log_1mp = self.log().maximum(-100), (1 - self).log().maximum(-100)
    return _reduce_loss(-(target * log_p + (1 - target) * log_1mp), reduction)

  def binary_crossentropy_logits(self, target: Tensor, reduction: str = "mean") -> Tensor:
    """On logits, in the overflow-free form max(x, 0) - x*t + log(1 + exp(-|x|))."""
    return _reduce_loss(self.relu() - self * target + (1 + (-self.abs()).exp()).log(), reduction)

  def linear(self, weight: Tensor, bias: Tensor | None = None) -> Tensor:
    """x @ weight.T + bias, with weight (out, in) as in PyTorch."""
    out = self @ weight.T
    return out + bias if bias is not None else out

  def dropout(self, p: float = 0.5) -> Tensor:
    """Zero each element with probability p and scale the rest by 1/(1-p); the identity unless type(self).training."""
    if not 0 <= p <= 1: raise ValueError(f"dropout: p must be in [0, 1], got {p}")
    if not type(self).training or p == 0: return self
    keep = type(self).rand(*self.shape, device=self.device) >= p
    return keep.where(self, 0.0) * (1 / (1 - p)) if p < 1 else self * 0



def _reduce_loss(x, reduction: str):
  if reduction == "mean": return x.mean()
  if reduction == "sum": return x.sum()
  if reduction == "none": return x
  raise ValueError(f"reduction must be 'mean', 'sum' or 'none', got {reduction!r}")


