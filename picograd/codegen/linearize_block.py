"""Combining one partial result per thread into a block's total (a block per output, Kernel.group).

In blocks of whole warps, each warp first combines its 32 values with register shuffles (no shared memory, no
barrier); lane 0 of each warp puts the warp's total in shared memory, and after the one barrier every warp
combines those few totals the same way. Smaller blocks (fewer threads than a warp) use a shared-memory tree.
"""
from __future__ import annotations
from picograd.codegen import rules
from picograd.codegen.builder import IRBuilder
from picograd.codegen.ir import WARP, IROps, LocalArg
from picograd.dtype import DType


def combine_across_block(b: IRBuilder, threads: int, combine, dtype: DType, acc: int) -> int:
  """The block's total of `acc`, combined by `combine`; thread 0 holds it (in whole warps, every thread does)."""
  if threads % WARP: return _shared_tree(b, threads, combine, dtype, acc)
  total = _butterfly(b, combine, dtype, acc, WARP)
  warps = threads // WARP
  if warps == 1: return total
  thread = b.special("thread")
  partial = b.emit(IROps.LOCAL, dtype, (), LocalArg("partial", warps))
  first_lane = b.open_if(b.eq(b.mod(thread, WARP), b.const(0)))
  b.emit(IROps.STORE, None, (partial, b.div(thread, WARP), total))
  b.close_if(first_lane)
  b.emit(IROps.BARRIER, None)
  # lane l reads warp (l % warps)'s total: each run of `warps` lanes holds them all once, and combines them
  return _butterfly(b, combine, dtype, b.emit(IROps.LOAD, dtype, (partial, b.mod(thread, warps))), warps)


def _butterfly(b: IRBuilder, combine, dtype: DType, value: int, width: int) -> int:
  """Combine the values of each aligned run of `width` lanes (a power of two up to a warp): after log2(width)
  exchanges with the lane whose index differs in one bit, every lane of the run holds the run's total."""
  lane_xor = width // 2
  while lane_xor >= 1:
    value = rules.alu(b, combine, dtype, value, b.emit(IROps.SHUFFLE, dtype, (value,), lane_xor))
    lane_xor //= 2
  return value


def _shared_tree(b: IRBuilder, threads: int, combine, dtype: DType, acc: int) -> int:
  """Tree-combine one value per thread in shared memory, halving the active threads each step; thread 0 then
  reads the block's total."""
  thread = b.special("thread")
  partial = b.emit(IROps.LOCAL, dtype, (), LocalArg("partial", threads))
  b.emit(IROps.STORE, None, (partial, thread, acc))
  b.emit(IROps.BARRIER, None)
  half = threads // 2
  while half >= 1:
    active = b.open_if(b.lt(thread, b.const(half)))
    mine = b.emit(IROps.LOAD, dtype, (partial, thread))
    theirs = b.emit(IROps.LOAD, dtype, (partial, b.add(thread, b.const(half))))
    b.emit(IROps.STORE, None, (partial, thread, rules.alu(b, combine, dtype, mine, theirs)))
    b.close_if(active)
    b.emit(IROps.BARRIER, None)
    half //= 2
  return b.emit(IROps.LOAD, dtype, (partial, b.const(0)))
