"""`python -m picograd.distributed`: what this machine can run data-parallel with (MPI, mpiexec, NCCL), one line
each, with the install hint where something is missing. A doctor's report, so it starts nothing but MPI itself."""
import os
import shutil
import sys


def report() -> list[str]:
  lines = []
  try:
    from mpi4py import MPI
    version = MPI.Get_library_version().splitlines()[0].strip()
    lines.append(f"MPI:     {version} (mpi4py {sys.modules['mpi4py'].__version__})")
  except ImportError as e:
    lines.append(f"MPI:     not available ({e}); pip install -e '.[distributed]'")
  beside = os.path.join(os.path.dirname(sys.executable), "mpiexec")
  lines.append(f"mpiexec: {beside if os.access(beside, os.X_OK) else shutil.which('mpiexec') or 'not found'}")
  from picograd.distributed import nccl
  try: lines.append(f"NCCL:    {nccl.version()} (runs on CUDA tensors; needs a GPU per rank)")
  except Exception as e: lines.append(f"NCCL:    not available ({e})")
  return lines


if __name__ == "__main__":
  print("\n".join(report()))
