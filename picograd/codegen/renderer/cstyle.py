"""IR -> C-family source. The base holds everything C dialects share (statements, expressions, types, literals);
a dialect (CUDA today) supplies the kernel signature, thread indices, shared memory, barriers and a prelude.

One statement per instruction: `const T vN = ...;`. 16-bit floats live as their bits (`unsigned short`) and
compute in float, so no dialect needs a half-precision header.
"""
from __future__ import annotations
import math
import struct
from picograd.codegen.ir import IROps, Inst, Program
from picograd.dtype import DType, dtypes
from picograd.ops import BinaryOps, TernaryOps, UnaryOps

C_TYPES = {"bool": "bool", "int8": "signed char", "uint8": "unsigned char", "int16": "short", "uint16": "unsigned short",
           "int32": "int", "uint32": "unsigned int", "int64": "long long", "uint64": "unsigned long long",
           "float16": "unsigned short", "bfloat16": "unsigned short", "float32": "float", "float64": "double"}
_INFIX = {BinaryOps.ADD: "+", BinaryOps.SUB: "-", BinaryOps.MUL: "*", BinaryOps.CMPLT: "<", BinaryOps.CMPEQ: "==",
          BinaryOps.AND: "&", BinaryOps.OR: "|", BinaryOps.XOR: "^", BinaryOps.SHL: "<<", BinaryOps.SHR: ">>"}


def is_half(dt: DType) -> bool: return dt.is_float and dt.itemsize == 2


class CStyleLanguage:
  buffer_qualifier = ""                     # after the pointer star, e.g. __restrict__
  shared_prefix = ""
  barrier = ""
  prelude = ""
  specials: dict[str, str] = {}
  float_funcs = {UnaryOps.SQRT: "sqrt", UnaryOps.EXP2: "exp2", UnaryOps.LOG2: "log2", UnaryOps.SIN: "sin"}

  def kernel_prefix(self, prog: Program) -> str:
    """What comes before `void name(...)`."""
    return ""

  # ---- types and literals ------------------------------------------------------------------------------------------
  def ctype(self, dt: DType) -> str: return C_TYPES[dt.name]

  def literal(self, value, dt: DType) -> str:
    if dt == dtypes.bool: return "true" if value else "false"
    if dt == dtypes.float32: return self.float_literal(float(value), 32)
    if dt == dtypes.float64: return self.float_literal(float(value), 64)
    if is_half(dt): return f"pg_f2{'h' if dt == dtypes.float16 else 'b'}({self.float_literal(float(value), 32)})"
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
  def to_float(self, expr: str, dt: DType) -> str:
    return f"pg_{'h' if dt == dtypes.float16 else 'b'}2f({expr})" if is_half(dt) else expr

  def from_float(self, expr: str, dt: DType) -> str:
    return f"pg_f2{'h' if dt == dtypes.float16 else 'b'}({expr})" if is_half(dt) else expr

  def alu(self, op, dt: DType, args: list[str], out_dt: DType) -> str:
    """The expression of op on operands of type dt (16-bit floats were widened to float by the caller)."""
    f = "f" if dt == dtypes.float32 else ""
    if op is TernaryOps.WHERE: return f"({args[0]} ? {args[1]} : {args[2]})"
    if op is UnaryOps.NEG: return f"(!{args[0]})" if dt == dtypes.bool else f"(-{args[0]})"
    if op is UnaryOps.RECIP: return f"(1.0{f} / {args[0]})"
    if op in self.float_funcs: return f"{self.float_funcs[op]}{f}({args[0]})"
    a, b = args
    if dt == dtypes.bool and op in (BinaryOps.ADD, BinaryOps.MAX, BinaryOps.OR): return f"({a} || {b})"
    if dt == dtypes.bool and op in (BinaryOps.MUL, BinaryOps.AND): return f"({a} && {b})"
    if dt == dtypes.bool and op in (BinaryOps.XOR, BinaryOps.SUB): return f"({a} != {b})"
    if op is BinaryOps.MAX: return f"pg_fmax({a}, {b})" if dt.is_float else f"({a} > {b} ? {a} : {b})"
    if op is BinaryOps.DIV: return f"({a} / {b})" if dt.is_float else f"pg_{'u' if dt.is_unsigned else 'i'}div({a}, {b})"
    if op is BinaryOps.MOD: return f"fmod{f}({a}, {b})" if dt.is_float else f"pg_{'u' if dt.is_unsigned else 'i'}mod({a}, {b})"
    return f"({a} {_INFIX[op]} {b})"

  def cast(self, src: DType, dst: DType, expr: str) -> str:
    if src == dst: return expr
    if dst == dtypes.bool: return f"({self.to_float(expr, src)} != 0)"
    if is_half(dst): return self.from_float(f"(float){self.to_float(expr, src)}", dst)
    return f"(({self.ctype(dst)}){self.to_float(expr, src)})"

  # ---- the kernel --------------------------------------------------------------------------------------------------
  def render(self, prog: Program) -> str:
    names: dict[int, str] = {}
    lines: list[str] = []
    depth = 1
    insts = prog.insts
    params = []

    def val(i: int) -> str:
      inst = insts[i]
      return self.literal(inst.arg, inst.dtype) if inst.op is IROps.CONST else names[i]

    def emit(text: str): lines.append("  " * depth + text)

    def define(i: int, dt: DType, expr: str):
      names[i] = f"v{i}"
      emit(f"const {self.ctype(dt)} v{i} = {expr};")

    for i, inst in enumerate(insts):
      op, dt, srcs = inst.op, inst.dtype, inst.srcs
      if op is IROps.CONST: continue
      if op is IROps.BUFFER:
        _, name, is_output = inst.arg
        names[i] = name
        params.append(f"{'' if is_output else 'const '}{self.ctype(dt)}* {self.buffer_qualifier}{name}")
      elif op is IROps.SPECIAL:
        names[i] = f"{inst.arg}{i}"
        emit(f"const long long {names[i]} = (long long){self.specials[inst.arg]};")
      elif op is IROps.LOCAL:
        names[i] = f"{inst.arg[0]}{i}"
        emit(f"{self.shared_prefix}{self.ctype(dt)} {names[i]}[{inst.arg[1]}];")
      elif op is IROps.RANGE:
        names[i] = f"r{i}"
        emit(f"for (long long r{i} = {val(srcs[0])}; r{i} < {val(srcs[1])}; r{i}++) {{")
        depth += 1
      elif op is IROps.IF:
        emit(f"if ({val(srcs[0])}) {{")
        depth += 1
      elif op in (IROps.ENDRANGE, IROps.ENDIF):
        depth -= 1
        emit("}")
      elif op is IROps.BARRIER: emit(self.barrier)
      elif op is IROps.LOAD:
        load = f"{val(srcs[0])}[{val(srcs[1])}]"
        define(i, dt, load if len(srcs) == 2 else f"({val(srcs[2])} ? {load} : {self.literal(0, dt)})")
      elif op is IROps.STORE: emit(f"{val(srcs[0])}[{val(srcs[1])}] = {val(srcs[2])};")
      elif op is IROps.ACC:
        names[i] = f"acc{i}"
        emit(f"{self.ctype(dt)} acc{i} = {self.literal(inst.arg, dt)};")
      elif op is IROps.ASSIGN: emit(f"{names[srcs[0]]} = {val(srcs[1])};")
      elif op is IROps.CAST: define(i, dt, self.cast(insts[srcs[0]].dtype, dt, val(srcs[0])))
      elif op is IROps.BITCAST: define(i, dt, f"pg_bitcast<{self.ctype(dt)}>({val(srcs[0])})")
      elif op is IROps.ALU: define(i, dt, self._alu_inst(inst, insts, [val(s) for s in srcs]))
      else:
        raise NotImplementedError(f"C renderer: {op}")
    head = f"{self.kernel_prefix(prog)}void {prog.name}({', '.join(params)}) {{"
    return f"{self.prelude}{head}\n" + "\n".join(lines) + "\n}\n"

  def _alu_inst(self, inst: Inst, insts, args: list[str]) -> str:
    operand = insts[inst.srcs[-1]].dtype if inst.arg is TernaryOps.WHERE else insts[inst.srcs[0]].dtype
    if not is_half(operand) or inst.arg is TernaryOps.WHERE: return self.alu(inst.arg, operand, args, inst.dtype)
    wide = self.alu(inst.arg, dtypes.float32, [self.to_float(a, operand) for a in args], inst.dtype)
    return wide if inst.dtype == dtypes.bool else self.from_float(wide, operand)
