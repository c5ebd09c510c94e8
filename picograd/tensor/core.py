"""The Tensor class: its data, reading values, writes, autograd, arithmetic and reductions, and the helpers the topic
files share (see this package's __init__ for the map)."""
from __future__ import annotations
import copy
import math
from contextlib import contextmanager
import numpy as np
from picograd import autograd as F
from picograd import engine
from picograd.dtype import DType, dtypes, promote, to_dtype
from picograd.errors import AxisError, DeviceError, DTypeError, ShapeError
from picograd.helpers import also_named, hint_keywords_of_class, postorder, prod
from picograd.lazy import LazyBuffer, origin
from picograd.ops import BinaryOps, LoadOps
from picograd.shape.broadcast import broadcast_shape
from picograd.tensor.creation import CreationOps
from picograd.tensor.index_ops import IndexOps
from picograd.tensor.math_ops import MathOps
from picograd.tensor.nn_ops import NNOps
from picograd.tensor.shape_ops import ShapeOps
from picograd.tensor.sort_ops import SortOps
from picograd.tensor.torch_ops import MinMax, TorchOps


def _infer_dtype(data) -> DType:
  flat = np.asarray(data, dtype=object).reshape(-1)
  if len(flat) and all(isinstance(x, (bool, np.bool_)) for x in flat): return dtypes.bool
  if len(flat) and all(isinstance(x, (bool, int, np.bool_, np.integer)) for x in flat):
    return dtypes.default_int if all(-2 ** 31 <= int(x) < 2 ** 31 for x in flat) else dtypes.int64   # as PyTorch would
  return dtypes.default_float


class Tensor(CreationOps, MathOps, NNOps, IndexOps, ShapeOps, SortOps, TorchOps):
  no_grad: bool = False          # set by the `no_grad()` context: new results record no history
  # read by x.dropout(p) given no training=; set by `with Tensor.train():`, not by modules
  training: bool = False
  param_name: str | None = None  # the name a module gives this tensor (model.named_parameters()): kernels that update
                                 # it or add into its grad say so in DEBUG=2, dumps and the VIZ page
  __array_priority__ = 1000      # numpy scalars defer to Tensor operators

  def __init__(self, data, device: str | None = None, dtype=None, requires_grad: bool = False):
    dtype = to_dtype(dtype) if dtype is not None else None
    if device is not None: engine.open_device(device)   # an unavailable device fails here, at the user's call
    if isinstance(data, LazyBuffer):
      lb = data
    elif isinstance(data, Tensor):
      lb = data.lazydata
    elif isinstance(data, (bool, int, float)):
      lb = LazyBuffer.const(data, (), dtype or dtypes.of_python(data), engine.device_name(device))
    elif isinstance(data, (list, tuple)):
      dt = dtype or _infer_dtype(data)
      array = np.array(data, dtype=dt.np if dt != dtypes.bfloat16 else np.float32)
      lb = LazyBuffer.from_numpy(array, engine.device_name(device))
    elif isinstance(data, np.ndarray):
      lb = LazyBuffer.from_numpy(data, engine.device_name(device))
    elif isinstance(data, np.generic):
      lb = LazyBuffer.from_numpy(np.array(data), engine.device_name(device))
    else:
      raise DTypeError(f"Tensor: cannot make a tensor from a {type(data).__name__}")
    if device is not None and lb.device != engine.device_name(device):
      raise DeviceError(f"Tensor: data is on {lb.device}, asked for {engine.device_name(device)}; use .to()")
    if dtype is not None and dtype != lb.dtype: lb = lb.cast(dtype)
    if requires_grad and not lb.dtype.is_float:
      raise RuntimeError(f"Tensor: only floating point tensors can require gradients, not {lb.dtype.name}")
    self.lazydata: LazyBuffer = lb
    self.requires_grad: bool = requires_grad
    self.grad: Tensor | None = None
    self._ctx: F.Function | None = None

  # ---- facts known without computing -------------------------------------------------------------------------------
  @property
  def shape(self) -> tuple[int, ...]: return self.lazydata.shape
  @property
  def dtype(self) -> DType: return self.lazydata.dtype
  @property
  def device(self) -> str: return self.lazydata.device
  @property
  def ndim(self) -> int: return len(self.shape)
  def numel(self) -> int: return prod(self.shape)
  def size(self, dim: int | None = None): return self.shape if dim is None else self.shape[self._axis(dim)]
  def __len__(self):
    if not self.shape: raise TypeError("len() of a 0-d tensor")
    return self.shape[0]

  def __repr__(self):
    state = "realized" if self.lazydata.is_realized else "lazy"
    return (f"<Tensor shape={self.shape} dtype={self.dtype.name} device={self.device} "
            f"{state}{' grad' if self.requires_grad else ''}>")

  def __hash__(self): return id(self)

  # ---- realizing ---------------------------------------------------------------------------------------------------
  def schedule(self, *others: Tensor) -> list[engine.ScheduleItem]:
    """The compute kernels realizing these tensors would run, without running anything."""
    return [s for s in engine.schedule([t.lazydata for t in (self,) + others]) if s.is_kernel]

  def realize(self, *others: Tensor) -> Tensor:
    """Compute these tensors. A constant (zeros, full, ...) gets a buffer of its own, so it can be assigned to."""
    for t in (self,) + others:
      t.lazydata = t.lazydata.latest()
      if t.lazydata.base.op in (LoadOps.CONST, LoadOps.ARANGE) and t.lazydata.base.realized is None:
        t.lazydata = t.lazydata.contiguous()
    engine.realize([t.lazydata for t in (self,) + others])
    return self

  def numpy(self, count_read: bool = True) -> np.ndarray:
    """A copy as a NumPy array. bfloat16, which NumPy lacks, comes back as float32 (PyTorch refuses instead).
    `count_read=False`: a check of the values (index bounds) that computes nothing from them, so a JIT may replay it."""
    if self.numel() == 0:
      return np.empty(self.shape, dtype=self.dtype.np if self.dtype != dtypes.bfloat16 else np.float32)
    lb = self.lazydata = self.lazydata.latest()
    if not (lb.st.contiguous and lb.size == lb.base.size): lb = lb.contiguous()   # a view needs its own copy
    if not lb.is_realized: engine.realize([lb])
    if count_read: engine.note_host_read()
    out = lb.base.realized.numpy().reshape(self.shape)
    return (out.astype(np.uint32) << 16).view(np.float32) if self.dtype == dtypes.bfloat16 else out

  def tolist(self): return self.numpy().tolist()

  def item(self):
    if self.numel() != 1: raise ShapeError(f"item: tensor of shape {self.shape} has {self.numel()} elements, not 1")
    return self.numpy().reshape(-1)[0].item()

  def __bool__(self): return bool(self.item())
  def __float__(self): return float(self.item())
  def __int__(self): return int(self.item())

  def contiguous(self) -> Tensor: return F.Contiguous.apply(self)
  def detach(self) -> Tensor: return Tensor(self.lazydata)

  def __deepcopy__(self, memo) -> Tensor:
    """A tensor with buffers of its own holding the same values (and a copy of the gradient), sharing nothing with
    this one: copy.deepcopy(model) makes an independent model, as in PyTorch."""
    out = memo[id(self)] = Tensor(self.detach().clone().realize().lazydata, requires_grad=self.requires_grad)
    if self.grad is not None: out.grad = copy.deepcopy(self.grad, memo)
    return out

  def clone(self) -> Tensor:
    return Tensor(LazyBuffer.new(self.device, self.shape, self.dtype, LoadOps.CONTIGUOUS, (self.lazydata,)))

  def to(self, *args, device=None, dtype=None, non_blocking: bool = False, copy: bool = False,
         memory_format=None) -> Tensor:
    """x.to(device), x.to(dtype), x.to(device, dtype) or x.to(other) (its device and dtype), as in PyTorch."""
    for a in args:
      if isinstance(a, Tensor): device, dtype = a.device, a.dtype
      elif isinstance(a, str): device = a
      else: dtype = a
    out = self if dtype is None else self.cast(dtype)
    if device is None: return out
    device = engine.open_device(device.split(":")[0])
    if device == out.device: return out
    return Tensor(out.lazydata.copy_to(device), requires_grad=out.requires_grad)

  def cuda(self) -> Tensor: return self.to("CUDA")
  def cpu(self) -> Tensor: return self.to("CPU")

  def _as_leaf(self, requires_grad: bool) -> Tensor:
    """A made-up tensor (random init, eye, ...) as a leaf: gradients must land on it, not on how it was made."""
    return Tensor(self.lazydata, requires_grad=requires_grad)

  # ---- autograd ----------------------------------------------------------------------------------------------------
  def backward(self, gradient: Tensor | None = None, retain_graph: bool = False) -> Tensor:
    """Accumulate d(self)/d(leaf) into each leaf's `.grad`. A non-scalar result is seeded with ones.

    As in PyTorch, the pass frees the graph behind it unless retain_graph=True (use draw_utils.capture_graph to draw
    it afterwards): values computed only for the graph are released, and a second backward through it is an error.
    """
    grads = self._gradients(gradient, "backward")
    for t, g in grads.items():
      if t._ctx is not None: continue
      if t.grad is None: t.grad = Tensor(g)
      else:
        with origin(f"grad accumulation into {t.param_name or 'a leaf of shape ' + str(t.shape)}"):
          t.grad = Tensor(t.grad.lazydata.e(BinaryOps.ADD, g))
      for hook in list(t.__dict__.get("_grad_hooks", ())): hook(t)
    if not retain_graph:
      for t in grads:
        if t._ctx is not None: t._ctx = _FREED
    return self

  def register_post_accumulate_grad_hook(self, hook) -> GradHook:
    """PyTorch's: `hook(tensor)` runs each time backward() has written this leaf's `.grad` (data-parallel training
    averages a bucket of gradients across processes as soon as backward has written them all)."""
    if self._ctx is not None or not self.requires_grad:
      raise RuntimeError("register_post_accumulate_grad_hook: only a leaf tensor that requires grad gets a .grad; "
                         f"this one (shape {self.shape}) is {'not a leaf' if self._ctx is not None else 'not tracked'}")
    hooks = self.__dict__.setdefault("_grad_hooks", [])
    hooks.append(hook)
    return GradHook(hooks, hook)

  def gradient(self, *targets: Tensor, gradient: Tensor | None = None) -> list[Tensor]:
    """d(self)/d(target) for each target, lazily, without touching `.grad` or the graph. As in PyTorch's
    autograd.grad, each target must require grad: the graph through other tensors was never recorded (recording it
    would keep every intermediate value of eager code alive), so a gradient for one could silently miss paths."""
    if not_recorded := [t for t in targets if not t.requires_grad]:
      raise RuntimeError(f"gradient: a target of shape {not_recorded[0].shape} does not require grad, so the graph "
                         "through it was not recorded; call requires_grad_() on it before computing the result")
    grads = self._gradients(gradient, "gradient")
    return [Tensor(grads[t]) if t in grads else Tensor.zeros(*t.shape, dtype=t.dtype, device=t.device) for t in targets]

  def _gradients(self, gradient: Tensor | None, caller: str) -> dict[Tensor, LazyBuffer]:
    """The gradient of every tensor in the graph that requires one, from the output back."""
    if self._ctx is None and not self.requires_grad:
      raise RuntimeError(f"{caller}: this tensor does not require grad and has no graph; call requires_grad_() on "
                         "the inputs to differentiate by before computing it")
    if self.dtype.kind in "biu": raise RuntimeError(f"{caller}: gradients need a float result, not {self.dtype.name}")
    if gradient is None: gradient = Tensor.ones(*self.shape, dtype=self.dtype, device=self.device)
    if gradient.shape != self.shape:
      raise ShapeError(f"{caller}: gradient shape {gradient.shape} != tensor shape {self.shape}")
    grads: dict[Tensor, LazyBuffer] = {self: gradient.lazydata.cast(self.dtype)}
    for t in reversed(self._toposort()):
      g = grads.get(t)
      if g is None or t._ctx is None: continue
      with origin(t._ctx.made_at and f"grad of {t._ctx.made_at}"):
        parent_grads = t._ctx.backward(g)
        if not isinstance(parent_grads, tuple): parent_grads = (parent_grads,)
        for p, pg in zip(t._ctx.parents, parent_grads):
          if pg is None or not p.requires_grad: continue
          grads[p] = pg if p not in grads else grads[p].e(BinaryOps.ADD, pg)
    return grads

  def _toposort(self) -> list[Tensor]:
    return postorder([self], lambda t: [p for p in t._ctx.parents if p.requires_grad] if t._ctx is not None else ())

  @staticmethod
  def _shape_arg(shape) -> tuple[int, ...]:
    shape = tuple(shape[0]) if len(shape) == 1 and isinstance(shape[0], (tuple, list)) else tuple(shape)
    if not all(isinstance(s, (int, np.integer)) for s in shape): raise ShapeError(f"sizes must be ints, got {shape}")
    if any(s < 0 for s in shape): raise ValueError(f"negative dimension in shape {shape}")
    return tuple(int(s) for s in shape)

  # ---- new tensors on this one's device: how the topic files make tensors without naming the class ---------------
  def _new(self, data, dtype=None) -> Tensor:
    """`data` as a tensor on this device (a tensor is returned as it is, cast to dtype if one is given)."""
    if isinstance(data, Tensor): return data if dtype is None else data.cast(dtype)
    return Tensor(data, device=self.device, dtype=dtype)

  def _arange(self, *args, dtype=None) -> Tensor: return Tensor.arange(*args, dtype=dtype, device=self.device)
  def _full(self, shape, value, dtype=None) -> Tensor: return Tensor.full(shape, value, dtype=dtype, device=self.device)

  # ---- broadcasting and type promotion -----------------------------------------------------------------------------
  def _const_like(self, value, dtype: DType) -> Tensor:
    return Tensor(LazyBuffer.const(value, self.shape, dtype, self.device))

  def _operands(self, op: str, other, reverse: bool = False) -> tuple[Tensor, Tensor]:
    """Both operands as tensors of one broadcast shape and one dtype (Python scalars do not widen a tensor's type)."""
    if isinstance(other, Tensor):
      if other.device != self.device:
        raise DeviceError(f"{op}: operands are on different devices, {self.device} and {other.device}")
      if other.shape == self.shape and other.dtype == self.dtype: return (other, self) if reverse else (self, other)
      dtype = promote(self.dtype, other.dtype)
    elif isinstance(other, (bool, int, float, np.generic)):
      other = other.item() if isinstance(other, np.generic) else other
      sd = dtypes.of_python(other)
      keep_dtype = sd.kind == "b" or (sd.is_int and self.dtype.kind in "iuf") or self.dtype.is_float
      dtype = self.dtype if keep_dtype else promote(self.dtype, sd)
      other = Tensor(LazyBuffer.const(other, self.shape, dtype, self.device))   # already the full shape: no broadcast
    else:
      raise DTypeError(f"{op}: unsupported operand type {type(other).__name__}")
    x, y = (other, self) if reverse else (self, other)
    shape = broadcast_shape(op, x.shape, y.shape)
    return x.cast(dtype)._broadcast_to(shape), y.cast(dtype)._broadcast_to(shape)

  def _broadcast_to(self, shape) -> Tensor:
    if self.shape == tuple(shape): return self
    ones = (1,) * (len(shape) - self.ndim)
    if not self.requires_grad:   # no history to record: straight to the lazy views (an optimizer's scalars, masks)
      return Tensor(self.lazydata.reshape(ones + self.shape).expand(tuple(shape)))
    return (self.reshape(ones + self.shape) if ones else self).expand(shape)

  def _float(self) -> Tensor:
    return self if self.dtype.is_float else self.cast(dtypes.default_float)

  # ---- elementwise -------------------------------------------------------------------------------------------------
  def add(self, other, reverse=False): return F.Add.apply(*self._operands("add", other, reverse))
  def sub(self, other, reverse=False):
    x, y = self._operands("sub", other, reverse)
    if x.dtype == dtypes.bool: raise DTypeError("sub: subtracting bool tensors is not supported; use logical_xor or ^")
    return F.Sub.apply(x, y)
  def mul(self, other, reverse=False): return F.Mul.apply(*self._operands("mul", other, reverse))
  def div(self, other, reverse=False, rounding_mode=None): return self.divide(other, rounding_mode, reverse=reverse)

  def _bitwise(self, name: str, op: BinaryOps, other, reverse=False) -> Tensor:
    x, y = self._operands(name, other, reverse)
    if x.dtype.is_float: raise DTypeError(f"{name}: needs integer or bool tensors, got {x.dtype.name}")
    return F.Bitwise.apply(x, y, op=op)

  def mod(self, other, reverse=False) -> Tensor:
    """Python's (and PyTorch's) remainder: the result takes the sign of the divisor."""
    x, y = self._operands("mod", other, reverse)
    r = Tensor(x.lazydata.e(BinaryOps.MOD, y.lazydata))
    out = ((r != 0) & ((r < 0) != (y < 0))).where(r + y, r)
    if not (x.dtype.is_float and (x.requires_grad or y.requires_grad)): return out
    # the value stays the exact remainder; these zero-valued terms carry PyTorch's gradients, 1 and -floor(x/y)
    q = (x.detach() / y.detach()).floor()
    return out.detach() + (x - x.detach()) - (y - y.detach()) * q

  def floordiv(self, other, reverse=False) -> Tensor: return self.divide(other, "floor", reverse=reverse)

  def maximum(self, other): return F.Maximum.apply(*self._operands("maximum", other))
  def minimum(self, other):
    x, y = self._operands("minimum", other)
    return -F.Maximum.apply(-x, -y) if x.dtype != dtypes.bool else x & y

  def where(self, x, y) -> Tensor:
    """self ? x : y, broadcasting all three."""
    cond = self if self.dtype == dtypes.bool else self != 0
    if not isinstance(x, Tensor) and not isinstance(y, Tensor):
      x = Tensor(LazyBuffer.const(x, (), promote(dtypes.of_python(x), dtypes.of_python(y)), self.device))
    if isinstance(x, Tensor): xt, yt = x._operands("where", y)
    else: yt, xt = y._operands("where", x)
    if cond.device != xt.device:
      raise DeviceError(f"where: operands are on different devices, {cond.device} and {xt.device}")
    shape = broadcast_shape("where", cond.shape, xt.shape)
    return F.Where.apply(cond._broadcast_to(shape), xt._broadcast_to(shape), yt._broadcast_to(shape))

  def __neg__(self):
    if self.dtype == dtypes.bool: raise DTypeError("neg: negating a bool tensor is not supported; use logical_not")
    return F.Neg.apply(self)
  def __add__(self, o): return self.add(o)
  def __radd__(self, o): return self.add(o, True)
  def __sub__(self, o): return self.sub(o)
  def __rsub__(self, o): return self.sub(o, True)
  def __mul__(self, o): return self.mul(o)
  def __rmul__(self, o): return self.mul(o, True)
  def __truediv__(self, o): return self.div(o)
  def __rtruediv__(self, o): return self.div(o, True)
  def __floordiv__(self, o): return self.floordiv(o)
  def __rfloordiv__(self, o): return self.floordiv(o, True)
  def __mod__(self, o): return self.mod(o)
  def __rmod__(self, o): return self.mod(o, True)
  def __pow__(self, o): return self.pow(o)
  def __rpow__(self, o): return self.pow(o, True)
  def __and__(self, o): return self._bitwise("and", BinaryOps.AND, o)
  def __rand__(self, o): return self._bitwise("and", BinaryOps.AND, o, True)
  def __or__(self, o): return self._bitwise("or", BinaryOps.OR, o)
  def __ror__(self, o): return self._bitwise("or", BinaryOps.OR, o, True)
  def __xor__(self, o): return self._bitwise("xor", BinaryOps.XOR, o)
  def __rxor__(self, o): return self._bitwise("xor", BinaryOps.XOR, o, True)
  def __invert__(self):
    if self.dtype.is_float: raise DTypeError("invert: needs an integer or bool tensor")
    return self ^ (True if self.dtype == dtypes.bool else -1)
  def __matmul__(self, o): return self.matmul(o)
  def __rmatmul__(self, o): return Tensor(o).matmul(self) if not isinstance(o, Tensor) else o.matmul(self)

  def __lt__(self, o): return F.Less.apply(*self._operands("lt", o))
  def __gt__(self, o): return F.Less.apply(*self._operands("gt", o, True))
  def __eq__(self, o): return F.Equal.apply(*self._operands("eq", o))   # type: ignore[override]
  def __ne__(self, o): return (self == o).logical_not()                  # type: ignore[override]

  def logical_not(self) -> Tensor:
    return F.Equal.apply(*self.cast(dtypes.bool)._operands("logical_not", False))

  def __le__(self, o):   # (x < y) | (x == y), not !(x > y): NaN compares false both ways, as in PyTorch
    x, y = self._operands("le", o)
    return (x < y) | (x == y)

  def __ge__(self, o):
    x, y = self._operands("ge", o)
    return (y < x) | (x == y)

  # ---- dtype -------------------------------------------------------------------------------------------------------
  def cast(self, dtype) -> Tensor:
    dtype = to_dtype(dtype)
    return self if dtype == self.dtype else F.Cast.apply(self, dtype=dtype)
  def bitcast(self, dtype) -> Tensor:
    """The same bytes read as another type of the same size (no gradient)."""
    dtype = to_dtype(dtype)
    if dtype.itemsize != self.dtype.itemsize or dtypes.bool in (dtype, self.dtype):
      raise DTypeError(f"bitcast: cannot reinterpret {self.dtype.name} as {dtype.name} (sizes must match, no bool)")
    if self.requires_grad: raise RuntimeError("bitcast: not differentiable; detach() first")
    return Tensor(self.lazydata.cast(dtype, bitcast=True))

  def half(self): return self.cast(dtypes.float16)
  def float(self): return self.cast(dtypes.float32)
  def int(self): return self.cast(dtypes.int32)
  def long(self): return self.cast(dtypes.int64)
  def bool(self): return self.cast(dtypes.bool)
  def double(self): return self.cast(dtypes.float64)

  # ---- reductions --------------------------------------------------------------------------------------------------
  def _axis(self, axis: int, op: str = "axis") -> int:
    n = max(self.ndim, 1)
    if not -n <= axis < n: raise AxisError(f"{op}: axis {axis} is out of range for a tensor of shape {self.shape}")
    return axis % n

  def _reduce_axes(self, axis, op: str = "reduce") -> tuple[int, ...]:
    if axis is None: return tuple(range(self.ndim))
    axes = (axis,) if isinstance(axis, (int, np.integer)) else tuple(axis) if isinstance(axis, (tuple, list)) else None
    if axes is None or not all(isinstance(a, (int, np.integer)) for a in axes):
      raise AxisError(f"{op}: axis must be an int or a tuple of ints, got {axis!r}")
    out = tuple(self._axis(int(a), op) for a in axes)
    if len(set(out)) != len(out): raise AxisError(f"{op}: axis {axis} repeats an axis")
    return tuple(a for a in out if self.ndim)

  def _reduce(self, fn, axis, keepdim: bool, name: str) -> Tensor:
    axes = self._reduce_axes(axis, name)
    if any(self.shape[a] == 0 for a in axes) and fn is F.Max:
      raise ShapeError(f"max/min: cannot reduce over a zero-size axis of shape {self.shape}")
    out = fn.apply(self, axes=axes)
    if keepdim: return out
    return out.reshape(tuple(s for i, s in enumerate(self.shape) if i not in axes))

  @also_named("axis", "dim")
  def sum(self, axis=None, keepdim=False, dtype=None):
    x = (self.cast(dtype) if dtype is not None
         else (self.cast(dtypes.default_int) if self.dtype == dtypes.bool else self))
    return x._reduce(F.Sum, axis, keepdim, "sum")
  def max(self, dim=None, keepdim=False, *, axis=None):
    """PyTorch's three: x.max() the maximum; x.max(dim) its (values, indices) along an int dim; x.max(other) the
    elementwise maximum. With axis= (tinygrad's, NumPy's; ints or tuples), the values alone, as amax."""
    return self._extreme("max", dim, keepdim, axis)

  def min(self, dim=None, keepdim=False, *, axis=None):
    return self._extreme("min", dim, keepdim, axis)

  def _extreme(self, op: str, dim, keepdim: bool, axis):
    if isinstance(dim, Tensor): return self.maximum(dim) if op == "max" else self.minimum(dim)
    if axis is not None or not isinstance(dim, (int, np.integer)):
      return self._reduce_values(op, axis if axis is not None else dim, keepdim)
    self._axis(dim, op)
    index = (self.argmax if op == "max" else self.argmin)(dim, keepdim).cast(dtypes.int64)
    return MinMax(self._reduce_values(op, dim, keepdim), index)

  def _reduce_values(self, op: str, axis, keepdim: bool) -> Tensor:
    if op == "max": return self._reduce(F.Max, axis, keepdim, "max")
    self._reduce_axes(axis, "min")
    if self.dtype == dtypes.bool: return self.logical_not().amax(axis, keepdim).logical_not()
    return -((-self).amax(axis, keepdim))
  @also_named("axis", "dim")
  def prod(self, axis=None, keepdim=False, dtype=None):
    """Product over axes, as a tree of pairwise multiplies (exact in the way PyTorch's is, unlike exp(sum(log)))."""
    x = (self.cast(dtype) if dtype is not None
         else (self.cast(dtypes.default_int) if self.dtype == dtypes.bool else self))
    axes = x._reduce_axes(axis)
    kept = tuple(i for i in range(x.ndim) if i not in axes)
    n = prod(x.shape[a] for a in axes)
    flat = x.permute(kept + axes).reshape(tuple(x.shape[i] for i in kept) + (n,))
    while flat.shape[-1] > 1: flat = _multiply_down(flat)
    out_shape = (tuple(1 if i in axes else s for i, s in enumerate(x.shape)) if keepdim
                 else tuple(x.shape[i] for i in kept))
    return (flat if n else flat.pad(tuple((0, 0) for _ in kept) + ((0, 1),), value=1)).reshape(out_shape)

  @also_named("axis", "dim")
  def any(self, axis=None, keepdim=False):
    return (self != 0).amax(axis, keepdim) if self.numel() else self._bool_fill(axis, keepdim, False)
  @also_named("axis", "dim")
  def all(self, axis=None, keepdim=False):
    return (self != 0).amin(axis, keepdim) if self.numel() else self._bool_fill(axis, keepdim, True)

  def _bool_fill(self, axis, keepdim, value: bool) -> Tensor:
    axes = self._reduce_axes(axis)
    shape = tuple(1 if i in axes else s for i, s in enumerate(self.shape) if keepdim or i not in axes)
    return Tensor.full(shape, value, dtype=dtypes.bool, device=self.device)

  @also_named("axis", "dim")
  def var(self, axis=None, keepdim=False, correction=1, *, unbiased: bool | None = None):
    """PyTorch's value, sum / max(n - correction, 0), and gradient, 2 (x - mean) / (n - correction): the mean is a
    constant to the gradient (its share is zero), and n - correction <= 0 divides by zero only in the value.
    unbiased=: PyTorch's older spelling of correction=1 (True) or 0 (False)."""
    if unbiased is not None: correction = int(unbiased)
    x = self._float()
    dof = prod(self.shape[a] for a in self._reduce_axes(axis, "var")) - correction
    sq = (x - x.detach().mean(axis, keepdim=True)).square().sum(axis, keepdim)
    if dof > 0: return sq / dof
    slope = 1 / dof if dof else math.inf
    return F.Local.apply(sq, value=(sq.detach() / 0.0).lazydata, derivs=lambda i: sq.lazydata.const_like(slope))

  @also_named("axis", "dim")
  def std(self, axis=None, keepdim=False, correction=1, *, unbiased: bool | None = None):
    """sqrt(var), with PyTorch's gradient: 0 where the result is 0 (all values equal), not 0 * inf."""
    v = self.var(axis, keepdim, correction, unbiased=unbiased)
    out = v.detach().sqrt()
    return F.Local.apply(v, value=out.lazydata, derivs=lambda i: (out == 0).where(0.0, 0.5 / out).lazydata)

  @also_named("axis", "dim")
  def logsumexp(self, axis=None, keepdim=False):
    x = self._float()
    if any(self.shape[a] == 0 for a in self._reduce_axes(axis, "logsumexp")):
      return x.sum(axis, keepdim) + float("-inf")
    m = x.amax(axis, keepdim=True)
    m = (m.abs() == float("inf")).where(0.0, m)   # all -inf stays -inf; +inf stays +inf
    out = (x - m).exp().sum(axis, keepdim=True).log() + m
    return out if keepdim else out.reshape(
      tuple(s for i, s in enumerate(self.shape) if i not in self._reduce_axes(axis)))

  @also_named("axis", "dim")
  def mean(self, axis=None, keepdim=False):
    x = self._float()
    count = prod(self.shape[a] for a in self._reduce_axes(axis, "mean"))
    return x.sum(axis, keepdim) / count if count else x.sum(axis, keepdim) * float("nan")

  @also_named("axis", "dim")
  def argmax(self, axis=None, keepdim=False) -> Tensor:
    """Index of the first maximum, as int64 (PyTorch's); a NaN counts as the maximum (the first NaN wins),
    as in PyTorch."""
    if axis is None:
      out = self.flatten().argmax(0)
      return out.reshape((1,) * self.ndim) if keepdim else out
    axis = self._axis(axis, "argmax")
    if self.ndim == 0: return Tensor.zeros((), dtype=dtypes.int64, device=self.device)   # a 0-d tensor is its own max
    n = self.shape[axis]
    if n == 0: raise ShapeError(f"argmax/argmin: cannot reduce over the zero-size axis {axis} of shape {self.shape}")
    hit = self == self.amax(axis, keepdim=True)
    if self.dtype.is_float: hit = hit | (self != self)
    countdown = Tensor.arange(n, 0, -1, device=self.device).reshape((n,) + (1,) * (self.ndim - axis - 1))
    return (n - (hit * countdown).amax(axis, keepdim)).cast(dtypes.int64)

  @also_named("axis", "dim")
  def argmin(self, axis=None, keepdim=False) -> Tensor:
    """argmax of the order reversed: -x for floats (NaN stays the first found), hi - x for ints (no overflow)."""
    if self.dtype == dtypes.bool: return self.logical_not().argmax(axis, keepdim)
    if self.dtype.is_float: return (-self).argmax(axis, keepdim)
    return ((2 ** (8 * self.dtype.itemsize) - 1 if self.dtype.is_unsigned else -1) - self).argmax(axis, keepdim)

  # ---- linear algebra ----------------------------------------------------------------------------------------------
  def matmul(self, w: Tensor) -> Tensor:
    if not isinstance(w, Tensor): w = Tensor(w, device=self.device)
    if self.ndim == 0 or w.ndim == 0:
      raise ShapeError(f"matmul: both operands need at least 1 dimension, got {self.shape} and {w.shape}")
    x = self.reshape(1, -1) if self.ndim == 1 else self
    y = w.reshape(-1, 1) if w.ndim == 1 else w
    if x.shape[-1] != y.shape[-2]:
      raise ShapeError(f"matmul: inner dimensions differ: {self.shape} @ {w.shape} ({x.shape[-1]} != {y.shape[-2]})")
    try: broadcast_shape("matmul", x.shape[:-2], y.shape[:-2])
    except ShapeError:
      raise ShapeError(f"matmul: batch dimensions of {self.shape} and {w.shape} do not broadcast") from None
    # an operand no single strided layout describes (a reshape of a transposed view, which PyTorch copies) would be
    # read through index arithmetic per element of the reduce loop: copied once, it is read at full speed
    x, y = (t if t.lazydata.strided else t.contiguous() for t in (x, y))
    x = x.reshape(*x.shape[:-1], 1, x.shape[-1])
    y = y.transpose(-1, -2).reshape(*y.shape[:-2], 1, y.shape[-1], y.shape[-2])
    dtype = promote(x.dtype, y.dtype)
    if dtype.is_float and dtype.itemsize == 2:   # accumulated in float32 and rounded once, as PyTorch does
      x, y = x.cast(dtypes.float32), y.cast(dtypes.float32)
    out = (x * y).sum(-1).cast(dtype)
    if self.ndim == 1: out = out.reshape(*out.shape[:-2], out.shape[-1])
    if w.ndim == 1: out = out.reshape(out.shape[:-1])
    return out
  dot = matmul


PROD_TREE_CHUNK = 8   # wider trees compile slowly: the gradient re-reads each level through more views


def _multiply_down(x: Tensor) -> Tensor:
  """One step of a product along the last axis: halve it by pairing, or (when long) reduce chunks into a buffer."""
  n = x.shape[-1]
  lead = tuple((0, 0) for _ in x.shape[:-1])
  if n > PROD_TREE_CHUNK:
    c = PROD_TREE_CHUNK
    chunks = x.pad(lead + ((0, -n % c),), value=1).reshape(x.shape[:-1] + (-(-n // c), c))
    while chunks.shape[-1] > 1: chunks = _multiply_down(chunks)
    return chunks.reshape(x.shape[:-1] + (-(-n // c),)).contiguous()
  even = x.pad(lead + ((0, n % 2),), value=1)
  half = even.shape[-1] // 2
  keep = (None,) * len(lead)
  return even.shrink(keep + ((0, half),)) * even.shrink(keep + ((half, 2 * half),))


class GradHook:
  """What register_post_accumulate_grad_hook returns: `remove()` takes the hook off its tensor."""
  def __init__(self, hooks: list, hook): self.hooks, self.hook = hooks, hook

  def remove(self):
    if self.hook in self.hooks: self.hooks.remove(self.hook)


class _FreedGraph:
  """Stands for the op that made a result once a backward pass has freed the graph behind it."""
  parents: tuple = ()
  made_at = None

  def backward(self, grad):
    raise RuntimeError("backward: this graph was already freed by an earlier backward(); "
                       "pass retain_graph=True to that backward() to go through the graph again")


_FREED = _FreedGraph()


def tensor(data, dtype=None, device=None, requires_grad: bool = False) -> Tensor:
  """PyTorch's torch.tensor: a new tensor from data, in a buffer of its own. A Python number becomes a copied 0-d
  array, not a constant folded into kernels (as `Tensor(3)` is): code that makes one per step (a position, a step
  count) must not compile new kernels for each value."""
  if isinstance(data, (bool, int, float)) and not isinstance(data, np.generic):
    natural = dtypes.of_python(data)
    data = np.array(data, dtype=natural.np)
  return Tensor(data, device=device, dtype=dtype, requires_grad=requires_grad)


@contextmanager
def no_grad():
  """Results made inside record no autograd history."""
  before, Tensor.no_grad = Tensor.no_grad, True
  try: yield
  finally: Tensor.no_grad = before


@contextmanager
def _train(mode: bool = True):
  """tinygrad's `with Tensor.train():` (also a decorator) for code without modules: sets Tensor.training inside, which
  x.dropout(p) reads when given no training=, and restores it after. A Module follows its own train()/eval() instead."""
  before, Tensor.training = Tensor.training, mode
  try: yield
  finally: Tensor.training = before


Tensor.train = staticmethod(_train)
hint_keywords_of_class(Tensor)   # x.sum(keepdims=True): "did you mean keepdim=?"; x.add(y, out=z): what to do instead
