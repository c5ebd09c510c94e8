"""One helper, `check`, that runs an op in PyTorch and in picograd on the same random inputs and compares.

Why: every per-op test needs the same four steps (make inputs, forward both, compare, backpropagate the same
upstream gradient through both -- `out.backward(g)`, i.e. d(sum(out * g)) -- and compare every input's grad);
writing them once keeps each test to one line and makes sure no test forgets the backward pass. Inputs are random
(fixed seed per call, never zero, so a kernel that ignores an input or returns zeros cannot pass by accident) and the
upstream gradient is random too (ones would hide a transposed or mis-broadcast gradient).
"""
from __future__ import annotations
import numpy as np
import torch
from picograd import Tensor

# numpy dtype -> (atol, rtol) used when a test does not pass its own
TOLERANCES = {np.float32: (1e-6, 1e-3), np.float64: (1e-12, 1e-9)}


def rand_array(rng: np.random.Generator, shape, low=-2, high=2, dtype=np.float32) -> np.ndarray:
  """Random values in [low, high) with no zeros (a zero is replaced by `high - 1` for ints, by 0.5 for floats)."""
  dtype = np.dtype(dtype)
  if dtype == np.bool_: return np.asarray(rng.random(shape) < 0.5)
  if dtype.kind in "iu":
    x = rng.integers(low, high, size=shape).astype(dtype)
    return np.where(x == 0, high - 1 if high - 1 != 0 else low, x).astype(dtype)
  x = rng.uniform(low, high, size=shape).astype(dtype)
  return np.where(x == 0, dtype.type(0.5), x).astype(dtype)


def _kind(dtype_name: str) -> str:
  return "bool" if dtype_name == "bool" else "int" if "int" in dtype_name else dtype_name


def assert_close(p: Tensor, t: torch.Tensor, atol=1e-6, rtol=1e-3, what: str = "value"):
  """Same shape, same dtype kind (exact type for floats and bool) and close values."""
  assert tuple(p.shape) == tuple(t.shape), f"{what}: shape {p.shape} != torch {tuple(t.shape)}"
  tname = str(t.dtype).removeprefix("torch.")
  # torch widens int sums to int64 where picograd keeps int32: compare the kind for ints, the exact type otherwise
  assert _kind(p.dtype.name) == _kind(tname), f"{what}: dtype {p.dtype.name} != torch {tname}"
  got, want = p.numpy(), t.detach().numpy()
  if want.dtype == np.bool_ or want.dtype.kind in "iu": np.testing.assert_array_equal(got, want, err_msg=what)
  else: np.testing.assert_allclose(got, want, atol=atol, rtol=rtol, err_msg=what)


def _tensor(x: np.ndarray) -> Tensor:
  # Tensor(0-d array) has its own test (test_tensor_from_0d_numpy); build 0-d tensors by reshape so ops get tested
  return Tensor(x) if x.ndim else Tensor(x.reshape(1)).reshape(())


def check(shapes, torch_fn, picograd_fn=None, *, low=-2, high=2, atol=None, rtol=None, grad=True, dtype=np.float32,
          inputs=None, transform=None, seed=0):
  """Compare `picograd_fn(*picograd_inputs)` with `torch_fn(*torch_inputs)`, forward and (for floats) backward.

  shapes: one shape per input (ignored when `inputs`, a list of numpy arrays, is given).
  picograd_fn: defaults to torch_fn, for ops spelled the same in both libraries.
  transform: applied to every input on both sides before the op, to test on views (permuted, sliced, flipped ...);
    gradients are still compared on the leaves.
  Returns (picograd_out, torch_out) for extra asserts.
  """
  picograd_fn = picograd_fn or torch_fn
  if inputs is None:
    rng = np.random.default_rng(seed)
    inputs = [rand_array(rng, s, low, high, dtype) for s in shapes]
  default_atol, default_rtol = TOLERANCES.get(np.dtype(inputs[0].dtype).type, (0, 0)) if inputs else (1e-6, 1e-3)
  atol = default_atol if atol is None else atol
  rtol = default_rtol if rtol is None else rtol
  needs_grad = [grad and x.dtype.kind == "f" for x in inputs]
  tt = [torch.tensor(x, requires_grad=r) for x, r in zip(inputs, needs_grad)]
  pt = [_tensor(x) for x in inputs]
  for p, r in zip(pt, needs_grad): p.requires_grad = r
  tv, pv = (tt, pt) if transform is None else ([transform(x) for x in tt], [transform(x) for x in pt])

  t_out, p_out = torch_fn(*tv), picograd_fn(*pv)
  assert_close(p_out, t_out, atol, rtol, "forward")

  if t_out.requires_grad:
    # out.backward(g) is d(sum(out * g))/d(input): each op's backward on its own, without sum's backward mixed in
    g = rand_array(np.random.default_rng(seed + 1), tuple(t_out.shape), 0.5, 1.5, t_out.detach().numpy().dtype)
    t_out.backward(torch.tensor(g))
    p_out.backward(_tensor(g))
    for i, (p, t) in enumerate(zip(pt, tt)):
      if not t.requires_grad: continue
      if t.grad is None:   # input unused by torch's graph: picograd must give no grad or zeros
        assert p.grad is None or not p.grad.numpy().any(), f"grad of input {i} should be zero"
        continue
      assert p.grad is not None, f"grad of input {i} is missing"
      assert_close(p.grad, t.grad, atol, rtol, f"grad of input {i}")
  return p_out, t_out
