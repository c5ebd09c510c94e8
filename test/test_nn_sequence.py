"""Sequence modules (RNN, LSTM, GRU and their cells, MultiheadAttention, the Transformer family) against torch.nn:
the same weights (copied through load_state_dict), the same random inputs, masks and states give the same outputs,
and the same gradients of every input and parameter, in train mode (dropout 0, so deterministic) and eval mode. Also
PyTorch's initializations, kernel counts of the recurrent loop, a few checks on the EMU device, and the errors bad
input gets.

Sizes are small and shared between cases: each distinct kernel compiles once per process.
Tolerances: NN (atol 1e-5, rtol 1e-4), float32 sums in a different order than PyTorch's.
"""
import math
import os
import sys
import numpy as np
import pytest
import torch
from picograd import Tensor, nn
from picograd.errors import DTypeError, PicogradError, ShapeError

sys.path.insert(0, os.path.dirname(__file__))
from helpers import assert_close, rand_array  # noqa: E402

NN = dict(atol=1e-5, rtol=1e-4)
I, H, T, N = 3, 4, 2, 2   # input size, hidden size, sequence length, batch


def copy_weights(pm: nn.Module, tm: torch.nn.Module):
  pm.load_state_dict({k: v.detach().numpy() for k, v in tm.state_dict().items()})


def _flat(out) -> list:
  if out is None: return []
  if isinstance(out, (tuple, list)): return [t for o in out for t in _flat(o)]
  return [out]


def compare(pm: nn.Module, tm: torch.nn.Module, arrays, call=lambda m, *xs: m(*xs), train: bool = True,
            device: str = "CPU", seed: int = 0, constants=()):
  """call(module, *tensors) on both: every output agrees, then (backward of a random weighting of all outputs) the
  gradient of every float array but those at the indices `constants`, and of every parameter. None passes through as
  None; bool arrays are masks."""
  copy_weights(pm, tm)
  pm.train(train).to(device)
  tm.train(train)
  needs = [a is not None and a.dtype.kind == "f" and i not in constants for i, a in enumerate(arrays)]
  px = [None if a is None else Tensor(a, device=device, requires_grad=g) for a, g in zip(arrays, needs)]
  tx = [None if a is None else torch.tensor(a, requires_grad=g) for a, g in zip(arrays, needs)]
  pout, tout = _flat(call(pm, *px)), _flat(call(tm, *tx))
  assert len(pout) == len(tout), f"{len(pout)} outputs, torch {len(tout)}"
  for i, (p, t) in enumerate(zip(pout, tout)): assert_close(p, t, **NN, what=f"output {i}")
  rng = np.random.default_rng(seed + 1)
  gs = [rand_array(rng, tuple(t.shape), 0.5, 1.5) for t in tout]
  torch.autograd.backward(tout, [torch.tensor(g) for g in gs])
  sum((p * Tensor(g, device=device)).sum() for p, g in zip(pout, gs)).backward()
  for i, (p, t) in enumerate(zip(px, tx)):
    if t is not None and t.requires_grad: assert_close(p.grad, t.grad, **NN, what=f"grad of input {i}")
  tparams = dict(tm.named_parameters())
  assert sorted(tparams) == sorted(n for n, _ in pm.named_parameters())
  for name, p in pm.named_parameters(): assert_close(p.grad, tparams[name].grad, **NN, what=f"grad of {name}")
  return pout, tout


def arrays(*shapes, seed=0, low=-1, high=1):
  rng = np.random.default_rng(seed)
  return [rand_array(rng, s, low, high) for s in shapes]


def bool_mask(shape, seed=0, p=0.3, keep_first=True):
  """True = may not attend; the first key of every row stays allowed (a fully masked row is NaN in both)."""
  m = np.random.default_rng(seed + 100).random(shape) < p
  if keep_first: m[..., 0] = False
  return m


# ---- RNN, LSTM, GRU -------------------------------------------------------------------------------------------------
# id -> (class name, constructor kwargs, batch_first-aware input shape, initial state?, train?)
RNNS = {
  "rnn_tanh_h0": ("RNN", dict(), (T, N, I), True, True),
  "rnn_relu_bidir_2layers_bf": ("RNN", dict(nonlinearity="relu", num_layers=2, bidirectional=True, batch_first=True),
                                (N, T, I), True, False),
  "lstm_2layers_bf_state": ("LSTM", dict(num_layers=2, batch_first=True), (N, T, I), True, True),
  "lstm_bidir_eval_longer": ("LSTM", dict(bidirectional=True), (2 * T + 1, N, I), False, False),
  "lstm_unbatched_no_bias_state": ("LSTM", dict(bias=False, bidirectional=True), (T, I), True, True),
  "lstm_proj_bidir_2layers": ("LSTM", dict(proj_size=2, bidirectional=True, num_layers=2), (T, N, I), True, True),
  "gru_bidir_2layers_h0": ("GRU", dict(num_layers=2, bidirectional=True), (T, N, I), True, True),
  "gru_bf_no_bias_unbatched": ("GRU", dict(batch_first=True, bias=False), (T, I), False, False),
  "gru_bf_no_bias": ("GRU", dict(batch_first=True, bias=False), (N, T, I), False, False),
}


def _state_shapes(kwargs, x_shape, lstm: bool):
  layers = kwargs.get("num_layers", 1) * (2 if kwargs.get("bidirectional") else 1)
  batch = () if len(x_shape) == 2 else (x_shape[0] if kwargs.get("batch_first") else x_shape[1],)
  h = (layers, *batch, kwargs.get("proj_size") or H)
  return [h, (layers, *batch, H)] if lstm else [h]


@pytest.mark.filterwarnings("ignore:LSTM with projections is not supported with oneDNN")
@pytest.mark.parametrize("name", list(RNNS))
def test_recurrent_matches_torch(name):
  cls, kwargs, x_shape, with_state, train = RNNS[name]
  lstm = cls == "LSTM"
  shapes = [x_shape] + (_state_shapes(kwargs, x_shape, lstm) if with_state else [])
  if lstm and with_state: call = lambda m, x, h, c: m(x, (h, c))   # noqa: E731
  else: call = lambda m, *xs: m(*xs)   # noqa: E731
  compare(getattr(nn, cls)(I, H, **kwargs), getattr(torch.nn, cls)(I, H, **kwargs), arrays(*shapes), call, train)


@pytest.mark.parametrize("cls", ["RNN", "LSTM", "GRU"])
def test_recurrent_state_dict_keys_shapes_and_init(cls):
  kwargs = dict(num_layers=2, bidirectional=True, **(dict(proj_size=3) if cls == "LSTM" else {}))
  pm, tm = getattr(nn, cls)(5, 7, **kwargs), getattr(torch.nn, cls)(5, 7, **kwargs)
  assert {k: tuple(v.shape) for k, v in tm.state_dict().items()} == {k: v.shape for k, v in pm.state_dict().items()}
  assert list(tm.state_dict()) == list(pm.state_dict()), "PyTorch's order"
  values = np.concatenate([p.numpy().ravel() for p in pm.parameters()])
  bound = 1 / math.sqrt(7)
  assert np.abs(values).max() <= bound and np.abs(values).max() > 0.9 * bound and abs(values.mean()) < 0.05


def test_dropout_between_layers_in_training_only():
  pm, tm = nn.LSTM(I, H, num_layers=2, dropout=0.5), torch.nn.LSTM(I, H, num_layers=2, dropout=0.5)
  copy_weights(pm, tm)
  x = arrays((T, N, I))[0]
  want = tm.eval()(torch.tensor(x))[0].detach().numpy()
  np.testing.assert_allclose(pm.eval()(Tensor(x))[0].numpy(), want, **NN)
  Tensor.manual_seed(0)
  assert not np.allclose(pm.train()(Tensor(x))[0].numpy(), want, **NN), "dropout is applied in training"
  with pytest.warns(UserWarning, match="acts only between layers"): one = nn.GRU(I, H, dropout=0.5).train()
  assert np.array_equal(one(Tensor(x))[0].numpy(), one.eval()(Tensor(x))[0].numpy())


CELLS = {
  "rnn_cell_tanh": ("RNNCell", dict(), (N, I), True),
  "rnn_cell_relu_unbatched": ("RNNCell", dict(nonlinearity="relu"), (I,), True),
  "lstm_cell": ("LSTMCell", dict(), (N, I), True),
  "lstm_cell_no_state": ("LSTMCell", dict(bias=False), (N, I), False),
  "gru_cell_unbatched": ("GRUCell", dict(), (I,), True),
  "gru_cell_no_state": ("GRUCell", dict(), (N, I), False),
}


@pytest.mark.parametrize("name", list(CELLS))
def test_cell_matches_torch(name):
  cls, kwargs, x_shape, with_state = CELLS[name]
  state = (*x_shape[:-1], H)
  lstm = cls == "LSTMCell"
  shapes = [x_shape] + ([state] * (2 if lstm else 1) if with_state else [])
  call = (lambda m, x, h, c: m(x, (h, c))) if lstm and with_state else (lambda m, *xs: m(*xs))
  compare(getattr(nn, cls)(I, H, **kwargs), getattr(torch.nn, cls)(I, H, **kwargs), arrays(*shapes), call)


def _forward_kernels(m: nn.Module, x: Tensor) -> int:
  """Kernels of one forward, not counting those that make the (lazy, random) parameters."""
  out, state = m(x)
  return len(Tensor.schedule(out, *_flat(state))) - len(Tensor.schedule(*m.parameters()))


def test_recurrent_loop_kernel_counts():
  """Per layer: one input-projection matmul, then per step the recurrent matmul and one fused gate kernel (an RNN's
  nonlinearity fuses into its matmul); plus joining each layer's outputs and the final states (h_n, c_n)."""
  steps, layers = 8, 2
  x = Tensor(arrays((steps, 2, 8))[0])
  for cls, per_step, joins in ((nn.LSTM, 2, 4), (nn.GRU, 2, 3), (nn.RNN, 1, 3)):
    assert _forward_kernels(cls(8, 16, num_layers=layers), x) <= layers * (1 + per_step * steps) + joins, cls.__name__
  both = nn.LSTM(8, 16, num_layers=layers, bidirectional=True)   # both directions in the same kernels
  assert _forward_kernels(both, x) <= layers * (1 + 2 * steps) + 4 + 5 * layers   # + stacking weights, flipped input


# ---- MultiheadAttention ---------------------------------------------------------------------------------------------
E, HEADS, L, S = 8, 2, 3, 4   # embed dim, heads, query length, key length


def _mha_case(kwargs, self_attention, batched=True, kdim=E, vdim=E):
  bf = kwargs.get("batch_first", False)
  def shape(seq, dim): return ((N, seq, dim) if bf else (seq, N, dim)) if batched else (seq, dim)
  if self_attention: return arrays(shape(S, E))
  return arrays(shape(L, E), shape(S, kdim), shape(S, vdim), seed=1)


def test_mha_self_attention_weights_train():
  (x,) = _mha_case({}, True)
  compare(nn.MultiheadAttention(E, HEADS), torch.nn.MultiheadAttention(E, HEADS), [x], lambda m, x: m(x, x, x))


def test_mha_batch_first_kdim_vdim_bool_masks_per_head_weights():
  kw = dict(batch_first=True, kdim=5, vdim=6)
  q, k, v = _mha_case(kw, False, kdim=5, vdim=6)
  masks = [bool_mask((L, S)), bool_mask((N, S), seed=1)]
  def call(m, q, k, v, am, kpm): return m(q, k, v, attn_mask=am, key_padding_mask=kpm, average_attn_weights=False)
  compare(nn.MultiheadAttention(E, HEADS, **kw), torch.nn.MultiheadAttention(E, HEADS, **kw), [q, k, v, *masks], call)


def test_mha_float_3d_mask_float_padding_eval_no_weights():
  q, k, v = _mha_case({}, False)
  am, kpm = arrays((N * HEADS, L, S), (N, S), seed=2, low=-3, high=0)   # float masks get gradients too
  call = lambda m, q, k, v, am, kpm: m(q, k, v, attn_mask=am, key_padding_mask=kpm, need_weights=False)  # noqa: E731
  compare(nn.MultiheadAttention(E, HEADS), torch.nn.MultiheadAttention(E, HEADS), [q, k, v, am, kpm], call, train=False)


def test_mha_unbatched_3d_mask_no_bias():
  q, k, v = _mha_case({}, False, batched=False)
  call = lambda m, q, k, v, am: m(q, k, v, attn_mask=am)  # noqa: E731
  compare(nn.MultiheadAttention(E, HEADS, bias=False), torch.nn.MultiheadAttention(E, HEADS, bias=False),
          [q, k, v, bool_mask((HEADS, L, S))], call)


@pytest.mark.parametrize("need_weights", [False, True])
def test_mha_is_causal(need_weights):
  (x,) = _mha_case(dict(batch_first=True), True)
  mask = torch.nn.Transformer.generate_square_subsequent_mask(S).numpy()
  call = lambda m, x, am: m(x, x, x, attn_mask=am, is_causal=True, need_weights=need_weights)  # noqa: E731
  compare(nn.MultiheadAttention(E, HEADS, batch_first=True), torch.nn.MultiheadAttention(E, HEADS, batch_first=True),
          [x, mask], call, constants=(1,))


def test_mha_bias_kv_and_zero_attn_with_masks():
  kw = dict(add_bias_kv=True, add_zero_attn=True)
  q, k, v = _mha_case(kw, False)
  call = lambda m, q, k, v, am, kpm: m(q, k, v, attn_mask=am, key_padding_mask=kpm)  # noqa: E731
  compare(nn.MultiheadAttention(E, HEADS, **kw), torch.nn.MultiheadAttention(E, HEADS, **kw),
          [q, k, v, bool_mask((L, S)), bool_mask((N, S), seed=3)], call)


def test_mha_parameters_and_init():
  pm, tm = nn.MultiheadAttention(E, HEADS, kdim=5, vdim=6), torch.nn.MultiheadAttention(E, HEADS, kdim=5, vdim=6)
  assert {k: tuple(v.shape) for k, v in tm.state_dict().items()} == {k: v.shape for k, v in pm.state_dict().items()}
  assert pm.in_proj_weight is None and "in_proj_weight" not in pm.state_dict()
  assert not pm.in_proj_bias.numpy().any() and not pm.out_proj.bias.numpy().any()
  w = nn.MultiheadAttention(E, HEADS).in_proj_weight.numpy()
  bound = math.sqrt(6 / (E + 3 * E))   # xavier_uniform over (3E, E)
  assert w.shape == (3 * E, E) and np.abs(w).max() <= bound and np.abs(w).max() > 0.8 * bound


# ---- Transformer layers ---------------------------------------------------------------------------------------------
D_FF = 16
LAYER_KW = dict(dim_feedforward=D_FF, dropout=0.0)


def _seq(seq, bf, seed=0): return arrays((N, seq, E) if bf else (seq, N, E), seed=seed)[0]


ENCODER_LAYERS = {"post_norm": (dict(), True), "pre_norm_bf_eval": (dict(norm_first=True, batch_first=True), False),
                  "no_bias": (dict(bias=False, layer_norm_eps=1e-3), True)}


@pytest.mark.parametrize("kw, train", ENCODER_LAYERS.values(), ids=list(ENCODER_LAYERS))
def test_encoder_layer(kw, train):
  kw = {**LAYER_KW, **kw}
  x = _seq(S, kw.get("batch_first", False))
  call = lambda m, x, am, kpm: m(x, src_mask=am, src_key_padding_mask=kpm)  # noqa: E731
  compare(nn.TransformerEncoderLayer(E, HEADS, **kw), torch.nn.TransformerEncoderLayer(E, HEADS, **kw),
          [x, bool_mask((S, S)), bool_mask((N, S), seed=1)], call, train)


def test_activation_names():
  """'gelu' is F.gelu exactly as in PyTorch (its numerics are F.gelu's, tested with the ops; compiling its kernels
  here again would double this file's time)."""
  assert nn.TransformerEncoderLayer(E, HEADS, D_FF, activation="gelu").activation is nn.functional.gelu
  assert nn.TransformerDecoderLayer(E, HEADS, D_FF, activation="relu").activation is nn.functional.relu


@pytest.mark.parametrize("norm_first", [False, True])
def test_decoder_layer(norm_first):
  kw = dict(LAYER_KW, norm_first=norm_first, batch_first=True)
  tgt, mem = _seq(L, True), _seq(S, True, seed=1)
  causal = torch.nn.Transformer.generate_square_subsequent_mask(L).numpy()
  def call(m, t, mem, t_mask, m_mask, kpm):
    return m(t, mem, tgt_mask=t_mask, memory_mask=m_mask, memory_key_padding_mask=kpm)
  pm = nn.TransformerDecoderLayer(E, HEADS, activation=lambda x: x.tanh(), **kw)   # any callable
  tm = torch.nn.TransformerDecoderLayer(E, HEADS, activation=lambda x: x.tanh(), **kw)
  compare(pm, tm, [tgt, mem, causal, bool_mask((L, S)), bool_mask((N, S), seed=2)], call, train=not norm_first,
          constants=(2,))


def test_encoder_stack_eval():
  enc_p = nn.TransformerEncoder(nn.TransformerEncoderLayer(E, HEADS, **LAYER_KW), 2, norm=nn.LayerNorm(E))
  enc_t = torch.nn.TransformerEncoder(torch.nn.TransformerEncoderLayer(E, HEADS, **LAYER_KW), 2,
                                      norm=torch.nn.LayerNorm(E), enable_nested_tensor=False)
  assert enc_p.layers[0] is not enc_p.layers[1] and enc_p.layers[0].linear1.weight is not enc_p.layers[1].linear1.weight
  call = lambda m, x, kpm: m(x, src_key_padding_mask=kpm)  # noqa: E731
  compare(enc_p, enc_t, [_seq(S, False), bool_mask((N, S))], call, train=False)


@pytest.mark.filterwarnings("ignore:enable_nested_tensor is True")
def test_transformer_batch_first_with_masks():
  """Also the decoder stack (two layers) and the final norms."""
  kw = dict(d_model=E, nhead=HEADS, num_encoder_layers=1, num_decoder_layers=2, batch_first=True, **LAYER_KW)
  pm, tm = nn.Transformer(**kw), torch.nn.Transformer(**kw)
  causal = nn.Transformer.generate_square_subsequent_mask(L)
  np.testing.assert_array_equal(causal.numpy(), torch.nn.Transformer.generate_square_subsequent_mask(L).numpy())
  def call(m, s, t, am, kpm): return m(s, t, tgt_mask=am, src_key_padding_mask=kpm, memory_key_padding_mask=kpm)
  compare(pm, tm, [_seq(S, True), _seq(L, True, 1), causal.numpy(), bool_mask((N, S))], call, constants=(2,))


@pytest.mark.filterwarnings("ignore:enable_nested_tensor is True")
def test_transformer_init_is_xavier():
  m = nn.Transformer(d_model=E, nhead=HEADS, num_encoder_layers=1, num_decoder_layers=1, dim_feedforward=D_FF)
  w = m.encoder.layers[0].linear1.weight.numpy()
  bound = math.sqrt(6 / (E + D_FF))
  assert np.abs(w).max() <= bound and np.abs(w).max() > 0.8 * bound
  assert {k: tuple(v.shape) for k, v in torch.nn.Transformer(E, HEADS, 1, 1, D_FF).state_dict().items()} == \
    {k: v.shape for k, v in m.state_dict().items()}


# ---- on the emulator ------------------------------------------------------------------------------------------------
def test_lstm_on_emu():
  kw = dict(bidirectional=True)
  compare(nn.LSTM(2, 2, **kw), torch.nn.LSTM(2, 2, **kw), arrays((2, 1, 2)), device="EMU")


def test_mha_on_emu():
  q, k, v = arrays((2, 1, 4), (3, 1, 4), (3, 1, 4))
  call = lambda m, q, k, v, kpm: m(q, k, v, key_padding_mask=kpm)  # noqa: E731
  compare(nn.MultiheadAttention(4, 2), torch.nn.MultiheadAttention(4, 2), [q, k, v, bool_mask((1, 3))], call,
          device="EMU")


# ---- bad input ------------------------------------------------------------------------------------------------------
def t(*shape, dtype=np.float32): return Tensor(np.ones(shape, dtype))


def attend(batch_first=False, **kwargs):
  """Time-major query, key and value: right for batch_first=False only."""
  return nn.MultiheadAttention(E, HEADS, batch_first=batch_first)(t(L, N, E), t(S, N, E), t(S, N, E), **kwargs)


BAD = [
  ("rnn 4-D input", lambda: nn.RNN(3, 4)(t(5, 2, 3, 1)), ShapeError,
   r"input \(seq, batch, input_size\).*\(5, 2, 3, 1\)"),
  ("rnn input size", lambda: nn.GRU(3, 4)(t(5, 2, 4)), ShapeError, r"input_size 3 .*got shape \(5, 2, 4\)"),
  ("rnn h0 layers", lambda: nn.RNN(3, 4, num_layers=2)(t(5, 2, 3), t(1, 2, 4)), ShapeError,
   r"h_0 of shape \(2, 2, 4\), got \(1, 2, 4\)"),
  ("batch_first mismatch", lambda: nn.GRU(3, 4, batch_first=True)(t(5, 2, 3), t(1, 2, 4)), ShapeError,
   r"h_0 of shape \(1, 5, 4\), got \(1, 2, 4\).*batch_first=True"),
  ("unbatched with batched h0", lambda: nn.RNN(3, 4)(t(5, 3), t(1, 2, 4)), ShapeError,
   r"h_0 of shape \(1, 4\), got \(1, 2, 4\)"),
  ("lstm c0 shape", lambda: nn.LSTM(3, 4)(t(5, 2, 3), (t(1, 2, 4), t(1, 2, 5))), ShapeError,
   r"c_0 of shape \(1, 2, 4\), got \(1, 2, 5\)"),
  ("lstm hx not a tuple", lambda: nn.LSTM(3, 4)(t(5, 2, 3), t(1, 2, 4)), TypeError, r"tuple \(h_0, c_0\)"),
  ("rnn input dtype", lambda: nn.RNN(3, 4)(t(5, 2, 3, dtype=np.int32)), DTypeError, r"input is int32.*float32"),
  ("cell input size", lambda: nn.LSTMCell(3, 4)(t(2, 4)), ShapeError, r"\(batch, 3\).*got shape \(2, 4\)"),
  ("cell state shape", lambda: nn.GRUCell(3, 4)(t(2, 3), t(3, 4)), ShapeError, r"hx of shape \(2, 4\).*got \(3, 4\)"),
  ("bad nonlinearity", lambda: nn.RNN(3, 4, nonlinearity="gelu"), ValueError, r"'tanh' or 'relu'"),
  ("mha heads", lambda: nn.MultiheadAttention(E, 3), ValueError, r"embed_dim 8 is not divisible by num_heads 3"),
  ("mha embed size", lambda: nn.MultiheadAttention(E, HEADS)(t(L, N, E - 1), t(S, N, E), t(S, N, E)), ShapeError,
   r"query with 8 features.*\(3, 2, 7\)"),
  ("mha batch_first mismatch", lambda: attend(batch_first=True), ShapeError, r"differ in batch size.*batch_first=True"),
  ("mha key value", lambda: nn.MultiheadAttention(E, HEADS)(t(L, N, E), t(S, N, E), t(S + 1, N, E)), ShapeError,
   r"key \(4, 2, 8\) and value \(5, 2, 8\)"),
  ("mha attn_mask shape", lambda: attend(attn_mask=t(S, L)), ShapeError,
   r"attn_mask of shape \(3, 4\) or \(4, 3, 4\).*got \(4, 3\)"),
  ("mha padding mask shape", lambda: attend(key_padding_mask=t(S, N)), ShapeError,
   r"key_padding_mask of shape \(2, 4\).*got \(4, 2\)"),
  ("mha mask dtype", lambda: attend(attn_mask=t(L, S, dtype=np.int32)), DTypeError,
   r"attn_mask must be bool or floating point, got int32"),
  ("mha padding mask dtype", lambda: attend(key_padding_mask=t(N, S, dtype=np.int32)), DTypeError,
   r"key_padding_mask must be bool or floating point, got int32"),
  ("mha causal without mask", lambda: attend(is_causal=True), PicogradError,
   r"is_causal=True needs the causal attn_mask"),
  ("mha unbatched query, batched key", lambda: nn.MultiheadAttention(E, HEADS)(t(L, E), t(S, N, E), t(S, N, E)),
   ShapeError, r"key \(4, 2, 8\) must have as many dimensions as query \(3, 8\)"),
  ("transformer batch", lambda: nn.Transformer(E, HEADS, 1, 1, D_FF)(t(S, N, E), t(L, N + 1, E)), ShapeError,
   r"differ in batch size"),
  ("transformer d_model", lambda: nn.Transformer(E, HEADS, 1, 1, D_FF)(t(S, N, E + 1), t(L, N, E + 1)), ShapeError,
   r"d_model=8"),
  ("bad activation", lambda: nn.TransformerEncoderLayer(E, HEADS, activation="swish"), ValueError, r"'relu', 'gelu'"),
]


@pytest.mark.parametrize("name, fn, error, message", BAD, ids=[b[0] for b in BAD])
def test_bad_input_is_refused(name, fn, error, message):
  with pytest.raises(error, match=message): fn()
