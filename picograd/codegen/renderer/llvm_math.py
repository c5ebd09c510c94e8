"""exp2, log2 and sin for float32 as straight-line LLVM IR: no calls and no branches, so the loop vectorizer
can run them across SIMD lanes (a libm call per element is ~4x slower than NumPy's vector code).

Each function takes an emitter (`op` appends `%t = <text>` and returns `%t`; `call` declares an intrinsic) and
the name of a float value, and returns the name of the result. NaN, infinities, zero and subnormals follow IEEE
(and PyTorch).
"""
from __future__ import annotations
import math
import struct


def flt(x: float) -> str:
  """An LLVM float literal: the double spelling of the nearest float32."""
  f = struct.unpack("<f", struct.pack("<f", x))[0] if math.isfinite(x) else x
  return f"0x{struct.unpack('<Q', struct.pack('<d', f))[0]:016X}"


def dbl(x: float) -> str:
  return f"0x{struct.unpack('<Q', struct.pack('<d', x))[0]:016X}"


def _horner(e, x: str, coeffs: list[str], ty: str) -> str:
  """coeffs[0] + x*(coeffs[1] + x*(...)), highest power innermost, by explicit FMAs (the same in every kernel)."""
  acc = coeffs[-1]
  suffix = "f32" if ty == "float" else "f64"
  for c in reversed(coeffs[:-1]): acc = e.call(f"llvm.fma.{suffix}", ty, [f"{ty} {acc}", f"{ty} {x}", f"{ty} {c}"])
  return acc


# 2**f = e**(f ln2) on |f| <= 1/2: Taylor terms ln2**k / k! to k=7 leave < 1e-8 relative error
EXP2_COEFFS = [math.log(2) ** k / math.factorial(k) for k in range(8)]


def exp2_f32(e, x: str) -> str:
  lo = e.call("llvm.maxnum.f32", "float", [f"float {x}", f"float {flt(-151.0)}"])
  c = e.call("llvm.minnum.f32", "float", [f"float {lo}", f"float {flt(129.0)}"])
  n = e.call("llvm.rint.f32", "float", [f"float {c}"])
  f = e.op(f"fsub float {c}, {n}")
  return _scaled_by_exp2(e, x, _horner(e, f, [flt(k) for k in EXP2_COEFFS], "float"), n)


def _scaled_by_exp2(e, x: str, p: str, n: str) -> str:
  """p * 2**n (n an integral float), in two halves so both scales stay normal floats: covers overflow to inf and
  gradual underflow; a NaN x passes through."""
  ni = e.op(f"fptosi float {n} to i32")
  n1 = e.op(f"ashr i32 {ni}, 1")
  n2 = e.op(f"sub i32 {ni}, {n1}")
  scaled = p
  for half in (n1, n2):
    biased = e.op(f"add i32 {half}, 127")
    bits = e.op(f"shl i32 {biased}, 23")
    scale = e.op(f"bitcast i32 {bits} to float")
    scaled = e.op(f"fmul float {scaled}, {scale}")
  isnan = e.op(f"fcmp uno float {x}, 0.0")
  return e.op(f"select i1 {isnan}, float {x}, float {scaled}")


LN2_HI, LN2_LO = 0.693145751953125, 1.4286068203094173e-06   # ln2 split: n * LN2_HI is exact for |n| < 512
EXP_COEFFS = [1 / math.factorial(k) for k in range(8)]   # e**r on |r| <= ln2/2: Taylor to r**7, < 1e-8 relative


def exp_f32(e, x: str) -> str:
  """e**x = 2**n * e**r, x = n ln2 + r: n*ln2 taken away in two exact parts (Cody and Waite), so no rounding of
  x/ln2 reaches the result; within 1 ulp of the float64 value."""
  lo = e.call("llvm.maxnum.f32", "float", [f"float {x}", f"float {flt(-104.0)}"])   # e**-104 is below every float
  c = e.call("llvm.minnum.f32", "float", [f"float {lo}", f"float {flt(89.0)}"])      # e**89 is above them all
  q = e.op(f"fmul float {c}, {flt(1 / math.log(2))}")
  n = e.call("llvm.rint.f32", "float", [f"float {q}"])
  nn = e.op(f"fneg float {n}")
  r = e.call("llvm.fma.f32", "float", [f"float {nn}", f"float {flt(LN2_HI)}", f"float {c}"])
  r = e.call("llvm.fma.f32", "float", [f"float {nn}", f"float {flt(LN2_LO)}", f"float {r}"])
  return _scaled_by_exp2(e, x, _horner(e, r, [flt(k) for k in EXP_COEFFS], "float"), n)


# ln(m) = 2 atanh(s) = 2(s + s^3/3 + s^5/5 + ...) with s = (m-1)/(m+1), |s| <= 0.172 for m in [sqrt(1/2), sqrt(2))
LOG_COEFFS = [1.0 / (2 * k + 1) for k in range(6)]


def log2_f32(e, x: str) -> str:
  tiny = e.op(f"fcmp olt float {x}, {flt(2.0 ** -126)}")
  big_x = e.op(f"fmul float {x}, {flt(2.0 ** 23)}")
  xs = e.op(f"select i1 {tiny}, float {big_x}, float {x}")
  adj = e.op(f"select i1 {tiny}, i32 -23, i32 0")
  bits = e.op(f"bitcast float {xs} to i32")
  eb = e.op(f"lshr i32 {bits}, 23")
  eb = e.op(f"and i32 {eb}, 255")
  ex = e.op(f"sub i32 {eb}, 127")
  ex = e.op(f"add i32 {ex}, {adj}")
  mb = e.op(f"and i32 {bits}, 8388607")
  mb = e.op(f"or i32 {mb}, 1065353216")
  m = e.op(f"bitcast i32 {mb} to float")
  over = e.op(f"fcmp ogt float {m}, {flt(math.sqrt(2))}")
  mh = e.op(f"fmul float {m}, 0x3FE0000000000000")
  m = e.op(f"select i1 {over}, float {mh}, float {m}")
  ex1 = e.op(f"add i32 {ex}, 1")
  ex = e.op(f"select i1 {over}, i32 {ex1}, i32 {ex}")
  num = e.op(f"fsub float {m}, 1.0")
  den = e.op(f"fadd float {m}, 1.0")
  s = e.op(f"fdiv float {num}, {den}")
  s2 = e.op(f"fmul float {s}, {s}")
  series = _horner(e, s2, [flt(c) for c in LOG_COEFFS], "float")
  ln_m = e.op(f"fmul float {s}, {series}")
  log2_m = e.op(f"fmul float {ln_m}, {flt(2.0 / math.log(2))}")
  exf = e.op(f"sitofp i32 {ex} to float")
  r = e.op(f"fadd float {exf}, {log2_m}")
  for cond, value in ((f"fcmp oeq float {x}, 0.0", flt(-math.inf)), (f"fcmp olt float {x}, 0.0", flt(math.nan)),
                      (f"fcmp oeq float {x}, {flt(math.inf)}", flt(math.inf))):
    hit = e.op(cond)
    r = e.op(f"select i1 {hit}, float {value}, float {r}")
  isnan = e.op(f"fcmp uno float {x}, 0.0")
  return e.op(f"select i1 {isnan}, float {x}, float {r}")


# sin(r) on |r| <= pi/2: odd Taylor terms to r^13 leave < 1e-9 error
SIN_COEFFS = [(-1) ** k / math.factorial(2 * k + 1) for k in range(7)]


def sin_f32(e, x: str) -> str:
  """Reduce by multiples of pi in double precision (exact enough for |x| up to ~1e9), then a polynomial."""
  xd = e.op(f"fpext float {x} to double")
  q = e.op(f"fmul double {xd}, {dbl(1 / math.pi)}")
  k = e.call("llvm.rint.f64", "double", [f"double {q}"])
  kpi = e.op(f"fmul double {k}, {dbl(math.pi)}")
  r = e.op(f"fsub double {xd}, {kpi}")
  # past ~1e15 the reduction loses every digit; keep r in range so the result stays in [-1, 1]
  r = e.call("llvm.maximum.f64", "double", [f"double {r}", f"double {dbl(-math.pi / 2)}"])   # NaN passes through
  r = e.call("llvm.minimum.f64", "double", [f"double {r}", f"double {dbl(math.pi / 2)}"])
  r2 = e.op(f"fmul double {r}, {r}")
  p = _horner(e, r2, [dbl(c) for c in SIN_COEFFS], "double")
  s = e.op(f"fmul double {p}, {r}")
  half = e.op(f"fmul double {k}, 0x3FE0000000000000")
  fl = e.call("llvm.floor.f64", "double", [f"double {half}"])
  odd = e.op(f"fcmp une double {half}, {fl}")
  ns = e.op(f"fneg double {s}")
  s = e.op(f"select i1 {odd}, double {ns}, double {s}")
  return e.op(f"fptrunc double {s} to float")


F32_FUNCTIONS = {"EXP2": exp2_f32, "EXP": exp_f32, "LOG2": log2_f32, "SIN": sin_f32}
