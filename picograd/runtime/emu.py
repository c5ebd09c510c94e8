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
from picograd.codegen.ir import (MMA_K, MMA_M, MMA_N, SHUFFLE_XORS, WARP, IROps, Inst, Program, format_inst, mma_a,
                                 mma_b, mma_c)
from picograd.dtype import DType, bits16, dtypes
from picograd.errors import DeviceError
from picograd.helpers import CHECK_CUDA
from picograd.ops import BinaryOps, TernaryOps, UnaryOps
from picograd.runtime.cpu import CPUBuffer


class EmuError(DeviceError):
  pass


def _const(value, dt: DType) -> np.ndarray:
  """A constant as the emulator holds it: 16-bit floats by their bits, as every backend writes them."""
  if dt.is_16bit_float: return np.array(bits16(value, dt), np.uint16).view(dt.np)
  if dt.is_int: return np.array(int(value) % (1 << 64), np.uint64).astype(dt.np)   # wraps, as C's literals do
  return np.array(value, dtype=dt.np)


def _trunc_div(a, b, dt: DType):
  """Integer division truncating toward zero, as C and LLVM's sdiv do (the divisor is never 0 or -1 here)."""
  if dt.is_unsigned: return a // b
  return (a - np.fmod(a, b)) // b   # exact: a - fmod(a, b) is a multiple of b


def _float_max(a, b):
  """NaN wins, and max(+0, -0) is +0, as on the other backends."""
  return np.where((a == b) & (a == 0), a + b, np.maximum(a, b))


def _numpy(fn):
  """A NumPy function that needs no dtype, in the table's (a, b, dt) form."""
  return lambda a, b, dt: fn(a, b)


# each op on operands of its dtype (codegen/rules.py already lowered 16-bit floats, bools and division by zero)
_BINARY = {BinaryOps.ADD: _numpy(np.add), BinaryOps.SUB: _numpy(np.subtract), BinaryOps.MUL: _numpy(np.multiply),
           BinaryOps.DIV: lambda a, b, dt: np.divide(a, b) if dt.is_float else _trunc_div(a, b, dt),
           BinaryOps.MOD: _numpy(np.fmod), BinaryOps.AND: _numpy(np.bitwise_and), BinaryOps.OR: _numpy(np.bitwise_or),
           BinaryOps.XOR: _numpy(np.bitwise_xor), BinaryOps.SHL: _numpy(np.left_shift),
           BinaryOps.SHR: _numpy(np.right_shift),
           BinaryOps.MAX: lambda a, b, dt: _float_max(a, b) if dt.is_float else np.maximum(a, b)}
_UNARY = {UnaryOps.EXP2: np.exp2, UnaryOps.EXP: lambda x: np.exp(x.astype(np.float64)).astype(x.dtype),  # NumPy's
          UnaryOps.LOG2: np.log2, UnaryOps.SIN: np.sin, UnaryOps.SQRT: np.sqrt,          # float32 exp: 2.3 ulp off
          UnaryOps.NEG: np.negative, UnaryOps.RECIP: lambda x: np.divide(x.dtype.type(1), x)}
_COMPARE = {BinaryOps.CMPLT: np.less, BinaryOps.CMPEQ: np.equal}


def _alu(op, dt: DType, args):
  """op on operands of type dt: compares give bools, everything else wraps around to dt."""
  with np.errstate(all="ignore"):
    if op is TernaryOps.WHERE: return np.where(args[0], args[1], args[2])
    if op in _COMPARE: return _COMPARE[op](*args)
    args = [np.asarray(a, dt.np) for a in args]
    out = _UNARY[op](args[0]) if op in UnaryOps else _BINARY[op](args[0], args[1], dt)
    return np.asarray(out).astype(dt.np)


def _cast(x, dst: DType):
  with np.errstate(all="ignore"):
    return np.not_equal(x, 0) if dst == dtypes.bool else np.asarray(x).astype(dst.np)


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
  """One launch. Every thread of the grid runs in lockstep: one method per IR op, found by name (`_RANGE` runs
  RANGE), updates the values of all threads at once and returns where to jump (None: to the next instruction)."""

  def __init__(self, prog: EmuProgram, buffers):
    self.prog, self.insts, self.matching = prog, prog.program.insts, prog._matching
    launch = prog.program.launch
    self.n = launch.blocks * launch.threads
    self.block = np.repeat(np.arange(launch.blocks, dtype=np.int64), launch.threads)
    self.thread = np.tile(np.arange(launch.threads, dtype=np.int64), launch.blocks)
    self.blocks = launch.blocks
    self.memory = [b.view() for b in buffers]
    self.values: dict[int, object] = {}
    self.masks = [np.ones(self.n, dtype=bool)]   # the active threads, narrowed by each open IF

  def execute(self):
    pc = 0
    while pc < len(self.insts):
      rule = _RULES.get(self.insts[pc].op)
      if rule is None: self.fail(pc, f"the emulator has no rule for {self.insts[pc].op}")
      jump = rule(self, pc, self.insts[pc])
      pc = (pc if jump is None else jump) + 1

  def fail(self, i: int, what: str):
    raise EmuError(f"kernel {self.prog.name}, IR line {i} ({format_inst(i, self.insts[i]).strip()}): {what}")

  def lanes(self, x) -> np.ndarray: return np.broadcast_to(np.asarray(x), (self.n,))
  def src(self, inst: Inst, k: int): return self.values[inst.srcs[k]]

  def address(self, i: int, buf: int, index, active: np.ndarray, width: int = 1):
    """(array, flat indices): bounds-checked where active (all `width` elements of a vector access, which must be
    aligned to its size as on a GPU); local memory is per block."""
    inst = self.insts[buf]
    idx = self.lanes(index).astype(np.int64)
    odd = active & (idx % width != 0)
    if odd.any(): self.fail(i, f"vector access of {width} elements at misaligned index {int(idx[odd][0])}")
    if width > 1: self.address(i, buf, idx + width - 1, active)
    if inst.op is IROps.LOCAL:
      size, name = inst.arg.size, inst.arg.name
      bad = active & ((idx < 0) | (idx >= size))
      if bad.any(): self.fail(i, f"shared memory '{name}' index {int(idx[bad][0])} outside [0, {size})")
      return self.values[buf], self.block * size + idx
    arr, name = self.memory[inst.arg.index], inst.arg.name
    bad = active & ((idx < 0) | (idx >= len(arr)))
    if bad.any(): self.fail(i, f"buffer {name} index {int(idx[bad][0])} outside [0, {len(arr)})")
    return arr, idx

  def _CONST(self, pc: int, inst: Inst): self.values[pc] = _const(inst.arg, inst.dtype)
  def _BUFFER(self, pc: int, inst: Inst): self.values[pc] = None
  def _SPECIAL(self, pc: int, inst: Inst):
    self.values[pc] = (self.block if inst.arg == "block" else self.thread).astype(inst.dtype.np)
  def _LOCAL(self, pc: int, inst: Inst): self.values[pc] = np.zeros(self.blocks * inst.arg.size, dtype=inst.dtype.np)
  def _BARRIER(self, pc: int, inst: Inst): pass   # in lockstep, every thread is already here
  def _ENDIF(self, pc: int, inst: Inst): self.masks.pop()
  def _CAST(self, pc: int, inst: Inst): self.values[pc] = _cast(self.src(inst, 0), inst.dtype)
  def _BITCAST(self, pc: int, inst: Inst): self.values[pc] = np.asarray(self.src(inst, 0)).view(inst.dtype.np)

  def _RANGE(self, pc: int, inst: Inst):
    start, end = self.src(inst, 0), self.src(inst, 1)
    self.values[pc] = inst.dtype.np.type(start)
    return self.matching[pc] if start >= end else None

  def _ENDRANGE(self, pc: int, inst: Inst):
    r = inst.srcs[0]
    self.values[r] = self.values[r] + 1
    return r if self.values[r] < self.values[self.insts[r].srcs[1]] else None

  def _IF(self, pc: int, inst: Inst):
    mask = self.masks[-1] & self.lanes(self.src(inst, 0)).astype(bool)
    if not mask.any(): return self.matching[pc]   # past the ENDIF, which would pop
    self.masks.append(mask)

  def _LOAD(self, pc: int, inst: Inst):
    """Masked-off threads read 0; a vector load gives each thread a row of its lanes."""
    on = self.masks[-1] & (self.lanes(self.src(inst, 2)).astype(bool) if len(inst.srcs) == 3 else True)
    width = inst.arg or 1
    arr, idx = self.address(pc, inst.srcs[0], self.src(inst, 1), on, width)
    out = np.zeros((self.n, width), dtype=arr.dtype)
    out[on] = arr[idx[on, None] + np.arange(width)]
    self.values[pc] = out if inst.arg else out[:, 0]

  def _MMA(self, pc: int, inst: Inst):
    """Each warp's A @ B + C (ir.mma_a/b/c place the lanes' elements), 16-bit products summed in float32."""
    on = self.masks[-1].reshape(-1, WARP)
    if (on.any(1) & ~on.all(1)).any(): self.fail(pc, "an MMA with part of a warp: every lane must take part")
    vals, dt = [self.lanes(self.values[s]) for s in inst.srcs], self.insts[inst.srcs[0]].dtype
    a = _warp_matrix(vals[:8], dt, mma_a, (MMA_M, MMA_K))
    b = _warp_matrix(vals[8:12], dt, mma_b, (MMA_K, MMA_N))
    c = _warp_matrix(vals[12:], dtypes.float32, mma_c, (MMA_M, MMA_N))
    rows, cols = mma_c(np.arange(WARP)[:, None], np.arange(4))
    self.values[pc] = (a @ b + c)[:, rows, cols].reshape(self.n, 4)

  def _SHUFFLE(self, pc: int, inst: Inst):
    """Each lane reads the value of lane (lane ^ arg) of its warp, which must be running too."""
    if inst.arg not in SHUFFLE_XORS: self.fail(pc, f"shuffle across lane mask {inst.arg}: outside the warp")
    if self.prog.program.launch.threads % WARP: self.fail(pc, "a shuffle in blocks that are not whole warps")
    on = self.masks[-1].reshape(-1, WARP)
    if (on.any(1) & ~on.all(1)).any(): self.fail(pc, "a shuffle with part of a warp: every lane must take part")
    lanes = self.lanes(self.src(inst, 0)).reshape(-1, WARP)
    self.values[pc] = lanes[:, np.arange(WARP) ^ inst.arg].reshape(self.n)

  def _LANE(self, pc: int, inst: Inst): self.values[pc] = self.src(inst, 0)[:, inst.arg]

  def _STORE(self, pc: int, inst: Inst):
    active, values = self.masks[-1], inst.srcs[2:]
    arr, idx = self.address(pc, inst.srcs[0], self.src(inst, 1), active, len(values))
    for lane, v in enumerate(values): arr[idx[active] + lane] = self.lanes(self.values[v])[active]

  def _ACC(self, pc: int, inst: Inst):
    self.values[pc] = np.full(self.n, _const(inst.arg, inst.dtype), dtype=inst.dtype.np)

  def _ASSIGN(self, pc: int, inst: Inst):
    acc = self.src(inst, 0)
    self.values[inst.srcs[0]] = np.where(self.masks[-1], self.lanes(self.src(inst, 1)), acc).astype(acc.dtype)

  def _ALU(self, pc: int, inst: Inst):
    operand = self.insts[inst.srcs[-1] if inst.arg is TernaryOps.WHERE else inst.srcs[0]].dtype
    self.values[pc] = _alu(inst.arg, operand, [self.values[s] for s in inst.srcs])


_RULES = {op: getattr(_Run, f"_{op.name}") for op in IROps}



def _warp_matrix(vals: list, dt: DType, layout, shape: tuple[int, int]) -> np.ndarray:
  """(warps, *shape) float32 matrices from each lane's elements, placed by `layout` (ir.mma_a, mma_b or mma_c)."""
  per_lane = np.stack(vals, axis=1).reshape(-1, WARP, len(vals))
  if dt == dtypes.bfloat16: per_lane = (per_lane.astype(np.uint32) << 16).view(np.float32)
  out = np.zeros((per_lane.shape[0],) + shape, np.float32)
  rows, cols = layout(np.arange(WARP)[:, None], np.arange(len(vals)))
  out[:, rows, cols] = per_lane.astype(np.float32)
  return out


def _match_blocks(program: Program) -> dict[int, int]:
  """Each RANGE and IF -> its closing instruction, for skipping a block that does not run."""
  out = {}
  for i, inst in enumerate(program.insts):
    if inst.op in (IROps.ENDRANGE, IROps.ENDIF): out[inst.srcs[0]] = i
  return out
