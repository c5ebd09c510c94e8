"""PyTorch's attention and Transformer modules: MultiheadAttention, the encoder and decoder layers and stacks, and
Transformer, with PyTorch's arguments, defaults, state_dict keys, initialization and mask conventions.

Masks follow PyTorch's nn modules: a bool mask marks with True the positions that may NOT be attended (the opposite
of F.scaled_dot_product_attention's bool masks), a float mask is added to the attention scores. PyTorch's inference
fast path (nested tensors, which return zeros at padded positions) is not imitated: outputs are those of its
reference path.
"""
from __future__ import annotations
import copy
import math
from typing import Callable
from picograd.dtype import dtypes
from picograd.errors import DTypeError, PicogradError, ShapeError
from picograd.nn import functional as F, init
from picograd.nn.containers import ModuleList
from picograd.nn.layers import Dropout, Linear, _uniform
from picograd.nn.module import Module
from picograd.nn.norm import LayerNorm
from picograd.tensor import Tensor


def _xavier(*shape: int) -> Tensor: return _uniform(shape, math.sqrt(6.0 / (shape[0] + shape[1])))


def _float_mask(mask: Tensor, name: str, dtype) -> Tensor:
  """A mask as the float added to the scores: a bool True (may not attend) becomes -inf."""
  if not isinstance(mask, Tensor):
    raise TypeError(f"MultiheadAttention: {name} must be a Tensor, got {type(mask).__name__}")
  if mask.dtype == dtypes.bool: return mask.where(float("-inf"), 0.0).cast(dtype)
  if not mask.dtype.is_float:
    raise DTypeError(f"MultiheadAttention: {name} must be bool or floating point, got {mask.dtype.name}")
  return mask


def _causal_mask(rows: int, cols: int, device=None, dtype=None) -> Tensor:
  """0 on and below the diagonal, -inf above it: position i attends to positions 0..i."""
  above = Tensor.arange(rows, device=device).reshape(rows, 1) < Tensor.arange(cols, device=device)
  return above.where(float("-inf"), 0.0).cast(dtype or dtypes.default_float)


class MultiheadAttention(Module):
  """Attention over num_heads heads of embed_dim // num_heads features. Returns (output, weights): the weights are
  averaged over the heads unless average_attn_weights=False, and None when need_weights=False."""

  def __init__(self, embed_dim: int, num_heads: int, dropout: float = 0.0, bias: bool = True, add_bias_kv: bool = False,
               add_zero_attn: bool = False, kdim: int | None = None, vdim: int | None = None, batch_first: bool = False,
               device=None, dtype=None):
    super().__init__()
    if embed_dim <= 0 or num_heads <= 0:
      raise ValueError(f"MultiheadAttention: embed_dim and num_heads must be positive, got {embed_dim} and {num_heads}")
    if embed_dim % num_heads:
      raise ValueError(f"MultiheadAttention: embed_dim {embed_dim} is not divisible by num_heads {num_heads}")
    self.embed_dim, self.num_heads, self.head_dim = embed_dim, num_heads, embed_dim // num_heads
    self.kdim = kdim if kdim is not None else embed_dim
    self.vdim = vdim if vdim is not None else embed_dim
    self._qkv_same_embed_dim = self.kdim == embed_dim and self.vdim == embed_dim
    self.dropout, self.batch_first, self.add_zero_attn = dropout, batch_first, add_zero_attn
    same = self._qkv_same_embed_dim   # one packed (3E, E) weight, or one per projection when key or value differ
    self.in_proj_weight = _xavier(3 * embed_dim, embed_dim) if same else None
    self.q_proj_weight = None if same else _xavier(embed_dim, embed_dim)
    self.k_proj_weight = None if same else _xavier(embed_dim, self.kdim)
    self.v_proj_weight = None if same else _xavier(embed_dim, self.vdim)
    self.in_proj_bias = Tensor.zeros(3 * embed_dim, requires_grad=True) if bias else None
    self.out_proj = Linear(embed_dim, embed_dim, bias=bias)
    if bias: self.out_proj.bias = Tensor.zeros(embed_dim, requires_grad=True)
    std = math.sqrt(1.0 / embed_dim)   # xavier_normal_ of a (1, 1, embed_dim) tensor
    self.bias_k = (Tensor.randn(1, 1, embed_dim) * std).requires_grad_() if add_bias_kv else None
    self.bias_v = (Tensor.randn(1, 1, embed_dim) * std).requires_grad_() if add_bias_kv else None
    if device is not None or dtype is not None: self.to(device=device, dtype=dtype)

  # ---- checks ---------------------------------------------------------------------------------------------------
  def _check(self, query: Tensor, key: Tensor, value: Tensor) -> bool:
    """Raises on inputs PyTorch refuses; returns whether they are batched (3-D)."""
    layout = "(batch, seq, feature)" if self.batch_first else "(seq, batch, feature)"
    for what, t in (("query", query), ("key", key), ("value", value)):
      if not isinstance(t, Tensor):
        raise TypeError(f"MultiheadAttention: {what} must be a Tensor, got {type(t).__name__}")
    if query.ndim not in (2, 3):
      raise ShapeError(f"MultiheadAttention: expected query {layout} or unbatched (seq, feature), "
                       f"got shape {query.shape}")
    for what, t, size in (("query", query, self.embed_dim), ("key", key, self.kdim), ("value", value, self.vdim)):
      if t.ndim != query.ndim:
        raise ShapeError(f"MultiheadAttention: {what} {t.shape} must have as many dimensions as query {query.shape}")
      if t.shape[-1] != size:
        raise ShapeError(f"MultiheadAttention: expected {what} with {size} features in its last axis {layout}, got "
                         f"shape {t.shape}")
    if key.shape[:-1] != value.shape[:-1]:
      raise ShapeError(f"MultiheadAttention: key {key.shape} and value {value.shape} differ in sequence or batch")
    batch_axis = 0 if self.batch_first else 1
    if query.ndim == 3 and query.shape[batch_axis] != key.shape[batch_axis]:
      raise ShapeError(f"MultiheadAttention: query {query.shape} and key {key.shape} differ in batch size (axis "
                       f"{batch_axis} with batch_first={self.batch_first}: inputs are {layout})")
    for what, t in (("query", query), ("key", key), ("value", value)):
      if t.dtype != query.dtype or not t.dtype.is_float:
        raise DTypeError(f"MultiheadAttention: query, key and value must share one floating dtype, got query "
                         f"{query.dtype.name} and {what} {t.dtype.name}")
    return query.ndim == 3

  def _check_masks(self, attn_mask, key_padding_mask, batch: int | None, tgt: int, src: int):
    if key_padding_mask is not None:
      want = (batch, src) if batch is not None else (src,)
      if key_padding_mask.shape != want:
        raise ShapeError(f"MultiheadAttention: expected key_padding_mask of shape {want} (batch, key length), got "
                         f"{key_padding_mask.shape}")
    if attn_mask is not None:
      heads = self.num_heads * (batch if batch is not None else 1)
      wants = [(tgt, src), (heads, tgt, src)]
      if attn_mask.shape not in wants:
        raise ShapeError(f"MultiheadAttention: expected attn_mask of shape {wants[0]} or {wants[1]} (batch * heads, "
                         f"query length, key length), got {attn_mask.shape}")

  # ---- computation ------------------------------------------------------------------------------------------------
  def _project(self, query: Tensor, key: Tensor, value: Tensor, same: bool) -> tuple[Tensor, Tensor, Tensor]:
    """q, k and v; for self-attention (one tensor as query, key and value) by one matmul."""
    b = self.in_proj_bias
    if self._qkv_same_embed_dim and same: return query.linear(self.in_proj_weight, b).split(self.embed_dim, dim=-1)
    if self._qkv_same_embed_dim: weights = self.in_proj_weight.chunk(3)
    else: weights = (self.q_proj_weight, self.k_proj_weight, self.v_proj_weight)
    biases = b.chunk(3) if b is not None else (None, None, None)
    return tuple(x.linear(w, bias) for x, w, bias in zip((query, key, value), weights, biases))

  def _mask(self, attn_mask, key_padding_mask, batch: int, tgt: int, src: int, dtype) -> Tensor | None:
    """The additive mask (batch or 1, heads or 1, tgt, src): both masks combined, a zero column for each key added by
    add_bias_kv and add_zero_attn."""
    mask = None
    if attn_mask is not None:
      mask = _float_mask(attn_mask, "attn_mask", dtype)
      mask = mask.reshape(1, 1, tgt, src) if mask.ndim == 2 else mask.reshape(-1, self.num_heads, tgt, src)
    if key_padding_mask is not None:
      padding = _float_mask(key_padding_mask, "key_padding_mask", dtype).reshape(batch, 1, 1, src)
      mask = padding if mask is None else mask + padding
    extra = int(self.bias_k is not None) + int(self.add_zero_attn)
    return F.pad(mask, (0, extra)) if mask is not None and extra else mask

  def _heads(self, x: Tensor) -> Tensor:
    """(seq, batch, embed) -> (batch, heads, seq, head_dim)."""
    return x.reshape(x.shape[0], x.shape[1], self.num_heads, self.head_dim).permute(1, 2, 0, 3)

  def _keys_values(self, k: Tensor, v: Tensor, batch: int) -> tuple[Tensor, Tensor]:
    """Keys and values with their heads, and the extra key add_bias_kv and add_zero_attn append."""
    if self.bias_k is not None:
      k, v = k.cat(self.bias_k.expand(1, batch, self.embed_dim)), v.cat(self.bias_v.expand(1, batch, self.embed_dim))
    k, v = self._heads(k), self._heads(v)
    if self.add_zero_attn: k, v = F.pad(k, (0, 0, 0, 1)), F.pad(v, (0, 0, 0, 1))
    return k, v

  def forward(self, query: Tensor, key: Tensor, value: Tensor, key_padding_mask: Tensor | None = None,
              need_weights: bool = True, attn_mask: Tensor | None = None, average_attn_weights: bool = True,
              is_causal: bool = False) -> tuple[Tensor, Tensor | None]:
    """is_causal is PyTorch's hint that attn_mask is causal: the mask is required, and (as in PyTorch) replaced by
    the causal mask when neither key_padding_mask nor the weights are asked for."""
    batched, same = self._check(query, key, value), query is key and key is value
    if not batched:
      query, key, value = query.unsqueeze(1), key.unsqueeze(1), value.unsqueeze(1)
    elif self.batch_first:
      query, key, value = query.transpose(0, 1), key.transpose(0, 1), value.transpose(0, 1)
    tgt, batch, src = query.shape[0], query.shape[1], key.shape[0]
    self._check_masks(attn_mask, key_padding_mask, batch if batched else None, tgt, src)
    if key_padding_mask is not None and not batched: key_padding_mask = key_padding_mask.unsqueeze(0)
    if is_causal and attn_mask is None:
      raise PicogradError("MultiheadAttention: is_causal=True needs the causal attn_mask too "
                          "(Transformer.generate_square_subsequent_mask makes one)")
    causal = is_causal and key_padding_mask is None and not need_weights
    mask = None if causal else self._mask(attn_mask, key_padding_mask, batch, tgt, src, query.dtype)
    q, k, v = self._project(query, key, value, same)
    k, v = self._keys_values(k, v, batch)
    if causal: mask = _causal_mask(tgt, k.shape[2], query.device, query.dtype)
    scores = (self._heads(q) * (1 / math.sqrt(self.head_dim))) @ k.transpose(-1, -2)
    weights = (scores if mask is None else scores + mask).softmax(-1)
    if self.training and self.dropout > 0: weights = weights.dropout(self.dropout, training=True)
    out = self.out_proj((weights @ v).permute(2, 0, 1, 3).reshape(tgt, batch, self.embed_dim))
    out = out.squeeze(1) if not batched else out.transpose(0, 1) if self.batch_first else out
    if not need_weights: return out, None
    if average_attn_weights: weights = weights.mean(1)
    return out, (weights if batched else weights.squeeze(0))


def _activation_fn(activation: str | Callable) -> Callable:
  if activation == "relu": return F.relu
  if activation == "gelu": return F.gelu
  if callable(activation): return activation
  raise ValueError(f"activation should be 'relu', 'gelu' or a callable, not {activation!r}")


class TransformerEncoderLayer(Module):
  """Self-attention then a feed-forward block, each with dropout, a residual connection and LayerNorm (after the
  residual, or before the block with norm_first=True)."""

  def __init__(self, d_model: int, nhead: int, dim_feedforward: int = 2048, dropout: float = 0.1,
               activation: str | Callable = F.relu, layer_norm_eps: float = 1e-5, batch_first: bool = False,
               norm_first: bool = False, bias: bool = True, device=None, dtype=None):
    super().__init__()
    self.self_attn = MultiheadAttention(d_model, nhead, dropout=dropout, bias=bias, batch_first=batch_first)
    _feed_forward(self, d_model, dim_feedforward, dropout, activation, bias)
    self.norm_first = norm_first
    self.norm1 = LayerNorm(d_model, eps=layer_norm_eps, bias=bias)
    self.norm2 = LayerNorm(d_model, eps=layer_norm_eps, bias=bias)
    self.dropout1, self.dropout2 = Dropout(dropout), Dropout(dropout)
    if device is not None or dtype is not None: self.to(device=device, dtype=dtype)

  def forward(self, src: Tensor, src_mask: Tensor | None = None, src_key_padding_mask: Tensor | None = None,
              is_causal: bool = False) -> Tensor:
    x, masks = src, (src_mask, src_key_padding_mask, is_causal)
    if self.norm_first:
      x = x + _attend(self.self_attn, self.dropout1, self.norm1(x), None, *masks)
      return x + _ff_block(self, self.dropout2, self.norm2(x))
    x = self.norm1(x + _attend(self.self_attn, self.dropout1, x, None, *masks))
    return self.norm2(x + _ff_block(self, self.dropout2, x))


def _feed_forward(layer: Module, d_model: int, dim_feedforward: int, dropout: float, activation, bias: bool):
  """linear1, dropout, linear2 and activation: the feed-forward block both layer kinds share, PyTorch's names."""
  layer.linear1 = Linear(d_model, dim_feedforward, bias=bias)
  layer.dropout = Dropout(dropout)
  layer.linear2 = Linear(dim_feedforward, d_model, bias=bias)
  layer.activation = _activation_fn(activation)


def _ff_block(layer: Module, out_dropout: Dropout, x: Tensor) -> Tensor:
  return out_dropout(layer.linear2(layer.dropout(layer.activation(layer.linear1(x)))))


def _attend(attn: MultiheadAttention, out_dropout: Dropout, x: Tensor, memory: Tensor | None, mask, padding,
            is_causal: bool) -> Tensor:
  """Self-attention over x, or x's attention over memory; the weights are not asked for, as in PyTorch's layers."""
  kv = x if memory is None else memory
  out, _ = attn(x, kv, kv, key_padding_mask=padding, need_weights=False, attn_mask=mask, is_causal=is_causal)
  return out_dropout(out)


class TransformerDecoderLayer(Module):
  """Self-attention, attention over the encoder's output (memory), then a feed-forward block, each with dropout, a
  residual connection and LayerNorm."""

  def __init__(self, d_model: int, nhead: int, dim_feedforward: int = 2048, dropout: float = 0.1,
               activation: str | Callable = F.relu, layer_norm_eps: float = 1e-5, batch_first: bool = False,
               norm_first: bool = False, bias: bool = True, device=None, dtype=None):
    super().__init__()
    self.self_attn = MultiheadAttention(d_model, nhead, dropout=dropout, bias=bias, batch_first=batch_first)
    self.multihead_attn = MultiheadAttention(d_model, nhead, dropout=dropout, bias=bias, batch_first=batch_first)
    _feed_forward(self, d_model, dim_feedforward, dropout, activation, bias)
    self.norm_first = norm_first
    self.norm1, self.norm2, self.norm3 = (LayerNorm(d_model, eps=layer_norm_eps, bias=bias) for _ in range(3))
    self.dropout1, self.dropout2, self.dropout3 = Dropout(dropout), Dropout(dropout), Dropout(dropout)
    if device is not None or dtype is not None: self.to(device=device, dtype=dtype)

  def forward(self, tgt: Tensor, memory: Tensor, tgt_mask: Tensor | None = None, memory_mask: Tensor | None = None,
              tgt_key_padding_mask: Tensor | None = None, memory_key_padding_mask: Tensor | None = None,
              tgt_is_causal: bool = False, memory_is_causal: bool = False) -> Tensor:
    own = (tgt_mask, tgt_key_padding_mask, tgt_is_causal)
    other = (memory_mask, memory_key_padding_mask, memory_is_causal)
    x = tgt
    if self.norm_first:
      x = x + _attend(self.self_attn, self.dropout1, self.norm1(x), None, *own)
      x = x + _attend(self.multihead_attn, self.dropout2, self.norm2(x), memory, *other)
      return x + _ff_block(self, self.dropout3, self.norm3(x))
    x = self.norm1(x + _attend(self.self_attn, self.dropout1, x, None, *own))
    x = self.norm2(x + _attend(self.multihead_attn, self.dropout2, x, memory, *other))
    return self.norm3(x + _ff_block(self, self.dropout3, x))


class TransformerEncoder(Module):
  """num_layers deep copies of encoder_layer, then the optional norm. is_causal=None reads the mask as it is (PyTorch
  checks whether it is causal, to pick a faster kernel that computes the same)."""

  def __init__(self, encoder_layer: TransformerEncoderLayer, num_layers: int, norm: Module | None = None,
               enable_nested_tensor: bool = True, mask_check: bool = True):
    super().__init__()
    self.layers = ModuleList([copy.deepcopy(encoder_layer) for _ in range(num_layers)])
    self.num_layers, self.norm = num_layers, norm

  def forward(self, src: Tensor, mask: Tensor | None = None, src_key_padding_mask: Tensor | None = None,
              is_causal: bool | None = None) -> Tensor:
    x = src
    for layer in self.layers:
      x = layer(x, src_mask=mask, src_key_padding_mask=src_key_padding_mask, is_causal=bool(is_causal))
    return self.norm(x) if self.norm is not None else x


class TransformerDecoder(Module):
  """num_layers deep copies of decoder_layer, then the optional norm."""

  def __init__(self, decoder_layer: TransformerDecoderLayer, num_layers: int, norm: Module | None = None):
    super().__init__()
    self.layers = ModuleList([copy.deepcopy(decoder_layer) for _ in range(num_layers)])
    self.num_layers, self.norm = num_layers, norm

  def forward(self, tgt: Tensor, memory: Tensor, tgt_mask: Tensor | None = None, memory_mask: Tensor | None = None,
              tgt_key_padding_mask: Tensor | None = None, memory_key_padding_mask: Tensor | None = None,
              tgt_is_causal: bool | None = None, memory_is_causal: bool = False) -> Tensor:
    x = tgt
    for layer in self.layers:
      x = layer(x, memory, tgt_mask=tgt_mask, memory_mask=memory_mask, tgt_key_padding_mask=tgt_key_padding_mask,
                memory_key_padding_mask=memory_key_padding_mask, tgt_is_causal=bool(tgt_is_causal),
                memory_is_causal=memory_is_causal)
    return self.norm(x) if self.norm is not None else x


class Transformer(Module):
  """An encoder and a decoder stack, each ending in a LayerNorm; every weight matrix starts xavier-uniform, as in
  PyTorch."""

  def __init__(self, d_model: int = 512, nhead: int = 8, num_encoder_layers: int = 6, num_decoder_layers: int = 6,
               dim_feedforward: int = 2048, dropout: float = 0.1, activation: str | Callable = F.relu,
               custom_encoder: Module | None = None, custom_decoder: Module | None = None, layer_norm_eps: float = 1e-5,
               batch_first: bool = False, norm_first: bool = False, bias: bool = True, device=None, dtype=None):
    super().__init__()
    args = (d_model, nhead, dim_feedforward, dropout, activation, layer_norm_eps, batch_first, norm_first, bias)
    self.encoder = custom_encoder if custom_encoder is not None else TransformerEncoder(
      TransformerEncoderLayer(*args), num_encoder_layers, LayerNorm(d_model, eps=layer_norm_eps, bias=bias))
    self.decoder = custom_decoder if custom_decoder is not None else TransformerDecoder(
      TransformerDecoderLayer(*args), num_decoder_layers, LayerNorm(d_model, eps=layer_norm_eps, bias=bias))
    for p in self.parameters():
      if p.ndim > 1: init.xavier_uniform_(p)
    self.d_model, self.nhead, self.batch_first = d_model, nhead, batch_first
    if device is not None or dtype is not None: self.to(device=device, dtype=dtype)

  def forward(self, src: Tensor, tgt: Tensor, src_mask: Tensor | None = None, tgt_mask: Tensor | None = None,
              memory_mask: Tensor | None = None, src_key_padding_mask: Tensor | None = None,
              tgt_key_padding_mask: Tensor | None = None, memory_key_padding_mask: Tensor | None = None,
              src_is_causal: bool | None = None, tgt_is_causal: bool | None = None,
              memory_is_causal: bool = False) -> Tensor:
    axis = 0 if self.batch_first else 1
    if src.ndim == 3 and tgt.ndim == 3 and src.shape[axis] != tgt.shape[axis]:
      raise ShapeError(f"Transformer: src {src.shape} and tgt {tgt.shape} differ in batch size (axis {axis} with "
                       f"batch_first={self.batch_first})")
    if src.shape[-1] != self.d_model or tgt.shape[-1] != self.d_model:
      raise ShapeError(f"Transformer: src {src.shape} and tgt {tgt.shape} must have d_model={self.d_model} features "
                       "in the last axis")
    memory = self.encoder(src, mask=src_mask, src_key_padding_mask=src_key_padding_mask, is_causal=src_is_causal)
    return self.decoder(tgt, memory, tgt_mask=tgt_mask, memory_mask=memory_mask,
                        tgt_key_padding_mask=tgt_key_padding_mask, memory_key_padding_mask=memory_key_padding_mask,
                        tgt_is_causal=tgt_is_causal, memory_is_causal=memory_is_causal)

  @staticmethod
  def generate_square_subsequent_mask(sz: int, device=None, dtype=None) -> Tensor:
    """(sz, sz) float mask: -inf above the diagonal, so that position i attends to positions 0..i only."""
    return _causal_mask(sz, sz, device, dtype)
