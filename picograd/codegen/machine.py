"""The host CPU as the kernel optimizer sizes its tiles and blocks from it: how many float32 lanes a vector register
holds, how many registers there are, and how much a core's L2 cache holds. The registers are read once from LLVM's
view of the host (the CPU name and features the runtime compiles for), so a tile that fits 32 AVX-512 registers is
never asked of 16 AVX2 ones; the cache size from Linux's sysfs.
"""
from __future__ import annotations
import functools
import glob
import os
from dataclasses import dataclass, replace

DEFAULT_L2_BYTES = 512 << 10   # per core on the Zen 3/4/5 and most recent Intel server cores; used when unknown


@dataclass(frozen=True)
class CPUModel:
  vector: str                     # the vector instruction set the kernels are compiled for
  lanes: int                      # float32 values per vector register
  registers: int                  # vector registers the register allocator can hand out
  l2_bytes: int = DEFAULT_L2_BYTES

  def __repr__(self):
    return f"{self.vector}: {self.registers} registers of {self.lanes} floats, {self.l2_bytes >> 10} KiB L2"


AVX512 = CPUModel("avx512", 16, 32)   # zmm0-zmm31, 512 bits each
AVX2 = CPUModel("avx2", 8, 16)        # ymm0-ymm15, 256 bits each (AVX and AVX2 share them)
SSE = CPUModel("sse", 4, 16)          # xmm0-xmm15: every x86-64 CPU has them
NEON = CPUModel("neon", 4, 32)        # v0-v31 of AArch64, 128 bits each


def model_of(cpu_features: str, triple: str = "x86_64") -> CPUModel:
  """The widest vector unit an LLVM feature string (`+avx2,-avx512f,...`) enables."""
  on = {f[1:] for f in cpu_features.split(",") if f.startswith("+")}
  if triple.startswith(("aarch64", "arm64")): return NEON
  if "avx512f" in on: return AVX512
  if "avx" in on: return AVX2
  return SSE


def l2_bytes(sysfs: str = "/sys/devices/system/cpu/cpu0/cache") -> int:
  """One core's L2 cache, as Linux reports it (DEFAULT_L2_BYTES elsewhere)."""
  for index in glob.glob(os.path.join(sysfs, "index*")):
    try:
      with open(os.path.join(index, "level")) as f: level = f.read().strip()
      with open(os.path.join(index, "size")) as f: size = f.read().strip()
    except OSError:
      continue
    if level == "2" and size[:-1].isdigit(): return int(size[:-1]) << {"K": 10, "M": 20}.get(size[-1], 0)
  return DEFAULT_L2_BYTES


@functools.cache
def host_cpu() -> CPUModel:
  """This machine, as llvmlite (and so the compiled kernels) sees it."""
  import llvmlite.binding as llvm
  llvm.initialize_native_target()
  return replace(model_of(llvm.get_host_cpu_features().flatten(), llvm.get_default_triple()), l2_bytes=l2_bytes())
