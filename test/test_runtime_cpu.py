"""The CPU runtime end to end: buffers, programs, DEBUG output, freeing."""
import gc
import os
import subprocess
import sys
import weakref
import numpy as np
import pytest
from picograd import Tensor, dtypes
from picograd.runtime.cpu import ALIGN, CPUBuffer


@pytest.mark.parametrize("dt", [dtypes.float32, dtypes.float64, dtypes.int8, dtypes.int64, dtypes.uint8, dtypes.bool])
def test_buffer_round_trip(dt):
  data = (np.random.default_rng(0).random(37) * 100).astype(dt.np)
  buf = CPUBuffer(37, dt)
  buf.copyin(data)
  assert buf.ptr % ALIGN == 0
  np.testing.assert_array_equal(buf.numpy(), data)


def test_buffers_are_freed_with_their_tensors():
  t = (Tensor(np.ones((64, 64), dtype=np.float32)) + 1).realize()
  ref = weakref.ref(t.lazydata.base.realized)
  del t
  gc.collect()
  assert ref() is None


def test_realized_graph_is_dropped():
  x = Tensor(np.ones(8, dtype=np.float32))
  y = (x + 1).realize()
  assert y.lazydata.base.srcs == ()


def _run(code: str, debug: int) -> str:
  env = dict(os.environ, DEBUG=str(debug))
  out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
  assert out.returncode == 0, out.stderr
  return out.stdout


SCRIPT = ("import numpy as np\nfrom picograd import Tensor\nx = Tensor(np.ones((4, 8), dtype=np.float32))\n"
          "(x.exp2() * 2).sum(1).numpy()\n")


def test_debug_levels():
  one = _run(SCRIPT, 1)
  assert "*** CPU" in one and "GFLOP/s" in one and "GB/s" in one and "*** total: 1 kernels" in one
  two = _run(SCRIPT, 2)
  assert "alloc" in two and "copy" in two and "cache miss" in two and "fuses EXP2 MUL SUM" in two
  three = _run(SCRIPT, 3)
  assert "RANGE" in three and "ASSIGN" in three and "applied" in three and "SUM" in three   # the kernel, then its IR
  four = _run(SCRIPT, 4)
  assert "--- LLVM IR ---" in four and "define void @r_4_8" in four and "--- assembly ---" in four and "vmov" in four
  assert "cache miss" not in one and "RANGE" not in two and "define void" not in three


def test_compile_error_surfaces_at_the_users_call(monkeypatch):
  from picograd import CompileError
  from picograd.engine import devices
  spec = devices.get("CPU")
  broken = devices.DeviceSpec("CPU", spec.allocate, lambda prog: "this is not LLVM IR", spec.compile,
                              spec.source_language, False)
  monkeypatch.setitem(devices._specs, "CPU", broken)
  with pytest.raises(CompileError, match="this is not LLVM IR"):
    (Tensor(np.ones(3, dtype=np.float32)) * 17.5 + 0.25).numpy()


def test_freed_programs_leave_others_working():
  """Regression: an execution engine owns its target machine; freeing one must not break the next compile."""
  from picograd.runtime.cpu import CPUProgram
  src = ("define void @k(ptr noalias %data0, i64 %start, i64 %end) nounwind {\n"
         "entry:\n  store float 2.5, ptr %data0\n  ret void\n}\n")
  for _ in range(3):
    prog = CPUProgram("k", src, 1)
    buf = CPUBuffer(1, dtypes.float32)
    prog(buf)
    assert buf.numpy()[0] == 2.5
    del prog
    gc.collect()
  assert (Tensor(np.arange(1, 13, dtype=np.int8)).reshape(3, 4).sum(1)).tolist() == [10, 26, 42]


CACHE_SCRIPT = """
import numpy as np
from picograd import Tensor
from picograd.engine.run import _cache
x = Tensor(np.arange(64, dtype=np.float32).reshape(8, 8))
out = ((x @ x).relu().sum(1) * 0.5).numpy()
ref = np.arange(64, dtype=np.float32).reshape(8, 8)
assert np.allclose(out, (ref @ ref).sum(1) * 0.5)
print("hits", sum(c.runner.cache_hit for c in _cache.values()), "of", len(_cache))
"""


def _cached_run(cache_dir) -> subprocess.CompletedProcess:
  env = dict(os.environ, PICOGRAD_CACHE=str(cache_dir))
  return subprocess.run([sys.executable, "-c", CACHE_SCRIPT], capture_output=True, text=True, env=env, timeout=120)


def test_disk_cache_survives_restarts(tmp_path):
  first, second = _cached_run(tmp_path), _cached_run(tmp_path)
  assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
  assert "hits 0 of" in first.stdout
  n = first.stdout.split()[-1]
  assert f"hits {n} of {n}" in second.stdout


def test_corrupt_cache_entries_are_recompiled_with_a_warning(tmp_path):
  assert _cached_run(tmp_path).returncode == 0
  for entry in (tmp_path / "cpu").iterdir(): entry.write_bytes(b"garbage")
  out = _cached_run(tmp_path)
  assert out.returncode == 0 and "corrupt kernel cache entry" in out.stderr and "hits 0 of" in out.stdout


def test_unwritable_cache_falls_back_to_compiling(tmp_path):
  blocker = tmp_path / "not_a_dir"
  blocker.write_text("a file where the cache folder should be")
  out = _cached_run(blocker)
  assert out.returncode == 0 and "not usable" in out.stderr and "hits 0 of" in out.stdout


def test_two_processes_fill_the_cache_at_once(tmp_path):
  env = dict(os.environ, PICOGRAD_CACHE=str(tmp_path))
  procs = [subprocess.Popen([sys.executable, "-c", CACHE_SCRIPT], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)
           for _ in range(2)]
  outs = [p.communicate(timeout=120) for p in procs]
  assert all(p.returncode == 0 for p in procs), outs
  assert not any(name.name.endswith(".tmp") for name in (tmp_path / "cpu").iterdir())
  third = _cached_run(tmp_path)
  n = third.stdout.split()[-1]
  assert f"hits {n} of {n}" in third.stdout
