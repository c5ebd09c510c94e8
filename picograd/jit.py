"""A JIT for whole steps: capture the kernels a function launches, then replay them on new inputs.

    @picograd.jit
    def step(x, y): ...            # tensors in, tensors out

    class Trainer:
      @picograd.jit
      def step(self, x, y): ...    # a method: one capture per instance

Call 1 runs the function (compiling its kernels), call 2 runs it again while recording every launch and its
buffers (and every collective: a data-parallel step's all-reduces), and later calls only relaunch those kernels,
with the new inputs' buffers in place of the old: no scheduling, no code generation, no per-op Python work. State
the function updates with `assign` (weights, optimizer moments, the learning rate an LR schedule sets) lives in
the same buffers every step, which is what makes replaying correct. Each replay returns new tensors in buffers of
their own: a loss kept from one step keeps its value after the next, and a result can be passed back in
(`h = step(x, h)`).

A replay never runs the function's Python, so what that Python would do differently is checked instead, and a
JitError names the cause and the fix. At every replay:
  - tensor arguments must keep their shapes, dtypes, devices and aliasing (the same tensor twice, or not);
    other arguments must be equal (numbers, strings, tuples of them) or the very same objects;
  - the names the function reads (its closure variables and globals, and those of the plain functions it
    names) must hold what they held at the capture, numbers and strings compared by value; so must the number,
    string and None attributes of `self` for a method;
  - every tensor whose buffer the kernels read, found along the references from those names, `self` and the
    arguments (lists, dicts, object attributes), must still be reached the same way and hold the same buffer: a
    weight rebound (`model.w = Tensor(...)`) is refused, one assigned (`model.w.assign(...)`) is fine, and an
    assign not yet realized is realized first.
At the capture: random numbers, host data (`Tensor(array)`), reads of tensor values into Python (`.numpy()`,
`.item()`, `float(t)`, `if t:`) and copies between devices inside the function are refused (a replay would
repeat or skip them), as are Python state the function changes itself (a counter, a tensor it rebinds instead of
assigning, or leaves unrealized) and a function that launched no kernel. A jitted function called while another
captures runs as plain code, so the outer capture records its kernels. `step.reset()` drops a capture.

Not seen: other Python side effects (appending to a list, printing), names reached through a module or class
(`config.LR`), and tensors the function leaves behind besides its results and the state above (a `p.grad` not
realized inside the step still reads the capture's buffers).
"""
from __future__ import annotations
import functools
import inspect
import types
import numpy as np
from picograd import engine
from picograd.errors import JitError
from picograd.jit_reach import VALUES, Wrapper, Ref, attrs, is_value, paths, same, walk, walkable, changed_by_call
from picograd.hazards import Storage
from picograd.helpers import prod
from picograd.lazy import LazyBuffer
from picograd.ops import Collective, LoadOps
from picograd.tensor import Tensor


_SLOT = object()      # where a result tensor goes in the captured result's structure
_active = 0           # open captures: a jitted function called inside one runs as plain code


# ---- arguments -------------------------------------------------------------------------------------------------------
class _Same:
  """An argument that is neither a tensor nor a value: a capture holds for that very object only."""
  __slots__ = ("obj",)

  def __init__(self, obj): self.obj = obj
  def __eq__(self, other): return isinstance(other, _Same) and other.obj is self.obj
  def __repr__(self): return f"<{type(self.obj).__name__} object at {id(self.obj):#x}>"


def _key(value, tensors: list):
  """A comparable description of an argument; its tensors go to `tensors`, in an order fixed by the description."""
  if isinstance(value, Tensor):
    tensors.append(value)
    return ("tensor", value.dtype.name, value.shape, value.device)
  if isinstance(value, VALUES): return (type(value).__name__, repr(value))   # repr: nan equals nan, -0.0 is not 0.0
  if isinstance(value, (list, tuple)): return (type(value).__name__, tuple(_key(v, tensors) for v in value))
  if isinstance(value, dict):
    items = sorted(value.items(), key=lambda kv: repr(kv[0]))
    return ("dict", tuple((repr(k), _key(v, tensors)) for k, v in items))
  if isinstance(value, np.ndarray):
    raise JitError("jit: a NumPy array argument would be read once, at the capture; pass it as a Tensor")
  return _Same(value)


def _arguments(args, kwargs) -> tuple[list[Tensor], tuple]:
  tensors: list[Tensor] = []
  keys = tuple((i, _key(a, tensors)) for i, a in enumerate(args))
  return tensors, keys + tuple((k, _key(v, tensors)) for k, v in sorted(kwargs.items()))


def _prepare(tensors: list[Tensor]) -> tuple[int, ...]:
  """Realize the tensor arguments as whole buffers; returns, per argument, the first one sharing its buffer."""
  for t in tensors: t.lazydata = t.lazydata.contiguous()
  pending = [t for t in tensors if not t.lazydata.is_realized]
  if pending: Tensor.realize(*pending)
  first: dict[int, int] = {}
  return tuple(first.setdefault(id(t.lazydata.base.realized), i) for i, t in enumerate(tensors))


def _show(key) -> str:
  if isinstance(key, _Same): return repr(key)
  if key[0] == "tensor": return f"a {key[1]} tensor of shape {key[2]} on {key[3]}"
  if key[0] in ("list", "tuple", "dict"): return f"a {key[0]} of {len(key[1])}"
  return key[1]


def _map(value, f):
  """`value` with f applied to each tensor (or result slot) in it, through lists, tuples and dicts."""
  if isinstance(value, Tensor) or value is _SLOT: return f(value)
  if isinstance(value, (list, tuple)):
    items = [_map(v, f) for v in value]
    return type(value)(*items) if hasattr(value, "_fields") else type(value)(items)
  if isinstance(value, dict): return {k: _map(v, f) for k, v in value.items()}
  return value


def _tensors_in(value) -> list[Tensor]:
  found: list[Tensor] = []
  _map(value, found.append)
  return found


# ---- what a capture cannot record ------------------------------------------------------------------------------------
def _refuse(name: str, cap, rng_moved: bool):
  if rng_moved:
    raise JitError(f"jit: {name} makes random numbers; a replay would repeat them. Make them outside and pass them in")
  if cap.host_copies:
    raise JitError(f"jit: {name} copies host data into tensors; pass such tensors in as arguments instead")
  if cap.host_reads:
    raise JitError(f"jit: {name} reads tensor values into Python (.numpy(), .item(), float(t), `if t:`), which a "
                   "replay would freeze at the values of the capture. Return the tensor and read it outside the "
                   "jitted function, or keep the choice in tensors (Tensor.where)")
  if cap.device_copies:
    raise JitError(f"jit: {name} copies tensors between devices, which a replay would skip; copy outside the jitted "
                   "function and pass the copy in")
  if not cap.launches: raise JitError(f"jit: {name} launched no kernel; there is nothing to replay")


def _keep_values_read(tensors):
  """Values still pending that read these tensors' buffers get a copy of the contents first, as when an assign runs
  through the scheduler (hazards.py): the kernels of a replay overwrite buffers outside it."""
  for t in tensors: engine.keep_values_read(Storage.of(t.lazydata.base))


def _diff(old, new, where: str):
  """The first place two argument descriptions differ, as (where, old, new)."""
  nested = not isinstance(old, _Same) and not isinstance(new, _Same) and old[0] == new[0]
  if nested and old[0] in ("list", "tuple", "dict") and len(old[1]) == len(new[1]):
    for i, (o, n) in enumerate(zip(old[1], new[1])):
      if o == n: continue
      if old[0] != "dict": return _diff(o, n, f"{where}[{i}]")
      if o[0] == n[0]: return _diff(o[1], n[1], f"{where}[{o[0]}]")
      break
  return where, old, new


def _aliasing(alias: tuple[int, ...]) -> str:
  shared = [f"#{j} and #{i}" for i, j in enumerate(alias) if j != i]
  return f"tensor arguments {', '.join(shared)} in one buffer" if shared else "tensor arguments in distinct buffers"


# ---- the JIT ---------------------------------------------------------------------------------------------------------
class TinyJit(Wrapper):
  def __init__(self, fn, instance=None):
    self.fn, self.instance = fn, instance
    functools.update_wrapper(self, fn, updated=())   # not fn's __dict__: a model's attributes would shadow ours
    self.name = getattr(fn, "__name__", type(fn).__name__)
    self.reset()

  def reset(self):
    """Forget the capture: the next call runs the function, the one after captures it anew."""
    self.calls, self.plan, self.key = 0, None, None

  def __set_name__(self, owner, name): self.name = name

  def __get__(self, obj, objtype=None):
    """On an instance, a TinyJit of its own, kept in the instance's __dict__ (under a key no attribute can have):
    a capture holds one object's buffers and attributes. A copy of the object gets a new one."""
    if obj is None or self.instance is not None: return self
    own = attrs(obj)
    if own is None: raise JitError(f"jit: {self.name} is a method of {type(obj).__name__}, which has no __dict__ to "
                                     "keep a capture per instance in; jit a function instead")
    bound = own.get(f"{self.name}.jit")
    if not isinstance(bound, TinyJit) or bound.instance is not obj:
      bound = own[f"{self.name}.jit"] = TinyJit(self.fn, obj)
      bound.name = self.name
    return bound

  def __reduce__(self): return (TinyJit, (self.fn,))   # copies and pickles carry no capture

  def _self(self):
    """The object whose attributes the function reads as `self`: a method's instance, or a callable object."""
    if self.instance is not None: return self.instance
    if isinstance(self.fn, types.MethodType): return self.fn.__self__
    return None if isinstance(self.fn, types.FunctionType) else self.fn

  def _run(self, args, kwargs):
    out = self.fn(*args, **kwargs) if self.instance is None else self.fn(self.instance, *args, **kwargs)
    if _tensors_in(out): Tensor.realize(*_tensors_in(out))
    return out

  def __call__(self, *args, **kwargs):
    if _active: return self._run(args, kwargs)   # inside another capture: plain code, recorded by that capture
    tensors, key = _arguments(args, kwargs)
    key = (key, _prepare(tensors))
    if self.plan is not None: return self._replay(tensors, key)
    self.calls += 1
    if self.calls == 1: return self._run(args, kwargs)
    return self._capture(tensors, key, args, kwargs)

  def _roots(self, args, kwargs) -> list[tuple[object, str, bool]]:
    fn = self.fn.__func__ if isinstance(self.fn, types.MethodType) else self.fn
    code = fn if isinstance(fn, types.FunctionType) else type(fn).__call__
    roots = [(code, self.name, False)] + ([(self._self(), "self", False)] if self._self() is not None else [])
    named = [(a, f"argument {i}") for i, a in enumerate(args)] + [(v, f"argument {k}") for k, v in kwargs.items()]
    return roots + [(a, n, True) for a, n in named if walkable(a)]

  def _capture(self, tensors, key, args, kwargs):
    global _active
    roots = self._roots(args, kwargs)
    before = walk(roots, self._self())
    lazy = {id(r.child): r.child for r in before if isinstance(r.child, Tensor) and not r.child.lazydata.is_realized}
    if lazy: Tensor.realize(*lazy.values())   # work pending before the call belongs before it, not in every replay
    pre: dict[int, tuple] = {}
    for r in before:
      if isinstance(r.child, Tensor): pre.setdefault(id(r.child), (r.child, r.child.lazydata.base.realized, r.name))
    _keep_values_read([t for t, _, _ in pre.values()] + tensors)   # so that no copy for them is captured
    rng = Tensor._rng_counter
    _active += 1
    try:
      with engine.capture() as cap: out = self._run(args, kwargs)
    finally: _active -= 1
    _refuse(self.name, cap, Tensor._rng_counter != rng)
    changed_by_call(self.name, before, pre)
    self._guards(walk(roots, self._self()), tensors, cap.launches)
    self._build(cap.launches, tensors, out)
    self.key = key
    return out

  def _guards(self, after: list[Ref], tensors: list[Tensor], launches):
    """What a replay checks: the names the function reads, the values of self's attributes, and every reference on
    the way to a tensor whose buffer the kernels use (and that the tensor still holds that buffer)."""
    used = {id(b) for _, bufs in launches for b in bufs}
    args = {id(t.lazydata.base.realized): i for i, t in reversed(list(enumerate(tensors)))}
    arg_ids, held = {id(t) for t in tensors}, {}
    for r in after:
      if not isinstance(r.child, Tensor) or (r.via_argument and id(r.child) in arg_ids): continue
      if id(buf := r.child.lazydata.base.realized) in used: held.setdefault(id(r.child), (r.child, buf, r.name))
    self.state = [h for h in held.values() if id(h[1]) not in args]
    written = {id(bufs[0]) for _, bufs in launches}
    self.overwritten = [t for t, buf, _ in self.state if id(buf) in written]
    self.pinned = [(args[id(buf)], buf, name) for _, buf, name in held.values() if id(buf) in args]
    self.refs = [r for r in paths(after, set(held)) if r.kind != "fixed" and r.reader != "name"]
    self.names = [r for r in after if r.reader == "name" or (r.reader == "self" and is_value(r.child))]

  def _build(self, launches, tensors: list[Tensor], out):
    """The plan: each launch's buffers as slots into [arguments, fresh result buffers, fixed buffers], and how to
    rebuild the result. A result gets a fresh buffer per replay when the kernels write it before any reads it and
    it is not state the walk found; otherwise the result is that state, or an argument."""
    slot = {id(t.lazydata.base.realized): i for i, t in reversed(list(enumerate(tensors)))}
    state, seen, written_first = {id(buf) for _, buf, _ in self.state}, set(), set()
    for _, bufs in launches:
      if id(bufs[0]) not in seen and all(b is not bufs[0] for b in bufs[1:]): written_first.add(id(bufs[0]))
      seen.update(id(b) for b in bufs)
    self.fresh, self.results = [], []
    for t in _tensors_in(out):
      lb, buf = t.lazydata, t.lazydata.base.realized
      if any(t is a for a in tensors): self.results.append(("argument", [a is t for a in tensors].index(True), None))
      elif slot.get(id(buf), len(tensors)) < len(tensors):
        raise JitError(f"jit: {self.name} returns a view of one of its arguments, which a replay cannot rebuild; "
                       "return the argument itself, or a copy (.clone())")
      elif id(buf) in written_first and id(buf) not in state:
        if id(buf) not in slot:
          slot[id(buf)] = len(tensors) + len(self.fresh)
          self.fresh.append((lb.device, lb.base.shape, lb.dtype))
        self.results.append(("fresh", slot[id(buf)] - len(tensors), None if lb.base is lb else lb.st))
      else: self.results.append(("same", t, None))
    self.fixed, self.plan = [], []
    for ck, bufs in launches:
      for b in bufs:
        if id(b) not in slot:
          slot[id(b)] = len(tensors) + len(self.fresh) + len(self.fixed)
          self.fixed.append(b)
      self.plan.append((ck, tuple(slot[id(b)] for b in bufs)))
    self.template = _map(out, lambda t: _SLOT)
    self.device = next((t.device for t in tensors + _tensors_in(out) + [t for t, _, _ in self.state]), "CPU")

  def _replay(self, tensors: list[Tensor], key):
    if key != self.key: raise JitError(self._mismatch(key))
    bufs = [t.lazydata.base.realized for t in tensors]
    self._check(bufs)
    _keep_values_read(self.overwritten)
    fresh = [engine.allocate(dev, prod(shape), dtype) for dev, shape, dtype in self.fresh]
    pool = bufs + fresh + self.fixed
    engine.hooks.fire("jit_replay", self.name, self.plan)
    for ck, slots in self.plan:   # kernels and collectives (a data-parallel step's all-reduces), in captured order
      if isinstance(ck, Collective): engine.run_collective(ck, [pool[s] for s in slots], self.device)
      else: engine.launch(ck, [pool[s] for s in slots], self.device)
    return self._result(tensors, fresh)

  def _result(self, tensors: list[Tensor], fresh: list):
    bases = []
    for buf, (dev, shape, dtype) in zip(fresh, self.fresh):
      bases.append(base := LazyBuffer.new(dev, shape, dtype, LoadOps.EMPTY))
      base.realized = buf
    results = iter(self.results)

    def rebuild(_):
      kind, what, view = next(results)
      if kind == "argument": return tensors[what]
      if kind == "same": return what
      base = bases[what]
      return Tensor(base if view is None else LazyBuffer(base.device, view, base.dtype, base=base))
    return _map(self.template, rebuild)

  def _check(self, bufs: list):
    """Refuse a replay the Python of the function would not have matched (see the module docstring)."""
    anew = f"call reset() on the jitted {self.name} to capture anew"
    for r in self.names:
      if not same(now := r.now(), r.child):
        if is_value(r.child):
          raise JitError(f"jit: {self.name} was captured with {r.name} = {r.child!r}, now {now!r}; its kernels keep "
                         f"the captured value. Pass it as an argument (a Tensor if it changes often), or {anew}")
        raise JitError(f"jit: {r.name} was rebound since {self.name} was captured; its kernels use what it held "
                       f"then. Pass what changes as an argument, or {anew}")
    for r in self.refs:
      if r.now() is not r.child:
        raise JitError(f"jit: {r.name} was rebound since {self.name} was captured; its kernels read the tensors it "
                       f"held then. Assign new values in place ({r.name}.assign(...) for a tensor), or {anew}")
    for i, buf, where in self.pinned:
      if bufs[i] is not buf:
        raise JitError(f"jit: tensor argument #{i} of {self.name} was {where} at the capture, so its kernels read "
                       f"{where} through it; pass {where} there again, or {anew}")
    if any(t.lazydata.base.realized is not buf for t, buf, _ in self.state): self._settle(anew)

  def _settle(self, anew: str):
    """A state tensor assigned since the capture but not realized gets its value now; one rebound is refused."""
    lazy = {id(t): t for t, _, _ in self.state if not t.lazydata.is_realized}
    if lazy: Tensor.realize(*lazy.values())
    for t, buf, where in self.state:
      if t.lazydata.base.realized is not buf:
        raise JitError(f"jit: {where} holds another buffer than when {self.name} was captured (rebound, not assigned "
                       f"in place); its kernels read the old one. Use {where}.assign(...), or {anew}")

  def _mismatch(self, key) -> str:
    (args, alias), (old_args, old_alias) = key, self.key
    if [a[0] for a in args] != [a[0] for a in old_args]:
      return (f"jit: {self.name} was captured for arguments {[a[0] for a in old_args]}, called with "
              f"{[a[0] for a in args]}; pass the same arguments each time")
    for (label, new), (_, old) in zip(args, old_args):
      if new == old: continue
      where, old, new = _diff(old, new, self._label(label))
      if isinstance(old, _Same): fix = "a capture holds for the object it saw: use one jitted function per object"
      elif old[0] == "tensor": fix = "a replay cannot change shapes, dtypes or devices: use a jitted function per shape"
      else: fix = "a replay would reuse the captured value: pass it as a Tensor, or use one jitted function per value"
      return f"jit: {self.name} was captured for {where} as {_show(old)}, called with {_show(new)}; {fix}"
    return (f"jit: {self.name} was captured with {_aliasing(old_alias)}, called with {_aliasing(alias)}; its kernels "
            "read and write buffers by position, so aliasing cannot change. Pass distinct tensors (.clone() copies) "
            "or use one jitted function per pattern")

  def _label(self, label) -> str:
    if isinstance(label, str): return f"argument {label}"
    try: params = list(inspect.signature(self.fn).parameters)[1 if self.instance is not None else 0:]
    except (TypeError, ValueError): params = []
    return f"argument {label} ({params[label]})" if label < len(params) else f"argument {label}"


def jit(fn) -> TinyJit:
  """Decorator: see the module docstring."""
  return TinyJit(fn)
