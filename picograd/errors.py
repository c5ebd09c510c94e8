"""picograd's exceptions. Each also derives from the built-in a Python user would catch."""


class PicogradError(Exception):
  """Base of every error picograd raises on purpose."""


class ShapeError(PicogradError, ValueError):
  pass


class DTypeError(PicogradError, TypeError):
  pass


class AxisError(PicogradError, IndexError):
  """An axis or index outside a tensor's dimensions."""


class DeviceError(PicogradError, RuntimeError):
  pass


class CompileError(PicogradError, RuntimeError):
  """A kernel failed to compile; the message carries the generated source."""

  def __init__(self, message: str, source: str):
    numbered = "\n".join(f"{i+1:4d} | {line}" for i, line in enumerate(source.splitlines()))
    super().__init__(f"{message}\n--- generated source ---\n{numbered}")
    self.source = source


class JitError(PicogradError, RuntimeError):
  """A jitted function does something a replay of its kernels could not repeat; the message names it and the fix."""
