"""torch.nn.init: fill a tensor in place with an initialization, PyTorch's names, arguments, gains and fan rules.

Each function writes through `assign` (no gradient is recorded, as under PyTorch's no_grad) and returns the tensor.
The random numbers come from picograd's generator (Tensor.manual_seed), so the values differ from PyTorch's while
the distributions are the same.
"""
from __future__ import annotations
import math
import numpy as np
from picograd.errors import PicogradError, ShapeError
from picograd.tensor import Tensor

_LINEAR_GAINS = ("linear", "conv1d", "conv2d", "conv3d", "conv_transpose1d", "conv_transpose2d", "conv_transpose3d",
                 "sigmoid")


def calculate_gain(nonlinearity: str, param: float | None = None) -> float:
  """The factor that keeps activations' variance through a layer followed by `nonlinearity`."""
  if nonlinearity in _LINEAR_GAINS: return 1.0
  if nonlinearity == "tanh": return 5.0 / 3
  if nonlinearity == "relu": return math.sqrt(2.0)
  if nonlinearity == "leaky_relu":
    slope = 0.01 if param is None else param
    return math.sqrt(2.0 / (1 + slope ** 2))
  if nonlinearity == "selu": return 3.0 / 4
  raise ValueError(f"calculate_gain: unsupported nonlinearity {nonlinearity!r}")


def _fans(t: Tensor) -> tuple[int, int]:
  """(fan_in, fan_out) of a weight (out, in, *kernel), as PyTorch computes them."""
  if t.ndim < 2: raise ShapeError(f"init: fan in and fan out need at least 2 dimensions, got shape {t.shape}")
  field = math.prod(t.shape[2:])
  return t.shape[1] * field, t.shape[0] * field


def _fan(t: Tensor, mode: str) -> int:
  if mode not in ("fan_in", "fan_out"): raise ValueError(f"init: mode must be 'fan_in' or 'fan_out', got {mode!r}")
  return _fans(t)[0 if mode == "fan_in" else 1]


def _fill(t: Tensor, value: Tensor) -> Tensor:
  return t.assign(value.cast(t.dtype).detach().contiguous()).realize()


def uniform_(tensor: Tensor, a: float = 0.0, b: float = 1.0, generator=None) -> Tensor:
  return _fill(tensor, Tensor.uniform(*tensor.shape, low=a, high=b, device=tensor.device))


def normal_(tensor: Tensor, mean: float = 0.0, std: float = 1.0, generator=None) -> Tensor:
  return _fill(tensor, Tensor.randn(*tensor.shape, device=tensor.device) * std + mean)


def constant_(tensor: Tensor, val: float) -> Tensor:
  return _fill(tensor, Tensor.full(tensor.shape, val, dtype=tensor.dtype, device=tensor.device))


def zeros_(tensor: Tensor) -> Tensor: return constant_(tensor, 0)
def ones_(tensor: Tensor) -> Tensor: return constant_(tensor, 1)


def eye_(tensor: Tensor) -> Tensor:
  if tensor.ndim != 2: raise ShapeError(f"eye_: needs a 2-D tensor, got shape {tensor.shape}")
  return _fill(tensor, Tensor.eye(*tensor.shape, device=tensor.device))


def xavier_uniform_(tensor: Tensor, gain: float = 1.0, generator=None) -> Tensor:
  fan_in, fan_out = _fans(tensor)
  bound = gain * math.sqrt(6.0 / (fan_in + fan_out))
  return uniform_(tensor, -bound, bound)


def xavier_normal_(tensor: Tensor, gain: float = 1.0, generator=None) -> Tensor:
  fan_in, fan_out = _fans(tensor)
  return normal_(tensor, 0.0, gain * math.sqrt(2.0 / (fan_in + fan_out)))


def kaiming_uniform_(tensor: Tensor, a: float = 0.0, mode: str = "fan_in", nonlinearity: str = "leaky_relu",
                     generator=None) -> Tensor:
  bound = math.sqrt(3.0) * calculate_gain(nonlinearity, a) / math.sqrt(_fan(tensor, mode))
  return uniform_(tensor, -bound, bound)


def kaiming_normal_(tensor: Tensor, a: float = 0.0, mode: str = "fan_in", nonlinearity: str = "leaky_relu",
                    generator=None) -> Tensor:
  return normal_(tensor, 0.0, calculate_gain(nonlinearity, a) / math.sqrt(_fan(tensor, mode)))


TRUNC_DRAWS = 8   # rounds of redrawing out-of-range values; after that the few left (p < 1e-20) are clipped


def trunc_normal_(tensor: Tensor, mean: float = 0.0, std: float = 1.0, a: float = -2.0, b: float = 2.0,
                  generator=None) -> Tensor:
  """Normal(mean, std) restricted to [a, b]: values outside are drawn again (rejection), so the shape of the
  distribution inside is exact."""
  if not a < b: raise ValueError(f"trunc_normal_: need a < b, got a={a}, b={b}")
  draw = lambda: Tensor.randn(*tensor.shape, device=tensor.device) * std + mean   # noqa: E731
  values = draw()
  for _ in range(TRUNC_DRAWS):
    outside = (values < a) | (values > b)
    values = outside.where(draw(), values).realize()
  return _fill(tensor, values.clamp(a, b))


def orthogonal_(tensor: Tensor, gain: float = 1.0, generator=None) -> Tensor:
  """A (semi-)orthogonal matrix from the QR decomposition of a normal one, computed on the host (once, at init)."""
  if tensor.ndim < 2: raise ShapeError(f"orthogonal_: needs at least 2 dimensions, got shape {tensor.shape}")
  rows, cols = tensor.shape[0], tensor.numel() // tensor.shape[0]
  flat = Tensor.randn(rows, cols).numpy().astype(np.float64)
  q, r = np.linalg.qr(flat.T if rows < cols else flat)
  q = q * np.sign(np.diag(r))   # a unique decomposition: the distribution is uniform over orthogonal matrices
  q = q.T if rows < cols else q
  return _fill(tensor, Tensor((gain * q).astype(np.float32).reshape(tensor.shape), device=tensor.device))


def sparse_(tensor: Tensor, sparsity: float, std: float = 0.01, generator=None) -> Tensor:
  raise PicogradError("sparse_: not supported; use normal_ and a mask")
