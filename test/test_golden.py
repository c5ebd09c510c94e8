"""Golden sources: the LLVM IR and CUDA C of canonical kernels, stored, so any renderer change is a reviewable diff.

Regenerate after an intended change with: PICOGRAD_UPDATE_GOLDEN=1 python -m pytest test/test_golden.py
"""
import os
import numpy as np
import pytest
from picograd import Tensor
from picograd.codegen.kernel import build_kernel
from picograd.codegen.optimize import optimize
from picograd.codegen.machine import AVX2
from picograd.codegen.linearize import linearize
from picograd.codegen.renderer.cuda import render_cuda
from picograd.codegen.renderer.llvm import render_llvm

GOLDEN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "golden")
UPDATE = os.environ.get("PICOGRAD_UPDATE_GOLDEN") == "1"


def _inputs(*shapes):
  rng = np.random.default_rng(0)
  return [Tensor(rng.standard_normal(s).astype(np.float32)).realize() for s in shapes]


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


@pytest.mark.parametrize("name", ["add", "sum", "softmax", "matmul", "conv"])
@pytest.mark.parametrize("lang", ["ll", "cu"])
def test_golden_source(name, lang):
  source = render_all(canonical()[name], gpu=lang == "cu")
  path = os.path.join(GOLDEN, f"{name}.{lang}")
  if UPDATE:
    with open(path, "w") as f: f.write(source)
  assert os.path.exists(path), f"no golden file {path}; create it with PICOGRAD_UPDATE_GOLDEN=1"
  with open(path) as f: expected = f.read()
  assert source == expected, (f"{path} differs from the rendered source; "
                              "if intended, regenerate (see the module docstring)")
