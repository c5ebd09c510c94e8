"""Views: movement ops are zero-copy view changes that must select exactly NumPy's elements."""
import numpy as np
import pytest
from picograd import Tensor
from picograd.shape.tracker import ShapeTracker
from picograd.shape.view import View


def _random_op(rng, shape):
  """One movement op valid for `shape`, as (name, arg), applied identically to NumPy and picograd below."""
  nd = len(shape)
  kind = rng.choice(["reshape", "permute", "expand", "pad", "shrink", "flip"])
  if kind == "reshape":
    n = int(np.prod(shape))
    divisors = [d for d in range(1, n + 1) if n % d == 0]
    a = int(rng.choice(divisors))
    b = int(rng.choice([d for d in range(1, n // a + 1) if (n // a) % d == 0]))
    return "reshape", (a, b, n // a // b)
  if kind == "permute" and nd > 1: return "permute", tuple(int(i) for i in rng.permutation(nd))
  if kind == "expand" and 1 in shape:
    return "expand", tuple(int(rng.integers(2, 4)) if s == 1 else s for s in shape)
  if kind == "pad": return "pad", tuple((int(rng.integers(0, 2)), int(rng.integers(0, 2))) for _ in shape)
  if kind == "shrink" and all(s >= 2 for s in shape):
    lo = [int(rng.integers(0, s // 2)) for s in shape]
    return "shrink", tuple((l, int(rng.integers(l + 1, s + 1))) for l, s in zip(lo, shape))
  if kind == "flip": return "flip", tuple(i for i in range(nd) if rng.random() < 0.5) or (0,)
  return "reshape", (int(np.prod(shape)),) + (1,) * int(rng.integers(0, 2))


def _apply_numpy(a: np.ndarray, name, arg):
  if name == "reshape": return a.reshape(arg)
  if name == "permute": return a.transpose(arg)
  if name == "expand": return np.broadcast_to(a, arg)
  if name == "pad": return np.pad(a, arg)
  if name == "shrink": return a[tuple(slice(lo, hi) for lo, hi in arg)]
  return np.flip(a, arg)


def _apply_picograd(t: Tensor, name, arg):
  if name == "shrink": return t.shrink(arg)
  return getattr(t, name)(arg)


@pytest.mark.parametrize("seed", range(60))
def test_random_view_chains_match_numpy(seed):
  rng = np.random.default_rng(seed)
  shape = tuple(int(s) for s in rng.integers(1, 5, size=int(rng.integers(1, 4))))
  base = rng.standard_normal(shape).astype(np.float32) + 3   # no zeros: padding must show up as exact zeros
  a, t = base, Tensor(base)
  chain = []
  for _ in range(int(rng.integers(2, 7))):
    name, arg = _random_op(rng, a.shape)
    chain.append((name, arg))
    a, t = _apply_numpy(a, name, arg), _apply_picograd(t, name, arg)
  assert t.shape == a.shape, chain
  np.testing.assert_array_equal(t.numpy(), a, err_msg=str(chain))
  np.testing.assert_array_equal((t * 2).numpy(), a * 2, err_msg=str(chain))   # the same view fused into a kernel


def test_movement_ops_copy_nothing():
  x = Tensor(np.arange(24, dtype=np.float32).reshape(2, 3, 4)).realize()
  v = x.permute(2, 0, 1).reshape(4, 6)[1:3].flip(0)
  assert v.lazydata.base is x.lazydata.base
  assert v.schedule() == [] or all(item.is_kernel for item in v.schedule())


def test_chains_fold_into_one_view():
  st = ShapeTracker.from_shape((4, 6)).permute((1, 0)).reshape((2, 3, 4))
  assert len(st.views) == 1 and st.views[0].strides == (3, 1, 6)
  st = ShapeTracker.from_shape((3, 4, 5)).pad(((1, 1), (0, 0), (0, 0))).reshape((5, 20))
  assert len(st.views) == 1 and st.views[0].mask[0] == (1, 4)
  st = ShapeTracker.from_shape((4, 6)).expand((4, 6)).shrink(((1, 3), (0, 6))).flip((1,))
  assert st.views == (View((2, 6), (6, -1), 11, None),)


def test_unfoldable_reshape_keeps_two_views():
  st = ShapeTracker.from_shape((4, 6)).permute((1, 0)).reshape((24,))
  assert len(st.views) == 2 and st.shape == (24,)


def test_empty_mask_is_canonical():
  v = View.create((3, 4), None, 5, ((1, 1), (0, 4)))
  assert v.mask == ((0, 0), (0, 0)) and v.offset == 0


def test_view_of_padding_only_reads_zeros():
  """Regression: a size-1 axis masked out entirely must not be dropped when the kernel merges axes."""
  t = Tensor(np.array([5.0], dtype=np.float32))
  v = t.pad(((1, 1),)).shrink(((0, 1),)).reshape(1, 1).flip(0)
  np.testing.assert_array_equal(v.numpy(), [[0.0]])
  np.testing.assert_array_equal((v + 1).numpy(), [[1.0]])


def test_overlapping_windows_fold_into_one_view():
  """A convolution's windows (an expand read through an offset reshape) are one affine view: no div/mod."""
  x = Tensor(np.random.default_rng(0).standard_normal((2, 3, 8, 8)).astype(np.float32))
  w = Tensor(np.random.default_rng(1).standard_normal((4, 3, 3, 3)).astype(np.float32))
  (item,) = x.conv2d(w).schedule()
  loads = [n.arg[1] for n in item.ast.walk() if n.op.name == "LOAD"]
  assert all(len(st.views) == 1 for st in loads)


def test_views_that_carry_do_not_merge():
  st = ShapeTracker.from_shape((4, 6)).permute((1, 0)).reshape((24,)).shrink(((1, 23),))
  assert len(st.views) == 2
  arr = np.arange(24).reshape(4, 6)
  np.testing.assert_array_equal(Tensor(arr.astype(np.float32)).T.reshape(24)[1:23].numpy(), arr.T.reshape(24)[1:23])


def test_prefix_of_a_padded_view_reads_the_right_elements():
  """Regression (found by the fuzzer): a contiguous top view smaller than the view below is no reshape of it."""
  x = np.array([[1.0, 2.0]], dtype=np.float32)
  t = Tensor(x)
  padded = t.pad(((0, 1), (0, 0))) + t.pad(((1, 0), (0, 0)))   # [[1, 2], [1, 2]] without a cat
  np.testing.assert_array_equal((padded[:1] * 1).numpy(), [[1.0, 2.0]])
  np.testing.assert_array_equal((padded.reshape(4)[:2] * 1).numpy(), [1.0, 2.0])
  w = Tensor(x, requires_grad=True)
  w.cat(w, dim=0).min().exp2().backward()
  np.testing.assert_allclose(w.grad.numpy(), [[2.0 * np.log(2), 0.0]], rtol=1e-6)


def test_views_are_interned_and_hash_once():
  """One object per distinct view (schedule-cache keys then compare by identity); a full table starts over and a view
  made after still equals one made before."""
  from picograd.shape import view as view_module
  from picograd.shape.view import View
  a, b = View.create((4, 5), (5, 1)), View.create((4, 5))
  assert a is b and hash(a) == hash(View((4, 5), (5, 1), 0, None)) and a == View((4, 5), (5, 1), 0, None)
  assert View.create((4, 5), (1, 4)) is not a and View.create((4, 5), (1, 4)) != a
  view_module._interned.clear()
  c = View.create((4, 5))
  assert c is not a and c == a and hash(c) == hash(a) and {a: 1}[c] == 1
