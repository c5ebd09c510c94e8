"""Making tensors: constants, ranges and random numbers, as class methods of the Tensor (`Tensor.zeros(2, 3)`).

Random numbers are a hash of (seed, a running counter) computed inside the kernel, so there is no host-side generator
and `manual_seed` makes every draw reproducible.
"""
from __future__ import annotations
import math
from typing import TYPE_CHECKING
import numpy as np
from picograd import engine
from picograd.dtype import dtypes, promote, to_dtype
from picograd.helpers import prod
from picograd.lazy import LazyBuffer
from picograd.ops import BinaryOps

if TYPE_CHECKING: from picograd.tensor import Tensor


class CreationOps:
  _seed: int = 0          # the generator's state lives here, once, whichever subclass draws
  _rng_counter: int = 0

  @classmethod
  def full(cls, shape, fill_value, dtype=None, device=None, requires_grad=False) -> Tensor:
    shape = cls._shape_arg((shape,) if isinstance(shape, int) else shape)
    dtype = to_dtype(dtype) if dtype is not None else dtypes.of_python(fill_value)
    lb = LazyBuffer.const(fill_value, shape, dtype, engine.device_name(device))
    return cls(lb, requires_grad=requires_grad)

  @classmethod
  def zeros(cls, *shape, dtype=None, device=None, requires_grad=False) -> Tensor:
    return cls.full(cls._shape_arg(shape), 0.0, dtype or dtypes.default_float, device, requires_grad)

  @classmethod
  def ones(cls, *shape, dtype=None, device=None, requires_grad=False) -> Tensor:
    return cls.full(cls._shape_arg(shape), 1.0, dtype or dtypes.default_float, device, requires_grad)

  @classmethod
  def empty(cls, *shape, dtype=None, device=None) -> Tensor:
    dtype = to_dtype(dtype or dtypes.default_float)
    return cls(LazyBuffer.empty(cls._shape_arg(shape), dtype, engine.device_name(device)))

  @classmethod
  def arange(cls, start, stop=None, step=1, dtype=None, device=None) -> Tensor:
    """Python ints beyond int32 (picograd's default int) make an int64 range, as such an int makes an int64 tensor;
    an explicit narrower int dtype wraps, as in PyTorch."""
    if stop is None: start, stop = 0, start
    if step == 0: raise ValueError("arange: step must not be zero")
    is_int = all(isinstance(v, int) for v in (start, stop, step))
    n = max(0, -((start - stop) // step) if is_int else math.ceil((stop - start) / step))
    natural = promote(*(dtypes.of_python(v) for v in (start, stop, step))) if is_int else dtypes.default_float
    dtype = to_dtype(dtype) if dtype is not None else natural
    wide = dtypes.int64 if dtype.is_int and natural == dtypes.int64 else dtype
    idx = cls(LazyBuffer.arange(n, wide, engine.device_name(device)))
    return (idx * step + start if (step, start) != (1, 0) else idx).cast(dtype)

  @classmethod
  def eye(cls, n: int, m: int | None = None, dtype=None, device=None, requires_grad=False) -> Tensor:
    m = n if m is None else m
    if n < 0 or m < 0: raise ValueError(f"eye: sizes must be non-negative, got {n} x {m}")
    rows, cols = cls.arange(n, device=device), cls.arange(m, device=device)
    return (rows.reshape(n, 1) == cols.reshape(1, m)).cast(dtype or dtypes.default_float)._as_leaf(requires_grad)

  @classmethod
  def manual_seed(cls, seed: int = 0):
    CreationOps._seed, CreationOps._rng_counter = seed, 0

  @classmethod
  def _random_bits(cls, n: int, device) -> LazyBuffer:
    """n uint32 words hashed from (seed, a running counter) inside the kernel: no host-side generator."""
    counter = CreationOps._rng_counter
    CreationOps._rng_counter += n
    device = engine.device_name(device)
    # the words that change per draw are copied in, not baked into the kernel: every draw of n numbers is one kernel
    words = np.array([counter % 2 ** 32, (counter >> 32) * 0x9E3779B9 % 2 ** 32,
                      (CreationOps._seed * 0x85EBCA6B + 0x632BE5AB) % 2 ** 32], np.uint32)
    key = LazyBuffer.from_numpy(words, device)
    word = lambda i: key.shrink(((i, i + 1),)).expand((n,))   # noqa: E731
    x = LazyBuffer.arange(n, dtypes.uint32, device)
    x = _mix32(x.e(BinaryOps.ADD, word(0)).e(BinaryOps.XOR, word(1)))
    return _mix32(x.e(BinaryOps.XOR, word(2)))

  @classmethod
  def rand(cls, *shape, dtype=None, device=None, requires_grad=False) -> Tensor:
    """Uniform on [0, 1)."""
    shape = cls._shape_arg(shape)
    bits = cls._random_bits(prod(shape), device)
    u = bits.e(BinaryOps.SHR, bits.const_like(8)).cast(dtypes.float32).e(
      BinaryOps.MUL, LazyBuffer.const(2.0 ** -24, bits.shape, dtypes.float32, bits.device))
    return cls(u.reshape(shape)).cast(dtype or dtypes.default_float)._as_leaf(requires_grad)

  @classmethod
  def randn(cls, *shape, dtype=None, device=None, requires_grad=False) -> Tensor:
    """Standard normal, by the Box-Muller transform of two uniforms."""
    shape = cls._shape_arg(shape)
    u = cls.rand(2, prod(shape), device=device)
    radius = ((1 - u[0]).log() * -2).sqrt()
    return ((radius * (u[1] * (2 * math.pi)).cos()).reshape(shape).cast(dtype or dtypes.default_float)
            ._as_leaf(requires_grad))

  @classmethod
  def uniform(cls, *shape, low=0.0, high=1.0, requires_grad=False, **kwargs) -> Tensor:
    return (cls.rand(*shape, **kwargs) * (high - low) + low)._as_leaf(requires_grad)

  @classmethod
  def scaled_uniform(cls, *shape, requires_grad=False, **kwargs) -> Tensor:
    """Uniform on [-1, 1) scaled by 1/sqrt(numel)."""
    shape = cls._shape_arg(shape)
    return (cls.uniform(*shape, low=-1.0, high=1.0, **kwargs) * (prod(shape) ** -0.5))._as_leaf(requires_grad)

  @classmethod
  def glorot_uniform(cls, *shape, **kwargs) -> Tensor:
    shape = cls._shape_arg(shape)
    bound = math.sqrt(6 / (shape[0] + prod(shape[1:])))
    return cls.uniform(*shape, low=-bound, high=bound, **kwargs)

  @classmethod
  def kaiming_uniform(cls, *shape, a: float = 0.01, **kwargs) -> Tensor:
    """PyTorch's kaiming_uniform_ with leaky-relu slope `a` (fan in = numel / shape[0])."""
    shape = cls._shape_arg(shape)
    bound = math.sqrt(3.0) * math.sqrt(2.0 / (1 + a ** 2)) / math.sqrt(prod(shape[1:]))
    return cls.uniform(*shape, low=-bound, high=bound, **kwargs)


def _mix32(x: LazyBuffer) -> LazyBuffer:
  """A 32-bit integer hash with good avalanche (two xorshift-multiply rounds)."""
  for shift, mult in ((16, 0x7FEB352D), (15, 0x846CA68B)):
    x = x.e(BinaryOps.XOR, x.e(BinaryOps.SHR, x.const_like(shift))).e(BinaryOps.MUL, x.const_like(mult))
  return x.e(BinaryOps.XOR, x.e(BinaryOps.SHR, x.const_like(16)))
