"""State dicts: load with strict key and shape checks, save and load bit-exactly as safetensors files."""
from __future__ import annotations
import numpy as np
from picograd.errors import PicogradError, ShapeError
from picograd.tensor import Tensor


class StateDictError(PicogradError, KeyError):
  def __str__(self): return self.args[0]


def load_state_dict(model, state: dict, strict: bool = True):
  own = model.state_dict()
  missing, unexpected = sorted(set(own) - set(state)), sorted(set(state) - set(own))
  if strict and (missing or unexpected):
    raise StateDictError(f"load_state_dict: missing keys {missing}, unexpected keys {unexpected}")
  for name, target in own.items():
    if name not in state: continue
    value = state[name] if isinstance(state[name], Tensor) else Tensor(np.asarray(state[name]))
    if value.shape != target.shape:
      raise ShapeError(f"load_state_dict: '{name}' has shape {value.shape} in the state dict but {target.shape} in the model")
    target.assign(value.to(target.device).cast(target.dtype).contiguous().realize())


def safe_save(state: dict[str, Tensor], path: str):
  from safetensors.numpy import save_file
  save_file({k: np.ascontiguousarray(v.numpy()) for k, v in state.items()}, path)


def safe_load(path: str) -> dict[str, Tensor]:
  from safetensors import SafetensorError
  from safetensors.numpy import load_file
  try: arrays = load_file(path)
  except (SafetensorError, OSError, ValueError) as e:
    raise StateDictError(f"safe_load: {path} is not a readable safetensors file ({e})") from None
  return {k: Tensor(v) for k, v in arrays.items()}
