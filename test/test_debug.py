"""Seeing inside the compiler: DEBUG output, kernel dumps, GRAPH=1 and the tools, tested by content."""
import filecmp
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRIPT = """import numpy as np
from picograd import Tensor
x = Tensor(np.arange(12, dtype=np.float32).reshape(3, 4))
y = (x.exp2() - x.amax(1, keepdim=True)).sum(1)
print(y.numpy())
"""


def run(tmp_path, env_extra: dict, *argv: str) -> subprocess.CompletedProcess:
  script = tmp_path / "script.py"
  script.write_text(SCRIPT)
  env = dict(os.environ, PICOGRAD_DISK_CACHE="0", **env_extra)
  cmd = [sys.executable, *argv, str(script)] if argv else [sys.executable, str(script)]
  out = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300, cwd=tmp_path)
  assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
  return out


def test_debug2_names_each_boundary_and_the_line_that_made_it(tmp_path):
  out = run(tmp_path, {"DEBUG": "2"}).stdout
  assert "fuses MAX (own buffer: two reduces in one kernel)" in out
  assert "made at script.py:4: y = (x.exp2() - x.amax(1, keepdim=True)).sum(1)" in out
  assert "fuses EXP2 SUB SUM (own buffer: output)" in out
  assert "\033[" not in out, "no colour codes when the output is not a terminal"


def test_dumps_of_two_runs_are_identical(tmp_path):
  run(tmp_path, {"PICOGRAD_DUMP": str(tmp_path / "a")})
  run(tmp_path, {"PICOGRAD_DUMP": str(tmp_path / "b")})
  folders = sorted(os.listdir(tmp_path / "a"))
  assert folders == ["0001_r_3_4", "0002_r_3_4n1"]
  for folder in folders:
    files = sorted(os.listdir(tmp_path / "a" / folder))
    assert files == ["assembly.txt", "ir.txt", "kernel.ll", "kernel.txt"]
    match, mismatch, errors = filecmp.cmpfiles(tmp_path / "a" / folder, tmp_path / "b" / folder, files, shallow=False)
    assert not mismatch and not errors
  info = (tmp_path / "a" / "0002_r_3_4n1" / "kernel.txt").read_text()
  assert "made at: script.py:4" in info and "fused: EXP2 SUB SUM" in info and "input 1: (3, 1) float32" in info


def test_graph_flag_draws_the_run(tmp_path):
  run(tmp_path, {"GRAPH": "1"})
  dot = (tmp_path / "graphs" / "schedule.dot").read_text()
  assert dot.count("kernel ") >= 2 and "two reduces in one kernel" in dot


def test_profile_tool_lists_kernels(tmp_path):
  out = run(tmp_path, {}, os.path.join(ROOT, "tools", "kernel_profile.py")).stdout
  assert "2 distinct kernels, 2 launches" in out and "EXP2 SUB SUM (output)" in out and "share" in out


def test_cuda_compile_tool_compiles_every_kernel(tmp_path):
  out = run(tmp_path, {}, os.path.join(ROOT, "tools", "cuda_compile.py"), "--arch", "sm_80",
            "--dump", str(tmp_path / "cu")).stdout
  assert "CUDA (sm_80): 2 of 2 distinct kernels compiled" in out
  assert (tmp_path / "cu" / "0002_r_3_4n1" / "kernel.ptx").read_text().count(".target sm_80") == 1
