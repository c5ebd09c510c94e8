"""The error a process group raises: a peer that died or never joined, ranks that disagree, a missing library."""
from picograd.errors import PicogradError


class DistributedError(PicogradError, RuntimeError):
  """A collective or a process group failed; the message names the op, this rank and what the others did."""
