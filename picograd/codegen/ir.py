"""The IR: a flat list of typed instructions, the only thing a renderer sees.

Each instruction names its sources by their position in the list. Values are SSA-like, except accumulators
(ACC), which ASSIGN updates in place and every later read sees.

The linearizer lowers picograd's semantic rules (codegen/rules.py) before any renderer sees a program, so a
renderer only translates. A renderer can rely on:
- no ALU op has a float16 or bfloat16 operand, except WHERE choosing between two of them: they compute in float32;
- no CAST has a bfloat16 side (its conversions are integer IR), and a float16 CAST has float32 on its other side;
- bool ALU ops are only AND, OR, XOR, CMPLT, CMPEQ and WHERE;
- an integer DIV or MOD never has a divisor of 0 or (signed) -1: they truncate toward zero as in C.
"""
from __future__ import annotations
from dataclasses import dataclass
from enum import Enum, auto
from typing import Any
from picograd.dtype import DType, dtypes
from picograd.ops import BinaryOps, TernaryOps, UnaryOps


class IROps(Enum):
  BUFFER = auto()    # arg=BufferArg; dtype = element type
  CONST = auto()     # arg=value
  RANGE = auto()     # srcs=(start, end): a counter from start to end-1; arg=Loop
  ENDRANGE = auto()  # srcs=(range,)
  LOAD = auto()      # srcs=(buffer, index[, valid]): element `index` of buffer, or 0 where valid is false;
                     # arg=lanes (GPU): a vector of elements index.. index+lanes-1, index a multiple of lanes, no valid
  LANE = auto()      # srcs=(vector load,): its element `arg`
  STORE = auto()     # srcs=(buffer, index, value, ...): values at index, index+1, ... (several: a vector store,
                     # index a multiple of their count)
  ALU = auto()       # arg=UnaryOps/BinaryOps/TernaryOps member
  CAST = auto()      # srcs=(value,): convert to dtype
  BITCAST = auto()   # srcs=(value,): the same bits read as dtype (same size)
  ACC = auto()       # arg=initial value: a mutable accumulator, (re)set to its initial value here
  ASSIGN = auto()    # srcs=(acc, value)
  # GPU launch geometry (only in programs with a Launch)
  SPECIAL = auto()   # arg="block" (block index) or "thread" (thread index within the block); 1-d launches
  LOCAL = auto()     # arg=LocalArg: a shared-memory array of dtype, one per block; LOAD/STORE address it
  BARRIER = auto()   # every thread of the block waits here until all arrive
  IF = auto()        # srcs=(condition,): the instructions up to the matching ENDIF run where it holds
  MMA = auto()       # srcs=(8 of A, 4 of B: 16-bit floats; 4 float32 of C): a warp's tensor-core product A @ B + C,
                     # a 4-lane float32 vector (LANE reads it); every lane of the warp takes part (see mma_a)
  ENDIF = auto()     # srcs=(if,)
  SHUFFLE = auto()   # srcs=(value,): the value that warp lane (lane ^ arg) holds, arg in SHUFFLE_XORS; every lane of
                     # the warp takes part (the launch's blocks are whole warps)


@dataclass(frozen=True)
class Loop:
  """A RANGE's facts: the kernel axis it walks, whether LLVM may vectorize it, and whether it is the parallel
  loop (the runtime passes its bounds, to split it across threads)."""
  axis: int
  vectorize: bool = True
  parallel: bool = False

  def __repr__(self): return f"axis={self.axis} vectorize={self.vectorize} parallel={self.parallel}"


@dataclass(frozen=True)
class BufferArg:
  """A kernel argument: its position (0 is the output) and its name in the source."""
  index: int
  name: str
  is_output: bool

  def __repr__(self): return f"{self.name} index={self.index} output={self.is_output}"


@dataclass(frozen=True)
class LocalArg:
  """A shared-memory array: its name in the source and its length."""
  name: str
  size: int

  def __repr__(self): return f"{self.name} size={self.size}"


WARP = 32                         # threads of a warp: the lanes an MMA or a SHUFFLE exchanges values between
SHUFFLE_XORS = (1, 2, 4, 8, 16)   # the lane masks a SHUFFLE may exchange across: each stays within the warp
MMA_M, MMA_N, MMA_K = 16, 8, 16   # mma.sync.m16n8k16: the tensor-core shape for 16-bit inputs on sm_80 and later


def mma_a(lane, e):
  """(row, k) of the A element e (0-7) that warp lane `lane` holds in an MMA (ints or NumPy arrays): PTX's layout."""
  return lane // 4 + 8 * (e >> 1 & 1), lane % 4 * 2 + (e & 1) + 8 * (e >> 2)


def mma_b(lane, e):
  """(k, col) of the B element e (0-3) that `lane` holds."""
  return lane % 4 * 2 + (e & 1) + 8 * (e >> 1), lane // 4


def mma_c(lane, e):
  """(row, col) of the C (and result) element e (0-3) that `lane` holds."""
  return lane // 4 + 8 * (e >> 1), lane % 4 * 2 + (e & 1)


@dataclass(frozen=True)
class Inst:
  op: IROps
  dtype: DType | None
  srcs: tuple[int, ...]
  arg: Any = None


@dataclass(frozen=True)
class Launch:
  """How many blocks of how many threads run a GPU kernel: decided by the optimizer, read by renderer and runtime."""
  blocks: int
  threads: int


@dataclass(frozen=True)
class Program:
  """A linearized kernel: its name, instructions, and the facts the runtime needs to launch it."""
  name: str
  insts: tuple[Inst, ...]
  buffer_dtypes: tuple[DType, ...]   # buffer 0 is the output
  flops: int
  launch: Launch | None = None       # None: a CPU program, run once with loops
  parallel: int = 0                  # CPU: extent of the outermost loop, whose bounds the caller passes (0: none)


def format_inst(i: int, inst: Inst) -> str:
  arg = inst.arg.name if isinstance(inst.arg, Enum) else ("" if inst.arg is None else repr(inst.arg))
  dtype = inst.dtype.name if inst.dtype is not None else ""
  srcs = " ".join(f"%{s}" for s in inst.srcs)
  return f"%{i:<4d} = {inst.op.name:<8s} {dtype:<8s} {srcs:<20s} {arg}".rstrip()


def format_program(prog: Program) -> str:
  depth, lines = 0, []
  if prog.launch is not None: lines.append(f"launch: {prog.launch.blocks} blocks x {prog.launch.threads} threads")
  for i, inst in enumerate(prog.insts):
    if inst.op in (IROps.ENDRANGE, IROps.ENDIF): depth -= 1
    lines.append("  " * depth + format_inst(i, inst))
    if inst.op in (IROps.RANGE, IROps.IF): depth += 1
  return "\n".join(lines)


def check_program(insts: tuple[Inst, ...]) -> None:
  """Assert the structural rules every renderer relies on: sources come first, loops are balanced, and the
  semantic rules were lowered (see the module docstring)."""
  open_blocks = []
  for i, inst in enumerate(insts):
    assert all(0 <= s < i for s in inst.srcs), f"inst {i} reads a later value: {format_inst(i, inst)}"
    if inst.op in (IROps.RANGE, IROps.IF): open_blocks.append(i)
    if inst.op in (IROps.ENDRANGE, IROps.ENDIF): assert open_blocks.pop() == inst.srcs[0], f"unbalanced block at {i}"
    if inst.op is IROps.ASSIGN: assert insts[inst.srcs[0]].op is IROps.ACC, f"assign to a non-accumulator at {i}"
    if inst.op is IROps.SHUFFLE: assert inst.arg in SHUFFLE_XORS, f"shuffle beyond the warp at {i}"
    if inst.op in (IROps.ALU, IROps.CAST): assert _lowered(inst, insts), f"rule not lowered: {format_inst(i, inst)}"
  assert not open_blocks, "loops or ifs left open"


_BOOL_ALU = {BinaryOps.AND, BinaryOps.OR, BinaryOps.XOR, BinaryOps.CMPLT, BinaryOps.CMPEQ, TernaryOps.WHERE}


def _lowered(inst: Inst, insts) -> bool:
  """Whether an ALU or CAST keeps the promises of the module docstring."""
  src = insts[inst.srcs[0]].dtype
  if inst.op is IROps.CAST:
    if dtypes.bfloat16 in (src, inst.dtype): return False
    return dtypes.float16 not in (src, inst.dtype) or {src, inst.dtype} == {dtypes.float16, dtypes.float32}
  if inst.arg is TernaryOps.WHERE: return True
  if src.is_16bit_float: return False
  if src == dtypes.bool: return inst.arg in _BOOL_ALU
  if inst.arg in (BinaryOps.DIV, BinaryOps.MOD) and not src.is_float:
    divisor = insts[inst.srcs[1]]
    return divisor.arg is TernaryOps.WHERE or (divisor.op is IROps.CONST and divisor.arg not in (0, -1))
  return inst.arg in UnaryOps or inst.arg in BinaryOps
