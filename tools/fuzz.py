"""Differential fuzzer: random graphs of picograd ops, built the same way in PyTorch, compared forward and backward.

Why: the per-op tests check each op alone, but bugs in fusion, view composition, scheduling and register tiling
show up only in combinations. A graph is a function of its seed alone, so `--seed N` reproduces any failure, and
a failure prints the picograd program that ran (it is executed from that very text).

The generator evaluates each candidate op in PyTorch as it goes and keeps it only when its values are well
conditioned: finite and bounded, no argument near a kink or a jump (relu at 0, a max near a tie, a cast near an
integer, a comparison of near-equal values), positive arguments for log and sqrt and divisors away from zero
(a shift such as `x * x + 0.5` is inserted where needed, as a node of its own).

  python tools/fuzz.py --count 10000 [--device EMU] [--tiling] [--start 0]    # the long run
  python tools/fuzz.py --seed 1234                                             # one graph: its source and result
"""
from __future__ import annotations
import argparse
import contextlib
import faulthandler
import operator
import os
import random
import sys
import threading
import time
from dataclasses import dataclass
from typing import Callable
import numpy as np
import torch
import torch.nn.functional as TF

BOUND = 1e3             # |float values| stay below this, so an absolute tolerance scaled by it stays meaningful
INT_BOUND = 2 ** 20     # ints stay exact in float32 and far from int32 overflow
MARGIN = 2e-4           # relative distance to a kink or jump below which an op is ill-conditioned and dropped
MAX_NUMEL = 4096        # keeps each graph's kernels fast to run (and the emulator bearable)
DIMS = (1, 1, 2, 3, 4, 5, 8)
WEIGHT_INDEX = 999      # rand_input index of the random weights of the differentiated sum
RTOL, ATOL = 1e-4, 1e-5           # forward: atol is scaled by the largest float value in the graph
GRAD_RTOL, GRAD_ATOL = 1e-3, 1e-4   # backward: atol is scaled by the largest gradient

# how often each kind of op is tried: `mixed` for the differential fuzz, `tiling` for reduce-heavy graphs whose
# kernels the register tiler rewrites
PROFILES = {
  "mixed": {"unary": 24, "binary": 24, "movement": 26, "reduce": 12, "matmul": 5, "where": 5, "cast": 4},
  "tiling": {"unary": 10, "binary": 10, "movement": 12, "reduce": 20, "matmul": 30, "where": 2, "cast": 1},
}


def rand_input(seed: int, index: int, shape, dtype: str) -> np.ndarray:
  """Input `index` of graph `seed`: floats uniform in (-2, 2), ints in [-4, 4], fair bools."""
  rng = np.random.default_rng([seed, index])
  if dtype == "bool": return np.asarray(rng.random(shape) < 0.5)
  if dtype == "int32": return np.asarray(rng.integers(-4, 5, size=shape), dtype=np.int32)
  return np.asarray(rng.uniform(-2, 2, size=shape), dtype=np.float32)


@dataclass
class Node:
  name: str
  code: str                # the picograd expression, in terms of earlier nodes' names
  srcs: tuple[str, ...]    # the tensor operands, by name
  torch_fn: Callable       # the same op in PyTorch, applied to the operands' values
  grad_leaf: bool = False  # a float input whose gradient is compared


@dataclass
class Graph:
  seed: int
  nodes: list[Node]
  outputs: tuple[str, ...]   # realized together; the first is also differentiated


# ---- conditioning checks ---------------------------------------------------------------------------------------------
def _kind(v) -> str:
  if isinstance(v, bool) or (isinstance(v, torch.Tensor) and v.dtype == torch.bool): return "b"
  if isinstance(v, float) or (isinstance(v, torch.Tensor) and v.is_floating_point()): return "f"
  return "i"


def _bounded(v: torch.Tensor) -> bool:
  if v.numel() > MAX_NUMEL: return False
  if v.numel() == 0 or v.dtype == torch.bool: return True
  if v.is_floating_point(): return bool(torch.isfinite(v).all()) and float(v.abs().max()) <= BOUND
  return int(v.abs().max()) <= INT_BOUND


def _scale(*values) -> float:
  """The largest magnitude among the float operands (1 at least): what a relative margin is relative to."""
  mags = [float(v.detach().abs().max()) for v in values
          if isinstance(v, torch.Tensor) and v.is_floating_point() and v.numel()]
  return max([1.0] + mags)


def _clear(distance: torch.Tensor, scale: float) -> bool:
  """No element sits near a kink: each distance is exactly 0 (the same in any exact computation) or clearly not."""
  d = torch.as_tensor(distance).double().abs()
  return not bool(((d > 0) & (d < MARGIN * scale)).any())


def _self(x): return x
def _diff(a, b): return torch.as_tensor(a).double() - torch.as_tensor(b).double()
def _to_integer(x): return torch.as_tensor(x).double() - torch.as_tensor(x).double().round()
def _to_half(x): return _to_integer(torch.as_tensor(x).double() - 0.5)
def _quotient(a, b):
  q = torch.as_tensor(a).double() / torch.as_tensor(b).double()
  return (q - q.round()) * torch.as_tensor(b).double().abs()


def _top_gap(x: torch.Tensor, axes: tuple[int, ...]) -> torch.Tensor:
  """The gap between the two largest values of each reduced group (a near tie makes max's gradient ill-defined)."""
  if x.numel() == 0: return torch.zeros(())
  kept = [a for a in range(x.ndim) if a not in axes]
  flat = x.double().permute(kept + list(axes)).reshape([x.shape[a] for a in kept] + [-1])
  if flat.shape[-1] < 2: return torch.zeros(())
  top = flat.sort(-1, descending=True).values
  return top[..., 0] - top[..., 1]


# ---- op tables -------------------------------------------------------------------------------------------------------
def _t_max(a, b): return torch.maximum(torch.as_tensor(a), torch.as_tensor(b))
def _t_min(a, b): return torch.minimum(torch.as_tensor(a), torch.as_tensor(b))
# `//` has no grad
def _t_floordiv(a, b): return torch.div(torch.as_tensor(a), torch.as_tensor(b), rounding_mode="floor")


# (picograd code, torch fn, operand kinds, domain, kink)
UNARY = [
  ("-{0}", torch.neg, "fi", None, None),
  ("{0}.exp()", torch.exp, "fib", "small", None),
  ("{0}.exp2()", torch.exp2, "fi", "small", None),
  ("{0}.log()", torch.log, "fi", "pos", None),
  ("{0}.log2()", torch.log2, "f", "pos", None),
  ("{0}.sqrt()", torch.sqrt, "fi", "pos", None),
  ("{0}.sin()", torch.sin, "fi", None, None),
  ("{0}.cos()", torch.cos, "f", None, None),
  ("{0}.relu()", torch.relu, "fi", None, _self),
  ("{0}.abs()", torch.abs, "fi", None, _self),
  ("{0}.sigmoid()", torch.sigmoid, "f", None, None),
  ("{0}.tanh()", torch.tanh, "fi", None, None),
  ("{0}.reciprocal()", torch.reciprocal, "fi", "nonzero", None),
  ("{0}.square()", torch.square, "fi", None, None),
  ("{0}.floor()", torch.floor, "fi", None, _to_integer),
  ("{0}.round()", torch.round, "f", None, _to_half),
  ("{0}.erf()", torch.erf, "f", None, None),
  ("{0}.gelu()", TF.gelu, "f", None, None),
  ("{0}.silu()", TF.silu, "f", None, None),
  ("{0}.softplus()", TF.softplus, "f", None, None),
  ("{0}.leaky_relu(0.1)", lambda x: TF.leaky_relu(x, 0.1), "f", None, _self),
  ("{0}.clamp(-1.0, 0.5)", lambda x: x.clamp(-1.0, 0.5), "f", None,
   lambda x: torch.minimum((x + 1.0).abs(), (x - 0.5).abs())),
  ("{0}.logical_not()", torch.logical_not, "b", None, None),
]

COMPARE = [("{0} < {1}", operator.lt), ("{0} > {1}", operator.gt), ("{0} <= {1}", operator.le),
           ("{0} >= {1}", operator.ge), ("{0} == {1}", operator.eq), ("{0} != {1}", operator.ne)]

# (picograd code, torch fn, operand kinds, domain of the second operand, kink)
BINARY = [
  ("{0} + {1}", operator.add, "fib", None, None),
  ("{0} - {1}", operator.sub, "fi", None, None),
  ("{0} * {1}", operator.mul, "fib", None, None),
  ("{0} / {1}", operator.truediv, "fi", "nonzero", None),
  ("{0}.maximum({1})", _t_max, "fib", None, _diff),
  ("{0}.minimum({1})", _t_min, "fi", None, _diff),
  ("{0} // {1}", _t_floordiv, "fi", "nonzero", _quotient),
  ("{0} % {1}", operator.mod, "fi", "nonzero", _quotient),
  ("{0} & {1}", operator.and_, "ib", None, None),
  ("{0} | {1}", operator.or_, "ib", None, None),
  ("{0} ^ {1}", operator.xor, "ib", None, None),
] + [(code, fn, "fib", None, _diff) for code, fn in COMPARE]

SCALARS = {"f": (0.5, -1.5, 2.0, 3.0, -0.25), "i": (1, 2, -3, 0), "b": (True, False)}


# ---- shapes ----------------------------------------------------------------------------------------------------------
def _random_shape(rng: random.Random) -> tuple[int, ...]:
  ndim = rng.choice([0, 1, 1, 2, 2, 2, 3, 3, 4])
  return tuple(rng.choice(DIMS) for _ in range(ndim))


def _factor_shape(rng: random.Random, numel: int) -> tuple[int, ...]:
  """A random shape with `numel` elements: its prime factors spread over up to 4 axes, with some 1s."""
  if numel == 0: return tuple(rng.sample([0, rng.choice(DIMS), rng.choice(DIMS)], rng.randint(1, 3)))
  primes, n, p = [], numel, 2
  while n > 1:
    while n % p == 0: primes.append(p); n //= p   # noqa: E702
    p += 1
  ndim = rng.randint(0 if numel == 1 else 1, 4)
  dims = [1] * max(ndim, 1 if primes else 0)
  for f in primes: dims[rng.randrange(len(dims))] *= f
  return tuple(dims)


def _partner_shape(rng: random.Random, shape: tuple[int, ...]) -> tuple[int, ...]:
  """A random shape that broadcasts with `shape`: some axes 1, some leading axes dropped, a size-1 axis grown."""
  s = [d if rng.random() < 0.6 else 1 for d in shape]
  grow = [i for i, d in enumerate(shape) if d == 1]
  if grow and rng.random() < 0.3: s[rng.choice(grow)] = rng.choice((2, 3))
  if s and rng.random() < 0.3: s = s[rng.randint(1, len(s)):]
  if len(s) < 4 and rng.random() < 0.1: s = [rng.choice((2, 3))] + s
  return tuple(s)


def _broadcast(*shapes) -> tuple[int, ...] | None:
  try: return tuple(torch.broadcast_shapes(*shapes))
  except RuntimeError: return None


def _same_except(a: tuple[int, ...], b: tuple[int, ...], axis: int) -> bool:
  return all(x == y for i, (x, y) in enumerate(zip(a, b)) if i != axis)


def _fmt_index(items) -> str:
  def one(i):
    if i is None: return "None"
    if i is Ellipsis: return "..."
    if isinstance(i, int): return str(i)
    return ":".join("" if v is None else str(v) for v in (i.start, i.stop)) + ("" if i.step is None else f":{i.step}")
  return ", ".join(one(i) for i in items) if items else "()"


def _torch_getitem(x: torch.Tensor, items) -> torch.Tensor:
  """NumPy-style indexing in PyTorch, which has no negative slice steps: each slice becomes an index_select."""
  n_axes = sum(1 for i in items if i is not None and i is not Ellipsis)
  expanded = []
  for i in items: expanded += [slice(None)] * (x.ndim - n_axes) if i is Ellipsis else [i]
  d = 0
  for i in expanded:
    if i is None:
      x, d = x.unsqueeze(d), d + 1
    elif isinstance(i, int):
      x = x.select(d, i)
    else:
      x, d = x.index_select(d, torch.tensor(list(range(x.shape[d]))[i], dtype=torch.long)), d + 1
  return x


# ---- the generator ---------------------------------------------------------------------------------------------------
class _Builder:
  """Grows one graph: every candidate op is evaluated in PyTorch and kept only if well conditioned."""

  def __init__(self, seed: int, attempt: int, weights: dict[str, int]):
    self.seed, self.weights = seed, weights
    self.rng = random.Random(seed * 1009 + attempt)
    self.nodes: dict[str, Node] = {}
    self.values: dict[str, torch.Tensor] = {}
    self.n_inputs, self.n_ops = attempt * 100, 0

  # -- adding nodes
  def add(self, code: str, operands, fn: Callable, kink: Callable | None = None) -> str | None:
    """A node applying `fn` to operands (node names or Python scalars), if its value is well conditioned."""
    srcs = tuple(o for o in operands if isinstance(o, str))
    args = [self.values[o] if isinstance(o, str) else o for o in operands]
    try:
      with torch.no_grad(): value = fn(*args)
    except (RuntimeError, ValueError, TypeError, IndexError, ZeroDivisionError):
      return None   # PyTorch refuses this combination: not a graph to compare
    if not isinstance(value, torch.Tensor) or not _bounded(value): return None
    if kink is not None and not _clear(kink(*args), _scale(*args)): return None
    name = f"v{len(self.nodes)}"
    slots = [i for i, o in enumerate(operands) if isinstance(o, str)]
    def bound(*tensors, operands=tuple(operands)):
      full = list(operands)
      for i, t in zip(slots, tensors): full[i] = t
      return fn(*full)
    text = code.format(*(o if isinstance(o, str) else repr(o) for o in operands))
    self.nodes[name] = Node(name, text, srcs, bound)
    self.values[name] = value
    self.n_ops += 1
    return name

  def new_input(self, shape: tuple[int, ...], dtype: str | None = None) -> str:
    """A leaf: a random array (sometimes a non-contiguous NumPy view), a filled constant, a scalar or an arange."""
    rng = self.rng
    dtype = dtype or rng.choices(["float32", "int32", "bool"], [75, 17, 8])[0]
    special = rng.random()
    if special < 0.04 and dtype == "float32":
      c = rng.choice(SCALARS["f"])
      return self._leaf(f"Tensor.full({shape}, {c!r}, device=DEVICE)", lambda: torch.full(shape, c))
    if special < 0.07 and dtype == "float32" and shape == ():
      c = rng.choice(SCALARS["f"])
      return self._leaf(f"Tensor({c!r}, device=DEVICE, requires_grad=True)",
                        lambda: torch.tensor(c, requires_grad=True), True)
    if special < 0.09 and dtype == "int32" and len(shape) == 1:
      return self._leaf(f"Tensor.arange({shape[0]}, device=DEVICE)", lambda: torch.arange(shape[0]))
    index, self.n_inputs = self.n_inputs, self.n_inputs + 1
    base, suffix = self._layout(shape)
    array = eval(f"a{suffix}", {"a": rand_input(self.seed, index, base, dtype)})
    grad = dtype == "float32" and rng.random() < 0.85
    data = f"rand_input({self.seed}, {index}, {base}, {dtype!r}){suffix}"
    code = f"Tensor({data}, device=DEVICE{', requires_grad=True' if grad else ''})"
    return self._leaf(code, lambda: torch.tensor(array.copy(), requires_grad=grad), grad)

  def _leaf(self, code: str, fn: Callable, grad: bool = False) -> str:
    name = f"v{len(self.nodes)}"
    self.nodes[name] = Node(name, code, (), fn, grad)
    with torch.no_grad(): self.values[name] = fn().detach()
    return name

  def _layout(self, shape):
    """(the shape of the array drawn, the NumPy view of it that has `shape`): contiguous, transposed or strided."""
    r = self.rng.random()
    if len(shape) >= 2 and r < 0.15: return tuple(reversed(shape)), ".T"
    if shape and r < 0.3:
      a = self.rng.randrange(len(shape))
      step = self.rng.choice(("::2", "::-1"))
      base = tuple(s * 2 if i == a and step == "::2" else s for i, s in enumerate(shape))
      return base, "[" + ", ".join([":"] * a + [step]) + "]"
    return shape, ""

  # -- picking operands
  def pick(self, kinds: str = "fib") -> str | None:
    names = [n for n, v in self.values.items() if _kind(v) in kinds]
    if not names: return None
    last = next(reversed(self.nodes))
    return last if last in names and self.rng.random() < 0.6 else self.rng.choice(names)

  def partner(self, x: str, kinds: str = "fib"):
    """A second operand for x: a node that broadcasts with it, a new input or a Python scalar."""
    shape, r = tuple(self.values[x].shape), self.rng.random()
    if r < 0.2:
      return self.rng.choice(SCALARS[self.rng.choice(kinds)])
    if r < 0.55:
      fits = [n for n, v in self.values.items()
              if _kind(v) in kinds and n != x and _broadcast(shape, tuple(v.shape)) is not None]
      if fits: return self.rng.choice(fits)
    if r < 0.65 and _kind(self.values[x]) in kinds: return x
    return self.new_input(_partner_shape(self.rng, shape),
                          {"f": "float32", "i": "int32", "b": "bool"}[self.rng.choice(kinds)])

  def fixed(self, x, domain: str | None):
    """x, or x shifted into the domain an op needs (as nodes of their own): positive, nonzero or small."""
    if domain is None or x is None: return x
    v = self.values[x] if isinstance(x, str) else torch.tensor(x)
    if v.numel() == 0: return x
    vd = v.double()
    if domain == "pos" and float(vd.min()) > 0.05: return x
    if domain == "nonzero" and float(vd.abs().min()) >= (0.25 if v.is_floating_point() else 1): return x
    if domain == "small" and float(vd.abs().max()) <= 6: return x
    if not isinstance(x, str): return None
    if domain == "small": return self.add("{0}.tanh() * 3", [x], lambda a: a.tanh() * 3)
    if _kind(v) != "f" and domain == "nonzero": return self.add("{0} * {0} + 1", [x], lambda a: a * a + 1)
    if self.rng.random() < 0.5: return self.add("{0}.abs() + 0.5", [x], lambda a: a.abs() + 0.5)
    return self.add("{0} * {0} + 0.5", [x], lambda a: a * a + 0.5)

  # -- ops
  def op_unary(self):
    code, fn, kinds, domain, kink = self.rng.choice(UNARY)
    x = self.fixed(self.pick(kinds), domain)
    return x and self.add(code, [x], fn, kink)

  def op_binary(self, table=BINARY):
    code, fn, kinds, domain, kink = self.rng.choice(table)
    x = self.pick(kinds)
    if x is None: return None
    y = self.fixed(self.partner(x, kinds), domain)
    if y is None: return None
    if not isinstance(y, str) and code.startswith("{0} ") and domain is None and self.rng.random() < 0.3:
      x, y = y, x   # a scalar on the left: the reflected operator
    return self.add(code, [x, y], fn, kink)

  def op_compare(self):
    return self.op_binary([b for b in BINARY if b[0] in {c for c, _ in COMPARE}])

  def op_where(self):
    cond = self.pick("b") if self.rng.random() < 0.5 else None
    cond = cond or self.op_compare()
    if cond is None: return None
    x, y = self.partner(cond, "fi"), self.partner(cond, "fi")
    return self.add("{0}.where({1}, {2})", [cond, x, y], torch.where)

  def op_cast(self):
    x = self.pick()
    if x is None: return None
    to = self.rng.choice([t for t in ("float", "int", "bool") if t[0] != _kind(self.values[x])[0] or t == "int"])
    kink = {"int": _to_integer, "bool": _self, "float": None}[to] if _kind(self.values[x]) == "f" else None
    return self.add(f"{{0}}.{to}()", [x], lambda a, to=to: getattr(a, to)(), kink)

  def op_reduce(self):
    op = self.rng.choice(["sum", "sum", "max", "min", "mean", "softmax", "logsumexp", "argmax", "cumsum"])
    x = self.pick("f" if op in ("mean", "softmax", "logsumexp") else "fi" if op in ("max", "min", "argmax") else "fib")
    if x is None: return None
    ndim = self.values[x].ndim
    if op in ("softmax", "argmax", "cumsum"):
      axis = self.rng.randrange(-max(ndim, 1), max(ndim, 1))
      return getattr(self, f"_reduce_{op}")(x, axis)
    axes = tuple(a for a in range(ndim) if self.rng.random() < 0.5) or (0,) if ndim else (0,)
    axis = None if self.rng.random() < 0.2 else axes[0] if len(axes) == 1 and self.rng.random() < 0.5 else axes
    keepdim = self.rng.random() < 0.4
    listed = (axis,) if isinstance(axis, int) else axis
    all_axes = tuple(range(ndim)) if axis is None else tuple(a % max(ndim, 1) for a in listed)
    code = f"{{0}}.{op}(axis={axis!r}, keepdim={keepdim})"
    if op in ("max", "min"):
      fn = lambda a: getattr(a, "a" + op)(dim=all_axes if ndim else (), keepdim=keepdim)  # noqa: E731
      kink = (lambda a: _top_gap(a if op == "max" else -a, all_axes if ndim else ())) if ndim else None
      return self.add(code, [x], fn, kink)
    if op == "logsumexp": return self.add(code, [x], lambda a: a.logsumexp(dim=all_axes, keepdim=keepdim))
    return self.add(code, [x], lambda a: getattr(a, op)(dim=axis, keepdim=keepdim))

  def _reduce_softmax(self, x, axis):
    return self.add(f"{{0}}.softmax({axis})", [x], lambda a: a.softmax(axis))

  def _reduce_argmax(self, x, axis):
    keepdim = self.rng.random() < 0.4
    kink = (lambda a: _top_gap(a, (axis % a.ndim,))) if self.values[x].ndim else None
    return self.add(f"{{0}}.argmax({axis}, keepdim={keepdim})", [x], lambda a: a.argmax(axis, keepdim=keepdim), kink)

  def _reduce_cumsum(self, x, axis):
    return self.add(f"{{0}}.cumsum({axis})", [x], lambda a: a.cumsum(axis))

  def op_matmul(self):
    rng = self.rng
    x = self.pick("f") if rng.random() < 0.6 else None
    if x is None or self.values[x].ndim == 0:
      shape = ((rng.choice((1, 3, 4, 8)),) * (rng.random() < 0.2)
               + (rng.choice((1, 2, 5, 8, 16)), rng.choice((3, 8, 12, 16, 32))))
      x = self.new_input(shape, "float32")
    xs = tuple(self.values[x].shape)
    if len(xs) >= 2 and rng.random() < 0.2:
      return self.add("{0} @ {0}.transpose(-1, -2)", [x], lambda a: a @ a.transpose(-1, -2))
    n = rng.choice((1, 3, 4, 8, 16, 24))
    wshape = (xs[-1],) if rng.random() < 0.2 else _partner_shape(rng, xs[:-2])[:2] + (xs[-1], n)
    return self.add("{0} @ {1}", [x, self.new_input(wshape, "float32")], operator.matmul)

  def op_movement(self):
    x = self.pick()
    if x is None: return None
    kind = self.rng.choice(["reshape", "permute", "expand", "pad", "shrink", "flip", "getitem", "getitem", "transpose",
                            "unsqueeze", "squeeze", "contiguous", "realize", "cat"])
    return getattr(self, f"_move_{kind}")(x, tuple(self.values[x].shape))

  def _move_reshape(self, x, shape):
    new = list(_factor_shape(self.rng, int(np.prod(shape))))
    if new and 0 not in new and self.rng.random() < 0.3: new[self.rng.randrange(len(new))] = -1
    text = ", ".join(map(str, new)) if new else "()"
    return self.add(f"{{0}}.reshape({text})", [x], lambda a: a.reshape(tuple(new)))

  def _move_permute(self, x, shape):
    order = list(range(len(shape)))
    self.rng.shuffle(order)
    if order and self.rng.random() < 0.3: order[0] -= len(shape)   # a negative axis
    return self.add(f"{{0}}.permute({tuple(order)})", [x], lambda a: a.permute(tuple(order)))

  def _move_expand(self, x, shape):
    new = [self.rng.choice((1, 2, 3, 4)) if s == 1 else (-1 if self.rng.random() < 0.3 else s) for s in shape]
    new = [self.rng.choice((2, 3))] * (self.rng.random() < 0.3) + new
    return self.add(f"{{0}}.expand({tuple(new)})", [x], lambda a: a.expand(tuple(new)))

  def _move_pad(self, x, shape):
    if not shape or _kind(self.values[x]) == "b": return None
    side = lambda s: self.rng.randint(-min(s, 1), 2)   # noqa: E731 -- a crop of 1, nothing, or a pad of 1 or 2
    pairs = [None if self.rng.random() < 0.3 else (side(s), side(s)) for s in shape]
    value = 0 if self.rng.random() < 0.5 else self.rng.choice(SCALARS[_kind(self.values[x])])
    flat = [p for pair in reversed(pairs) for p in (pair or (0, 0))]
    return self.add(f"{{0}}.pad({tuple(pairs)}, value={value!r})", [x], lambda a: TF.pad(a, flat, value=value))

  def _move_shrink(self, x, shape):
    if not shape: return None
    arg = [None if self.rng.random() < 0.3 else tuple(sorted((self.rng.randint(0, s), self.rng.randint(0, s))))
           for s in shape]
    index = tuple(slice(None) if a is None else slice(*a) for a in arg)
    return self.add(f"{{0}}.shrink({tuple(arg)})", [x], lambda a: a[index])

  def _move_flip(self, x, shape):
    if not shape: return None
    axes = tuple(a for a in range(len(shape)) if self.rng.random() < 0.5) or (len(shape) - 1,)
    axis = axes[0] - len(shape) if len(axes) == 1 else axes
    return self.add(f"{{0}}.flip({axis})", [x], lambda a: a.flip(axis))

  def _move_getitem(self, x, shape):
    items = []
    for s in shape:
      r = self.rng.random()
      if r < 0.15 and s: items.append(self.rng.randrange(-s, s))
      elif r < 0.7: items.append(slice(self._bound(s), self._bound(s), self.rng.choice((None, 1, 2, 3, -1, -2))))
      else: items.append(slice(None))
      if self.rng.random() < 0.1: items.append(None)
    if items and self.rng.random() < 0.2: items[self.rng.randrange(len(items))] = Ellipsis
    while items and items[-1] == slice(None) and self.rng.random() < 0.7: items.pop()
    return self.add(f"{{0}}[{_fmt_index(items)}]", [x], lambda a: _torch_getitem(a, items))

  def _bound(self, s: int):
    return None if self.rng.random() < 0.5 else self.rng.randint(-s - 1, s + 1)

  def _move_transpose(self, x, shape):
    if len(shape) < 2: return None
    a, b = self.rng.sample(range(-len(shape), len(shape)), 2)
    if a % len(shape) == b % len(shape): return None
    return self.add(f"{{0}}.transpose({a}, {b})", [x], lambda t: t.transpose(a, b))

  def _move_unsqueeze(self, x, shape):
    d = self.rng.randint(-len(shape) - 1, len(shape))
    return self.add(f"{{0}}.unsqueeze({d})", [x], lambda a: a.unsqueeze(d))

  def _move_squeeze(self, x, shape):
    if not shape: return None
    d = self.rng.randrange(-len(shape), len(shape))
    return self.add(f"{{0}}.squeeze({d})", [x], lambda a: a.squeeze(d))

  def _move_contiguous(self, x, shape): return self.add("{0}.contiguous()", [x], lambda a: a.contiguous())
  def _move_realize(self, x, shape): return self.add("{0}.realize()", [x], lambda a: a)

  def _move_cat(self, x, shape):
    if not shape: return None
    d = self.rng.randrange(len(shape))
    fits = [n for n, v in self.values.items() if v.ndim == len(shape) and _same_except(tuple(v.shape), shape, d)]
    return self.add(f"{{0}}.cat({{1}}, dim={d})", [x, self.rng.choice(fits)], lambda a, b: torch.cat((a, b), dim=d))

  # -- the whole graph
  def build(self, n_ops: int) -> Graph:
    for _ in range(self.rng.randint(1, 3)): self.new_input(_random_shape(self.rng))
    kinds, weights = zip(*self.weights.items())
    for _ in range(8 * n_ops):
      if self.n_ops >= n_ops: break
      getattr(self, f"op_{self.rng.choices(kinds, weights)[0]}")()
    ops = [n for n, node in self.nodes.items() if node.srcs]
    if not ops: return None
    outputs = (ops[-1],) + ((self.rng.choice(ops[:-1]),) if len(ops) > 1 and self.rng.random() < 0.3 else ())
    return Graph(self.seed, _live(self.nodes, outputs), outputs)


def _live(nodes: dict[str, Node], outputs) -> list[Node]:
  """The nodes the outputs depend on, in order (the rest would only clutter a printed failure)."""
  needed, stack = set(), list(outputs)
  while stack:
    n = stack.pop()
    if n not in needed: needed.add(n); stack.extend(nodes[n].srcs)   # noqa: E702
  return [node for name, node in nodes.items() if name in needed]


def generate(seed: int, profile: str = "mixed") -> Graph:
  """The graph of `seed`: 2 to 16 ops, regrown (deterministically) until its PyTorch gradients are finite too."""
  for attempt in range(20):
    b = _Builder(seed, attempt, PROFILES[profile])
    g = b.build(b.rng.randint(2, 16))
    if g is not None and _torch_ok(run_torch(g)): return g
  raise RuntimeError(f"fuzz: seed {seed} found no well-conditioned graph")


# ---- running both sides ----------------------------------------------------------------------------------------------
@dataclass
class Result:
  outputs: list[np.ndarray]
  grads: dict[str, np.ndarray | None]
  scale: float                        # the largest float value anywhere in the graph (PyTorch's run only)


def _weights(g: Graph, shape) -> np.ndarray: return rand_input(g.seed, WEIGHT_INDEX, tuple(shape), "float32")


def run_torch(g: Graph) -> Result:
  values: dict[str, torch.Tensor] = {}
  for n in g.nodes: values[n.name] = n.torch_fn(*(values[s] for s in n.srcs))
  out = values[g.outputs[0]]
  grads = {}
  if out.requires_grad:
    (out * torch.tensor(_weights(g, out.shape))).sum().backward()
    grads = {n.name: None if values[n.name].grad is None else values[n.name].grad.numpy()
             for n in g.nodes if n.grad_leaf}
  return Result([values[o].detach().numpy() for o in g.outputs], grads, _scale(*values.values()))


def _torch_ok(r: Result) -> bool:
  return all(g is None or (np.isfinite(g).all() and np.abs(g).max(initial=0) < 1e6) for g in r.grads.values())


def source(g: Graph, device: str = "CPU") -> tuple[str, str, str]:
  """The picograd program of a graph, in three parts: building it, realizing the outputs, the backward pass."""
  build = "\n".join([f"DEVICE = {device!r}"] + [f"{n.name} = {n.code}" for n in g.nodes])
  out = g.outputs[0]
  realize = f"{out}.realize({', '.join(g.outputs[1:])})"
  backward = (f"({out} * Tensor(rand_input({g.seed}, {WEIGHT_INDEX}, {out}.shape, 'float32'), device=DEVICE))"
              ".sum().backward()")
  return build, realize, backward


def program(g: Graph, device: str = "CPU") -> str:
  """The graph as a standalone script (run it from the repository root)."""
  build, realize, backward = source(g, device)
  lines = [f"# picograd fuzz graph, seed {g.seed} (run with PYTHONPATH=<repository root>)",
           "from picograd import Tensor", "from tools.fuzz import rand_input", build, realize,
           f"print({', '.join(f'{o}.numpy()' for o in g.outputs)})"]
  grads = run_torch(g).grads
  if grads: lines += [backward, f"print({', '.join(f'{n}.grad.numpy()' for n in grads)})"]
  return "\n".join(lines)


def run_picograd(g: Graph, device: str = "CPU") -> Result:
  from picograd import Tensor
  build, realize, backward = source(g, device)
  env = {"Tensor": Tensor, "rand_input": rand_input}
  exec(build, env)
  exec(realize, env)
  outputs = [env[o].numpy() for o in g.outputs]
  grads = {}
  out = env[g.outputs[0]]
  if out.requires_grad and out.dtype.is_float:
    exec(backward, env)
    grads = {n.name: None if env[n.name].grad is None else env[n.name].grad.numpy() for n in g.nodes if n.grad_leaf}
  return Result(outputs, grads, 0.0)


# ---- comparing -------------------------------------------------------------------------------------------------------
def _mismatch(got: np.ndarray, want: np.ndarray, rtol: float, atol: float) -> str | None:
  if got.shape != want.shape: return f"shape {got.shape} != {want.shape}"
  kinds = {"b": "bool", "i": "int", "u": "int", "f": "float"}
  if kinds[got.dtype.kind] != kinds[want.dtype.kind]: return f"dtype {got.dtype} != {want.dtype}"
  if want.dtype.kind != "f":
    if np.array_equal(got, want): return None
    bad = got != want
    return f"values differ at {np.argwhere(bad)[:3].tolist()}: {got[bad][:3].tolist()} vs {want[bad][:3].tolist()}"
  bad = ~np.isclose(got, want, rtol=rtol, atol=atol, equal_nan=True)
  if not bad.any(): return None
  i = tuple(int(k) for k in np.argwhere(bad)[0])
  return (f"{bad.sum()} of {bad.size} values differ, e.g. at {list(i)}: {float(got[i])!r} vs {float(want[i])!r} "
          f"(rtol {rtol}, atol {atol:.2g})")


def compare(got: Result, want: Result, outputs, rtol=RTOL, atol=ATOL, grad_rtol=GRAD_RTOL,
            grad_atol=GRAD_ATOL) -> list[str]:
  """What differs between two runs of a graph: each output, then each gradient (atols scaled as described above)."""
  problems = []
  for name, a, b in zip(outputs, got.outputs, want.outputs):
    m = _mismatch(a, b, rtol, atol * want.scale)
    if m: problems.append(f"forward {name}: {m}")
  gscale = max([1.0] + [float(np.abs(g).max(initial=0)) for g in want.grads.values() if g is not None])
  for name in sorted(set(got.grads) | set(want.grads), key=lambda n: int(n[1:])):   # a missing gradient is None
    got_g, want_g = got.grads.get(name), want.grads.get(name)
    if want_g is None or got_g is None:
      other = got_g if want_g is None else want_g
      if other is not None and np.any(other):
        problems.append(f"grad {name}: one side has no gradient, the other a nonzero one")
      continue
    m = _mismatch(got_g, want_g, grad_rtol, grad_atol * gscale)
    if m: problems.append(f"grad {name}: {m}")
  return problems


def check(g: Graph, device: str = "CPU") -> list[str]:
  """Problems found running the graph in picograd against PyTorch (empty when they agree)."""
  want = run_torch(g)
  try: got = run_picograd(g, device)
  except Exception as e:   # noqa: BLE001 -- any exception is a finding, reported with the graph
    return [f"picograd raised {type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}"]
  return compare(got, want, g.outputs)


@contextlib.contextmanager
def tiling_off():
  """Realize with the CPU register tiler disabled (its kernels are compiled afresh, and dropped afterwards): each CPU
  kernel is lowered with its axes as build_kernel arranged them, not as optimize planned them."""
  from picograd import engine
  from picograd.codegen.kernel import build_kernel

  def untiled(item, device, kernel): return None if kernel.threads else build_kernel(item.ast)
  engine.clear_cache()
  try:
    with engine.hooks.add("before_compile", untiled): yield
  finally: engine.clear_cache()


def check_tiling(g: Graph, device: str = "CPU") -> list[str]:
  """Problems found comparing the graph realized with register tiling on and off (a speed choice, never a result)."""
  try:
    on = run_picograd(g, device)
    with tiling_off(): off = run_picograd(g, device)
  except Exception as e:   # noqa: BLE001
    return [f"picograd raised {type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}"]
  off.scale = run_torch(g).scale
  return compare(on, off, g.outputs)   # tiled sums may round differently (e.g. fused multiply-adds): not bit-exact


# ---- the command line ------------------------------------------------------------------------------------------------
@contextlib.contextmanager
def watchdog(seed: int, seconds: float = 120):
  """A graph that hangs ends the run with its seed and every thread's stack, instead of stalling it silently."""
  def fire():
    print(f"\nHANG: seed {seed} ran for more than {seconds:.0f} s", file=sys.stderr, flush=True)
    faulthandler.dump_traceback(all_threads=True)
    os._exit(3)
  timer = threading.Timer(seconds, fire)
  timer.daemon = True
  timer.start()
  try: yield
  finally: timer.cancel()


def fuzz(seeds, device: str = "CPU", tiling: bool = False, deadline: float | None = None, verbose: bool = True):
  """Check each seed's graph; returns (graphs run, {seed: problems})."""
  failures, ran = {}, 0
  faulthandler.enable()   # a crash in compiled code prints the stack (the last seed printed is the culprit's)
  for seed in seeds:
    if deadline is not None and time.time() > deadline: break
    with watchdog(seed):
      g = generate(seed, "tiling" if tiling else "mixed")
      problems = check_tiling(g, device) if tiling else check(g, device)
    ran += 1
    if problems:
      failures[seed] = problems
      if verbose:
        print(f"\nMISMATCH seed {seed}: " + "; ".join(problems) + "\n" + program(g, device) + "\n", flush=True)
    if verbose and ran % 250 == 0: print(f"  {ran} graphs, {len(failures)} mismatched", flush=True)
  return ran, failures


def main(argv=None):
  p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
  p.add_argument("--count", type=int, default=1000, help="graphs to run")
  p.add_argument("--start", type=int, default=0, help="first seed")
  p.add_argument("--seed", type=int, help="print and check this one graph")
  p.add_argument("--device", default="CPU", help="CPU or EMU")
  p.add_argument("--tiling", action="store_true", help="compare register tiling on vs off instead of against PyTorch")
  p.add_argument("--minutes", type=float, help="stop after this long")
  p.add_argument("--mutation", action="store_true", help="programs writing in place vs PyTorch's eager semantics "
                 "(tools/fuzz_mutation.py)")
  args = p.parse_args(argv)
  if args.mutation: return _main_mutation(args)
  if args.seed is not None:
    g = generate(args.seed, "tiling" if args.tiling else "mixed")
    print(program(g, args.device))
    problems = check_tiling(g, args.device) if args.tiling else check(g, args.device)
    print("\n".join(problems) or "OK")
    return 1 if problems else 0
  start = time.time()
  deadline = start + args.minutes * 60 if args.minutes else None
  ran, failures = fuzz(range(args.start, args.start + args.count), args.device, args.tiling, deadline)
  what = "tiling on vs off" if args.tiling else "against PyTorch"
  print(f"ran {ran} graphs on {args.device} ({what}) in {time.time() - start:.0f} s: {len(failures)} mismatched")
  if failures: print(f"failing seeds: {sorted(failures)}")
  return 1 if failures else 0


def _main_mutation(args) -> int:
  sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))   # run as a script too
  from tools import fuzz_mutation
  if args.seed is not None:
    prog = fuzz_mutation.generate(args.seed)
    print(prog.script(args.device))
    problems = fuzz_mutation.check(prog, args.device)
    print("\n".join(problems) or "OK")
    return 1 if problems else 0
  start = time.time()
  ran, failures = fuzz_mutation.fuzz(range(args.start, args.start + args.count), args.device)
  print(f"ran {ran} mutation programs on {args.device} in {time.time() - start:.0f} s: {len(failures)} mismatched")
  if failures: print(f"failing seeds: {sorted(failures)}")
  return 1 if failures else 0


if __name__ == "__main__":
  sys.exit(main())
