"""Element types and PyTorch-style type promotion."""
from __future__ import annotations
from dataclasses import dataclass
import numpy as np
from picograd.errors import DTypeError


@dataclass(frozen=True, order=True)
class DType:
  priority: int      # orders types for promotion within a kind
  itemsize: int
  name: str
  kind: str          # "b" bool, "i" signed int, "u" unsigned int, "f" float

  def __repr__(self): return f"dtypes.{self.name}"
  def __hash__(self): return hash(self.name)   # dtypes key many caches; the generated hash re-hashes every field

  @property
  def np(self):
    """The NumPy type holding this type's bytes: bfloat16, which NumPy lacks, travels as uint16."""
    if self.name == "bool": return np.dtype(np.bool_)
    return np.dtype("uint16" if self.name == "bfloat16" else self.name)

  @property
  def is_float(self): return self.kind == "f"

  @property
  def is_int(self): return self.kind in "iu"

  @property
  def is_unsigned(self): return self.kind == "u"


class dtypes:
  bool = DType(0, 1, "bool", "b")
  int8 = DType(1, 1, "int8", "i")
  uint8 = DType(2, 1, "uint8", "u")
  int16 = DType(3, 2, "int16", "i")
  uint16 = DType(4, 2, "uint16", "u")
  int32 = DType(5, 4, "int32", "i")
  uint32 = DType(6, 4, "uint32", "u")
  int64 = DType(7, 8, "int64", "i")
  uint64 = DType(8, 8, "uint64", "u")
  float16 = DType(9, 2, "float16", "f")
  bfloat16 = DType(10, 2, "bfloat16", "f")
  float32 = DType(11, 4, "float32", "f")
  float64 = DType(12, 8, "float64", "f")
  half = float16
  default_float = float32
  default_int = int32
  index = int64   # the type of loop counters and buffer offsets

  @staticmethod
  def all() -> list[DType]:
    aliases = ("default_float", "default_int", "index", "half")
    return [v for k, v in vars(dtypes).items() if isinstance(v, DType) and k not in aliases]

  @staticmethod
  def from_numpy(npdtype) -> DType:
    name = np.dtype(npdtype).name
    for dt in dtypes.all():
      if dt == dtypes.bfloat16: continue
      if dt.name == name: return dt
    raise DTypeError(f"picograd has no dtype for numpy's {name}; supported: {', '.join(sorted({d.name for d in dtypes.all()}))}")

  @staticmethod
  def of_python(x) -> DType:
    if isinstance(x, bool): return dtypes.bool
    if isinstance(x, int): return dtypes.default_int if -2 ** 31 <= x < 2 ** 31 else dtypes.int64   # as PyTorch would
    if isinstance(x, float): return dtypes.default_float
    raise DTypeError(f"no picograd dtype for a Python {type(x).__name__}")


_KIND_RANK = {"b": 0, "i": 1, "u": 1, "f": 2}


def promote(*dts: DType) -> DType:
  """The common type of tensor operands, as PyTorch picks it: the widest kind wins, then the widest type of it."""
  best = max(dts, key=lambda d: (_KIND_RANK[d.kind], d.priority))
  if best.itemsize == 2 and best.is_float and {dtypes.float16, dtypes.bfloat16} <= set(dts): return dtypes.float32
  if best.is_int and any(d.is_unsigned for d in dts) and any(d.kind == "i" for d in dts):
    widest_unsigned = max(x.itemsize for x in dts if x.is_unsigned)
    widest_signed = max(x.itemsize for x in dts if x.kind == "i")
    if widest_signed > widest_unsigned: return best if best.kind == "i" else next(d for d in dtypes.all() if d.kind == "i" and d.itemsize == widest_signed)
    bigger = [d for d in dtypes.all() if d.kind == "i" and d.itemsize > widest_unsigned]
    return min(bigger, key=lambda d: d.priority) if bigger else dtypes.float32   # uint64 with a signed int: PyTorch has no such int
  return best


def check_fits(value, dtype: DType, op: str):
  """An int that the dtype cannot hold is an error, not a silent wrap."""
  if dtype.is_int and not isinstance(value, bool):
    lo, hi = (0, 2 ** (8 * dtype.itemsize)) if dtype.is_unsigned else (-2 ** (8 * dtype.itemsize - 1), 2 ** (8 * dtype.itemsize - 1))
    if not lo <= int(value) < hi: raise OverflowError(f"{op}: {value} is out of bounds for {dtype.name}")


def to_dtype(x) -> DType:
  """Accept a DType, a dtype name, a numpy dtype or a Python type."""
  if isinstance(x, DType): return x
  if x is bool: return dtypes.bool
  if x is int: return dtypes.default_int
  if x is float: return dtypes.default_float
  if isinstance(x, str) and isinstance(getattr(dtypes, x, None), DType): return getattr(dtypes, x)
  try: return dtypes.from_numpy(x)
  except TypeError: raise DTypeError(f"unknown dtype {x!r}") from None
