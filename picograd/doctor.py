"""`python -m picograd.doctor`: what picograd finds on this machine, and how to fix what is missing.

For "why does my GPU not run?" and for bug reports (`--json` prints the same facts as one JSON object). Each probe
returns Checks (status ok / warn / missing / error, a detail, a fix hint) and never raises: a failure becomes a
Check that says why. Every probe is quick; the one that does work compiles and runs a 3-element CPU kernel, to
prove the CPU backend works end to end.
"""
from __future__ import annotations
import ast
import importlib.metadata
import importlib.util
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field

STATUSES = ("ok", "warn", "missing", "error")
COLOR = {"ok": "green", "warn": "yellow", "missing": "gray", "error": "red"}
LLVMLITE_MIN = (0, 45)     # setup.py's install_requires: the CPU runtime uses llvmlite's new pass-builder API
PYTHON_MIN = (3, 11)       # setup.py's python_requires
SIMD = ("sse4.2", "avx", "avx2", "fma", "f16c", "avx512f", "avx512bw", "avx512vl", "avx512vnni", "avx512bf16",
        "avx512fp16", "amx-tile", "amx-bf16", "amx-int8",                  # x86; LLVM's names
        "neon", "fp-armv8", "dotprod", "fullfp16", "bf16", "i8mm", "sve", "sve2", "sme")   # Arm
FAST_SIMD = ("avx2", "neon")   # without one of these, LLVM's vectorizer has only narrow vectors to work with
CACHE_WALK_S = 1.0             # sizing a cache of a million files must not stall the report: past this, a floor
TOOL_TIMEOUT_S = 5             # a `--version` answers in milliseconds; a hung tool must not hang the doctor
NO_DRIVER_HINT = "no NVIDIA driver: CUDA kernels compile (NVRTC) but can only run on DEVICE=EMU"


@dataclass
class Check:
  """One finding: `status` is ok, warn (works, but not as it should), missing (not installed) or error."""
  name: str
  status: str
  detail: str
  hint: str = ""
  data: dict = field(default_factory=dict)   # the facts behind `detail`, for --json

  def __post_init__(self): assert self.status in STATUSES, self.status


def _version(dist: str) -> str | None:
  """An installed distribution's version, without importing it (importing torch alone takes seconds)."""
  try:
    return importlib.metadata.version(dist)
  except importlib.metadata.PackageNotFoundError:
    return None


def _as_tuple(version: str) -> tuple[int, ...]:
  """'0.45.1rc1' -> (0, 45): the leading numbers, enough to compare with a minimum."""
  parts = []
  for p in version.split("."):
    if not p.isdigit(): break
    parts.append(int(p))
  return tuple(parts)


# ---- versions ----------------------------------------------------------------------------------------------------
def probe_versions() -> list[Check]:
  """picograd, Python and the libraries it runs on: the first lines of any bug report."""
  import numpy
  import llvmlite
  import llvmlite.binding as llvm
  from picograd.version import __version__
  package = os.path.dirname(os.path.abspath(__file__))
  py = platform.python_version()
  checks = [Check("picograd", "ok", f"{__version__} ({package})", data={"version": __version__, "path": package}),
            Check("python", "ok", f"{py} ({platform.python_implementation()}, {sys.executable})",
                  data={"version": py, "executable": sys.executable})]
  if sys.version_info[:2] < PYTHON_MIN:
    checks[-1].status, checks[-1].hint = "warn", f"picograd needs Python >= {'.'.join(map(str, PYTHON_MIN))}"
  checks.append(Check("numpy", "ok", numpy.__version__, data={"version": numpy.__version__}))
  llvm_version = ".".join(map(str, llvm.llvm_version_info))
  lite = Check("llvmlite", "ok", f"{llvmlite.__version__} (LLVM {llvm_version})",
               data={"version": llvmlite.__version__, "llvm": llvm_version})
  if _as_tuple(llvmlite.__version__) < LLVMLITE_MIN:
    lite.status = "warn"
    lite.hint = f"llvmlite too old: picograd needs >= {'.'.join(map(str, LLVMLITE_MIN))}: pip install -U llvmlite"
  checks.append(lite)
  torch = _version("torch")
  checks.append(Check("torch", "ok", f"{torch} (optional: the tests compare with it)", data={"version": torch})
                if torch else Check("torch", "missing", "not installed (optional: only the tests use it)",
                                    "pip install torch==2.13.0"))
  return checks


# ---- the CPU -----------------------------------------------------------------------------------------------------
def _cpu_model() -> str:
  """The marketing name: /proc/cpuinfo on Linux, else what the platform module knows."""
  try:
    with open("/proc/cpuinfo") as f:
      for line in f:
        if line.split(":")[0].strip() in ("model name", "Model", "Hardware"): return line.split(":", 1)[1].strip()
  except OSError:
    pass
  return platform.processor() or platform.machine() or "unknown"


def probe_cpu() -> list[Check]:
  """The CPU and the vector units LLVM will use, and the threads picograd splits a kernel across."""
  import llvmlite.binding as llvm
  from picograd.helpers import THREADS
  llvm.initialize_native_target()
  name, triple = llvm.get_host_cpu_name(), llvm.get_process_triple()
  features = dict(llvm.get_host_cpu_features())
  cpus = os.cpu_count() or 1
  usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else cpus
  model = _cpu_model()
  cpu = Check("cpu", "ok", f"{model} (LLVM: {name}, {triple}), {usable} of {cpus} CPUs usable",
              data={"model": model, "llvm_name": name, "triple": triple, "cpus": cpus, "usable_cpus": usable})
  has = [f for f in SIMD if features.get(f)]
  lacks = [f for f in SIMD if f in features and not features[f]]
  simd = Check("simd", "ok", " ".join(has) + (f"; lacks {' '.join(lacks)}" if lacks else ""),
               data={"has": has, "lacks": lacks})
  if not any(f in has for f in FAST_SIMD):
    simd.status, simd.hint = "warn", "no AVX2/NEON: kernels use narrow vectors and run several times slower"
  threads = Check("threads", "ok", f"{THREADS} (THREADS; a large kernel is split across them)",
                  data={"threads": THREADS})
  if THREADS > usable:
    threads.status = "warn"
    threads.hint = f"more threads than the {usable} CPUs this process may use: set THREADS={usable}"
  return [cpu, simd, threads]


# ---- the cache folder --------------------------------------------------------------------------------------------
def _folder_size(path: str) -> tuple[int, int, bool]:
  """(bytes, files, complete) below `path`, without following links; a walk cut off by CACHE_WALK_S is a floor."""
  total = files = 0
  deadline, folders = time.perf_counter() + CACHE_WALK_S, [path]
  while folders:
    if time.perf_counter() > deadline: return total, files, False
    try:
      with os.scandir(folders.pop()) as entries:
        for e in entries:
          if e.is_dir(follow_symlinks=False): folders.append(e.path)
          else: total, files = total + e.stat(follow_symlinks=False).st_size, files + 1
    except OSError:
      pass
  return total, files, True


def _writable(path: str) -> str | None:
  """None when a file can be made in `path` (or, before it exists, in the nearest existing folder above it), else
  why not."""
  while not os.path.exists(path) and os.path.dirname(path) != path: path = os.path.dirname(path)
  if not os.path.isdir(path): return f"{path} is a file, not a folder"
  try:
    with tempfile.TemporaryFile(dir=path): return None
  except OSError as e:
    return f"{path}: {e.strerror or e}"


def probe_cache() -> list[Check]:
  """The on-disk kernel cache (and downloaded data sets): where it is, how big, and whether picograd can write it.
  Run before the CPU check, which may add its kernel to it."""
  from picograd.helpers import CACHE_DIR, DISK_CACHE
  exists = os.path.isdir(CACHE_DIR)
  size, files, complete = _folder_size(CACHE_DIR) if exists else (0, 0, True)
  state = f"{'' if complete else 'over '}{size / 1e6:.1f} MB in {files} files" if exists else "not made yet"
  check = Check("cache", "ok", f"{CACHE_DIR}: {state}" + ("" if DISK_CACHE else "; kernel cache off"),
                data={"path": CACHE_DIR, "exists": exists, "bytes": size, "files": files, "complete": complete,
                      "kernel_cache": bool(DISK_CACHE)})
  if (why := _writable(CACHE_DIR)) is not None:
    check.status = "warn"
    check.hint = f"not writable ({why}): every kernel compiles anew; set PICOGRAD_CACHE to a writable folder"
  return [check]


# ---- devices -----------------------------------------------------------------------------------------------------
def probe_cpu_backend() -> list[Check]:
  """Compile and run one tiny kernel on the CPU: proves llvmlite, LLVM and the runtime work together here."""
  import llvmlite
  from picograd import Tensor
  from picograd.engine import hooks
  built = []
  start = time.perf_counter()
  with hooks.add("after_compile", lambda item, compiled: built.append(compiled)):
    got = (Tensor([1.0, 2.0, 3.0], device="CPU") * 2 + 1).numpy().tolist()
  ms = (time.perf_counter() - start) * 1e3
  from_disk = any(getattr(ck.runner, "cache_hit", False) for ck in built)
  how = "loaded from the disk cache" if from_disk else "compiled"
  data = {"llvmlite": llvmlite.__version__, "kernel_ms": round(ms, 1), "kernels": len(built), "from_disk": from_disk}
  if got != [3.0, 5.0, 7.0]:
    return [Check("CPU", "error", f"a test kernel computed {got}, not [3.0, 5.0, 7.0]", "please report this", data)]
  return [Check("CPU", "ok", f"llvmlite {llvmlite.__version__}: a test kernel {how} and ran in {ms:.0f} ms", data=data)]


def _reason(e: Exception) -> str:
  """The CUDA runtime's error, less what the Check's hint says anyway."""
  from picograd.runtime.cuda import INSTALL_HINT
  return str(e).removeprefix("CUDA: ").removesuffix(f"; {INSTALL_HINT}")


def probe_cuda() -> list[Check]:
  """The NVIDIA driver and its GPUs, through cuda-python (the same path the CUDA runtime takes)."""
  from picograd.errors import DeviceError
  from picograd.runtime.cuda import INSTALL_HINT, _check, _driver
  try:
    driver = _driver()
  except DeviceError as e:
    hint = INSTALL_HINT if "not installed" in str(e) else NO_DRIVER_HINT
    return [Check("CUDA", "missing", _reason(e), hint)]
  try:
    version = _check(driver.cuDriverGetVersion(), "cuDriverGetVersion")
    count = _check(driver.cuDeviceGetCount(), "cuDeviceGetCount")
    gpus = [_gpu(driver, _check(driver.cuDeviceGet(i), "cuDeviceGet"), _check) for i in range(count)]
  except DeviceError as e:
    return [Check("CUDA", "error", _reason(e), "the driver loads but fails: does `nvidia-smi` list the GPUs?")]
  data = {"driver": f"{version // 1000}.{version % 1000 // 10}", "gpus": gpus}
  if not gpus: return [Check("CUDA", "warn", f"driver {data['driver']}, but no GPU", NO_DRIVER_HINT, data)]
  listed = "; ".join(f"{i}: {g['name']} ({g['arch']}, {g['memory_gb']} GB)" for i, g in enumerate(gpus))
  return [Check("CUDA", "ok", f"driver {data['driver']}, {count} GPU{'s' * (count > 1)}: {listed}", data=data)]


def _gpu(driver, dev, check) -> dict:
  """One GPU's name, compute capability (what NVRTC compiles for) and memory."""
  attr = driver.CUdevice_attribute
  major = check(driver.cuDeviceGetAttribute(attr.CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR, dev), "attribute")
  minor = check(driver.cuDeviceGetAttribute(attr.CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR, dev), "attribute")
  name = bytes(check(driver.cuDeviceGetName(256, dev), "cuDeviceGetName")).split(b"\0")[0].decode()
  memory = check(driver.cuDeviceTotalMem(dev), "cuDeviceTotalMem")
  return {"name": name, "arch": f"sm_{major}{minor}", "memory_gb": round(memory / 2**30, 1)}


def probe_nvrtc() -> list[Check]:
  """NVRTC compiles picograd's CUDA C, with or without a GPU."""
  from picograd.errors import DeviceError
  from picograd.runtime.cuda import INSTALL_HINT, _nvrtc
  try:
    nvrtc = _nvrtc()
  except DeviceError as e:
    return [Check("NVRTC", "missing", _reason(e), INSTALL_HINT)]
  try:
    err, major, minor = nvrtc.nvrtcVersion()
  except Exception as e:   # cuda-python is there, the NVRTC library is not
    return [Check("NVRTC", "missing", f"the NVRTC library did not load: {e}", INSTALL_HINT)]
  if int(err) != 0: return [Check("NVRTC", "error", f"nvrtcVersion: {err.name}", INSTALL_HINT)]
  return [Check("NVRTC", "ok", f"{major}.{minor}: CUDA C compiles here", data={"version": f"{major}.{minor}"})]


def probe_cuobjdump() -> list[Check]:
  """cuobjdump shows a kernel's SASS (DEBUG=4, PICOGRAD_DUMP); found where the CUDA runtime looks for it."""
  from picograd.runtime.cuda import _tool
  tool = _tool("cuobjdump")
  if tool is None:
    return [Check("cuobjdump", "missing", "not found (only the SASS of DEBUG=4 and dumps needs it)",
                  "pip install nvidia-cuda-cuobjdump")]
  out = subprocess.run([tool, "--version"], capture_output=True, text=True, timeout=TOOL_TIMEOUT_S)
  if out.returncode != 0:
    return [Check("cuobjdump", "error", f"{tool} --version failed: {out.stderr.strip()}",
                  "reinstall it: pip install --force-reinstall nvidia-cuda-cuobjdump", {"path": tool})]
  lines = out.stdout.strip().splitlines() or ["?"]   # "Cuda compilation tools, release 13.5, V13.5.37"
  version = next((line.split("release", 1)[1].strip(" ,") for line in lines if "release" in line), lines[-1])
  return [Check("cuobjdump", "ok", f"{version} ({tool})", data={"version": version, "path": tool})]


def probe_nccl() -> list[Check]:
  """NCCL, which multi-GPU collectives use: the library loads (where picograd.distributed finds it) and says its
  version."""
  from picograd.distributed import nccl
  from picograd.distributed.errors import DistributedError
  try:
    lib, version = nccl.library(), nccl.version()
  except DistributedError as e:
    hint = "pip install nvidia-nccl-cu13" if "not found" in str(e) else "reinstall: pip install nvidia-nccl-cu13"
    return [Check("NCCL", "missing" if "not found" in str(e) else "error", str(e), hint)]
  path = getattr(lib, "_name", "libnccl.so.2")
  return [Check("NCCL", "ok", f"{version} ({path})", data={"version": version, "path": path})]


def probe_mpi() -> list[Check]:
  """MPI through mpi4py, which starts multi-process runs; asked for its library without initializing MPI."""
  try:
    import mpi4py
    mpi4py.rc.initialize = mpi4py.rc.finalize = False   # MPI_Init is slow, and can wait for a launcher
    from mpi4py import MPI
  except ImportError as e:
    return [Check("MPI", "missing", f"mpi4py not installed ({e})", "pip install -e '.[distributed]'")]
  library = " ".join(MPI.Get_library_version().split("\n")[0].split())
  beside = os.path.join(os.path.dirname(sys.executable), "mpiexec")   # the MPI wheel's, which mpi4py was built for
  launcher = beside if os.access(beside, os.X_OK) else shutil.which("mpiexec")
  if launcher is None:
    return [Check("MPI", "warn", f"mpi4py {mpi4py.__version__}: {library}, but no mpiexec to start ranks with",
                  "pip install mpich (it puts mpiexec next to python)")]
  return [Check("MPI", "ok", f"mpi4py {mpi4py.__version__}: {library}; mpiexec: {launcher}",
                data={"mpi4py": mpi4py.__version__, "library": library, "mpiexec": launcher})]


# ---- environment flags -------------------------------------------------------------------------------------------
def env_flags() -> list[tuple[str, str]]:
  """(module global, environment variable) for every `NAME = getenv("VAR", ...)` at the top of helpers.py: read
  from its source, so a new flag shows up here without being listed twice."""
  import picograd.helpers as helpers
  with open(helpers.__file__) as f: tree = ast.parse(f.read())
  flags = []
  for node in tree.body:
    if not (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)): continue
    call, name = node.value, node.targets[0].id
    if (name.isupper() and isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "getenv"
        and call.args and isinstance(call.args[0], ast.Constant)):
      flags.append((name, call.args[0].value))
  return flags


def probe_env() -> list[Check]:
  """Every flag picograd reads, its value in effect, and whether the environment set it."""
  import picograd.helpers as helpers
  checks = []
  for name, var in env_flags():
    value, is_set = getattr(helpers, name), var in os.environ
    checks.append(Check(var, "ok", f"{value!r}" + (" (set)" if is_set else " (default)"),
                        data={"variable": var, "global": name, "value": value, "set": is_set}))
  return checks


# ---- running and printing ----------------------------------------------------------------------------------------
SECTIONS = {"versions": [probe_versions], "cpu": [probe_cpu], "cache": [probe_cache],
            "devices": [probe_cpu_backend, probe_cuda, probe_nvrtc, probe_cuobjdump, probe_nccl, probe_mpi],
            "environment": [probe_env]}


def run_probe(probe) -> list[Check]:
  """A probe's checks; a probe that raises gives one error Check with the reason instead."""
  try:
    return probe()
  except Exception as e:   # the doctor must report, never crash
    name = probe.__name__.removeprefix("probe_")
    return [Check(name, "error", f"the check itself failed: {type(e).__name__}: {e}", "please report this")]


def diagnose() -> dict[str, list[Check]]:
  """Every probe, section by section, in order (the cache is sized before the CPU check writes to it)."""
  return {section: [c for probe in probes for c in run_probe(probe)] for section, probes in SECTIONS.items()}


def as_json(report: dict[str, list[Check]], seconds: float) -> dict:
  """{section: {check name: {status, detail, hint, ...facts}}, "summary": {...}}."""
  out: dict = {s: {c.name: {k: v for k, v in asdict(c).items() if k not in ("name", "data")} | c.data for c in checks}
               for s, checks in report.items()}
  problems = [f"{s}/{c.name}" for s, checks in report.items() for c in checks if c.status != "ok"]
  out["summary"] = {"problems": problems, "seconds": round(seconds, 3)}
  return out


def print_report(report: dict[str, list[Check]], seconds: float):
  """A line per check (status, name, detail) under its section, its hint below it, and a count of problems."""
  from picograd.helpers import colored
  width = max(len(c.name) for checks in report.values() for c in checks)
  for section, checks in report.items():
    print(colored(section, "blue"))
    for c in checks:
      print(f"  {colored(f'{c.status:8s}', COLOR[c.status])} {c.name:{width}s}  {c.detail}")
      if c.hint: print(f"  {'':8s} {'':{width}s}  {colored('hint: ' + c.hint, 'yellow')}")
  problems = sum(c.status != "ok" for checks in report.values() for c in checks)
  print(f"{problems or 'no'} problem{'s' * (problems != 1)} found, in {seconds:.2f} s")


def main(argv: list[str] | None = None) -> int:
  """Print the report (or, with --json, the same facts as JSON); 0 always: a missing GPU is a finding, not a failure."""
  argv = sys.argv[1:] if argv is None else argv
  if any(a not in ("--json",) for a in argv):
    print("usage: python -m picograd.doctor [--json]", file=sys.stderr)
    return 2
  start = time.perf_counter()
  report = diagnose()
  seconds = time.perf_counter() - start
  if "--json" in argv: print(json.dumps(as_json(report, seconds), indent=2, default=str))
  else: print_report(report, seconds)
  return 0


if __name__ == "__main__":
  sys.exit(main())
