"""What ran while a JIT capture was open, recorded through the engine's hooks."""
from __future__ import annotations
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from picograd.engine import hooks


@dataclass
class Capture:
  """Per launch (compiled kernel, its buffers), and per collective (its ops.Collective, its buffers), in the order
  they ran; copies of host data in, copies between devices, and reads of values into Python (none of them a launch
  a replay could repeat)."""
  launches: list = field(default_factory=list)
  host_copies: int = 0
  device_copies: int = 0
  host_reads: int = 0

  def _launched(self, ck, buffers, seconds, device): self.launches.append((ck, tuple(buffers)))
  def _exchanged(self, spec, buffers, seconds, device): self.launches.append((spec, tuple(buffers)))

  def _copied(self, item):
    if item.inputs: self.device_copies += 1
    else: self.host_copies += 1

  def _read(self): self.host_reads += 1


@contextmanager
def capture():
  """`with capture() as cap:` records into `cap` what runs inside."""
  cap = Capture()
  with ExitStack() as stack:
    for event, fn in (("after_launch", cap._launched), ("collective", cap._exchanged), ("copy", cap._copied),
                      ("host_read", cap._read)):
      stack.enter_context(hooks.add(event, fn))
    yield cap
