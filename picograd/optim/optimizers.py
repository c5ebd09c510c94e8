"""PyTorch's optimizers, each step the formulas of PyTorch's single-tensor implementation, written as lazy assigns.

The numbers a step reads come from its group (`group.number(...)`): loads from a small tensor, not constants. A value
computed from them once per group (a bias correction per parameter) is one small kernel shared by the group's
parameters; computed per parameter it would be one kernel for each.
"""
from __future__ import annotations
import math
from picograd.dtype import dtypes
from picograd.optim.base import Optimizer, OptimizerError, ParamGroup
from picograd.tensor import Tensor


def _log2(beta: float) -> float: return math.log2(beta) if beta > 0 else -math.inf


class SGD(Optimizer):
  """Stochastic gradient descent with PyTorch's momentum (the first step's buffer is the gradient itself), dampening,
  Nesterov momentum, weight decay and maximize."""
  _state_keys = ("momentum_buffer",)

  def __init__(self, params, lr: float = 1e-3, momentum: float = 0.0, dampening: float = 0.0, weight_decay: float = 0.0,
               nesterov: bool = False, *, maximize: bool = False, **torch_only):
    super().__init__(params, dict(lr=lr, momentum=momentum, dampening=dampening, weight_decay=weight_decay,
                                  nesterov=nesterov, maximize=maximize), torch_only)

  def _check_group(self, group):
    if group["nesterov"] and (group["momentum"] <= 0 or group["dampening"] != 0):
      raise OptimizerError("SGD: nesterov needs a momentum > 0 and no dampening")

  def _numbers(self, group):
    return {"lr": group["lr"], "momentum": group["momentum"], "1-dampening": 1 - group["dampening"],
            "weight_decay": group["weight_decay"]}

  def _update_group(self, group: ParamGroup, live):
    lr, momentum, keep = (group.number(k) for k in ("lr", "momentum", "1-dampening"))
    out = []
    for _, p in live:
      g = self._grad(group, p)
      if group["momentum"] != 0:
        state = self.state[p]
        if "momentum_buffer" not in state: buf = state["momentum_buffer"] = g.cast(p.dtype).clone()
        else:
          buf = state["momentum_buffer"]
          buf = self._write(buf, buf * momentum + (g * keep if group["dampening"] != 0 else g))
        g = g + buf * momentum if group["nesterov"] else buf
        out.append(buf)
      out.append(self._write(p, p.detach() - g * lr))
    return out


class Adam(Optimizer):
  """Adam with PyTorch's options: amsgrad, maximize, and weight decay added to the gradient or, with
  decoupled_weight_decay=True (AdamW), applied to the weights. The bias corrections 1 - beta ** step are computed on
  the device from each parameter's step count, in float64 from log2(beta), as exactly as PyTorch's host arithmetic."""
  _state_keys = ("step", "exp_avg", "exp_avg_sq", "max_exp_avg_sq")
  _counts_steps = True

  def __init__(self, params, lr: float = 1e-3, betas=(0.9, 0.999), eps: float = 1e-8, weight_decay: float = 0.0,
               amsgrad: bool = False, *, maximize: bool = False, decoupled_weight_decay: bool = False, **torch_only):
    betas = tuple(betas) if isinstance(betas, (list, tuple)) else betas
    super().__init__(params, dict(lr=lr, betas=betas, eps=eps, weight_decay=weight_decay, amsgrad=amsgrad,
                                  maximize=maximize, decoupled_weight_decay=decoupled_weight_decay), torch_only)

  def _numbers(self, group):
    (b1, b2), lr, wd = group["betas"], group["lr"], group["weight_decay"]
    return {"lr": lr, "1-beta1": 1 - b1, "beta2": b2, "1-beta2": 1 - b2, "log2(beta1)": _log2(b1),
            "log2(beta2)": _log2(b2), "eps": group["eps"], "weight_decay": wd, "1-lr*weight_decay": 1 - lr * wd}

  def _init_state(self, group, i, p, state):
    if "step" not in state: state["step"] = group.steps[i]
    for key in ("exp_avg", "exp_avg_sq") + (("max_exp_avg_sq",) if group["amsgrad"] else ()):
      if key not in state: state[key] = self._zeros(p)

  def _corrections(self, group: ParamGroup) -> tuple[Tensor, Tensor]:
    """Per parameter: the step size lr / (1 - beta1 ** step) and sqrt(1 - beta2 ** step)."""
    steps = group.steps.cast(dtypes.float64)
    wide = lambda key: group.number(key).expand(steps.shape).cast(dtypes.float64)   # noqa: E731 (cast once widened)
    power = lambda key: (steps * wide(key)).exp2()   # noqa: E731
    step_size = wide("lr") / (1 - power("log2(beta1)"))
    return step_size.cast(dtypes.float32), (1 - power("log2(beta2)")).sqrt().cast(dtypes.float32)

  def _update_group(self, group: ParamGroup, live):
    n = group.number
    step_size, root = self._corrections(group)
    out = []
    for i, p in live:
      s, g, w = self.state[p], self._grad(group, p), p.detach()
      if group["weight_decay"] != 0 and group["decoupled_weight_decay"]: w = w * n("1-lr*weight_decay")
      m = self._write(s["exp_avg"], s["exp_avg"] + (g - s["exp_avg"]) * n("1-beta1"))
      v = self._write(s["exp_avg_sq"], s["exp_avg_sq"] * n("beta2") + g * g * n("1-beta2"))
      out += [m, v]
      if group["amsgrad"]:
        v = self._write(s["max_exp_avg_sq"], s["max_exp_avg_sq"].maximum(v))
        out.append(v)
      out.append(self._write(p, w - step_size[i] * (m / (v.sqrt() / root[i] + n("eps")))))
    return out


class AdamW(Adam):
  """Adam with decoupled weight decay, 0.01 by default."""

  def __init__(self, params, lr: float = 1e-3, betas=(0.9, 0.999), eps: float = 1e-8, weight_decay: float = 1e-2,
               amsgrad: bool = False, *, maximize: bool = False, **torch_only):
    super().__init__(params, lr, betas, eps, weight_decay, amsgrad, maximize=maximize, decoupled_weight_decay=True,
                     **torch_only)


class RMSprop(Optimizer):
  """RMSprop with PyTorch's options: alpha, eps, weight_decay, momentum, centered and maximize."""
  _state_keys = ("step", "square_avg", "momentum_buffer", "grad_avg")
  _counts_steps = True

  def __init__(self, params, lr: float = 1e-2, alpha: float = 0.99, eps: float = 1e-8, weight_decay: float = 0.0,
               momentum: float = 0.0, centered: bool = False, *, maximize: bool = False, **torch_only):
    super().__init__(params, dict(lr=lr, alpha=alpha, eps=eps, weight_decay=weight_decay, momentum=momentum,
                                  centered=centered, maximize=maximize), torch_only)

  def _numbers(self, group):
    return {"lr": group["lr"], "alpha": group["alpha"], "1-alpha": 1 - group["alpha"], "eps": group["eps"],
            "weight_decay": group["weight_decay"], "momentum": group["momentum"]}

  def _init_state(self, group, i, p, state):
    if "step" not in state: state["step"] = group.steps[i]
    wanted = ("square_avg",) + (("momentum_buffer",) if group["momentum"] > 0 else ()) + \
      (("grad_avg",) if group["centered"] else ())
    for key in wanted:
      if key not in state: state[key] = self._zeros(p)

  def _update_group(self, group: ParamGroup, live):
    n = group.number
    out = []
    for _, p in live:
      s, g = self.state[p], self._grad(group, p)
      sq = self._write(s["square_avg"], s["square_avg"] * n("alpha") + g * g * n("1-alpha"))
      out.append(sq)
      if group["centered"]:
        mean = self._write(s["grad_avg"], s["grad_avg"] + (g - s["grad_avg"]) * n("1-alpha"))
        out.append(mean)
        avg = (sq - mean * mean).sqrt() + n("eps")
      else: avg = sq.sqrt() + n("eps")
      if group["momentum"] > 0:
        direction = self._write(s["momentum_buffer"], s["momentum_buffer"] * n("momentum") + g / avg)
        out.append(direction)
      else: direction = g / avg
      out.append(self._write(p, p.detach() - direction * n("lr")))
    return out


class Adagrad(Optimizer):
  """Adagrad with PyTorch's lr_decay, weight_decay, initial_accumulator_value, eps and maximize. Its state exists from
  the start, as in PyTorch."""
  _state_keys = ("step", "sum")
  _counts_steps = True
  _eager_state = True

  def __init__(self, params, lr: float = 1e-2, lr_decay: float = 0.0, weight_decay: float = 0.0,
               initial_accumulator_value: float = 0.0, eps: float = 1e-10, *, maximize: bool = False, **torch_only):
    super().__init__(params, dict(lr=lr, lr_decay=lr_decay, weight_decay=weight_decay,
                                  initial_accumulator_value=initial_accumulator_value, eps=eps, maximize=maximize),
                     torch_only)

  def _numbers(self, group):
    return {k: group[k] for k in ("lr", "lr_decay", "weight_decay", "eps")}

  def _init_state(self, group, i, p, state):
    if "step" not in state: state["step"] = group.steps[i]
    if "sum" not in state:
      state["sum"] = Tensor.full(p.shape, float(group["initial_accumulator_value"]), dtype=p.dtype, device=p.device)

  def _update_group(self, group: ParamGroup, live):
    n = group.number
    rate = n("lr") / (1 + (group.steps - 1) * n("lr_decay"))   # per parameter, from its step count
    out = []
    for i, p in live:
      s, g = self.state[p], self._grad(group, p)
      total = self._write(s["sum"], s["sum"] + g * g)
      out += [total, self._write(p, p.detach() - rate[i] * (g / (total.sqrt() + n("eps"))))]
    return out


class Adadelta(Optimizer):
  """Adadelta with PyTorch's rho, eps, weight_decay, maximize and lr (1.0 by default)."""
  _state_keys = ("step", "square_avg", "acc_delta")
  _counts_steps = True

  def __init__(self, params, lr: float = 1.0, rho: float = 0.9, eps: float = 1e-6, weight_decay: float = 0.0, *,
               maximize: bool = False, **torch_only):
    super().__init__(params, dict(lr=lr, rho=rho, eps=eps, weight_decay=weight_decay, maximize=maximize), torch_only)

  def _numbers(self, group):
    return {"lr": group["lr"], "rho": group["rho"], "1-rho": 1 - group["rho"], "eps": group["eps"],
            "weight_decay": group["weight_decay"]}

  def _init_state(self, group, i, p, state):
    if "step" not in state: state["step"] = group.steps[i]
    for key in ("square_avg", "acc_delta"):
      if key not in state: state[key] = self._zeros(p)

  def _update_group(self, group: ParamGroup, live):
    n = group.number
    out = []
    for _, p in live:
      s, g = self.state[p], self._grad(group, p)
      sq = self._write(s["square_avg"], s["square_avg"] * n("rho") + g * g * n("1-rho"))
      delta = (s["acc_delta"] + n("eps")).sqrt() / (sq + n("eps")).sqrt() * g
      # the weights are written before acc_delta, whose old value delta reads; with weight decay the new acc_delta
      # reads the old weights too, and only a buffer of delta's own breaks that circle
      if group["weight_decay"] != 0: delta = delta.contiguous()
      moved = self._write(p, p.detach() - delta * n("lr"))
      out += [sq, moved, self._write(s["acc_delta"], s["acc_delta"] * n("rho") + delta * delta * n("1-rho"))]
    return out
