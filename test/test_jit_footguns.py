"""JIT footguns: each way a replay could silently reuse stale work. Every test asserts either the answer of the same
function run without @jit, or a JitError that names the cause and the fix."""
import numpy as np
import pytest
from picograd import Tensor, nn, optim, jit, JitError

SCALE = 2.0   # a module global a jitted function reads


def arr(*shape, seed=0):
  return np.random.default_rng(seed).standard_normal(shape).astype(np.float32)


def ones(n=4):
  return Tensor(np.ones(n, np.float32))


def sgd_step(model, opt):
  def step(x, y):
    loss = model(x).cross_entropy(y)
    opt.zero_grad()
    loss.backward()
    Tensor.realize(loss, *opt.schedule_step())
    return loss
  return step


def batch(i):
  return Tensor(arr(2, 4, seed=i)), Tensor(np.array([i % 3, (i + 1) % 3], np.int32))


# ---- methods -------------------------------------------------------------------------------------------------------
class Scaled:
  def __init__(self, w, scale=1.0):
    self.w, self.scale = Tensor(w).realize(), scale

  @jit
  def step(self, x): return x * self.w * self.scale


def test_method_gets_one_capture_per_instance():
  a, b = Scaled(arr(4, seed=1)), Scaled(arr(4, seed=2))
  for i in range(4):
    x = arr(4, seed=10 + i)
    np.testing.assert_allclose(a.step(Tensor(x)).numpy(), x * a.w.numpy(), rtol=1e-6)
    np.testing.assert_allclose(b.step(Tensor(x)).numpy(), x * b.w.numpy(), rtol=1e-6)
  assert a.step is a.step and a.step is not b.step and a.step.plan is not None and b.step.plan is not None


# ---- Python values that change -------------------------------------------------------------------------------------
@pytest.mark.parametrize("make_schedule", [lambda o: optim.StepLR(o, 2, 0.5), lambda o: optim.CosineAnnealingLR(o, 5)])
def test_lr_schedule_changes_the_learning_rate(make_schedule):
  """The learning rate lives in a tensor the scheduler assigns in place, so a replayed step reads the new one."""
  runs = []
  for jitted, scheduled in ((False, True), (True, True), (True, False)):
    Tensor.manual_seed(0)
    model = nn.Linear(4, 3)
    opt = optim.SGD(model.parameters(), lr=0.5)
    schedule = make_schedule(opt)
    step = jit(sgd_step(model, opt)) if jitted else sgd_step(model, opt)
    for i in range(6):
      step(*batch(i))
      if scheduled: schedule.step()
    runs.append([p.numpy() for p in model.parameters()])
  for eager, replayed, unscheduled in zip(*runs):
    np.testing.assert_allclose(replayed, eager, rtol=1e-5, atol=1e-6)
    assert not np.allclose(unscheduled, eager, rtol=1e-4)   # the schedule did change the result


def test_changed_float_argument_is_refused_and_a_tensor_one_works():
  step = jit(lambda x, k: x * k)
  for _ in range(2): step(ones(), 2.0)
  with pytest.raises(JitError, match=r"argument 1 \(k\) as 2.0, called with 3.0.*pass it as a Tensor"):
    step(ones(), 3.0)
  step = jit(lambda x, k: x * k)
  for k in (2.0, 3.0, 4.0): np.testing.assert_allclose(step(ones(), Tensor([k])).numpy(), np.full(4, k))


def test_changed_closure_scalar_is_refused():
  scale = 2.0
  step = jit(lambda x: x * scale)
  for _ in range(3): np.testing.assert_allclose(step(ones()).numpy(), np.full(4, 2.0))
  scale = 3.0
  with pytest.raises(JitError, match=r"captured with scale = 2.0, now 3.0.*Pass it as an argument"):
    step(ones())
  step.reset()
  for _ in range(3): np.testing.assert_allclose(step(ones()).numpy(), np.full(4, scale))


def scaled_by_global(x): return x * SCALE


def test_changed_global_scalar_is_refused(monkeypatch):
  step = jit(scaled_by_global)
  for _ in range(3): step(ones())
  monkeypatch.setitem(globals(), "SCALE", 3.0)
  with pytest.raises(JitError, match=r"captured with SCALE = 2.0, now 3.0"):
    step(ones())


def test_changed_attribute_of_self_is_refused():
  m = Scaled(np.ones(4, np.float32), scale=2.0)
  for _ in range(3): m.step(ones())
  m.scale = 3.0
  with pytest.raises(JitError, match=r"captured with self.scale = 2.0, now 3.0"):
    m.step(ones())


def test_python_state_the_function_changes_is_refused():
  class Counter:
    def __init__(self): self.steps = 0

    @jit
    def step(self, x):
      self.steps += 1
      return x * 2
  c = Counter()
  c.step(ones())
  with pytest.raises(JitError, match=r"changes self.steps while it runs \(1 -> 2\)"):
    c.step(ones())


# ---- tensors rebound instead of assigned ----------------------------------------------------------------------------
def test_rebound_weight_is_refused_and_an_assigned_one_is_read():
  model = nn.Linear(4, 2)
  step = jit(lambda x: model(x))
  x = Tensor(arr(3, 4))
  for _ in range(3): step(x)
  w = arr(2, 4, seed=5)
  model.weight.assign(Tensor(w))   # in place and not realized yet: the replay realizes it first
  np.testing.assert_allclose(step(x).numpy(), x.numpy() @ w.T + model.bias.numpy(), rtol=1e-5, atol=1e-6)
  model.weight = Tensor(w * 2)
  with pytest.raises(JitError, match=r"model.weight was rebound.*model.weight.assign"):
    step(x)


def test_rebound_tensor_read_by_name_is_refused():
  data = Tensor(arr(4)).realize()
  step = jit(lambda x: x + data)
  for _ in range(3): step(ones())
  data = Tensor(arr(4, seed=1)).realize()
  with pytest.raises(JitError, match=r"data was rebound.*Pass what changes as an argument"):
    step(ones())


def test_weight_rebound_inside_the_step_is_refused():
  model = nn.Linear(4, 2)

  def step(x):
    model.weight = model.weight * 0.5   # a new tensor, not an assign: a replay would halve the same old weight
    return model(x)
  step = jit(step)
  step(Tensor(arr(3, 4)))
  with pytest.raises(JitError, match=r"rebinds model.weight to another tensor.*model.weight.assign"):
    step(Tensor(arr(3, 4)))


def test_state_left_unrealized_is_refused():
  model = nn.Linear(4, 3)
  opt = optim.SGD(model.parameters(), lr=0.1)

  @jit
  def step(x, y):
    loss = model(x).cross_entropy(y)
    opt.zero_grad()
    loss.backward()
    opt.schedule_step()   # the update is never realized inside the step
    return loss.realize()
  step(*batch(0))
  with pytest.raises(JitError, match=r"leaves model.weight unrealized.*Tensor.realize"):
    step(*batch(1))


def test_argument_that_is_also_state_must_stay_it():
  w = Tensor(arr(4)).realize()
  step = jit(lambda x: x * w)
  for _ in range(3): np.testing.assert_allclose(step(w).numpy(), w.numpy() ** 2, rtol=1e-6)
  with pytest.raises(JitError, match=r"tensor argument #0 of <lambda> was w at the capture"):
    step(Tensor(arr(4, seed=1)))


def test_value_pending_from_before_a_step_keeps_its_value():
  """A lazy value made before a step reads the weights as they were then, though the replay overwrites them."""
  for jitted in (False, True):
    Tensor.manual_seed(0)
    model = nn.Linear(4, 3)
    step = sgd_step(model, optim.SGD(model.parameters(), lr=0.5))
    step = jit(step) if jitted else step
    kept = []
    for i in range(5):
      kept.append((model.weight.numpy(), model.weight * 1))   # the second is not computed yet
      step(*batch(i))
    for i, (expected, before) in enumerate(kept):
      np.testing.assert_allclose(before.numpy(), expected, err_msg=f"jitted={jitted}, step {i}")


# ---- results -------------------------------------------------------------------------------------------------------
def test_kept_results_keep_their_values():
  losses = []
  for jitted in (False, True):
    Tensor.manual_seed(0)
    model = nn.Linear(4, 3)
    step = sgd_step(model, optim.SGD(model.parameters(), lr=0.5))
    step = jit(step) if jitted else step
    losses.append([step(*batch(i)) for i in range(5)])   # kept, read only at the end
  eager, replayed = [[t.item() for t in run] for run in losses]
  np.testing.assert_allclose(replayed, eager, rtol=1e-5)
  assert len(set(replayed)) == 5


def test_result_passed_back_in():
  """A recurrent step: each replay reads the last result while writing a new one, so they must not share a buffer."""
  w = Tensor(arr(64, 64) * 0.2).realize()

  def cell(x, h): return (x + h @ w).tanh()
  jitted = jit(cell)
  eager, replayed = [Tensor(np.zeros((2, 64), np.float32))], [Tensor(np.zeros((2, 64), np.float32))]
  for i in range(5):
    x = arr(2, 64, seed=i)
    eager.append(cell(Tensor(x), eager[-1]).realize())
    replayed.append(jitted(Tensor(x), replayed[-1]))
  for a, b in zip(eager, replayed): np.testing.assert_allclose(b.numpy(), a.numpy(), rtol=1e-5, atol=1e-5)


class Counter:
  total = None   # a class attribute: the jit's walk does not look into classes


def test_returned_state_stays_that_state():
  """A result the kernels read before writing is state, even where the walk cannot see it: it gets no fresh buffer."""
  Counter.total = Tensor([0.0]).realize()
  step = jit(lambda x: Counter.total.assign(Counter.total + x))
  results = [step(Tensor([1.0])) for _ in range(4)]
  assert all(r is Counter.total for r in results)   # as without @jit: assign returns the tensor itself
  assert Counter.total.item() == 4.0


def test_returned_argument_is_this_call_s():
  step = jit(lambda x: (x, x * 2))
  for i in range(4):
    x = Tensor(arr(4, seed=i))
    same, double = step(x)
    assert same is x
    np.testing.assert_allclose(double.numpy(), x.numpy() * 2)


# ---- what a capture cannot record ----------------------------------------------------------------------------------
@pytest.mark.parametrize("read", [lambda t: t.numpy(), lambda t: t.item(), lambda t: float(t), lambda t: bool(t > 0)])
def test_host_reads_inside_are_refused(read):
  def step(x):
    return x * 2 if read(x.sum()) else x * 3
  step = jit(step)
  step(ones())
  with pytest.raises(JitError, match=r"reads tensor values into Python.*read it outside"):
    step(ones())


def test_indexing_with_a_tensor_inside_is_replayed():
  """Advanced indexing reads the index on the host only to check its bounds: that is not a value computed with."""
  step = jit(lambda x, i: x[i])
  for k in range(4):
    x, i = arr(5, 3, seed=k), np.array([k, 4 - k], np.int32)
    np.testing.assert_allclose(step(Tensor(x), Tensor(i)).numpy(), x[i])


def test_host_data_inside_is_refused():
  step = jit(lambda x: (x + Tensor(np.ones(4, np.float32))).realize())
  step(ones())
  with pytest.raises(JitError, match="host data"):
    step(ones())


def test_random_numbers_inside_are_refused():
  step = jit(lambda x: (x + Tensor.rand(4)).realize())
  step(ones())
  with pytest.raises(JitError, match="random numbers"):
    step(ones())


def test_copy_between_devices_inside_is_refused():
  step = jit(lambda x: x.to("EMU") * 2)
  step(ones())
  with pytest.raises(JitError, match="copies tensors between devices"):
    step(ones())


def test_numpy_argument_is_refused():
  with pytest.raises(JitError, match="NumPy array argument.*pass it as a Tensor"):
    jit(lambda x, m: x * Tensor(m))(ones(), np.ones(4, np.float32))


# ---- arguments -----------------------------------------------------------------------------------------------------
def test_same_tensor_twice():
  def f(a, b): return a * 2 + b
  step = jit(f)
  for k in range(3):
    x = Tensor(arr(4, seed=k))
    np.testing.assert_allclose(step(x, x).numpy(), f(x, x).numpy(), rtol=1e-6)
  with pytest.raises(JitError, match=r"#0 and #1 in one buffer, called with tensor arguments in distinct buffers"):
    step(Tensor(arr(4)), Tensor(arr(4, seed=1)))


@pytest.mark.parametrize("view", [lambda x: x[1], lambda x: x.reshape(16)[:4], lambda x: x.T.reshape(16)[4:8]])
def test_argument_viewing_another(view):
  def f(a, b): return a.sum(0) * b
  step = jit(f)
  for k in range(4):
    x = arr(4, 4, seed=k)
    t = Tensor(x).realize()
    np.testing.assert_allclose(step(t, view(t)).numpy(), f(Tensor(x), view(Tensor(x))).numpy(), rtol=1e-5)


def test_whole_view_of_another_argument():
  def f(a, b): return a * 2 + b.reshape(4, 4)
  step = jit(f)
  for k in range(4):
    t = Tensor(arr(4, 4, seed=k)).realize()
    np.testing.assert_allclose(step(t, t.reshape(16)).numpy(), t.numpy() * 3, rtol=1e-6)


def test_keyword_arguments_in_another_order():
  step = jit(lambda x, y: x - y)
  for k in range(4):
    a, b = arr(4, seed=k), arr(4, seed=k + 10)
    out = step(x=Tensor(a), y=Tensor(b)) if k % 2 else step(y=Tensor(b), x=Tensor(a))
    np.testing.assert_allclose(out.numpy(), a - b)


def test_changed_shapes_are_refused():
  step = jit(lambda x: x * 2)
  for _ in range(2): step(ones(4))
  with pytest.raises(JitError, match=r"argument 0 \(x\) as a float32 tensor of shape \(4,\) on CPU, called with a "
                                     r"float32 tensor of shape \(5,\) on CPU.*a jitted function per shape"):
    step(ones(5))
  with pytest.raises(JitError, match=r"called with a int32 tensor"):
    step(Tensor(np.ones(4, np.int32)))


def test_changed_value_inside_a_list_argument_is_refused():
  step = jit(lambda xs, ks: xs[0] * ks[0] + xs[1])
  for _ in range(2): step([ones(), ones()], [2])
  with pytest.raises(JitError, match=r"argument 1 \(ks\)\[0\] as 2, called with 3"):
    step([ones(), ones()], [3])


# ---- jit inside jit ------------------------------------------------------------------------------------------------
def test_jit_inside_jit():
  inner = jit(lambda x: (x * 2).relu())
  outer = jit(lambda x: inner(x) + inner(x + 1))
  for k in range(5):
    x = arr(4, seed=k)
    expected = np.maximum(x * 2, 0) + np.maximum((x + 1) * 2, 0)
    np.testing.assert_allclose(outer(Tensor(x)).numpy(), expected, rtol=1e-6)
  np.testing.assert_allclose(inner(Tensor(x)).numpy(), np.maximum(x * 2, 0))
