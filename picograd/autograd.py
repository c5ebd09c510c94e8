"""The differentiable primitives: forward and backward of each, written on lazy buffers.

Backward graphs are lazy buffers too, so gradients fuse into kernels like any other expression.
"""
from __future__ import annotations
import math
from picograd.lazy import LazyBuffer, made_here
from picograd.ops import BinaryOps, ReduceOps, TernaryOps, UnaryOps


class Function:
  """One differentiable op applied to tensors; kept on the result (`_ctx`) while gradients may be needed."""

  def __init__(self, *tensors):
    self.needs_input_grad = [t.requires_grad for t in tensors]
    self.requires_grad = any(self.needs_input_grad)
    self.parents = tensors
    self.made_at = made_here()   # the forward's line: backward kernels say which line they differentiate

  def forward(self, *args, **kwargs) -> LazyBuffer: raise NotImplementedError

  def backward(self, grad: LazyBuffer): raise NotImplementedError

  @classmethod
  def apply(cls, *tensors, **kwargs):
    """The op on tensors: its result is a tensor of the inputs' class (the layer above, never imported here)."""
    tensor_class = type(tensors[0])
    ctx = cls(*tensors)
    lb = ctx.forward(*[t.lazydata for t in tensors], **kwargs)
    tracked = ctx.requires_grad and not tensor_class.no_grad and lb.dtype.is_float   # integer results: no gradient
    out = tensor_class(lb, requires_grad=tracked)
    if tracked: out._ctx = ctx
    return out


# ---- unary --------------------------------------------------------------------------------------------------------
class Contiguous(Function):
  def forward(self, x): return x.contiguous()
  def backward(self, grad): return grad


class Cast(Function):
  def forward(self, x, dtype):
    self.input_dtype = x.dtype
    return x.cast(dtype)

  def backward(self, grad): return grad.cast(self.input_dtype)


class Neg(Function):
  def forward(self, x): return x.e(UnaryOps.NEG)
  def backward(self, grad): return grad.e(UnaryOps.NEG)


class Reciprocal(Function):
  def forward(self, x):
    self.ret = x.e(UnaryOps.RECIP)
    return self.ret

  def backward(self, grad): return grad.e(UnaryOps.NEG).e(BinaryOps.MUL, self.ret).e(BinaryOps.MUL, self.ret)


class Sin(Function):
  def forward(self, x):
    self.x = x
    return x.e(UnaryOps.SIN)

  def backward(self, grad):   # cos(x) = sin(pi/2 - x)
    return self.x.const_like(math.pi / 2).e(BinaryOps.SUB, self.x).e(UnaryOps.SIN).e(BinaryOps.MUL, grad)


class Relu(Function):
  def forward(self, x):
    self.ret = x.e(BinaryOps.MAX, x.const_like(0))
    return self.ret

  def backward(self, grad):
    return self.ret.const_like(0).e(BinaryOps.CMPLT, self.ret).cast(grad.dtype).e(BinaryOps.MUL, grad)


class Log2(Function):
  def forward(self, x):
    self.x = x
    return x.e(UnaryOps.LOG2)

  def backward(self, grad): return grad.e(BinaryOps.DIV, self.x.e(BinaryOps.MUL, self.x.const_like(math.log(2))))


class Exp2(Function):
  def forward(self, x):
    self.ret = x.e(UnaryOps.EXP2)
    return self.ret

  def backward(self, grad): return self.ret.e(BinaryOps.MUL, self.ret.const_like(math.log(2))).e(BinaryOps.MUL, grad)


class Exp(Function):
  def forward(self, x):
    self.ret = x.e(UnaryOps.EXP)
    return self.ret

  def backward(self, grad): return self.ret.e(BinaryOps.MUL, grad)


class Sqrt(Function):
  def forward(self, x):
    self.ret = x.e(UnaryOps.SQRT)
    return self.ret

  def backward(self, grad): return grad.e(BinaryOps.DIV, self.ret.e(BinaryOps.MUL, self.ret.const_like(2)))


class Sigmoid(Function):
  def forward(self, x):
    e = x.e(UnaryOps.NEG).e(UnaryOps.EXP)
    self.ret = x.const_like(1).e(BinaryOps.ADD, e).e(UnaryOps.RECIP)
    return self.ret

  def backward(self, grad):
    return self.ret.e(BinaryOps.MUL, self.ret.const_like(1).e(BinaryOps.SUB, self.ret)).e(BinaryOps.MUL, grad)


class Local(Function):
  """An op whose value and derivatives the caller computed from detached inputs: the gradient is grad * derivs(i),
  a formula of the caller's (PyTorch's), not the derivative of the composition that computed the value, which can
  be less accurate or NaN where the formula is finite (pow at 0, acosh near 1). derivs(i) is built only if needed."""

  def forward(self, *inputs, value, derivs):
    self.derivs = derivs
    return value

  def backward(self, grad):
    return tuple(grad.e(BinaryOps.MUL, self.derivs(i)) if needed else None
                 for i, needed in enumerate(self.needs_input_grad))


# ---- binary and ternary -------------------------------------------------------------------------------------------
class Less(Function):
  def forward(self, x, y): return x.e(BinaryOps.CMPLT, y)
  def backward(self, grad): return None, None


class Equal(Function):
  def forward(self, x, y): return x.e(BinaryOps.CMPEQ, y)
  def backward(self, grad): return None, None


class Bitwise(Function):
  """Integer/bool ops with no gradient: and, or, xor, shifts, modulo."""

  def forward(self, x, y, op): return x.e(op, y)
  def backward(self, grad): return None, None


class Add(Function):
  def forward(self, x, y): return x.e(BinaryOps.ADD, y)
  def backward(self, grad): return grad, grad


class Sub(Function):
  def forward(self, x, y): return x.e(BinaryOps.SUB, y)
  def backward(self, grad): return grad, grad.e(UnaryOps.NEG)


class Mul(Function):
  def forward(self, x, y):
    self.x, self.y = x, y
    return x.e(BinaryOps.MUL, y)

  def backward(self, grad):
    return (self.y.e(BinaryOps.MUL, grad) if self.needs_input_grad[0] else None,
            self.x.e(BinaryOps.MUL, grad) if self.needs_input_grad[1] else None)


class Div(Function):
  def forward(self, x, y):
    self.x, self.y = x, y
    return x.e(BinaryOps.DIV, y)

  def backward(self, grad):
    gx = grad.e(BinaryOps.DIV, self.y) if self.needs_input_grad[0] else None
    gy = None
    if self.needs_input_grad[1]:
      gy = grad.e(UnaryOps.NEG).e(BinaryOps.MUL, self.x).e(BinaryOps.DIV, self.y.e(BinaryOps.MUL, self.y))
    return gx, gy


class Maximum(Function):
  """Ties split the gradient in half between both inputs, as PyTorch does."""

  def forward(self, x, y):
    self.x, self.y = x, y
    self.ret = x.e(BinaryOps.MAX, y)
    return self.ret

  def backward(self, grad):
    def share(a, b):
      wins = b.e(BinaryOps.CMPLT, a).cast(grad.dtype)
      ties = a.e(BinaryOps.CMPEQ, b).cast(grad.dtype).e(BinaryOps.MUL, grad.const_like(0.5))
      return wins.e(BinaryOps.ADD, ties).e(BinaryOps.MUL, grad)
    return (share(self.x, self.y) if self.needs_input_grad[0] else None,
            share(self.y, self.x) if self.needs_input_grad[1] else None)


class Where(Function):
  def forward(self, cond, x, y):
    self.cond = cond
    return cond.e(TernaryOps.WHERE, x, y)

  def backward(self, grad):
    zero = grad.const_like(0)
    return (None,
            self.cond.e(TernaryOps.WHERE, grad, zero) if self.needs_input_grad[1] else None,
            self.cond.e(TernaryOps.WHERE, zero, grad) if self.needs_input_grad[2] else None)


# ---- reduce -------------------------------------------------------------------------------------------------------
class Sum(Function):
  def forward(self, x, axes):
    self.input_shape = x.shape
    return x.r(ReduceOps.SUM, axes)

  def backward(self, grad): return grad.expand(self.input_shape)


class Max(Function):
  """Ties share the gradient equally, as PyTorch's amax does."""

  def forward(self, x, axes):
    self.x, self.axes = x, axes
    self.ret = x.r(ReduceOps.MAX, axes)
    return self.ret

  def backward(self, grad):
    hit = self.x.e(BinaryOps.CMPEQ, self.ret.expand(self.x.shape)).cast(grad.dtype)
    count = hit.r(ReduceOps.SUM, self.axes)
    return hit.e(BinaryOps.MUL, grad.e(BinaryOps.DIV, count).expand(self.x.shape))


# ---- movement -----------------------------------------------------------------------------------------------------
class Reshape(Function):
  def forward(self, x, shape):
    self.input_shape = x.shape
    return x.reshape(shape)

  def backward(self, grad): return grad.reshape(self.input_shape)


class Permute(Function):
  def forward(self, x, order):
    self.order = order
    return x.permute(order)

  def backward(self, grad): return grad.permute(tuple(sorted(range(len(self.order)), key=self.order.__getitem__)))


class Expand(Function):
  def forward(self, x, shape):
    self.input_shape = x.shape
    return x.expand(shape)

  def backward(self, grad):
    axes = tuple(i for i, (a, b) in enumerate(zip(self.input_shape, grad.shape)) if a != b)
    return grad.r(ReduceOps.SUM, axes)


class Pad(Function):
  def forward(self, x, arg):
    self.shrink_arg = tuple((b, b + s) for s, (b, _) in zip(x.shape, arg))
    return x.pad(arg)

  def backward(self, grad): return grad.shrink(self.shrink_arg)


class Shrink(Function):
  def forward(self, x, arg):
    self.pad_arg = tuple((lo, s - hi) for s, (lo, hi) in zip(x.shape, arg))
    return x.shrink(arg)

  def backward(self, grad): return grad.pad(self.pad_arg)


class Flip(Function):
  def forward(self, x, axes):
    self.axes = axes
    return x.flip(axes)

  def backward(self, grad): return grad.flip(self.axes)



# ---- gather -------------------------------------------------------------------------------------------------------
class Gather(Function):
  """Rows of a (rows, cols) table picked by a 1-D integer index (in range): out[i, j] = table[index[i], j], in
  O(len(index) * cols). The gradient adds each output row into the row it came from, as a one-hot product fused
  into one reduce: O(len(index) * rows * cols) work, the cost of the matching output layer, and no one-hot buffer."""
  def forward(self, table, index):
    self.index, self.rows = index, table.shape[0]
    n, cols = index.shape[0], table.shape[1]
    col = LazyBuffer.arange(cols, index.dtype, index.device).reshape((1, cols)).expand((n, cols))
    return table.contiguous().gather(index.reshape((n, 1)).expand((n, cols)), col)

  def backward(self, grad):
    (n, cols), rows = grad.shape, self.rows
    every = (n, rows, cols)
    row = LazyBuffer.arange(rows, self.index.dtype, grad.device).reshape((1, rows, 1)).expand(every)
    hit = self.index.reshape((n, 1, 1)).expand(every).e(BinaryOps.CMPEQ, row).cast(grad.dtype)
    summed = hit.e(BinaryOps.MUL, grad.reshape((n, 1, cols)).expand(every)).r(ReduceOps.SUM, (0,))
    return summed.reshape((rows, cols)), None
