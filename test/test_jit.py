"""The JIT: replays match eager execution, run no scheduling, and refuse what they cannot replay."""
import numpy as np
import pytest
from picograd import Tensor, nn, optim, jit, JitError, GlobalCounters


def make(opt_cls):
  Tensor.manual_seed(0)
  model = nn.Sequential(nn.Linear(12, 8), nn.ReLU(), nn.Linear(8, 3))
  return model, opt_cls(model.parameters(), lr=0.05)


def train_step(model, opt, x, y):
  loss = model(x).cross_entropy(y)
  opt.zero_grad()
  loss.backward()
  Tensor.realize(loss, *opt.schedule_step())
  return loss


@pytest.mark.parametrize("opt_cls", [optim.SGD, optim.Adam])
def test_jitted_training_matches_eager(opt_cls):
  rng = np.random.default_rng(0)
  batches = [(rng.standard_normal((4, 12)).astype(np.float32), rng.integers(0, 3, 4).astype(np.int32))
             for _ in range(6)]
  eager_model, eager_opt = make(opt_cls)
  jit_model, jit_opt = make(opt_cls)
  step = jit(lambda x, y: train_step(jit_model, jit_opt, x, y))
  for x, y in batches:
    a = train_step(eager_model, eager_opt, Tensor(x), Tensor(y)).item()
    b = step(Tensor(x), Tensor(y)).item()
    assert a == pytest.approx(b, rel=1e-5)
  for p, q in zip(eager_model.parameters(), jit_model.parameters()):
    np.testing.assert_allclose(p.numpy(), q.numpy(), rtol=1e-5, atol=1e-6)


def test_replay_schedules_nothing():
  """Counted where the scheduler runs (GlobalCounters.schedule_count), so a replay that scheduled would fail this."""
  w = Tensor(np.ones((3, 3), np.float32)).realize()
  step = jit(lambda x: (x @ w).relu().realize())
  x = Tensor(np.eye(3, dtype=np.float32)).realize()
  step(x), step(x)
  x2 = Tensor(np.full((3, 3), 2.0, np.float32)).realize()
  schedules, kernels = GlobalCounters.schedule_count, GlobalCounters.kernel_count
  out = step(x2)
  assert GlobalCounters.schedule_count == schedules, "a replay must not schedule"
  assert GlobalCounters.kernel_count == kernels + 1
  np.testing.assert_allclose(out.numpy(), np.full((3, 3), 6.0))


def test_nothing_captured_is_refused():
  step = jit(lambda x: x)
  step(Tensor(np.ones(4, np.float32)))
  with pytest.raises(JitError, match="no kernel"):
    step(Tensor(np.ones(4, np.float32)))
