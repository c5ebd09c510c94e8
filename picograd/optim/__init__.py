"""Optimizers and learning-rate schedules with PyTorch's names, arguments and semantics (see base.py for how a step
stays lazy and jittable)."""
from picograd.optim.base import Optimizer, ParamGroup, OptimizerError, OptimizerArgumentError   # noqa: F401
from picograd.optim.optimizers import SGD, Adam, AdamW, RMSprop, Adagrad, Adadelta            # noqa: F401
from picograd.optim import lr_scheduler                                                          # noqa: F401
from picograd.optim.lr_scheduler import LRScheduler, StepLR, CosineAnnealingLR                   # noqa: F401
from picograd.nn.utils import clip_grad_norm_


def clip_grad_norm(params, max_norm: float, norm_type: float = 2.0):
  """picograd's older name for nn.utils.clip_grad_norm_."""
  return clip_grad_norm_(params, max_norm, norm_type)
