"""PyTorch's API, called the same way on PyTorch and on picograd: random inputs, forward and backward, values and
dtypes compared. Import-line compatibility is the point: each case is one call written once for both libraries."""
import numpy as np
import pytest
import torch
import torch.nn.functional as TF
import picograd.nn.functional as PF
from picograd import Tensor


def rand(*shape, seed=0, low=-2.0, high=2.0):
  return np.random.default_rng(seed).uniform(low, high, size=shape).astype(np.float32)


def labels(n, classes, seed=1):
  return np.random.default_rng(seed).integers(0, classes, n)


def check(call, *arrays, grad=True, rtol=1e-5, atol=1e-6, ints=()):
  """call(F, *tensors) on both libraries: values, dtypes and the gradient of a weighted sum for each float input."""
  theirs = [torch.tensor(a, requires_grad=grad and a.dtype.kind == "f" and i not in ints) for i, a in enumerate(arrays)]
  ours = [Tensor(a, requires_grad=grad and a.dtype.kind == "f" and i not in ints) for i, a in enumerate(arrays)]
  want, got = call(TF, *theirs), call(PF, *ours)
  assert got.shape == tuple(want.shape), f"shape {got.shape} != {tuple(want.shape)}"
  np.testing.assert_allclose(got.numpy(), want.detach().numpy(), rtol=rtol, atol=atol)
  if not (grad and want.requires_grad): return
  weights = rand(*want.shape, seed=7)
  (want * torch.tensor(weights)).sum().backward()
  (got * Tensor(weights)).sum().backward()
  for t, o in zip(theirs, ours):
    if t.grad is not None: np.testing.assert_allclose(o.grad.numpy(), t.grad.numpy(), rtol=rtol * 10, atol=atol * 10)


ACTIVATIONS = ["relu", "relu6", "elu", "celu", "selu", "gelu", "silu", "mish", "hardtanh", "hardswish", "hardsigmoid",
               "sigmoid", "tanh", "softplus", "softsign", "logsigmoid", "leaky_relu"]


@pytest.mark.parametrize("name", ACTIVATIONS)
def test_activations(name):
  check(lambda F, x: getattr(F, name)(x), rand(3, 5))


@pytest.mark.parametrize("name", ["softmax", "log_softmax", "softmin"])
@pytest.mark.parametrize("dim", [0, 1, -1])
def test_softmaxes(name, dim):
  check(lambda F, x: getattr(F, name)(x, dim=dim), rand(4, 6))


def test_softmax_without_dim_is_refused():
  with pytest.raises(Exception, match="dim="): PF.softmax(Tensor(rand(3)))


@pytest.mark.parametrize("reduction", ["mean", "sum", "none"])
def test_losses(reduction):
  x, y, t = rand(6, 4), rand(6, 4, seed=2), labels(6, 4)
  check(lambda F, a, b: F.mse_loss(a, b, reduction=reduction), x, y)
  check(lambda F, a, b: F.l1_loss(a, b, reduction=reduction), x, y)
  check(lambda F, a, b: F.smooth_l1_loss(a, b, reduction=reduction, beta=0.5), x, y)
  check(lambda F, a, b: F.huber_loss(a, b, reduction=reduction, delta=0.7), x, y)
  check(lambda F, a, b: F.cross_entropy(a, b, reduction=reduction, label_smoothing=0.1), x, t)
  check(lambda F, a, b: F.nll_loss(F.log_softmax(a, dim=1), b, reduction=reduction), x, t)
  p = rand(6, 4, low=0.05, high=0.95, seed=3)
  q = rand(6, 4, low=0.0, high=1.0, seed=4)
  check(lambda F, a, b: F.binary_cross_entropy(a, b, reduction=reduction), p, q)
  check(lambda F, a, b: F.binary_cross_entropy_with_logits(a, b, reduction=reduction), x, q)
  if reduction != "mean": check(lambda F, a, b: F.kl_div(F.log_softmax(a, dim=1), F.softmax(b, dim=1), reduction=reduction), x, y)
  check(lambda F, a, b: F.kl_div(F.log_softmax(a, dim=1), F.softmax(b, dim=1), reduction="batchmean"), x, y)


def test_norms_linear_and_embedding():
  x, w, b = rand(4, 3, 5), rand(5, seed=2), rand(5, seed=3)
  check(lambda F, a, c, d: F.layer_norm(a, (5,), c, d), x, w, b)
  check(lambda F, a: F.group_norm(a, 1), rand(2, 4, 3))
  check(lambda F, a, c, d: F.linear(a, c, d), rand(4, 6), rand(3, 6, seed=2), rand(3, seed=3))
  check(lambda F, a, c: F.normalize(a, dim=1), rand(4, 6), rand(1))
  check(lambda F, a, c: F.cosine_similarity(a, c, dim=1), rand(4, 6), rand(4, 6, seed=5))
  idx = labels(7, 10).reshape(7, 1)
  check(lambda F, i, e: F.embedding(i, e, padding_idx=2), idx, rand(10, 4), ints=(0,))


def test_one_hot_is_int64_and_reads_the_class_count():
  t = labels(5, 4)
  got, want = PF.one_hot(Tensor(t)), TF.one_hot(torch.tensor(t))
  assert got.dtype.name == "int64" and tuple(want.shape) == got.shape
  np.testing.assert_array_equal(got.numpy(), want.numpy())


def test_convolution_pooling_and_resampling():
  x = rand(2, 3, 9, 9)
  check(lambda F, a, w, b: F.conv2d(a, w, b, padding=1, stride=2), x, rand(4, 3, 3, 3, seed=2), rand(4, seed=3), rtol=1e-4)
  check(lambda F, a, w: F.conv1d(a, w, padding="same"), rand(2, 3, 8), rand(4, 3, 3, seed=2), rtol=1e-4)
  check(lambda F, a: F.max_pool2d(a, 3, stride=2, padding=1), x)
  check(lambda F, a: F.avg_pool2d(a, 2, ceil_mode=True), x)
  for size in (1, 3, (4, 2), 9):
    check(lambda F, a: F.adaptive_avg_pool2d(a, size), x, rtol=1e-4)
  check(lambda F, a: F.interpolate(a, scale_factor=2, mode="nearest"), x)
  check(lambda F, a: F.pad(a, (1, 2, 0, 1), value=0.5), x)
  check(lambda F, a: F.pad(a, (1, 2, 2, 1), mode="reflect"), x)
  check(lambda F, a: F.unfold(a, 3, padding=1, stride=2), x, rtol=1e-4)


@pytest.mark.parametrize("causal", [False, True])
def test_scaled_dot_product_attention(causal):
  q, k, v = rand(2, 3, 5, 4), rand(2, 3, 5, 4, seed=2), rand(2, 3, 5, 4, seed=3)
  check(lambda F, a, b, c: F.scaled_dot_product_attention(a, b, c, is_causal=causal), q, k, v, rtol=1e-4)


def test_dropout_follows_training_argument():
  x = Tensor(rand(100))
  np.testing.assert_array_equal(PF.dropout(x, 0.5, training=False).numpy(), x.numpy())
  dropped = PF.dropout(x, 0.5).numpy()
  assert (dropped == 0).sum() > 20 and np.allclose(dropped[dropped != 0], 2 * x.numpy()[dropped != 0])


def test_inplace_writes_into_a_tensor_without_gradient():
  x = Tensor(rand(5))
  out = PF.relu(x, inplace=True)
  assert out is x and (x.numpy() >= 0).all()
  y = Tensor(rand(5), requires_grad=True)
  z = PF.relu(y, inplace=True)
  assert z is not y and (y.numpy() < 0).any()


# ---- nn.init -----------------------------------------------------------------------------------------------------------
from picograd.nn import init   # noqa: E402


@pytest.mark.parametrize("name, args, mean, std", [
  ("uniform_", (-1.0, 3.0), 1.0, 4 / np.sqrt(12)), ("normal_", (0.5, 2.0), 0.5, 2.0),
  ("xavier_uniform_", (), 0.0, np.sqrt(2 / (300 + 200))), ("xavier_normal_", (1.5,), 0.0, 1.5 * np.sqrt(2 / 500)),
  ("kaiming_uniform_", (0.0, "fan_in", "relu"), 0.0, np.sqrt(2 / 300)),
  ("kaiming_normal_", (0.0, "fan_out", "relu"), 0.0, np.sqrt(2 / 200)),
  ("trunc_normal_", (0.0, 1.0, -1.0, 1.5), None, None), ("orthogonal_", (), None, None)])
def test_init_distributions(name, args, mean, std):
  w = Tensor.zeros(200, 300, requires_grad=True).realize()
  out = getattr(init, name)(w, *args)
  v = w.numpy()
  assert out is w and w.requires_grad and w._ctx is None and v.std() > 0
  if mean is not None:
    assert abs(v.mean() - mean) < 5 * std / np.sqrt(v.size) + 1e-3 and abs(v.std() / std - 1) < 0.02
  if name == "trunc_normal_":
    ref = torch.nn.init.trunc_normal_(torch.empty(200, 300), 0.0, 1.0, -1.0, 1.5).numpy()
    assert v.min() >= -1.0 and v.max() <= 1.5 and abs(v.mean() - ref.mean()) < 0.02 and abs(v.std() - ref.std()) < 0.02
  if name == "orthogonal_": np.testing.assert_allclose(v @ v.T, np.eye(200), atol=1e-4)


def test_init_constants_and_gains():
  w = Tensor.zeros(3, 4).realize()
  np.testing.assert_array_equal(init.constant_(w, 0.25).numpy(), np.full((3, 4), 0.25, np.float32))
  np.testing.assert_array_equal(init.ones_(w).numpy(), np.ones((3, 4)))
  np.testing.assert_array_equal(init.zeros_(w).numpy(), np.zeros((3, 4)))
  np.testing.assert_array_equal(init.eye_(w).numpy(), np.eye(3, 4))
  for nl, p in (("relu", None), ("tanh", None), ("leaky_relu", 0.2), ("selu", None), ("conv2d", None)):
    assert init.calculate_gain(nl, p) == pytest.approx(torch.nn.init.calculate_gain(nl, p))
  with pytest.raises(Exception, match="2 dimensions"): init.xavier_uniform_(Tensor.zeros(5).realize())


# ---- utils.data ------------------------------------------------------------------------------------------------------
def test_data_loader_batches_like_pytorch():
  from picograd.utils.data import DataLoader, TensorDataset, random_split
  x, y = rand(10, 3), labels(10, 4)
  ours = list(DataLoader(TensorDataset(x, y), batch_size=4))
  theirs = list(torch.utils.data.DataLoader(torch.utils.data.TensorDataset(torch.tensor(x), torch.tensor(y)), batch_size=4))
  assert len(ours) == len(theirs) == 3
  for (a, b), (c, d) in zip(ours, theirs):
    np.testing.assert_array_equal(a.numpy(), c.numpy())
    np.testing.assert_array_equal(b.numpy(), d.numpy())
  assert len(DataLoader(TensorDataset(x, y), batch_size=4, drop_last=True)) == 2
  seen = [int(v) for _, b in DataLoader(TensorDataset(x, np.arange(10)), batch_size=3, shuffle=True, generator=0) for v in b.numpy()]
  again = [int(v) for _, b in DataLoader(TensorDataset(x, np.arange(10)), batch_size=3, shuffle=True, generator=0) for v in b.numpy()]
  assert sorted(seen) == list(range(10)) and seen == again and seen != list(range(10))
  parts = random_split(TensorDataset(x, y), [0.7, 0.3], generator=np.random.default_rng(0))
  assert [len(p) for p in parts] == [7, 3]
