"""A compiled kernel as the engine keeps it: the runner and the few facts a launch needs, its texts on demand.

The engine keeps thousands of these for a process's life. Their IR (a Program's instruction list) would be most of
the objects Python's garbage collector walks at every full collection (~35K of 154K in a GPT eager step), so a
CompiledKernel lets go of its Program once compiling is done (`release`), and rebuilds it from the op tree when
DEBUG, a dump, the VIZ page or a tool asks for it. The plan (`kernel`) is kept: it is small, and it is what a
BEAM search or a before_compile hook chose, which a rebuild could not know. A kernel loaded from the disk cache has
none: asking for it plans the op tree again by the heuristics.
"""
from __future__ import annotations
from picograd.codegen.ir import Launch, Program
from picograd.codegen.kernel import Kernel, build_kernel
from picograd.codegen.linearize import linearize
from picograd.codegen.optimize import optimize
from picograd.dtype import DType
from picograd.engine import devices
from picograd.engine.devices import Runner
from picograd.ops import AstNode


class CompiledKernel:
  """`name`, `flops`, `buffer_dtypes` (output first) and `launch` (None on a CPU) are what launching reads; `kernel`,
  `program` and `source` are the plan, IR and source text it was compiled from (DEBUG 3 and 4)."""

  def __init__(self, name: str, ast: AstNode, device: str, buffer_dtypes: tuple[DType, ...], runner: Runner,
               compile_s: float, kernel: Kernel | None, program: Program | None = None, source: str | None = None,
               flops: int | None = None, launch: Launch | None = None):
    self.name, self.ast, self.device, self.buffer_dtypes = name, ast, device, buffer_dtypes
    self.runner, self.compile_s, self._kernel, self._program, self._source = runner, compile_s, kernel, program, source
    self.flops = program.flops if program is not None else flops
    self.launch = program.launch if program is not None else launch

  @property
  def kernel(self) -> Kernel:
    if self._kernel is None: self._kernel = optimize(build_kernel(self.ast), gpu=devices.get(self.device).gpu)
    return self._kernel

  @property
  def program(self) -> Program:
    """The IR, rebuilt when it was released; kept from then on (only printing and tools ask for it)."""
    if self._program is None: self._program = linearize(self.kernel, self.name, self.buffer_dtypes)
    return self._program

  @property
  def source(self) -> str:
    if self._source is None: self._source = getattr(self.runner, "source", None) or self.render()
    return self._source

  def render(self) -> str:
    """The source text of this kernel's IR, as its device's renderer writes it."""
    return devices.get(self.device).render(self.program)

  def release(self):
    """Let go of the IR and the source text: they are rebuilt when asked for."""
    self._program = self._source = None

  def __repr__(self): return f"<CompiledKernel {self.name}: {self.compile_s * 1e3:.1f} ms>"
