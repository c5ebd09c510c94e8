"""Mutation fuzzer: random programs that interleave lazy values, views, `assign`, `__setitem__`, optimizer steps,
`realize()` and `.numpy()`, checked against a NumPy model of PyTorch's eager semantics.

Why: a lazy value must keep the contents it read when the op that made it was called, whatever is written in place
afterwards, while a view aliases its base; the scheduler and the engine reorder work freely, so only many random
interleavings show that they never let a write overtake a read (or a read miss a write it follows).

The model is NumPy itself: arithmetic makes new arrays, slicing/transposing/reshaping make views exactly when
PyTorch does (flip and pad copy), and writes go into the arrays in place. Each statement is one line of picograd
and one line of NumPy, so a failing program prints as a picograd script that reproduces it.

  python tools/fuzz.py --mutation --count 5000 [--device EMU]
  python tools/fuzz.py --mutation --seed 12
"""
from __future__ import annotations
import random
from dataclasses import dataclass, field
import numpy as np

SHAPE = (3, 4)
LR, MOMENTUM = 0.1, 0.9
RTOL, ATOL = 1e-4, 1e-4
# (picograd, NumPy) templates of values computed from handles a and b, which broadcast together
BINARY = [("{a} + {b}", "{a} + {b}"), ("{a} - {b} * 0.5", "{a} - {b} * 0.5"),
          ("({a} * {b}).tanh()", "np.tanh({a} * {b})"),
          ("{a}.maximum({b})", "np.maximum({a}, {b})")]
UNARY = [("{a} * 0.5", "{a} * 0.5"), ("{a}.relu()", "np.maximum({a}, 0)"),
         ("{a}.sum(-1, keepdim=True) * 0.25", "{a}.sum(-1, keepdims=True) * 0.25"), ("{a}.sum()", "{a}.sum()"),
         ("{a}.clone()", "{a}.copy()"), ("({a}.tanh() + 1.5).log()", "np.log(np.tanh({a}) + 1.5)")]
# views: (picograd, NumPy, aliases its base); flip and pad copy in PyTorch and in NumPy
VIEWS = [("{a}.T", "{a}.T", True), ("{a}[1:]", "{a}[1:]", True), ("{a}.reshape(-1)", "{a}.reshape(-1)", None),
         ("{a}[..., 1:3]", "{a}[..., 1:3]", True), ("{a}.flip(0)", "np.flip({a}, 0).copy()", False),
         ("{a}.reshape(1, *{a}.shape).expand(2, *{a}.shape)", "np.broadcast_to({a}, (2,) + {a}.shape)", True),
         ("{a}.pad(((0, 0),) * ({a}.ndim - 1) + ((1, 1),))",
          "np.pad({a}, ((0, 0),) * ({a}.ndim - 1) + ((1, 1),))", False)]
INDICES = ["1", ":, 2", "0:2", "1:, 1:3", "..., 0", "2, 3"]
SCALARS = [-1.5, -0.25, 0.5, 1.75]   # a few values written by setitem: kernels repeat across programs and compile once


@dataclass
class Handle:
  name: str
  shape: tuple[int, ...]
  grad: bool = False           # computed from the parameter (a loss built on it would differentiate through)
  buffer: str | None = None    # the buffer a whole, in-place-writable name stands for
  writes_into: str | None = None   # the buffer a view aliases (and writes through to), expands aside


@dataclass
class Program:
  seed: int
  lines: list[tuple[str, str]] = field(default_factory=list)   # (picograd, NumPy); a read is ("READ name", ...)

  def script(self, device: str) -> str:
    body = [pg if not pg.startswith("READ ") else f"print({pg[5:]}.numpy())" for pg, _ in self.lines]
    return "\n".join([f"# picograd mutation fuzz program, seed {self.seed}", "import numpy as np",
                      "from picograd import Tensor, optim", f"DEVICE = {device!r}"] + body)


class _Builder:
  def __init__(self, seed: int):
    self.rng = random.Random(seed)
    self.prog = Program(seed)
    self.handles: list[Handle] = []
    self.n = 0
    data = np.random.default_rng(seed)
    for name in ("b0", "b1", "p0"):
      init = np.round(data.uniform(-2, 2, SHAPE), 3).tolist()
      grad = ", requires_grad=True" if name == "p0" else ""
      self.emit(f"{name} = Tensor({init}, device=DEVICE{grad}).realize()",
                f"{name} = np.array({init}, dtype=np.float32)")
      self.handles.append(Handle(name, SHAPE, grad=name == "p0", buffer=name))
    self.emit(f"opt = optim.SGD([p0], lr={LR}, momentum={MOMENTUM})", "buf = np.zeros_like(p0)")

  def emit(self, pg: str, model: str): self.prog.lines.append((pg, model))

  def fresh(self) -> str:
    self.n += 1
    return f"h{self.n}"

  def pick(self, pred=lambda h: True) -> Handle | None:
    options = [h for h in self.handles if pred(h)]
    return self.rng.choice(options) if options else None

  def value(self):
    a = self.pick()
    if self.rng.random() < 0.5:
      b = self.pick(lambda h: _broadcast(a.shape, h.shape) is not None)
      pg, model = self.rng.choice(BINARY)
      shape, grad = _broadcast(a.shape, b.shape), a.grad or b.grad
      pg, model = pg.format(a=a.name, b=b.name), model.format(a=a.name, b=b.name)
    else:
      pg, model = (t.format(a=a.name) for t in self.rng.choice(UNARY))
      shape, grad = _shape_of(model, a), a.grad
    name = self.fresh()
    self.emit(f"{name} = {pg}", f"{name} = {model}")
    self.handles.append(Handle(name, tuple(shape), grad))

  def view(self):
    a = self.pick(lambda h: len(h.shape) >= 1 and min(h.shape) >= 3)
    if a is None: return self.value()
    pg, model, aliases = self.rng.choice(VIEWS)
    name = self.fresh()
    pg, model = pg.format(a=a.name), model.format(a=a.name)
    self.emit(f"{name} = {pg}", f"{name} = {model}")
    shape = _shape_of(model, a)
    whole = aliases is not False and pg.endswith(".reshape(-1)") and a.buffer is not None
    into = a.writes_into or (a.buffer if a.buffer in ("b0", "b1") else None)
    into = into if aliases is True and ".expand(" not in pg else None
    self.handles.append(Handle(name, shape, a.grad, a.buffer if whole else None, into))

  def expression(self, shape) -> str | None:
    h = self.pick(lambda h: h.shape == shape and not h.grad)
    if h is None: return None
    k = self.pick(lambda x: _broadcast(shape, x.shape) == shape and not x.grad)
    return f"{h.name} * 0.5 + {k.name} * 0.25"

  def assign(self):
    target = self.pick(lambda h: h.buffer is not None)
    expr = self.expression(target.shape)
    if expr is None: return self.value()
    if target.buffer == "p0": expr = f"({expr}).detach()" if "detach" not in expr else expr
    self.emit(f"{target.name}.assign({expr})", f"{target.name}[...] = {expr.replace('.detach()', '')}")

  def setitem(self):
    """Into a buffer, or through a view of one (`h[0] = v` writes into the buffer it shows)."""
    view = self.pick(lambda h: h.writes_into is not None) if self.rng.random() < 0.4 else None
    target = view.name if view is not None else self.rng.choice(["b0", "b1"])
    index = self.rng.choice(["0", "..., 1"]) if view is not None else self.rng.choice(INDICES)
    region = np.zeros(view.shape if view is not None else SHAPE)[eval(f"np.s_[{index}]")].shape
    rhs = self.expression(region) if self.rng.random() < 0.5 else None
    rhs = rhs or str(self.rng.choice(SCALARS))
    self.emit(f"{target}[{index}] = {rhs}", f"{target}[{index}] = {rhs}")

  def step(self):
    h = self.pick(lambda h: h.shape in (SHAPE, ()) and not h.grad)
    name = self.fresh()
    self.emit(f"{name} = (p0 * {h.name}).sum() + (p0 * p0).sum() * 0.5; opt.zero_grad(); {name}.backward(); opt.step()",
              f"{name} = (p0 * {h.name}).sum() + (p0 * p0).sum() * 0.5; buf[...] = {MOMENTUM} * buf + {h.name} + p0; "
              f"p0 -= {LR} * buf")
    self.handles.append(Handle(name, (), grad=True))

  def read(self):
    h = self.pick()
    self.emit(f"READ {h.name}", f"READ {h.name}")

  def realize(self):
    hs = [self.pick() for _ in range(self.rng.randint(1, 3))]
    self.emit(f"Tensor.realize({', '.join(h.name for h in hs)})", "pass")


STATEMENTS = {"value": 30, "view": 14, "assign": 14, "setitem": 10, "step": 8, "read": 18, "realize": 6}


def _shape_of(model: str, a: Handle) -> tuple[int, ...]:
  """The shape of a NumPy template applied to handle `a` alone, found by running it on zeros."""
  return tuple(np.shape(eval(model.replace(a.name, "_a"), {"np": np, "_a": np.zeros(a.shape)})))


def _broadcast(a, b):
  try: return np.broadcast_shapes(a, b)
  except ValueError: return None


def generate(seed: int, length: int = 24) -> Program:
  b = _Builder(seed)
  kinds, weights = zip(*STATEMENTS.items())
  for _ in range(length): getattr(b, b.rng.choices(kinds, weights)[0])()
  for h in b.handles: b.emit(f"READ {h.name}", f"READ {h.name}")   # every value, at the end too
  return b.prog


def check(prog: Program, device: str = "CPU") -> list[str]:
  """Run the program in picograd and in the NumPy model; the reads that differ."""
  from picograd import Tensor, optim
  ours, model = {"Tensor": Tensor, "optim": optim, "np": np, "DEVICE": device}, {"np": np}
  problems = []
  for i, (pg, mo) in enumerate(prog.lines):
    if pg.startswith("READ "):
      name = pg[5:]
      got, want = ours[name].numpy(), np.array(model[name], dtype=np.float32)
      scale = max(1.0, np.abs(want[np.isfinite(want)]).max(initial=0))
      if got.shape != want.shape or not np.allclose(got, want, rtol=RTOL, atol=ATOL * scale, equal_nan=True):
        problems.append(f"line {i}: {name} reads {np.round(got, 4).tolist()}, "
                        f"PyTorch's semantics give {np.round(want, 4).tolist()}")
      continue
    exec(pg, ours)
    exec(mo, model)
  return problems


def fuzz(seeds, device: str = "CPU", verbose: bool = True) -> tuple[int, dict]:
  failures, ran = {}, 0
  for seed in seeds:
    prog = generate(seed)
    try: problems = check(prog, device)
    except Exception as e:   # noqa: BLE001  the model ran it, so picograd must too
      problems = [f"picograd raised {type(e).__name__}: {e}"]
    ran += 1
    if problems:
      failures[seed] = problems
      if verbose: print(f"\nMISMATCH seed {seed}: {'; '.join(problems)}\n{prog.script(device)}\n", flush=True)
    if verbose and ran % 250 == 0: print(f"  {ran} programs, {len(failures)} mismatched", flush=True)
  return ran, failures
