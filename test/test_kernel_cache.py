"""The disk cache keyed by a kernel's structure (engine/kernel_cache.py), and compiled kernels that keep no IR."""
import os
import subprocess
import sys
import numpy as np
from picograd import Tensor, dtypes
from picograd.codegen.ir import format_program
from picograd.engine import devices, hooks, kernel_cache

COUNTING_SCRIPT = """
import numpy as np
from picograd import GlobalCounters, Tensor
from picograd.engine import compiled, devices, run
from picograd.runtime import llvm_compile
calls = {"linearize": 0, "render": 0, "llvm": 0}
def counted(name, fn):
  def wrapper(*args):
    calls[name] += 1
    return fn(*args)
  return wrapper
run.linearize, compiled.linearize = counted("linearize", run.linearize), counted("linearize", compiled.linearize)
llvm_compile.compile_llvm = counted("llvm", llvm_compile.compile_llvm)
spec = devices.get("CPU")
devices._specs["CPU"] = devices.DeviceSpec(spec.name, spec.allocate, counted("render", spec.render), spec.compile,
                                           spec.source_language, spec.gpu, spec.load, spec.machine)
x = Tensor(np.arange(64, dtype=np.float32).reshape(8, 8))
out = ((x @ x.T).relu().sum(1) * 0.5 + (x < 3).where(x, 2.0).max(0).values).numpy()
ref = np.arange(64, dtype=np.float32).reshape(8, 8)
assert np.allclose(out, np.maximum(ref @ ref.T, 0).sum(1) * 0.5 + np.where(ref < 3, ref, 2.0).max(0))
print(calls["linearize"], calls["render"], calls["llvm"], GlobalCounters.disk_cache_hits, GlobalCounters.compile_count)
"""


def _counts(cache_dir) -> list[int]:
  env = dict(os.environ, PICOGRAD_CACHE=str(cache_dir), DEBUG="0")
  out = subprocess.run([sys.executable, "-c", COUNTING_SCRIPT], capture_output=True, text=True, env=env, timeout=120)
  assert out.returncode == 0, out.stderr
  return [int(n) for n in out.stdout.split()[-5:]]


def test_a_hit_skips_lowering_rendering_and_llvm(tmp_path):
  linearized, rendered, compiled, hits, n = _counts(tmp_path)
  assert linearized == rendered == compiled == n > 0 and hits == 0
  assert _counts(tmp_path) == [0, 0, 0, n, n]


def test_a_foreign_entry_is_ignored_with_a_warning(tmp_path):
  _counts(tmp_path)
  entries = sorted((tmp_path / "cpu").iterdir())
  assert len(entries) >= 2
  first, second = entries[0].read_bytes(), entries[1].read_bytes()
  entries[0].write_bytes(second)   # a whole, well-formed entry, but another kernel's
  entries[1].write_bytes(first)
  env = dict(os.environ, PICOGRAD_CACHE=str(tmp_path))
  out = subprocess.run([sys.executable, "-c", COUNTING_SCRIPT], capture_output=True, text=True, env=env, timeout=120)
  assert out.returncode == 0 and "corrupt kernel cache entry" in out.stderr
  assert int(out.stdout.split()[-2]) == int(out.stdout.split()[-1]) - 2   # all but the two swapped hit


def _compiled(make) -> list:
  """(op tree, buffer dtypes) of each kernel compiled while realizing `make()`, made anew each time."""
  from picograd.engine.run import clear_cache
  clear_cache()
  seen = []
  with hooks.add("after_compile", lambda item, ck: seen.append((item.ast, ck.buffer_dtypes))):
    make().realize()
  return seen


def _key(make, spec=None) -> str:
  (ast, dts), = _compiled(make)
  return kernel_cache.key(ast, dts, spec or devices.get("CPU"))


def test_near_misses_are_other_keys():
  a = np.arange(12, dtype=np.float32).reshape(3, 4)
  base = _key(lambda: Tensor(a) * 2 + 1)
  assert _key(lambda: Tensor(a) * 2 + 1) == base   # the same structure, built again: the same key
  others = [_key(lambda: Tensor(a.astype(np.float16)) * 2 + 1),   # another dtype
            _key(lambda: Tensor(a).T * 2 + 1),                     # another view
            _key(lambda: Tensor(a) * 2 + 1.5),                     # another constant
            _key(lambda: Tensor(a) * 2 + -0.0),                    # a constant equal to 0.0 but not the same
            _key(lambda: Tensor(a) * 2 + 0.0)]
  spec = devices.get("CPU")
  other_cpu = devices.DeviceSpec(spec.name, spec.allocate, spec.render, spec.compile, spec.source_language, spec.gpu,
                                 spec.load, lambda: spec.machine() + "-another-cpu-model")
  others.append(_key(lambda: Tensor(a) * 2 + 1, other_cpu))
  assert len({base, *others}) == len(others) + 1


def test_compiled_kernels_keep_no_ir_and_rebuild_the_same():
  listings = {}
  with hooks.add("after_compile", lambda item, ck: listings.setdefault(ck.name, (ck, format_program(ck.program)))):
    (Tensor(np.ones((16, 16), np.float32)).sum(1) * 3).realize()
    (Tensor(np.ones(8, np.int32), dtype=dtypes.int32) + 5).realize()
  assert listings
  for ck, listing in listings.values():
    assert ck._program is None   # released after compiling
    assert format_program(ck.program) == listing and ck.program.name == ck.name


def test_the_elf_loader_refuses_what_it_does_not_know():
  import pytest
  from picograd.runtime import elf
  for junk in (b"", b"garbage" * 20, b"\x7fELF" + bytes(60)):
    with pytest.raises(elf.Unsupported): elf.LoadedCode(junk)
