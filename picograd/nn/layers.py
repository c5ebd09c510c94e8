"""Layers with PyTorch's names, shapes, default initializations and state_dict keys."""
from __future__ import annotations
import math
from picograd.nn.module import Module
from picograd.tensor import Tensor
from picograd.tensor.nn_ops import ntuple


def _uniform(shape, bound: float) -> Tensor:
  return Tensor.uniform(*shape, low=-bound, high=bound, requires_grad=True)


class Identity(Module):
  """Its input, unchanged (constructor arguments are accepted and ignored, as in PyTorch)."""

  def __init__(self, *args, **kwargs): super().__init__()
  def forward(self, x: Tensor) -> Tensor: return x


class Linear(Module):
  def __init__(self, in_features: int, out_features: int, bias: bool = True):
    super().__init__()
    self.in_features, self.out_features = in_features, out_features
    self.weight = Tensor.kaiming_uniform(out_features, in_features, a=math.sqrt(5), requires_grad=True)
    self.bias = _uniform((out_features,), 1 / math.sqrt(in_features)) if bias else None

  def forward(self, x: Tensor) -> Tensor: return x.linear(self.weight, self.bias)

  def extra_repr(self) -> str:
    return f"in_features={self.in_features}, out_features={self.out_features}, bias={self.bias is not None}"


class _ConvNd(Module):
  """PyTorch's reset_parameters: kaiming_uniform(a=sqrt(5)) weights, bias uniform in +-1/sqrt(fan_in); fan_in is
  the product of the weight's dims after the first (in both conv and transposed conv)."""

  def __init__(self, weight_shape: tuple[int, ...], bias_size: int, bias: bool):
    super().__init__()
    self.weight = Tensor.kaiming_uniform(*weight_shape, a=math.sqrt(5), requires_grad=True)
    self.bias = _uniform((bias_size,), 1 / math.sqrt(math.prod(weight_shape[1:]))) if bias else None


class Conv2d(_ConvNd):
  dims = 2

  def __init__(self, in_channels: int, out_channels: int, kernel_size, stride=1, padding=0, dilation=1, groups: int = 1,
               bias: bool = True):
    if in_channels % groups or out_channels % groups: raise ValueError(f"channels must divide into {groups} groups")
    kernel = ntuple(kernel_size, self.dims)
    super().__init__((out_channels, in_channels // groups, *kernel), out_channels, bias)
    self.stride, self.padding, self.dilation, self.groups = stride, padding, dilation, groups

  def forward(self, x: Tensor) -> Tensor:
    return x.conv2d(self.weight, self.bias, self.stride, self.padding, self.dilation, self.groups)


  def extra_repr(self) -> str:
    out_channels, in_per_group, *kernel = self.weight.shape
    return (f"{in_per_group * self.groups}, {out_channels}, kernel_size={tuple(kernel)}, stride={self.stride}"
            + (f", padding={self.padding}" if self.padding else "")
            + (f", groups={self.groups}" if self.groups > 1 else "")
            + ("" if self.bias is not None else ", bias=False"))


class Conv1d(Conv2d):
  dims = 1


class Conv3d(Conv2d):
  dims = 3


class ConvTranspose2d(_ConvNd):
  dims = 2

  def __init__(self, in_channels: int, out_channels: int, kernel_size, stride=1, padding=0, output_padding=0,
               groups: int = 1, bias: bool = True, dilation=1):
    if in_channels % groups or out_channels % groups: raise ValueError(f"channels must divide into {groups} groups")
    kernel = ntuple(kernel_size, self.dims)
    super().__init__((in_channels, out_channels // groups, *kernel), out_channels, bias)
    (self.stride, self.padding, self.output_padding,
     self.groups, self.dilation) = stride, padding, output_padding, groups, dilation

  def forward(self, x: Tensor) -> Tensor:
    return x.conv_transpose2d(self.weight, self.bias, self.stride, self.padding, self.output_padding, self.groups,
                              self.dilation)


class Embedding(Module):
  """A lookup table, computed as one-hot rows times the weight so that the weight gets a gradient. Like PyTorch,
  the padding_idx row starts at zero and is never trained."""

  def __init__(self, num_embeddings: int, embedding_dim: int, padding_idx: int | None = None):
    super().__init__()
    self.num_embeddings, self.padding_idx = num_embeddings, padding_idx
    weight = Tensor.randn(num_embeddings, embedding_dim)
    if padding_idx is not None:
      weight = (Tensor.arange(num_embeddings) == padding_idx % num_embeddings).unsqueeze(1).where(0.0, weight)
    self.weight = weight.contiguous().realize()
    self.weight.requires_grad = True

  def forward(self, idx: Tensor) -> Tensor:
    rows = Tensor.arange(self.num_embeddings, device=idx.device)
    weight = self.weight
    if self.padding_idx is not None:
      weight = (rows == self.padding_idx % self.num_embeddings).unsqueeze(1).where(weight.detach(), weight)
    return (idx.unsqueeze(-1) == rows).cast(weight.dtype) @ weight


class Dropout(Module):
  """Drops in training mode only: the module's own train()/eval(), never Tensor.training."""

  def __init__(self, p: float = 0.5):
    super().__init__()
    self.p = p

  def forward(self, x: Tensor) -> Tensor: return x.dropout(self.p, training=self.training)


class Flatten(Module):
  def __init__(self, start_dim: int = 1, end_dim: int = -1):
    super().__init__()
    self.start_dim, self.end_dim = start_dim, end_dim

  def forward(self, x: Tensor) -> Tensor:
    return x.flatten(self.start_dim, self.end_dim)


class MaxPool2d(Module):
  def __init__(self, kernel_size, stride=None, padding=0, dilation=1, ceil_mode: bool = False):
    super().__init__()
    (self.kernel_size, self.stride, self.padding,
     self.dilation, self.ceil_mode) = kernel_size, stride, padding, dilation, ceil_mode

  def forward(self, x: Tensor) -> Tensor:
    return x.max_pool2d(self.kernel_size, self.stride, self.padding, self.dilation, self.ceil_mode)


class AvgPool2d(Module):
  def __init__(self, kernel_size, stride=None, padding=0, ceil_mode: bool = False, count_include_pad: bool = True,
               divisor_override: int | None = None):
    super().__init__()
    self.kernel_size, self.stride, self.padding = kernel_size, stride, padding
    self.ceil_mode, self.count_include_pad, self.divisor_override = ceil_mode, count_include_pad, divisor_override

  def forward(self, x: Tensor) -> Tensor:
    return x.avg_pool2d(self.kernel_size, self.stride, self.padding, self.ceil_mode, self.count_include_pad,
                        self.divisor_override)


def _activation(name: str, method: str):
  """A module applying Tensor.`method`; `inplace=` is accepted and ignored (the result is returned, as PyTorch's is)."""
  def __init__(self, inplace: bool = False):
    Module.__init__(self)
    self.inplace = inplace

  def forward(self, x: Tensor) -> Tensor: return getattr(x, method)()
  return type(name, (Module,), {"__init__": __init__, "forward": forward, "__doc__": f"Applies Tensor.{method}."})


ReLU = _activation("ReLU", "relu")
ReLU6 = _activation("ReLU6", "relu6")
Sigmoid = _activation("Sigmoid", "sigmoid")
Tanh = _activation("Tanh", "tanh")
SiLU = _activation("SiLU", "silu")
Mish = _activation("Mish", "mish")
Hardswish = _activation("Hardswish", "hardswish")
Hardsigmoid = _activation("Hardsigmoid", "hardsigmoid")
SELU = _activation("SELU", "selu")
Softsign = _activation("Softsign", "softsign")
LogSigmoid = _activation("LogSigmoid", "logsigmoid")


class ELU(Module):
  def __init__(self, alpha: float = 1.0, inplace: bool = False):
    super().__init__()
    self.alpha = alpha

  def forward(self, x: Tensor) -> Tensor: return x.elu(self.alpha)


class Hardtanh(Module):
  def __init__(self, min_val: float = -1.0, max_val: float = 1.0, inplace: bool = False):
    super().__init__()
    self.min_val, self.max_val = min_val, max_val

  def forward(self, x: Tensor) -> Tensor: return x.hardtanh(self.min_val, self.max_val)


class Softplus(Module):
  def __init__(self, beta: float = 1.0, threshold: float = 20.0):
    super().__init__()
    self.beta, self.threshold = beta, threshold

  def forward(self, x: Tensor) -> Tensor: return x.softplus(self.beta, self.threshold)


class LogSoftmax(Module):
  def __init__(self, dim: int | None = None):
    super().__init__()
    self.dim = dim

  def forward(self, x: Tensor) -> Tensor: return x.log_softmax(self.dim if self.dim is not None else -1)


class Unflatten(Module):
  def __init__(self, dim: int, unflattened_size):
    super().__init__()
    self.dim, self.unflattened_size = dim, tuple(unflattened_size)

  def forward(self, x: Tensor) -> Tensor: return x.unflatten(self.dim, self.unflattened_size)


class GELU(Module):
  def __init__(self, approximate: str = "none"):
    super().__init__()
    self.approximate = approximate

  def forward(self, x: Tensor) -> Tensor: return x.gelu(approximate=self.approximate)


class LeakyReLU(Module):
  def __init__(self, negative_slope: float = 0.01, inplace: bool = False):
    super().__init__()
    self.negative_slope = negative_slope

  def forward(self, x: Tensor) -> Tensor: return x.leakyrelu(self.negative_slope)


class Softmax(Module):
  def __init__(self, dim: int | None = None):
    super().__init__()
    self.dim = dim

  def forward(self, x: Tensor) -> Tensor:
    # PyTorch's legacy choice
    return x.softmax(self.dim if self.dim is not None else (0 if x.ndim in (0, 1, 3) else 1))
