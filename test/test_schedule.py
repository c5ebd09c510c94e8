"""Fusion, proven by kernel counts: how many kernels realizing an expression runs."""
import math
import numpy as np
import pytest
from picograd import Tensor, GlobalCounters


def rnd(*shape, low=0.1, high=2.0):
  return Tensor(np.random.default_rng(len(shape)).uniform(low, high, shape).astype(np.float32)).realize()


def kernels(*tensors) -> int:
  return len(Tensor.schedule(*tensors))


def test_elementwise_chain_is_one_kernel():
  x, y, z = rnd(10, 10), rnd(10, 10), rnd(10, 10)
  assert kernels(x.log() + y + z.exp().log().exp()) == 1


def test_mul_then_sum_is_one_kernel():
  x, y = rnd(8, 9), rnd(8, 9)
  assert kernels((x * y).sum(axis=1)) == 1


def test_sum_then_elementwise_is_one_kernel():
  assert kernels(rnd(8, 9).sum(1).exp()) == 1


@pytest.mark.parametrize("shape, axis", [((512, 256), None), ((2, 1 << 17), 1), ((1 << 17, 3), 0),
                                         ((128, 8, 512), (0, 2))])
def test_long_reduction_with_few_outputs_is_two_kernels(shape, axis):
  """Partial results of chunks, then their total: as one kernel it would run on one thread (or one GPU block)."""
  rng = np.random.default_rng(3)
  x = rng.standard_normal(shape).astype(np.float32)
  t = Tensor(x, requires_grad=True)
  assert kernels(t.sum(axis)) == 2 and kernels(t.amax(axis)) == 2
  np.testing.assert_allclose(t.sum(axis).numpy(), x.sum(axis, dtype=np.float64), rtol=1e-5, atol=1e-3)
  np.testing.assert_array_equal(t.amax(axis).numpy(), x.max(axis))
  t.amax(axis).sum().backward()   # the gradient reaches the maxima through both stages
  np.testing.assert_array_equal(t.grad.numpy(), (x == x.max(axis, keepdims=True)).astype(np.float32))


@pytest.mark.parametrize("shape, axis, dtype", [((4096, 32), 0, np.float32), ((1 << 15,), None, np.float32),
                                                ((1 << 17,), None, np.float16)])
def test_reductions_that_stay_one_kernel(shape, axis, dtype):
  """Enough outputs to share, too short to pay for a second kernel, or 16-bit partial results."""
  x = Tensor(np.random.default_rng(4).standard_normal(shape).astype(dtype))
  assert kernels(x.amax(axis)) == 1


@pytest.mark.parametrize("layout, copies", [("A@B", 1), ("A.T@B", 2), ("A@B.T", 0)])
def test_cpu_matmul_operands_read_across_the_reduction_are_copied(layout, copies):
  """The CPU's matmul kernels are tiles of dot products: an operand read across the reduction gets a copy
  contiguous along it first (one kernel per such operand), and the product is unchanged."""
  rng = np.random.default_rng(5)
  a, b = (rng.standard_normal((256, 256)).astype(np.float32) for _ in range(2))
  ta, tb = Tensor(a, requires_grad=True), Tensor(b, requires_grad=True)
  same, flip = (lambda x: x), (lambda x: x.T)
  fa, fb = {"A@B": (same, same), "A.T@B": (flip, same), "A@B.T": (same, flip)}[layout]
  out = fa(ta) @ fb(tb)
  assert kernels(out) == 1 + copies
  np.testing.assert_allclose(out.numpy(), fa(a) @ fb(b), rtol=1e-4, atol=1e-3)
  out.sum().backward()   # the gradients are products too: x.T @ g and g @ w.T
  np.testing.assert_allclose(ta.grad.numpy(), np.ones((256, 256), np.float32) @ fb(b).T if layout != "A.T@B"
                             else (np.ones((256, 256), np.float32) @ fb(b).T).T, rtol=1e-4, atol=1e-3)


def test_batched_weight_gradient_sums_over_batch_and_time_as_one_axis():
  """nn.Linear on (batch, time, features): its weight gradient sums over batch and time, merged into one reduction
  read in the dot layout (the gradient and the input copied contiguous along it: their rows are over 1 KB apart)."""
  rng = np.random.default_rng(7)
  x, w = rng.standard_normal((8, 64, 288)).astype(np.float32), rng.standard_normal((320, 288)).astype(np.float32)
  tw = Tensor(w, requires_grad=True)
  out = Tensor(x) @ tw.T
  (out * out).sum().backward()
  # the forward product, the gradient's copy (2 * out computed in it), the input's copy, the weight gradient
  assert kernels(tw.grad) == 4
  g = 2 * (x @ w.T)
  np.testing.assert_allclose(tw.grad.numpy(), np.einsum("btn,btk->nk", g, x), rtol=1e-4, atol=1e-2)


def test_matmul_copy_keeps_the_values_of_its_call():
  """The operand copy is lazy like everything else: a write into the operand after the matmul call is not seen."""
  rng = np.random.default_rng(6)
  a, b = (rng.standard_normal((256, 256)).astype(np.float32) for _ in range(2))
  ta, tb = Tensor(a).realize(), Tensor(b).realize()
  out = ta @ tb
  tb.assign(Tensor(np.zeros((256, 256), np.float32)) + 1).realize()
  np.testing.assert_allclose(out.numpy(), a @ b, rtol=1e-4, atol=1e-3)


def test_cpu_matmul_feeding_transcendentals_is_a_kernel_of_its_own():
  """gelu(x @ w.T + b): the GELU's exps run vectorized in an elementwise kernel, not one value at a time in the
  matmul's dot tiles; a cheap epilogue (relu) and a small matmul stay fused."""
  x, w, b = rnd(512, 128), rnd(256, 128), rnd(256)
  gelu = (x @ w.T + b).gelu()
  assert kernels(gelu) == 2 and kernels((x @ w.T + b).relu()) == 1
  assert kernels((rnd(16, 128) @ rnd(128, 64)).gelu()) == 1
  ref = (x.numpy() @ w.numpy().T + b.numpy()).astype(np.float64)
  erf = np.vectorize(math.erf)
  np.testing.assert_allclose(gelu.numpy(), ref * 0.5 * (1 + erf(ref / math.sqrt(2))), rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("stride, dilation", [(1, 1), (1, 2)])
def test_conv_input_gradient_reads_single_views(stride, dilation):
  """The overlapping windows' gradient adds the taps' gradients shifted into place (picograd/windows.py): every
  read is one view (no division or modulo per element), where the views' own gradients stacked three. (A stride
  above 1 spreads the gradient with zeros between its elements, which takes a second view.)"""
  x = Tensor(np.random.default_rng(8).standard_normal((2, 3, 11, 12)).astype(np.float32), requires_grad=True)
  w = Tensor(np.random.default_rng(9).standard_normal((4, 3, 3, 3)).astype(np.float32))
  x.conv2d(w, stride=stride, dilation=dilation).square().sum().backward()
  loads = [n for it in x.grad.schedule() if it.ast is not None for n in it.ast.walk() if n.op.name == "LOAD"]
  assert loads and all(len(n.arg[1].views) == 1 for n in loads)


def test_small_matmuls_and_close_rows_are_not_copied():
  assert kernels(rnd(32, 128) @ rnd(128, 64)) == 1
  assert kernels(rnd(1024, 384) @ rnd(384, 128)) == 1   # B's rows 512 bytes apart: read as they are


def test_matmul_relu_is_one_kernel():
  assert kernels((rnd(8, 16) @ rnd(16, 4)).relu()) == 1


def test_softmax_is_at_most_three_kernels():
  assert kernels(rnd(8, 10).softmax(1)) <= 3


def test_views_fuse_into_consumers():
  x = rnd(6, 8)
  assert kernels(x.permute(1, 0).exp() + x.T) == 1
  assert kernels(x[1:4, ::2].exp().flip(0) * 2) == 1
  assert kernels(x.pad(((1, 1), (2, 0))) + 1) == 1


def test_padding_a_non_zero_preserving_op_realizes_it():
  x = rnd(4, 4)
  items = Tensor.schedule(x.exp2().pad(((1, 1), (1, 1))) + 1)
  assert len(items) == 2 and "zero padding of EXP2" in items[0].reason


def test_padding_a_zero_preserving_op_fuses():
  x = rnd(4, 4)
  assert kernels((x * 3 + x).pad(((1, 1), (1, 1))) + 1) == 1


def test_reduce_broadcast_back_is_a_boundary():
  x = rnd(5, 7)
  items = Tensor.schedule(x - x.sum(1, keepdim=True))
  assert len(items) == 2 and "reduce result read through a broadcast" in items[0].reason


def test_two_reduces_are_two_kernels():
  x = rnd(5, 7)
  items = Tensor.schedule(x.sum(1).exp().sum())
  assert len(items) == 2 and items[0].reason == "two reduces in one kernel"


def test_computed_value_broadcast_is_realized():
  x, w = rnd(8, 16), rnd(16, 4)
  items = Tensor.schedule(x.relu() @ w)
  assert len(items) == 2 and items[0].reason == "computed value broadcast to a larger shape"


def test_constant_expressions_are_not_realized():
  x = rnd(8, 16)
  assert kernels(x * (Tensor.ones(1, 16) * 3 + 1).sqrt()) == 1
  assert kernels(x * Tensor.rand(1, 16)) == 2, "random numbers are too costly to recompute per broadcast element"
  assert kernels(x + Tensor.arange(16).float()) == 1


def test_explicit_contiguous_is_a_kernel():
  x = rnd(6, 8)
  assert kernels(x.T.contiguous()) == 1
  assert kernels((x.T.contiguous() + 1)) == 2
  assert kernels(x.contiguous()) == 0   # already a contiguous buffer


def test_mlp_forward_backward_kernel_count():
  """2-layer MLP with log-softmax cross entropy, forward + backward: 15 kernels.

  Forward: x@w1+relu (1, broadcast into the next matmul), logits (1), max (1), sum-exp (1), loss (1).
  Backward: the log-softmax gradient needs the sum-exp and the upstream gradient's row sums (3), grad of the logits
  (1, broadcast into both weight-gradient matmuls), grad of hidden (1), the two weight gradients (2), and the
  target-pick and row reductions of the loss (3).
  """
  rng = np.random.default_rng(0)
  x = Tensor(rng.standard_normal((32, 784)).astype(np.float32)).realize()
  w1 = Tensor(rng.standard_normal((784, 128)).astype(np.float32) * 0.05, requires_grad=True).realize()
  w2 = Tensor(rng.standard_normal((128, 10)).astype(np.float32) * 0.05, requires_grad=True).realize()
  onehot = Tensor(np.eye(10, dtype=np.float32)[rng.integers(0, 10, 32)]).realize()
  loss = -(((x @ w1).relu() @ w2).log_softmax(1) * onehot).sum(1).mean()
  loss.backward()
  assert kernels(loss, w1.grad, w2.grad) == 15


def test_identical_kernels_compile_once():
  a, b = rnd(3, 5), rnd(3, 5)
  (a * b + 1).realize()
  before = GlobalCounters.compile_count
  c, d = rnd(3, 5), rnd(3, 5)
  out = (c * d + 1).realize()
  assert GlobalCounters.compile_count == before
  np.testing.assert_allclose(out.numpy(), c.numpy() * d.numpy() + 1, rtol=1e-6)


def test_schedule_runs_nothing():
  x = rnd(4, 4)
  before = GlobalCounters.kernel_count
  items = (x.exp() + 1).schedule()
  assert len(items) == 1 and GlobalCounters.kernel_count == before
  assert not (x.exp() + 1).lazydata.is_realized


@pytest.mark.parametrize("n", [1, 3])
def test_kernel_counter_counts_launches(n):
  x = rnd(4, 4)
  before = GlobalCounters.kernel_count
  for i in range(n): (x + i).realize()
  assert GlobalCounters.kernel_count == before + n


def test_matmul_copies_an_operand_no_strided_view_describes():
  """A reshape of a transposed view (PyTorch copies it) is copied before the matmul: its reduce loop then reads
  only single strided views, not per-element index arithmetic."""
  from picograd.ops import BufferOps, ReduceOps
  y, w = np.random.default_rng(1).standard_normal((2, 3, 4, 5)).astype(np.float32), np.ones((15, 6), np.float32)
  out = Tensor(y).realize().transpose(1, 2).reshape(2, 4, 15) @ Tensor(w).realize()
  items = Tensor.schedule(out)
  reduce_kernel = next(it for it in items if any(n.op in ReduceOps for n in it.ast.walk()))
  loads = [n for n in reduce_kernel.ast.walk() if n.op is BufferOps.LOAD]
  assert loads and all(len(n.arg[1].views) == 1 for n in loads)
  np.testing.assert_allclose(out.numpy(), y.transpose(0, 2, 1, 3).reshape(2, 4, 15) @ w, rtol=1e-5)
