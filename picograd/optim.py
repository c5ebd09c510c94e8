"""Optimizers. A step is a lazy expression of the parameters and state; it fuses into a few kernels and runs
when realized, together with anything else realized alongside (`Tensor.realize(loss, *opt.schedule_step())`).

Values that change from step to step (the learning rate, Adam's bias corrections) live in one-element tensors,
not in Python floats: a float would be a new constant in every step's kernels, and each would compile anew.
"""
from __future__ import annotations
import math
from picograd.errors import PicogradError
from picograd.tensor import Tensor


class Optimizer:
  def __init__(self, params, lr: float):
    params = [] if isinstance(params, Tensor) else list(params)
    if not params or not all(isinstance(p, Tensor) for p in params):
      raise TypeError("optimizer: params must be a non-empty iterable of Tensors, e.g. model.parameters()")
    _check_unique(params)
    self.params = [p for p in params if p.requires_grad]
    if not self.params: raise PicogradError("optimizer: no parameters that require grad")
    _check_lr(lr)
    self._lr = Tensor([float(lr)], device=self.params[0].device).realize()
    self.state: list[Tensor] = []

  @property
  def lr(self) -> float: return self._lr.item()

  @lr.setter
  def lr(self, value: float):
    _check_lr(value)
    self._lr.assign(Tensor([float(value)], device=self._lr.device)).realize()

  def zero_grad(self):
    for p in self.params: p.grad = None

  def schedule_step(self) -> list[Tensor]:
    """Assign every parameter its updated (lazy) value; returns the tensors to realize to run the step."""
    grads = [p.grad if p.grad is not None else None for p in self.params]
    for i, (p, g) in enumerate(zip(self.params, grads)):
      if g is not None: self._update(i, p, g.detach())
    return self.params + self.state

  def step(self):
    Tensor.realize(*self.schedule_step())

  def _update(self, i: int, p: Tensor, g: Tensor): raise NotImplementedError


def _check_lr(lr):
  if not (isinstance(lr, (int, float)) and math.isfinite(lr) and lr >= 0):
    raise ValueError(f"optimizer: bad learning rate {lr}")


def _check_unique(params: list[Tensor]):
  """A tensor listed twice would be updated twice per step (tied weights listed by hand, or two modules' lists)."""
  first: dict[int, int] = {}
  for i, p in enumerate(params):
    if id(p) in first:
      raise PicogradError(f"optimizer: parameter {i} ({p.dtype.name}, shape {p.shape}) appears more than once "
                          f"(first as parameter {first[id(p)]}); pass each tensor once, e.g. model.parameters()")
    first[id(p)] = i


class SGD(Optimizer):
  def __init__(self, params, lr: float = 1e-3, momentum: float = 0.0, weight_decay: float = 0.0, nesterov: bool = False):
    super().__init__(params, lr)
    if not (momentum >= 0 and weight_decay >= 0 and math.isfinite(momentum) and math.isfinite(weight_decay)):
      raise ValueError(f"SGD: momentum and weight_decay must be finite and >= 0, got {momentum}, {weight_decay}")
    if nesterov and momentum == 0: raise ValueError("SGD: nesterov needs a momentum")
    self.momentum, self.weight_decay, self.nesterov = momentum, weight_decay, nesterov
    self.buf = [Tensor.zeros(*p.shape, device=p.device).realize() for p in self.params] if momentum else []
    self.state = self.buf

  def _update(self, i, p, g):
    if self.weight_decay: g = g + self.weight_decay * p.detach()
    if self.momentum:
      self.buf[i].assign(self.buf[i] * self.momentum + g)
      g = g + self.momentum * self.buf[i] if self.nesterov else self.buf[i]
    p.assign(p.detach() - self._lr * g)


class Adam(Optimizer):
  """Adam; with `decoupled` weight decay it is AdamW."""

  def __init__(self, params, lr: float = 1e-3, betas=(0.9, 0.999), eps: float = 1e-8, weight_decay: float = 0.0,
               decoupled: bool = False):
    super().__init__(params, lr)
    if not all(0 <= b < 1 for b in betas): raise ValueError(f"Adam: betas must be in [0, 1), got {betas}")
    if not (math.isfinite(eps) and eps >= 0): raise ValueError(f"Adam: eps must be a finite number >= 0, got {eps}")
    if not (math.isfinite(weight_decay) and weight_decay >= 0): raise ValueError(f"Adam: bad weight_decay {weight_decay}")
    self.b1, self.b2, self.eps, self.weight_decay, self.decoupled = betas[0], betas[1], eps, weight_decay, decoupled
    self.m = [Tensor.zeros(*p.shape, device=p.device).realize() for p in self.params]
    self.v = [Tensor.zeros(*p.shape, device=p.device).realize() for p in self.params]
    self.b1_t = Tensor([1.0], device=self.params[0].device).realize()   # b1 ** step, updated in place each step
    self.b2_t = Tensor([1.0], device=self.params[0].device).realize()
    self.state = self.m + self.v + [self.b1_t, self.b2_t]

  def schedule_step(self):
    self.b1_t.assign(self.b1_t * self.b1)
    self.b2_t.assign(self.b2_t * self.b2)
    return super().schedule_step()

  def _update(self, i, p, g):
    w = p.detach()
    if self.weight_decay and not self.decoupled: g = g + self.weight_decay * w
    self.m[i].assign(self.m[i] * self.b1 + g * (1 - self.b1))
    self.v[i].assign(self.v[i] * self.b2 + (g * g) * (1 - self.b2))
    m_hat = self.m[i] / (1 - self.b1_t)
    v_hat = self.v[i] / (1 - self.b2_t)
    if self.weight_decay and self.decoupled: w = w * (1 - self._lr * self.weight_decay)
    p.assign(w - self._lr * m_hat / (v_hat.sqrt() + self.eps))


class AdamW(Adam):
  def __init__(self, params, lr: float = 1e-3, betas=(0.9, 0.999), eps: float = 1e-8, weight_decay: float = 0.01):
    super().__init__(params, lr, betas, eps, weight_decay, decoupled=True)


def clip_grad_norm(params, max_norm: float) -> Tensor:
  """Scale all gradients so their joint L2 norm is at most max_norm (lazily); returns the norm before clipping. A
  tensor listed twice counts (and is scaled) once."""
  grads = list({id(p): p for p in ([params] if isinstance(params, Tensor) else params) if p.grad is not None}.values())
  if not grads: return Tensor(0.0)
  total = sum((p.grad.float().square().sum() for p in grads), Tensor(0.0)).sqrt()
  scale = (max_norm / (total + 1e-6)).minimum(1.0)
  for p in grads: p.grad = (p.grad * scale).cast(p.grad.dtype)
  return total


class LRScheduler:
  """Sets the optimizer's learning rate from the epoch count; call step() once per epoch, as in PyTorch."""

  def __init__(self, optimizer: Optimizer):
    self.optimizer, self.base_lr, self.epoch = optimizer, optimizer.lr, 0

  def lr_at(self, epoch: int) -> float: raise NotImplementedError

  def step(self):
    self.epoch += 1
    self.optimizer.lr = self.lr_at(self.epoch)

  def get_last_lr(self) -> list[float]: return [self.optimizer.lr]


class StepLR(LRScheduler):
  def __init__(self, optimizer: Optimizer, step_size: int, gamma: float = 0.1):
    super().__init__(optimizer)
    self.step_size, self.gamma = step_size, gamma

  def lr_at(self, epoch): return self.base_lr * self.gamma ** (epoch // self.step_size)


class CosineAnnealingLR(LRScheduler):
  def __init__(self, optimizer: Optimizer, T_max: int, eta_min: float = 0.0):
    super().__init__(optimizer)
    self.T_max, self.eta_min = T_max, eta_min

  def lr_at(self, epoch):
    return self.eta_min + (self.base_lr - self.eta_min) * (1 + math.cos(math.pi * epoch / self.T_max)) / 2
