"""LLVM IR -> machine code for this CPU, by llvmlite: the CPU runtime's compiler, loaded only when a kernel must be
compiled (or printed): a process whose kernels all come from the disk cache never imports it.
"""
from __future__ import annotations
import functools
import llvmlite.binding as llvm
from picograd.errors import CompileError


def new_target_machine() -> llvm.TargetMachine:
  """This CPU by name and features, so LLVM uses every vector unit it has (AVX-512 on this machine)."""
  llvm.initialize_native_target()
  llvm.initialize_native_asmprinter()
  target = llvm.Target.from_default_triple()
  return target.create_target_machine(cpu=llvm.get_host_cpu_name(), features=llvm.get_host_cpu_features().flatten(),
                                      opt=3, codemodel="jitdefault")


@functools.cache
def target_machine() -> llvm.TargetMachine:
  """The one shared for optimizing and printing assembly. An execution engine owns (and frees) its own."""
  return new_target_machine()


def _optimize(module: llvm.ModuleRef):
  tuning = llvm.create_pipeline_tuning_options(speed_level=3)
  tuning.loop_vectorization = True
  tuning.slp_vectorization = True
  tuning.loop_unrolling = False   # LLVM's unroller adds little to vectorized loops and, on bools, takes seconds
  builder = llvm.create_pass_builder(target_machine(), tuning)
  builder.getModulePassManager().run(module, builder)


def host_cpu() -> str:
  """This CPU as LLVM sees it: name and features."""
  return llvm.get_host_cpu_name() + " " + llvm.get_host_cpu_features().flatten()


def _module(name: str, source: str) -> llvm.ModuleRef:
  try:
    module = llvm.parse_assembly(source)
    module.verify()
  except RuntimeError as e:
    raise CompileError(f"LLVM rejected kernel {name}: {e}", source) from None
  module.triple = target_machine().triple
  return module


def compile_llvm(name: str, source: str) -> bytes:
  """LLVM IR -> an object file of machine code for this CPU, by the one shared target machine (a fresh one per
  kernel costs ~1 ms, and an execution engine generating code itself another ~1 ms of setup)."""
  module = _module(name, source)
  _optimize(module)
  return target_machine().emit_object(module)


def assembly(name: str, source: str) -> str:
  """The assembly of the machine code `compile_llvm` makes of this source."""
  module = _module(name, source)
  _optimize(module)
  return target_machine().emit_assembly(module)


def load(obj: bytes) -> llvm.ExecutionEngine:
  """An execution engine holding this object file (for objects the runtime's own loader, elf.py, does not take)."""
  empty = llvm.parse_assembly("")
  empty.triple = target_machine().triple
  engine = llvm.create_mcjit_compiler(empty, new_target_machine())
  # the engine asks its object cache for the (empty) module's code and gets the kernel's: nothing is compiled
  # (add_object_file would compile the empty module too, ~1 ms)
  engine.set_object_cache(None, lambda module: obj)
  engine.finalize_object()
  return engine
