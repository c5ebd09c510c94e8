"""The linearizer's IR, the printers of each stage, the semantic rules, and the LLVM renderer, checked as text."""
import math
from dataclasses import replace
import numpy as np
import pytest
from picograd import Tensor, CompileError, dtypes
from picograd.codegen.ir import Inst, IROps, check_program, format_program
from picograd.codegen import machine
from picograd.codegen.kernel import Axis, build_kernel, format_kernel
from picograd.codegen.optimize import optimize
from picograd.codegen.machine import AVX2, AVX512, SSE, model_of
from picograd.codegen.linearize import linearize
from picograd.codegen.renderer.llvm import render_llvm
from picograd.dtype import bits16
from picograd.ops import BinaryOps, ReduceOps, format_ast, reduce_identity
from picograd.runtime.cpu import CPUBuffer, CPUProgram


def program_of(t: Tensor):
  (item,) = t.schedule()
  kernel = build_kernel(item.ast)
  return kernel, linearize(kernel, "test_kernel", (item.out.dtype,) + tuple(b.dtype for b in item.inputs))


def test_ir_of_a_row_sum():
  x = Tensor(np.random.default_rng(0).random((4, 8), dtype=np.float32)).realize()
  kernel, prog = program_of(x.sum(1))
  assert kernel.full_shape == (4, 8) and kernel.first_reduce == 1
  ops = [i.op for i in prog.insts if i.op is not IROps.CONST]
  assert ops == [IROps.BUFFER, IROps.BUFFER, IROps.RANGE, IROps.ACC, IROps.RANGE, IROps.ALU, IROps.ALU, IROps.LOAD,
                 IROps.ALU, IROps.ASSIGN, IROps.ENDRANGE, IROps.STORE, IROps.ENDRANGE]
  listing = format_program(prog)
  assert "ACC      float32" in listing and "ASSIGN" in listing
  assert listing.count("RANGE") == 4   # two loops opened, two closed
  assert prog.flops == 4 * 8


def test_elementwise_axes_merge_into_one_loop():
  x = Tensor(np.ones((10, 20, 30), dtype=np.float32)).realize()
  kernel, prog = program_of(x + 1)
  assert kernel.full_shape == (6000,)
  assert sum(1 for i in prog.insts if i.op is IROps.RANGE) == 1


def test_reduce_axes_move_last():
  x = Tensor(np.ones((6, 7), dtype=np.float32)).realize()
  kernel, _ = program_of(x.sum(0))
  assert kernel.full_shape == (7, 6) and kernel.first_reduce == 1 and "reduce axes last" in kernel.applied


def test_padded_load_is_guarded():
  x = Tensor(np.ones((3,), dtype=np.float32)).realize()
  _, prog = program_of(x.pad(((2, 1),)) + 1)
  load = next(i for i in prog.insts if i.op is IROps.LOAD)
  assert len(load.srcs) == 3   # buffer, index, valid
  source = render_llvm(prog)
  assert "select i1" in source and "getelementptr inbounds float" in source


def test_llvm_source_of_an_add():
  a = Tensor(np.ones((16,), dtype=np.float32)).realize()
  _, prog = program_of(a + a)
  source = render_llvm(prog)
  assert source.startswith("define void @test_kernel(ptr noalias %data0, ptr noalias %data1, i64 %start, i64 %end) "
                           "nounwind {")
  assert "fadd float" in source and "store float" in source and "phi i64" in source
  assert "contract" not in source, "elementwise ops stay plain so recomputed values are bit-identical"


def test_only_accumulations_contract_into_fmas():
  a = Tensor(np.ones((8, 16), dtype=np.float32)).realize()
  _, prog = program_of(a @ a.T)
  source = render_llvm(prog)
  assert "fadd reassoc nsz contract float" in source and "fmul contract float" in source


def test_transcendentals_are_inline_and_vectorized():
  x = Tensor(np.ones((4096,), dtype=np.float32)).realize()
  _, prog = program_of(x.log2().exp2())
  source = render_llvm(prog)
  assert "@llvm.exp2" not in source and "@llvm.log2" not in source   # no scalar libm calls
  asm = CPUProgram("test_kernel", source, 2).assembly()
  assert "ymm" in asm or "zmm" in asm, "the loop was not vectorized"


def test_bad_llvm_raises_compile_error_with_source():
  with pytest.raises(CompileError) as info:
    CPUProgram("broken", "define void @broken() {\n  ret i32 0\n}\n", 0)
  assert "broken" in str(info.value) and "ret i32 0" in str(info.value) and "   2 |" in str(info.value)


@pytest.mark.parametrize("dtype", ["float32", "float64", "int32", "int64", "int8", "uint8", "bool"])
def test_every_dtype_renders_and_runs(dtype):
  rng = np.random.default_rng(1)
  data = rng.integers(1, 5, 12).astype(dtype)
  x = Tensor(data)
  out = (x.reshape(3, 4).sum(1) if dtype != "bool" else (x & x).reshape(3, 4).amax(1)).numpy()
  expect = data.reshape(3, 4).sum(1) if dtype != "bool" else data.reshape(3, 4).max(1)
  np.testing.assert_array_equal(out, expect.astype(out.dtype))


# ---- printers ------------------------------------------------------------------------------------------------------
def test_op_tree_prints_each_shared_subtree_once():
  x = Tensor(np.ones((4, 4), np.float32)).realize()
  for _ in range(12): x = x + x * x   # a DAG whose tree form has 3**12 leaves
  (item,) = x.schedule()
  listing = format_ast(item.ast)
  assert len(listing.splitlines()) == len(item.ast.walk()) < 60 and repr(item.ast) == listing
  assert "@5   MUL      float32  @4 @4" in listing and "@6   ADD      float32  @4 @5" in listing


def test_kernel_prints_axes_optimizations_and_op_tree():
  a, b = (Tensor(np.ones((4, 4), np.float32)).realize() for _ in range(2))
  kernel, _ = program_of((a + b).sum())
  assert format_kernel(kernel) == str(kernel) == "\n".join([
    "axes     16:reduce",
    "applied  axes (4, 4) -> (16,)",
    "@0   LOAD     float32             data1 shape=(16,) strides=(1,)",
    "@1   LOAD     float32             data2 shape=(16,) strides=(1,)",
    "@2   ADD      float32  @0 @1",
    "@3   SUM      float32  @2         axes=(0, 1)",
    "@4   STORE    float32  @3         data0 shape=(1,) strides=(0,)"])


def test_ir_args_print_named_fields():
  x = Tensor(np.ones((4, 8), np.float32)).realize()
  listing = format_program(program_of(x.sum(1))[1])
  assert "RANGE    int64    %2 %3                axis=0 vectorize=True parallel=True" in listing
  assert "BUFFER   float32                       data1 index=1 output=False" in listing


# ---- the semantic rules are lowered before any renderer ------------------------------------------------------------
def alu_ops(prog) -> list:
  return [(i.arg.name, i.dtype.name) for i in prog.insts if i.op is IROps.ALU]


def test_half_computes_in_float32_and_rounds_once():
  x = Tensor(np.ones(8, np.float16)).realize()
  _, prog = program_of(x * x + x)
  assert alu_ops(prog) == [("MUL", "float32"), ("ADD", "float32")]
  casts = [(prog.insts[i.srcs[0]].dtype.name, i.dtype.name) for i in prog.insts if i.op is IROps.CAST]
  assert casts == [("float16", "float32"), ("float32", "float16"), ("float16", "float32"), ("float32", "float16")]


def test_bfloat16_converts_by_integer_ops():
  x = Tensor(np.ones(8, np.float32)).realize()
  _, prog = program_of(x.cast(dtypes.bfloat16) * 3)
  assert all(dtypes.bfloat16 not in (i.dtype, prog.insts[i.srcs[0]].dtype) for i in prog.insts if i.op is IROps.CAST)
  assert ("SHR", "uint32") in alu_ops(prog) and "bfloat" in render_llvm(prog)
  assert "fptrunc float" not in render_llvm(prog)   # newer LLVMs lower that to a library call


def test_bool_arithmetic_is_logic():
  a, b = (Tensor(np.array([True, False, True, False])).realize() for _ in range(2))
  _, prog = program_of((a + b) * a)
  assert alu_ops(prog) == [("OR", "bool"), ("AND", "bool")]


def test_integer_division_is_guarded_unless_the_divisor_is_constant():
  a, b = (Tensor(np.arange(1, 9, dtype=np.int32)).realize() for _ in range(2))
  _, prog = program_of(_int_div(a, b))
  assert ("WHERE", "int32") in alu_ops(prog)
  _, prog = program_of(_int_div(a, Tensor(3, dtype=dtypes.int32)))
  assert ("WHERE", "int32") not in alu_ops(prog) and ("DIV", "int32") in alu_ops(prog)


def _int_div(a: Tensor, b: Tensor) -> Tensor:
  """The DIV primitive itself (`//` floors, on top of it)."""
  return Tensor(a.lazydata.e(BinaryOps.DIV, b.lazydata.expand(a.shape) if b.shape != a.shape else b.lazydata))


def test_an_unlowered_rule_is_caught():
  f16 = dtypes.float16
  insts = (Inst(IROps.CONST, f16, (), 1.0), Inst(IROps.ALU, f16, (0, 0), BinaryOps.ADD))
  with pytest.raises(AssertionError, match="rule not lowered"): check_program(insts)


def test_dtype_extremes_and_16bit_constants():
  assert (dtypes.min(dtypes.int8), dtypes.max(dtypes.uint16), dtypes.min(dtypes.bool)) == (-128, 65535, False)
  assert dtypes.min(dtypes.bfloat16) == -math.inf and reduce_identity(ReduceOps.MAX, dtypes.int32) == -2 ** 31
  assert bits16(1.0, dtypes.bfloat16) == 0x3F80 and bits16(1.0 + 2 ** -8, dtypes.bfloat16) == 0x3F80   # a tie: even
  assert bits16(math.nan, dtypes.bfloat16) == 0x7FC0 and bits16(65520.0, dtypes.float16) == 0x7C00


def test_signed_zero_constants_stay_apart():
  """x + -0.0 keeps a -0.0 and x + 0.0 does not: the two kernels share neither a compiled program nor a constant."""
  x = Tensor([-0.0, 1.0]).realize()
  assert list(np.signbit((x + 0.0).numpy())) == [False, False]
  assert list(np.signbit((x + -0.0).numpy())) == [True, False]
  assert list(np.signbit((x > 0).where(-0.0, 0.0).numpy())) == [False, True]


# ---- register tiles and cache blocks sized from the CPU (codegen/machine.py) ---------------------------------------
def test_cpu_model_reads_llvm_features():
  assert model_of("+avx,+avx2,+fma,-avx512f") == AVX2 and model_of("+avx2,+avx512f,+avx512vl") == AVX512
  assert model_of("+sse2,-avx") == SSE


def _matmul_kernel(m, k, n, cpu):
  rng = np.random.default_rng(0)
  a, b = (Tensor(rng.standard_normal(s).astype(np.float32)).realize() for s in ((m, k), (k, n)))
  (item,) = (a @ b).schedule()
  return optimize(build_kernel(item.ast), cpu=cpu), item, (a.numpy(), b.numpy())


@pytest.mark.parametrize("cpu_name", ["AVX2", "AVX512"])
def test_register_tile_fits_the_registers(cpu_name):
  cpu = getattr(machine, cpu_name)
  kernel, _, _ = _matmul_kernel(64, 64, 64, cpu)
  vector, rows = (kernel.full_shape[i] for i in kernel.axes(Axis.UPCAST))   # columns in SIMD lanes, rows sharing them
  registers = -(-vector // cpu.lanes)
  assert f"tile for {cpu.vector}" in kernel.applied and rows > 1
  assert rows * registers + registers + 1 <= cpu.registers   # accumulators, a row's vectors and a broadcast


def test_blocked_reduction_keeps_partial_sums_in_the_output():
  """A B bigger than (a pretend small) L2: the reduction runs in blocks, and the result is unchanged."""
  kernel, item, (a, b) = _matmul_kernel(32, 256, 64, replace(AVX2, l2_bytes=16 << 10))
  assert kernel.axes(Axis.BLOCK) and "reduce in blocks of 32" in kernel.applied and kernel.kinds[0] is Axis.LOOP
  prog = linearize(kernel, "blocked", (item.out.dtype,) + tuple(x.dtype for x in item.inputs))
  runner = CPUProgram.from_program(prog, render_llvm(prog))
  bufs = [CPUBuffer(32 * 64, dtypes.float32)] + [CPUBuffer(x.size, dtypes.float32) for x in (a, b)]
  for buf, x in zip(bufs[1:], (a, b)): buf.copyin(x)
  runner(*bufs)
  np.testing.assert_allclose(bufs[0].numpy().reshape(32, 64), a @ b, rtol=1e-4, atol=1e-4)


def test_blocking_skips_kernels_with_work_after_the_sum():
  """Partial sums wait in the output only when it stores the sum as is (a later op would see a partial sum)."""
  rng = np.random.default_rng(0)
  a, b = (Tensor(rng.standard_normal(s).astype(np.float32)).realize() for s in ((32, 256), (256, 64)))
  (item,) = (a @ b).relu().schedule()
  assert not optimize(build_kernel(item.ast), cpu=replace(AVX2, l2_bytes=16 << 10)).axes(Axis.BLOCK)



@pytest.mark.parametrize("shape, order", [((64, 48), (1, 0)), ((3, 40, 32, 16), (0, 3, 1, 2)),
                                          ((96, 24), (1, 0)), ((30, 50), (1, 0))])
def test_transposed_copies_walk_blocks(shape, order):
  """A copy that reads its input across rows is walked in blocks (whole cache lines read and written while in L1)
  where the shapes divide into them, and row by row otherwise; the values are the same either way."""
  x = np.random.default_rng(1).standard_normal(shape).astype(np.float32)
  out = Tensor(x).realize().permute(*order).contiguous()
  (item,) = out.schedule()
  kernel = optimize(build_kernel(item.ast))
  assert ("block loops outside" in kernel.applied) == (shape != (30, 50)), kernel.applied
  np.testing.assert_array_equal(out.numpy(), x.transpose(order))


def test_transposed_read_beside_a_plain_one():
  """x[:, :64].T + x[:64, 64:]: one input read across its rows, one along them; blocking serves both."""
  x = np.random.default_rng(2).standard_normal((64, 128)).astype(np.float32)
  t = Tensor(x).realize()
  out = t[:, :64].T + t[:64, 64:]
  (item,) = out.schedule()
  assert "block loops outside" in optimize(build_kernel(item.ast)).applied
  np.testing.assert_allclose(out.numpy(), x[:, :64].T + x[:64, 64:], rtol=1e-6)


def test_conv_weight_gradient_is_a_tile_of_dot_products():
  """dW[o, c, ky, kx] sums g[n, o, y, x] * x[n, c, y + ky, x + kx] over (n, y, x): both inputs run contiguously
  along x, 24 long, against 3 taps out: the reduction vectorizes, a tile spans output channels and taps."""
  rng = np.random.default_rng(8)
  x, w = rng.standard_normal((4, 8, 26, 26)).astype(np.float32), rng.standard_normal((16, 8, 3, 3)).astype(np.float32)
  tw = Tensor(w, requires_grad=True)
  out = Tensor(x).conv2d(tw)
  out.sum().backward()
  (item,) = [it for it in tw.grad.schedule() if it.ast is not None][-1:]
  assert "dot tile for" in " ".join(optimize(build_kernel(item.ast)).applied)
  ref = np.einsum("ncijhw->cij", np.lib.stride_tricks.sliding_window_view(x, (24, 24), axis=(2, 3)))
  np.testing.assert_allclose(tw.grad.numpy(), np.broadcast_to(ref, w.shape), rtol=1e-4, atol=1e-3)
