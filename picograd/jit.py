"""A JIT for whole steps: capture the kernels a function launches, then replay them on new inputs.

    @picograd.jit
    def step(x, y): ...            # tensors in, tensors out

Call 1 runs the function (compiling its kernels), call 2 runs it again while recording every launch and its
buffers, and later calls only relaunch those kernels, with the new inputs' buffers in place of the old: no
scheduling, no code generation, no per-op Python work. State the function updates with `assign` (weights,
optimizer moments) lives in the same buffers every step, which is what makes replaying correct.

Refused, with a JitError: different shapes, dtypes or devices of tensor arguments, changed non-tensor
arguments, host data or random numbers made inside the function (a replay would repeat them), and a function
that launched no kernel.
"""
from __future__ import annotations
import functools
from picograd import realize
from picograd.errors import PicogradError
from picograd.tensor import Tensor


class JitError(PicogradError, RuntimeError):
  pass


def _signature(args, kwargs):
  tensors = [a for a in list(args) + list(kwargs.values()) if isinstance(a, Tensor)]
  others = repr([a for a in args if not isinstance(a, Tensor)]) + repr({k: v for k, v in kwargs.items() if not isinstance(v, Tensor)})
  return tensors, (tuple((t.shape, t.dtype, t.device) for t in tensors), others)


def _outputs(out) -> list[Tensor]:
  items = out if isinstance(out, (tuple, list)) else [out]
  return [t for t in items if isinstance(t, Tensor)]


class TinyJit:
  def __init__(self, fn):
    self.fn = fn
    self.calls = 0
    self.plan: list = []
    self.signature = None
    self.result = None
    functools.update_wrapper(self, fn)

  def __call__(self, *args, **kwargs):
    tensors, signature = _signature(args, kwargs)
    for t in tensors: t.lazydata = t.lazydata.contiguous()
    if tensors: Tensor.realize(*tensors)
    if self.calls >= 2: return self._replay(tensors, signature)
    self.calls += 1
    if self.calls == 1:
      out = self.fn(*args, **kwargs)
      if _outputs(out): Tensor.realize(*_outputs(out))
      return out
    return self._capture(tensors, signature, args, kwargs)

  def _capture(self, tensors, signature, args, kwargs):
    rng_before = Tensor._rng_counter
    with realize.capture() as cap:
      out = self.fn(*args, **kwargs)
      if _outputs(out): Tensor.realize(*_outputs(out))
    if Tensor._rng_counter != rng_before:
      raise JitError(f"jit: {self.fn.__name__} makes random numbers; a replay would repeat them. Make them outside and pass them in")
    if cap.host_copies:
      raise JitError(f"jit: {self.fn.__name__} copies host data into tensors; pass such tensors in as arguments instead")
    if not cap.launches: raise JitError(f"jit: {self.fn.__name__} launched no kernel; there is nothing to replay")
    inputs = {id(t.lazydata.base.realized): i for i, t in enumerate(tensors)}
    self.plan = [(ck, tuple(inputs.get(id(b), b) for b in buffers)) for ck, buffers in cap.launches]
    self.signature, self.result = signature, out
    return out

  def _replay(self, tensors, signature):
    if signature != self.signature:
      raise JitError(f"jit: {self.fn.__name__} was captured for arguments {self.signature}, called with {signature}")
    buffers = [t.lazydata.base.realized for t in tensors]
    for ck, slots in self.plan:
      bufs = [buffers[s] if isinstance(s, int) else s for s in slots]
      seconds = ck.runner(*bufs)
      realize.account(ck, bufs, seconds, tensors[0].device if tensors else "CPU")
    return self.result


def jit(fn) -> TinyJit:
  """Decorator: see the module docstring."""
  return TinyJit(fn)
