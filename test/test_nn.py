"""picograd.nn modules against torch.nn: the same weights (copied through load_state_dict) give the same outputs and
the same gradients; default initializations have PyTorch's distributions; state_dict keys are PyTorch's; BatchNorm
and Dropout behave as PyTorch's in train and eval mode.

Shapes repeat those of test_ops_nn.py where they can: each distinct kernel compiles once per process.
Tolerances: NN (atol 1e-5, rtol 1e-4), float32 sums in a different order than PyTorch's.
"""
import math
import os
import sys
import numpy as np
import pytest
import torch
from picograd import Tensor, nn, dtypes

sys.path.insert(0, os.path.dirname(__file__))
from helpers import assert_close, rand_array  # noqa: E402

NN = dict(atol=1e-5, rtol=1e-4)


def copy_weights(pm: nn.Module, tm: torch.nn.Module):
  pm.load_state_dict({k: v.detach().numpy() for k, v in tm.state_dict().items()})


def compare(pm: nn.Module, tm: torch.nn.Module, *inputs: np.ndarray, train: bool = True, seed: int = 0):
  """Same weights, same inputs: outputs, input gradients and parameter gradients agree. Returns both outputs."""
  copy_weights(pm, tm)
  pm.train(train)
  tm.train(train)
  grads = [x.dtype.kind == "f" for x in inputs]
  px = [Tensor(x, requires_grad=g) for x, g in zip(inputs, grads)]
  tx = [torch.tensor(x if x.dtype.kind == "f" else x.astype(np.int64), requires_grad=g) for x, g in zip(inputs, grads)]
  pout, tout = pm(*px), tm(*tx)
  assert_close(pout, tout, **NN, what="forward")
  if tout.requires_grad:
    g = rand_array(np.random.default_rng(seed + 1), tuple(tout.shape), 0.5, 1.5)
    tout.backward(torch.tensor(g))
    pout.backward(Tensor(g))
    for i, (p, t) in enumerate(zip(px, tx)):
      if t.requires_grad: assert_close(p.grad, t.grad, **NN, what=f"grad of input {i}")
    tparams = dict(tm.named_parameters())
    assert sorted(tparams) == sorted(n for n, _ in pm.named_parameters())
    for name, p in pm.named_parameters(): assert_close(p.grad, tparams[name].grad, **NN, what=f"grad of {name}")
  return pout, tout


def inputs(*shapes, seed=0, low=-2, high=2):
  rng = np.random.default_rng(seed)
  return [rand_array(rng, s, low, high) for s in shapes]


# ---- layers with weights --------------------------------------------------------------------------------------------
# id -> (picograd module, torch module, input shapes); the torch module's random weights are copied over
LAYERS = {
  "linear": (lambda: nn.Linear(4, 5), lambda: torch.nn.Linear(4, 5), [(2, 3, 4)]),
  "linear_no_bias": (lambda: nn.Linear(4, 5, bias=False), lambda: torch.nn.Linear(4, 5, bias=False), [(2, 3, 4)]),
  "conv1d": (lambda: nn.Conv1d(3, 5, 4, stride=3, padding=2), lambda: torch.nn.Conv1d(3, 5, 4, stride=3, padding=2), [(2, 3, 11)]),
  "conv2d_groups": (lambda: nn.Conv2d(4, 6, 3, stride=2, padding=1, dilation=2, groups=2),
                    lambda: torch.nn.Conv2d(4, 6, 3, stride=2, padding=1, dilation=2, groups=2), [(2, 4, 8, 9)]),
  "conv2d_no_bias": (lambda: nn.Conv2d(3, 4, (3, 2), bias=False), lambda: torch.nn.Conv2d(3, 4, (3, 2), bias=False), [(2, 3, 7, 9)]),
  "conv_transpose2d": (lambda: nn.ConvTranspose2d(4, 6, (3, 2), stride=2, padding=1, output_padding=1, groups=2, dilation=2),
                       lambda: torch.nn.ConvTranspose2d(4, 6, (3, 2), stride=2, padding=1, output_padding=1, groups=2, dilation=2),
                       [(2, 4, 5, 4)]),
  "layernorm": (lambda: nn.LayerNorm((3, 4)), lambda: torch.nn.LayerNorm((3, 4)), [(2, 3, 4)]),
  "layernorm_no_bias": (lambda: nn.LayerNorm(4, eps=1e-3, bias=False), lambda: torch.nn.LayerNorm(4, eps=1e-3, bias=False), [(2, 3, 4)]),
  "groupnorm": (lambda: nn.GroupNorm(2, 4), lambda: torch.nn.GroupNorm(2, 4), [(2, 4, 3, 3)]),
  "rmsnorm": (lambda: nn.RMSNorm(4), lambda: torch.nn.RMSNorm(4), [(2, 3, 4)]),
  "rmsnorm_2d_eps": (lambda: nn.RMSNorm([3, 4], eps=0.5), lambda: torch.nn.RMSNorm([3, 4], eps=0.5), [(2, 3, 4)]),
}


def _randomize(tm: torch.nn.Module):
  """Norm layers start at ones and zeros: random affine parameters make a swapped weight and bias fail."""
  with torch.no_grad():
    for p in tm.parameters(): p.copy_(torch.tensor(rand_array(np.random.default_rng(p.numel()), tuple(p.shape), 0.5, 1.5)))
  return tm


@pytest.mark.parametrize("name", list(LAYERS))
def test_layer_matches_torch(name):
  make_p, make_t, shapes = LAYERS[name]
  compare(make_p(), _randomize(make_t()), *inputs(*shapes))


@pytest.mark.parametrize("padding_idx", [None, 2])
def test_embedding(padding_idx):
  idx = np.array([[0, 2, 9], [2, 5, 0]], np.int32)
  pm, tm = nn.Embedding(10, 4, padding_idx=padding_idx), torch.nn.Embedding(10, 4, padding_idx=padding_idx)
  compare(pm, _randomize(tm), idx)   # torch gives the padding row no gradient, whatever its value
  if padding_idx is not None: assert not pm.weight.grad.numpy()[padding_idx].any()


# ---- layers without weights -----------------------------------------------------------------------------------------
STATELESS = {
  "maxpool": (lambda: nn.MaxPool2d(3, 2, 1, ceil_mode=True), lambda: torch.nn.MaxPool2d(3, 2, 1, ceil_mode=True), (2, 3, 8, 9)),
  "maxpool_dilation": (lambda: nn.MaxPool2d((2, 3), (1, 2), (1, 0), dilation=2),
                       lambda: torch.nn.MaxPool2d((2, 3), (1, 2), (1, 0), dilation=2), (2, 3, 8, 9)),
  "avgpool": (lambda: nn.AvgPool2d(3, 2, 1, ceil_mode=True, count_include_pad=False),
              lambda: torch.nn.AvgPool2d(3, 2, 1, ceil_mode=True, count_include_pad=False), (2, 3, 8, 9)),
  "avgpool_default": (lambda: nn.AvgPool2d(2), lambda: torch.nn.AvgPool2d(2), (2, 3, 8, 9)),
  "flatten": (lambda: nn.Flatten(), lambda: torch.nn.Flatten(), (2, 3, 4)),
  "flatten_range": (lambda: nn.Flatten(0, 1), lambda: torch.nn.Flatten(0, 1), (2, 3, 4)),
  "relu": (nn.ReLU, torch.nn.ReLU, (2, 3, 4)),
  "gelu": (nn.GELU, torch.nn.GELU, (2, 3, 4)),
  "gelu_tanh": (lambda: nn.GELU("tanh"), lambda: torch.nn.GELU("tanh"), (2, 3, 4)),
  "sigmoid": (nn.Sigmoid, torch.nn.Sigmoid, (2, 3, 4)),
  "tanh": (nn.Tanh, torch.nn.Tanh, (2, 3, 4)),
  "silu": (nn.SiLU, torch.nn.SiLU, (2, 3, 4)),
  "leakyrelu": (lambda: nn.LeakyReLU(0.2), lambda: torch.nn.LeakyReLU(0.2), (2, 3, 4)),
  "leakyrelu_default": (nn.LeakyReLU, torch.nn.LeakyReLU, (2, 3, 4)),
  "softmax": (lambda: nn.Softmax(dim=1), lambda: torch.nn.Softmax(dim=1), (2, 3, 4)),
  "softmax_implicit_dim": (nn.Softmax, torch.nn.Softmax, (2, 3, 4)),
}


@pytest.mark.filterwarnings("ignore:Implicit dimension choice for softmax")
@pytest.mark.parametrize("name", list(STATELESS))
def test_stateless_layer_matches_torch(name):
  make_p, make_t, shape = STATELESS[name]
  compare(make_p(), make_t(), *inputs(shape))


def test_sequential_cnn_matches_torch():
  pm = nn.Sequential(nn.Conv2d(3, 4, (3, 2)), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(), nn.Linear(4 * 2 * 4, 5))
  tm = torch.nn.Sequential(torch.nn.Conv2d(3, 4, (3, 2)), torch.nn.ReLU(), torch.nn.MaxPool2d(2), torch.nn.Flatten(),
                           torch.nn.Linear(4 * 2 * 4, 5))
  compare(pm, tm, *inputs((2, 3, 7, 9)))


# ---- losses ---------------------------------------------------------------------------------------------------------
def _class_targets(shape=(6,), classes=5, ignore=None, seed=0):
  t = np.random.default_rng(seed).integers(0, classes, size=shape).astype(np.int32)
  if ignore is not None: t[::3] = ignore
  return t


def test_cross_entropy_loss_module():
  weight = rand_array(np.random.default_rng(9), (5,), 0.2, 2)
  pm = nn.CrossEntropyLoss(weight=Tensor(weight), label_smoothing=0.1, ignore_index=1)
  tm = torch.nn.CrossEntropyLoss(weight=torch.tensor(weight), label_smoothing=0.1, ignore_index=1)
  compare(pm, tm, *inputs((6, 5)), _class_targets(ignore=1))
  compare(nn.CrossEntropyLoss(reduction="sum"), torch.nn.CrossEntropyLoss(reduction="sum"), *inputs((6, 5)), _class_targets())


def test_nll_loss_module():
  logp = inputs((6, 5), low=-3, high=-0.1)[0]
  compare(nn.NLLLoss(ignore_index=1, reduction="none"), torch.nn.NLLLoss(ignore_index=1, reduction="none"), logp, _class_targets(ignore=1))


def test_regression_and_binary_loss_modules():
  p, t = inputs((4, 3), low=0.05, high=0.95)[0], np.random.default_rng(1).random((4, 3)).astype(np.float32)
  weight, pos_weight = inputs((3,), low=0.5, high=2, seed=2)[0], inputs((3,), low=0.5, high=3, seed=3)[0]
  compare(nn.MSELoss(), torch.nn.MSELoss(), p, t)
  compare(nn.MSELoss(reduction="sum"), torch.nn.MSELoss(reduction="sum"), p, t)
  compare(nn.BCELoss(weight=Tensor(weight)), torch.nn.BCELoss(weight=torch.tensor(weight)), p, t)
  compare(nn.BCEWithLogitsLoss(pos_weight=Tensor(pos_weight), reduction="sum"),
          torch.nn.BCEWithLogitsLoss(pos_weight=torch.tensor(pos_weight), reduction="sum"), p * 8 - 4, t)


def test_loss_rejects_unknown_reduction():
  with pytest.raises(ValueError): nn.MSELoss(reduction="avg")


# ---- BatchNorm ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("kind,shape", [("1d", (4, 3)), ("1d", (4, 3, 5)), ("2d", (2, 3, 4, 5))])
@pytest.mark.parametrize("momentum", [0.3, None])
def test_batchnorm_train_then_eval(kind, shape, momentum):
  """Training normalizes with batch statistics and updates the running ones (unbiased variance, step count);
  eval mode normalizes with the running statistics."""
  pcls, tcls = (nn.BatchNorm1d, torch.nn.BatchNorm1d) if kind == "1d" else (nn.BatchNorm2d, torch.nn.BatchNorm2d)
  pm, tm = pcls(3, momentum=momentum), _randomize(tcls(3, momentum=momentum))
  for step in range(3): compare(pm, tm, *inputs(shape, seed=step, low=-1, high=3))
  for name, t in tm.named_buffers(): assert_close(getattr(pm, name), t, **NN, what=name)
  pm.eval()
  tm.eval()
  x = inputs(shape, seed=7)[0]
  assert_close(pm(Tensor(x)), tm(torch.tensor(x)), **NN, what="eval forward")


def test_batchnorm_state_round_trips_through_safetensors(tmp_path):
  """num_batches_tracked is 0-d, as in PyTorch; saving and loading must keep it 0-d."""
  pm = nn.BatchNorm2d(3)
  pm(Tensor(inputs((2, 3, 4, 5))[0])).realize(pm.running_mean, pm.running_var, pm.num_batches_tracked)
  nn.safe_save(pm.state_dict(), str(tmp_path / "bn.safetensors"))
  loaded = nn.BatchNorm2d(3).load_state_dict(nn.safe_load(str(tmp_path / "bn.safetensors")))
  for name, t in pm.state_dict().items(): np.testing.assert_array_equal(loaded.state_dict()[name].numpy(), t.numpy(), err_msg=name)


def test_batchnorm_without_running_stats_or_affine():
  pm, tm = nn.BatchNorm2d(3, affine=False, track_running_stats=False), torch.nn.BatchNorm2d(3, affine=False, track_running_stats=False)
  assert pm.state_dict() == {} and tm.state_dict() == {}
  compare(pm, tm, *inputs((2, 3, 4, 5)), train=False)   # eval mode still uses the batch's statistics


def test_batchnorm_rejects_wrong_rank():
  with pytest.raises(ValueError): nn.BatchNorm2d(3)(Tensor(np.ones((2, 3), np.float32)))
  with pytest.raises(ValueError): nn.BatchNorm1d(3)(Tensor(np.ones((2, 3, 4, 5), np.float32)))


def test_batchnorm_running_stats_update_in_a_jitted_step():
  """The running statistics live in buffers of their own, so a replayed step keeps updating them."""
  from picograd import jit
  pm, tm = nn.BatchNorm2d(3), torch.nn.BatchNorm2d(3)
  step = jit(lambda x: pm(x).realize(*[b for _, b in pm.named_buffers()]))
  for i in range(4):
    x = inputs((2, 3, 4, 5), seed=i)[0]
    step(Tensor(x))
    tm(torch.tensor(x))
  for name, t in tm.named_buffers(): assert_close(getattr(pm, name), t, **NN, what=name)


# ---- Dropout --------------------------------------------------------------------------------------------------------
def test_dropout_module_train_and_eval():
  Tensor.manual_seed(3)
  model = nn.Sequential(nn.Dropout(0.3))
  x = Tensor(np.ones((64, 64), np.float32))
  out = model(x).numpy()
  assert abs((out == 0).mean() - 0.3) < 0.03 and np.allclose(out[out != 0], 1 / 0.7)
  assert np.array_equal(model.eval()(x).numpy(), x.numpy())
  assert not Tensor.training   # the module's mode applies only during its call


# ---- initialization -------------------------------------------------------------------------------------------------
# id -> (picograd module, torch module): large enough for the sample statistics to settle
INITS = {
  "linear": (lambda: nn.Linear(100, 50), lambda: torch.nn.Linear(100, 50)),
  "conv1d": (lambda: nn.Conv1d(8, 32, 5), lambda: torch.nn.Conv1d(8, 32, 5)),
  "conv2d": (lambda: nn.Conv2d(16, 32, 3, groups=2), lambda: torch.nn.Conv2d(16, 32, 3, groups=2)),
  "conv_transpose2d": (lambda: nn.ConvTranspose2d(32, 16, 3), lambda: torch.nn.ConvTranspose2d(32, 16, 3)),
}


@pytest.mark.parametrize("name", list(INITS))
def test_default_init_matches_torch_distribution(name):
  """Weights and biases uniform on +-1/sqrt(fan_in), fan_in as torch computes it: inside the bound, reaching close
  to it, with the uniform's std (bound / sqrt(3)) and mean 0 up to sampling error."""
  torch.manual_seed(0)
  Tensor.manual_seed(0)
  pm, tm = INITS[name][0](), INITS[name][1]()
  fan_in, _ = torch.nn.init._calculate_fan_in_and_fan_out(tm.weight)
  bound = 1 / math.sqrt(fan_in)
  for key, t in tm.state_dict().items():
    p, t = pm.state_dict()[key].numpy(), t.numpy()
    assert p.shape == t.shape and p.dtype == t.dtype, key
    assert np.abs(t).max() <= bound and np.abs(p).max() <= bound, key
    assert np.abs(p).max() > bound * (1 - 5 / p.size), key
    tol = 3 / math.sqrt(p.size)
    assert abs(p.std() / (bound / math.sqrt(3)) - 1) < tol and abs(p.mean()) < tol * bound, key


def test_default_init_embedding_and_norms():
  Tensor.manual_seed(0)
  w = nn.Embedding(200, 50).weight.numpy()
  assert abs(w.mean()) < 0.03 and abs(w.std() - 1) < 0.03   # N(0, 1), as torch's
  assert not nn.Embedding(10, 4, padding_idx=-1).weight.numpy()[9].any()
  for pm, tm in ((nn.BatchNorm2d(5), torch.nn.BatchNorm2d(5)), (nn.LayerNorm((2, 3)), torch.nn.LayerNorm((2, 3))),
                 (nn.GroupNorm(2, 4), torch.nn.GroupNorm(2, 4)), (nn.RMSNorm(3), torch.nn.RMSNorm(3))):
    for key, t in tm.state_dict().items(): assert_close(pm.state_dict()[key], t, what=key)


# ---- state dicts ----------------------------------------------------------------------------------------------------
def _all_modules():
  pairs = [(mp(), mt()) for mp, mt, _ in LAYERS.values()] + [(mp(), mt()) for mp, mt, _ in STATELESS.values()]
  pairs += [(nn.BatchNorm1d(3), torch.nn.BatchNorm1d(3)), (nn.BatchNorm2d(3, affine=False), torch.nn.BatchNorm2d(3, affine=False)),
            (nn.Embedding(10, 4), torch.nn.Embedding(10, 4)), (nn.Dropout(), torch.nn.Dropout()),
            (nn.CrossEntropyLoss(weight=Tensor([1.0, 2.0])), torch.nn.CrossEntropyLoss(weight=torch.tensor([1.0, 2.0]))),
            (nn.BCEWithLogitsLoss(pos_weight=Tensor([2.0])), torch.nn.BCEWithLogitsLoss(pos_weight=torch.tensor([2.0]))),
            (nn.NLLLoss(), torch.nn.NLLLoss()), (nn.BCELoss(), torch.nn.BCELoss())]
  return pairs


def test_state_dict_keys_shapes_and_dtypes_match_torch():
  for pm, tm in _all_modules():
    theirs, ours = tm.state_dict(), pm.state_dict()
    assert sorted(ours) == sorted(theirs), type(tm).__name__
    for key, t in theirs.items():
      assert ours[key].shape == tuple(t.shape) and ours[key].dtype.name == str(t.dtype).removeprefix("torch."), key


def test_state_dict_keys_of_a_model():
  pm = nn.Sequential(nn.Conv2d(1, 4, 3), nn.BatchNorm2d(4), nn.ReLU(), nn.Flatten(), nn.Linear(4, 2))
  tm = torch.nn.Sequential(torch.nn.Conv2d(1, 4, 3), torch.nn.BatchNorm2d(4), torch.nn.ReLU(), torch.nn.Flatten(), torch.nn.Linear(4, 2))
  assert sorted(pm.state_dict()) == sorted(tm.state_dict())
  assert sorted(n for n, _ in pm.named_buffers()) == sorted(n for n, _ in tm.named_buffers())
  copy_weights(pm, tm)
  assert pm[1].num_batches_tracked.dtype == dtypes.int64
