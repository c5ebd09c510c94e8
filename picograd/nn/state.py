"""State dicts: load with strict key and shape checks, save and load bit-exactly as safetensors files."""
from __future__ import annotations
import numpy as np
from picograd.errors import PicogradError, ShapeError
from picograd.dtype import dtypes
from picograd.tensor import Tensor


class StateDictError(PicogradError, KeyError):
  def __str__(self): return self.args[0]


def load_state_dict(model, state: dict, strict: bool = True):
  """Copy the state dict's values into the model's tensors. A tensor tied under several names is written once; the
  names present must then agree on its value (PyTorch lets the last one win silently)."""
  if not isinstance(state, dict):
    raise TypeError(f"load_state_dict: expected a dict of name -> tensor, got {type(state).__name__}")
  own = model.state_dict()
  missing, unexpected = sorted(set(own) - set(state)), sorted(set(state) - set(own))
  if strict and (missing or unexpected):
    raise StateDictError(f"load_state_dict: missing keys {missing}, unexpected keys {unexpected}")
  names: dict[int, list[str]] = {}
  for name, target in own.items():
    if name in state: names.setdefault(id(target), []).append(name)
  for tied in names.values():
    target = own[tied[0]]
    value = _checked_value(tied[0], state[tied[0]], target)
    for other in tied[1:]: _check_tied(tied[0], value, other, _checked_value(other, state[other], target))
    target.assign(value.to(target.device).cast(target.dtype).contiguous().realize())


def _checked_value(name: str, value, target: Tensor) -> Tensor:
  value = value if isinstance(value, Tensor) else Tensor(np.asarray(value))
  if value.shape != target.shape:
    raise ShapeError(f"load_state_dict: '{name}' has shape {value.shape} in the state dict "
                     f"but {target.shape} in the model")
  return value


def _check_tied(name: str, value: Tensor, other: str, other_value: Tensor):
  if other_value is value or other_value.lazydata is value.lazydata: return
  if not np.array_equal(value.numpy(), other_value.numpy(), equal_nan=value.dtype.is_float):
    raise StateDictError(f"load_state_dict: '{name}' and '{other}' are one tied tensor in the model, "
                         "but the state dict gives them different values")


_CODES = {"bool": "BOOL", "int8": "I8", "uint8": "U8", "int16": "I16", "uint16": "U16", "int32": "I32", "uint32": "U32",
          "int64": "I64", "uint64": "U64", "float16": "F16", "bfloat16": "BF16", "float32": "F32", "float64": "F64"}


def _raw_bytes(t: Tensor) -> np.ndarray:
  """The tensor's bytes exactly as stored (bfloat16 read through uint16, as NumPy has no bfloat16)."""
  t = t.detach()
  raw = (t.bitcast(dtypes.uint16) if t.dtype == dtypes.bfloat16 else t).numpy()
  return np.ascontiguousarray(raw).reshape(raw.shape)   # ascontiguousarray alone makes a 0-d array 1-d


def safe_save(state: dict[str, Tensor], path: str, metadata: dict[str, str] | None = None):
  """Write tensors to a safetensors file, bit for bit, whatever their dtype."""
  import safetensors
  for name, t in state.items():
    if not isinstance(t, Tensor): raise TypeError(f"safe_save: '{name}' is a {type(t).__name__}, not a Tensor")
  arrays = {name: _raw_bytes(t) for name, t in state.items()}   # kept alive while serializing reads them
  specs = {name: safetensors.TensorSpec(dtype=state[name].dtype.name, shape=list(a.shape), data_ptr=a.ctypes.data,
                                        data_len=a.nbytes) for name, a in arrays.items()}
  try: safetensors.serialize_file(specs, path, metadata=metadata)
  except (safetensors.SafetensorError, OSError) as e:
    raise StateDictError(f"safe_save: cannot write {path} ({e})") from None


def safe_load(path: str) -> dict[str, Tensor]:
  """Read a safetensors file into tensors; a damaged file raises StateDictError naming it."""
  import safetensors
  try:
    with open(path, "rb") as f: entries = safetensors.deserialize(f.read())
  except (safetensors.SafetensorError, OSError, ValueError) as e:
    raise StateDictError(f"safe_load: {path} is not a readable safetensors file ({e})") from None
  by_code = {code: name for name, code in _CODES.items()}
  out = {}
  for name, entry in entries:
    if entry["dtype"] not in by_code:
      raise StateDictError(f"safe_load: {path}: '{name}' has unsupported dtype {entry['dtype']}")
    dtype = getattr(dtypes, by_code[entry["dtype"]])
    array = np.frombuffer(bytes(entry["data"]), dtype=dtype.np).reshape(entry["shape"])
    t = Tensor(array.copy())
    out[name] = t.bitcast(dtypes.bfloat16) if dtype == dtypes.bfloat16 else t
  return out


def get_state_dict(obj, prefix: str = "") -> dict[str, Tensor]:
  """tinygrad's: every tensor reachable from obj (a Module, an object, lists and dicts of them), by attribute path."""
  if isinstance(obj, Tensor): return {prefix.rstrip("."): obj}
  if hasattr(obj, "state_dict") and callable(obj.state_dict):
    return {prefix + k: v for k, v in obj.state_dict().items() if isinstance(v, Tensor)}
  items = obj.items() if isinstance(obj, dict) else enumerate(obj) if isinstance(obj, (list, tuple)) else \
    vars(obj).items() if hasattr(obj, "__dict__") else ()
  out: dict[str, Tensor] = {}
  for k, v in items: out.update(get_state_dict(v, f"{prefix}{k}."))
  return out


def get_parameters(obj) -> list[Tensor]:
  """tinygrad's: the tensors of get_state_dict, each once."""
  return list({id(t): t for t in get_state_dict(obj).values()}.values())
