"""The CUDA backend without a GPU: every kernel compiles with NVRTC, and the emulator runs the same IR."""
import os
import subprocess
import sys
import numpy as np
import pytest
from picograd import CompileError, DeviceError, Tensor, dtypes
from picograd.codegen.ir import BufferArg, Inst, IROps, Launch, Program
from picograd.codegen.kernel import build_kernel
from picograd.codegen.optimize import optimize
from picograd.codegen.linearize import linearize
from picograd.ops import BinaryOps
from picograd.runtime.cpu import CPUBuffer
from picograd.runtime.cuda import compile_cuda
from picograd.runtime.emu import EmuError, EmuProgram

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def has_gpu() -> bool:
  try:
    from picograd.runtime.cuda import CUDADevice
    CUDADevice.get()
    return True
  except DeviceError:
    return False


GPU = has_gpu()
needs_gpu = pytest.mark.skipif(not GPU,
                               reason="needs an NVIDIA GPU and driver; the emulator tests cover the logic here")


def test_op_suite_on_the_emulator_and_nvrtc():
  """The whole per-op suite with DEVICE=EMU; each kernel is also compiled by NVRTC for sm_80 and sm_90."""
  env = dict(os.environ, DEVICE="EMU", PICOGRAD_CHECK_CUDA="sm_80,sm_90")
  out = subprocess.run([sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider",
                        os.path.join(ROOT, "test", "test_ops.py")],
                       capture_output=True, text=True, env=env, timeout=1200, cwd=ROOT)
  assert out.returncode == 0, out.stdout[-4000:] + out.stderr[-2000:]
  assert " passed" in out.stdout and " failed" not in out.stdout


def gpu_program(t: Tensor) -> Program:
  (item,) = t.schedule()
  k = optimize(build_kernel(item.ast), gpu=True)
  return linearize(k, "k", (item.out.dtype,) + tuple(b.dtype for b in item.inputs))


def test_long_reduction_uses_a_block_per_output():
  x = np.random.default_rng(0).standard_normal((3, 1000)).astype(np.float32)
  prog = gpu_program(Tensor(x).sum(1))
  assert prog.launch == Launch(3, 256)
  ops = [i.op for i in prog.insts]
  assert IROps.LOCAL in ops and ops.count(IROps.BARRIER) == 1 and ops.count(IROps.SHUFFLE) == 8   # 5 + 3: 8 warps
  for dev in ("EMU", "CPU"):
    np.testing.assert_allclose(Tensor(x, device=dev).sum(1).numpy(), x.sum(1), rtol=1e-5, atol=1e-4)
  np.testing.assert_allclose(Tensor(x, device="EMU").amax(1).numpy(), x.max(1))


def test_elementwise_uses_a_thread_per_output_with_a_guard():
  prog = gpu_program(Tensor(np.ones(1000, np.float32)) + 1)
  assert prog.launch == Launch(16, 64)   # small blocks: blocks for as many SMs as there is work
  assert [i.op for i in prog.insts].count(IROps.IF) == 1   # 1024 threads for 1000 outputs


@pytest.mark.parametrize("dtype", ["float16", "bfloat16", "int8", "uint32", "int64", "float64"])
def test_dtypes_on_the_emulator(dtype):
  x = np.random.default_rng(1).uniform(1, 50, 40).astype(np.float32)
  a, b = Tensor(x, device="EMU").cast(getattr(dtypes, dtype)), Tensor(x).cast(getattr(dtypes, dtype))
  for fn in (lambda t: t * t + t, lambda t: t.max(), lambda t: t // 3 if not t.dtype.is_float else t / 3):
    np.testing.assert_array_equal(fn(a).numpy(), fn(b).numpy())


def _out_of_bounds_program() -> Program:
  f32, idx = dtypes.float32, dtypes.int64
  insts = (Inst(IROps.BUFFER, f32, (), BufferArg(0, "data0", True)),
           Inst(IROps.BUFFER, f32, (), BufferArg(1, "data1", False)),
           Inst(IROps.SPECIAL, idx, (), "thread"), Inst(IROps.CONST, idx, (), 2),
           Inst(IROps.ALU, idx, (2, 3), BinaryOps.ADD),
           Inst(IROps.LOAD, f32, (1, 4)), Inst(IROps.STORE, None, (0, 2, 5)))
  return Program("oob", insts, (f32, f32), 0, Launch(1, 4))


def test_emulator_bounds_checks_name_kernel_buffer_line_and_index():
  out, inp = CPUBuffer(4, dtypes.float32), CPUBuffer(4, dtypes.float32)
  with pytest.raises(EmuError, match=r"kernel oob, IR line 5 .*buffer data1 index 4 outside \[0, 4\)"):
    EmuProgram(_out_of_bounds_program(), "")(out, inp)


def test_nvrtc_rejection_shows_log_and_source():
  with pytest.raises(CompileError, match=r"NVRTC rejected kernel bad for sm_90[\s\S]*undefined[\s\S]*   2 \|"):
    compile_cuda("bad", 'extern "C" __global__ void bad(float* a) {\n  a[0] = undefined_thing;\n}\n', "sm_90")


def test_debug4_on_the_emulator_prints_cuda_ptx_and_sass():
  env = dict(os.environ, DEVICE="EMU", PICOGRAD_CUDA_ARCH="sm_90", DEBUG="4")
  code = "from picograd import Tensor\nprint((Tensor([1.0, 2.0, 3.0]) * 2.5 + 1).numpy())\n"
  out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
  assert out.returncode == 0, out.stderr
  assert "--- CUDA C ---" in out.stdout and "__global__" in out.stdout and ".target sm_90" in out.stdout
  assert "SASS (sm_90)" in out.stdout and any(op in out.stdout for op in ("FFMA", "FADD", "FMUL"))
  assert "[3.5 6.  8.5]" in out.stdout


@pytest.mark.skipif(GPU, reason="checks the error raised when no GPU is present")
def test_asking_for_cuda_without_a_gpu_says_why():
  with pytest.raises(DeviceError, match="CUDA: not available"):
    Tensor([1.0], device="CUDA")


def test_mixed_devices_raise():
  with pytest.raises(DeviceError, match="different devices, CPU and EMU"):
    Tensor([1.0]) + Tensor([1.0], device="EMU")


@needs_gpu
def test_ops_run_on_cuda():
  x = np.random.default_rng(2).standard_normal((64, 300)).astype(np.float32)
  t = Tensor(x, device="CUDA")
  np.testing.assert_allclose(t.softmax(1).numpy(), Tensor(x).softmax(1).numpy(), rtol=1e-5, atol=1e-6)
  np.testing.assert_allclose((t @ t.T).numpy(), x @ x.T, rtol=1e-4, atol=1e-3)
  np.testing.assert_allclose(t.sum().item(), x.sum(), rtol=1e-4)


@needs_gpu
def test_op_suite_on_cuda():
  env = dict(os.environ, DEVICE="CUDA")
  out = subprocess.run([sys.executable, "-m", "pytest", "-q", "-x", os.path.join(ROOT, "test", "test_ops.py")],
                       capture_output=True, text=True, env=env, timeout=1200, cwd=ROOT)
  assert out.returncode == 0, out.stdout[-4000:]


@pytest.mark.parametrize("dtype", ["int8", "int32", "int64", "uint8", "uint32"])
def test_integer_division_never_traps_and_agrees_with_the_cpu(dtype):
  """x / 0 is 0, x % 0 is x, MIN / -1 wraps, and the quotient truncates toward zero (MIN included), on both."""
  from picograd.ops import BinaryOps
  info = np.iinfo(dtype)
  a = np.array([7, -7, info.min, info.min, info.max, 5, -5, 0], dtype=np.int64).clip(info.min, info.max).astype(dtype)
  b = np.array([0, 0, -1, 2, -1, -2, 3, 0], dtype=np.int64).astype(dtype)   # unsigned: -1, -2 wrap to large divisors
  got = {}
  for dev in ("CPU", "EMU"):
    x, y = Tensor(a, device=dev), Tensor(b, device=dev)
    got[dev] = [Tensor(x.lazydata.e(op, y.lazydata)).numpy() for op in (BinaryOps.DIV, BinaryOps.MOD)]
  np.testing.assert_array_equal(got["CPU"], got["EMU"])
  q, r = got["CPU"]
  assert q[0] == 0 and r[0] == 7 and (dtype.startswith("u") or (q[3] == info.min // 2 and q[2] == info.min))


def _shuffle_program(lane_xor: int, threads: int, guard: int | None = None) -> Program:
  """data0[thread] = data1[thread ^ lane_xor] through a SHUFFLE, optionally only in threads below `guard`."""
  f32, idx = dtypes.float32, dtypes.int64
  insts = [Inst(IROps.BUFFER, f32, (), BufferArg(0, "data0", True)),
           Inst(IROps.BUFFER, f32, (), BufferArg(1, "data1", False)),
           Inst(IROps.SPECIAL, idx, (), "thread"), Inst(IROps.CONST, idx, (), guard or threads)]
  insts += [Inst(IROps.ALU, dtypes.bool, (2, 3), BinaryOps.CMPLT), Inst(IROps.IF, None, (4,)),
            Inst(IROps.LOAD, f32, (1, 2)), Inst(IROps.SHUFFLE, f32, (6,), lane_xor),
            Inst(IROps.STORE, None, (0, 2, 7)), Inst(IROps.ENDIF, None, (5,))]
  return Program("shfl", tuple(insts), (f32, f32), 0, Launch(1, threads))


@pytest.mark.parametrize("lane_xor", [1, 2, 4, 8, 16])
def test_shuffle_exchanges_lanes_within_each_warp(lane_xor):
  x = np.arange(128, dtype=np.float32)
  out, inp = CPUBuffer(128, dtypes.float32), CPUBuffer(128, dtypes.float32)
  inp.copyin(x)
  EmuProgram(_shuffle_program(lane_xor, 128), "")(out, inp)
  np.testing.assert_array_equal(out.numpy(), x[np.arange(128) ^ lane_xor])


@pytest.mark.parametrize("lane_xor, threads, guard, why", [(32, 64, None, "outside the warp"),
                                                           (1, 48, None, "not whole warps"),
                                                           (1, 64, 40, "part of a warp")])
def test_emulator_rejects_shuffles_outside_whole_warps(lane_xor, threads, guard, why):
  with pytest.raises(EmuError, match=why):
    EmuProgram(_shuffle_program(lane_xor, threads, guard), "")(*(CPUBuffer(128, dtypes.float32) for _ in range(2)))
