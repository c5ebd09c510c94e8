"""The autotuner's action space: the choices about a CPU kernel's axes that the heuristics make (optimize_cpu.py),
as plain values a search can list, apply, print and store. Pure functions: engine/beam.py times the results.

A CPU kernel's axes are laid out as [LOOP|BLOCK]* REDUCE* UPCAST* (the linearizer's order); the first loop is the
one the runtime splits across threads, so it must be an output (LOOP) axis. Every action keeps that layout, and
`apply` refuses (InvalidAction) anything that would break it, so a stored action list from another version or
machine cannot build a kernel the linearizer would miscompile.
"""
from __future__ import annotations
from dataclasses import dataclass, replace
from enum import Enum, auto
from picograd.codegen.kernel import Axis, Kernel, outermost, reorder, split_axis, upcast
from picograd.helpers import prod
from picograd.ops import ReduceOps

UPCAST_AMOUNTS = (2, 4, 8, 16, 32)          # register tiles: powers of two fill vector registers evenly
MAX_TILE = 128                               # outputs unrolled per tile, at most: beyond, registers spill and LLVM
                                             # spends seconds compiling the straight-line code
BLOCK_AMOUNTS = (32, 64, 128, 256, 512)      # reduction steps per cache block (optimize_cpu.BLOCK_SIZES's range)
SPLIT_AMOUNTS = (16, 64, 256)                # inner sizes of a loop split in two: cache tiles of rows, and the outer
                                             # part becomes the chunks the threads share


class Op(Enum):
  UPCAST = auto()          # unroll `amount` of an output axis into registers (a tile)
  BLOCK = auto()           # run the reduction in blocks of `amount` steps, the blocks as an outer loop
  SPLIT = auto()           # an output loop as two loops, the inner `amount` long
  OUTERMOST = auto()       # make an output loop the outermost one (the one split across threads)
  SWAP = auto()            # exchange outer loop `axis` with the loop just inside it
  VECTOR_REDUCE = auto()   # let LLVM vectorize the reduce loop although the outputs are tiled


@dataclass(frozen=True)
class Action:
  op: Op
  axis: int = 0
  amount: int = 0

  def __str__(self):
    if self.op is Op.VECTOR_REDUCE: return "vector_reduce"
    if self.op in (Op.OUTERMOST, Op.SWAP): return f"{self.op.name.lower()}({self.axis})"
    return f"{self.op.name.lower()}({self.axis},{self.amount})"

  def to_json(self) -> list: return [self.op.name, self.axis, self.amount]

  @staticmethod
  def from_json(value) -> Action:
    """The action a stored [name, axis, amount] names; ValueError for anything else."""
    if not (isinstance(value, list) and len(value) == 3 and value[0] in Op.__members__
            and all(type(v) is int for v in value[1:])):
      raise ValueError(f"not an action: {value!r}")
    return Action(Op[value[0]], value[1], value[2])


class InvalidAction(ValueError):
  """The action does not apply to this kernel."""


def format_actions(actions) -> str: return " ".join(map(str, actions)) or "nothing"


def _outer(k: Kernel) -> int:
  """How many loops run outside the reduction (LOOP and BLOCK axes come first)."""
  return sum(1 for kind in k.kinds if kind in (Axis.LOOP, Axis.BLOCK))


def _tile(k: Kernel) -> int: return prod(k.full_shape[a] for a in k.axes(Axis.UPCAST))


def actions(k: Kernel) -> list[Action]:
  """Every action worth timing on `k` (each one `apply` accepts), cheapest to compile first."""
  out: list[Action] = []
  for a in k.axes(Axis.LOOP):
    size = k.full_shape[a]
    amounts = sorted({n for n in UPCAST_AMOUNTS if n < size} | ({size} if size <= max(UPCAST_AMOUNTS) else set()))
    out += [Action(Op.UPCAST, a, n) for n in amounts if size % n == 0 and _tile(k) * n <= MAX_TILE and n > 1]
    out += [Action(Op.SPLIT, a, n) for n in SPLIT_AMOUNTS if n < size and size % n == 0]
    if 0 < a < _outer(k): out.append(Action(Op.OUTERMOST, a))
  out += [Action(Op.SWAP, a) for a in range(_outer(k) - 1) if _swapped_first(k, a) is Axis.LOOP]
  if _blockable(k):
    for a in k.axes(Axis.REDUCE):
      out += [Action(Op.BLOCK, a, n) for n in BLOCK_AMOUNTS if n < k.full_shape[a] and k.full_shape[a] % n == 0]
  if k.axes(Axis.UPCAST) and k.reduce_node is not None and not k.vector_reduce: out.append(Action(Op.VECTOR_REDUCE))
  return out


def _swapped_first(k: Kernel, a: int) -> Axis:
  """The kind of the outermost loop after swapping loops a and a+1."""
  return k.kinds[1] if a == 0 else k.kinds[0]


def _blockable(k: Kernel) -> bool:
  """Blocks pass their partial sums through the output: only a SUM stored as is, blocked once, and with an output
  loop left to stay outermost."""
  red = k.reduce_node
  return (red is not None and red.op is ReduceOps.SUM and k.ast.srcs[0] is red and not k.axes(Axis.BLOCK)
          and bool(k.axes(Axis.LOOP)))


def apply(k: Kernel, action: Action) -> Kernel:
  """`k` with `action` done through kernel.py's transformations (recorded in `applied`); InvalidAction where it
  does not apply."""
  a, n = action.axis, action.amount
  if not 0 <= a < len(k.full_shape) and action.op is not Op.VECTOR_REDUCE:
    raise InvalidAction(f"{action}: no axis {a} in {k.full_shape}")
  return _APPLY[action.op](k, a, n, action)


def _check(ok: bool, action: Action, k: Kernel, why: str):
  if not ok: raise InvalidAction(f"{action} on {k.full_shape} {[kind.name for kind in k.kinds]}: {why}")


def _upcast(k: Kernel, a: int, n: int, action: Action) -> Kernel:
  _check(k.kinds[a] is Axis.LOOP, action, k, "only an output loop unrolls into registers")
  _check(n > 1 and k.full_shape[a] % n == 0, action, k, "the amount must divide the axis")
  _check(_tile(k) * n <= MAX_TILE, action, k, f"a tile holds at most {MAX_TILE} outputs")
  return upcast(k, a, n)


def _block(k: Kernel, a: int, n: int, action: Action) -> Kernel:
  _check(k.kinds[a] is Axis.REDUCE and _blockable(k), action, k, "only a SUM stored as is, once, is blocked")
  _check(1 < n < k.full_shape[a] and k.full_shape[a] % n == 0, action, k, "the block must divide the reduction")
  k = split_axis(k, a, n, (Axis.BLOCK, Axis.REDUCE), f"reduce in blocks of {n}")
  return reorder(k, _moved(len(k.full_shape), a, _outer(k) - 1), "blocks as the innermost outer loop")


def _split(k: Kernel, a: int, n: int, action: Action) -> Kernel:
  _check(k.kinds[a] is Axis.LOOP, action, k, "only an output loop splits")
  _check(1 < n < k.full_shape[a] and k.full_shape[a] % n == 0, action, k, "the amount must divide the axis")
  return split_axis(k, a, n, (Axis.LOOP, Axis.LOOP), f"split axis {a} by {n}")


def _outermost(k: Kernel, a: int, n: int, action: Action) -> Kernel:
  _check(k.kinds[a] is Axis.LOOP and 0 < a < _outer(k), action, k, "only an inner output loop moves out")
  return outermost(k, a)


def _swap(k: Kernel, a: int, n: int, action: Action) -> Kernel:
  _check(a + 1 < _outer(k) and _swapped_first(k, a) is Axis.LOOP, action, k,
         "two outer loops, the outermost staying an output loop")
  order = tuple(range(len(k.full_shape)))
  return reorder(k, order[:a] + (a + 1, a) + order[a + 2:], f"swap loops {a} and {a + 1}")


def _vector_reduce(k: Kernel, a: int, n: int, action: Action) -> Kernel:
  _check(bool(k.axes(Axis.UPCAST)) and k.reduce_node is not None and not k.vector_reduce, action, k,
         "only a tiled reduction that is not vectorized already")
  return replace(k, vector_reduce=True, applied=k.applied + ("vectorize the reduce loop",))


def _moved(n: int, src: int, dst: int) -> tuple[int, ...]:
  """The order that moves axis src to position dst of n axes."""
  rest = [i for i in range(n) if i != src]
  return tuple(rest[:dst] + [src] + rest[dst:])


_APPLY = {Op.UPCAST: _upcast, Op.BLOCK: _block, Op.SPLIT: _split, Op.OUTERMOST: _outermost, Op.SWAP: _swap,
          Op.VECTOR_REDUCE: _vector_reduce}
