"""The linearizer's IR and the LLVM renderer, checked as printed text."""
import numpy as np
import pytest
from picograd import Tensor, CompileError
from picograd.codegen.ir import IROps, format_program
from picograd.codegen.kernel import build_kernel
from picograd.codegen.linearize import linearize
from picograd.codegen.renderer.llvm import render_llvm
from picograd.runtime.cpu import CPUProgram


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
  assert source.startswith("define void @test_kernel(ptr noalias %data0, ptr noalias %data1, i64 %start, i64 %end) nounwind {")
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
  out = (x.reshape(3, 4).sum(1) if dtype != "bool" else (x & x).reshape(3, 4).max(1)).numpy()
  expect = data.reshape(3, 4).sum(1) if dtype != "bool" else data.reshape(3, 4).max(1)
  np.testing.assert_array_equal(out, expect.astype(out.dtype))
