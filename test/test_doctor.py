"""`python -m picograd.doctor`: the facts it reports are the real ones, every section is there, and a missing library
or a failing probe becomes a line with a hint, never a traceback."""
import importlib.metadata
import json
import os
import platform
import re
import subprocess
import sys
import llvmlite
import numpy
import pytest
import picograd
import picograd.helpers as helpers
import picograd.runtime.cuda as cuda_runtime
from picograd import doctor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SECTIONS = ("versions", "cpu", "cache", "devices", "environment")
CHECKS = ("picograd", "python", "numpy", "llvmlite", "torch", "cpu", "simd", "threads", "cache", "CPU", "CUDA", "NVRTC",
          "cuobjdump", "NCCL", "MPI")


def run_doctor(tmp_path, *args, pythonpath=(), **env_extra) -> subprocess.CompletedProcess:
  """The doctor in a fresh process, with its cache in tmp_path/cache unless PICOGRAD_CACHE is given."""
  env = dict(os.environ, PICOGRAD_CACHE=str(tmp_path / "cache"), **env_extra)
  env["PYTHONPATH"] = os.pathsep.join([*map(str, pythonpath), ROOT])
  out = subprocess.run([sys.executable, "-m", "picograd.doctor", *args], capture_output=True, text=True, env=env,
                       timeout=120, cwd=tmp_path)
  assert out.returncode == 0 and "Traceback" not in out.stderr, out.stdout[-2000:] + out.stderr[-2000:]
  return out


def flags_in_helpers() -> dict[str, str]:
  """{variable: module global} of every getenv flag in helpers.py, found by a regex rather than the doctor's ast."""
  with open(helpers.__file__) as f: source = f.read()
  return {var: name for name, var in re.findall(r'^([A-Z_]+) *= *getenv\("([A-Z_]+)"', source, flags=re.M)}


def test_json_reports_the_real_values(tmp_path):
  cache = tmp_path / "cache"
  (cache / "cpu").mkdir(parents=True)
  (cache / "cpu" / "kernel").write_bytes(b"\1" * 1234)
  (cache / "notes.txt").write_bytes(b"x" * 56)
  report = json.loads(run_doctor(tmp_path, "--json", THREADS="1").stdout)
  assert list(report) == [*SECTIONS, "summary"]
  versions = report["versions"]
  assert versions["picograd"]["version"] == picograd.__version__
  assert versions["numpy"]["version"] == numpy.__version__ and versions["llvmlite"]["version"] == llvmlite.__version__
  assert versions["python"]["version"] == platform.python_version()
  try:
    assert versions["torch"]["version"] == importlib.metadata.version("torch")
  except importlib.metadata.PackageNotFoundError:
    assert versions["torch"]["status"] == "missing"
  # measured before the CPU check compiles its kernel into the same folder
  assert {k: report["cache"]["cache"][k] for k in ("path", "bytes", "files", "complete")} == \
      {"path": str(cache), "bytes": 1234 + 56, "files": 2, "complete": True}
  assert report["cpu"]["threads"]["threads"] == 1 and report["cpu"]["cpu"]["cpus"] == os.cpu_count()
  cpu = report["devices"]["CPU"]
  assert cpu["status"] == "ok" and cpu["kernels"] == 1 and not cpu["from_disk"] and cpu["kernel_ms"] > 0
  env = report["environment"]
  assert {var: e["global"] for var, e in env.items()} == flags_in_helpers() and "DEBUG" in env
  assert env["THREADS"]["set"] and env["THREADS"]["value"] == 1
  assert env["PICOGRAD_CACHE"] == {**env["PICOGRAD_CACHE"], "set": True, "value": str(cache)}
  checks = [c for s in SECTIONS for c in report[s].values()]
  assert all(c["status"] in doctor.STATUSES and c["detail"] for c in checks)
  assert all(c["hint"] for c in checks if c["status"] in ("missing", "error"))
  problems = [f"{s}/{name}" for s in SECTIONS for name, c in report[s].items() if c["status"] != "ok"]
  assert report["summary"]["problems"] == problems and 0 < report["summary"]["seconds"] < 10


def test_text_names_every_section_and_check(tmp_path):
  out = run_doctor(tmp_path).stdout
  lines = out.splitlines()
  for section in SECTIONS: assert section in lines
  for name in CHECKS: assert re.search(rf"^  (ok|warn|missing|error) +{name} ", out, flags=re.M), name
  assert re.search(rf"^  ok +picograd +{re.escape(picograd.__version__)} ", out, flags=re.M)
  assert re.search(r"^  ok +DEBUG +0 \(default\)$", out, flags=re.M)
  assert re.fullmatch(r"(no|\d+) problems? found, in \d+\.\d\d s", lines[-1])


def test_missing_libraries_give_hints_not_tracebacks(tmp_path):
  """mpi4py, cuda-python and the nvidia wheels shadowed by packages that fail to import, as if not installed."""
  shadow = tmp_path / "shadow"
  for package in ("mpi4py", "cuda", "nvidia"):
    (shadow / package).mkdir(parents=True)
    (shadow / package / "__init__.py").write_text(f"raise ImportError('{package} is hidden by the test')\n")
  report = json.loads(run_doctor(tmp_path, "--json", pythonpath=[shadow], CUDA_HOME=str(tmp_path / "none")).stdout)
  devices = report["devices"]
  assert devices["MPI"]["status"] == "missing" and "hidden by the test" in devices["MPI"]["detail"]
  assert devices["MPI"]["hint"] == "pip install -e '.[distributed]'"
  for name in ("CUDA", "NVRTC"):
    assert devices[name]["status"] == "missing" and devices[name]["hint"] == cuda_runtime.INSTALL_HINT
  if devices["cuobjdump"]["status"] == "missing": assert "nvidia-cuda-cuobjdump" in devices["cuobjdump"]["hint"]
  if devices["NCCL"]["status"] == "missing": assert devices["NCCL"]["hint"] == "pip install nvidia-nccl-cu13"
  assert devices["CPU"]["status"] == "ok"


def test_a_failing_probe_is_a_line_not_a_crash(monkeypatch, capsys):
  def probe_broken(): raise RuntimeError("simulated failure")
  monkeypatch.setitem(doctor.SECTIONS, "devices", [probe_broken, doctor.probe_nvrtc])
  assert doctor.main([]) == 0
  out = capsys.readouterr().out
  assert re.search(r"error +broken +the check itself failed: RuntimeError: simulated failure", out)
  assert "NVRTC" in out and "hint: please report this" in out
  assert doctor.main(["--nonsense"]) == 2


class FakeDriver:
  """The few driver calls the CUDA probe makes, answering as two H100s behind driver 13.0 would."""
  class CUdevice_attribute:
    CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR, CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR = "major", "minor"

  def cuDriverGetVersion(self): return 0, 13000
  def cuDeviceGetCount(self): return 0, 2
  def cuDeviceGet(self, i): return 0, i
  def cuDeviceGetAttribute(self, attr, dev): return 0, {"major": 9, "minor": 0}[attr]
  def cuDeviceGetName(self, length, dev): return 0, b"NVIDIA H100 80GB HBM3".ljust(length, b"\0")
  def cuDeviceTotalMem(self, dev): return 0, 85 * 10**9


def test_cuda_with_a_driver_lists_its_gpus(monkeypatch):
  monkeypatch.setattr(cuda_runtime, "_driver", FakeDriver)
  check, = doctor.probe_cuda()
  assert check.status == "ok" and check.detail == ("driver 13.0, 2 GPUs: 0: NVIDIA H100 80GB HBM3 (sm_90, 79.2 GB); "
                                                   "1: NVIDIA H100 80GB HBM3 (sm_90, 79.2 GB)")
  assert check.data["gpus"][1] == {"name": "NVIDIA H100 80GB HBM3", "arch": "sm_90", "memory_gb": 79.2}
  monkeypatch.setattr(FakeDriver, "cuDeviceGetCount", lambda self: (0, 0))
  check, = doctor.probe_cuda()
  assert check.status == "warn" and "no GPU" in check.detail and check.hint == doctor.NO_DRIVER_HINT
  monkeypatch.setattr(FakeDriver, "cuDeviceGetCount", lambda self: (100, 0))   # CUDA_ERROR_NO_DEVICE
  check, = doctor.probe_cuda()
  assert check.status == "error" and check.detail == "cuDeviceGetCount failed: 100" and "nvidia-smi" in check.hint


def test_cache_in_the_way_and_old_llvmlite_give_hints(tmp_path, monkeypatch):
  (tmp_path / "file").write_text("not a folder")
  monkeypatch.setattr(helpers, "CACHE_DIR", str(tmp_path / "file" / "cache"))
  check, = doctor.probe_cache()
  assert check.status == "warn" and "is a file, not a folder" in check.hint and "PICOGRAD_CACHE" in check.hint
  monkeypatch.setattr(helpers, "CACHE_DIR", str(tmp_path / "new" / "cache"))
  check, = doctor.probe_cache()
  assert check.status == "ok" and check.detail.endswith("not made yet") and not check.data["exists"]
  monkeypatch.setattr(llvmlite, "__version__", "0.40.1")
  lite = next(c for c in doctor.probe_versions() if c.name == "llvmlite")
  assert lite.status == "warn" and "llvmlite too old" in lite.hint and "pip install -U llvmlite" in lite.hint


@pytest.mark.parametrize("code,expected", [(22703, "2.27.3"), (2408, "2.4.8")])
def test_nccl_version_codes(code, expected, monkeypatch):
  from picograd.distributed import nccl

  class FakeNCCL:
    _name = "/somewhere/libnccl.so.2"
    def ncclGetVersion(self, out):
      out._obj.value = code
      return 0
  monkeypatch.setattr(nccl, "library", lambda: FakeNCCL())
  check, = doctor.probe_nccl()
  assert check.status == "ok" and check.data == {"version": expected, "path": "/somewhere/libnccl.so.2"}
