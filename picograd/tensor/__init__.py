"""The Tensor front end: a PyTorch-shaped class whose every method is a composition of a few primitive ops.

Nothing is computed when an expression is built; `realize()`, `numpy()`, `item()` and friends schedule the lazy graph
into fused kernels and run them. One class, one topic per file:

  core.py        the class itself: data and facts, reading values, `assign`, autograd, operators and arithmetic,
                 reductions, and the helpers every topic file shares (`_operands`, `_axis`, `_reduce_axes`, `_new`,
                 `_arange`, ...). Topic files use only these and public methods, never each other's privates.
  creation.py    factories: full, zeros, arange, eye, rand, randn, ... (class methods)
  math_ops.py    elementwise math: exp, log, trig, pow, rounding, activations
  shape_ops.py   movement: reshape, permute, expand, pad, shrink, flip, cat, stack, split, ...
  index_ops.py   indexing and writes through an index: x[i], x[i] = v, gather, scatter
  nn_ops.py      network ops: conv, pooling, softmax, losses, dropout, attention
  sort_ops.py    sort, topk, unique
  torch_ops.py   PyTorch's other spellings: in-place methods, new_*, type queries

`picograd.tensor` is this module, and calling it makes a tensor as `torch.tensor(data)` does, so that code written
for PyTorch runs with `import picograd as torch`.
"""
import sys
import types
from picograd.tensor.core import Tensor, no_grad, tensor as _make_tensor


class _CallableModule(types.ModuleType):
  """A module that is also PyTorch's `torch.tensor` factory."""
  def __call__(self, data, dtype=None, device=None, requires_grad: bool = False) -> Tensor:
    return _make_tensor(data, dtype=dtype, device=device, requires_grad=requires_grad)


sys.modules[__name__].__class__ = _CallableModule
__all__ = ["Tensor", "no_grad"]
