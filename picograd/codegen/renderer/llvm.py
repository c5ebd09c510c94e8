"""IR -> LLVM IR text. A pure function of the Program: the renderer never sees tensors or buffers.

Loops become blocks with a phi counter (each runs at least once: empty kernels never launch); the outermost
loop runs from the function's %start to %end, so the runtime can split it across threads. Accumulators are
stack slots that LLVM's passes promote to registers. Only accumulations (and the products feeding them) may
contract into FMAs and reassociate, so reductions vectorize while recomputed values stay bit-identical. NaN and
infinity keep their IEEE meaning (no nnan/ninf). One method per IR op, found by name; codegen/rules.py has already
lowered picograd's semantic rules, so each only translates.
"""
from __future__ import annotations
from picograd.codegen.ir import IROps, Inst, Program
from picograd.codegen.renderer.llvm_math import F32_FUNCTIONS, dbl, flt
from picograd.dtype import DType, bits16, dtypes
from picograd.ops import COMPARE_OPS, BinaryOps, TernaryOps, UnaryOps

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
  if dt == dtypes.float16: return f"0xH{bits16(value, dt):04X}"
  if dt == dtypes.bfloat16: return f"0xR{bits16(value, dt):04X}"
  if dt.is_float: return flt(value) if dt.itemsize == 4 else dbl(float(value))
  bits = 8 * dt.itemsize
  v = int(value) % (1 << bits)
  return str(v - (1 << bits) if v >= 1 << (bits - 1) else v)


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
  if op is UnaryOps.NEG: return e.op(f"fneg {t} {a}" if dt.is_float else f"sub {t} 0, {a}")
  if not dt.is_float: raise NotImplementedError(f"{op.name} on {dt.name}")
  if op is UnaryOps.RECIP: return e.op(f"fdiv {t} 1.0, {a}")
  if op is UnaryOps.SQRT: return e.call(f"llvm.sqrt.{_suffix(dt)}", t, [f"{t} {a}"])
  if dt == dtypes.float32: return F32_FUNCTIONS[op.name](e, a)
  return e.call(f"llvm.{op.name.lower()}.{_suffix(dt)}", t, [f"{t} {a}"])


# each op's spelling on (floats, signed ints, unsigned ints and bools); integer division never sees a divisor of 0
# or -1 here (codegen/rules.py)
_BINARY = {BinaryOps.ADD: ("fadd", "add", "add"), BinaryOps.SUB: ("fsub", "sub", "sub"),
           BinaryOps.MUL: ("fmul", "mul", "mul"), BinaryOps.DIV: ("fdiv", "sdiv", "udiv"),
           BinaryOps.MOD: ("frem", "srem", "urem"), BinaryOps.AND: (None, "and", "and"),
           BinaryOps.OR: (None, "or", "or"), BinaryOps.XOR: (None, "xor", "xor"),
           BinaryOps.SHL: (None, "shl", "shl"), BinaryOps.SHR: (None, "ashr", "lshr"),
           BinaryOps.CMPLT: ("fcmp olt", "icmp slt", "icmp ult"), BinaryOps.CMPEQ: ("fcmp oeq", "icmp eq", "icmp eq")}


def _binary(e: _Emitter, op, dt: DType, a: str, b: str, flags: str) -> str:
  t = ltype(dt)
  if op is BinaryOps.MAX:
    fn = "maximum" if dt.is_float else ("umax" if dt.is_unsigned else "smax")
    return e.call(f"llvm.{fn}.{_suffix(dt)}", t, [f"{t} {a}", f"{t} {b}"])
  instr = _BINARY[op][0 if dt.is_float else (2 if dt.is_unsigned or dt == dtypes.bool else 1)]
  fast = flags if dt.is_float and op not in COMPARE_OPS else ""
  return e.op(f"{instr} {fast}{t} {a}, {b}")


def _cast(e: _Emitter, src: DType, dst: DType, a: str) -> str:
  """A conversion LLVM has an instruction for (codegen/rules.py lowered the others)."""
  s, d = ltype(src), ltype(dst)
  if s == d and src.is_unsigned == dst.is_unsigned: return a
  if dst == dtypes.bool: return e.op(f"fcmp une {s} {a}, 0.0" if src.is_float else f"icmp ne {s} {a}, 0")
  if src.is_float and dst.is_float:
    return e.op(f"{'fpext' if dst.itemsize > src.itemsize else 'fptrunc'} {s} {a} to {d}")
  if src.is_float: return _float_to_int(e, src, dst, a)
  unsigned_src = src.is_unsigned or src == dtypes.bool
  if dst.is_float: return e.op(f"{'uitofp' if unsigned_src else 'sitofp'} {s} {a} to {d}")
  if s == d: return a
  if int(d[1:]) < int(s[1:]): return e.op(f"trunc {s} {a} to {d}")
  return e.op(f"{'zext' if unsigned_src else 'sext'} {s} {a} to {d}")


def _float_to_int(e: _Emitter, src: DType, dst: DType, a: str) -> str:
  """As PyTorch on the CPU: through int32 for narrower ints and int64 for unsigned ones, so negatives wrap."""
  s, d = ltype(src), ltype(dst)
  if dst.itemsize < 4: return e.op(f"trunc i32 {e.op(f'fptosi {s} {a} to i32')} to {d}")
  if not dst.is_unsigned: return e.op(f"fptosi {s} {a} to {d}")
  signed = e.op(f"fptosi {s} {a} to i64")
  if dst.itemsize == 4: return e.op(f"trunc i64 {signed} to i32")
  return e.op(f"select i1 {e.op(f'fcmp olt {s} {a}, 0.0')}, i64 {signed}, i64 {e.op(f'fptoui {s} {a} to i64')}")


def render_llvm(prog: Program) -> str:
  return _Renderer(prog).render(prog.name)


class _Renderer:
  """One method per IR op, found by name (`_RANGE` renders RANGE), each appending LLVM IR for one instruction."""

  def __init__(self, prog: Program):
    self.e, self.insts = _Emitter(), prog.insts
    self.names: dict[int, str] = {}
    self.allocas: list[str] = []
    self.metadata: list[str] = []
    self.block = "entry"
    self.accumulated = {self._unwidened(inst.srcs[1]) for inst in self.insts if inst.op is IROps.ASSIGN}
    # products feeding an accumulation may fuse into it (FMA); nowhere else, so that a value recomputed in two
    # kernels is bit-identical in both (argmax and max's gradient compare a value with its recomputed max)
    self.feeding = {self._unwidened(s) for i in self.accumulated for s in self.insts[i].srcs}
    self.feeding = {i for i in self.feeding if self.insts[i].op is IROps.ALU}

  def _unwidened(self, i: int) -> int:
    """The float32 value behind the casts of float16 arithmetic (codegen/rules.py): a float16 accumulation is
    the float32 op between them."""
    while self.insts[i].op is IROps.CAST and dtypes.float16 in (self.insts[i].dtype, self._src_dtype(i)):
      i = self.insts[i].srcs[0]
    return i

  def _src_dtype(self, i: int) -> DType: return self.insts[self.insts[i].srcs[0]].dtype

  def render(self, name: str) -> str:
    for i, inst in enumerate(self.insts):
      rule = getattr(self, f"_{inst.op.name}", None)
      if rule is None: raise NotImplementedError(f"LLVM renderer: {inst.op}")
      rule(i, inst)
    buffers = [f"ptr noalias %data{inst.arg.index}" for inst in self.insts if inst.op is IROps.BUFFER]
    params = buffers + ["i64 %start", "i64 %end"]
    allocas = "".join(a + "\n" for a in self.allocas)
    return (f"define void @{name}({', '.join(params)}) nounwind {{\nentry:\n{allocas}" + "\n".join(self.e.lines) +
            "\n  ret void\n}\n" + "\n".join(self.e.declares.values()) + "\n" + "".join(m + "\n" for m in self.metadata))

  def val(self, i: int) -> str:
    inst = self.insts[i]
    if inst.op is IROps.CONST: return literal(inst.arg, inst.dtype)
    if inst.op is IROps.ACC: return self.e.op(f"load {ltype(inst.dtype)}, ptr {self.names[i]}")
    return self.names[i]

  def label(self, name: str):
    self.e.raw(f"{name}:")
    self.block = name

  def _BUFFER(self, i: int, inst: Inst): self.names[i] = f"%data{inst.arg.index}"
  def _CONST(self, i: int, inst: Inst): pass

  def _RANGE(self, i: int, inst: Inst):
    """Loops run at least once (empty kernels never launch); the parallel loop runs from %start to %end."""
    pre = self.block
    self.e.raw(f"  br label %loop{i}")
    self.label(f"loop{i}")
    self.names[i] = f"%r{i}"
    first = "%start" if inst.arg.parallel else self.val(inst.srcs[0])
    self.e.raw(f"  %r{i} = phi i64 [{first}, %{pre}], [%r{i}.next, %loop{i}.latch]")

  def _ENDRANGE(self, i: int, inst: Inst):
    r, loop = inst.srcs[0], self.insts[inst.srcs[0]]
    self.e.raw(f"  br label %loop{r}.latch")
    self.label(f"loop{r}.latch")
    self.e.raw(f"  %r{r}.next = add nuw nsw i64 %r{r}, 1")
    end = "%end" if loop.arg.parallel else self.val(loop.srcs[1])
    self.e.raw(f"  %r{r}.more = icmp slt i64 %r{r}.next, {end}")   # slt, not eq: LLVM then knows the trip count
    hint = "" if loop.arg.vectorize else f", !llvm.loop !{self._no_vectorize()}"
    self.e.raw(f"  br i1 %r{r}.more, label %loop{r}, label %loop{r}.exit{hint}")
    self.label(f"loop{r}.exit")

  def _no_vectorize(self) -> int:
    """Loop metadata telling the loop vectorizer to leave a loop alone; returns its id."""
    if not self.metadata: self.metadata.append('!0 = !{!"llvm.loop.vectorize.enable", i1 false}')
    n = len(self.metadata)
    self.metadata.append(f"!{n} = distinct !{{!{n}, !0}}")
    return n

  def _LOAD(self, i: int, inst: Inst):
    """Bools are bytes in memory; a masked load reads element 0 and selects 0."""
    e, dt, srcs = self.e, inst.dtype, inst.srcs
    index = self.val(srcs[1])
    if len(srcs) == 3: index = e.op(f"select i1 {self.val(srcs[2])}, i64 {index}, i64 0")
    ptr = e.op(f"getelementptr inbounds {mtype(dt)}, ptr {self.val(srcs[0])}, i64 {index}")
    v = e.op(f"load {mtype(dt)}, ptr {ptr}")
    if dt == dtypes.bool: v = e.op(f"icmp ne i8 {v}, 0")
    if len(srcs) == 3: v = e.op(f"select i1 {self.val(srcs[2])}, {ltype(dt)} {v}, {ltype(dt)} {literal(0, dt)}")
    self.names[i] = v

  def _STORE(self, i: int, inst: Inst):
    buf, index, value = inst.srcs
    buf_dt = self.insts[buf].dtype
    ptr = self.e.op(f"getelementptr inbounds {mtype(buf_dt)}, ptr {self.val(buf)}, i64 {self.val(index)}")
    v = self.val(value)
    if buf_dt == dtypes.bool: v = self.e.op(f"zext i1 {v} to i8")
    self.e.raw(f"  store {mtype(buf_dt)} {v}, ptr {ptr}")

  def _ACC(self, i: int, inst: Inst):
    """A stack slot, which LLVM's passes promote to a register."""
    self.names[i] = f"%acc{i}"
    self.allocas.append(f"  %acc{i} = alloca {ltype(inst.dtype)}")
    self.e.raw(f"  store {ltype(inst.dtype)} {literal(inst.arg, inst.dtype)}, ptr %acc{i}")

  def _ASSIGN(self, i: int, inst: Inst):
    acc, value = inst.srcs
    self.e.raw(f"  store {ltype(self.insts[acc].dtype)} {self.val(value)}, ptr {self.names[acc]}")

  def _CAST(self, i: int, inst: Inst):
    self.names[i] = _cast(self.e, self._src_dtype(i), inst.dtype, self.val(inst.srcs[0]))

  def _BITCAST(self, i: int, inst: Inst):
    self.names[i] = self.e.op(f"bitcast {ltype(self._src_dtype(i))} {self.val(inst.srcs[0])} to {ltype(inst.dtype)}")

  def _ALU(self, i: int, inst: Inst):
    """Accumulations may reassociate and contract (so reductions vectorize), the products feeding them contract."""
    flags = "reassoc nsz contract " if i in self.accumulated else ("contract " if i in self.feeding else "")
    args = [self.val(s) for s in inst.srcs]
    if inst.arg is TernaryOps.WHERE:
      t = ltype(inst.dtype)
      self.names[i] = self.e.op(f"select i1 {args[0]}, {t} {args[1]}, {t} {args[2]}")
    elif inst.arg in UnaryOps: self.names[i] = _unary(self.e, inst.arg, self._src_dtype(i), args[0])
    else: self.names[i] = _binary(self.e, inst.arg, self._src_dtype(i), args[0], args[1], flags)
