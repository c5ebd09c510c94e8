"""PICOGRAD_DUMP: one folder per compiled kernel, named by compile order and kernel name, so that two runs of a
script give identical trees (IR, source, assembly, and the launch, shapes, fused ops, reason and creating line)."""
from __future__ import annotations
import os
from picograd.codegen.ir import format_program
from picograd.codegen.kernel import format_kernel


def dump_kernel(folder: str, index: int, item, ck):
  """Write the files of one compiled kernel (`ck`, a CompiledKernel) made for `item`, a ScheduleItem."""
  path = os.path.join(folder, f"{index:04d}_{ck.name}")
  os.makedirs(path, exist_ok=True)
  ext = "cu" if ck.launch is not None else "ll"
  texts = kernel_texts(ck)
  files = {
    "ir.txt": f"optimizations: {', '.join(ck.kernel.applied) or 'none'}\n{texts['ir']}\n",
    f"kernel.{ext}": texts["source"],
    "assembly.txt": texts["assembly"],
    "kernel.txt": _description(item, ck),
  }
  for name, text in files.items():
    with open(os.path.join(path, name), "w") as f: f.write(text)


def _description(item, ck) -> str:
  launch = f"{ck.launch.blocks} blocks x {ck.launch.threads} threads" if ck.launch else "CPU loops"
  return (f"name: {ck.name}\nlaunch: {launch}\nfull shape: {ck.kernel.full_shape}\n"
          f"output: {item.out.shape} {item.out.dtype.name}\n"
          + "".join(f"input {i + 1}: {b.shape} {b.dtype.name}\n" for i, b in enumerate(item.inputs))
          + f"fused: {' '.join(item.fused)}\nown buffer because: {item.reason}\n"
          + f"made at: {getattr(item.out, 'creator', None) or 'unknown'}\n")


def kernel_texts(ck) -> dict[str, str]:
  """What DEBUG=3 and 4 print of a compiled kernel: its plan (axes, optimizations applied, op tree), IR, source and
  machine code; shared by the dumps and the VIZ page."""
  return {"kernel": format_kernel(ck.kernel), "ir": format_program(ck.program), "source": ck.source,
          "assembly": ck.runner.assembly()}
