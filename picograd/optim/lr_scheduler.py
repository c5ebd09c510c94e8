"""Learning-rate schedules with PyTorch's constructors, defaults and step semantics.

A scheduler writes `group["lr"]` (OneCycleLR also the momentum or beta1) in its optimizer's param_groups, as Python
floats; each group copies the numbers its step reads into a tensor, so a jitted step reads the new rate and compiles
nothing. Call `scheduler.step()` outside a jitted step: the copy comes from the host.

As in PyTorch, `step()` without an epoch applies each schedule's chainable rule to the learning rates set now (so
schedules compose, and a rate set by hand carries on), and `step(epoch)` the closed form where there is one.
"""
from __future__ import annotations
import math
import types
from bisect import bisect_right
from collections import Counter
from picograd.optim.base import Optimizer, OptimizerArgumentError, OptimizerError


class LRScheduler:
  """The base: `last_epoch` counts steps (-1 starts a schedule; another value resumes one, from each group's
  "initial_lr"), and construction takes the first step, as in PyTorch."""
  _is_initial = False

  def __init__(self, optimizer: Optimizer, last_epoch: int = -1):
    _check_optimizer(self, optimizer)
    if last_epoch == -1:
      for group in optimizer.param_groups: group.setdefault("initial_lr", group["lr"])
    missing = [i for i, g in enumerate(optimizer.param_groups) if "initial_lr" not in g]
    if missing:
      raise OptimizerError(f"{type(self).__name__}: last_epoch={last_epoch} resumes a schedule, but param_groups "
                           f"{missing} have no 'initial_lr'; load the optimizer's state dict first, or start anew "
                           "with last_epoch=-1")
    self.optimizer, self.last_epoch = optimizer, last_epoch
    self.base_lrs = [g["initial_lr"] for g in optimizer.param_groups]
    self._initial_step()

  def _initial_step(self):
    self._step_count, self._is_initial = 0, True
    try: self.step()
    finally: self._is_initial = False

  def step(self, epoch: int | None = None):
    self._step_count += 1
    self._set_lrs(epoch)

  def _set_lrs(self, epoch: int | None = None):
    if epoch is None:
      self.last_epoch += 1
      lrs = self.get_lr()
    else:
      self.last_epoch = epoch
      lrs = self._closed_form()
    for group, lr in zip(self.optimizer.param_groups, lrs): group["lr"] = lr
    self._last_lr = self._lrs()

  def get_last_lr(self) -> list[float]: return self._last_lr
  def get_lr(self) -> list[float]: raise NotImplementedError
  def _closed_form(self) -> list[float]: return self.get_lr()
  def _lrs(self) -> list[float]: return [g["lr"] for g in self.optimizer.param_groups]

  def state_dict(self) -> dict: return {k: v for k, v in self.__dict__.items() if k != "optimizer"}
  def load_state_dict(self, state_dict: dict): self.__dict__.update(state_dict)


def _check_optimizer(scheduler, optimizer):
  if not isinstance(optimizer, Optimizer):
    raise OptimizerArgumentError(f"{type(scheduler).__name__}: expected a picograd optimizer, got "
                                 f"{type(optimizer).__name__}")


def _per_group(name: str, optimizer: Optimizer, value) -> list:
  if not isinstance(value, (list, tuple)): return [value] * len(optimizer.param_groups)
  if len(value) != len(optimizer.param_groups):
    raise OptimizerError(f"{name}: {len(value)} values for {len(optimizer.param_groups)} parameter groups")
  return list(value)


class LambdaLR(LRScheduler):
  """lr = initial lr * lr_lambda(epoch); one function, or one per group."""

  def __init__(self, optimizer: Optimizer, lr_lambda, last_epoch: int = -1):
    _check_optimizer(self, optimizer)
    self.lr_lambdas = _per_group("LambdaLR: lr_lambda", optimizer, lr_lambda)
    super().__init__(optimizer, last_epoch)

  def get_lr(self): return [base * f(self.last_epoch) for f, base in zip(self.lr_lambdas, self.base_lrs)]

  def state_dict(self) -> dict:
    """Without the functions (they may not pickle); a callable object's attributes are kept, as in PyTorch."""
    out = {k: v for k, v in self.__dict__.items() if k not in ("optimizer", "lr_lambdas")}
    out["lr_lambdas"] = [None if isinstance(f, types.FunctionType) else dict(f.__dict__) for f in self.lr_lambdas]
    return out

  def load_state_dict(self, state_dict: dict):
    state = dict(state_dict)
    for f, saved in zip(self.lr_lambdas, state.pop("lr_lambdas", [])):
      if saved is not None: f.__dict__.update(saved)
    self.__dict__.update(state)


class StepLR(LRScheduler):
  """Multiply the learning rate by gamma every step_size epochs."""

  def __init__(self, optimizer: Optimizer, step_size: int, gamma: float = 0.1, last_epoch: int = -1):
    if not isinstance(step_size, int) or step_size < 1:
      raise OptimizerError(f"StepLR: step_size must be a positive int, got {step_size!r}")
    self.step_size, self.gamma = step_size, gamma
    super().__init__(optimizer, last_epoch)

  def get_lr(self):
    if self.last_epoch == 0 or self.last_epoch % self.step_size: return self._lrs()
    return [lr * self.gamma for lr in self._lrs()]

  def _closed_form(self): return [base * self.gamma ** (self.last_epoch // self.step_size) for base in self.base_lrs]


class MultiStepLR(LRScheduler):
  """Multiply the learning rate by gamma at each milestone (twice at a milestone listed twice)."""

  def __init__(self, optimizer: Optimizer, milestones, gamma: float = 0.1, last_epoch: int = -1):
    self.milestones, self.gamma = Counter(milestones), gamma
    super().__init__(optimizer, last_epoch)

  def get_lr(self):
    if self.last_epoch not in self.milestones: return self._lrs()
    return [lr * self.gamma ** self.milestones[self.last_epoch] for lr in self._lrs()]

  def _closed_form(self):
    passed = bisect_right(sorted(self.milestones.elements()), self.last_epoch)
    return [base * self.gamma ** passed for base in self.base_lrs]


class ExponentialLR(LRScheduler):
  """Multiply the learning rate by gamma every epoch."""

  def __init__(self, optimizer: Optimizer, gamma: float, last_epoch: int = -1):
    self.gamma = gamma
    super().__init__(optimizer, last_epoch)

  def get_lr(self): return self._lrs() if self._is_initial else [lr * self.gamma for lr in self._lrs()]
  def _closed_form(self): return [base * self.gamma ** self.last_epoch for base in self.base_lrs]


class LinearLR(LRScheduler):
  """Scale the learning rate by a factor going linearly from start_factor to end_factor over total_iters epochs."""

  def __init__(self, optimizer: Optimizer, start_factor: float = 1.0 / 3, end_factor: float = 1.0,
               total_iters: int = 5, last_epoch: int = -1):
    if not 0 < start_factor <= 1: raise OptimizerError(f"LinearLR: start_factor must be in (0, 1], got {start_factor}")
    if not 0 <= end_factor <= 1: raise OptimizerError(f"LinearLR: end_factor must be in [0, 1], got {end_factor}")
    self.start_factor, self.end_factor, self.total_iters = start_factor, end_factor, total_iters
    super().__init__(optimizer, last_epoch)

  def get_lr(self):
    if self.last_epoch == 0: return [lr * self.start_factor for lr in self._lrs()]
    if self._is_initial or self.last_epoch > self.total_iters: return self._lrs()
    span = self.end_factor - self.start_factor
    ratio = 1.0 + span / (self.total_iters * self.start_factor + (self.last_epoch - 1) * span)
    return [lr * ratio for lr in self._lrs()]

  def _closed_form(self):
    span = self.end_factor - self.start_factor
    factor = self.start_factor + span * min(self.total_iters, self.last_epoch) / self.total_iters
    return [base * factor for base in self.base_lrs]


class CosineAnnealingLR(LRScheduler):
  """The learning rate on a cosine from its initial value down to eta_min over T_max epochs (and up again after)."""

  def __init__(self, optimizer: Optimizer, T_max: int, eta_min: float = 0.0, last_epoch: int = -1):
    if T_max <= 0: raise OptimizerError(f"CosineAnnealingLR: T_max must be positive, got {T_max}")
    self.T_max, self.eta_min = T_max, eta_min
    super().__init__(optimizer, last_epoch)

  def get_lr(self):
    e, T, low = self.last_epoch, self.T_max, self.eta_min
    if self._is_initial: return self._lrs()
    if self._step_count == 1 and e > 0: return self._closed_form()
    if (e - 1 - T) % (2 * T) == 0:   # the bottom of the curve: the next rise starts from eta_min
      return [lr + (base - low) * (1 - math.cos(math.pi / T)) / 2 for lr, base in zip(self._lrs(), self.base_lrs)]
    ratio = (1 + math.cos(math.pi * e / T)) / (1 + math.cos(math.pi * (e - 1) / T))
    return [(lr - low) * ratio + low for lr in self._lrs()]

  def _closed_form(self):
    return [self.eta_min + (base - self.eta_min) * (1 + math.cos(math.pi * self.last_epoch / self.T_max)) / 2
            for base in self.base_lrs]


class SequentialLR(LRScheduler):
  """Run schedulers one after another: the next takes over at each milestone, from its own epoch 0."""

  def __init__(self, optimizer: Optimizer, schedulers: list, milestones: list[int], last_epoch: int = -1):
    _check_optimizer(self, optimizer)
    if not schedulers: raise OptimizerError("SequentialLR: needs at least one scheduler")
    for i, s in enumerate(schedulers):
      if isinstance(s, ReduceLROnPlateau):
        raise OptimizerError(f"SequentialLR: scheduler {i} is a ReduceLROnPlateau, whose step needs a metric; step it "
                             "yourself instead")
      if getattr(s, "optimizer", None) is not optimizer:
        raise OptimizerError(f"SequentialLR: scheduler {i} ({type(s).__name__}) belongs to another optimizer")
    if len(milestones) != len(schedulers) - 1:
      raise OptimizerError(f"SequentialLR: {len(schedulers)} schedulers need {len(schedulers) - 1} milestones, "
                           f"got {len(milestones)}")
    self.optimizer, self._schedulers, self._milestones = optimizer, list(schedulers), list(milestones)
    self.last_epoch = last_epoch + 1
    for group in optimizer.param_groups: group["lr"] = group["initial_lr"]
    for s in self._schedulers: _undo_first_step(s)
    first = self._schedulers[bisect_right(self._milestones, 0)]
    first._initial_step()
    self._last_lr = first.get_last_lr()

  def step(self):
    self.last_epoch += 1
    i = bisect_right(self._milestones, self.last_epoch)
    current = self._schedulers[i]
    if i > 0 and self._milestones[i - 1] == self.last_epoch: current._set_lrs(0)
    else: current.step()
    self._last_lr = current.get_last_lr()

  def state_dict(self) -> dict:
    out = {k: v for k, v in self.__dict__.items() if k not in ("optimizer", "_schedulers")}
    out["_schedulers"] = [s.state_dict() for s in self._schedulers]
    return out

  def load_state_dict(self, state_dict: dict):
    state = dict(state_dict)
    for s, saved in zip(self._schedulers, state.pop("_schedulers", [])): s.load_state_dict(saved)
    self.__dict__.update(state)


def _undo_first_step(scheduler):
  """Take back the step each scheduler took when it was made: SequentialLR starts them when their turn comes."""
  if hasattr(scheduler, "_schedulers"):
    for s in scheduler._schedulers: _undo_first_step(s)
  else: scheduler.last_epoch -= 1


class OneCycleLR(LRScheduler):
  """The 1cycle policy, stepped once per batch: the learning rate rises from max_lr / div_factor to max_lr over
  pct_start of total_steps, then anneals to that start / final_div_factor (three_phase: back down to the start first),
  while the momentum (or Adam's beta1) cycles the other way between max_momentum and base_momentum."""

  def __init__(self, optimizer: Optimizer, max_lr, total_steps: int | None = None, epochs: int | None = None,
               steps_per_epoch: int | None = None, pct_start: float = 0.3, anneal_strategy: str = "cos",
               cycle_momentum: bool = True, base_momentum=0.85, max_momentum=0.95, div_factor: float = 25.0,
               final_div_factor: float = 1e4, three_phase: bool = False, last_epoch: int = -1):
    _check_optimizer(self, optimizer)
    self.total_steps = _total_steps(total_steps, epochs, steps_per_epoch)
    if not isinstance(pct_start, float) or not 0 <= pct_start <= 1:
      raise OptimizerError(f"OneCycleLR: pct_start must be a float in [0, 1], got {pct_start!r}")
    if anneal_strategy not in ("cos", "linear"):
      raise OptimizerError(f"OneCycleLR: anneal_strategy must be 'cos' or 'linear', got {anneal_strategy!r}")
    self.anneal_strategy, self.cycle_momentum = anneal_strategy, cycle_momentum
    self._phases = _one_cycle_phases(pct_start * self.total_steps, self.total_steps, three_phase)
    groups = optimizer.param_groups
    if last_epoch == -1:
      for group, top in zip(groups, _per_group("OneCycleLR: max_lr", optimizer, max_lr)):
        group["initial_lr"], group["max_lr"] = top / div_factor, top
        group["min_lr"] = group["initial_lr"] / final_div_factor
    if cycle_momentum:
      if "momentum" not in optimizer.defaults and "betas" not in optimizer.defaults:
        raise OptimizerError(f"OneCycleLR: {type(optimizer).__name__} has no momentum or betas to cycle; pass "
                             "cycle_momentum=False")
      self.use_beta1 = "betas" in optimizer.defaults
      tops = _per_group("OneCycleLR: max_momentum", optimizer, max_momentum)
      lows = _per_group("OneCycleLR: base_momentum", optimizer, base_momentum)
      for group, top, low in zip(groups, tops, lows):
        if last_epoch != -1: break   # resuming: the groups hold them already
        self._set_momentum(group, top)
        group["max_momentum"], group["base_momentum"] = top, low
    super().__init__(optimizer, last_epoch)

  def _set_momentum(self, group, value: float):
    if self.use_beta1: group["betas"] = (value, *group["betas"][1:])
    else: group["momentum"] = value

  def _anneal(self, start: float, end: float, pct: float) -> float:
    if self.anneal_strategy == "linear": return (end - start) * pct + start
    return end + (start - end) / 2.0 * (math.cos(math.pi * pct) + 1)

  def get_lr(self):
    step = self.last_epoch
    if step > self.total_steps:
      raise OptimizerError(f"OneCycleLR: stepped {step} times, past total_steps={self.total_steps}")
    lrs = []
    for group in self.optimizer.param_groups:
      start = 0.0
      for k, (end, lr_from, lr_to, m_from, m_to) in enumerate(self._phases):
        if step <= end or k == len(self._phases) - 1:
          pct = (step - start) / (end - start)
          lrs.append(self._anneal(group[lr_from], group[lr_to], pct))
          if self.cycle_momentum: self._set_momentum(group, self._anneal(group[m_from], group[m_to], pct))
          break
        start = end
    return lrs


def _total_steps(total_steps, epochs, steps_per_epoch) -> int:
  if total_steps is not None:
    if not isinstance(total_steps, int) or total_steps <= 0:
      raise OptimizerError(f"OneCycleLR: total_steps must be a positive int, got {total_steps!r}")
    return total_steps
  if epochs is None or steps_per_epoch is None:
    raise OptimizerError("OneCycleLR: give total_steps, or epochs and steps_per_epoch")
  for name, v in (("epochs", epochs), ("steps_per_epoch", steps_per_epoch)):
    if not isinstance(v, int) or v <= 0: raise OptimizerError(f"OneCycleLR: {name} must be a positive int, got {v!r}")
  return epochs * steps_per_epoch


def _one_cycle_phases(warm: float, total: int, three_phase: bool) -> list[tuple]:
  """(last step, lr from, lr to, momentum from, momentum to) per phase, the values named by group keys."""
  if three_phase:
    return [(warm - 1, "initial_lr", "max_lr", "max_momentum", "base_momentum"),
            (2 * warm - 2, "max_lr", "initial_lr", "base_momentum", "max_momentum"),
            (total - 1, "initial_lr", "min_lr", "max_momentum", "max_momentum")]
  return [(warm - 1, "initial_lr", "max_lr", "max_momentum", "base_momentum"),
          (total - 1, "max_lr", "min_lr", "base_momentum", "max_momentum")]


class ReduceLROnPlateau(LRScheduler):
  """Multiply the learning rate by factor once a metric has not improved for more than `patience` epochs:
  `scheduler.step(val_loss)`. A tensor metric is read to the host."""

  def __init__(self, optimizer: Optimizer, mode: str = "min", factor: float = 0.1, patience: int = 10,
               threshold: float = 1e-4, threshold_mode: str = "rel", cooldown: int = 0, min_lr=0, eps: float = 1e-8):
    _check_optimizer(self, optimizer)
    if factor >= 1.0: raise OptimizerError(f"ReduceLROnPlateau: factor must be below 1.0, got {factor}")
    if mode not in ("min", "max"): raise OptimizerError(f"ReduceLROnPlateau: mode must be 'min' or 'max', got {mode!r}")
    if threshold_mode not in ("rel", "abs"):
      raise OptimizerError(f"ReduceLROnPlateau: threshold_mode must be 'rel' or 'abs', got {threshold_mode!r}")
    self.optimizer, self.mode, self.factor, self.patience = optimizer, mode, factor, patience
    self.threshold, self.threshold_mode, self.cooldown, self.eps = threshold, threshold_mode, cooldown, eps
    self.default_min_lr = None if isinstance(min_lr, (list, tuple)) else min_lr
    self.min_lrs = _per_group("ReduceLROnPlateau: min_lr", optimizer, min_lr)
    self.best = math.inf if mode == "min" else -math.inf
    self.last_epoch, self.cooldown_counter, self.num_bad_epochs = 0, 0, 0
    self._last_lr = self._lrs()

  @property
  def in_cooldown(self) -> bool: return self.cooldown_counter > 0

  def step(self, metrics, epoch: int | None = None):
    current = float(metrics)
    self.last_epoch = self.last_epoch + 1 if epoch is None else epoch
    if self._is_better(current): self.best, self.num_bad_epochs = current, 0
    else: self.num_bad_epochs += 1
    if self.in_cooldown:
      self.cooldown_counter -= 1
      self.num_bad_epochs = 0
    if self.num_bad_epochs > self.patience:
      self._reduce()
      self.cooldown_counter, self.num_bad_epochs = self.cooldown, 0
    self._last_lr = self._lrs()

  def _is_better(self, value: float) -> bool:
    rel = self.threshold_mode == "rel"
    if self.mode == "min": return value < (self.best * (1 - self.threshold) if rel else self.best - self.threshold)
    return value > (self.best * (1 + self.threshold) if rel else self.best + self.threshold)

  def _reduce(self):
    groups = self.optimizer.param_groups
    if len(self.min_lrs) != len(groups):
      if self.default_min_lr is None:
        raise OptimizerError(f"ReduceLROnPlateau: min_lr has {len(self.min_lrs)} values, but the optimizer now has "
                             f"{len(groups)} parameter groups; set scheduler.min_lrs to one per group")
      self.min_lrs = [self.default_min_lr] * len(groups)
    for group, low in zip(groups, self.min_lrs):
      new = max(group["lr"] * self.factor, low)
      if group["lr"] - new > self.eps: group["lr"] = new
