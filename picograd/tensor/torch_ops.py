"""PyTorch's spellings (a mixin of Tensor): methods real PyTorch code calls that are other names, or in-place forms,
of what the Tensor already computes.

In-place methods (`x.add_(y)`, `x.zero_()`, `x.copy_(y)`, `x.normal_()`) write through `assign`, so they follow
picograd's eager semantics (values read before keep theirs; views alias) and record no gradient: call them on
tensors that need none (parameters under no_grad, buffers), as PyTorch code does.
"""
from __future__ import annotations
from collections import namedtuple
from typing import TYPE_CHECKING
from picograd.dtype import dtypes
from picograd.errors import DTypeError, ShapeError
from picograd.shape.broadcast import broadcast_shape

if TYPE_CHECKING: from picograd.tensor import Tensor

MinMax = namedtuple("minmax", ["values", "indices"])
StatPair = namedtuple("stats", ["std_or_var", "mean"])


def _inplace(name: str):
  """x.name_(*args): x.assign(x.name(*args)), returning x."""
  def method(self, *args, **kwargs): return self.assign(getattr(self, name)(*args, **kwargs).cast(self.dtype))
  method.__name__, method.__doc__ = f"{name}_", f"In place: x.assign(x.{name}(...))."
  return method


ALTERNATIVES = {   # PyTorch methods picograd does not have, and how to say the same thing
  "addmm": "b + x @ w", "addmv": "b + m @ v", "baddbmm": "b + x @ y",
  "index_add_": "x.scatter_reduce(dim, i, v, 'sum')",
  "scatter_add_": "x.assign(x.scatter_reduce(dim, i, v, 'sum'))", "scatter_add": "x.scatter_reduce(dim, i, v, 'sum')",
  "nan_to_num": "x.isnan().where(0.0, x)", "expand_dims": "x.unsqueeze(dim)", "numpy_": "x.numpy()",
  "index_put_": "x[indices] = values", "put_": "x.reshape(-1)[indices] = values", "storage": "x.numpy() (a copy)",
  "share_memory_": "nothing: picograd's CPU buffers are plain host memory", "pin_memory": "x",
}


class TorchOps:
  def __getattr__(self, name: str):
    """Only for names no class defines: a PyTorch method picograd lacks says so, with the alternative if any."""
    if name.startswith("__"): raise AttributeError(name)
    hint = f"; write {ALTERNATIVES[name]} instead" if name in ALTERNATIVES else ""
    raise AttributeError(f"picograd Tensor has no attribute or method '{name}'{hint}")

  # ---- facts and conversions ---------------------------------------------------------------------------------------
  def dim(self) -> int: return self.ndim
  def nelement(self) -> int: return self.numel()
  def element_size(self) -> int: return self.dtype.itemsize

  @property
  def is_leaf(self) -> bool: return self._ctx is None

  @property
  def mT(self) -> Tensor: return self.transpose(-2, -1)

  def t(self) -> Tensor:
    if self.ndim > 2: raise ShapeError(f"t: expects at most 2 dimensions, got shape {self.shape}; use .mT")
    return self.T if self.ndim == 2 else self

  @property
  def data(self) -> Tensor:
    """The same contents with no gradient history (an alias: writes through it land in this tensor)."""
    return self._new(self.lazydata)

  @data.setter
  def data(self, value: Tensor): self.lazydata = value.detach().lazydata

  def type_as(self, other: Tensor) -> Tensor: return self.cast(other.dtype)

  def type(self, dtype=None):
    """With no argument, the dtype's name (PyTorch gives 'torch.FloatTensor'-style names); else a cast."""
    return f"picograd.{self.dtype.name}" if dtype is None else self.cast(dtype)
  def view_as(self, other: Tensor) -> Tensor: return self.reshape(other.shape)
  reshape_as = view_as

  def new_tensor(self, data, dtype=None, device=None, requires_grad: bool = False) -> Tensor:
    out = self._new(data, dtype or self.dtype)
    return (out if device is None else out.to(device))._as_leaf(requires_grad)

  def new_full(self, size, fill_value, dtype=None, device=None, requires_grad: bool = False) -> Tensor:
    return self.full(tuple(size), fill_value, dtype=dtype or self.dtype, device=device or self.device,
                      requires_grad=requires_grad)

  def new_zeros(self, *size, dtype=None, device=None, requires_grad: bool = False) -> Tensor:
    return self.new_full(self._shape_arg(size), 0, dtype, device, requires_grad)

  def new_ones(self, *size, dtype=None, device=None, requires_grad: bool = False) -> Tensor:
    return self.new_full(self._shape_arg(size), 1, dtype, device, requires_grad)

  def new_empty(self, *size, dtype=None, device=None, requires_grad: bool = False) -> Tensor:
    return self.new_zeros(*size, dtype=dtype, device=device, requires_grad=requires_grad)

  # tinygrad's spellings: t.zeros_like(), t.full_like(v), ...
  def zeros_like(self, **kwargs) -> Tensor: return self.full_like(0, **kwargs)
  def ones_like(self, **kwargs) -> Tensor: return self.full_like(1, **kwargs)

  def full_like(self, fill_value, dtype=None, device=None, requires_grad: bool = False) -> Tensor:
    return self.full(self.shape, fill_value, dtype=dtype or self.dtype, device=device or self.device,
                      requires_grad=requires_grad)

  def rand_like(self, dtype=None, device=None) -> Tensor:
    return self.rand(*self.shape, dtype=dtype or self.dtype, device=device or self.device)

  def randn_like(self, dtype=None, device=None) -> Tensor:
    return self.randn(*self.shape, dtype=dtype or self.dtype, device=device or self.device)

  def requires_grad_(self, requires_grad: bool = True) -> Tensor:
    if requires_grad and not self.dtype.is_float:
      raise DTypeError(f"requires_grad_: only floating point tensors can require gradients, not {self.dtype.name}")
    self.requires_grad = requires_grad
    return self

  def detach_(self) -> Tensor:
    self._ctx = None
    self.requires_grad = False
    return self

  # ---- comparisons and arithmetic by name ----------------------------------------------------------------------------
  def eq(self, other): return self == other
  def ne(self, other): return self != other
  def lt(self, other): return self < other
  def le(self, other): return self <= other
  def gt(self, other): return self > other
  def ge(self, other): return self >= other
  def multiply(self, other): return self * other
  def subtract(self, other): return self - other
  def true_divide(self, other): return self / other
  def bitwise_not(self): return ~self
  def bitwise_and(self, other): return self & other
  def bitwise_or(self, other): return self | other
  def bitwise_xor(self, other): return self ^ other
  def logical_and(self, other): return self.bool() & (other.bool() if hasattr(other, "bool") else bool(other))
  def logical_or(self, other): return self.bool() | (other.bool() if hasattr(other, "bool") else bool(other))
  def logical_xor(self, other): return self.bool() ^ (other.bool() if hasattr(other, "bool") else bool(other))
  def remainder(self, other): return self % other

  def fmod(self, other) -> Tensor:
    """C's remainder: the sign of the dividend (x - trunc(x / y) * y)."""
    x, y = self._operands("fmod", other)
    return x - x.divide(y, "trunc") * y

  def isclose(self, other, rtol: float = 1e-5, atol: float = 1e-8, equal_nan: bool = False) -> Tensor:
    x, y = self._operands("isclose", other)
    close = (x == y) | ((x - y).abs() <= atol + rtol * y.abs())
    return close | ((x != x) & (y != y)) if equal_nan else close

  def allclose(self, other, rtol: float = 1e-5, atol: float = 1e-8, equal_nan: bool = False) -> bool:
    return bool(self.isclose(other, rtol, atol, equal_nan).all().item())

  def equal(self, other: Tensor) -> bool: return self.shape == other.shape and bool((self == other).all().item())

  # ---- reductions PyTorch names differently --------------------------------------------------------------------------
  def amax(self, dim=None, keepdim: bool = False) -> Tensor: return self._reduce_values("max", dim, keepdim)
  def amin(self, dim=None, keepdim: bool = False) -> Tensor: return self._reduce_values("min", dim, keepdim)

  def std_mean(self, dim=None, correction=1, keepdim: bool = False) -> StatPair:
    return StatPair(self.std(dim, keepdim=keepdim, correction=correction), self.mean(dim, keepdim=keepdim))

  def var_mean(self, dim=None, correction=1, keepdim: bool = False) -> StatPair:
    return StatPair(self.var(dim, keepdim=keepdim, correction=correction), self.mean(dim, keepdim=keepdim))

  def cummin(self, dim: int = 0) -> MinMax:
    values, indices = (-self if self.dtype != dtypes.bool else self.logical_not()).cummax(dim)
    return MinMax(-values if self.dtype != dtypes.bool else values.logical_not(), indices)

  def logcumsumexp(self, dim: int = 0) -> Tensor:
    m = self.amax(dim, keepdim=True).detach()
    m = (m.abs() == float("inf")).where(0.0, m)
    return (self - m).exp().cumsum(dim).log() + m

  def diagonal(self, offset: int = 0, dim1: int = 0, dim2: int = 1) -> Tensor:
    """The diagonal of the (dim1, dim2) planes as the last axis, as a view."""
    x = self.movedim((dim1, dim2), (-2, -1))
    rows, cols = x.shape[-2:]
    x = x.shrink(tuple((0, s) for s in x.shape[:-2]) + ((max(0, -offset), rows), (max(0, offset), cols)))
    n = max(0, min(x.shape[-2], x.shape[-1]))
    lead = x.shape[:-2]
    if n == 0: return x.reshape(*lead, -1)[..., :0]
    square = x.shrink(tuple((0, s) for s in lead) + ((0, n), (0, n))).reshape(*lead, n * n)
    # element (i, i) sits at i * (n + 1): pad to n * (n + 1) and read column 0 of an (n, n + 1) view
    return square.pad(tuple((0, 0) for _ in lead) + ((0, n),)).reshape(*lead, n, n + 1)[..., 0]

  def diag(self, diagonal: int = 0) -> Tensor:
    """A vector's diagonal matrix (on the diagonal-th diagonal), or a matrix's diagonal."""
    if self.ndim == 2: return self.diagonal(diagonal)
    if self.ndim != 1: raise ShapeError(f"diag: expects a 1-D or 2-D tensor, got shape {self.shape}")
    d, n = diagonal, self.shape[0] + abs(diagonal)
    index = self._arange(n)
    rows, cols = index.reshape(n, 1), index.reshape(1, n)
    values = self.pad(((0, abs(d)),))   # entry k sits in row k (d >= 0) or column k (d < 0)
    values = values.reshape(n, 1) if d >= 0 else values.reshape(1, n)
    return ((cols - rows) == d).where(values, 0).cast(self.dtype)

  def masked_select(self, mask: Tensor) -> Tensor:
    """The elements where mask is true, flat. The size depends on the data, so this computes now."""
    x, m = self._broadcast_pair(mask)
    return self._new(x.numpy()[m.numpy().astype(bool)])

  def _broadcast_pair(self, mask: Tensor):
    shape = broadcast_shape("masked_select", self.shape, mask.shape)
    return self._broadcast_to(shape), mask._broadcast_to(shape)

  # ---- in place ------------------------------------------------------------------------------------------------------
  def fill_(self, value) -> Tensor:
    return self.assign(self._full(self.shape, value, dtype=self.dtype))

  def zero_(self) -> Tensor: return self.fill_(0)

  def copy_(self, src) -> Tensor:
    src = self._new(src)
    return self.assign(src.to(self.device).cast(self.dtype)._broadcast_to(self.shape).contiguous())

  def uniform_(self, a: float = 0.0, b: float = 1.0) -> Tensor:
    return self.assign(self.uniform(*self.shape, low=a, high=b, device=self.device).cast(self.dtype))

  def normal_(self, mean: float = 0.0, std: float = 1.0) -> Tensor:
    return self.assign((self.randn(*self.shape, device=self.device) * std + mean).cast(self.dtype))

  def add_(self, other, alpha=1) -> Tensor:
    return self.assign((self + (other * alpha if alpha != 1 else other)).cast(self.dtype))

  def sub_(self, other, alpha=1) -> Tensor:
    return self.assign((self - (other * alpha if alpha != 1 else other)).cast(self.dtype))

  mul_, div_, clamp_, pow_ = (_inplace(n) for n in ("mul", "div", "clamp", "pow"))
  neg_, abs_, exp_, log_, sqrt_, relu_ = (_inplace(n) for n in ("neg", "abs", "exp", "log", "sqrt", "relu"))
  masked_fill_, sigmoid_, tanh_ = _inplace("masked_fill"), _inplace("sigmoid"), _inplace("tanh")
