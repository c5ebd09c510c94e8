"""Loss modules: PyTorch's names and arguments over the Tensor loss functions. Class weights are buffers, as in
PyTorch, so they appear in the state dict."""
from __future__ import annotations
from picograd.nn.module import Module
from picograd.tensor import Tensor


class _Loss(Module):
  def __init__(self, reduction: str = "mean", **buffers):
    super().__init__()
    if reduction not in ("mean", "sum", "none"):
      raise ValueError(f"reduction must be 'mean', 'sum' or 'none', got {reduction!r}")
    self.reduction = reduction
    for name, value in buffers.items():
      if value is None: setattr(self, name, None)
      else: self.register_buffer(name, value)


class CrossEntropyLoss(_Loss):
  def __init__(self, weight: Tensor | None = None, ignore_index: int = -100, reduction: str = "mean",
               label_smoothing: float = 0.0):
    super().__init__(reduction, weight=weight)
    self.ignore_index, self.label_smoothing = ignore_index, label_smoothing

  def forward(self, logits: Tensor, target: Tensor) -> Tensor:
    return logits.cross_entropy(target, weight=self.weight, ignore_index=self.ignore_index, reduction=self.reduction,
                                label_smoothing=self.label_smoothing)


class NLLLoss(_Loss):
  def __init__(self, weight: Tensor | None = None, ignore_index: int = -100, reduction: str = "mean"):
    super().__init__(reduction, weight=weight)
    self.ignore_index = ignore_index

  def forward(self, logp: Tensor, target: Tensor) -> Tensor:
    return logp.nll_loss(target, weight=self.weight, ignore_index=self.ignore_index, reduction=self.reduction)


class MSELoss(_Loss):
  def forward(self, x: Tensor, target: Tensor) -> Tensor:
    err = (x - target).square()
    return err.mean() if self.reduction == "mean" else err.sum() if self.reduction == "sum" else err


class BCELoss(_Loss):
  def __init__(self, weight: Tensor | None = None, reduction: str = "mean"):
    super().__init__(reduction, weight=weight)

  def forward(self, p: Tensor, target: Tensor) -> Tensor:
    return p.binary_crossentropy(target, weight=self.weight, reduction=self.reduction)


class BCEWithLogitsLoss(_Loss):
  def __init__(self, weight: Tensor | None = None, reduction: str = "mean", pos_weight: Tensor | None = None):
    super().__init__(reduction, weight=weight, pos_weight=pos_weight)

  def forward(self, logits: Tensor, target: Tensor) -> Tensor:
    return logits.binary_crossentropy_logits(target, weight=self.weight, reduction=self.reduction,
                                             pos_weight=self.pos_weight)
