"""PyTorch's recurrent layers (RNN, LSTM, GRU) and their cells, with PyTorch's arguments, defaults, parameter names,
shapes and initialization, so that a torch state_dict loads as is.

The time loop is kept to the kernels it needs: the input projection of every time step is one matmul per layer, and
each step is the recurrent matmul and one fused kernel for the gates (an RNN's nonlinearity fuses into the matmul:
one kernel a step). A bidirectional layer runs both directions side by side, as a leading axis of every tensor in
the loop: its weights are stacked over the directions and the reverse direction reads a time-flipped input, so two
directions cost the kernels of one.
"""
from __future__ import annotations
import math
import warnings
from picograd.errors import DTypeError, ShapeError
from picograd.nn.layers import _uniform
from picograd.nn.module import Module
from picograd.tensor import Tensor


# ---- one step of each cell: gx, gh are the input's and the hidden state's gate pre-activations (..., gates * H) ----
# Each returns (h, c) written to a buffer of its own (contiguous): the next step's matmul would make it one anyway,
# and the last step's state, read only through the output's and h_n's joins, is then one kernel and not several.
def _tanh_cell(gx: Tensor, gh: Tensor, h: Tensor, c: Tensor | None): return (gx + gh).tanh().contiguous(), None
def _relu_cell(gx: Tensor, gh: Tensor, h: Tensor, c: Tensor | None): return (gx + gh).relu().contiguous(), None


def _gru_cell(gx: Tensor, gh: Tensor, h: Tensor, c: Tensor | None):
  """PyTorch's GRU: the reset gate scales the hidden state's candidate term including its bias (b_hn)."""
  (rx, zx, nx), (rh, zh, nh) = gx.chunk(3, -1), gh.chunk(3, -1)
  r, z = (rx + rh).sigmoid(), (zx + zh).sigmoid()
  n = (nx + r * nh).tanh()
  return (n + z * (h - n)).contiguous(), None


def _slots(g: Tensor) -> Tensor:
  """(..., 4H) gates as (..., 4, 2, H): each gate read once for the h slot and once for the c slot. A view of the
  gates' buffer (the sum gx + gh is written by the matmul's kernel, as it is read through this broadcast)."""
  return g.unflatten(-1, (4, 1, -1)).expand(*g.shape[:-1], 4, 2, g.shape[-1] // 4)


def _lstm_cell(gx: Tensor, gh: Tensor, h: Tensor, c: Tensor):
  """h and c are computed side by side, as slots 0 and 1 of one (..., 2, H) tensor, in one kernel: a kernel writes
  one buffer, so computing them apart would cost a kernel each, and a c left unwritten would be recomputed from the
  whole history at every step. h and c are views of the result."""
  gates = _slots(gx + gh)
  i, f, g, o = (gates[..., k, :, :] for k in range(4))
  c = f.sigmoid() * c.unsqueeze(-2) + i.sigmoid() * g.tanh()
  is_h = Tensor.arange(2, device=c.device).reshape(2, 1) == 0
  state = is_h.where(o.sigmoid() * c.tanh(), c).contiguous()
  return state[..., 0, :], state[..., 1, :]


_MODES = {"RNN_TANH": (1, _tanh_cell), "RNN_RELU": (1, _relu_cell), "LSTM": (4, _lstm_cell), "GRU": (3, _gru_cell)}
_NONLINEARITIES = {"tanh": "RNN_TANH", "relu": "RNN_RELU"}


def _linear(x: Tensor, w: Tensor, b: Tensor | None) -> Tensor:
  """x (..., M, in) times w (..., out, in) transposed, plus b (..., out): a leading directions axis stays put."""
  out = x @ w.transpose(-1, -2)
  return out if b is None else out + b.unsqueeze(-2)


def _check_sizes(owner: str, input_size: int, hidden_size: int, num_layers: int = 1):
  for name, value in (("input_size", input_size), ("hidden_size", hidden_size), ("num_layers", num_layers)):
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
      raise ValueError(f"{owner}: {name} must be a positive integer, got {value!r}")


def _check_dtype(owner: str, what: str, t: Tensor, weight: Tensor):
  if t.dtype != weight.dtype:
    raise DTypeError(f"{owner}: {what} is {t.dtype.name} but the weights are {weight.dtype.name}; convert one of them")


class RNNBase(Module):
  """The multi-layer, optionally bidirectional loop shared by RNN, LSTM and GRU (PyTorch's RNNBase)."""

  def __init__(self, mode: str, input_size: int, hidden_size: int, num_layers: int = 1, bias: bool = True,
               batch_first: bool = False, dropout: float = 0.0, bidirectional: bool = False, proj_size: int = 0,
               device=None, dtype=None):
    super().__init__()
    if mode not in _MODES: raise ValueError(f"RNNBase: unknown mode {mode!r}, expected one of {sorted(_MODES)}")
    _check_sizes(type(self).__name__, input_size, hidden_size, num_layers)
    if isinstance(dropout, bool) or not 0 <= dropout <= 1:
      raise ValueError(f"{type(self).__name__}: dropout must be a number in [0, 1], got {dropout!r}")
    if dropout > 0 and num_layers == 1:
      warnings.warn(f"{type(self).__name__}: dropout={dropout} acts only between layers, and num_layers=1",
                    stacklevel=2)
    if proj_size < 0 or (proj_size and (mode != "LSTM" or proj_size >= hidden_size)):
      raise ValueError(f"{type(self).__name__}: proj_size must be 0, or (LSTM only) between 1 and hidden_size - 1, "
                       f"got {proj_size}")
    self.mode, self.input_size, self.hidden_size, self.num_layers = mode, input_size, hidden_size, num_layers
    self.bias, self.batch_first, self.dropout = bias, batch_first, float(dropout)
    self.bidirectional, self.proj_size = bidirectional, proj_size
    self._make_parameters()
    if device is not None or dtype is not None: self.to(device=device, dtype=dtype)

  def _make_parameters(self):
    """PyTorch's names, order and init: every tensor uniform in +-1/sqrt(hidden_size)."""
    gates, hidden, out_size = _MODES[self.mode][0] * self.hidden_size, self.hidden_size, self._out_size
    for layer in range(self.num_layers):
      layer_input = self.input_size if layer == 0 else out_size * self._directions
      for suffix in self._suffixes:
        shapes = {"weight_ih": (gates, layer_input), "weight_hh": (gates, out_size)}
        if self.bias: shapes.update(bias_ih=(gates,), bias_hh=(gates,))
        if self.proj_size: shapes["weight_hr"] = (self.proj_size, hidden)
        for name, shape in shapes.items():
          setattr(self, f"{name}_l{layer}{suffix}", _uniform(shape, 1 / math.sqrt(hidden)))

  @property
  def _directions(self) -> int: return 2 if self.bidirectional else 1
  @property
  def _suffixes(self) -> tuple[str, ...]: return ("", "_reverse") if self.bidirectional else ("",)
  @property
  def _out_size(self) -> int: return self.proj_size or self.hidden_size

  @property
  def _flat_weights_names(self) -> list[str]:
    names = ("weight_ih", "weight_hh", "bias_ih", "bias_hh", "weight_hr")
    return [f"{n}_l{k}{s}" for k in range(self.num_layers) for s in self._suffixes for n in names
            if hasattr(self, f"{n}_l{k}{s}")]

  @property
  def all_weights(self) -> list[list[Tensor]]:
    per = len(self._flat_weights_names) // (self.num_layers * self._directions)
    flat = [getattr(self, n) for n in self._flat_weights_names]
    return [flat[i:i + per] for i in range(0, len(flat), per)]

  def flatten_parameters(self):
    """PyTorch packs the weights into one cuDNN buffer here; picograd keeps them apart, so there is nothing to do."""

  def _stacked(self, name: str, layer: int) -> Tensor | None:
    """One parameter of a layer with a leading directions axis (the directions' tensors stacked)."""
    ts = [getattr(self, f"{name}_l{layer}{s}", None) for s in self._suffixes]
    if ts[0] is None: return None
    return ts[0].unsqueeze(0) if len(ts) == 1 else ts[0].stack(*ts[1:])

  # ---- input and state checks -------------------------------------------------------------------------------------
  def _time_major(self, input: Tensor) -> tuple[Tensor, bool]:
    """(T, N, input_size) and whether the input had a batch axis (2-D input is one unbatched sequence)."""
    name = type(self).__name__
    if not isinstance(input, Tensor): raise TypeError(f"{name}: input must be a Tensor, got {type(input).__name__}")
    layout = "(batch, seq, input_size)" if self.batch_first else "(seq, batch, input_size)"
    if input.ndim not in (2, 3):
      raise ShapeError(f"{name}: expected input {layout} or unbatched (seq, input_size), got shape {input.shape}")
    if input.shape[-1] != self.input_size:
      raise ShapeError(f"{name}: expected input_size {self.input_size} in the last axis of input {layout}, "
                       f"got shape {input.shape}")
    _check_dtype(name, "input", input, self.weight_ih_l0)
    if input.ndim == 2: return input.unsqueeze(1), False
    return (input.transpose(0, 1) if self.batch_first else input), True

  def _state_shape(self, batch: int | None, size: int) -> tuple[int, ...]:
    return (self.num_layers * self._directions, *((batch,) if batch is not None else ()), size)

  def _checked_state(self, what: str, state: Tensor, batch: int | None, size: int) -> Tensor:
    """The state (layers * directions, N, size) as given, or unsqueezed from unbatched (layers * directions, size)."""
    name, want = type(self).__name__, self._state_shape(batch, size)
    if not isinstance(state, Tensor): raise TypeError(f"{name}: {what} must be a Tensor, got {type(state).__name__}")
    if state.shape != want:
      layout = "batch_first=True: input (batch, seq, feature)" if self.batch_first else "input (seq, batch, feature)"
      hint = f" (the batch size is read from the input, {layout})" if batch is not None and state.ndim == 3 else ""
      raise ShapeError(f"{name}: expected {what} of shape {want}, got {state.shape}{hint}")
    _check_dtype(name, what, state, self.weight_ih_l0)
    return state if batch is not None else state.unsqueeze(1)

  def _initial_state(self, hx, x: Tensor, batched: bool) -> tuple[Tensor, Tensor | None]:
    """(h0, c0) with a batch axis; zeros where not given (c0 is None except for an LSTM)."""
    batch, name = (x.shape[1] if batched else None), type(self).__name__
    lstm = self.mode == "LSTM"
    if hx is None:
      def zeros(size: int): return Tensor.zeros(*self._state_shape(x.shape[1], size), dtype=x.dtype, device=x.device)
      return zeros(self._out_size), (zeros(self.hidden_size) if lstm else None)
    if lstm:
      if not (isinstance(hx, (tuple, list)) and len(hx) == 2):
        raise TypeError(f"{name}: hx must be a tuple (h_0, c_0), got {type(hx).__name__}")
      return (self._checked_state("h_0", hx[0], batch, self._out_size),
              self._checked_state("c_0", hx[1], batch, self.hidden_size))
    if isinstance(hx, (tuple, list)): raise TypeError(f"{name}: hx must be a Tensor h_0 (a tuple is an LSTM's state)")
    return self._checked_state("h_0", hx, batch, self._out_size), None

  # ---- the loop -----------------------------------------------------------------------------------------------------
  def _layer(self, layer: int, x: Tensor, h: Tensor, c: Tensor | None) -> tuple[Tensor, Tensor, Tensor | None]:
    """One layer over x (T, N, in), both directions at once: the output (T, N, directions * out) and the final
    (directions, N, ...) h and c."""
    cell, dirs = _MODES[self.mode][1], self._directions
    names = ("weight_ih", "weight_hh", "bias_ih", "bias_hh", "weight_hr")
    w_ih, w_hh, b_ih, b_hh, w_hr = (self._stacked(n, layer) for n in names)
    steps, batch = x.shape[:2]
    xs = x.unsqueeze(0) if dirs == 1 else x.stack(x.flip(0))   # each direction reads the input in its own time order
    gx = _linear(xs.reshape(dirs, steps * batch, -1), w_ih, b_ih).reshape(dirs, steps, batch, -1)
    outs = []
    for t in range(steps):
      h, c = cell(gx[:, t], _linear(h, w_hh, b_hh), h, c)
      if w_hr is not None: h = h @ w_hr.transpose(-1, -2)
      outs.append(h)
    y = outs[0].stack(*outs[1:])   # (T, directions, N, out), the reverse direction's steps in reverse time order
    return (y[:, 0] if dirs == 1 else y[:, 0].cat(y[:, 1].flip(0), dim=-1)), h, c

  def forward(self, input: Tensor, hx=None):
    x, batched = self._time_major(input)
    if x.shape[0] == 0: raise ShapeError(f"{type(self).__name__}: the input sequence is empty (shape {input.shape})")
    h0, c0 = self._initial_state(hx, x, batched)
    dirs, hs, cs = self._directions, [], []
    for layer in range(self.num_layers):
      if layer and self.training and self.dropout: x = x.dropout(self.dropout, training=True)
      part = slice(layer * dirs, (layer + 1) * dirs)
      x, h, c = self._layer(layer, x, h0[part], None if c0 is None else c0[part])
      hs.append(h)
      cs.append(c)
    h_n = hs[0].cat(*hs[1:])
    c_n = cs[0].cat(*cs[1:]) if c0 is not None else None
    if not batched: x, h_n, c_n = x.squeeze(1), h_n.squeeze(1), (c_n.squeeze(1) if c_n is not None else None)
    elif self.batch_first: x = x.transpose(0, 1)
    return x, ((h_n, c_n) if c_n is not None else h_n)

  def extra_repr(self) -> str:
    s = f"{self.input_size}, {self.hidden_size}"
    if self.proj_size: s += f", proj_size={self.proj_size}"
    if self.num_layers != 1: s += f", num_layers={self.num_layers}"
    if not self.bias: s += ", bias=False"
    if self.batch_first: s += ", batch_first=True"
    if self.dropout: s += f", dropout={self.dropout}"
    if self.bidirectional: s += ", bidirectional=True"
    return s


class RNN(RNNBase):
  """Elman RNN: h_t = nonlinearity(x_t W_ih^T + b_ih + h_{t-1} W_hh^T + b_hh), nonlinearity 'tanh' or 'relu'."""

  def __init__(self, input_size: int, hidden_size: int, num_layers: int = 1, nonlinearity: str = "tanh",
               bias: bool = True, batch_first: bool = False, dropout: float = 0.0, bidirectional: bool = False,
               device=None, dtype=None):
    if nonlinearity not in _NONLINEARITIES:
      raise ValueError(f"RNN: nonlinearity must be 'tanh' or 'relu', got {nonlinearity!r}")
    self.nonlinearity = nonlinearity
    super().__init__(_NONLINEARITIES[nonlinearity], input_size, hidden_size, num_layers, bias, batch_first, dropout,
                     bidirectional, 0, device, dtype)


class LSTM(RNNBase):
  """Returns (output, (h_n, c_n)); proj_size > 0 projects h by weight_hr (PyTorch's LSTM with projections)."""

  def __init__(self, input_size: int, hidden_size: int, num_layers: int = 1, bias: bool = True,
               batch_first: bool = False, dropout: float = 0.0, bidirectional: bool = False, proj_size: int = 0,
               device=None, dtype=None):
    super().__init__("LSTM", input_size, hidden_size, num_layers, bias, batch_first, dropout, bidirectional,
                     proj_size, device, dtype)


class GRU(RNNBase):
  def __init__(self, input_size: int, hidden_size: int, num_layers: int = 1, bias: bool = True,
               batch_first: bool = False, dropout: float = 0.0, bidirectional: bool = False, device=None, dtype=None):
    super().__init__("GRU", input_size, hidden_size, num_layers, bias, batch_first, dropout, bidirectional, 0,
                     device, dtype)


# ---- cells: one step, input (N, input_size) or unbatched (input_size,) -----------------------------------------------
class RNNCellBase(Module):
  def __init__(self, mode: str, input_size: int, hidden_size: int, bias: bool, device=None, dtype=None):
    super().__init__()
    _check_sizes(type(self).__name__, input_size, hidden_size)
    self.mode, self.input_size, self.hidden_size, self.bias = mode, input_size, hidden_size, bias
    gates, bound = _MODES[mode][0] * hidden_size, 1 / math.sqrt(hidden_size)
    self.weight_ih = _uniform((gates, input_size), bound)
    self.weight_hh = _uniform((gates, hidden_size), bound)
    self.bias_ih = _uniform((gates,), bound) if bias else None
    self.bias_hh = _uniform((gates,), bound) if bias else None
    if device is not None or dtype is not None: self.to(device=device, dtype=dtype)

  def _check_input(self, input: Tensor):
    name = type(self).__name__
    if not isinstance(input, Tensor): raise TypeError(f"{name}: input must be a Tensor, got {type(input).__name__}")
    if input.ndim not in (1, 2) or input.shape[-1] != self.input_size:
      raise ShapeError(f"{name}: expected input (batch, {self.input_size}) or unbatched ({self.input_size},), "
                       f"got shape {input.shape}")
    _check_dtype(name, "input", input, self.weight_ih)

  def _checked_state(self, what: str, state: Tensor | None, input: Tensor) -> Tensor:
    name, want = type(self).__name__, (*input.shape[:-1], self.hidden_size)
    if state is None: return Tensor.zeros(*want, dtype=input.dtype, device=input.device)
    if not isinstance(state, Tensor): raise TypeError(f"{name}: {what} must be a Tensor, got {type(state).__name__}")
    if state.shape != want:
      raise ShapeError(f"{name}: expected {what} of shape {want} for input {input.shape}, got {state.shape}")
    _check_dtype(name, what, state, self.weight_ih)
    return state

  def _step(self, input: Tensor, h: Tensor, c: Tensor | None):
    gx, gh = input.linear(self.weight_ih, self.bias_ih), h.linear(self.weight_hh, self.bias_hh)
    return _MODES[self.mode][1](gx, gh, h, c)

  def extra_repr(self) -> str:
    return f"{self.input_size}, {self.hidden_size}" + ("" if self.bias else ", bias=False")


class RNNCell(RNNCellBase):
  def __init__(self, input_size: int, hidden_size: int, bias: bool = True, nonlinearity: str = "tanh", device=None,
               dtype=None):
    if nonlinearity not in _NONLINEARITIES:
      raise ValueError(f"RNNCell: nonlinearity must be 'tanh' or 'relu', got {nonlinearity!r}")
    self.nonlinearity = nonlinearity
    super().__init__(_NONLINEARITIES[nonlinearity], input_size, hidden_size, bias, device, dtype)

  def forward(self, input: Tensor, hx: Tensor | None = None) -> Tensor:
    self._check_input(input)
    return self._step(input, self._checked_state("hx", hx, input), None)[0]


class GRUCell(RNNCellBase):
  def __init__(self, input_size: int, hidden_size: int, bias: bool = True, device=None, dtype=None):
    super().__init__("GRU", input_size, hidden_size, bias, device, dtype)

  def forward(self, input: Tensor, hx: Tensor | None = None) -> Tensor:
    self._check_input(input)
    return self._step(input, self._checked_state("hx", hx, input), None)[0]


class LSTMCell(RNNCellBase):
  """Returns (h_1, c_1); hx is (h_0, c_0) or None for zeros."""

  def __init__(self, input_size: int, hidden_size: int, bias: bool = True, device=None, dtype=None):
    super().__init__("LSTM", input_size, hidden_size, bias, device, dtype)

  def forward(self, input: Tensor, hx: tuple[Tensor, Tensor] | None = None) -> tuple[Tensor, Tensor]:
    self._check_input(input)
    if hx is not None and not (isinstance(hx, (tuple, list)) and len(hx) == 2):
      raise TypeError(f"LSTMCell: hx must be a tuple (h_0, c_0), got {type(hx).__name__}")
    h, c = (None, None) if hx is None else hx
    return self._step(input, self._checked_state("h_0", h, input), self._checked_state("c_0", c, input))
