"""BEAM=N: an autotuner. It compiles and times a kernel's variants on this machine and keeps the fastest.

The variants are sequences of codegen/search.py's actions (register tiles, reduction blocks, loop splits and order,
the vectorized reduce loop) applied to one of two roots: the heuristic's kernel (optimize(), which is also the
baseline to beat) or the plain one (build_kernel()). Each round extends every kernel of the beam by every action,
times the new ones and keeps the N fastest; it stops when a round brings no new kernel into the beam, after
MAX_ROUNDS, or when BEAM_BUDGET seconds are spent. The winner then runs by turns with the heuristic's kernel and is
taken only if it is still the faster (the machine's load may have changed during the search).

Every candidate runs on scratch buffers of random, never-zero values (never the user's: an assign must not run twice
on its target) and must give the heuristic kernel's result on them; one that fails to compile, runs past a time
limit or computes something else is discarded, and said so at DEBUG>=2. The winner is stored on disk under
CACHE_DIR/beam, keyed by the op tree's text, the buffers' dtypes, the CPU model, picograd's version, the width and
the heuristic's plan (a changed heuristic is a new baseline); a hit replays the stored actions without timing.

CPU kernels only. On EMU the time is NumPy's, not a GPU's, so it would pick the plan the emulator runs fastest; on
CUDA the launch plan (threads, groups, vector width, tensor cores) needs actions of its own, not written yet. Both
keep the heuristic's plan.
"""
from __future__ import annotations
import hashlib
import json
import math
import os
import time
import warnings
from dataclasses import dataclass, field, replace
from typing import Callable
import numpy as np
from picograd.codegen import search as actions_of
from picograd.codegen.kernel import Kernel, format_kernel
from picograd.codegen.linearize import linearize
from picograd.codegen.machine import host_cpu
from picograd.codegen.search import Action, InvalidAction, format_actions
from picograd.dtype import DType
from picograd.helpers import BEAM_BUDGET, CACHE_DIR, DEBUG
from picograd.ops import format_ast
from picograd.version import __version__

MAX_ROUNDS = 4              # actions per candidate, at most: each round costs a compile and runs per candidate
TIMING_RUNS = 3             # a candidate's time is its fastest run: other processes only ever add time
CONFIRM_RUNS = 5             # runs of the winner and the heuristic, by turns, before the winner is taken
SLOW_FACTOR = 1.25          # a first run this much slower than the best so far is not repeated: it cannot win
TIME_LIMIT_FACTOR = 10.0    # a candidate this much slower than the heuristic is discarded after one run
MIN_TIME_LIMIT_S = 0.05     # ...but a tiny kernel's limit is never below this (launch noise)
RELATIVE_TOLERANCE = {2: 2e-2, 4: 1e-3, 8: 1e-9}   # by float size: summing in another order rounds differently
CANDIDATE_NAME = "beam_candidate"   # candidates are compiled under one name: they take none of the kernel names
CACHE_FORMAT = "picograd-beam-v1"


@dataclass(frozen=True)
class Candidate:
  root: str                    # "heuristic" (optimize()'s kernel) or "plain" (build_kernel()'s)
  actions: tuple[Action, ...]

  def __str__(self): return f"{self.root} + {format_actions(self.actions)}" if self.actions else self.root


@dataclass(frozen=True)
class Timed:
  candidate: Candidate
  kernel: Kernel = field(repr=False)
  seconds: float


@dataclass(frozen=True)
class Result:
  """What a search found: the fastest, the heuristic's time, and what it cost."""
  best: Timed
  heuristic_s: float
  timed: int
  discarded: tuple[tuple[Candidate, str], ...]
  search_s: float

  @property
  def speedup(self) -> float: return self.heuristic_s / self.best.seconds

  def __str__(self):
    return (f"{self.best.candidate}: {self.best.seconds * 1e3:.3f} ms, {self.speedup:.2f}x the heuristic's "
            f"{self.heuristic_s * 1e3:.3f} ms ({self.timed} timed, {len(self.discarded)} discarded, "
            f"{self.search_s:.1f} s)")


class Discarded(Exception):
  """A candidate that must not be chosen, and why."""


# ---- timing candidates on scratch buffers ---------------------------------------------------------------------------
def random_values(rng: np.random.Generator, n: int, dt: DType) -> np.ndarray:
  """n random values of `dt`, never zero (so no division by zero, and no product hides a wrong index)."""
  if dt.name == "bool": return rng.random(n) < 0.5
  if not dt.is_float: return rng.integers(1, 8, n).astype(dt.np)
  values = rng.uniform(0.5, 1.5, n).astype(np.float32)
  return (values.view(np.uint32) >> 16).astype(np.uint16) if dt.name == "bfloat16" else values.astype(dt.np)


def _as_numbers(values: np.ndarray, dt: DType) -> np.ndarray:
  if dt.name == "bfloat16": return (values.astype(np.uint32) << 16).view(np.float32).astype(np.float64)
  return values.astype(np.float64) if dt.is_float else values


def largest_difference(out: np.ndarray, ref: np.ndarray, dt: DType) -> float | None:
  """How far `out` is from `ref` where it is beyond rounding (None: equal up to rounding, NaNs where ref has them)."""
  out, ref = _as_numbers(out, dt), _as_numbers(ref, dt)
  if not dt.is_float: bad = out != ref
  else:
    finite = np.abs(ref[np.isfinite(ref)])
    tol = RELATIVE_TOLERANCE[dt.itemsize]
    bad = ~np.isclose(out, ref, rtol=tol, atol=tol * (finite.max() if finite.size else 1.0), equal_nan=True)
  if not bad.any(): return None
  diff = np.abs(out[bad].astype(np.float64) - ref[bad].astype(np.float64))
  return float(np.nan_to_num(diff, nan=math.inf).max())


class Bench:
  """Scratch buffers (output first) filled with random values, the device that compiles and runs candidates on
  them, and the reference output: the heuristic kernel's, from the first `measure`."""

  def __init__(self, spec, dtypes: tuple[DType, ...], sizes: tuple[int, ...], seed: int = 0):
    rng = np.random.default_rng(seed)
    self.spec, self.dtypes = spec, dtypes
    self.initial = [random_values(rng, n, dt) for n, dt in zip(sizes, dtypes)]
    self.buffers = [spec.allocate(n, dt) for n, dt in zip(sizes, dtypes)]
    for buf, values in zip(self.buffers, self.initial): buf.copyin(values)
    self.reference: np.ndarray | None = None

  def compile(self, kernel: Kernel):
    try:
      program = linearize(kernel, CANDIDATE_NAME, self.dtypes)
      return self.spec.compile(program, self.spec.render(program))
    except Exception as e:   # noqa: BLE001 -- any failure to build a candidate only discards it
      raise Discarded(f"does not compile: {type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}") from e

  def measure(self, kernel: Kernel, limit_s: float = math.inf, best_s: float = math.inf) -> float:
    """The kernel's fastest run, after checking its output against the reference (the first call sets it)."""
    runner = self.compile(kernel)
    self.buffers[0].copyin(self.initial[0])   # the same starting output for every candidate
    seconds = runner(*self.buffers)
    if seconds > limit_s: raise Discarded(f"ran past the time limit ({seconds * 1e3:.1f} > {limit_s * 1e3:.1f} ms)")
    out = self.buffers[0].numpy()
    if self.reference is None: self.reference = out
    elif (diff := largest_difference(out, self.reference, self.dtypes[0])) is not None:
      raise Discarded(f"gives a different result than the heuristic's kernel (by up to {diff:.3g})")
    for _ in range(TIMING_RUNS - 1):
      if seconds > SLOW_FACTOR * best_s: break
      seconds = min(seconds, runner(*self.buffers))
    return seconds


# ---- the beam search ------------------------------------------------------------------------------------------------
def _identity(k: Kernel) -> tuple:
  """What makes two kernels compile to the same code (op trees are hash-consed: equal trees are one object)."""
  return (k.ast, k.full_shape, k.kinds, k.vector_reduce)


def search(base: Kernel, heuristic: Kernel, bench: Bench, width: int, budget_s: float = BEAM_BUDGET,
           actions: Callable = actions_of.actions, apply: Callable = actions_of.apply) -> Result:
  """The fastest of the candidates a beam of `width` reaches from the two roots within `budget_s` (the heuristic's
  kernel when none beats it). `actions(kernel)` lists the moves and `apply(kernel, action)` makes them: parameters,
  so a test can offer a candidate that must be rejected."""
  start = time.perf_counter()
  baseline = Timed(Candidate("heuristic", ()), heuristic, bench.measure(heuristic))
  limit_s = max(TIME_LIMIT_FACTOR * baseline.seconds, MIN_TIME_LIMIT_S)
  beam, seen, discarded, timed = [baseline], {_identity(heuristic)}, [], 1
  parents = [baseline] + ([Timed(Candidate("plain", ()), base, math.inf)] if _identity(base) not in seen else [])
  for _ in range(MAX_ROUNDS):
    children = []
    for parent in parents:
      for action in actions(parent.kernel):
        if time.perf_counter() - start > budget_s: break
        candidate = Candidate(parent.candidate.root, parent.candidate.actions + (action,))
        try: kernel = apply(parent.kernel, action)
        except InvalidAction: continue
        if _identity(kernel) in seen: continue
        seen.add(_identity(kernel))
        timed += 1
        try: child = Timed(candidate, kernel, bench.measure(kernel, limit_s, beam[0].seconds))
        except Discarded as e:
          discarded.append((candidate, str(e)))
          if DEBUG >= 2: print(f"  beam     discarded {candidate}: {e}")
          continue
        children.append(child)
        beam = sorted(beam + [child], key=lambda t: t.seconds)[:width]
    parents = [t for t in beam if any(t is c for c in children)]   # the round's newcomers: the next to extend
    if not parents or time.perf_counter() - start > budget_s: break
  best, baseline = _confirm(bench, beam[0], baseline)
  return Result(best, baseline.seconds, timed, tuple(discarded), time.perf_counter() - start)


def _confirm(bench: Bench, best: Timed, baseline: Timed) -> tuple[Timed, Timed]:
  """The winner and the heuristic timed again, by turns: a load that came and went during the search may have
  flattered the winner. The heuristic's kernel stays unless the winner still beats it."""
  if best is baseline: return best, baseline
  runners, times = [bench.compile(t.kernel) for t in (best, baseline)], ([], [])
  for _ in range(CONFIRM_RUNS):
    for runner, ts in zip(runners, times): ts.append(runner(*bench.buffers))
  best, baseline = replace(best, seconds=min(times[0])), replace(baseline, seconds=min(times[1]))
  return (best if best.seconds < baseline.seconds else baseline), baseline


# ---- winners on disk ------------------------------------------------------------------------------------------------
def cache_key(ast, dtypes: tuple[DType, ...], device: str, heuristic: Kernel, width: int) -> str:
  """Everything a winner depends on, as text that is the same in every process (Python's hash is not)."""
  plan = format_kernel(heuristic).splitlines()[:2]   # the heuristic's axes and what it applied
  return "\n".join([f"picograd {__version__}", f"device {device}", f"cpu {host_cpu()!r}", f"width {width}",
                    f"buffers {' '.join(dt.name for dt in dtypes)}", *plan, format_ast(ast)])


def _entry_path(folder: str, key: str) -> str:
  return os.path.join(folder, hashlib.sha256(key.encode()).hexdigest() + ".json")


def read_winner(folder: str, key: str) -> tuple[Candidate, float] | None:
  """The stored winner for `key` and its speedup over the heuristic; None (with a warning for a corrupt or foreign
  entry) when there is none to use."""
  path = _entry_path(folder, key)
  try:
    with open(path) as f: entry = json.load(f)
    if not isinstance(entry, dict) or entry.get("format") != CACHE_FORMAT: raise ValueError("not a BEAM cache entry")
    if entry.get("key") != key: raise ValueError("stored for another kernel, machine or version")
    if entry.get("root") not in ("heuristic", "plain"): raise ValueError(f"no such root {entry.get('root')!r}")
    return Candidate(entry["root"], tuple(Action.from_json(a) for a in entry["actions"])), float(entry["speedup"])
  except FileNotFoundError:
    return None
  except (OSError, ValueError, KeyError, TypeError) as e:   # json's errors are ValueErrors
    warnings.warn(f"picograd: BEAM cache entry {os.path.basename(path)} ignored ({e}); searching again")
    return None


def write_winner(folder: str, key: str, result: Result):
  tmp = os.path.join(folder, f".beam.{os.getpid()}.tmp")
  entry = {"format": CACHE_FORMAT, "key": key, "root": result.best.candidate.root, "speedup": result.speedup,
           "actions": [a.to_json() for a in result.best.candidate.actions], "search_s": result.search_s}
  try:
    os.makedirs(folder, exist_ok=True)
    with open(tmp, "w") as f: json.dump(entry, f, indent=1)
    os.replace(tmp, _entry_path(folder, key))   # atomic: readers see all of an entry or none
  except OSError as e:
    warnings.warn(f"picograd: cannot write the BEAM cache ({e}); the search will run again next time")


def replay(candidate: Candidate, base: Kernel, heuristic: Kernel, apply: Callable = actions_of.apply) -> Kernel:
  """The candidate's kernel: its actions applied to its root (InvalidAction where one does not apply)."""
  kernel = heuristic if candidate.root == "heuristic" else base
  for action in candidate.actions: kernel = apply(kernel, action)
  return kernel


# ---- the engine's entry ---------------------------------------------------------------------------------------------
def _label(k: Kernel) -> str: return ("r_" if k.reduce_node is not None else "E_") + "_".join(map(str, k.full_shape))


def _size(b) -> int: return b.realized.size if getattr(b, "realized", None) is not None else b.size


def tune(item, spec, base: Kernel, heuristic: Kernel, width: int, cache_dir: str | None = None,
         search_fn: Callable = search, budget_s: float = BEAM_BUDGET) -> Kernel:
  """The plan BEAM=`width` picks for a schedule item's kernel on `spec`: a stored winner replayed, else the result
  of a search (then stored). `base` is build_kernel()'s kernel, `heuristic` optimize()'s."""
  if spec.gpu: return heuristic   # see the module's docstring
  folder = cache_dir or os.path.join(CACHE_DIR, "beam")
  dtypes = (item.out.dtype,) + tuple(b.dtype for b in item.inputs)
  key = cache_key(item.ast, dtypes, spec.name, heuristic, width)
  stored = read_winner(folder, key)
  if stored is not None:
    try: kernel = replay(stored[0], base, heuristic)
    except InvalidAction as e: warnings.warn(f"picograd: a stored BEAM winner does not apply ({e}); searching again")
    else:
      if DEBUG >= 2: print(f"  beam     {_label(base)}: BEAM={width} replays {stored[0]} from the disk cache "
                           f"({stored[1]:.2f}x the heuristic when searched)")
      return _noted(kernel, stored[0], width, stored[1])
  bench = Bench(spec, dtypes, (_size(item.out),) + tuple(_size(b) for b in item.inputs))
  result = search_fn(base, heuristic, bench, width, budget_s)
  write_winner(folder, key, result)
  if DEBUG >= 2: print(f"  beam     {_label(base)}: BEAM={width} chose {result}")
  return _noted(result.best.kernel, result.best.candidate, width, result.speedup)


def _noted(kernel: Kernel, candidate: Candidate, width: int, speedup: float) -> Kernel:
  """The choice in `applied`, so DEBUG=3 shows it."""
  return replace(kernel, applied=kernel.applied + (f"BEAM={width} chose {candidate} ({speedup:.2f}x the heuristic)",))
