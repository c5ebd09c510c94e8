"""GPU code quality: 32-bit index math, register tiles, launch geometry, checked on the IR, in the emulator, and
in the SASS that NVRTC and cuobjdump produce here (no GPU needed; the SASS tests skip, saying why, without them)."""
import numpy as np
import pytest
from picograd import Tensor
from picograd.codegen.index_width import INDEX32_MAX
from picograd.codegen.kernel import Axis, build_kernel, upcast
from picograd.codegen.optimize import optimize
from picograd.codegen.optimize_gpu import plan_gpu, use_shared_tiles, vectorize_gpu
from picograd.codegen.linearize import linearize
from picograd.codegen.renderer.cuda import render_cuda
from picograd.dtype import dtypes
from picograd.engine import hooks
from picograd.errors import DeviceError
from tools.gpu_report import loads, main_loop, mix, parse_sass


def gpu_program(t: Tensor):
  """The GPU program of t's own kernel (on the CPU a matmul's schedule may first copy an operand contiguous)."""
  item = t.schedule()[-1]
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
  k = optimize(build_kernel((Tensor(a) @ Tensor(b)).schedule()[-1].ast), gpu=True)
  assert [k.full_shape[x] for x in k.axes(Axis.UPCAST)] == [8, 8] and "GPU register tile 8x8" in k.applied


def test_matmul_main_loop_has_4_ffma_per_load():
  """Each thread's 8x8 tile: per reduction step 8 values of A and 8 of B feed 64 FFMAs. The loop holds no 64-bit
  multiply or division (no CALL); its only 64-bit work is at most one IMAD.WIDE.U32 (a pointer from a 32-bit
  index) per global load."""
  a, b = matrices(1024, 1024, 1024)
  loop = main_loop(sass(Tensor(a) @ Tensor(b)))
  c = mix(loop)
  assert c["FMA"] / loads(c) >= 4, c
  ops = [i.op for i in loop]
  wide = [op for op in ops if op.startswith(("IMAD.WIDE", "CALL"))]
  assert all(op == "IMAD.WIDE.U32" for op in wide) and c["i64"] <= sum(c[k] for k in c if k.startswith("LDG")), c


def test_fp32_matmul_main_loop_stages_tiles_in_shared_memory():
  """A 1024^3 matmul's blocks of 8x8 threads stage 64x16 tiles of A and 16x64 of B per round: 8 LDG.E.128 and
  20 STS (B's rows as STS.128, A's columns transposed), two barriers, then 16 reduction steps of 4 LDS.128 and
  64 FFMA each: >= 4 FFMA per load, counting shared and global loads alike."""
  a, b = matrices(1024, 1024, 1024)
  insts = sass(Tensor(a) @ Tensor(b))
  c = mix(main_loop(insts))
  assert c["FMA"] / loads(c) >= 4 and c["LDS"] > 0 and c["BAR"] == 2, c
  assert c["LDG.128"] == 8 and c["LDG.32"] == 0 and all(i.op == "LDS.128" for i in main_loop(insts) if "LDS" in i.op)
  assert mix(insts)["STG.128"] == 16, mix(insts)


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


_SMEM_CASES = {"A@B": ((64, 32), (32, 64), lambda x, y: x @ y),
               "batched": ((3, 64, 32), (3, 32, 128), lambda x, y: x @ y),
               "A broadcast over a batch": ((2, 32, 64), (64, 64), lambda x, y: x @ y),
               "A.T@B": ((32, 64), (32, 64), lambda x, y: x.T @ y),
               "A@B.T": ((64, 32), (128, 32), lambda x, y: x @ y.T),
               "unaligned slices": ((64, 36), (33, 64), lambda x, y: x[:, 1:33] @ y[1:]),
               "not whole tiles": ((64, 48), (48, 40), lambda x, y: x @ y)}


@pytest.mark.parametrize("side", [2, 4, 8])
@pytest.mark.parametrize("case", list(_SMEM_CASES))
def test_shared_memory_matmul_on_the_emulator(case, side):
  """Small matmuls planned as a large one is (a before_compile hook asks for the register tile and the shared
  tiles, even with few blocks): the emulator runs and bounds-checks the staging (vector and scalar loads, tiles
  stored transposed or not) against NumPy; shapes that do not divide into tiles keep the plain plan."""
  sa, sb, f = _SMEM_CASES[case]
  rng = np.random.default_rng(5)
  a, b = rng.standard_normal(sa).astype(np.float32), rng.standard_normal(sb).astype(np.float32)
  planned = []

  def tiled(item, device, k):
    rows, cols = k.axes(Axis.LOOP)[-2:]
    if k.reduce_node is None or k.full_shape[rows] % side or k.full_shape[cols] % side: return None
    k = upcast(upcast(k, rows, side), cols, side)
    planned.append(use_shared_tiles(k, min_blocks=1))
    return planned[-1] or plan_gpu(k)

  with hooks.add("before_compile", tiled):
    out = (f(Tensor(a, device="EMU"), Tensor(b, device="EMU")) * side).numpy()   # * side: a kernel per side
  np.testing.assert_allclose(out, f(a, b) * side, rtol=1e-5, atol=1e-3)
  assert [p is not None for p in planned] == [case != "not whole tiles"]


def test_small_launches_use_small_blocks_to_reach_more_sms():
  assert gpu_program(Tensor(np.ones(400_000, np.float32)) + 1).launch.threads == 256   # 4 outputs per thread
  assert gpu_program(Tensor(np.ones(8_000, np.float32)) + 1).launch.threads == 64


# ---- 128-bit vector loads and stores -----------------------------------------------------------------------------
def test_contiguous_elementwise_uses_128_bit_loads_and_stores():
  """x * 2 + 1 on 1M floats: each thread loads one float4 and stores one (LDG.E.128, STG.E.128), no 32-bit access."""
  c = mix(sass(Tensor(np.ones(1 << 20, np.float32)) * 2 + 1))
  assert c["LDG.128"] == 1 and c["STG.128"] == 1 and c["LDG.32"] == c["STG.32"] == 0, c


@pytest.mark.parametrize("shape, pad", [((96, 64), None), ((64, 96), ((0, 0), (4, 0))), ((8, 1024), None)])
def test_vector_accesses_run_on_the_emulator(shape, pad):
  """Elementwise kernels big enough to get vectors, with an input at an offset (aligned and not) and padding."""
  x = np.random.default_rng(3).standard_normal((64, 1028)).astype(np.float32)
  def f(t):
    v = t[:shape[0], 1:shape[1] + 1] if pad is None else t[:shape[0], :shape[1] - 4].pad(pad)
    return (v * 2 + t[:shape[0], 4:shape[1] + 4]).exp2() + 1
  want = f(Tensor(x)).numpy()
  with hooks.add("before_compile", lambda item, device, k: plan_gpu(vectorize_gpu(k, min_threads=1))):
    np.testing.assert_allclose(f(Tensor(x, device="EMU")).numpy(), want, rtol=1e-6)


def test_emulator_rejects_misaligned_vector_access():
  from picograd.codegen.ir import BufferArg, Inst, IROps, Launch, Program
  from picograd.runtime.cpu import CPUBuffer
  from picograd.runtime.emu import EmuError, EmuProgram
  f32, idx = dtypes.float32, dtypes.int64
  insts = (Inst(IROps.BUFFER, f32, (), BufferArg(0, "data0", True)),
           Inst(IROps.BUFFER, f32, (), BufferArg(1, "data1", False)),
           Inst(IROps.SPECIAL, idx, (), "thread"), Inst(IROps.LOAD, f32, (1, 2), 4), Inst(IROps.LANE, f32, (3,), 0),
           Inst(IROps.STORE, None, (0, 2, 4)))
  with pytest.raises(EmuError, match="vector access of 4 elements at misaligned index 1"):
    EmuProgram(Program("odd", insts, (f32, f32), 0, Launch(1, 2)), "")(CPUBuffer(8, f32), CPUBuffer(8, f32))


# ---- tensor cores ------------------------------------------------------------------------------------------------
def fused_16bit_matmul(a: np.ndarray, b: np.ndarray, dt):
  """The kernel of a @ b for 16-bit tensors: the scheduler fuses the casts that widen each buffer's values to
  float32 for the sum, so the kernel loads 16-bit values (what the tensor cores take) and rounds the sum to dt."""
  return gpu_program(Tensor(a).cast(dt).realize() @ Tensor(b).cast(dt).realize())


def _16bit(x: np.ndarray, dt) -> tuple[np.ndarray, np.ndarray]:
  """(the bits of x rounded to dt, their values as float64)."""
  if dt == dtypes.float16: return x.astype(np.float16), x.astype(np.float16).astype(np.float64)
  bits = Tensor(x).cast(dt).bitcast(dtypes.uint16).numpy()
  return bits, (bits.astype(np.uint32) << 16).view(np.float32).astype(np.float64)


@pytest.mark.parametrize("dt", [dtypes.bfloat16, dtypes.float16])
def test_16bit_matmul_runs_on_tensor_cores(dt):
  """A 1024^3 matmul of 16-bit floats: its main loop is HMMA.16816.F32 (float32 sums), 16 per round of 32 reduction
  elements of a warp's 32x32 tile, fed from shared memory: per round 4 LDG.E.128 staging loads, 8 LDS.128
  fragment reads and two barriers; no 16-bit global load, no FFMA."""
  from picograd.runtime.cuda import compile_cuda, disassemble
  a, b = matrices(1024, 1024, 1024)
  prog = fused_16bit_matmul(a, b, dt)
  loop = main_loop(parse_sass(disassemble(compile_cuda("k", render_cuda(prog), "sm_90"))))
  hmma = [i.op for i in loop if i.op.startswith("HMMA")]
  assert len(hmma) % 16 == 0 and all(op == "HMMA.16816.F32" + (".BF16" if dt == dtypes.bfloat16 else "") for op in hmma)
  rounds, c = len(hmma) // 16, mix(loop)
  assert c["FMA"] == 0 and c["LDG.16"] == 0 and c["LDG.128"] == 4 * rounds and c["BAR"] == 2 * rounds, c
  assert [i.op for i in loop if i.op.startswith("LDS")] == ["LDS.128"] * 8 * rounds


_MMA_SMEM_CASES = {"A@B": ((64, 64), (64, 64), lambda x, y: x @ y),
                   "batched": ((2, 64, 32), (2, 32, 64), lambda x, y: x @ y),
                   "A broadcast over a batch": ((2, 32, 64), (64, 64), lambda x, y: x @ y),
                   "A.T@B": ((64, 32), (64, 64), lambda x, y: x.T @ y),
                   "A@B.T": ((32, 64), (64, 64), lambda x, y: x @ y.T),
                   "2x2 warp tiles": ((64, 32), (32, 32), lambda x, y: x @ y)}


@pytest.mark.parametrize("case", list(_MMA_SMEM_CASES))
@pytest.mark.parametrize("dt", [dtypes.bfloat16, dtypes.float16])
def test_tensor_core_matmul_through_shared_memory_on_the_emulator(case, dt):
  """Shapes whose block tiles divide stage A and B in shared memory (a LOCAL per operand), vector copies along
  whichever axis is contiguous, each lane's fragments dealt from 128-bit shared reads in the order the staging
  chose: the emulator's lane-by-lane MMA gives A @ B exactly, rounded once to dt."""
  sa, sb, f = _MMA_SMEM_CASES[case]
  rng = np.random.default_rng(7)
  x, y = (Tensor(rng.standard_normal(s).astype(np.float32), device="EMU").cast(dt).realize() for s in (sa, sb))
  want = f(x.float().numpy().astype(np.float64), y.float().numpy().astype(np.float64))
  staged = []
  with hooks.add("after_compile", lambda item, ck: staged.append({i.op.name for i in ck.program.insts} >= {"MMA",
                                                                                                        "LOCAL"})):
    got = f(x, y).float().numpy().astype(np.float64)
  assert staged == [True]
  np.testing.assert_allclose(got, want, rtol=2 ** -7 if dt == dtypes.bfloat16 else 2 ** -10, atol=1e-5)


@pytest.mark.parametrize("shape", [(64, 48, 32), (16, 32, 8), (32, 16, 24)])
@pytest.mark.parametrize("dt", [dtypes.bfloat16, dtypes.float16])
def test_tensor_core_matmul_on_the_emulator(shape, dt):
  """A Tensor's 16-bit matmul on DEVICE=EMU runs the MMA kernel, whose fragments sit in each lane as PTX places
  them and whose 16-bit products are summed in float32: the result is A @ B computed exactly, rounded once to dt."""
  n, k, m = shape
  a, b = matrices(n, k, m)
  (_, a64), (_, b64) = _16bit(a, dt), _16bit(b, dt)
  x, y = (Tensor(v, device="EMU").cast(dt).realize() for v in (a, b))
  used_mma = []
  with hooks.add("after_compile", lambda item, ck: used_mma.append(any(i.op.name == "MMA" for i in ck.program.insts))):
    got = (x @ y).float().numpy().astype(np.float64)
  assert any(used_mma)
  np.testing.assert_allclose(got, a64 @ b64, rtol=2 ** -7 if dt == dtypes.bfloat16 else 2 ** -10, atol=1e-5)


def test_tensor_cores_only_for_whole_tiles():
  a, b = matrices(16, 24, 8)   # the reduction is not a multiple of 16: the CUDA-core path
  assert not any(i.op.name == "MMA" for i in fused_16bit_matmul(a, b, dtypes.bfloat16).insts)
