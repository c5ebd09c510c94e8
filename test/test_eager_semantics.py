"""Eager semantics of lazy tensors written in place, against PyTorch: a value is fixed when the op that made it is
called (reads before an assign keep the old contents), views alias their base as PyTorch's do, and ops PyTorch
copies (pad, flip, a reshape no strides express) keep what they read. No copy is made when no pending value needs one.
"""
import numpy as np
import pytest
import torch
from picograd import Tensor, nn, optim, GlobalCounters

DEVICES = ["CPU", "EMU"]


def rand(*shape, seed=0) -> np.ndarray:
  return np.random.default_rng(seed).uniform(0.5, 2.0, size=shape).astype(np.float32)


@pytest.mark.parametrize("device", DEVICES)
def test_loss_read_after_the_step_is_the_loss_before_it(device):
  w = Tensor([1.0, 2.0], requires_grad=True, device=device).realize()
  opt = optim.SGD([w], lr=0.1)
  loss = (w * 3).sum()
  loss.backward()
  opt.step()
  assert loss.item() == 9.0
  np.testing.assert_allclose(w.numpy(), [0.7, 1.7], rtol=1e-6)


@pytest.mark.parametrize("device", DEVICES)
def test_values_read_before_an_assign_keep_the_old_contents(device):
  a = Tensor(rand(3, 4), device=device).realize()
  old = a.numpy()
  y, z, s = a * 3, a + 1, a.sum(1)
  a.assign(a * 10).realize()
  np.testing.assert_allclose(y.numpy(), old * 3, rtol=1e-6)
  np.testing.assert_allclose(z.numpy(), old + 1, rtol=1e-6)
  np.testing.assert_allclose(s.numpy(), old.sum(1), rtol=1e-5)
  np.testing.assert_allclose(a.numpy(), old * 10, rtol=1e-6)


def test_the_assigned_value_itself_keeps_its_value():
  w = Tensor(rand(5)).realize()
  old = w.numpy()
  half = w * 0.5
  w.assign(half).realize()
  w.assign(w * 4).realize()
  np.testing.assert_allclose(half.numpy(), old * 0.5, rtol=1e-6)
  np.testing.assert_allclose(w.numpy(), old * 2, rtol=1e-6)


def test_reads_between_pending_assigns_see_the_writes_before_them():
  w = Tensor(rand(4)).realize()
  old = w.numpy()
  y1 = w * 1
  w.assign(w + 1)
  y2 = w * 1
  w.assign(w + 1)
  y3 = w * 1
  for t, k in ((y3, 2), (y1, 0), (w, 2), (y2, 1)):   # realized in an order unlike the one they were made in
    np.testing.assert_allclose(t.numpy(), old + k, rtol=1e-6)


def test_one_kernel_reading_old_and_new_contents():
  w = Tensor([1.0, 2.0]).realize()
  y = w * 3
  w.assign(w + 1)
  z = y + w            # PyTorch: 3 * old + new
  w.assign(y + w)      # the same, written back
  np.testing.assert_allclose(z.numpy(), [5.0, 9.0])
  np.testing.assert_allclose(w.numpy(), [5.0, 9.0])


def test_setitem_after_a_read():
  a = Tensor(rand(3, 3)).realize()
  old = a.numpy()
  doubled = a * 2
  a[1] = 100.0
  a[:, 0] = Tensor([7.0, 8.0, 9.0])
  np.testing.assert_allclose(doubled.numpy(), old * 2, rtol=1e-6)
  want = old.copy()
  want[1], want[:, 0] = 100.0, [7.0, 8.0, 9.0]
  np.testing.assert_allclose(a.numpy(), want, rtol=1e-6)


def test_views_alias_their_base_as_in_pytorch():
  data = rand(2, 3)
  w, tw = Tensor(data).realize(), torch.tensor(data)
  views = lambda x: (x.T, x.reshape(6), x[1], x[:, 1:], x.reshape(3, 2).permute(1, 0), x.expand(2, 2, 3))  # noqa: E731
  copies = lambda x: (x.flip(0), x.T.reshape(6), x * 1)  # noqa: E731   PyTorch copies: flip, reshape of a transpose
  ours, theirs = views(w) + copies(w), views(tw) + tuple(c.clone() for c in copies(tw))
  w.assign(w * 10 + 1)
  tw.mul_(10).add_(1)
  for o, t in zip(ours, theirs): np.testing.assert_allclose(o.numpy(), t.numpy(), rtol=1e-6)


def test_pad_keeps_what_it_read():
  w = Tensor([1.0, 2.0, 3.0]).realize()
  padded, flipped = w.pad(((1, 1),)), w.flip(0).reshape(3, 1)
  w.assign(w * 10).realize()
  np.testing.assert_allclose(padded.numpy(), [0, 1, 2, 3, 0])
  np.testing.assert_allclose(flipped.numpy().ravel(), [3, 2, 1])


def test_batchnorm_statistics_read_before_a_training_step():
  bn = nn.BatchNorm2d(3)
  bn.running_mean.assign(Tensor(rand(3))).realize()
  before = bn.running_mean * 1
  bn.train()
  x = Tensor(rand(4, 3, 2, 2, seed=1))
  bn(x).sum().realize()
  Tensor.realize(bn.running_mean, bn.running_var)
  np.testing.assert_allclose(before.numpy(), rand(3), rtol=1e-6)
  assert not np.allclose(bn.running_mean.numpy(), rand(3))


@pytest.mark.parametrize("opt_name", ["SGD", "Adam"])
def test_printed_losses_of_an_eager_loop_match_torch(opt_name):
  """loss.backward(); opt.step(); print(loss.item()), the loss left lazy until after the step."""
  rng = np.random.default_rng(0)
  w1, w2 = rng.standard_normal((6, 5)).astype(np.float32) * 0.5, rng.standard_normal((3, 6)).astype(np.float32) * 0.5
  batches = [(rng.standard_normal((8, 5)).astype(np.float32), rng.integers(0, 3, 8)) for _ in range(4)]
  ours = nn.Sequential(nn.Linear(5, 6), nn.ReLU(), nn.Linear(6, 3))
  theirs = torch.nn.Sequential(torch.nn.Linear(5, 6), torch.nn.ReLU(), torch.nn.Linear(6, 3))
  for o, t, w in ((ours[0], theirs[0], w1), (ours[2], theirs[2], w2)):
    o.weight.assign(Tensor(w)).realize()
    o.bias.assign(Tensor(np.zeros(len(w), np.float32))).realize()
    with torch.no_grad(): t.weight.copy_(torch.tensor(w)), t.bias.zero_()
  opt = getattr(optim, opt_name)(ours.parameters(), lr=0.1)
  topt = getattr(torch.optim, opt_name)(theirs.parameters(), lr=0.1)
  for x, y in batches:
    loss = ours(Tensor(x)).cross_entropy(Tensor(y.astype(np.int32)))
    tloss = torch.nn.functional.cross_entropy(theirs(torch.tensor(x)), torch.tensor(y))
    loss.backward(), tloss.backward()
    opt.step(), topt.step()
    opt.zero_grad(), topt.zero_grad()
    assert loss.item() == pytest.approx(tloss.item(), rel=1e-5)


def test_a_fused_training_step_copies_nothing():
  model = nn.Sequential(nn.Linear(5, 6), nn.ReLU(), nn.Linear(6, 3))
  opt = optim.Adam(model.parameters(), lr=0.1)
  x, y = Tensor(rand(8, 5)), Tensor(np.arange(8, dtype=np.int32) % 3)
  before = GlobalCounters.hazard_copies
  for _ in range(3):
    loss = model(x).cross_entropy(y)
    opt.zero_grad()
    loss.backward()
    Tensor.realize(loss, *opt.schedule_step())
  assert GlobalCounters.hazard_copies == before


def test_a_held_pending_value_costs_one_copy():
  w = Tensor(rand(4)).realize()
  before = GlobalCounters.hazard_copies
  y = w * 2
  w.assign(w + 1).realize()
  assert GlobalCounters.hazard_copies == before + 1
  del y
  w.assign(w + 1).realize()   # nothing pending reads w now
  assert GlobalCounters.hazard_copies == before + 1


def test_backward_frees_the_graph_as_in_pytorch():
  x = Tensor(rand(3), requires_grad=True)
  a = x * 2
  l1, l2 = a.sum(), (a * 3).sum()
  l1.backward()
  with pytest.raises(RuntimeError, match="retain_graph"): l2.backward()   # torch: the shared part was freed
  with pytest.raises(RuntimeError, match="retain_graph"): l1.backward()
  y = Tensor(rand(3), requires_grad=True)
  l3 = (y * y).sum()
  l3.backward(retain_graph=True)
  l3.backward()
  np.testing.assert_allclose(y.grad.numpy(), 4 * rand(3), rtol=1e-6)


@pytest.mark.parametrize("view", ["x[0]", "x[:, 1:3]", "x.T[1:]", "x.reshape(2, 6)[1]", "x[1:, ::2]",
                                  "x.permute(1, 0)"])
def test_writes_through_a_view_land_in_its_base(view):
  data = rand(3, 4)
  results = []
  for x in (Tensor(data).realize(), torch.tensor(data)):
    v = eval(view)
    held = v * 1   # a value read before the write keeps the old contents
    v[0] = 100.0
    results.append([t.numpy() for t in (x, v, held)])
  for ours, theirs in zip(*results): np.testing.assert_allclose(ours, theirs, rtol=1e-6)


def test_chained_indexing_writes_into_the_tensor():
  x = Tensor(np.zeros((3, 3), np.float32)).realize()
  x[0][1] = 5.0
  x[2][1:].assign(Tensor([7.0, 8.0]))
  want = np.zeros((3, 3), np.float32)
  want[0, 1], want[2, 1:] = 5.0, [7.0, 8.0]
  np.testing.assert_array_equal(x.numpy(), want)


def test_a_write_into_an_expanded_view_is_refused():
  x = Tensor(rand(3)).realize()
  with pytest.raises(Exception, match="expand"): x.reshape(1, 3).expand(2, 3)[0:2].assign(Tensor(rand(2, 3)))


def test_a_deep_copy_shares_nothing():
  """copy.deepcopy(model) (a target network, an EMA) trains apart from the original, as in PyTorch."""
  import copy
  model = nn.Linear(3, 2)
  model.weight.assign(Tensor(rand(2, 3))).realize()
  twin = copy.deepcopy(model)
  opt = optim.SGD(twin.parameters(), lr=0.5)
  twin(Tensor(rand(4, 3))).sum().backward()
  opt.step()
  np.testing.assert_array_equal(model.weight.numpy(), rand(2, 3))
  assert not np.allclose(twin.weight.numpy(), rand(2, 3))
  assert twin.weight.requires_grad and twin.weight is not model.weight


def test_the_loss_before_the_step_under_jit_too():
  """loss.backward(); opt.step(); return loss, jitted: every replay returns the loss before its own step."""
  from picograd import jit
  def make():
    w = Tensor([1.0, 2.0], requires_grad=True).realize()
    return w, optim.SGD([w], lr=0.1)

  def step(w, opt, x):
    loss = (w * x).sum()
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss
  (w1, opt1), (w2, opt2) = make(), make()
  jitted = jit(lambda x: step(w2, opt2, x))
  losses = []
  for i in range(5):
    want = step(w1, opt1, Tensor([3.0, float(i)])).item()
    losses.append(jitted(Tensor([3.0, float(i)])))
    assert losses[-1].item() == pytest.approx(want, rel=1e-6)
  assert len({loss.item() for loss in losses}) == 5   # each kept its own value
  np.testing.assert_allclose(w1.numpy(), w2.numpy(), rtol=1e-6)


def test_a_value_whose_run_failed_says_so():
  """A run that stops (a failed compile, an interrupt) has dropped the graph of the steps it did not reach: reading
  them later raises instead of computing something else."""
  from picograd.engine import hooks
  a = Tensor(rand(4)).realize()
  b = a.sum() * a   # two kernels: the sum, then b

  def fail(*args): raise KeyboardInterrupt
  with hooks.add("after_launch", fail):
    with pytest.raises(KeyboardInterrupt): b.realize()
  with pytest.raises(Exception, match="never computed"): b.numpy()
