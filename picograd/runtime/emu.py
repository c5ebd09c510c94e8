"""The emulator (DEVICE=EMU): runs the very IR the CUDA renderer is given, with the same launch geometry, shared
memory and barriers, in NumPy on the CPU. It makes GPU kernels' logic testable without a GPU.

Every thread of the grid runs in lockstep, one instruction at a time over arrays of per-thread values: an IF
narrows the set of active threads, loops have one trip count for all, and a barrier is then simply a point all
threads reach together. Loads and stores are bounds-checked and a violation names the kernel, buffer, IR line and
index. This runtime reads IR rather than source: the IR module is the data both sides share.
"""
from __future__ import annotations
import time
import numpy as np
from picograd.codegen.ir import IROps, Program, format_inst
from picograd.dtype import DType, dtypes
from picograd.errors import DeviceError
from picograd.helpers import CHECK_CUDA
from picograd.ops import BinaryOps, TernaryOps, UnaryOps
from picograd.runtime.cpu import CPUBuffer


class EmuError(DeviceError):
  pass


def _np(dt: DType):
  return np.float32 if dt == dtypes.bfloat16 else dt.np   # bfloat16 is held widened while computing


def _bf16_to_f32(bits: np.ndarray) -> np.ndarray:
  return (np.asarray(bits).astype(np.uint32) << 16).view(np.float32)


def _f32_to_bf16(x: np.ndarray) -> np.ndarray:
  u = np.asarray(x, np.float32).view(np.uint32).astype(np.uint64)
  rounded = ((u + 0x7FFF + ((u >> 16) & 1)) >> 16).astype(np.uint16)
  return np.where(np.isnan(x), np.uint16(0x7FC0), rounded)


def _divmod_c(op, a, b, dt: DType):
  """C-style integer / and % that never trap, as the CPU and CUDA renderers define them."""
  safe = np.where(b == 0, 1, b).astype(a.dtype if hasattr(a, "dtype") else dt.np)
  if not dt.is_unsigned: safe = np.where(safe == -1, 1, safe).astype(safe.dtype)
  q = np.abs(a) // np.abs(safe) * np.sign(a) * np.sign(safe) if not dt.is_unsigned else a // safe
  q = q.astype(dt.np)
  if op is BinaryOps.DIV:
    out = q if dt.is_unsigned else np.where(b == -1, (0 - np.asarray(a)).astype(dt.np), q)
    return np.where(b == 0, dt.np.type(0), out).astype(dt.np)
  r = (a - q * safe).astype(dt.np)
  if not dt.is_unsigned: r = np.where(b == -1, dt.np.type(0), r)
  return np.where(b == 0, a, r).astype(dt.np)


def _alu(op, dt: DType, args, out_dt: DType):
  with np.errstate(all="ignore"):
    if op is TernaryOps.WHERE: return np.where(args[0], args[1], args[2])
    if dt.is_float and dt.itemsize == 2 and op is not TernaryOps.WHERE:   # widen, compute, round once
      wide = [_bf16_to_f32(a) if dt == dtypes.bfloat16 else np.asarray(a, np.float32) for a in args]
      out = _alu(op, dtypes.float32, wide, dtypes.bool if out_dt == dtypes.bool else dtypes.float32)
      if out_dt == dtypes.bool: return out
      return _f32_to_bf16(out) if dt == dtypes.bfloat16 else np.asarray(out).astype(np.float16)
    t = dt.np.type
    if op is UnaryOps.NEG: return np.logical_not(args[0]) if dt == dtypes.bool else np.negative(args[0]).astype(dt.np)
    if op is UnaryOps.RECIP: return (t(1) / args[0]).astype(dt.np)
    if op in (UnaryOps.EXP2, UnaryOps.LOG2, UnaryOps.SIN, UnaryOps.SQRT):
      return {UnaryOps.EXP2: np.exp2, UnaryOps.LOG2: np.log2, UnaryOps.SIN: np.sin, UnaryOps.SQRT: np.sqrt}[op](args[0]).astype(dt.np)
    a, b = args
    if op is BinaryOps.CMPLT: return np.less(a, b)
    if op is BinaryOps.CMPEQ: return np.equal(a, b)
    if dt == dtypes.bool:
      fn = {BinaryOps.ADD: np.logical_or, BinaryOps.MAX: np.logical_or, BinaryOps.OR: np.logical_or, BinaryOps.MUL: np.logical_and,
            BinaryOps.AND: np.logical_and, BinaryOps.XOR: np.not_equal, BinaryOps.SUB: np.not_equal}[op]
      return fn(a, b)
    if op in (BinaryOps.DIV, BinaryOps.MOD) and not dt.is_float: return _divmod_c(op, np.asarray(a, dt.np), np.asarray(b, dt.np), dt)
    if op is BinaryOps.MAX and dt.is_float:   # max(+0, -0) is +0, as on the other backends
      a, b = np.asarray(a, dt.np), np.asarray(b, dt.np)
      return np.where((a == b) & (a == 0), a + b, np.maximum(a, b)).astype(dt.np)
    fn = {BinaryOps.ADD: np.add, BinaryOps.SUB: np.subtract, BinaryOps.MUL: np.multiply, BinaryOps.DIV: np.divide,
          BinaryOps.MOD: np.fmod, BinaryOps.MAX: np.maximum, BinaryOps.AND: np.bitwise_and, BinaryOps.OR: np.bitwise_or,
          BinaryOps.XOR: np.bitwise_xor, BinaryOps.SHL: np.left_shift, BinaryOps.SHR: np.right_shift}[op]
    return np.asarray(fn(np.asarray(a, dt.np), np.asarray(b, dt.np))).astype(dt.np)


def _cast(x, src: DType, dst: DType):
  with np.errstate(all="ignore"):
    if src == dtypes.bfloat16: x, src = _bf16_to_f32(x), dtypes.float32
    if dst == dtypes.bool: return np.not_equal(x, 0)
    if dst == dtypes.bfloat16: return _f32_to_bf16(np.asarray(x).astype(np.float32))
    return np.asarray(x).astype(dst.np)


class EmuProgram:
  """A kernel for the emulator. It keeps the CUDA C it would have run, and compiles it lazily for DEBUG=4."""

  def __init__(self, program: Program, source: str):
    if program.launch is None: raise EmuError(f"{program.name}: the emulator runs GPU programs, this one has no launch")
    self.program, self.source, self.name = program, source, program.name
    self._matching = _match_blocks(program)
    if CHECK_CUDA:   # prove the CUDA backend would accept this very kernel
      from picograd.runtime.cuda import compile_cuda
      for arch in CHECK_CUDA.split(","): compile_cuda(self.name, source, arch.strip())

  def assembly(self) -> str:
    from picograd.runtime.cuda import compile_cuda, disassemble, target_arch
    try:
      binary = compile_cuda(self.name, self.source, target_arch())
    except DeviceError as e:
      return f"PTX/SASS: not available ({e})"
    return f"--- PTX ---\n{binary.ptx}\n--- SASS ({binary.arch}) ---\n{disassemble(binary)}"

  def __call__(self, *buffers: CPUBuffer) -> float:
    start = time.perf_counter()
    _Run(self, buffers).execute()
    return time.perf_counter() - start


class _Run:
  def __init__(self, prog: EmuProgram, buffers):
    self.prog, self.insts = prog, prog.program.insts
    launch = prog.program.launch
    self.n = launch.blocks * launch.threads
    self.block = np.repeat(np.arange(launch.blocks, dtype=np.int64), launch.threads)
    self.thread = np.tile(np.arange(launch.threads, dtype=np.int64), launch.blocks)
    self.blocks = launch.blocks
    self.memory = [b.view() for b in buffers]
    self.values: dict[int, object] = {}

  def fail(self, i: int, what: str):
    raise EmuError(f"kernel {self.prog.name}, IR line {i} ({format_inst(i, self.insts[i]).strip()}): {what}")

  def lanes(self, x) -> np.ndarray: return np.broadcast_to(np.asarray(x), (self.n,))

  def address(self, i: int, buf: int, index, active: np.ndarray):
    """(array, flat indices, active lanes): bounds-checked where active; local memory is per block."""
    inst = self.insts[buf]
    idx = self.lanes(index).astype(np.int64)
    if inst.op is IROps.LOCAL:
      arr, size, name = self.values[buf], inst.arg[1], inst.arg[0]
      bad = active & ((idx < 0) | (idx >= size))
      if bad.any(): self.fail(i, f"shared memory '{name}' index {int(idx[bad][0])} outside [0, {size})")
      return arr, self.block * size + idx
    arr, name = self.memory[inst.arg[0]], inst.arg[1]
    bad = active & ((idx < 0) | (idx >= len(arr)))
    if bad.any(): self.fail(i, f"buffer {name} index {int(idx[bad][0])} outside [0, {len(arr)})")
    return arr, idx

  def execute(self):
    insts, values, matching = self.insts, self.values, self.prog._matching
    masks = [np.ones(self.n, dtype=bool)]
    pc = 0
    while pc < len(insts):
      inst = insts[pc]
      op, dt, srcs = inst.op, inst.dtype, inst.srcs
      active = masks[-1]
      v = [values[s] for s in srcs] if op not in (IROps.ENDRANGE, IROps.ENDIF) else []
      if op is IROps.CONST: values[pc] = np.array(inst.arg, dtype=_np(dt)) if dt != dtypes.bfloat16 else _f32_to_bf16(np.float32(inst.arg))
      elif op is IROps.BUFFER: values[pc] = None
      elif op is IROps.SPECIAL: values[pc] = self.block if inst.arg == "block" else self.thread
      elif op is IROps.LOCAL: values[pc] = np.zeros(self.blocks * inst.arg[1], dtype=dt.np)
      elif op is IROps.BARRIER: pass
      elif op is IROps.RANGE:
        values[pc] = np.int64(v[0])
        if v[0] >= v[1]: pc = matching[pc]
      elif op is IROps.ENDRANGE:
        r = srcs[0]
        values[r] = values[r] + 1
        if values[r] < values[insts[r].srcs[1]]: pc = r
      elif op is IROps.IF:
        masks.append(active & self.lanes(v[0]).astype(bool))
        if not masks[-1].any():
          masks.pop()
          pc = matching[pc]
      elif op is IROps.ENDIF: masks.pop()
      elif op is IROps.LOAD:
        on = active & (self.lanes(v[2]).astype(bool) if len(v) == 3 else True)
        arr, idx = self.address(pc, srcs[0], v[1], on)
        out = np.zeros(self.n, dtype=arr.dtype)
        out[on] = arr[idx[on]]
        values[pc] = out
      elif op is IROps.STORE:
        arr, idx = self.address(pc, srcs[0], v[1], active)
        arr[idx[active]] = self.lanes(v[2])[active]
      elif op is IROps.ACC: values[pc] = np.full(self.n, inst.arg if dt != dtypes.bfloat16 else _f32_to_bf16(np.float32(inst.arg)), dtype=dt.np)
      elif op is IROps.ASSIGN: values[srcs[0]] = np.where(active, self.lanes(v[1]), values[srcs[0]]).astype(values[srcs[0]].dtype)
      elif op is IROps.CAST: values[pc] = _cast(v[0], insts[srcs[0]].dtype, dt)
      elif op is IROps.BITCAST: values[pc] = np.asarray(v[0]).view(dt.np)
      elif op is IROps.ALU:
        operand = insts[srcs[-1]].dtype if inst.arg is TernaryOps.WHERE else insts[srcs[0]].dtype
        values[pc] = _alu(inst.arg, operand, v, dt)
      else:
        self.fail(pc, f"the emulator has no rule for {op}")
      pc += 1


def _match_blocks(program: Program) -> dict[int, int]:
  """Each RANGE and IF -> its closing instruction, for skipping a block that does not run."""
  out = {}
  for i, inst in enumerate(program.insts):
    if inst.op in (IROps.ENDRANGE, IROps.ENDIF): out[inst.srcs[0]] = i
  return out
