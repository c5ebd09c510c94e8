"""IR -> LLVM IR text. A pure function of the Program: the renderer never sees tensors or buffers.

Loops become blocks with a phi counter (each runs at least once: empty kernels never launch); the outermost
loop runs from the function's %start to %end, so the runtime can split it across threads. Accumulators are
stack slots that LLVM's passes promote to registers. Only accumulations (and the products feeding them) may
contract into FMAs and reassociate, so reductions vectorize while recomputed values stay bit-identical. NaN and infinity keep their IEEE meaning (no nnan/ninf).
"""
from __future__ import annotations
import math
import numpy as np
from picograd.codegen.ir import IROps, Inst, Program
from picograd.codegen.renderer.llvm_math import F32_FUNCTIONS, dbl, flt
from picograd.dtype import DType, dtypes
from picograd.ops import BinaryOps, TernaryOps, UnaryOps

_INT_TYPES = {1: "i8", 2: "i16", 4: "i32", 8: "i64"}


def ltype(dt: DType) -> str:
  if dt == dtypes.bool: return "i1"
  if dt == dtypes.bfloat16: return "bfloat"
  if dt.is_float: return {2: "half", 4: "float", 8: "double"}[dt.itemsize]
  return _INT_TYPES[dt.itemsize]


def mtype(dt: DType) -> str:
  """How the type is stored in memory: bools are bytes."""
  return "i8" if dt == dtypes.bool else ltype(dt)


def literal(value, dt: DType) -> str:
  if dt == dtypes.bool: return "true" if value else "false"
  if dt == dtypes.float16: return f"0xH{int(np.array(value, np.float16).view(np.uint16)):04X}"
  if dt == dtypes.bfloat16: return f"0xR{_bfloat16_bits(float(value)):04X}"
  if dt.is_float: return flt(value) if dt.itemsize == 4 else dbl(float(value))
  bits = 8 * dt.itemsize
  v = int(value) % (1 << bits)
  return str(v - (1 << bits) if v >= 1 << (bits - 1) else v)


def _bfloat16_bits(x: float) -> int:
  """The bfloat16 nearest to x (ties to even), as its 16 bits."""
  bits = int(np.array(x, np.float32).view(np.uint32))
  if math.isnan(x): return 0x7FC0
  return ((bits + 0x7FFF + ((bits >> 16) & 1)) >> 16) & 0xFFFF


class _Emitter:
  def __init__(self):
    self.lines: list[str] = []
    self.declares: dict[str, str] = {}
    self.n = 0

  def op(self, text: str) -> str:
    self.n += 1
    self.lines.append(f"  %t{self.n} = {text}")
    return f"%t{self.n}"

  def raw(self, text: str): self.lines.append(text)

  def call(self, fn: str, ret: str, args: list[str]) -> str:
    self.declares[fn] = f"declare {ret} @{fn}({', '.join(a.split(' ')[0] for a in args)})"
    return self.op(f"call {ret} @{fn}({', '.join(args)})")


def _suffix(dt: DType) -> str:
  return {4: "f32", 8: "f64"}[dt.itemsize] if dt.is_float else ltype(dt)


def _unary(e: _Emitter, op, dt: DType, a: str) -> str:
  t = ltype(dt)
  if op is UnaryOps.NEG:
    if dt.is_float: return e.op(f"fneg {t} {a}")
    return e.op(f"xor i1 {a}, true") if dt == dtypes.bool else e.op(f"sub {t} 0, {a}")
  if not dt.is_float: raise NotImplementedError(f"{op.name} on {dt.name}")
  if op is UnaryOps.RECIP: return e.op(f"fdiv {t} 1.0, {a}")
  if op is UnaryOps.SQRT: return e.call(f"llvm.sqrt.{_suffix(dt)}", t, [f"{t} {a}"])
  if dt == dtypes.float32: return F32_FUNCTIONS[op.name](e, a)
  return e.call(f"llvm.{op.name.lower()}.{_suffix(dt)}", t, [f"{t} {a}"])


def _int_divmod(e: _Emitter, op, dt: DType, a: str, b: str) -> str:
  """Integer / and % that never trap: x/0 gives 0 and x%0 gives x (PyTorch raises; a kernel cannot), MIN/-1 wraps."""
  t = ltype(dt)
  is_zero = e.op(f"icmp eq {t} {b}, 0")
  cond = is_zero
  if not dt.is_unsigned:
    is_m1 = e.op(f"icmp eq {t} {b}, -1")
    cond = e.op(f"or i1 {is_zero}, {is_m1}")
  safe = e.op(f"select i1 {cond}, {t} 1, {t} {b}")
  kind = ("u" if dt.is_unsigned else "s") + ("div" if op is BinaryOps.DIV else "rem")
  q = e.op(f"{kind} {t} {a}, {safe}")
  if dt.is_unsigned:
    return e.op(f"select i1 {is_zero}, {t} {'0' if op is BinaryOps.DIV else a}, {t} {q}")
  special = e.op(f"sub {t} 0, {a}") if op is BinaryOps.DIV else "0"
  q = e.op(f"select i1 {is_m1}, {t} {special}, {t} {q}")
  return e.op(f"select i1 {is_zero}, {t} {'0' if op is BinaryOps.DIV else a}, {t} {q}")


_FLOAT_BIN = {BinaryOps.ADD: "fadd", BinaryOps.SUB: "fsub", BinaryOps.MUL: "fmul", BinaryOps.DIV: "fdiv", BinaryOps.MOD: "frem"}
_INT_BIN = {BinaryOps.ADD: "add", BinaryOps.SUB: "sub", BinaryOps.MUL: "mul", BinaryOps.AND: "and", BinaryOps.OR: "or",
            BinaryOps.XOR: "xor", BinaryOps.SHL: "shl"}
_BOOL_BIN = {BinaryOps.ADD: "or", BinaryOps.MUL: "and", BinaryOps.MAX: "or", BinaryOps.AND: "and", BinaryOps.OR: "or",
             BinaryOps.XOR: "xor", BinaryOps.SUB: "xor"}


def _binary(e: _Emitter, op, dt: DType, a: str, b: str, flags: str) -> str:
  t = ltype(dt)
  if op is BinaryOps.CMPLT:
    if dt.is_float: return e.op(f"fcmp olt {t} {a}, {b}")
    return e.op(f"icmp {'ult' if dt.is_unsigned or dt == dtypes.bool else 'slt'} {t} {a}, {b}")
  if op is BinaryOps.CMPEQ: return e.op(f"{'fcmp oeq' if dt.is_float else 'icmp eq'} {t} {a}, {b}")
  if dt == dtypes.bool: return e.op(f"{_BOOL_BIN[op]} i1 {a}, {b}")
  if dt.is_float:
    if op is BinaryOps.MAX: return e.call(f"llvm.maximum.{_suffix(dt)}", t, [f"{t} {a}", f"{t} {b}"])
    return e.op(f"{_FLOAT_BIN[op]} {flags}{t} {a}, {b}")
  if op is BinaryOps.MAX: return e.call(f"llvm.{'u' if dt.is_unsigned else 's'}max.{t}", t, [f"{t} {a}", f"{t} {b}"])
  if op in (BinaryOps.DIV, BinaryOps.MOD): return _int_divmod(e, op, dt, a, b)
  if op is BinaryOps.SHR: return e.op(f"{'lshr' if dt.is_unsigned else 'ashr'} {t} {a}, {b}")
  return e.op(f"{_INT_BIN[op]} {t} {a}, {b}")


def _cast(e: _Emitter, src: DType, dst: DType, a: str) -> str:
  s, d = ltype(src), ltype(dst)
  if s == d and src.is_unsigned == dst.is_unsigned: return a
  if dst == dtypes.bool: return e.op(f"fcmp une {s} {a}, 0.0" if src.is_float else f"icmp ne {s} {a}, 0")
  if dst == dtypes.bfloat16: return _round_to_bfloat(e, _cast(e, src, dtypes.float32, a))
  if src == dtypes.bfloat16:   # the top half of a float32: widened by a shift, as no library call is needed
    low = e.op(f"zext i16 {e.op(f'bitcast bfloat {a} to i16')} to i32")
    wide = e.op(f"bitcast i32 {e.op(f'shl i32 {low}, 16')} to float")
    return _cast(e, dtypes.float32, dst, wide)
  if src.is_float and dst.is_float:
    if src.itemsize == dst.itemsize: return e.op(f"fptrunc float {e.op(f'fpext {s} {a} to float')} to {d}")   # half <-> bfloat
    if src.itemsize == 8 and dst.itemsize == 2:   # through float, as PyTorch rounds (double -> half is a libcall)
      return _cast(e, dtypes.float32, dst, e.op(f"fptrunc double {a} to float"))
    return e.op(f"{'fpext' if dst.itemsize > src.itemsize else 'fptrunc'} {s} {a} to {d}")
  if src.is_float:   # as PyTorch on the CPU: through int32 for narrower ints and int64 for unsigned ones, so
    if dst.itemsize < 4: return e.op(f"trunc i32 {e.op(f'fptosi {s} {a} to i32')} to {d}")   # negatives wrap
    if not dst.is_unsigned: return e.op(f"fptosi {s} {a} to {d}")
    signed = e.op(f"fptosi {s} {a} to i64")
    if dst.itemsize == 4: return e.op(f"trunc i64 {signed} to i32")
    return e.op(f"select i1 {e.op(f'fcmp olt {s} {a}, 0.0')}, i64 {signed}, i64 {e.op(f'fptoui {s} {a} to i64')}")
  unsigned_src = src.is_unsigned or src == dtypes.bool
  if dst.is_float: return e.op(f"{'uitofp' if unsigned_src else 'sitofp'} {s} {a} to {d}")
  if s == d: return a
  bits = lambda t: int(t[1:])   # noqa: E731
  if bits(d) < bits(s): return e.op(f"trunc {s} {a} to {d}")
  return e.op(f"{'zext' if unsigned_src else 'sext'} {s} {a} to {d}")


def _round_to_bfloat(e: _Emitter, f32: str) -> str:
  """float -> bfloat16, nearest with ties to even, in integer ops: newer LLVMs lower bfloat conversions to
  runtime-library calls that a JIT-compiled kernel cannot resolve."""
  bits = e.op(f"bitcast float {f32} to i32")
  odd = e.op(f"and i32 {e.op(f'lshr i32 {bits}, 16')}, 1")
  rounded = e.op(f"add i32 {bits}, {e.op(f'add i32 {odd}, 32767')}")
  nan = e.op(f"fcmp uno float {f32}, {f32}")
  top = e.op(f"lshr i32 {e.op(f'select i1 {nan}, i32 {0x7FC00000}, i32 {rounded}')}, 16")
  return e.op(f"bitcast i16 {e.op(f'trunc i32 {top} to i16')} to bfloat")


def render_llvm(prog: Program) -> str:
  e = _Emitter()
  insts = prog.insts
  names: dict[int, str] = {}
  allocas: list[str] = []
  accumulated = {inst.srcs[1] for inst in insts if inst.op is IROps.ASSIGN}
  # products feeding an accumulation may fuse into it (FMA); nowhere else, so that a value recomputed in two
  # kernels is bit-identical in both (argmax and max's gradient compare a value with its recomputed max)
  feeding = {src for i in accumulated for src in insts[i].srcs if insts[src].op is IROps.ALU}
  block = "entry"
  metadata: list[str] = []

  def val(i: int) -> str:
    inst = insts[i]
    if inst.op is IROps.CONST: return literal(inst.arg, inst.dtype)
    if inst.op is IROps.ACC: return e.op(f"load {ltype(inst.dtype)}, ptr {names[i]}")
    return names[i]

  def label(name: str):
    nonlocal block
    e.raw(f"{name}:")
    block = name

  params = [f"ptr noalias %data{inst.arg[0]}" for inst in insts if inst.op is IROps.BUFFER] + ["i64 %start", "i64 %end"]
  for i, inst in enumerate(insts):
    op, dt, srcs = inst.op, inst.dtype, inst.srcs
    if op is IROps.BUFFER: names[i] = f"%data{inst.arg[0]}"
    elif op is IROps.CONST: continue
    elif op is IROps.RANGE:
      pre = block
      e.raw(f"  br label %loop{i}")
      label(f"loop{i}")
      names[i] = f"%r{i}"
      first = "%start" if inst.arg[2] else val(srcs[0])
      e.raw(f"  %r{i} = phi i64 [{first}, %{pre}], [%r{i}.next, %loop{i}.latch]")
    elif op is IROps.ENDRANGE:
      r = srcs[0]
      e.raw(f"  br label %loop{r}.latch")
      label(f"loop{r}.latch")
      e.raw(f"  %r{r}.next = add nuw nsw i64 %r{r}, 1")
      end = "%end" if insts[r].arg[2] else val(insts[r].srcs[1])
      e.raw(f"  %r{r}.more = icmp slt i64 %r{r}.next, {end}")   # slt, not eq: LLVM then knows the trip count
      hint = "" if insts[r].arg[1] else f", !llvm.loop !{_no_vectorize(metadata)}"
      e.raw(f"  br i1 %r{r}.more, label %loop{r}, label %loop{r}.exit{hint}")
      label(f"loop{r}.exit")
    elif op is IROps.LOAD:
      index = val(srcs[1])
      if len(srcs) == 3: index = e.op(f"select i1 {val(srcs[2])}, i64 {index}, i64 0")
      ptr = e.op(f"getelementptr inbounds {mtype(dt)}, ptr {val(srcs[0])}, i64 {index}")
      v = e.op(f"load {mtype(dt)}, ptr {ptr}")
      if dt == dtypes.bool: v = e.op(f"icmp ne i8 {v}, 0")
      if len(srcs) == 3: v = e.op(f"select i1 {val(srcs[2])}, {ltype(dt)} {v}, {ltype(dt)} {literal(0, dt)}")
      names[i] = v
    elif op is IROps.STORE:
      buf_dt = insts[srcs[0]].dtype
      ptr = e.op(f"getelementptr inbounds {mtype(buf_dt)}, ptr {val(srcs[0])}, i64 {val(srcs[1])}")
      v = val(srcs[2])
      if buf_dt == dtypes.bool: v = e.op(f"zext i1 {v} to i8")
      e.raw(f"  store {mtype(buf_dt)} {v}, ptr {ptr}")
    elif op is IROps.ACC:
      names[i] = f"%acc{i}"
      allocas.append(f"  %acc{i} = alloca {ltype(dt)}")
      e.raw(f"  store {ltype(dt)} {literal(inst.arg, dt)}, ptr %acc{i}")
    elif op is IROps.ASSIGN:
      e.raw(f"  store {ltype(insts[srcs[0]].dtype)} {val(srcs[1])}, ptr {names[srcs[0]]}")
    elif op is IROps.CAST:
      names[i] = _cast(e, insts[srcs[0]].dtype, dt, val(srcs[0]))
    elif op is IROps.BITCAST:
      names[i] = e.op(f"bitcast {ltype(insts[srcs[0]].dtype)} {val(srcs[0])} to {ltype(dt)}")
    elif op is IROps.ALU:
      flags = "reassoc nsz contract " if i in accumulated else ("contract " if i in feeding else "")
      names[i] = _render_alu(e, inst, insts, [val(s) for s in srcs], flags)
    else:
      raise NotImplementedError(f"LLVM renderer: {op}")
  body = "\n".join(e.lines)
  declares = "\n".join(e.declares.values())
  return (f"define void @{prog.name}({', '.join(params)}) nounwind {{\nentry:\n" + "\n".join(allocas) +
          ("\n" if allocas else "") + f"{body}\n  ret void\n}}\n{declares}\n" + "".join(m + "\n" for m in metadata))


def _no_vectorize(metadata: list[str]) -> int:
  """Loop metadata telling the loop vectorizer to leave a loop alone; returns its id."""
  if not metadata: metadata.append('!0 = !{!"llvm.loop.vectorize.enable", i1 false}')
  n = len(metadata)
  metadata.append(f"!{n} = distinct !{{!{n}, !0}}")
  return n


def _render_alu(e: _Emitter, inst: Inst, insts, args: list[str], flags: str) -> str:
  op = inst.arg
  if op is TernaryOps.WHERE: return e.op(f"select i1 {args[0]}, {ltype(inst.dtype)} {args[1]}, {ltype(inst.dtype)} {args[2]}")
  operand_dt = insts[inst.srcs[0]].dtype
  if operand_dt.is_float and operand_dt.itemsize == 2:   # compute in float32, round once: PyTorch's CPU semantics
    wide = [_cast(e, operand_dt, dtypes.float32, a) for a in args]
    out = _render_op(e, op, dtypes.float32, wide, flags)
    return out if inst.dtype == dtypes.bool else _cast(e, dtypes.float32, operand_dt, out)
  return _render_op(e, op, operand_dt, args, flags)


def _render_op(e: _Emitter, op, operand_dt: DType, args: list[str], flags: str) -> str:
  if op in UnaryOps: return _unary(e, op, operand_dt, args[0])
  return _binary(e, op, operand_dt, args[0], args[1], flags)
