"""Overlapping sliding windows as one differentiable view, with a gradient written for it.

A convolution or pooling with windows that overlap reads its input through `window_view`: the input repeated, then
reread in rows one element longer, so that each tap and each output position become plain axes (...,k0, o0, k1, o1,
...). As a chain of movement ops its gradient would sum that repeated copy back through three reshaped views, with
a division and a modulo per read and most reads falling in padding (the slowest kernel of a CNN's backward). The
gradient here adds, per tap, the outputs' gradient that tap read, spread by the stride and shifted back to where it
read it: a few padded reads in one elementwise kernel.
"""
from __future__ import annotations
import itertools
import math
from picograd.autograd import Function
from picograd.helpers import flatten
from picograd.lazy import LazyBuffer
from picograd.ops import BinaryOps


def window_view(x: LazyBuffer, out, kernel, stride, dilation) -> LazyBuffer:
  """(..., k0, o0, k1, o1, ...) of x (..., i0, i1, ...): flat position k*(i + d) + o*s of the rows of i + d elements
  that repeating each axis makes holds element k*d + o*s, so a tap and an output position are two plain axes."""
  n = len(kernel)
  lead, size = x.shape[:-n], x.shape[-n:]
  keep = [(0, s) for s in lead]
  reps = [math.ceil(k * (i + d) / i) for k, i, d in zip(kernel, size, dilation)]
  x = x.reshape((*lead, *flatten((1, i) for i in size))).expand((*lead, *flatten(zip(reps, size))))
  x = x.reshape((*lead, *(e * i for e, i in zip(reps, size))))
  x = x.shrink(keep + [(0, k * (i + d)) for k, i, d in zip(kernel, size, dilation)])
  x = x.reshape((*lead, *flatten((k, i + d) for k, i, d in zip(kernel, size, dilation))))
  x = _resize(x, keep + flatten(((0, k), (0, o * s)) for k, o, s in zip(kernel, out, stride)))
  x = x.reshape((*lead, *flatten((k, o, s) for k, o, s in zip(kernel, out, stride))))
  x = x.shrink(keep + flatten(((0, k), (0, o), (0, 1)) for k, o in zip(kernel, out)))
  return x.reshape((*lead, *flatten(zip(kernel, out))))


def _resize(x: LazyBuffer, ranges) -> LazyBuffer:
  """x cut or padded with zeros to [lo, hi) per axis (lo is 0 here): a shrink where hi < size, a pad where above."""
  x = x.shrink(tuple((0, min(hi, s)) for (_, hi), s in zip(ranges, x.shape)))
  return x.pad(tuple((0, hi - s) for (_, hi), s in zip(ranges, x.shape)))


def _spread(x: LazyBuffer, stride) -> LazyBuffer:
  """stride-1 zeros between neighbours along the last len(stride) axes."""
  if all(s == 1 for s in stride): return x
  n = len(stride)
  lead, size = x.shape[:-n], x.shape[-n:]
  x = x.reshape((*lead, *flatten((i, 1) for i in size)))
  x = x.pad(tuple((0, 0) for _ in lead) + tuple(flatten(((0, 0), (0, s - 1)) for s in stride)))
  x = x.reshape((*lead, *(i * s for i, s in zip(size, stride))))
  return x.shrink(tuple((0, t) for t in lead) + tuple((0, (i - 1) * s + 1) for i, s in zip(size, stride)))


class Windows(Function):
  def forward(self, x, out, kernel, stride, dilation):
    self.in_shape, self.geometry = x.shape, (out, kernel, stride, dilation)
    return window_view(x, out, kernel, stride, dilation)

  def backward(self, grad):
    out, kernel, stride, dilation = self.geometry
    n = len(kernel)
    lead, size = self.in_shape[:-n], self.in_shape[-n:]
    keep = tuple((0, s) for s in lead)
    total = None
    for taps in itertools.product(*(range(k) for k in kernel)):
      g = grad.shrink(keep + tuple(flatten(((t, t + 1), (0, o)) for t, o in zip(taps, out))))
      g = _spread(g.reshape((*lead, *out)), stride)
      starts = [t * d for t, d in zip(taps, dilation)]
      g = g.pad(tuple((0, 0) for _ in lead) + tuple((b, i - b - e) for b, i, e in zip(starts, size, g.shape[-n:])))
      total = g if total is None else total.e(BinaryOps.ADD, g)
    return total
