"""The schedule cache (engine/run.py): a graph of the same structure reuses its schedule, and every near miss (the
same ops with another view, dtype, constant, realized input, aliasing or a write in place between) is scheduled anew
and gives the right numbers. Each test counts hits through GlobalCounters and checks values against NumPy."""
import numpy as np
import pytest
from picograd import GlobalCounters, Tensor
from picograd.engine import run

RNG = np.random.default_rng(0)


def arr(*shape, dtype=np.float32):
  return RNG.standard_normal(shape).astype(dtype)


def half(x): return x.astype(np.float16) if isinstance(x, np.ndarray) else x.half()


def cast(x, dtype):
  if isinstance(x, np.ndarray): return x.astype(dtype)
  return x.int() if dtype is np.int32 else x.long()


def hits_of(fn) -> tuple[int, np.ndarray]:
  """(cache hits while realizing fn(), its value)."""
  before = GlobalCounters.schedule_cache_hits
  out = fn().numpy()
  return GlobalCounters.schedule_cache_hits - before, out


def test_same_structure_hits_and_binds_the_new_buffers():
  a, b, c, d = arr(8, 8), arr(8, 8), arr(8, 8), arr(8, 8)
  hits_of(lambda: (Tensor(a) * Tensor(b)).sum(1).exp())   # a warm-up miss
  for x, y in ((a, b), (c, d), (d, a)):
    hits, out = hits_of(lambda: (Tensor(x) * Tensor(y)).sum(1).exp())
    assert hits >= 1
    np.testing.assert_allclose(out, np.exp((x * y).sum(1)), rtol=1e-5)


@pytest.mark.parametrize("name,first,second", [
  ("view", lambda x, y: x + y, lambda x, y: x + y.T),
  ("offset", lambda x, y: x[1:] + y[1:], lambda x, y: x[:-1] + y[1:]),
  ("dtype", lambda x, y: x + y, lambda x, y: half(x) + half(y)),
  ("cast to", lambda x, y: cast(x * 9, np.int32) + 1, lambda x, y: cast(x * 9, np.int64) + 1),
  ("constant", lambda x, y: x * 2 + y, lambda x, y: x * 3 + y),
  ("reduce axis", lambda x, y: (x * y).sum(0), lambda x, y: (x * y).sum(1)),
  ("aliasing", lambda x, y: x * y, lambda x, y: x * x),
])
def test_near_misses_are_scheduled_anew(name, first, second):
  a, b = arr(6, 6), arr(6, 6)
  ref = {"first": first(a, b), "second": second(a, b)}   # NumPy spells each op as picograd does
  for which, fn in (("first", first), ("second", second)):
    hits, out = hits_of(lambda: fn(Tensor(a).realize(), Tensor(b).realize()).contiguous())
    assert out.dtype == ref[which].dtype
    np.testing.assert_allclose(out, ref[which], rtol=1e-3)
  second_again, out = hits_of(lambda: second(Tensor(a).realize(), Tensor(b).realize()).contiguous())
  assert second_again >= 1   # the second structure is now cached itself
  np.testing.assert_allclose(out, ref["second"], rtol=1e-3)


def test_negative_zero_constant_is_not_positive_zero():
  x = Tensor(np.array([-0.0, 1.0], np.float32)).realize()
  plus = (x + 0.0).numpy()
  minus = (x + -0.0).numpy()
  assert np.signbit(plus[0]) == np.signbit(np.float32(-0.0) + np.float32(0.0))
  assert np.signbit(minus[0]) == np.signbit(np.float32(-0.0) + np.float32(-0.0))


def test_realized_and_lazy_inputs_are_different_structures():
  a = arr(5, 5)
  x = Tensor(a).realize()
  lazy = Tensor(a) * 2   # unrealized: fused into the kernel
  realized = (Tensor(a) * 2).realize()
  np.testing.assert_allclose(((lazy + x).sum()).numpy(), (a * 2 + a).sum(), rtol=1e-5)
  np.testing.assert_allclose(((realized + x).sum()).numpy(), (a * 2 + a).sum(), rtol=1e-5)


def test_writes_in_place_between_calls_are_seen():
  w = Tensor(arr(4, 4)).realize()
  start = w.numpy().copy()
  y1 = (w * 2).numpy()
  w.assign(w + 1)
  y2 = (w * 2).numpy()   # a pending assign: another structure
  w.realize()
  y3 = (w * 2).numpy()   # the first structure again, bound to the buffer as it is now
  np.testing.assert_allclose(y1, start * 2, rtol=1e-6)
  np.testing.assert_allclose(y2, (start + 1) * 2, rtol=1e-6)
  np.testing.assert_allclose(y3, (start + 1) * 2, rtol=1e-6)


def test_assign_reading_its_own_buffer_vs_another():
  """w.assign(w[perm]) must compute aside first; v.assign(w[perm]) must not: the buffers' identity is structure."""
  base = np.arange(12, dtype=np.float32).reshape(4, 3)
  perm = Tensor([3, 2, 1, 0]).realize()
  for _ in range(2):
    w, v = Tensor(base).realize(), Tensor(base * 0).realize()
    v.assign(w[perm]).realize()
    w.assign(w[perm]).realize()
    np.testing.assert_array_equal(w.numpy(), base[::-1])
    np.testing.assert_array_equal(v.numpy(), base[::-1])


def test_pending_reader_of_an_overwritten_buffer_keeps_its_value():
  for _ in range(2):
    w = Tensor(arr(3, 3)).realize()
    old = w.numpy().copy()
    y = w.exp()
    w.assign(w * 0).realize()
    np.testing.assert_allclose(y.numpy(), np.exp(old), rtol=1e-6)


def test_the_cache_is_bounded(monkeypatch):
  monkeypatch.setattr(run, "MAX_CACHED_SCHEDULES", 3)
  x = Tensor(arr(4)).realize()
  for i in range(8): (x.reshape(2, 2) if i % 2 else x).sum(i % 2).realize()
  for n in range(1, 7): (x[:n] * 2).realize()
  assert len(run._schedules) <= 3


def compiles_of(fn) -> int:
  before = GlobalCounters.compile_count
  fn()
  return GlobalCounters.compile_count - before


def test_values_that_change_per_call_compile_once():
  """A random draw's counter and torch.tensor(python number) are data, not constants baked into a kernel."""
  import picograd
  picograd.manual_seed(1)
  first = Tensor.rand(7).numpy()
  assert [compiles_of(lambda: Tensor.rand(7).realize()) for _ in range(3)] == [0, 0, 0]
  assert not np.array_equal(first, Tensor.rand(7).numpy())
  picograd.manual_seed(1)
  np.testing.assert_array_equal(Tensor.rand(7).numpy(), first)   # the same stream after reseeding
  compiles_of(lambda: (picograd.tensor(100) * 3).realize())
  counts = [compiles_of(lambda: (picograd.tensor(i) * 3).realize()) for i in range(4)]
  assert counts == [0, 0, 0, 0] and (picograd.tensor(5) * 3).item() == 15
  assert picograd.tensor(2 ** 40).dtype == picograd.int64 and picograd.tensor(0.5).dtype == picograd.float32
