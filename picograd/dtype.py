"""Element types, PyTorch-style type promotion, and the facts about each type every stage shares: its extremes,
the type its arithmetic runs in, and how a constant becomes the bits of a 16-bit float."""
from __future__ import annotations
import math
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

  @property
  def is_16bit_float(self): return self.kind == "f" and self.itemsize == 2

  @property
  def computes_as(self) -> DType:
    """The type arithmetic on this type runs in: 16-bit floats compute in float32 and round once at the end, as
    PyTorch does on the CPU (and as GPUs without 16-bit arithmetic must)."""
    return dtypes.float32 if self.is_16bit_float else self


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
  def min(dt: DType):
    """The smallest value of dt, -inf for floats: the identity of a max-reduce."""
    if dt.kind == "b": return False
    return -math.inf if dt.is_float else int(np.iinfo(dt.np).min)

  @staticmethod
  def max(dt: DType):
    """The largest value of dt, inf for floats: the identity of a min-reduce."""
    if dt.kind == "b": return True
    return math.inf if dt.is_float else int(np.iinfo(dt.np).max)

  @staticmethod
  def from_numpy(npdtype) -> DType:
    name = np.dtype(npdtype).name
    for dt in dtypes.all():
      if dt == dtypes.bfloat16: continue
      if dt.name == name: return dt
    supported = ", ".join(sorted({d.name for d in dtypes.all()}))
    raise DTypeError(f"picograd has no dtype for numpy's {name}; supported: {supported}")

  @staticmethod
  def of_python(x) -> DType:
    if isinstance(x, bool): return dtypes.bool
    if isinstance(x, int): return dtypes.default_int if -2 ** 31 <= x < 2 ** 31 else dtypes.int64   # as PyTorch would
    if isinstance(x, float): return dtypes.default_float
    raise DTypeError(f"no picograd dtype for a Python {type(x).__name__}")


BFLOAT16_ROUND_BIAS = 0x7FFF   # added (plus the kept part's lowest bit) before dropping 16 bits: ties go to even
BFLOAT16_NAN = 0x7FC0          # every NaN becomes this quiet NaN (dropping bits could leave an infinity)


def bits16(value: float, dt: DType) -> int:
  """The bits of the float16 or bfloat16 nearest to `value` (ties to even): how every backend writes a 16-bit
  constant. bfloat16 rounds from float32, as the kernels do (see codegen/rules.py)."""
  value = float(value)
  if dt == dtypes.bfloat16 and math.isnan(value): return BFLOAT16_NAN
  with np.errstate(over="ignore"):
    if dt == dtypes.float16: return int(np.array(value, np.float16).view(np.uint16))
    u = int(np.array(value, np.float32).view(np.uint32))
  return ((u + BFLOAT16_ROUND_BIAS + ((u >> 16) & 1)) >> 16) & 0xFFFF


_KIND_RANK = {"b": 0, "i": 1, "u": 1, "f": 2}


def promote(*dts: DType) -> DType:
  """The common type of tensor operands, as PyTorch picks it: the widest kind wins, then the widest type of it."""
  best = max(dts, key=lambda d: (_KIND_RANK[d.kind], d.priority))
  if best.itemsize == 2 and best.is_float and {dtypes.float16, dtypes.bfloat16} <= set(dts): return dtypes.float32
  if best.is_int and any(d.is_unsigned for d in dts) and any(d.kind == "i" for d in dts):
    widest_unsigned = max(x.itemsize for x in dts if x.is_unsigned)
    widest_signed = max(x.itemsize for x in dts if x.kind == "i")
    if widest_signed > widest_unsigned:
      if best.kind == "i": return best
      return next(d for d in dtypes.all() if d.kind == "i" and d.itemsize == widest_signed)
    bigger = [d for d in dtypes.all() if d.kind == "i" and d.itemsize > widest_unsigned]
    # uint64 with a signed int: PyTorch has no int that holds both, and picks float32
    return min(bigger, key=lambda d: d.priority) if bigger else dtypes.float32
  return best


def check_fits(value, dtype: DType, op: str):
  """An int that the dtype cannot hold is an error, not a silent wrap."""
  if dtype.is_int and not isinstance(value, bool):
    if not dtypes.min(dtype) <= int(value) <= dtypes.max(dtype):
      raise OverflowError(f"{op}: {value} is out of bounds for {dtype.name}")


def to_dtype(x) -> DType:
  """Accept a DType, a dtype name, a numpy dtype or a Python type."""
  if isinstance(x, DType): return x
  if x is bool: return dtypes.bool
  if x is int: return dtypes.default_int
  if x is float: return dtypes.default_float
  if isinstance(x, str) and isinstance(getattr(dtypes, x, None), DType): return getattr(dtypes, x)
  try: return dtypes.from_numpy(x)
  except TypeError: raise DTypeError(f"unknown dtype {x!r}") from None
