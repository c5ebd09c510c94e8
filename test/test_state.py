"""State dicts and safetensors files: bit-exact round trips and clear errors."""
import numpy as np
import pytest
from picograd import Tensor, dtypes, nn, ShapeError
from picograd.nn.state import StateDictError, _raw_bytes

ALL = ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "float16", "bfloat16",
       "float32", "float64"]


def test_every_dtype_round_trips_bit_exactly(tmp_path):
  rng = np.random.default_rng(0)
  state = {name: Tensor(rng.standard_normal((3, 2)).astype(np.float32) * 50).cast(getattr(dtypes, name))
           for name in ALL}
  state["specials"] = Tensor(np.array([np.nan, -0.0, np.inf, -np.inf, 1e-45], dtype=np.float32))
  nn.safe_save(state, str(tmp_path / "s.safetensors"))
  back = nn.safe_load(str(tmp_path / "s.safetensors"))
  assert set(back) == set(state)
  for name, t in state.items():
    assert back[name].dtype == t.dtype and back[name].shape == t.shape
    assert _raw_bytes(back[name]).tobytes() == _raw_bytes(t).tobytes(), name


def test_model_round_trip(tmp_path):
  model = nn.Sequential(nn.Linear(5, 4), nn.ReLU(), nn.Linear(4, 2))
  x = Tensor(np.random.default_rng(1).standard_normal((3, 5)).astype(np.float32))
  nn.safe_save(model.state_dict(), str(tmp_path / "m.safetensors"))
  other = nn.Sequential(nn.Linear(5, 4), nn.ReLU(), nn.Linear(4, 2))
  other.load_state_dict(nn.safe_load(str(tmp_path / "m.safetensors")))
  np.testing.assert_array_equal(other(x).numpy(), model(x).numpy())
  assert list(model.state_dict()) == ["0.weight", "0.bias", "2.weight", "2.bias"]


def test_strict_load_names_missing_and_unexpected_keys():
  model = nn.Linear(3, 2)
  with pytest.raises(StateDictError, match=r"missing keys \['bias'\], unexpected keys \['extra'\]"):
    model.load_state_dict({"weight": Tensor(np.zeros((2, 3), np.float32)), "extra": Tensor([1.0])})
  model.load_state_dict({"weight": Tensor(np.ones((2, 3), np.float32))}, strict=False)
  assert model.weight.numpy().sum() == 6


def test_shape_mismatch_names_key_and_both_shapes():
  model = nn.Linear(3, 2)
  with pytest.raises(ShapeError, match=r"'weight' has shape \(3, 2\) in the state dict but \(2, 3\) in the model"):
    model.load_state_dict({"weight": Tensor(np.zeros((3, 2), np.float32)), "bias": Tensor(np.zeros(2, np.float32))})


def test_corrupt_file_raises(tmp_path):
  path = tmp_path / "bad.safetensors"
  path.write_bytes(b"\x10\x00\x00\x00\x00\x00\x00\x00{not json at all}")
  with pytest.raises(StateDictError, match="not a readable safetensors file"):
    nn.safe_load(str(path))


def test_zero_dim_tensors_keep_their_shape(tmp_path):
  nn.safe_save({"n": Tensor.zeros((), dtype=dtypes.int64), "x": Tensor(2.5)}, str(tmp_path / "z.safetensors"))
  back = nn.safe_load(str(tmp_path / "z.safetensors"))
  assert back["n"].shape == () and back["x"].shape == () and back["x"].item() == 2.5
