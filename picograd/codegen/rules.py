"""picograd's semantic rules, stated once and lowered into plain IR before any renderer sees it, so that the LLVM
and CUDA renderers and the emulator only translate (ir.py's docstring lists what they may then rely on):

- 16-bit floats compute in float32 and round once (dtype.computes_as), and convert only to and from float32;
- bfloat16 converts by integer ops, rounding to nearest even: no backend is asked for a conversion that newer
  LLVMs lower to a runtime-library call a JIT-compiled kernel cannot resolve;
- bool arithmetic is logic: + and max are OR, * is AND, - is XOR, negation is NOT;
- integer division never traps: x / 0 is 0 and x % 0 is x (PyTorch raises; a kernel cannot), MIN / -1 wraps.
"""
from __future__ import annotations
from picograd.codegen.builder import IRBuilder
from picograd.codegen.ir import IROps
from picograd.dtype import BFLOAT16_NAN, BFLOAT16_ROUND_BIAS, DType, dtypes
from picograd.ops import BinaryOps, TernaryOps, UnaryOps

_BOOL_OPS = {BinaryOps.ADD: BinaryOps.OR, BinaryOps.MAX: BinaryOps.OR, BinaryOps.MUL: BinaryOps.AND,
             BinaryOps.SUB: BinaryOps.XOR}


def alu(b: IRBuilder, op, dtype: DType, *srcs: int) -> int:
  """op on srcs, giving dtype, with the rules above applied."""
  operand = b.dtype_of(srcs[-1] if op is TernaryOps.WHERE else srcs[0])
  if op is not TernaryOps.WHERE and operand.computes_as != operand: return _in_float32(b, op, dtype, srcs)
  if operand == dtypes.bool: return _bool_logic(b, op, srcs)
  if op in (BinaryOps.DIV, BinaryOps.MOD) and operand.is_int: return _never_trapping_divmod(b, op, operand, *srcs)
  return b.alu(op, dtype, *srcs)


def cast(b: IRBuilder, v: int, dst: DType) -> int:
  """v converted to dst: 16-bit floats through float32, bfloat16 by integer ops."""
  src = b.dtype_of(v)
  if src == dst: return v
  if src.is_16bit_float and dst != dtypes.float32: return cast(b, cast(b, v, dtypes.float32), dst)
  if dst.is_16bit_float and src != dtypes.float32: return cast(b, cast(b, v, dtypes.float32), dst)
  if src == dtypes.bfloat16: return _widen_bfloat16(b, v)
  if dst == dtypes.bfloat16: return _round_to_bfloat16(b, v)
  return b.emit(IROps.CAST, dst, (v,))


def _in_float32(b: IRBuilder, op, dtype: DType, srcs) -> int:
  wide = [cast(b, s, dtypes.float32) for s in srcs]
  out = alu(b, op, dtypes.bool if dtype == dtypes.bool else dtypes.float32, *wide)
  return out if dtype == dtypes.bool else cast(b, out, dtype)


def _bool_logic(b: IRBuilder, op, srcs) -> int:
  if op is UnaryOps.NEG: return b.alu(BinaryOps.XOR, dtypes.bool, srcs[0], b.const(True, dtypes.bool))
  return b.alu(_BOOL_OPS.get(op, op), dtypes.bool, *srcs)


def _never_trapping_divmod(b: IRBuilder, op, dt: DType, x: int, d: int) -> int:
  """Divide by a safe divisor (1 where d is 0 or -1), then put the rule's results where it was. A constant
  divisor folds the guards away."""
  zero = b.eq(d, b.const(0, dt))
  minus_one = b.const(False, dtypes.bool) if dt.is_unsigned else b.eq(d, b.const(-1, dt))
  out = b.alu(op, dt, x, b.where(b.or_(zero, minus_one), b.const(1, dt), d))
  if not b.is_false(minus_one):   # x / -1 is -x, wrapping at MIN; x % -1 is 0
    negated = b.alu(BinaryOps.SUB, dt, b.const(0, dt), x) if op is BinaryOps.DIV else b.const(0, dt)
    out = b.where(minus_one, negated, out)
  if not b.is_false(zero): out = b.where(zero, b.const(0, dt) if op is BinaryOps.DIV else x, out)
  return out


def _widen_bfloat16(b: IRBuilder, v: int) -> int:
  """A bfloat16 is the top half of a float32."""
  u32 = b.emit(IROps.CAST, dtypes.uint32, (b.emit(IROps.BITCAST, dtypes.uint16, (v,)),))
  return b.emit(IROps.BITCAST, dtypes.float32, (b.alu(BinaryOps.SHL, dtypes.uint32, u32, b.const(16, dtypes.uint32)),))


def _round_to_bfloat16(b: IRBuilder, f32: int) -> int:
  """The top half of a float32, rounded to nearest even; NaN stays a (quiet) NaN. dtype.bits16 does the same on
  the host for constants."""
  u32 = dtypes.uint32
  bits = b.emit(IROps.BITCAST, u32, (f32,))
  odd = b.alu(BinaryOps.AND, u32, b.alu(BinaryOps.SHR, u32, bits, b.const(16, u32)), b.const(1, u32))
  rounded = b.alu(BinaryOps.ADD, u32, bits, b.alu(BinaryOps.ADD, u32, odd, b.const(BFLOAT16_ROUND_BIAS, u32)))
  kept = b.where(b.eq(f32, f32), rounded, b.const(BFLOAT16_NAN << 16, u32))
  top = b.emit(IROps.CAST, dtypes.uint16, (b.alu(BinaryOps.SHR, u32, kept, b.const(16, u32)),))
  return b.emit(IROps.BITCAST, dtypes.bfloat16, (top,))
