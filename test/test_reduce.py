"""Reductions beyond sum/max/mean, and functional gradients, against PyTorch."""
import numpy as np
import pytest
import torch
from picograd import Tensor

RNG = np.random.default_rng(7)


def both(shape, low=0.5, high=1.5):
  x = RNG.uniform(low, high, shape).astype(np.float32) * RNG.choice([-1, 1], shape).astype(np.float32)
  return Tensor(x, requires_grad=True), torch.tensor(x, requires_grad=True)


@pytest.mark.parametrize("shape,axis", [((7,), None), ((3, 5), 1), ((3, 5), 0), ((2, 3, 4), (0, 2)), ((4, 150), 1),
                                        ((), None)])
@pytest.mark.parametrize("keepdim", [False, True])
def test_prod(shape, axis, keepdim):
  p, t = both(shape)
  out = p.prod(axis, keepdim=keepdim)
  ref = t.prod() if axis is None and not keepdim else t
  if axis is not None or keepdim:
    axes = tuple(range(len(shape))) if axis is None else ((axis,) if isinstance(axis, int) else axis)
    ref = t
    for a in sorted(axes, reverse=True): ref = ref.prod(a, keepdim=keepdim)
  np.testing.assert_allclose(out.numpy(), ref.detach().numpy(), rtol=2e-5, atol=1e-30)
  g = RNG.standard_normal(ref.shape).astype(np.float32)
  (out * Tensor(g)).sum().backward()
  (ref * torch.tensor(g)).sum().backward()
  np.testing.assert_allclose(p.grad.numpy(), t.grad.numpy(), rtol=1e-4, atol=1e-30)


def test_prod_with_zero_and_empty():
  x = np.array([[2.0, 0.0, 3.0], [1.5, -2.0, 4.0]], dtype=np.float32)
  p, t = Tensor(x, requires_grad=True), torch.tensor(x, requires_grad=True)
  p.prod(1).sum().backward()
  t.prod(1).sum().backward()
  np.testing.assert_allclose(p.grad.numpy(), t.grad.numpy())
  assert Tensor(np.zeros((0, 3), np.float32)).prod(0).tolist() == [1.0, 1.0, 1.0]
  assert Tensor([[True, True], [True, False]]).prod(1).tolist() == [1, 0]


@pytest.mark.parametrize("shape,axis", [((4, 6), 1), ((4, 6), None), ((2, 3, 4), (1, 2)), ((5,), 0)])
@pytest.mark.parametrize("correction", [0, 1])
def test_var_std(shape, axis, correction):
  p, t = both(shape)
  for name in ("var", "std"):
    out = getattr(p, name)(axis, correction=correction)
    ref = getattr(t, name)(dim=axis, correction=correction)
    np.testing.assert_allclose(out.numpy(), ref.detach().numpy(), rtol=1e-5, atol=1e-6)
  p.std(axis, correction=correction).sum().backward()
  t.std(dim=axis, correction=correction).sum().backward()
  np.testing.assert_allclose(p.grad.numpy(), t.grad.numpy(), rtol=1e-4, atol=1e-6)


def test_var_of_one_element_is_nan_like_torch():
  assert np.isnan(Tensor([3.0]).var().item()) and np.isnan(torch.tensor([3.0]).var().item())


@pytest.mark.parametrize("axis", [None, 0, 1, -1])
def test_logsumexp(axis):
  x = RNG.standard_normal((4, 5)).astype(np.float32) * 30
  p, t = Tensor(x, requires_grad=True), torch.tensor(x, requires_grad=True)
  out, ref = p.logsumexp(axis), (t.logsumexp(dim=axis) if axis is not None else t.logsumexp(dim=(0, 1)))
  np.testing.assert_allclose(out.numpy(), ref.detach().numpy(), rtol=1e-5)
  out.sum().backward()
  ref.sum().backward()
  np.testing.assert_allclose(p.grad.numpy(), t.grad.numpy(), rtol=1e-4, atol=1e-7)


def test_logsumexp_of_infinities():
  x = np.array([[-np.inf, -np.inf], [np.inf, 1.0], [0.0, -np.inf]], dtype=np.float32)
  np.testing.assert_array_equal(Tensor(x).logsumexp(1).numpy(), torch.tensor(x).logsumexp(1).numpy())


@pytest.mark.parametrize("axis,keepdim", [(None, False), (0, True), (1, False)])
def test_any_all(axis, keepdim):
  x = RNG.integers(0, 2, (4, 5)).astype(np.int32)
  x[0] = 1
  x[:, 0] = 0
  for name in ("any", "all"):
    out = getattr(Tensor(x), name)(axis, keepdim=keepdim)
    torch_fn = getattr(torch.tensor(x), name)
    ref = torch_fn() if axis is None else torch_fn(dim=axis, keepdim=keepdim)
    np.testing.assert_array_equal(out.numpy(), ref.numpy())
  assert not Tensor(np.zeros((0,), np.float32)).any().item() and Tensor(np.zeros((0,), np.float32)).all().item()


def test_gradient_leaves_grad_untouched():
  p, t = both((3, 4))
  w, tw = both((4, 2))
  loss = (p @ w).relu().sum()
  gp, gw = loss.gradient(p, w)
  (t @ tw).relu().sum().backward()
  np.testing.assert_allclose(gp.numpy(), t.grad.numpy(), rtol=1e-5, atol=1e-6)
  np.testing.assert_allclose(gw.numpy(), tw.grad.numpy(), rtol=1e-5, atol=1e-6)
  assert p.grad is None and w.grad is None
  loss.backward()   # the graph is still there
  np.testing.assert_allclose(p.grad.numpy(), t.grad.numpy(), rtol=1e-5, atol=1e-6)


def test_gradient_of_an_unrelated_tensor_is_zero():
  p, _ = both((2, 2))
  q, _ = both((3,))
  (gq,) = (p * 2).sum().gradient(q)
  assert gq.tolist() == [0.0, 0.0, 0.0]


def test_backward_of_an_integer_result_raises():
  p, _ = both((2, 2))
  with pytest.raises(RuntimeError, match="does not require grad"):   # as in PyTorch: integer results have no graph
    (p > 0).sum().backward()


def test_gradient_for_a_target_without_requires_grad_raises_instead_of_missing_paths():
  """Through x2 = x * 2 nothing was recorded (no input required grad): d/dx would silently miss that path."""
  w, _ = both((2,))
  x = Tensor([1.0, 2.0])
  x2 = x * 2
  loss = (w * x2 + x2.exp()).sum()
  for target in (x, x2):
    with pytest.raises(RuntimeError, match="does not require grad"): loss.gradient(target)
