"""dtypes: casts between every pair, promotion of mixed operands, 16-bit floats and bitcast, against PyTorch."""
import numpy as np
import pytest
import torch
from picograd import Tensor, dtypes, DTypeError
from picograd.dtype import promote

TORCH = {"bool": torch.bool, "int8": torch.int8, "uint8": torch.uint8, "int16": torch.int16, "int32": torch.int32,
         "int64": torch.int64, "float16": torch.float16, "bfloat16": torch.bfloat16, "float32": torch.float32,
         "float64": torch.float64}
NAMES = list(TORCH)


def values() -> np.ndarray:
  return np.array([-3.75, -1.0, 0.5, 2.25, 7.0, 100.5], dtype=np.float32)


@pytest.mark.parametrize("src", NAMES)
@pytest.mark.parametrize("dst", NAMES)
def test_cast_matches_torch(src, dst):
  t = torch.tensor(values()).to(TORCH[src])
  p = Tensor(values()).cast(getattr(dtypes, src))
  if src in ("int8", "uint8", "int16", "int32", "int64", "bool"):   # start from torch's integer values
    p = Tensor(t.to(torch.float64).numpy()).cast(getattr(dtypes, src))
  out = p.cast(getattr(dtypes, dst))
  ref = t.to(TORCH[dst])
  assert out.dtype == getattr(dtypes, dst)
  np.testing.assert_array_equal(out.numpy().astype(np.float64), ref.to(torch.float64).numpy())


@pytest.mark.parametrize("a", ["bool", "int8", "uint8", "int16", "int32", "int64", "float16", "bfloat16", "float32",
                               "float64"])
@pytest.mark.parametrize("b", ["bool", "int8", "uint8", "int32", "float16", "bfloat16", "float32"])
def test_promotion_matches_torch(a, b):
  want = str(torch.promote_types(TORCH[a], TORCH[b])).split(".")[1]
  assert promote(getattr(dtypes, a), getattr(dtypes, b)).name == want


def test_python_scalars_do_not_widen_tensors():
  assert (Tensor([1, 2], dtype=dtypes.int8) + 1).dtype == dtypes.int8
  assert (Tensor([1, 2]) * 1.5).dtype == dtypes.float32
  assert (Tensor([1.0], dtype=dtypes.float16) * 2.0).dtype == dtypes.float16
  assert (Tensor([True]) + True).dtype == dtypes.bool


@pytest.mark.parametrize("name", ["float16", "bfloat16"])
def test_16_bit_float_arithmetic(name):
  x = np.random.default_rng(3).standard_normal(64).astype(np.float32)
  p = Tensor(x).cast(getattr(dtypes, name))
  t = torch.tensor(x).to(TORCH[name])
  out = ((p * p + 1) / (p.abs() + 2)).sum()
  ref = ((t * t + 1) / (t.abs() + 2)).sum()
  assert out.dtype.name == name
  np.testing.assert_allclose(out.numpy().astype(np.float32), ref.float().numpy(), rtol=2e-2)


def test_bitcast():
  x = np.array([1.0, -2.5, np.inf], dtype=np.float32)
  np.testing.assert_array_equal(Tensor(x).bitcast(dtypes.int32).numpy(), x.view(np.int32))
  np.testing.assert_array_equal(Tensor(x.view(np.int32)).bitcast(dtypes.float32).numpy(), x)
  with pytest.raises(DTypeError, match="sizes must match"):
    Tensor(x).bitcast(dtypes.int16)


def test_numpy_dtypes_are_kept():
  for dt in ("int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "float16", "float32", "float64",
             "bool"):
    arr = np.arange(4).astype(dt)
    t = Tensor(arr)
    assert t.dtype.name == dt and t.numpy().dtype == arr.dtype and t.tolist() == arr.tolist()


def test_unsupported_numpy_dtype_raises():
  with pytest.raises(DTypeError, match="complex64"):
    Tensor(np.zeros(3, dtype=np.complex64))
