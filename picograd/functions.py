"""PyTorch's module-level functions (`torch.zeros`, `torch.cat`, `torch.exp`, ...), as `picograd.<name>`: factories,
the Tensor's methods as functions of their first argument, dtype aliases, seeding and grad modes, save and load.
Everything here is a thin spelling of something the Tensor does; see picograd/tensor/ for the semantics."""
from __future__ import annotations
import builtins
import math
import types
import numpy as np
from picograd import engine
from picograd.helpers import hint_keywords
from picograd.dtype import DType, dtypes, to_dtype
from picograd.errors import PicogradError
from picograd.tensor import Tensor, no_grad

# ---- dtypes under PyTorch's names ------------------------------------------------------------------------------------
float32 = float = dtypes.float32
float16 = half = dtypes.float16
bfloat16 = dtypes.bfloat16
float64 = double = dtypes.float64
int8, int16, int32, int64, uint8 = dtypes.int8, dtypes.int16, dtypes.int32, dtypes.int64, dtypes.uint8
short, int, long = dtypes.int16, dtypes.int32, dtypes.int64
bool = dtypes.bool


class Size(tuple):
  """torch.Size: a shape is a plain tuple in picograd, so this is one too (`x.shape == torch.Size([2, 3])`)."""


# ---- factories -------------------------------------------------------------------------------------------------------
def _size(size) -> tuple:
  return tuple(size[0]) if len(size) == 1 and isinstance(size[0], (tuple, list)) else tuple(size)


def zeros(*size, dtype=None, device=None, requires_grad: builtins.bool = False) -> Tensor:
  return Tensor.zeros(*_size(size), dtype=dtype, device=device, requires_grad=requires_grad)


def ones(*size, dtype=None, device=None, requires_grad: builtins.bool = False) -> Tensor:
  return Tensor.ones(*_size(size), dtype=dtype, device=device, requires_grad=requires_grad)


def empty(*size, dtype=None, device=None, requires_grad: builtins.bool = False) -> Tensor:
  return zeros(*size, dtype=dtype, device=device, requires_grad=requires_grad)   # defined contents, never garbage


def full(size, fill_value, dtype=None, device=None, requires_grad: builtins.bool = False) -> Tensor:
  return Tensor.full(tuple(size), fill_value, dtype=dtype, device=device, requires_grad=requires_grad)


def arange(start, end=None, step=1, dtype=None, device=None, requires_grad: builtins.bool = False) -> Tensor:
  out = Tensor.arange(start, end, step, dtype=dtype, device=device)
  return out.requires_grad_() if requires_grad else out


def linspace(start, end, steps: builtins.int, dtype=None, device=None, requires_grad: builtins.bool = False) -> Tensor:
  """steps points from start to end inclusive, computed as PyTorch does (from both ends, so end is exact)."""
  if steps < 0: raise ValueError(f"linspace: steps must be >= 0, got {steps}")
  dtype = to_dtype(dtype) if dtype is not None else dtypes.default_float
  if steps == 1: return full((1,), start, dtype=dtype, device=device, requires_grad=requires_grad)
  i = Tensor.arange(steps, device=device).cast(dtypes.float32)
  delta = (end - start) / builtins.max(steps - 1, 1)
  out = (i < steps // 2).where(i * delta + start, end - (steps - 1 - i) * delta)
  return out.cast(dtype)._as_leaf(requires_grad)


def eye(n: builtins.int, m: builtins.int | None = None, dtype=None, device=None, requires_grad: builtins.bool = False):
  return Tensor.eye(n, m, dtype=dtype, device=device, requires_grad=requires_grad)


def rand(*size, dtype=None, device=None, requires_grad: builtins.bool = False, generator=None) -> Tensor:
  return Tensor.rand(*_size(size), dtype=dtype, device=device, requires_grad=requires_grad)


def randn(*size, dtype=None, device=None, requires_grad: builtins.bool = False, generator=None) -> Tensor:
  return Tensor.randn(*_size(size), dtype=dtype, device=device, requires_grad=requires_grad)


def randint(low, high=None, size=None, dtype=None, device=None, generator=None) -> Tensor:
  """Uniform integers in [low, high) (int64, as PyTorch's); randint(high, size) starts at 0."""
  if size is None: low, high, size = 0, low, high
  if high is None: low, high = 0, low
  if not low < high: raise ValueError(f"randint: need low < high, got {low} and {high}")
  u = Tensor.rand(*tuple(size), device=device, dtype=dtypes.float64)
  return (u * (high - low)).floor().cast(to_dtype(dtype) if dtype is not None else dtypes.int64) + low


def randperm(n: builtins.int, dtype=None, device=None, generator=None) -> Tensor:
  """A random permutation of 0..n-1: the ranks of n random keys."""
  keys = Tensor.rand(n, device=device)
  return keys.argsort().cast(to_dtype(dtype) if dtype is not None else dtypes.int64)


def multinomial(input: Tensor, num_samples: builtins.int, replacement: builtins.bool = False, generator=None):
  """Indices drawn from each row's (unnormalized) weights; without replacement by the Gumbel-top-k trick."""
  probs = input if input.ndim == 2 else input.unsqueeze(0)
  if not replacement and num_samples > probs.shape[-1]:
    raise PicogradError(f"multinomial: cannot draw {num_samples} samples without replacement from {probs.shape[-1]}")
  if replacement:
    cdf = (probs / probs.sum(-1, keepdim=True)).cumsum(-1)
    u = Tensor.rand(probs.shape[0], num_samples, 1, device=input.device)
    out = (u > cdf.unsqueeze(1)).sum(-1, dtype=dtypes.int64).minimum(probs.shape[-1] - 1)
  else:
    gumbel = -(-Tensor.rand(*probs.shape, device=input.device).maximum(1e-20).log()).log()
    out = (probs.log() + gumbel).topk(num_samples).indices
  return out if input.ndim == 2 else out.squeeze(0)


def from_numpy(array: np.ndarray) -> Tensor: return Tensor(array)
def as_tensor(data, dtype=None, device=None) -> Tensor:
  return data if isinstance(data, Tensor) and dtype is None else Tensor(data, dtype=dtype, device=device)


def _like(fill):
  def like(input: Tensor, dtype=None, device=None, requires_grad: builtins.bool = False) -> Tensor:
    return fill(input.shape, dtype or input.dtype, device or input.device)._as_leaf(requires_grad)
  return like


zeros_like = empty_like = _like(lambda s, dt, dev: Tensor.zeros(*s, dtype=dt, device=dev))
ones_like = _like(lambda s, dt, dev: Tensor.ones(*s, dtype=dt, device=dev))
rand_like = _like(lambda s, dt, dev: Tensor.rand(*s, dtype=dt, device=dev))
randn_like = _like(lambda s, dt, dev: Tensor.randn(*s, dtype=dt, device=dev))


def full_like(input: Tensor, fill_value, dtype=None, device=None, requires_grad: builtins.bool = False) -> Tensor:
  return Tensor.full(input.shape, fill_value, dtype=dtype or input.dtype, device=device or input.device,
                     requires_grad=requires_grad)


# ---- functions of tensors --------------------------------------------------------------------------------------------
def cat(tensors, dim: builtins.int = 0) -> Tensor: return tensors[0].cat(*tensors[1:], dim=dim)
concat = concatenate = cat
def stack(tensors, dim: builtins.int = 0) -> Tensor: return tensors[0].stack(*tensors[1:], dim=dim)
def where(condition: Tensor, input, other) -> Tensor: return condition.where(input, other)
def einsum(equation: str, *operands) -> Tensor: return Tensor.einsum(equation, *operands)
def numel(input: Tensor) -> builtins.int: return input.numel()
def is_tensor(obj) -> builtins.bool: return isinstance(obj, Tensor)
def is_floating_point(input: Tensor) -> builtins.bool: return input.dtype.is_float
def mm(input: Tensor, mat2: Tensor) -> Tensor: return input.matmul(mat2)
bmm = matmul = mm
def outer(input: Tensor, vec2: Tensor) -> Tensor: return input.reshape(-1, 1) * vec2.reshape(1, -1)


def _method(name: str):
  def function(input: Tensor, *args, **kwargs): return getattr(input, name)(*args, **kwargs)
  function.__name__, function.__doc__ = name, f"input.{name}(...), as a function."
  return function


_METHODS = """exp exp2 log log2 log10 log1p expm1 sqrt rsqrt sin cos tan asin acos atan sinh cosh tanh asinh acosh atanh
erf sigmoid relu abs neg negative sign floor ceil round trunc reciprocal square pow clamp clip maximum minimum
lerp sum mean prod max min amax amin argmax argmin std var std_mean var_mean logsumexp cumsum cumprod cummax cummin
all any softmax log_softmax flatten unflatten reshape squeeze unsqueeze transpose permute movedim chunk split tril
triu flip roll narrow gather scatter index_select masked_fill isnan isinf isfinite isclose allclose equal topk sort
argsort kthvalue unique diag diagonal fmod remainder bitwise_not bitwise_and bitwise_or bitwise_xor logical_not
logical_and logical_or logical_xor eq ne lt le gt ge t repeat_interleave nonzero masked_select dot""".split()
for _name in _METHODS:
  if hasattr(Tensor, _name): globals()[_name] = _method(_name)
negative = _method("neg")
clip = _method("clamp")


# ---- state: seeds, grad modes, defaults, files -----------------------------------------------------------------------
def manual_seed(seed: builtins.int):
  Tensor.manual_seed(seed)


seed = manual_seed


class enable_grad:
  """Turns gradient recording back on inside a no_grad block (a context manager and a decorator)."""

  def __enter__(self):
    self.before, Tensor.no_grad = Tensor.no_grad, False

  def __exit__(self, *exc): Tensor.no_grad = self.before

  def __call__(self, fn):
    def wrapped(*args, **kwargs):
      with enable_grad(): return fn(*args, **kwargs)
    return wrapped


class set_grad_enabled(enable_grad):
  def __init__(self, mode: builtins.bool):
    self.mode = mode
    self.before, Tensor.no_grad = Tensor.no_grad, not mode   # takes effect at the call too, as PyTorch's does

  def __enter__(self): pass


def inference_mode(mode: builtins.bool = True):
  return no_grad() if mode else enable_grad()


def is_grad_enabled() -> builtins.bool: return not Tensor.no_grad


def set_default_dtype(d: DType):
  d = to_dtype(d)
  if not d.is_float: raise PicogradError(f"set_default_dtype: needs a floating point dtype, got {d.name}")
  dtypes.default_float = d


def get_default_dtype() -> DType: return dtypes.default_float


def device(name: str) -> str:
  """A device name, checked and canonical ("cuda" -> "CUDA", "cuda:0" -> "CUDA")."""
  return engine.device_name(name.split(":")[0])


def save(obj, f):
  """A state dict (name -> Tensor) as safetensors; other objects are refused (no pickle)."""
  from picograd.nn.state import safe_save
  if not (isinstance(obj, dict) and builtins.all(isinstance(v, Tensor) for v in obj.values())):
    raise PicogradError("save: only dicts of tensors (state dicts) are saved, as safetensors; pickling arbitrary "
                        "objects is not supported")
  safe_save(obj, f)


def load(f, map_location=None, weights_only: builtins.bool = True) -> dict:
  from picograd.nn.state import safe_load
  state = safe_load(f)
  return {k: v.to(device(map_location)) for k, v in state.items()} if isinstance(map_location, str) else state


class cuda:
  """torch.cuda's questions, answered by picograd's device registry."""

  @staticmethod
  def is_available() -> builtins.bool:
    try:
      engine.open_device("CUDA")
      return True
    except Exception:   # noqa: BLE001  any reason CUDA cannot start means it is not available
      return False

  @staticmethod
  def device_count() -> builtins.int: return 1 if cuda.is_available() else 0


pi, e, inf, nan = math.pi, math.e, math.inf, math.nan


__all__ = [name for name, value in list(globals().items()) if not name.startswith("_")
           and not isinstance(value, types.ModuleType)
           and name not in ("annotations", "DType", "PicogradError", "to_dtype")]


hint_keywords(globals(), __name__)   # a keyword a function lacks gets the closest ones it has named
