"""The optimizer interface of PyTorch (param_groups, state, step, zero_grad, state_dict) over lazy updates.

A step is a lazy expression of the parameters and their state; it fuses into a few kernels and runs when realized,
together with anything else realized alongside (`Tensor.realize(loss, *opt.schedule_step())`). Each update is an
`assign` into the tensor's own buffer, so `@jit` replays it.

Numbers that change between steps live in tensors, not in Python floats: a float would be a new constant in every
step's kernels, each would compile anew, and a jitted step would keep the value of its capture. So each group
copies the numbers its step reads (lr, momentum, betas, ...) into a small tensor whenever one is set, and step
counts are counted in a tensor per group.
"""
from __future__ import annotations
import functools
import math
from collections import defaultdict
import numbers
import operator
import numpy as np
from picograd.dtype import dtypes
from picograd.errors import PicogradError, ShapeError
from picograd.lazy import origin, Origins
from picograd.tensor import Tensor


class OptimizerError(PicogradError, ValueError):
  """A bad hyperparameter, parameter list or state dict given to an optimizer or a scheduler."""


class OptimizerArgumentError(PicogradError, TypeError):
  """An argument of the wrong kind, or one of PyTorch's that picograd does not take; the message says what to do."""


# PyTorch's implementation choices: their default (None or False) is accepted and changes nothing
_TORCH_ONLY = {
  "foreach": "picograd fuses each update into a few kernels itself; there is no per-tensor loop to choose",
  "fused": "picograd fuses each update into a few kernels itself",
  "capturable": "it is for CUDA graphs: wrap the whole training step in @picograd.jit instead",
  "differentiable": "picograd cannot differentiate through an optimizer step",
}


def _refuse(name: str, given: dict, takes):
  for key, value in given.items():
    if key in _TORCH_ONLY:
      if value is None or value is False: continue
      raise OptimizerArgumentError(f"{name}: {key}={value!r} is not supported: {_TORCH_ONLY[key]}; leave it out")
    raise OptimizerArgumentError(f"{name}: unknown argument {key}={value!r}; it takes {', '.join(takes)}")


def _what(key: str) -> str: return "learning rate" if key == "lr" else key


def _finite(name: str, key: str, value):
  if isinstance(value, bool) or not isinstance(value, numbers.Real) or not math.isfinite(value):
    raise OptimizerError(f"{name}: bad {_what(key)} {value}: must be a finite number")


def _finite_at_least_0(name: str, key: str, value):
  _finite(name, key, value)
  if value < 0: raise OptimizerError(f"{name}: bad {_what(key)} {value}: must be a finite number >= 0")


def _betas(name: str, key: str, value):
  ok = isinstance(value, (tuple, list)) and len(value) == 2
  if not ok or not all(isinstance(b, numbers.Real) and not isinstance(b, bool) and 0 <= b < 1 for b in value):
    raise OptimizerError(f"{name}: bad betas {value!r}: must be two numbers in [0, 1)")


def _unit(name: str, key: str, value):
  if isinstance(value, bool) or not isinstance(value, numbers.Real) or not 0 <= value <= 1:
    raise OptimizerError(f"{name}: bad {key} {value!r}: must be a number in [0, 1]")


def _flag(name: str, key: str, value):
  if not isinstance(value, bool): raise OptimizerError(f"{name}: {key} must be True or False, got {value!r}")


_RULES = {"lr": _finite_at_least_0, "momentum": _finite_at_least_0, "dampening": _finite_at_least_0,
          "weight_decay": _finite_at_least_0, "eps": _finite_at_least_0, "alpha": _finite_at_least_0,
          "lr_decay": _finite_at_least_0, "initial_accumulator_value": _finite_at_least_0, "betas": _betas,
          "rho": _unit, "nesterov": _flag, "amsgrad": _flag, "maximize": _flag, "centered": _flag,
          "decoupled_weight_decay": _flag}


def check_value(name: str, key: str, value, later: bool = False):
  """later: set after construction, when a learning rate may go below 0 (a schedule's last step can: PyTorch checks
  the sign at construction only)."""
  rule = _finite if later and key == "lr" else _RULES.get(key)
  if rule: rule(name, key, value)


class ParamGroup(dict):
  """One of `optimizer.param_groups`: PyTorch's dict of "params" and hyperparameters. The numbers the step reads
  (and a few derived from them, in double precision, as PyTorch computes them) are also kept in a small tensor,
  written again when an entry is set: an LR schedule or `group["lr"] = 0.01` takes effect at the next step, jitted
  or not, and compiles nothing new. Set entries outside a jitted step: the write is a copy from the host."""

  def __init__(self, name: str, entries: dict, numbers_of, device: str):
    super().__init__(entries)
    self._name, self._numbers_of, self._device = name, numbers_of, device
    self._written: tuple = ()
    self._views: dict[str, Tensor] = {}
    self._index: dict[str, int] = {}
    self.values: Tensor | None = None
    self.steps: Tensor | None = None   # per parameter, for optimizers that count steps
    self._sync()

  def __setitem__(self, key, value):
    if key == "params": raise OptimizerError(f"{self._name}: a group's params cannot be replaced; add a group with "
                                             "optimizer.add_param_group({'params': [...]})")
    check_value(self._name, key, value, later=True)
    super().__setitem__(key, value)
    self._sync()

  def update(self, *args, **kwargs):
    new = dict(*args, **kwargs)
    if "params" in new: self["params"] = new["params"]
    for key, value in new.items(): check_value(self._name, key, value, later=True)
    super().update(new)
    self._sync()

  def setdefault(self, key, default=None):
    if key not in self: self[key] = default
    return self[key]

  def __reduce__(self):   # a copy or pickle is rebuilt whole, not entry by entry through __setitem__
    return (_rebuilt_group, (type(self), dict(self), self.__dict__))

  def _sync(self):
    named = self._numbers_of(self)
    now = tuple(float(v) for v in named.values())
    if now == self._written: return
    new = Tensor(list(now), device=self._device, dtype=dtypes.float32)
    if self.values is None: self.values, self._index = new.realize(), {k: i for i, k in enumerate(named)}
    else: self.values.assign(new).realize()
    self._written, self._views = now, {}

  def number(self, name: str) -> Tensor:
    """A number the step reads, as a 0-d view of the group's tensor: a load in the kernels, not a constant. The views
    are made once per write of the numbers (indexing costs tens of microseconds, and a step reads a few per
    parameter); a write makes them anew, so a view never reads the numbers from before it."""
    view = self._views.get(name)
    if view is None: view = self._views[name] = self.values[self._index[name]]
    return view


def _rebuilt_group(cls, entries: dict, attributes: dict) -> ParamGroup:
  group = dict.__new__(cls)
  dict.update(group, entries)
  group.__dict__.update(attributes)
  group._views = {}   # made anew from the copy's own numbers
  return group


def _param_list(name: str, params) -> tuple[list[Tensor], list[str] | None]:
  if isinstance(params, Tensor): return [params], None
  if isinstance(params, (set, frozenset)):
    raise OptimizerArgumentError(f"{name}: params is a set, whose order changes between runs; pass a list")
  items = list(params)
  names = None
  if items and all(isinstance(x, tuple) and len(x) == 2 and isinstance(x[0], str) for x in items):
    names, items = [n for n, _ in items], [t for _, t in items]   # model.named_parameters()
  for i, p in enumerate(items):
    if not isinstance(p, Tensor):
      raise OptimizerArgumentError(f"{name}: params[{i}] is a {type(p).__name__}, not a Tensor; pass tensors, "
                                   "e.g. model.parameters(), or dicts of them (parameter groups)")
  return items, names


def _check_unique(name: str, params: list[Tensor]):
  """A tensor listed twice would be updated twice per step (tied weights listed by hand, or two modules' lists)."""
  first: dict[int, int] = {}
  for i, p in enumerate(params):
    if id(p) in first:
      raise OptimizerError(f"{name}: parameter {i} ({p.dtype.name}, shape {p.shape}) appears more than once "
                           f"(first as parameter {first[id(p)]}); pass each tensor once, e.g. model.parameters()")
    first[id(p)] = i


def _name_state(p: Tensor, fallback: str, state: dict):
  """Names for a parameter (a module's name for it, else its place in the groups) and its state tensors."""
  if p.param_name is None: p.param_name = fallback
  for key, value in state.items():
    if isinstance(value, Tensor) and value.param_name is None: value.param_name = f"{key} of {p.param_name}"


def _count(steps: Tensor, live: list[int]) -> Tensor:
  """Add one to the step count of each parameter that has a gradient, as PyTorch counts per parameter."""
  n = steps.shape[0]
  if len(live) == n: return steps.assign(steps + 1)
  index = Tensor.arange(n, device=steps.device)
  hit = functools.reduce(operator.or_, [index == i for i in live])
  return steps.assign(steps + hit.cast(steps.dtype))


class Optimizer:
  """PyTorch's Optimizer: `params` is an iterable of tensors, or of dicts (parameter groups) each with "params" and
  any hyperparameters that differ from the defaults. Subclasses give `_numbers` (what their step reads from a
  group), `_state_keys`, `_init_state` and `_update_group`; one written as for PyTorch (its own step(), reading
  the group dicts) works too, though its numbers are then constants in its kernels."""
  _state_keys: tuple[str, ...] | None = None   # what load_state_dict accepts; None: anything
  _counts_steps = False     # whether the state holds a per-parameter "step"
  _eager_state = False      # state made with the group, not at a parameter's first step (Adagrad)

  def __init__(self, params, defaults: dict, torch_only: dict | None = None):
    name = type(self).__name__
    _refuse(name, torch_only or {}, list(defaults))
    for key, value in defaults.items(): check_value(name, key, value)
    if isinstance(params, (set, frozenset)):
      raise OptimizerArgumentError(f"{name}: params is a set, whose order changes between runs; pass a list")
    if isinstance(params, Tensor):
      raise OptimizerArgumentError(f"{name}: params must be an iterable of Tensors or of dicts (parameter groups), "
                                   "not one Tensor; pass [tensor] or model.parameters()")
    groups = list(params)
    if not groups: raise OptimizerError(f"{name}: got an empty list of params; pass model.parameters()")
    self.defaults = defaults
    self.state: dict[Tensor, dict[str, Tensor]] = defaultdict(dict)   # as PyTorch's: self.state[p] makes an entry
    self.param_groups: list[ParamGroup] = []
    for group in (groups if all(isinstance(g, dict) for g in groups) else [{"params": groups}]):
      self.add_param_group(group)
    if not any(p.requires_grad for p in self._params()):
      raise OptimizerError(f"{name}: no parameters that require grad")

  def add_param_group(self, param_group: dict):
    """Another group of parameters, with hyperparameters of its own (the defaults fill in the rest)."""
    name = type(self).__name__
    if not isinstance(param_group, dict) or "params" not in param_group:
      raise OptimizerArgumentError(f"{name}: a parameter group is a dict with a 'params' list, got {param_group!r}")
    params, names = _param_list(name, param_group["params"])
    if not params: raise OptimizerError(f"{name}: a parameter group has no params")
    _check_unique(name, self._params() + params)
    devices = sorted({p.device for p in params})
    if len(devices) > 1:
      raise OptimizerError(f"{name}: a parameter group has parameters on {' and '.join(devices)}; put each device's "
                           "parameters in a group of its own")
    entries = {"params": params, **({"param_names": names} if names else {})}
    entries.update({k: v for k, v in param_group.items() if k not in ("params", "param_names")})
    for key, value in entries.items(): check_value(name, key, value)
    for key, value in self.defaults.items(): entries.setdefault(key, value)
    group = ParamGroup(name, entries, self._numbers, devices[0])
    self._check_group(group)
    if self._counts_steps: group.steps = Tensor.zeros(len(params), device=devices[0]).realize()
    self.param_groups.append(group)
    if self._eager_state:
      for i, p in enumerate(params): self._init_state(group, i, p, self.state.setdefault(p, {}))

  def __setstate__(self, attributes: dict):
    """After a copy or unpickling, each "step" is again a view of its group's counts, not a tensor of its own."""
    self.__dict__.update(attributes)
    for group in self.param_groups:
      for i, p in enumerate(group["params"]):
        if "step" in self.state.get(p, {}): self.state[p]["step"] = group.steps[i]

  def _params(self) -> list[Tensor]: return [p for g in self.param_groups for p in g["params"]]

  @property
  def lr(self) -> float:
    """The first group's learning rate (picograd's shorthand; PyTorch has only param_groups)."""
    return self.param_groups[0]["lr"]

  @lr.setter
  def lr(self, value: float):
    if len(self.param_groups) > 1:
      raise OptimizerError(f"{type(self).__name__}: opt.lr sets one learning rate, but there are "
                           f"{len(self.param_groups)} parameter groups; set each: "
                           "for g in opt.param_groups: g['lr'] = ...")
    self.param_groups[0]["lr"] = value

  def zero_grad(self, set_to_none: bool = True):
    """Drop the gradients (set_to_none=False: make them zeros, which a later backward adds to)."""
    for p in self._params():
      if p.grad is None: continue
      p.grad = None if set_to_none else Tensor.zeros(*p.grad.shape, dtype=p.grad.dtype, device=p.grad.device)

  def schedule_step(self) -> list[Tensor]:
    """Assign each parameter with a gradient its updated (lazy) value; returns the tensors to realize to run the step:
    the parameters and the state written."""
    out: list[Tensor] = []
    with origin(f"{type(self).__name__} step"):
      for gi, group in enumerate(self.param_groups):
        live = [(i, p) for i, p in enumerate(group["params"]) if p.grad is not None]
        if not live: continue
        if group.steps is not None: out.append(_count(group.steps, [i for i, _ in live]))
        for i, p in live:
          self._init_state(group, i, p, self.state.setdefault(p, {}))
          if Origins.tracking: _name_state(p, f"parameter {i} of group {gi}", self.state[p])
        out += self._update_group(group, live)
    return out

  def _write(self, t: Tensor, value: Tensor) -> Tensor:
    """The update of a parameter or a state tensor, written into its buffer; its kernel says what it updates."""
    with origin(f"{type(self).__name__} update of {t.param_name or 'a tensor of shape ' + str(t.shape)}"):
      return t.assign(value.cast(t.dtype))

  def step(self, closure=None):
    """One step, run now; `closure` (PyTorch's) recomputes the loss and gradients first, and its loss is returned."""
    loss = closure() if closure is not None else None
    todo = self.schedule_step()
    if todo: Tensor.realize(*todo)
    return loss

  def _grad(self, group: ParamGroup, p: Tensor) -> Tensor:
    """The gradient the update follows: negated to maximize, with L2 weight decay added unless it is decoupled."""
    g = p.grad.detach()
    if group["maximize"]: g = -g
    if group["weight_decay"] != 0 and not group.get("decoupled_weight_decay", False):
      g = g + p.detach() * group.number("weight_decay")
    return g

  def _check_group(self, group: ParamGroup): pass
  def _numbers(self, group: dict) -> dict[str, float]: return {}   # a subclass written as in PyTorch reads the dict
  def _init_state(self, group: ParamGroup, i: int, p: Tensor, state: dict): pass

  def _update_group(self, group: ParamGroup, live: list[tuple[int, Tensor]]) -> list[Tensor]:
    raise NotImplementedError(f"{type(self).__name__} defines no update: override step(), or _update_group()")

  def _zeros(self, p: Tensor) -> Tensor: return Tensor.zeros(*p.shape, dtype=p.dtype, device=p.device)

  # ---- state dicts --------------------------------------------------------------------------------------------------
  def state_dict(self) -> dict:
    """PyTorch's structure: {"state": {index: {name: tensor}}, "param_groups": [{..., "params": [index, ...]}]},
    parameters numbered across the groups in order. The tensors are the optimizer's own, as in PyTorch."""
    index = {id(p): i for i, p in enumerate(self._params())}
    state = {index[id(p)]: dict(s) for p, s in self.state.items() if s}
    groups = [{**{k: v for k, v in g.items() if k != "params"}, "params": [index[id(p)] for p in g["params"]]}
              for g in self.param_groups]
    return {"state": state, "param_groups": groups}

  def load_state_dict(self, state_dict: dict):
    """Take the hyperparameters and state of a state dict (of this kind of optimizer over the same parameters),
    copied into this optimizer's own tensors, so training goes on as it would have."""
    name = f"{type(self).__name__}.load_state_dict"
    if not isinstance(state_dict, dict) or not {"state", "param_groups"} <= set(state_dict):
      raise OptimizerError(f"{name}: expected a dict with 'state' and 'param_groups', as state_dict() returns")
    saved = state_dict["param_groups"]
    if len(saved) != len(self.param_groups):
      raise OptimizerError(f"{name}: the state dict has {len(saved)} parameter groups, this optimizer "
                           f"{len(self.param_groups)}")
    owner: dict = {}
    for gi, (s, g) in enumerate(zip(saved, self.param_groups)):
      if len(s["params"]) != len(g["params"]):
        raise OptimizerError(f"{name}: parameter group {gi} has {len(s['params'])} parameters in the state dict, "
                             f"{len(g['params'])} here")
      owner.update({k: (g, i) for i, k in enumerate(s["params"])})
    state = {k: self._loaded(name, k, owner, v) for k, v in state_dict["state"].items()}
    for s in saved:
      for key, value in s.items():
        if key != "params": check_value(name, key, value, later=True)
    for s, g in zip(saved, self.param_groups): g.update({k: v for k, v in s.items() if k != "params"})
    written = self._put_state(owner, state)
    if written: Tensor.realize(*written)

  def _loaded(self, name: str, key, owner: dict, entries: dict) -> dict[str, Tensor]:
    """A saved parameter's state as tensors of its dtype and device, checked against the parameter."""
    if key not in owner:
      raise OptimizerError(f"{name}: the state dict has state for parameter {key}, which no group lists")
    group, i = owner[key]
    p = group["params"][i]
    unknown = sorted(set(entries) - set(self._state_keys or entries))
    if unknown:
      raise OptimizerError(f"{name}: the state of parameter {key} has {unknown}, which {type(self).__name__} does not "
                           f"keep (it keeps {list(self._state_keys)}); was it saved by another optimizer?")
    out = {}
    for k, v in entries.items():
      if v is None: continue
      t = v if isinstance(v, Tensor) else Tensor(np.asarray(v, dtype=np.float32 if k == "step" else None))
      want = () if k == "step" else p.shape
      if (t.numel() != 1) if k == "step" else (t.shape != want):
        raise ShapeError(f"{name}: state '{k}' of parameter {key} has shape {t.shape}, the parameter {p.shape}")
      out[k] = t.reshape(want).to(p.device).cast(dtypes.float32 if k == "step" else p.dtype)
    return out

  def _put_state(self, owner: dict, state: dict) -> list[Tensor]:
    """Write loaded state into the existing tensors (a jitted step keeps reading them); the step counts of a group
    are written whole, 0 for a parameter without saved state, as PyTorch starts one afresh."""
    written = []
    for group in self.param_groups:
      if group.steps is None: continue
      counts = np.zeros(group.steps.shape, np.float32)
      for k, entries in state.items():
        if owner[k][0] is group and "step" in entries: counts[owner[k][1]] = entries["step"].item()
      written.append(group.steps.assign(Tensor(counts, device=group.steps.device)))
    for k, (group, i) in owner.items():
      p, entries = group["params"][i], state.get(k, {})
      own = self.state.setdefault(p, {})
      for gone in [n for n in own if n not in entries]: del own[gone]
      for n, t in entries.items():
        if n == "step" and group.steps is not None: own.setdefault(n, group.steps[i])
        elif n in own: written.append(self._write(own[n], t))
        else: written.append(own.setdefault(n, t.clone()))
    return written
