"""CUDA: NVRTC compiles CUDA C to PTX and cubin, cuobjdump shows the SASS, and the driver API allocates, copies,
loads modules, launches and times. Every driver and NVRTC status is checked.

Compiling needs only the `cuda` extra (no GPU): that is how CI checks every kernel. Running needs a GPU.
"""
from __future__ import annotations
import ctypes
import functools
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
import numpy as np
from picograd.codegen.ir import Program
from picograd.dtype import DType
from picograd.errors import CompileError, DeviceError
from picograd.helpers import CUDA_ARCH, CUDA_HOME

INSTALL_HINT = "install the CUDA extra: pip install -e '.[cuda]'"


def _nvrtc():
  try:
    from cuda.bindings import nvrtc
  except ImportError as e:
    raise DeviceError(f"CUDA: not available (cuda-python is not installed: {e}); {INSTALL_HINT}") from None
  return nvrtc


@functools.cache
def _driver():
  """The initialized driver module, or a DeviceError saying why CUDA cannot run here."""
  try:
    from cuda.bindings import driver
  except ImportError as e:
    raise DeviceError(f"CUDA: not available (cuda-python is not installed: {e}); {INSTALL_HINT}") from None
  try:
    err, = driver.cuInit(0)
  except Exception as e:   # the bindings raise when the driver library itself is missing
    raise DeviceError(f"CUDA: not available (no NVIDIA driver: {e})") from None
  if err != driver.CUresult.CUDA_SUCCESS: raise DeviceError(f"CUDA: not available (cuInit: {err.name})")
  return driver


def _check(result, what: str):
  """Unpack a (status, *values) tuple from the driver, raising on any status but success."""
  err, *values = result if isinstance(result, tuple) else (result,)
  if int(err) != 0:
    name = getattr(err, "name", str(err))
    raise DeviceError(f"CUDA: {what} failed: {name}")
  return values[0] if len(values) == 1 else values


# ---- compiling (no GPU needed) -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class CUDABinary:
  arch: str
  ptx: str
  cubin: bytes


def compile_cuda(name: str, source: str, arch: str) -> CUDABinary:
  """CUDA C -> PTX and a cubin for `arch` (e.g. sm_90). A rejected kernel raises CompileError with NVRTC's log."""
  nvrtc = _nvrtc()
  err, prog = nvrtc.nvrtcCreateProgram(source.encode(), f"{name}.cu".encode(), 0, [], [])
  if int(err) != 0: raise DeviceError(f"NVRTC: nvrtcCreateProgram failed: {err.name}")
  try:
    options = [f"--gpu-architecture={arch}".encode(), b"-default-device"]
    err, = nvrtc.nvrtcCompileProgram(prog, len(options), options)
    if int(err) != 0:
      raise CompileError(f"NVRTC rejected kernel {name} for {arch} ({err.name}):\n{_nvrtc_log(nvrtc, prog)}", source)
    ptx = _nvrtc_bytes(nvrtc, prog, nvrtc.nvrtcGetPTXSize, nvrtc.nvrtcGetPTX).rstrip(b"\0").decode()
    cubin = _nvrtc_bytes(nvrtc, prog, nvrtc.nvrtcGetCUBINSize, nvrtc.nvrtcGetCUBIN)
  finally:
    nvrtc.nvrtcDestroyProgram(prog)
  return CUDABinary(arch, ptx, cubin)


def _nvrtc_log(nvrtc, prog) -> str:
  log = _nvrtc_bytes(nvrtc, prog, nvrtc.nvrtcGetProgramLogSize, nvrtc.nvrtcGetProgramLog)
  return log.rstrip(b"\0").decode(errors="replace")


def _nvrtc_bytes(nvrtc, prog, get_size, get) -> bytes:
  err, size = get_size(prog)
  if int(err) != 0: raise DeviceError(f"NVRTC: {get_size.__name__} failed: {err.name}")
  out = b" " * size
  err, = get(prog, out)
  if int(err) != 0: raise DeviceError(f"NVRTC: {get.__name__} failed: {err.name}")
  return out


def _tool(name: str) -> str | None:
  """A CUDA binary tool: from the nvidia-cuda-* wheels, then PATH, then a CUDA toolkit."""
  try:
    import nvidia
    for root in nvidia.__path__:
      for sub in sorted(os.listdir(root)):
        path = os.path.join(root, sub, "bin", name)
        if os.access(path, os.X_OK): return path
  except ImportError:
    pass
  found = shutil.which(name)
  if found: return found
  toolkit = os.path.join(CUDA_HOME, "bin", name)
  return toolkit if os.access(toolkit, os.X_OK) else None


def disassemble(binary: CUDABinary) -> str:
  """The SASS of a cubin, or one line saying which tool is missing and how to get it."""
  tool = _tool("cuobjdump")
  if tool is None: return "SASS: not available (cuobjdump not found: pip install nvidia-cuda-cuobjdump)"
  with tempfile.NamedTemporaryFile(suffix=".cubin") as f:
    f.write(binary.cubin)
    f.flush()
    out = subprocess.run([tool, "-sass", f.name], capture_output=True, text=True, timeout=60)
  return out.stdout if out.returncode == 0 else f"SASS: cuobjdump failed: {out.stderr.strip()}"


def target_arch() -> str:
  """The architecture to compile for: the GPU's own, else PICOGRAD_CUDA_ARCH, else sm_90."""
  if CUDA_ARCH: return CUDA_ARCH
  try:
    return CUDADevice.get().arch
  except DeviceError:
    return "sm_90"


# ---- running (GPU needed) ----------------------------------------------------------------------------------------
class CUDADevice:
  """Device 0's primary context, its compute capability and a pool of freed allocations to reuse."""
  _instance: CUDADevice | None = None

  def __init__(self):
    d = self.driver = _driver()
    count = _check(d.cuDeviceGetCount(), "cuDeviceGetCount")
    if count == 0: raise DeviceError("CUDA: not available (the driver sees no GPU)")
    self.device = _check(d.cuDeviceGet(0), "cuDeviceGet")
    self.context = _check(d.cuDevicePrimaryCtxRetain(self.device), "cuDevicePrimaryCtxRetain")
    _check(d.cuCtxSetCurrent(self.context), "cuCtxSetCurrent")
    attr = d.CUdevice_attribute
    major = _check(d.cuDeviceGetAttribute(attr.CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR, self.device),
                   "cuDeviceGetAttribute")
    minor = _check(d.cuDeviceGetAttribute(attr.CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR, self.device),
                   "cuDeviceGetAttribute")
    self.arch = f"sm_{major}{minor}"
    self.free_blocks: dict[int, list[int]] = {}

  @classmethod
  def get(cls) -> CUDADevice:
    if cls._instance is None: cls._instance = CUDADevice()
    return cls._instance

  def alloc(self, nbytes: int) -> int:
    if self.free_blocks.get(nbytes): return self.free_blocks[nbytes].pop()
    d = self.driver
    err, ptr = d.cuMemAlloc(max(nbytes, 1))
    if err == d.CUresult.CUDA_ERROR_OUT_OF_MEMORY:
      self.release_cache()
      err, ptr = d.cuMemAlloc(max(nbytes, 1))
    if err == d.CUresult.CUDA_ERROR_OUT_OF_MEMORY:
      raise DeviceError(f"CUDA: out of memory allocating {nbytes} bytes; free tensors or use smaller batches")
    _check((err,), f"cuMemAlloc({nbytes})")
    return int(ptr)

  def free(self, ptr: int, nbytes: int): self.free_blocks.setdefault(nbytes, []).append(ptr)

  def release_cache(self):
    for ptrs in self.free_blocks.values():
      for p in ptrs: _check(self.driver.cuMemFree(p), "cuMemFree")
    self.free_blocks.clear()


class CUDABuffer:
  def __init__(self, size: int, dtype: DType):
    self.size, self.dtype, self.nbytes = size, dtype, size * dtype.itemsize
    self.dev = CUDADevice.get()
    self.ptr = self.dev.alloc(self.nbytes)

  def __del__(self):
    if getattr(self, "ptr", None) is not None: self.dev.free(self.ptr, self.nbytes)

  def copyin(self, array: np.ndarray):
    data = np.ascontiguousarray(array).reshape(-1).view(np.uint8)
    if self.nbytes: _check(self.dev.driver.cuMemcpyHtoD(self.ptr, data.ctypes.data, self.nbytes), "cuMemcpyHtoD")

  def numpy(self) -> np.ndarray:
    out = np.empty(self.size, dtype=self.dtype.np)
    if self.nbytes: _check(self.dev.driver.cuMemcpyDtoH(out.ctypes.data, self.ptr, self.nbytes), "cuMemcpyDtoH")
    return out


class CUDAProgram:
  """A kernel loaded on the GPU; calling it launches it with the Program's launch and returns the GPU time."""

  def __init__(self, program: Program, source: str):
    self.dev = CUDADevice.get()
    self.name, self.source, self.launch = program.name, source, program.launch
    self.binary = compile_cuda(program.name, source, self.dev.arch)
    d = self.dev.driver
    self.module = _check(d.cuModuleLoadData(self.binary.cubin), "cuModuleLoadData")
    self.function = _check(d.cuModuleGetFunction(self.module, program.name.encode()), "cuModuleGetFunction")
    self.start, self.end = _check(d.cuEventCreate(0), "cuEventCreate"), _check(d.cuEventCreate(0), "cuEventCreate")

  def __call__(self, *buffers: CUDABuffer) -> float:
    d = self.dev.driver
    values = [ctypes.c_void_p(b.ptr) for b in buffers]
    params = (ctypes.c_void_p * len(values))(*[ctypes.addressof(v) for v in values])
    _check(d.cuEventRecord(self.start, 0), "cuEventRecord")
    _check(d.cuLaunchKernel(self.function, self.launch.blocks, 1, 1, self.launch.threads, 1, 1, 0, 0,
                            ctypes.addressof(params), 0), f"launching {self.name}")
    _check(d.cuEventRecord(self.end, 0), "cuEventRecord")
    _check(d.cuEventSynchronize(self.end), f"running {self.name}")
    return _check(d.cuEventElapsedTime(self.start, self.end), "cuEventElapsedTime") / 1e3

  def assembly(self) -> str:
    return f"--- PTX ---\n{self.binary.ptx}\n--- SASS ({self.binary.arch}) ---\n{disassemble(self.binary)}"
