"""Optimizers and schedulers against PyTorch's, over several steps from the same weights and gradients."""
import numpy as np
import pytest
import torch
from picograd import Tensor, optim
import picograd


def run_both(make_ours, make_torch, steps=5, shapes=((4, 3), (3,))):
  rng = np.random.default_rng(0)
  inits = [rng.standard_normal(s).astype(np.float32) for s in shapes]
  ours = [Tensor(w.copy(), requires_grad=True) for w in inits]
  theirs = [torch.tensor(w.copy(), requires_grad=True) for w in inits]
  opt, topt = make_ours(ours), make_torch(theirs)
  for _ in range(steps):
    grads = [rng.standard_normal(s).astype(np.float32) for s in shapes]
    opt.zero_grad()
    topt.zero_grad()
    (sum(((w * Tensor(g)).sum() for w, g in zip(ours, grads)), Tensor(0.0)) + ours[0].square().sum()).backward()
    (sum((w * torch.tensor(g)).sum() for w, g in zip(theirs, grads)) + theirs[0].square().sum()).backward()
    opt.step()
    topt.step()
  for w, tw in zip(ours, theirs): np.testing.assert_allclose(w.numpy(), tw.detach().numpy(), rtol=1e-5, atol=1e-6)
  return opt, topt


@pytest.mark.parametrize("kwargs", [{}, {"momentum": 0.9}, {"momentum": 0.9, "nesterov": True},
                                    {"weight_decay": 0.1, "momentum": 0.5}])
def test_sgd(kwargs):
  run_both(lambda p: optim.SGD(p, lr=0.05, **kwargs), lambda p: torch.optim.SGD(p, lr=0.05, **kwargs))


@pytest.mark.parametrize("kwargs", [{}, {"weight_decay": 0.1}, {"betas": (0.8, 0.9), "eps": 1e-6}])
def test_adam(kwargs):
  run_both(lambda p: optim.Adam(p, lr=0.01, **kwargs), lambda p: torch.optim.Adam(p, lr=0.01, **kwargs))


def test_adamw():
  run_both(lambda p: optim.AdamW(p, lr=0.01, weight_decay=0.05),
           lambda p: torch.optim.AdamW(p, lr=0.01, weight_decay=0.05))


def test_optimizer_step_compiles_once():
  w = Tensor(np.ones((8, 8), np.float32), requires_grad=True)
  opt = optim.Adam([w], lr=0.01)
  for i in range(4):
    if i == 2: before = picograd.GlobalCounters.compile_count
    opt.zero_grad()
    (w * w).sum().backward()
    opt.step()
  assert picograd.GlobalCounters.compile_count == before, "a changing step count must not change the kernels"


@pytest.mark.parametrize("sched,tsched", [
  (lambda o: optim.StepLR(o, step_size=2, gamma=0.5),
   lambda o: torch.optim.lr_scheduler.StepLR(o, step_size=2, gamma=0.5)),
  (lambda o: optim.CosineAnnealingLR(o, T_max=5, eta_min=0.001),
   lambda o: torch.optim.lr_scheduler.CosineAnnealingLR(o, T_max=5, eta_min=0.001)),
])
def test_schedulers(sched, tsched):
  w, tw = Tensor([1.0], requires_grad=True), torch.tensor([1.0], requires_grad=True)
  opt, topt = optim.SGD([w], lr=0.1), torch.optim.SGD([tw], lr=0.1)
  s, ts = sched(opt), tsched(topt)
  for _ in range(6):
    topt.step()
    s.step()
    ts.step()
    assert s.get_last_lr()[0] == pytest.approx(ts.get_last_lr()[0], rel=1e-6)


def test_clip_grad_norm():
  rng = np.random.default_rng(1)
  ws = [rng.standard_normal((3, 4)).astype(np.float32) * 5, rng.standard_normal(4).astype(np.float32)]
  ours = [Tensor(w, requires_grad=True) for w in ws]
  theirs = [torch.tensor(w, requires_grad=True) for w in ws]
  sum((w * w).sum() for w in ours).backward()
  sum((w * w).sum() for w in theirs).backward()
  norm = optim.clip_grad_norm(ours, 1.0)
  tnorm = torch.nn.utils.clip_grad_norm_(theirs, 1.0)
  assert norm.item() == pytest.approx(tnorm.item(), rel=1e-5)
  for w, tw in zip(ours, theirs): np.testing.assert_allclose(w.grad.numpy(), tw.grad.numpy(), rtol=1e-5)


def test_bad_learning_rates_raise():
  w = Tensor([1.0], requires_grad=True)
  with pytest.raises(ValueError, match="learning rate"):
    optim.SGD([w], lr=float("nan"))
  with pytest.raises(ValueError, match="learning rate"):
    optim.Adam([w], lr=-1.0)
  with pytest.raises(picograd.PicogradError, match="no parameters"):
    optim.SGD([Tensor([1.0])], lr=0.1)


def test_new_layers_train_from_the_first_step():
  """Regression: initializers made non-leaf parameters, so the first step's gradients went nowhere."""
  model = picograd.nn.Linear(3, 2)
  assert model.weight._ctx is None and model.bias._ctx is None
  before = model.weight.numpy().copy()
  opt = optim.SGD(model.parameters(), lr=0.1)
  model(Tensor(np.ones((1, 3), np.float32))).sum().backward()
  opt.step()
  assert not np.allclose(model.weight.numpy(), before)


def test_optimizer_state_is_updated_in_place():
  w = Tensor(np.ones(4, np.float32), requires_grad=True)
  opt = optim.Adam([w], lr=0.1)
  buffers = None
  for _ in range(3):
    opt.zero_grad()
    (w * w).sum().backward()
    opt.step()
    now = [t.lazydata.base.realized for t in opt.state[w].values()]
    assert buffers is None or all(a is b for a, b in zip(now, buffers))
    buffers = now


def test_optimizer_refuses_a_tensor_listed_twice():
  w, b = Tensor(np.ones((2, 3), np.float32), requires_grad=True), Tensor(np.ones(2, np.float32), requires_grad=True)
  with pytest.raises(picograd.PicogradError, match=r"parameter 2 \(float32, shape \(2, 3\)\) appears more than once"):
    optim.SGD([w, b, w], lr=0.1)
  with pytest.raises(picograd.PicogradError, match="appears more than once"):
    optim.Adam(list(picograd.nn.Linear(3, 2).parameters()) * 2)


def test_clip_grad_norm_counts_a_tensor_listed_twice_once():
  w = Tensor(np.full(4, 1.0, np.float32), requires_grad=True)
  (w * Tensor(np.full(4, 3.0, np.float32))).sum().backward()
  norm = optim.clip_grad_norm([w, w], max_norm=1.0)
  np.testing.assert_allclose(norm.numpy(), 6.0, rtol=1e-6)
  np.testing.assert_allclose(np.linalg.norm(w.grad.numpy()), 1.0, rtol=1e-5)
