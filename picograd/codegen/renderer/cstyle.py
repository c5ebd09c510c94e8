"""IR -> C-family source. The base holds everything C dialects share (statements, expressions, types, literals);
a dialect (CUDA today) supplies the kernel signature, thread indices, shared memory, barriers and a prelude.

One statement per instruction: `const T vN = ...;`, written by one method per IR op, found by name. 16-bit floats
live as their bits (`unsigned short`); the linearizer already made them compute in float (codegen/rules.py), so
all a dialect needs is float16 <-> float conversions, and no half-precision header.
"""
from __future__ import annotations
import math
import struct
from picograd.codegen.ir import IROps, Inst, Program
from picograd.dtype import DType, bits16, dtypes
from picograd.ops import BinaryOps, TernaryOps, UnaryOps

C_TYPES = {"bool": "bool", "int8": "signed char", "uint8": "unsigned char", "int16": "short",
           "uint16": "unsigned short", "int32": "int", "uint32": "unsigned int", "int64": "long long",
           "uint64": "unsigned long long", "float16": "unsigned short", "bfloat16": "unsigned short",
           "float32": "float", "float64": "double"}
_INFIX = {BinaryOps.ADD: "+", BinaryOps.SUB: "-", BinaryOps.MUL: "*", BinaryOps.DIV: "/", BinaryOps.CMPLT: "<",
          BinaryOps.CMPEQ: "==", BinaryOps.AND: "&", BinaryOps.OR: "|", BinaryOps.XOR: "^",
          BinaryOps.SHL: "<<", BinaryOps.SHR: ">>"}


class CStyleLanguage:
  buffer_qualifier = ""                     # after the pointer star, e.g. __restrict__
  shared_prefix = ""
  barrier = ""
  prelude = ""
  specials: dict[str, str] = {}
  float_funcs = {UnaryOps.SQRT: "sqrt", UnaryOps.EXP2: "exp2", UnaryOps.LOG2: "log2", UnaryOps.SIN: "sin",
                 UnaryOps.EXP: "exp"}
  half_to_float, float_to_half = "pg_h2f", "pg_f2h"   # the prelude's float16 conversions

  def kernel_prefix(self, prog: Program) -> str:
    """What comes before `void name(...)`."""
    return ""

  def vector_type(self, dt: DType, lanes: int) -> str:
    """The type of a vector load or store of `lanes` values of dt (a dialect with vector accesses names it)."""
    raise NotImplementedError(f"{type(self).__name__}: no vector type of {lanes} {dt.name}")

  def mma(self, dt: DType, args: list[str]) -> str:
    """A tensor-core product (ir.IROps.MMA) of 16-bit dt operands: A and B as pairs packed in 32 bits, then C."""
    raise NotImplementedError(f"{type(self).__name__}: no tensor cores")

  def shuffle(self, dt: DType, expr: str, lane_xor: int) -> str:
    """The value of dt that warp lane (lane ^ lane_xor) holds (ir.IROps.SHUFFLE)."""
    raise NotImplementedError(f"{type(self).__name__}: no warp shuffles")

  def prelude_for(self, prog: Program) -> str: return self.prelude

  def vector_value(self, dt: DType, args: list[str]) -> str:
    """A vector of dt from its lanes' expressions."""
    raise NotImplementedError(f"{type(self).__name__}: no vector of {len(args)} {dt.name}")

  def vector_lane(self, dt: DType, lanes: int, expr: str, lane: int) -> str:
    """Element `lane` of a vector of `lanes` dt values."""
    return f"{expr}.{'xyzw'[lane]}"

  # ---- types and literals ------------------------------------------------------------------------------------------
  def ctype(self, dt: DType) -> str: return C_TYPES[dt.name]

  def literal(self, value, dt: DType) -> str:
    if dt == dtypes.bool: return "true" if value else "false"
    if dt == dtypes.float32: return self.float_literal(float(value), 32)
    if dt == dtypes.float64: return self.float_literal(float(value), 64)
    if dt.is_16bit_float: return f"(unsigned short)0x{bits16(value, dt):04x}u"
    v = int(value) % (1 << (8 * dt.itemsize))
    if not dt.is_unsigned and v >= 1 << (8 * dt.itemsize - 1): v -= 1 << (8 * dt.itemsize)
    suffix = {8: "ll"}.get(dt.itemsize, "") if not dt.is_unsigned else {8: "ull"}.get(dt.itemsize, "u")
    if v == -(1 << 63): return "(-9223372036854775807ll - 1)"
    return f"({self.ctype(dt)}){v}{suffix}" if dt.itemsize < 4 else f"{v}{suffix}"

  def float_literal(self, x: float, bits: int) -> str:
    """Exact hex literals; infinities and NaN by their bits (no math header needed)."""
    if bits == 32: x = struct.unpack("<f", struct.pack("<f", x))[0]
    if math.isfinite(x): return x.hex() + ("f" if bits == 32 else "")
    raw = struct.unpack("<I", struct.pack("<f", x))[0] if bits == 32 else struct.unpack("<Q", struct.pack("<d", x))[0]
    return f"__int_as_float(0x{raw:08x})" if bits == 32 else f"__longlong_as_double(0x{raw:016x}ll)"

  # ---- expressions -------------------------------------------------------------------------------------------------
  def alu(self, op, dt: DType, args: list[str]) -> str:
    """The expression of op on operands of type dt (never a 16-bit float: see codegen/rules.py)."""
    f = "f" if dt == dtypes.float32 else ""
    if op is TernaryOps.WHERE: return f"({args[0]} ? {args[1]} : {args[2]})"
    if op is UnaryOps.NEG: return f"(-({args[0]}))" if args[0].startswith("-") else f"(-{args[0]})"   # not "--x"
    if op is UnaryOps.RECIP: return f"(1.0{f} / {args[0]})"
    if op in self.float_funcs: return f"{self.float_funcs[op]}{f}({args[0]})"
    a, b = args
    if op is BinaryOps.MAX: return f"pg_fmax({a}, {b})" if dt.is_float else f"({a} > {b} ? {a} : {b})"
    if op is BinaryOps.MOD: return f"fmod{f}({a}, {b})" if dt.is_float else f"({a} % {b})"
    return f"({a} {_INFIX[op]} {b})"

  def cast(self, src: DType, dst: DType, expr: str) -> str:
    if src == dst: return expr
    if dst == dtypes.bool: return f"({expr} != 0)"
    if dst == dtypes.float16: return f"{self.float_to_half}({expr})"
    if src == dtypes.float16: return f"{self.half_to_float}({expr})"
    return f"(({self.ctype(dst)}){expr})"

  # ---- the kernel --------------------------------------------------------------------------------------------------
  def render(self, prog: Program) -> str:
    r = _CKernel(self, prog.insts)
    for i, inst in enumerate(prog.insts):
      rule = getattr(r, f"_{inst.op.name}", None)
      if rule is None: raise NotImplementedError(f"C renderer: {inst.op}")
      rule(i, inst)
    head = f"{self.kernel_prefix(prog)}void {prog.name}({', '.join(r.params)}) {{"
    return f"{self.prelude_for(prog)}{head}\n" + "\n".join(r.lines) + "\n}\n"


class _CKernel:
  """The statements of one kernel: one method per IR op, found by name (`_RANGE` renders RANGE)."""

  def __init__(self, lang: CStyleLanguage, insts: tuple[Inst, ...]):
    self.lang, self.insts = lang, insts
    self.names: dict[int, str] = {}
    self.lines: list[str] = []
    self.params: list[str] = []
    self.depth = 1

  def val(self, i: int) -> str:
    inst = self.insts[i]
    return self.lang.literal(inst.arg, inst.dtype) if inst.op is IROps.CONST else self.names[i]

  def emit(self, text: str): self.lines.append("  " * self.depth + text)

  def define(self, i: int, expr: str):
    self.names[i] = f"v{i}"
    self.emit(f"const {self.lang.ctype(self.insts[i].dtype)} v{i} = {expr};")

  def open(self, text: str):
    self.emit(text)
    self.depth += 1

  def _CONST(self, i: int, inst: Inst): pass
  def _BARRIER(self, i: int, inst: Inst): self.emit(self.lang.barrier)
  def _STORE(self, i: int, inst: Inst):
    buf, index, *values = (self.val(s) for s in inst.srcs)
    if len(values) == 1: return self.emit(f"{buf}[{index}] = {values[0]};")
    dt = self.insts[inst.srcs[2]].dtype
    vt = self.lang.vector_type(dt, len(values))
    self.emit(f"*(({vt}*)({buf} + {index})) = {self.lang.vector_value(dt, values)};")

  def _MMA(self, i: int, inst: Inst):
    args = [self.val(s) for s in inst.srcs]
    pairs = [f"pg_pack({lo}, {hi})" for lo, hi in zip(args[:12:2], args[1:12:2])]
    self.names[i] = f"v{i}"
    vt = self.lang.vector_type(dtypes.float32, 4)
    self.emit(f"const {vt} v{i} = {self.lang.mma(self.insts[inst.srcs[0]].dtype, pairs + args[12:])};")

  def _SHUFFLE(self, i: int, inst: Inst):
    self.define(i, self.lang.shuffle(inst.dtype, self.val(inst.srcs[0]), inst.arg))

  def _LANE(self, i: int, inst: Inst):
    vec = self.insts[inst.srcs[0]]
    self.define(i, self.lang.vector_lane(inst.dtype, vec.arg or 4, self.val(inst.srcs[0]), inst.arg))
  def _ASSIGN(self, i: int, inst: Inst): self.emit(f"{self.names[inst.srcs[0]]} = {self.val(inst.srcs[1])};")
  def _IF(self, i: int, inst: Inst): self.open(f"if ({self.val(inst.srcs[0])}) {{")

  def _ENDRANGE(self, i: int, inst: Inst):
    self.depth -= 1
    self.emit("}")

  _ENDIF = _ENDRANGE

  def _BUFFER(self, i: int, inst: Inst):
    self.names[i] = inst.arg.name
    const = "" if inst.arg.is_output else "const "
    self.params.append(f"{const}{self.lang.ctype(inst.dtype)}* {self.lang.buffer_qualifier}{inst.arg.name}")

  def _SPECIAL(self, i: int, inst: Inst):
    self.names[i] = f"{inst.arg}{i}"
    ctype = self.lang.ctype(inst.dtype)
    self.emit(f"const {ctype} {self.names[i]} = ({ctype}){self.lang.specials[inst.arg]};")

  def _LOCAL(self, i: int, inst: Inst):
    self.names[i] = f"{inst.arg.name}{i}"
    self.emit(f"{self.lang.shared_prefix}{self.lang.ctype(inst.dtype)} {self.names[i]}[{inst.arg.size}];")

  def _RANGE(self, i: int, inst: Inst):
    self.names[i] = f"r{i}"
    start, end = self.val(inst.srcs[0]), self.val(inst.srcs[1])
    self.open(f"for ({self.lang.ctype(inst.dtype)} r{i} = {start}; r{i} < {end}; r{i}++) {{")

  def _LOAD(self, i: int, inst: Inst):
    if inst.arg:   # a vector of inst.arg lanes
      vt, self.names[i] = self.lang.vector_type(inst.dtype, inst.arg), f"v{i}"
      return self.emit(f"const {vt} v{i} = *((const {vt}*)({self.val(inst.srcs[0])} + {self.val(inst.srcs[1])}));")
    load = f"{self.val(inst.srcs[0])}[{self.val(inst.srcs[1])}]"
    if len(inst.srcs) == 3: load = f"({self.val(inst.srcs[2])} ? {load} : {self.lang.literal(0, inst.dtype)})"
    self.define(i, load)

  def _ACC(self, i: int, inst: Inst):
    self.names[i] = f"acc{i}"
    self.emit(f"{self.lang.ctype(inst.dtype)} acc{i} = {self.lang.literal(inst.arg, inst.dtype)};")

  def _CAST(self, i: int, inst: Inst):
    self.define(i, self.lang.cast(self.insts[inst.srcs[0]].dtype, inst.dtype, self.val(inst.srcs[0])))

  def _BITCAST(self, i: int, inst: Inst):
    self.define(i, f"pg_bitcast<{self.lang.ctype(inst.dtype)}>({self.val(inst.srcs[0])})")

  def _ALU(self, i: int, inst: Inst):
    operand = self.insts[inst.srcs[-1] if inst.arg is TernaryOps.WHERE else inst.srcs[0]].dtype
    self.define(i, self.lang.alu(inst.arg, operand, [self.val(s) for s in inst.srcs]))
