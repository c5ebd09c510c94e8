"""Hooks: how tools and the JIT watch the engine, and steer its choices, without replacing anything in it.

    handle = hooks.add("after_launch", fn)     # fn is called at every such event until
    handle.remove()                            # ...or, scoped: `with hooks.add(...):`

The events and what each hook is called with (in the order they were added):
  schedule        fn(items)                     a schedule is about to run; its items still hold their lazy graph
  before_compile  fn(item, device, kernel)      a kernel's optimized plan is about to be lowered and compiled (a
                                                miss of the kernel cache only); returning a Kernel lowers that plan
                                                instead (None keeps the plan), and the next hook sees the result
  after_compile   fn(item, compiled)            a program was built for a kernel: a CompiledKernel
  after_launch    fn(compiled, buffers, seconds, device)   a kernel ran (a JIT replay's kernels too)
  copy            fn(item)                      a COPY step filled a buffer: from the host when `item.inputs` is
                                                empty, else from another device
  host_read       fn()                          a tensor's values were read into Python (`.numpy()`, `.item()`)
  collective      fn(spec, buffers, seconds, device)   a COLLECTIVE step (spec: an ops.Collective) exchanged its
                                                buffers (output first) with the group's other processes; a JIT
                                                replay's collectives too
  jit_replay      fn(name, plan)                a @jit function named `name` is about to replay its captured plan:
                                                (CompiledKernel or ops.Collective, buffer slots) per step, in order

The registry is the engine's one piece of state a caller changes: a hook stays until removed, so scope it.
"""
from __future__ import annotations
from dataclasses import dataclass
from typing import Callable

EVENTS = ("schedule", "before_compile", "after_compile", "after_launch", "copy", "host_read", "collective",
          "jit_replay")
_hooks: dict[str, list[Callable]] = {event: [] for event in EVENTS}


@dataclass(frozen=True, eq=False)
class Hook:
  """A registered hook: `remove()` it, or use it as a context manager that removes it on exit."""
  event: str
  fn: Callable

  def remove(self):
    if self.fn in _hooks[self.event]: _hooks[self.event].remove(self.fn)

  def __enter__(self) -> Hook: return self
  def __exit__(self, *exc): self.remove()


def add(event: str, fn: Callable) -> Hook:
  """Call `fn` at every `event` from now on (see the module docstring for the events and their arguments)."""
  if event not in _hooks: raise ValueError(f"hooks: unknown event {event!r}; events: {', '.join(EVENTS)}")
  _hooks[event].append(fn)
  return Hook(event, fn)


def fire(event: str, *args):
  """Call the event's hooks; a copy of the list, so a hook may remove itself."""
  for fn in list(_hooks[event]): fn(*args)


def active(event: str) -> bool:
  """Whether any hook watches `event` (a before_compile hook may steer a plan: the disk cache then stands aside)."""
  return bool(_hooks[event])


def steer(event: str, value, *args):
  """Pass `value` through the event's hooks, `fn(*args, value)` each: a hook returning non-None replaces it."""
  for fn in list(_hooks[event]):
    new = fn(*args, value)
    if new is not None: value = new
  return value
