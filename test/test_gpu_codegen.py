"""GPU code quality: 32-bit index math, register tiles, launch geometry, checked on the IR, in the emulator, and
in the SASS that NVRTC and cuobjdump produce here (no GPU needed; the SASS tests skip, saying why, without them)."""
import numpy as np
import pytest
from picograd import Tensor
from picograd.codegen.index_width import INDEX32_MAX
from picograd.codegen.kernel import Axis, build_kernel, optimize, plan_gpu, upcast
from picograd.codegen.linearize import linearize
from picograd.codegen.renderer.cuda import render_cuda
from picograd.dtype import dtypes
from picograd.engine import hooks
from picograd.errors import DeviceError
from tools.gpu_report import loads, main_loop, mix, parse_sass


def gpu_program(t: Tensor):
  (item,) = t.schedule()
  return linearize(optimize(build_kernel(item.ast), gpu=True), "k",
                   (item.out.dtype,) + tuple(b.dtype for b in item.inputs))


def sass(t: Tensor):
  """The kernel's SASS for sm_90, parsed; skips where NVRTC or cuobjdump is missing."""
  from picograd.runtime.cuda import compile_cuda, disassemble
  try:
    text = disassemble(compile_cuda("k", render_cuda(gpu_program(t)), "sm_90"))
  except DeviceError as e:
    pytest.skip(f"NVRTC not available: {e}")
  if text.startswith("SASS: not available"): pytest.skip(text)
  return parse_sass(text)


def index_dtypes(t: Tensor) -> set:
  return {i.dtype for i in gpu_program(t).insts if i.op.name in ("SPECIAL", "RANGE")}


def matrices(n: int, k: int, m: int):
  rng = np.random.default_rng(0)
  return rng.standard_normal((n, k)).astype(np.float32), rng.standard_normal((k, m)).astype(np.float32)


# ---- 32-bit index math -------------------------------------------------------------------------------------------
def test_index_math_is_32_bit_unsigned_where_it_fits():
  a, b = matrices(16, 32, 16)
  source = render_cuda(gpu_program(Tensor(a) @ Tensor(b)))
  assert "long long" not in source and "unsigned int r" in source


@pytest.mark.parametrize("n, idx", [(INDEX32_MAX - 256, dtypes.uint32), (INDEX32_MAX - 255, dtypes.int64)])
def test_index_width_at_the_boundary(n, idx):
  """The thread grid of n outputs in blocks of 256 reaches n + 256: up to INDEX32_MAX stays 32-bit."""
  assert index_dtypes(Tensor([1.0]).expand(n) + 1) == {idx}


def test_arange_values_keep_their_64_bit_type_on_the_emulator():
  out = (Tensor.arange(12, dtype=dtypes.int64, device="EMU").reshape(3, 4).pad(((1, 0), (0, 1))) * 3 - 7).numpy()
  np.testing.assert_array_equal(out, np.pad(np.arange(12).reshape(3, 4), ((1, 0), (0, 1))) * 3 - 7)


def test_divisions_by_constants_compile_without_64_bit_work():
  """A transposed view read through a reshape divides and takes remainders in the reduce loop: in 32 bits ptxas
  strength-reduces them; the only 64-bit integer ops left are IMAD.WIDE.U32, a pointer from a 32-bit index."""
  insts = sass(Tensor(np.ones((64, 30), np.float32)).T.reshape(120, 16).sum(1))
  wide = [i.op for i in insts if mix([i])["i64"]]
  assert wide and all(op == "IMAD.WIDE.U32" for op in wide), wide


# ---- register tiles ----------------------------------------------------------------------------------------------
def test_large_matmul_gets_an_8x8_register_tile():
  a, b = matrices(1024, 64, 1024)
  k = optimize(build_kernel((Tensor(a) @ Tensor(b)).schedule()[0].ast), gpu=True)
  assert [k.full_shape[x] for x in k.axes(Axis.UPCAST)] == [8, 8] and "GPU register tile 8x8" in k.applied


def test_matmul_main_loop_has_4_ffma_per_load():
  """Each thread's 8x8 tile: per reduction step 8 loads of A and 8 of B feed 64 FFMAs. The loop holds no 64-bit
  multiply or division (no IMAD.WIDE, no CALL); at most the two pointer bumps' carries (IADD3.X)."""
  a, b = matrices(1024, 1024, 1024)
  loop = main_loop(sass(Tensor(a) @ Tensor(b)))
  c = mix(loop)
  assert c["FMA"] / loads(c) >= 4, c
  ops = [i.op for i in loop]
  assert not any(op.startswith(("IMAD.WIDE", "CALL")) for op in ops) and c["i64"] <= 2, c


@pytest.mark.parametrize("side", [2, 8])
def test_register_tiled_matmul_runs_on_the_emulator(side):
  """Small shapes are not tiled by the heuristic; a before_compile hook asks for the tile, so the emulator runs
  (and bounds-checks) the very code a large matmul gets."""
  a, b = matrices(32, 24, 16)

  def tiled(item, device, k):
    if k.reduce_node is None: return None
    rows, cols = k.axes(Axis.LOOP)
    return plan_gpu(upcast(upcast(k, rows, side), cols, side))

  with hooks.add("before_compile", tiled):
    out = (Tensor(a, device="EMU") @ Tensor(b, device="EMU")).numpy()
  np.testing.assert_allclose(out, a @ b, rtol=1e-5, atol=1e-5)


def test_small_launches_use_small_blocks_to_reach_more_sms():
  assert gpu_program(Tensor(np.ones(100_000, np.float32)) + 1).launch.threads == 256
  assert gpu_program(Tensor(np.ones(8_000, np.float32)) + 1).launch.threads == 64
