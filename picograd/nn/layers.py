"""Layers with PyTorch's names, shapes and default initializations."""
from __future__ import annotations
import math
from picograd.nn.module import Module
from picograd.tensor import Tensor


def _uniform(shape, bound: float) -> Tensor:
  return Tensor.uniform(*shape, low=-bound, high=bound, requires_grad=True)


class Linear(Module):
  def __init__(self, in_features: int, out_features: int, bias: bool = True):
    super().__init__()
    self.weight = Tensor.kaiming_uniform(out_features, in_features, a=math.sqrt(5), requires_grad=True)
    self.bias = _uniform((out_features,), 1 / math.sqrt(in_features)) if bias else None

  def forward(self, x: Tensor) -> Tensor: return x.linear(self.weight, self.bias)


class Dropout(Module):
  def __init__(self, p: float = 0.5):
    super().__init__()
    self.p = p

  def forward(self, x: Tensor) -> Tensor: return x.dropout(self.p)


class Flatten(Module):
  def __init__(self, start_dim: int = 1):
    super().__init__()
    self.start_dim = start_dim

  def forward(self, x: Tensor) -> Tensor: return x.flatten(self.start_dim)


def _activation(name: str, method: str):
  def forward(self, x: Tensor) -> Tensor: return getattr(x, method)()
  return type(name, (Module,), {"forward": forward, "__doc__": f"Applies Tensor.{method} elementwise."})


ReLU = _activation("ReLU", "relu")
Sigmoid = _activation("Sigmoid", "sigmoid")
Tanh = _activation("Tanh", "tanh")


class CrossEntropyLoss(Module):
  def __init__(self, reduction: str = "mean", label_smoothing: float = 0.0, ignore_index: int = -100):
    super().__init__()
    self.reduction, self.label_smoothing, self.ignore_index = reduction, label_smoothing, ignore_index

  def forward(self, logits: Tensor, target: Tensor) -> Tensor:
    return logits.cross_entropy(target, self.reduction, self.label_smoothing, self.ignore_index)


class MSELoss(Module):
  def __init__(self, reduction: str = "mean"):
    super().__init__()
    self.reduction = reduction

  def forward(self, x: Tensor, target: Tensor) -> Tensor:
    err = (x - target).square()
    return err.mean() if self.reduction == "mean" else err.sum() if self.reduction == "sum" else err
