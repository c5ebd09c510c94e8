"""What a run did, recorded through the engine's hooks for the VIZ page: each distinct schedule (a training step's
is the same every step, so it is kept once with a count), each kernel with its texts, and a timeline of launches.

A launch is matched to the schedule step it runs by order: the engine launches a schedule's kernels in its order,
and a realize nested in a step (keeping old contents for a write in place) schedules and runs first. A launch no
pending schedule expects is a JIT replay's.
"""
from __future__ import annotations
import time
from contextlib import ExitStack
from dataclasses import dataclass, field
from picograd.engine import hooks
from picograd.lazy import tracking_origins
from picograd.ops import Collective

MAX_TIMELINE_EVENTS = 20_000   # launches and copies kept for the timeline; later ones are only counted (the page of
                               # a long run stays a few MB, and the first steps show what every later step does)
MAX_ORIGINS = 4                # lines named per kernel: one op tree can be launched from several places


def describe(b) -> str: return f"({', '.join(str(s) for s in b.shape)}) {b.dtype.name}"


@dataclass
class KernelRecord:
  """A compiled kernel and what its launches cost. `compiled` (the engine's CompiledKernel) gives the texts."""
  name: str
  device: str
  fused: tuple[str, ...]
  reason: str
  buffers: tuple[str, ...]        # the output's and each input's shape and dtype
  compiled: object = field(repr=False)
  origins: list[str] = field(default_factory=list)
  launches: int = 0
  seconds: float = 0.0
  nbytes: int = 0

  def __str__(self):
    return (f"{self.name} on {self.device}: {self.launches} launches, {self.seconds * 1e3:.3f} ms; fuses "
            f"{' '.join(self.fused) or 'nothing'}; own buffer: {self.reason}")


@dataclass
class StepRecord:
  """One step of a schedule: a kernel (its name, once launched), a copy or an allocation."""
  kind: str                       # "kernel", "copy" or "empty"
  out: str                        # shape and dtype of the buffer it fills
  reason: str
  origin: str
  inputs: tuple[int, ...]         # i >= 0: the output of step i; ~k: the k-th buffer made before the schedule
  key: object = field(default=None, repr=False)   # (device, op tree) of a kernel: its name comes with its launch
  name: str = ""

  def __str__(self): return f"{self.kind} {self.name} -> {self.out} <- {list(self.inputs)}: {self.reason}"


@dataclass
class ScheduleRecord:
  """A distinct schedule and how often it ran."""
  steps: list[StepRecord]
  outside: list[str]              # the buffers made before it that it reads
  runs: int = 0
  first_run: float = 0.0

  def __str__(self): return f"schedule of {len(self.steps)} steps, run {self.runs} times"


@dataclass
class Event:
  """A launch or a copy on the timeline, seconds since the recording started."""
  kind: str                       # "kernel", "replay" (a kernel launched by a JIT replay), "copy" or "collective"
  name: str
  start: float
  seconds: float
  nbytes: int
  schedule: int = -1              # index into Recording.schedules; -1 for replays

  def __str__(self): return f"{self.start * 1e3:10.3f} ms {self.kind:6s} {self.name} {self.seconds * 1e6:.1f} us"


class Recording:
  """Everything the engine reports from `start()` to `stop()` (or inside `with Recording():`); origins are tracked
  meanwhile, so kernels name the user's line, the forward line they differentiate or the parameter they update."""

  def __init__(self):
    self.kernels: dict[str, KernelRecord] = {}
    self.schedules: list[ScheduleRecord] = []
    self.events: list[Event] = []
    self.dropped_events = 0       # launches and copies past MAX_TIMELINE_EVENTS
    self.jit_plans: dict[str, list[str]] = {}   # a jitted function -> the kernels one replay launches
    self.compiles, self.compile_seconds, self.copies = 0, 0.0, 0
    self.started = self.stopped = 0.0
    self._signatures: dict[tuple, int] = {}
    self._pending: list[tuple[int, list]] = []   # per schedule being run: (its index, kernel items left to launch)
    self._stack: ExitStack | None = None

  def start(self) -> Recording:
    self.started = time.perf_counter()
    self._stack = ExitStack()
    self._stack.enter_context(tracking_origins())
    for event, fn in (("schedule", self._scheduled), ("after_compile", self._compiled),
                      ("after_launch", self._launched), ("copy", self._copied), ("collective", self._exchanged),
                      ("jit_replay", self._replaying)):
      self._stack.enter_context(hooks.add(event, fn))
    return self

  def stop(self) -> Recording:
    if self._stack is not None: self._stack.close()
    self._stack, self.stopped = None, time.perf_counter()
    return self

  def __enter__(self) -> Recording: return self.start()
  def __exit__(self, *exc): self.stop()

  def __str__(self):
    launches = sum(k.launches for k in self.kernels.values())
    return (f"recording: {len(self.kernels)} kernels, {launches} launches, {len(self.schedules)} distinct schedules, "
            f"{self.compiles} compiled in {self.compile_seconds:.2f} s")

  # ---- hooks --------------------------------------------------------------------------------------------------------
  def _scheduled(self, items):
    steps, outside = _steps(items)
    signature = tuple((s.kind, s.out, s.reason, s.inputs, s.key) for s in steps)
    index = self._signatures.get(signature)
    if index is None:
      index = self._signatures[signature] = len(self.schedules)
      self.schedules.append(ScheduleRecord(steps, outside, first_run=time.perf_counter() - self.started))
    self.schedules[index].runs += 1
    kernels = [(i, it) for i, it in enumerate(items) if it.is_kernel and it.out.size > 0]
    self._pending.append((index, kernels))

  def _compiled(self, item, ck):
    self.compiles += 1
    self.compile_seconds += ck.compile_s

  def _launched(self, ck, buffers, seconds, device):
    name, matched = ck.name, self._match(ck, buffers)
    kernel = self.kernels.get(name)
    if kernel is None:
      item = matched[2] if matched else None
      kernel = self.kernels[name] = KernelRecord(
        name, device, item.fused if item else (), item.reason if item else "(first seen in a JIT replay)",
        tuple(describe(b) for b in (item.out, *item.inputs)) if item else (), ck)
    if matched:
      schedule, step, item = matched
      self.schedules[schedule].steps[step].name = name
      if item.out.creator and item.out.creator not in kernel.origins and len(kernel.origins) < MAX_ORIGINS:
        kernel.origins.append(item.out.creator)
    nbytes = sum(b.nbytes for b in buffers)
    kernel.launches += 1
    kernel.seconds += seconds
    kernel.nbytes += nbytes
    start = time.perf_counter() - self.started - seconds
    self._event(Event("kernel" if matched else "replay", name, start, seconds, nbytes, matched[0] if matched else -1))

  def _copied(self, item):
    self.copies += 1
    nbytes = item.out.realized.nbytes if item.out.realized is not None else 0
    source = "another device" if item.inputs else "the host"
    self._event(Event("copy", f"copy {describe(item.out)} from {source}", time.perf_counter() - self.started, 0.0,
                      nbytes, self._pending[-1][0] if self._pending else -1))

  def _exchanged(self, spec, buffers, seconds, device):
    self._event(Event("collective", str(spec), time.perf_counter() - self.started - seconds, seconds,
                      sum(b.nbytes for b in buffers), self._pending[-1][0] if self._pending else -1))

  def _replaying(self, name: str, plan):
    if name not in self.jit_plans:
      self.jit_plans[name] = [str(step) if isinstance(step, Collective) else step.name for step, _ in plan]

  def _event(self, event: Event):
    if len(self.events) < MAX_TIMELINE_EVENTS: self.events.append(event)
    else: self.dropped_events += 1

  def _match(self, ck, buffers):
    """(schedule index, step index, item) of the step this launch runs, or None for a launch no schedule expects. A
    schedule whose next kernel does not fit the launch was cut short (a step raised): it is dropped."""
    while self._pending:
      index, left = self._pending[-1]
      if left:
        step, item = left[0]
        if item.out.dtype == ck.buffer_dtypes[0] and len(buffers) == 1 + len(item.inputs):
          left.pop(0)
          if not left: self._pending.pop()
          return index, step, item
      self._pending.pop()
    return None


def _steps(items) -> tuple[list[StepRecord], list[str]]:
  """The steps of a schedule, each input named by the step that fills it or as a buffer made before."""
  made: dict[int, int] = {}
  outside: dict[int, int] = {}
  described: list[str] = []
  steps = []
  for i, it in enumerate(items):
    refs = []
    for b in it.inputs:
      if id(b) in made: refs.append(made[id(b)])
      else:
        if id(b) not in outside: outside[id(b)], _ = len(described), described.append(describe(b))
        refs.append(~outside[id(b)])
    kind = "kernel" if it.is_kernel else it.op.name.lower()
    key = (it.out.device, it.ast) if it.is_kernel else None
    steps.append(StepRecord(kind, describe(it.out), it.reason, it.out.creator or "", tuple(refs), key))
    made[id(it.out)] = i
  return steps, described
