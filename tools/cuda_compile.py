"""Render and compile, for CUDA, every kernel a script schedules, on a machine without a GPU.

The script runs on the CPU as usual; each distinct kernel is also planned for a GPU launch, rendered to CUDA C
and compiled by NVRTC to PTX and a cubin for the chosen architecture (SASS with --sass).

    python tools/cuda_compile.py --arch sm_90 examples/mnist_mlp.py --steps 20
    python tools/cuda_compile.py --arch sm_80 --dump cuda_kernels --sass my_script.py
"""
import argparse
import atexit
import os
import runpy
import sys
from picograd.engine import hooks
from picograd.codegen.kernel import build_kernel
from picograd.codegen.optimize import optimize
from picograd.codegen.linearize import linearize
from picograd.codegen.renderer.cuda import render_cuda
from picograd.errors import PicogradError


def main():
  parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
  parser.add_argument("--arch", default="sm_90", help="the GPU architecture to compile for, e.g. sm_80, sm_90")
  parser.add_argument("--dump", default=None, help="folder for each kernel's CUDA C, PTX (and SASS)")
  parser.add_argument("--sass", action="store_true", help="also disassemble each cubin (needs cuobjdump)")
  parser.add_argument("script")
  parser.add_argument("args", nargs=argparse.REMAINDER)
  args = parser.parse_args()
  from picograd.runtime.cuda import compile_cuda, disassemble
  seen, failures = set(), []

  def compiled(item, ck):
    if item.ast in seen: return
    seen.add(item.ast)
    prog = linearize(optimize(build_kernel(item.ast), gpu=True), ck.program.name,
                     (item.out.dtype,) + tuple(b.dtype for b in item.inputs))
    source = render_cuda(prog)
    try:
      binary = compile_cuda(prog.name, source, args.arch)
    except PicogradError as e:
      failures.append((prog.name, str(e)))
      return
    if args.dump: write(args.dump, len(seen), prog, source, binary, disassemble(binary) if args.sass else None)

  hooks.add("after_compile", compiled)
  atexit.register(lambda: summary(seen, failures, args.arch))
  sys.argv = [args.script] + args.args
  runpy.run_path(args.script, run_name="__main__")


def write(folder, index, prog, source, binary, sass):
  path = os.path.join(folder, f"{index:04d}_{prog.name}")
  os.makedirs(path, exist_ok=True)
  launch = f"{prog.launch.blocks} blocks x {prog.launch.threads} threads\n"
  files = {"kernel.cu": source, "kernel.ptx": binary.ptx, "launch.txt": launch}
  if sass is not None: files["kernel.sass"] = sass
  for name, text in files.items():
    with open(os.path.join(path, name), "w") as f: f.write(text)


def summary(seen, failures, arch):
  print(f"\nCUDA ({arch}): {len(seen) - len(failures)} of {len(seen)} distinct kernels compiled")
  for name, error in failures: print(f"  FAILED {name}: {error.splitlines()[0]}")
  if failures: os._exit(1)


if __name__ == "__main__":
  main()
