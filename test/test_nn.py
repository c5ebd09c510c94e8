"""picograd.nn modules against torch.nn: the same weights (copied through load_state_dict) give the same outputs and
the same gradients; default initializations have PyTorch's distributions; state_dict keys are PyTorch's; BatchNorm
and Dropout behave as PyTorch's in train and eval mode, whatever Tensor.training says; tied weights and shared
modules are listed once and train as PyTorch's.

Shapes repeat those of test_ops_nn.py where they can: each distinct kernel compiles once per process.
Tolerances: NN (atol 1e-5, rtol 1e-4), float32 sums in a different order than PyTorch's.
"""
import math
import os
import sys
import numpy as np
import pytest
import torch
from picograd import Tensor, nn, dtypes, optim

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
  "conv1d": (lambda: nn.Conv1d(3, 5, 4, stride=3, padding=2), lambda: torch.nn.Conv1d(3, 5, 4, stride=3, padding=2),
             [(2, 3, 11)]),
  "conv2d_groups": (lambda: nn.Conv2d(4, 6, 3, stride=2, padding=1, dilation=2, groups=2),
                    lambda: torch.nn.Conv2d(4, 6, 3, stride=2, padding=1, dilation=2, groups=2), [(2, 4, 8, 9)]),
  "conv2d_no_bias": (lambda: nn.Conv2d(3, 4, (3, 2), bias=False), lambda: torch.nn.Conv2d(3, 4, (3, 2), bias=False),
                     [(2, 3, 7, 9)]),
  "conv_transpose2d": (lambda: nn.ConvTranspose2d(4, 6, (3, 2), stride=2, padding=1, output_padding=1, groups=2,
                                                  dilation=2),
                       lambda: torch.nn.ConvTranspose2d(4, 6, (3, 2), stride=2, padding=1, output_padding=1, groups=2,
                                                        dilation=2),
                       [(2, 4, 5, 4)]),
  "layernorm": (lambda: nn.LayerNorm((3, 4)), lambda: torch.nn.LayerNorm((3, 4)), [(2, 3, 4)]),
  "layernorm_no_bias": (lambda: nn.LayerNorm(4, eps=1e-3, bias=False),
                        lambda: torch.nn.LayerNorm(4, eps=1e-3, bias=False), [(2, 3, 4)]),
  "groupnorm": (lambda: nn.GroupNorm(2, 4), lambda: torch.nn.GroupNorm(2, 4), [(2, 4, 3, 3)]),
  "rmsnorm": (lambda: nn.RMSNorm(4), lambda: torch.nn.RMSNorm(4), [(2, 3, 4)]),
  "rmsnorm_2d_eps": (lambda: nn.RMSNorm([3, 4], eps=0.5), lambda: torch.nn.RMSNorm([3, 4], eps=0.5), [(2, 3, 4)]),
}


def _randomize(tm: torch.nn.Module):
  """Norm layers start at ones and zeros: random affine parameters make a swapped weight and bias fail."""
  with torch.no_grad():
    for p in tm.parameters():
      p.copy_(torch.tensor(rand_array(np.random.default_rng(p.numel()), tuple(p.shape), 0.5, 1.5)))
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
  "maxpool": (lambda: nn.MaxPool2d(3, 2, 1, ceil_mode=True), lambda: torch.nn.MaxPool2d(3, 2, 1, ceil_mode=True),
              (2, 3, 8, 9)),
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
  compare(nn.CrossEntropyLoss(reduction="sum"), torch.nn.CrossEntropyLoss(reduction="sum"), *inputs((6, 5)),
          _class_targets())


def test_nll_loss_module():
  logp = inputs((6, 5), low=-3, high=-0.1)[0]
  compare(nn.NLLLoss(ignore_index=1, reduction="none"), torch.nn.NLLLoss(ignore_index=1, reduction="none"), logp,
          _class_targets(ignore=1))


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
  for name, t in pm.state_dict().items():
    np.testing.assert_array_equal(loaded.state_dict()[name].numpy(), t.numpy(), err_msg=name)


def test_batchnorm_without_running_stats_or_affine():
  pm = nn.BatchNorm2d(3, affine=False, track_running_stats=False)
  tm = torch.nn.BatchNorm2d(3, affine=False, track_running_stats=False)
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
  assert not Tensor.training   # a module never sets the global


def test_module_mode_ignores_tensor_training():
  """A module follows its own train()/eval(), whatever Tensor.training says, and leaves it as it was."""
  Tensor.manual_seed(4)
  model, x = nn.Sequential(nn.Linear(8, 8), nn.Dropout(0.5)), Tensor(inputs((32, 8))[0])
  plain = model[0](x).numpy()
  with Tensor.train():
    first, second = model.eval()(x).numpy(), model(x).numpy()
    assert Tensor.training
  np.testing.assert_array_equal(first, plain)
  np.testing.assert_array_equal(second, plain)
  dropped = model.train()(x).numpy()   # Tensor.training is False here
  assert not Tensor.training and 0.3 < (dropped == 0).mean() < 0.7
  np.testing.assert_allclose(dropped[dropped != 0], plain[dropped != 0] * 2, rtol=1e-6)


def test_tensor_train_context_and_functional_dropout():
  """Code without modules: `with Tensor.train():` (or as a decorator) turns x.dropout(p) on and restores the flag
  after; nn.functional.dropout and x.dropout(p, training=...) take the mode explicitly (functional default: True)."""
  Tensor.manual_seed(5)
  x = Tensor(np.ones((64, 64), np.float32))
  assert x.dropout(0.5) is x
  with Tensor.train():
    assert (x.dropout(0.5).numpy() == 0).any()
    with Tensor.train(False): assert x.dropout(0.5) is x
    assert Tensor.training and x.dropout(0.5, training=False) is x
  assert not Tensor.training and (x.dropout(0.5, training=True).numpy() == 0).any()
  assert Tensor.train()(lambda: Tensor.training)() and not Tensor.training
  assert nn.functional.dropout(x, 0.5, training=False) is x
  with Tensor.train(): assert nn.functional.dropout(x, 0.5, training=False) is x
  assert abs((nn.functional.dropout(x, 0.25).numpy() == 0).mean() - 0.25) < 0.03


def test_batchnorm_mode_ignores_tensor_training():
  """Eval mode uses (and keeps) the running statistics even inside Tensor.train(); train mode uses the batch's and
  updates them with Tensor.training False; both as torch's."""
  pm, tm = nn.BatchNorm1d(3), _randomize(torch.nn.BatchNorm1d(3))
  with Tensor.train(): compare(pm, tm, *inputs((4, 3), seed=1), train=False)
  Tensor.realize(*pm.buffers())
  for name, t in tm.named_buffers(): assert_close(getattr(pm, name), t, **NN, what=f"{name} after eval")
  compare(pm, tm, *inputs((4, 3), seed=2, low=-1, high=3), train=True)
  for name, t in tm.named_buffers(): assert_close(getattr(pm, name), t, **NN, what=f"{name} after train")
  assert pm.num_batches_tracked.item() == 1


@pytest.mark.parametrize("training", [False, True])
def test_functional_batch_norm(training):
  """nn.functional.batch_norm as torch's, training or not, running statistics updated in place when training."""
  rng = np.random.default_rng(11)
  x, w, b = rand_array(rng, (2, 3, 4, 5)), rand_array(rng, (3,), 0.5, 1.5), rand_array(rng, (3,))
  mean, var = rand_array(rng, (3,)), rand_array(rng, (3,), 0.5, 2)
  pmean, pvar = Tensor(mean).contiguous().realize(), Tensor(var).contiguous().realize()
  tmean, tvar = torch.tensor(mean), torch.tensor(var)
  kw = dict(training=training, momentum=0.2, eps=1e-3)
  out = nn.functional.batch_norm(Tensor(x), pmean, pvar, Tensor(w), Tensor(b), **kw)
  want = torch.nn.functional.batch_norm(torch.tensor(x), tmean, tvar, torch.tensor(w), torch.tensor(b), **kw)
  assert_close(out, want, **NN, what="output")
  assert_close(pmean, tmean, **NN, what="running_mean")
  assert_close(pvar, tvar, **NN, what="running_var")


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
  pairs += [(nn.BatchNorm1d(3), torch.nn.BatchNorm1d(3)),
            (nn.BatchNorm2d(3, affine=False), torch.nn.BatchNorm2d(3, affine=False)),
            (nn.Embedding(10, 4), torch.nn.Embedding(10, 4)), (nn.Dropout(), torch.nn.Dropout()),
            (nn.CrossEntropyLoss(weight=Tensor([1.0, 2.0])),
             torch.nn.CrossEntropyLoss(weight=torch.tensor([1.0, 2.0]))),
            (nn.BCEWithLogitsLoss(pos_weight=Tensor([2.0])),
             torch.nn.BCEWithLogitsLoss(pos_weight=torch.tensor([2.0]))),
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
  tm = torch.nn.Sequential(torch.nn.Conv2d(1, 4, 3), torch.nn.BatchNorm2d(4), torch.nn.ReLU(), torch.nn.Flatten(),
                           torch.nn.Linear(4, 2))
  assert sorted(pm.state_dict()) == sorted(tm.state_dict())
  assert sorted(n for n, _ in pm.named_buffers()) == sorted(n for n, _ in tm.named_buffers())
  copy_weights(pm, tm)
  assert pm[1].num_batches_tracked.dtype == dtypes.int64


# ---- shared and tied modules and tensors ----------------------------------------------------------------------------
class Tied(nn.Module):
  """A language-model head that shares the embedding's weight."""

  def __init__(self):
    super().__init__()
    self.embed, self.head = nn.Embedding(10, 6), nn.Linear(6, 10)
    self.head.weight = self.embed.weight

  def forward(self, idx): return self.head(self.embed(idx).tanh())


class TorchTied(torch.nn.Module):
  def __init__(self):
    super().__init__()
    self.embed, self.head = torch.nn.Embedding(10, 6), torch.nn.Linear(6, 10)
    self.head.weight = self.embed.weight

  def forward(self, idx): return self.head(self.embed(idx).tanh())


def test_tied_weight_is_listed_once_and_saved_under_both_names():
  pm, tm = Tied(), TorchTied()
  assert [n for n, _ in pm.named_parameters()] == [n for n, _ in tm.named_parameters()] == ["embed.weight", "head.bias"]
  assert len(pm.parameters()) == 2 and pm.parameters()[0] is pm.embed.weight
  assert sorted(pm.state_dict()) == sorted(tm.state_dict())
  assert [n for n, _ in pm.named_modules()] == [n for n, _ in tm.named_modules()]
  copy_weights(pm, tm)   # both keys, one tensor
  assert pm.head.weight is pm.embed.weight
  assert_close(pm.embed.weight, tm.embed.weight, what="loaded weight")
  idx = np.array([[1, 7, 3], [0, 9, 2]], np.int32)
  assert_close(pm(Tensor(idx)), tm(torch.tensor(idx, dtype=torch.int64)), **NN, what="forward")


def test_tied_weight_load_refuses_disagreeing_values():
  from picograd.nn.state import StateDictError
  state = {k: v.numpy() for k, v in Tied().state_dict().items()}
  state["head.weight"] = state["head.weight"] + 1
  with pytest.raises(StateDictError, match="'embed.weight' and 'head.weight'"): Tied().load_state_dict(state)


def test_shared_module_is_listed_once():
  """A layer used twice: one module, one set of parameters, both names in the state dict (as torch)."""
  shared, tshared = nn.Linear(3, 3), torch.nn.Linear(3, 3)
  pm, tm = nn.Sequential(shared, nn.ReLU(), shared), torch.nn.Sequential(tshared, torch.nn.ReLU(), tshared)
  assert [n for n, _ in pm.named_modules()] == [n for n, _ in tm.named_modules()]
  assert len(list(pm.modules())) == len(list(tm.modules())) == 3
  assert [n for n, _ in pm.named_parameters()] == [n for n, _ in tm.named_parameters()]
  every = dict(remove_duplicate=False)
  assert [n for n, _ in pm.named_parameters(**every)] == [n for n, _ in tm.named_parameters(**every)]
  assert list(pm.state_dict()) == list(tm.state_dict())
  assert [n for n, _ in pm.named_parameters(prefix="model")] == [n for n, _ in tm.named_parameters(prefix="model")]
  compare(pm, tm, *inputs((2, 3)))


def test_shared_buffers_are_listed_once():
  bn = nn.BatchNorm1d(3)
  pm, tm = nn.Sequential(bn, bn), torch.nn.Sequential(*[torch.nn.BatchNorm1d(3)] * 2)
  assert [n for n, _ in pm.named_buffers()] == [n for n, _ in tm.named_buffers()]
  assert len(pm.buffers()) == 3 and list(pm.state_dict()) == list(tm.state_dict())


@pytest.mark.parametrize("make", [lambda p, lib: lib.SGD(p, lr=0.1, momentum=0.9), lambda p, lib: lib.Adam(p, lr=0.01)],
                         ids=["sgd", "adam"])
def test_tied_weights_train_like_torch(make):
  """A weight shared by an embedding and a head is one parameter: updated once per step, with the sum of both
  uses' gradients, as in PyTorch (listing it twice would apply the step twice)."""
  pm, tm = Tied(), TorchTied()
  copy_weights(pm, tm)
  opt, topt = make(pm.parameters(), optim), make(tm.parameters(), torch.optim)
  rng = np.random.default_rng(3)
  for _ in range(5):
    idx, labels = rng.integers(0, 10, size=(4, 3)), rng.integers(0, 10, size=(4, 3))
    opt.zero_grad()
    topt.zero_grad()
    pm(Tensor(idx.astype(np.int32))).transpose(1, 2).cross_entropy(Tensor(labels.astype(np.uint8))).backward()
    torch.nn.functional.cross_entropy(tm(torch.tensor(idx)).transpose(1, 2), torch.tensor(labels)).backward()
    opt.step()
    topt.step()
  assert pm.head.weight is pm.embed.weight
  for name, t in tm.state_dict().items():
    np.testing.assert_allclose(pm.state_dict()[name].numpy(), t.numpy(), rtol=1e-5, atol=1e-5, err_msg=name)

