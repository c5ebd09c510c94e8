"""Optimizers, parameter groups, state dicts and LR schedulers against torch.optim: the same model (weights copied),
the same batches, several steps, the parameters (or learning rates) compared."""
import copy
import math
import warnings
import numpy as np
import pytest
import torch
import picograd
from picograd import Tensor, nn, optim, jit
from picograd.optim import lr_scheduler


def models():
  """A small picograd MLP and the PyTorch one with the same weights."""
  Tensor.manual_seed(0)
  ours = nn.Sequential(nn.Linear(5, 4), nn.Tanh(), nn.Linear(4, 3))
  theirs = torch.nn.Sequential(torch.nn.Linear(5, 4), torch.nn.Tanh(), torch.nn.Linear(4, 3))
  with torch.no_grad():
    for p, tp in zip(ours.parameters(), theirs.parameters()): tp.copy_(torch.from_numpy(p.numpy()))
  return ours, theirs


def batch(k):
  rng = np.random.default_rng(k)
  return rng.standard_normal((8, 5)).astype(np.float32), rng.integers(0, 3, 8)


def backward_both(ours, theirs, k):
  x, y = batch(k)
  loss = ours(Tensor(x)).cross_entropy(Tensor(y.astype(np.int32)))
  loss.backward()
  torch.nn.functional.cross_entropy(theirs(torch.from_numpy(x)), torch.from_numpy(y)).backward()
  return loss


def step_both(ours, theirs, opt, topt, k):
  opt.zero_grad()
  topt.zero_grad()
  backward_both(ours, theirs, k)
  opt.step()
  topt.step()


def assert_same_params(ours, theirs, rtol=1e-5, atol=1e-6):
  for (name, p), tp in zip(ours.named_parameters(), theirs.parameters()):
    np.testing.assert_allclose(p.numpy(), tp.detach().numpy(), rtol=rtol, atol=atol, err_msg=name)


def train_both(make, make_torch, steps=6, between=None):
  ours, theirs = models()
  opt, topt = make(ours.parameters()), make_torch(theirs.parameters())
  for k in range(steps):
    step_both(ours, theirs, opt, topt, k)
    if between: between(opt, topt, k)
  assert_same_params(ours, theirs)
  return ours, theirs, opt, topt


CASES = [
  ("SGD", {"lr": 0.1}), ("SGD", {"lr": 0.1, "momentum": 0.9}), ("SGD", {"lr": 0.1, "momentum": 0.9, "dampening": 0.3}),
  ("SGD", {"lr": 0.1, "momentum": 0.9, "nesterov": True}), ("SGD", {"lr": 0.1, "weight_decay": 0.1}),
  ("SGD", {"lr": 0.1, "momentum": 0.5, "weight_decay": 0.05, "maximize": True}),
  ("Adam", {"lr": 0.01}), ("Adam", {"lr": 0.01, "amsgrad": True}), ("Adam", {"lr": 0.01, "weight_decay": 0.1}),
  ("Adam", {"lr": 0.01, "betas": (0.8, 0.9), "eps": 1e-6}), ("Adam", {"lr": 0.01, "betas": (0.0, 0.99)}),
  ("Adam", {"lr": 0.01, "maximize": True, "amsgrad": True}),
  ("Adam", {"lr": 0.01, "weight_decay": 0.1, "decoupled_weight_decay": True}),
  ("AdamW", {}), ("AdamW", {"lr": 0.01, "weight_decay": 0.1, "amsgrad": True}),
  ("RMSprop", {}), ("RMSprop", {"lr": 0.01, "centered": True}), ("RMSprop", {"lr": 0.01, "momentum": 0.9}),
  ("RMSprop", {"lr": 0.01, "alpha": 0.9, "centered": True, "momentum": 0.5, "weight_decay": 0.1}),
  ("RMSprop", {"lr": 0.01, "maximize": True, "eps": 1e-4}),
  ("Adagrad", {}), ("Adagrad", {"lr": 0.1, "lr_decay": 0.1}),
  ("Adagrad", {"lr": 0.1, "initial_accumulator_value": 0.5}),
  ("Adagrad", {"lr": 0.1, "weight_decay": 0.1, "eps": 1e-6, "maximize": True}),
  ("Adadelta", {}), ("Adadelta", {"lr": 0.5, "rho": 0.8}), ("Adadelta", {"weight_decay": 0.1, "eps": 1e-4}),
  ("Adadelta", {"maximize": True}),
]


@pytest.mark.parametrize("name, kwargs", CASES, ids=[f"{n}-{'-'.join(k) or 'defaults'}" for n, k in CASES])
def test_optimizer_matches_torch(name, kwargs):
  train_both(lambda p: getattr(optim, name)(p, **kwargs), lambda p: getattr(torch.optim, name)(p, **kwargs))


def test_step_counts_per_parameter_as_torch():
  """A parameter without a gradient in a step keeps its step count (and Adam its bias correction) where it was."""
  ours, theirs = models()
  opt, topt = optim.Adam(ours.parameters(), lr=0.01), torch.optim.Adam(theirs.parameters(), lr=0.01)
  for k in range(5):
    step_both(ours, theirs, opt, topt, k)
    if k % 2 == 0:   # a step for the last layer only
      opt.zero_grad()
      topt.zero_grad()
      backward_both(ours, theirs, 10 + k)
      for p, tp in zip(ours.parameters()[:2], list(theirs.parameters())[:2]): p.grad, tp.grad = None, None
      opt.step()
      topt.step()
  assert_same_params(ours, theirs)
  assert [opt.state[p]["step"].item() for p in ours.parameters()] == [5, 5, 8, 8]


# ---- parameter groups ----------------------------------------------------------------------------------------------
def groups_of(model, torch_model):
  a, b = list(model.parameters()), list(torch_model.parameters())
  return ([{"params": a[:2], "lr": 0.1, "momentum": 0.5}, {"params": a[2:]}],
          [{"params": b[:2], "lr": 0.1, "momentum": 0.5}, {"params": b[2:]}])


@pytest.mark.parametrize("name, kwargs", [("SGD", {"lr": 0.01, "momentum": 0.9}), ("Adam", {"lr": 0.01}),
                                          ("RMSprop", {"lr": 0.01, "momentum": 0.2})])
def test_param_groups_with_their_own_hyperparameters(name, kwargs):
  ours, theirs = models()
  groups, tgroups = groups_of(ours, theirs)
  if name == "Adam":
    for g in groups + tgroups: g.pop("momentum", None)
    groups[1]["betas"] = tgroups[1]["betas"] = (0.5, 0.9)
  opt, topt = getattr(optim, name)(groups, **kwargs), getattr(torch.optim, name)(tgroups, **kwargs)
  assert [g["lr"] for g in opt.param_groups] == [0.1, 0.01]
  for k in range(6):
    step_both(ours, theirs, opt, topt, k)
    if k == 2:   # as an LR schedule would, by hand
      for g, tg in zip(opt.param_groups, topt.param_groups): g["lr"], tg["lr"] = g["lr"] * 0.3, tg["lr"] * 0.3
  assert_same_params(ours, theirs)
  assert {k: v for k, v in opt.param_groups[0].items() if k != "params"}.items() <= \
    {k: v for k, v in topt.param_groups[0].items() if k != "params"}.items()


def test_add_param_group():
  ours, theirs = models()
  a, b = list(ours.parameters()), list(theirs.parameters())
  opt, topt = optim.SGD(a[:2], lr=0.1, momentum=0.9), torch.optim.SGD(b[:2], lr=0.1, momentum=0.9)
  for k in range(6):
    if k == 3:
      opt.add_param_group({"params": a[2:], "lr": 0.05, "nesterov": True})
      topt.add_param_group({"params": b[2:], "lr": 0.05, "nesterov": True})
    step_both(ours, theirs, opt, topt, k)
  assert_same_params(ours, theirs)
  with pytest.raises(picograd.PicogradError, match="appears more than once"):
    opt.add_param_group({"params": [a[0]]})


def test_lr_property_is_the_first_group_s():
  ours, _ = models()
  opt = optim.SGD(ours.parameters(), lr=0.1)
  opt.lr = 0.05
  assert opt.lr == opt.param_groups[0]["lr"] == 0.05
  opt = optim.SGD([{"params": ours.parameters()[:2]}, {"params": ours.parameters()[2:], "lr": 1.0}], lr=0.1)
  assert opt.lr == 0.1
  with pytest.raises(picograd.PicogradError, match=r"2 parameter groups.*for g in opt.param_groups"):
    opt.lr = 0.2


def test_changing_the_lr_compiles_nothing():
  ours, _ = models()
  opt = optim.Adam(ours.parameters(), lr=0.01)
  schedule = lr_scheduler.OneCycleLR(opt, max_lr=0.1, total_steps=10)   # changes the lr and beta1 every step
  x, y = Tensor(batch(0)[0]), Tensor(batch(0)[1].astype(np.int32))
  for k in range(5):
    if k == 2: before = picograd.GlobalCounters.compile_count
    opt.zero_grad()
    ours(x).cross_entropy(y).backward()
    opt.step()
    schedule.step()
  assert picograd.GlobalCounters.compile_count == before


# ---- state dicts ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name, kwargs", [("SGD", {"lr": 0.1, "momentum": 0.9, "dampening": 0.1}),
                                          ("Adam", {"lr": 0.01, "amsgrad": True}), ("AdamW", {"lr": 0.01}),
                                          ("RMSprop", {"lr": 0.01, "momentum": 0.5, "centered": True}),
                                          ("Adagrad", {"lr": 0.1, "lr_decay": 0.01}), ("Adadelta", {})])
def test_state_dict_matches_torch_and_round_trips(name, kwargs):
  ours, theirs = models()
  opt = getattr(optim, name)(ours.parameters(), **kwargs)
  topt = getattr(torch.optim, name)(theirs.parameters(), **kwargs)
  for k in range(3): step_both(ours, theirs, opt, topt, k)
  sd, tsd = opt.state_dict(), topt.state_dict()
  assert sd["state"].keys() == tsd["state"].keys() and [g["params"] for g in sd["param_groups"]] == [[0, 1, 2, 3]]
  for i, entries in tsd["state"].items():
    assert sd["state"][i].keys() == entries.keys()
    for key, value in entries.items():
      np.testing.assert_allclose(sd["state"][i][key].numpy(), value.numpy(), rtol=1e-5, atol=1e-7, err_msg=key)
  saved = {"state": {i: {k: v.numpy() for k, v in e.items()} for i, e in sd["state"].items()},   # as if from disk
           "param_groups": [dict(g) for g in sd["param_groups"]]}
  copy, _ = models()
  copy.load_state_dict(ours.state_dict())
  resumed = getattr(optim, name)(copy.parameters(), **{**kwargs, "lr": 123.0})   # the lr comes from the state dict
  resumed.load_state_dict(saved)
  assert resumed.param_groups[0]["lr"] == opt.param_groups[0]["lr"]
  for k in range(3, 6):
    step_both(ours, theirs, opt, topt, k)
    resumed.zero_grad()
    x, y = batch(k)
    copy(Tensor(x)).cross_entropy(Tensor(y.astype(np.int32))).backward()
    resumed.step()
  assert_same_params(ours, theirs)
  for p, q in zip(ours.parameters(), copy.parameters()): np.testing.assert_array_equal(p.numpy(), q.numpy())


def test_load_a_torch_optimizer_s_state_dict():
  """Porting a checkpoint: PyTorch's state dict (its tensors read through NumPy) continues training identically."""
  ours, theirs = models()
  topt = torch.optim.Adam(theirs.parameters(), lr=0.01, weight_decay=0.01)
  for k in range(3):
    topt.zero_grad()
    x, y = batch(k)
    torch.nn.functional.cross_entropy(theirs(torch.from_numpy(x)), torch.from_numpy(y)).backward()
    topt.step()
  ours.load_state_dict({k: v.detach().numpy() for k, v in theirs.state_dict().items()})
  opt = optim.Adam(ours.parameters())
  opt.load_state_dict(topt.state_dict())
  assert opt.param_groups[0]["lr"] == 0.01 and opt.param_groups[0]["weight_decay"] == 0.01
  for k in range(3, 6): step_both(ours, theirs, opt, topt, k)
  assert_same_params(ours, theirs)


def test_load_state_dict_keeps_the_optimizer_s_buffers():
  """Loaded values are written into the tensors a jitted step reads, not swapped for new ones."""
  ours, _ = models()
  opt = optim.Adam(ours.parameters(), lr=0.01)
  x, y = Tensor(batch(0)[0]), Tensor(batch(0)[1].astype(np.int32))
  for _ in range(2):
    opt.zero_grad()
    ours(x).cross_entropy(y).backward()
    opt.step()
  p = ours.parameters()[0]
  before = [t for t in opt.state[p].values()]
  opt.load_state_dict(opt.state_dict())
  assert all(a is b for a, b in zip(before, opt.state[p].values()))


def test_bad_state_dicts_are_refused():
  ours, _ = models()
  sgd = optim.SGD(ours.parameters(), lr=0.1, momentum=0.9)
  adam = optim.Adam(ours.parameters())
  sgd.zero_grad()
  backward_both(ours, models()[1], 0)
  sgd.step()
  with pytest.raises(picograd.PicogradError, match=r"has \['momentum_buffer'\], which Adam does not keep"):
    adam.load_state_dict(sgd.state_dict())
  with pytest.raises(picograd.PicogradError, match="1 parameter groups, this optimizer 2"):
    optim.SGD([{"params": ours.parameters()[:2]}, {"params": ours.parameters()[2:]}]).load_state_dict(sgd.state_dict())
  wrong = sgd.state_dict()
  wrong["state"][0] = {"momentum_buffer": np.zeros((2, 2), np.float32)}
  with pytest.raises(picograd.ShapeError, match=r"'momentum_buffer' of parameter 0 has shape \(2, 2\)"):
    sgd.load_state_dict(wrong)


def test_zero_grad_set_to_none_false_makes_zeros():
  ours, theirs = models()
  opt, topt = optim.SGD(ours.parameters(), lr=0.1), torch.optim.SGD(theirs.parameters(), lr=0.1)
  backward_both(ours, theirs, 0)
  opt.zero_grad(set_to_none=False)
  topt.zero_grad(set_to_none=False)
  for p in ours.parameters(): np.testing.assert_array_equal(p.grad.numpy(), np.zeros(p.shape, np.float32))
  backward_both(ours, theirs, 1)   # adds to the zeros
  for p, tp in zip(ours.parameters(), theirs.parameters()):
    np.testing.assert_allclose(p.grad.numpy(), tp.grad.numpy(), rtol=1e-5, atol=1e-7)
  opt.zero_grad()
  assert all(p.grad is None for p in ours.parameters())


# ---- arguments -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("make, match", [
  (lambda p: optim.Adam(p, foreach=True), r"Adam: foreach=True is not supported.*leave it out"),
  (lambda p: optim.SGD(p, fused=True), r"SGD: fused=True is not supported"),
  (lambda p: optim.AdamW(p, capturable=True), r"AdamW: capturable=True is not supported.*@picograd.jit"),
  (lambda p: optim.RMSprop(p, differentiable=True), r"RMSprop: differentiable=True is not supported"),
  (lambda p: optim.SGD(p, lr=0.1, momentun=0.9), r"SGD: unknown argument momentun=0.9; it takes lr, momentum"),
  (lambda p: optim.SGD(p, lr=0.1, nesterov=True), r"nesterov needs a momentum"),
  (lambda p: optim.Adam(p, betas=(0.9, 1.0)), r"bad betas"),
  (lambda p: optim.Adadelta(p, rho=1.5), r"bad rho 1.5"),
  (lambda p: optim.SGD(set(p)), r"params is a set"),
  (lambda p: optim.SGD([{"params": p, "lr": -1.0}]), r"bad learning rate -1.0"),
])
def test_bad_arguments_name_themselves(make, match):
  with pytest.raises(picograd.PicogradError, match=match):
    make(models()[0].parameters())


def test_default_implementation_choices_are_accepted():
  p = models()[0].parameters()
  optim.Adam(p, foreach=None, fused=None, capturable=False, differentiable=False)
  optim.SGD(p, foreach=False)


def test_bad_lr_set_later_is_refused():
  opt = optim.SGD(models()[0].parameters(), lr=0.1)
  with pytest.raises(picograd.PicogradError, match="learning rate nan"):
    opt.param_groups[0]["lr"] = float("nan")
  assert opt.param_groups[0]["lr"] == 0.1


# ---- LR schedulers -------------------------------------------------------------------------------------------------
SCHEDULES = {
  "StepLR": lambda m, o: m.StepLR(o, step_size=3, gamma=0.5),
  "MultiStepLR": lambda m, o: m.MultiStepLR(o, milestones=[2, 5, 5, 9], gamma=0.5),
  "ExponentialLR": lambda m, o: m.ExponentialLR(o, gamma=0.9),
  "CosineAnnealingLR": lambda m, o: m.CosineAnnealingLR(o, T_max=7, eta_min=0.001),
  "LambdaLR": lambda m, o: m.LambdaLR(o, lambda e: 1 / (1 + e)),
  "LambdaLR-per-group": lambda m, o: m.LambdaLR(o, [lambda e: 0.9 ** e, lambda e: 1 + e % 3]),
  "LinearLR": lambda m, o: m.LinearLR(o, start_factor=0.25, total_iters=6),
  "LinearLR-down": lambda m, o: m.LinearLR(o, start_factor=1.0, end_factor=0.1, total_iters=8),
  "OneCycleLR": lambda m, o: m.OneCycleLR(o, max_lr=[0.5, 0.2], total_steps=25),
  "OneCycleLR-linear-3-phase": lambda m, o: m.OneCycleLR(o, max_lr=0.5, epochs=5, steps_per_epoch=5,
                                                         anneal_strategy="linear", three_phase=True),
  "SequentialLR": lambda m, o: m.SequentialLR(o, [m.LinearLR(o, start_factor=0.1, total_iters=4),
                                                  m.CosineAnnealingLR(o, T_max=10)], milestones=[4]),
  "SequentialLR-3": lambda m, o: m.SequentialLR(o, [m.ExponentialLR(o, 0.8), m.StepLR(o, 2, 0.5),
                                                    m.LinearLR(o, 0.5, total_iters=3)], milestones=[5, 12]),
}


def two_groups(make_opt, params):
  return make_opt([{"params": params[:2]}, {"params": params[2:], "lr": 0.05}])


@pytest.mark.parametrize("name", list(SCHEDULES))
@pytest.mark.parametrize("opt_name", ["SGD", "Adam"])
def test_scheduler_matches_torch(name, opt_name):
  kwargs = {"lr": 0.1, "momentum": 0.9} if opt_name == "SGD" else {"lr": 0.1}
  opt = two_groups(lambda g: getattr(optim, opt_name)(g, **kwargs), models()[0].parameters())
  topt = two_groups(lambda g: getattr(torch.optim, opt_name)(g, **kwargs), list(models()[1].parameters()))
  s, ts = SCHEDULES[name](lr_scheduler, opt), SCHEDULES[name](torch.optim.lr_scheduler, topt)
  key = "momentum" if opt_name == "SGD" else "betas"
  for epoch in range(25):
    assert s.get_last_lr() == pytest.approx(ts.get_last_lr(), rel=1e-12), f"epoch {epoch}"
    assert [g[key] for g in opt.param_groups] == pytest.approx([g[key] for g in topt.param_groups], rel=1e-12)
    topt.step()
    s.step()
    ts.step()


def test_reduce_lr_on_plateau_matches_torch():
  metrics = [1.0, 0.9, 0.95, 0.95, 0.95, 0.95, 0.8, 0.81, 0.82, 0.83, 0.84, 0.85, 0.5] + [0.5] * 12
  for kwargs in ({"patience": 2}, {"mode": "max", "factor": 0.5, "patience": 1, "cooldown": 2, "min_lr": [0.02, 0.01]},
                 {"threshold_mode": "abs", "threshold": 0.05, "patience": 0}):
    opt = two_groups(lambda g: optim.SGD(g, lr=0.1), models()[0].parameters())
    topt = two_groups(lambda g: torch.optim.SGD(g, lr=0.1), list(models()[1].parameters()))
    s = lr_scheduler.ReduceLROnPlateau(opt, **kwargs)
    ts = torch.optim.lr_scheduler.ReduceLROnPlateau(topt, **kwargs)
    for m in metrics:
      s.step(Tensor(m))
      ts.step(m)
      assert s.get_last_lr() == pytest.approx(ts.get_last_lr(), rel=1e-12)


def test_step_with_an_epoch_uses_the_closed_form():
  opt = optim.SGD(models()[0].parameters(), lr=0.1)
  topt = torch.optim.SGD(models()[1].parameters(), lr=0.1)
  s, ts = lr_scheduler.CosineAnnealingLR(opt, T_max=10), torch.optim.lr_scheduler.CosineAnnealingLR(topt, T_max=10)
  with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    for epoch in (3, 7, 4, 12):
      s.step(epoch)
      ts.step(epoch)
      assert s.get_last_lr() == pytest.approx(ts.get_last_lr(), rel=1e-12)


def test_resuming_a_scheduler_from_its_state_dict():
  opt = optim.SGD(models()[0].parameters(), lr=0.1)
  s = lr_scheduler.StepLR(opt, step_size=2, gamma=0.5)
  for _ in range(5): s.step()
  saved_opt, saved = opt.state_dict(), s.state_dict()
  opt2 = optim.SGD(models()[0].parameters(), lr=0.1)
  s2 = lr_scheduler.StepLR(opt2, step_size=2, gamma=0.5)   # before loading: making it sets the lr, as in PyTorch
  opt2.load_state_dict(saved_opt)
  s2.load_state_dict(saved)
  for _ in range(5):
    s.step()
    s2.step()
    assert s2.get_last_lr() == s.get_last_lr()
  with pytest.raises(picograd.PicogradError, match="no 'initial_lr'"):
    lr_scheduler.StepLR(optim.SGD(models()[0].parameters(), lr=0.1), step_size=2, last_epoch=3)


def test_one_cycle_training_matches_torch():
  """The lr and beta1 OneCycleLR sets each step reach the step's kernels."""
  ours, theirs = models()
  opt, topt = optim.AdamW(ours.parameters(), lr=0.01), torch.optim.AdamW(theirs.parameters(), lr=0.01)
  s = lr_scheduler.OneCycleLR(opt, max_lr=0.05, total_steps=8)
  ts = torch.optim.lr_scheduler.OneCycleLR(topt, max_lr=0.05, total_steps=8)
  for k in range(8):
    step_both(ours, theirs, opt, topt, k)
    s.step()
    ts.step()
  assert_same_params(ours, theirs)


def test_old_names_still_work():
  assert optim.StepLR is lr_scheduler.StepLR and optim.CosineAnnealingLR is lr_scheduler.CosineAnnealingLR


# ---- jit -----------------------------------------------------------------------------------------------------------
def jitted_training(jitted: bool, make_schedule, steps=8):
  ours, theirs = models()
  groups = [{"params": ours.parameters()[:2], "lr": 0.02}, {"params": ours.parameters()[2:]}]
  tgroups = [{"params": list(theirs.parameters())[:2], "lr": 0.02}, {"params": list(theirs.parameters())[2:]}]
  opt, topt = optim.Adam(groups, lr=0.01, amsgrad=True), torch.optim.Adam(tgroups, lr=0.01, amsgrad=True)
  s, ts = make_schedule(lr_scheduler, opt), make_schedule(torch.optim.lr_scheduler, topt)

  def step(x, y):
    loss = ours(x).cross_entropy(y)
    opt.zero_grad()
    loss.backward()
    Tensor.realize(loss, *opt.schedule_step())
    return loss
  step = jit(step) if jitted else step
  for k in range(steps):
    x, y = batch(k)
    step(Tensor(x), Tensor(y.astype(np.int32)))
    topt.zero_grad()
    torch.nn.functional.cross_entropy(theirs(torch.from_numpy(x)), torch.from_numpy(y)).backward()
    topt.step()
    s.step()
    ts.step()
    if k == 4:   # by hand, between replays
      for g, tg in zip(opt.param_groups, topt.param_groups): g["lr"], tg["lr"] = g["lr"] / 2, tg["lr"] / 2
  assert_same_params(ours, theirs)
  return step


@pytest.mark.parametrize("make_schedule", [lambda m, o: m.StepLR(o, 2, 0.5),
                                           lambda m, o: m.OneCycleLR(o, max_lr=[0.05, 0.02], total_steps=10)],
                         ids=["StepLR", "OneCycleLR"])
def test_jitted_step_with_a_scheduler_matches_torch(make_schedule):
  step = jitted_training(True, make_schedule)
  assert step.plan is not None   # the later steps were replays


# ---- gradient clipping ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("norm_type", [2.0, 1, 3.0, math.inf, -math.inf, 0])
def test_clip_grad_norm_matches_torch(norm_type):
  ours, theirs = models()
  backward_both(ours, theirs, 0)
  norm = nn.utils.clip_grad_norm_(ours.parameters(), 0.1, norm_type=norm_type)
  tnorm = torch.nn.utils.clip_grad_norm_(theirs.parameters(), 0.1, norm_type=norm_type)
  assert isinstance(norm, Tensor) and norm.item() == pytest.approx(tnorm.item(), rel=1e-5)
  for p, tp in zip(ours.parameters(), theirs.parameters()):
    np.testing.assert_allclose(p.grad.numpy(), tp.grad.numpy(), rtol=1e-5, atol=1e-8)


def test_clip_grad_norm_is_lazy_and_fuses_into_the_step():
  ours, _ = models()
  opt = optim.SGD(ours.parameters(), lr=0.1)
  x, y = batch(0)
  ours(Tensor(x)).cross_entropy(Tensor(y.astype(np.int32))).backward()
  kernels = picograd.GlobalCounters.kernel_count
  norm = nn.utils.clip_grad_norm_(ours.parameters(), 0.1)
  assert picograd.GlobalCounters.kernel_count == kernels   # nothing ran yet
  Tensor.realize(norm, *opt.schedule_step())


def test_clip_grad_value_matches_torch():
  ours, theirs = models()
  backward_both(ours, theirs, 0)
  assert nn.utils.clip_grad_value_(ours.parameters(), 0.01) is None
  torch.nn.utils.clip_grad_value_(theirs.parameters(), 0.01)
  for p, tp in zip(ours.parameters(), theirs.parameters()):
    np.testing.assert_allclose(p.grad.numpy(), tp.grad.numpy(), rtol=1e-5, atol=1e-9)
    assert np.abs(p.grad.numpy()).max() == np.float32(0.01)


def test_nonfinite_norm_raises_when_asked():
  w = Tensor(np.ones(3, np.float32), requires_grad=True)
  (w * float("inf")).sum().backward()
  with pytest.raises(picograd.PicogradError, match="error_if_nonfinite=False"):
    nn.utils.clip_grad_norm_([w], 1.0, error_if_nonfinite=True)


def test_state_dict_loaded_between_jitted_steps():
  """Loading writes into the buffers the capture reads, so the replays go on from the loaded state."""
  runs = []
  for jitted in (False, True):
    ours, _ = models()
    opt = optim.Adam(ours.parameters(), lr=0.01)

    def step(x, y):
      loss = ours(x).cross_entropy(y)
      opt.zero_grad()
      loss.backward()
      Tensor.realize(loss, *opt.schedule_step())
      return loss
    step = jit(step) if jitted else step
    for k in range(6):
      if k == 2:
        sd = opt.state_dict()
        saved = {"state": {i: {n: t.numpy() for n, t in e.items()} for i, e in sd["state"].items()},
                 "param_groups": sd["param_groups"]}
      if k == 4: opt.load_state_dict(saved)   # back to the state after step 2
      step(Tensor(batch(k)[0]), Tensor(batch(k)[1].astype(np.int32)))
    runs.append([p.numpy() for p in ours.parameters()])
  for eager, replayed in zip(*runs): np.testing.assert_allclose(replayed, eager, rtol=1e-6, atol=1e-7)


def test_deepcopy_of_an_optimizer_is_independent():
  ours, _ = models()
  opt = optim.Adam(ours.parameters(), lr=0.01)
  x, y = Tensor(batch(0)[0]), Tensor(batch(0)[1].astype(np.int32))
  opt.zero_grad()
  ours(x).cross_entropy(y).backward()
  opt.step()
  twin = copy.deepcopy(opt)
  twin.param_groups[0]["lr"] = 0.5
  p, q = ours.parameters()[0], twin.param_groups[0]["params"][0]
  assert q is not p and opt.param_groups[0]["lr"] == 0.01
  twin.zero_grad()
  (q * q).sum().backward()
  twin.step()
  assert twin.state[q]["step"].item() == 2 and opt.state[p]["step"].item() == 1


def test_step_with_a_closure_and_named_parameters():
  ours, theirs = models()
  opt = optim.SGD(ours.named_parameters(), lr=0.1)
  topt = torch.optim.SGD(theirs.named_parameters(), lr=0.1)
  assert opt.param_groups[0]["param_names"] == topt.param_groups[0]["param_names"]

  def closure():
    opt.zero_grad()
    topt.zero_grad()
    return backward_both(ours, theirs, 0)
  loss = opt.step(closure)
  topt.step()
  assert isinstance(loss, Tensor)
  assert_same_params(ours, theirs)
