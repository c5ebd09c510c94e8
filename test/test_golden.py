"""Golden sources: the LLVM IR and CUDA C of canonical kernels, stored, so any renderer change is a reviewable diff.

Regenerate after an intended change with: PICOGRAD_UPDATE_GOLDEN=1 python -m pytest test/test_golden.py
"""
import os
import numpy as np
import pytest
from picograd import Tensor, dtypes
from picograd.codegen.kernel import build_kernel
from picograd.codegen.optimize import optimize
from picograd.codegen.machine import AVX2
from picograd.codegen.linearize import linearize
from picograd.codegen.renderer.cuda import render_cuda
from picograd.codegen.renderer.llvm import render_llvm

GOLDEN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "golden")
UPDATE = os.environ.get("PICOGRAD_UPDATE_GOLDEN") == "1"


def _inputs(*shapes, device=None):
  rng = np.random.default_rng(0)
  return [Tensor(rng.standard_normal(s).astype(np.float32), device=device).realize() for s in shapes]


def canonical():
  a, b = _inputs((16, 32), (16, 32))
  m, w = _inputs((8, 16), (16, 32))
  img, k = _inputs((1, 2, 6, 6), (3, 2, 3, 3))
  return {
    "add": a + b,
    "sum": a.sum(1),
    "softmax": a.softmax(1),
    "matmul": m @ w,
    "conv": _conv3x3(img, k),
  }


def canonical_gpu():
  """Kernels only the GPU plans have, on a GPU device (the CPU's schedule may lay a matmul's operands out anew)."""
  a, b = _inputs((256, 256), (256, 256), device="EMU")
  rows, = _inputs((16, 1024), device="EMU")
  x, y = (t[:64, :64].cast(dtypes.bfloat16).realize() for t in (a, b))
  return {
    "matmul_smem": a @ b,                    # shared-memory tiles of A and B, a 2x2 register tile per thread
    "sum_shuffle": rows.sum(1),              # a block per row, combined by warp shuffles
    "matmul_mma_smem": x @ y,                # tensor cores, the block's tiles staged in shared memory
  }


def _conv3x3(x: Tensor, w: Tensor) -> Tensor:
  """A 3x3 convolution with padding 1 from windows of a padded view: a broadcast-multiply-reduce kernel."""
  n, c, h, wd = x.shape
  p = x.pad(((0, 0), (0, 0), (1, 1), (1, 1)))
  windows = [p[:, :, i:i + h, j:j + wd] for i in range(3) for j in range(3)]
  out = None
  for idx, win in enumerate(windows):
    term = (win.reshape(n, 1, c, h, wd) * w[:, :, idx // 3, idx % 3].reshape(1, -1, c, 1, 1)).sum(2)
    out = term if out is None else out + term
  return out


def render_all(t: Tensor, gpu: bool) -> str:
  parts = []
  for i, item in enumerate(t.schedule()):
    k = optimize(build_kernel(item.ast), gpu=gpu, cpu=AVX2)   # the goldens' machine, whatever CPU runs the test
    prog = linearize(k, f"kernel{i}", (item.out.dtype,) + tuple(b.dtype for b in item.inputs))
    parts.append((render_cuda if gpu else render_llvm)(prog))
  return "\n".join(parts)


_CASES = [(name, lang) for name in ("add", "sum", "softmax", "matmul", "conv") for lang in ("ll", "cu")]
_GPU_CASES = [(name, "cu") for name in ("matmul_smem", "sum_shuffle", "matmul_mma_smem")]


@pytest.mark.parametrize("name, lang", _CASES + _GPU_CASES)
def test_golden_source(name, lang):
  source = render_all((canonical_gpu() if (name, lang) in _GPU_CASES else canonical())[name], gpu=lang == "cu")
  path = os.path.join(GOLDEN, f"{name}.{lang}")
  if UPDATE:
    with open(path, "w") as f: f.write(source)
  assert os.path.exists(path), f"no golden file {path}; create it with PICOGRAD_UPDATE_GOLDEN=1"
  with open(path) as f: expected = f.read()
  assert source == expected, (f"{path} differs from the rendered source; "
                              "if intended, regenerate (see the module docstring)")
