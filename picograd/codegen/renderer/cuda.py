"""The CUDA C dialect of the C-style renderer: a 1-d grid of 1-d blocks, as the optimizer plans them."""
from __future__ import annotations
from picograd.codegen.ir import IROps, Program
from picograd.codegen.renderer.cstyle import CStyleLanguage
from picograd.dtype import DType

CUDA_PRELUDE = """\
__device__ inline float pg_h2f(unsigned short h) { float f; asm("cvt.f32.f16 %0, %1;" : "=f"(f) : "h"(h)); return f; }
__device__ inline unsigned short pg_f2h(float f) {
  unsigned short h; asm("cvt.rn.f16.f32 %0, %1;" : "=h"(h) : "f"(f)); return h;
}
template<class T> __device__ inline T pg_fmax(T a, T b) {   // NaN wins; max(+0, -0) is +0
  return (a != a || b != b) ? a + b : (a == b ? (a == T(0) ? a + b : a) : (a > b ? a : b));
}
template<class T, class F> __device__ inline T pg_bitcast(F x) { T o; memcpy(&o, &x, sizeof(T)); return o; }
"""


MMA_PRELUDE = """\
__device__ inline unsigned pg_pack(unsigned short lo, unsigned short hi) { return lo | ((unsigned)hi << 16); }
"""
MMA_FUNCTION = """\
__device__ inline float4 pg_mma_{ptx}(unsigned a0, unsigned a1, unsigned a2, unsigned a3, unsigned b0, unsigned b1,
                                   float c0, float c1, float c2, float c3) {{
  float4 d;
  asm("mma.sync.aligned.m16n8k16.row.col.f32.{ptx}.{ptx}.f32 {{%0, %1, %2, %3}}, {{%4, %5, %6, %7}}, {{%8, %9}}, "
      "{{%10, %11, %12, %13}};" : "=f"(d.x), "=f"(d.y), "=f"(d.z), "=f"(d.w)
      : "r"(a0), "r"(a1), "r"(a2), "r"(a3), "r"(b0), "r"(b1), "f"(c0), "f"(c1), "f"(c2), "f"(c3));
  return d;
}}
"""
_MMA_TYPES = {"float16": "f16", "bfloat16": "bf16"}   # PTX's names of the 16-bit inputs
_VECTOR_BASE = {"float32": "float", "int32": "int", "uint32": "uint"}
_PAIRS = {1: "unsigned", 2: "uint2", 4: "uint4"}   # vectors of 2, 4 and 8 16-bit values, as 32-bit pairs


class CUDALanguage(CStyleLanguage):
  buffer_qualifier = "__restrict__ "
  shared_prefix = "__shared__ __align__(16) "   # 16-byte aligned: shared arrays may be read as float4
  barrier = "__syncthreads();"
  prelude = CUDA_PRELUDE
  specials = {"block": "blockIdx.x", "thread": "threadIdx.x"}

  def vector_type(self, dt: DType, lanes: int) -> str:
    if dt.itemsize == 2: return _PAIRS[lanes // 2]   # 16-bit lanes travel in pairs, packed in 32 bits
    return f"{_VECTOR_BASE[dt.name]}{lanes}"   # CUDA's built-in float4, int4, uint4

  def vector_value(self, dt: DType, args: list[str]) -> str:
    if dt.itemsize == 2: args = [f"pg_pack({lo}, {hi})" for lo, hi in zip(args[::2], args[1::2])]
    if len(args) == 1: return args[0]
    return f"make_{self.vector_type(dt, len(args) * (1 + (dt.itemsize == 2)))}({', '.join(args)})"

  def vector_lane(self, dt: DType, lanes: int, expr: str, lane: int) -> str:
    if dt.itemsize != 2: return super().vector_lane(dt, lanes, expr, lane)
    pair = expr if lanes == 2 else f"{expr}.{'xyzw'[lane // 2]}"
    return f"((unsigned short)({pair} >> {16 * (lane % 2)}))"

  def shuffle(self, dt: DType, expr: str, lane_xor: int) -> str:
    """__shfl_xor_sync over the whole warp; types narrower than 32 bits travel as an int."""
    if dt.itemsize >= 4: return f"__shfl_xor_sync(0xffffffffu, {expr}, {lane_xor})"
    return f"(({self.ctype(dt)})__shfl_xor_sync(0xffffffffu, (int){expr}, {lane_xor}))"

  def mma(self, dt: DType, args: list[str]) -> str: return f"pg_mma_{_MMA_TYPES[dt.name]}({', '.join(args)})"

  def prelude_for(self, prog: Program) -> str:
    """The prelude, with the tensor-core helpers of the 16-bit types a kernel's MMAs use, and pg_pack where MMAs or
    vectors of 16-bit values pair them."""
    types = sorted({_MMA_TYPES[prog.insts[i.srcs[0]].dtype.name] for i in prog.insts if i.op is IROps.MMA})
    pairs = types or any(i.op is IROps.LOAD and i.arg and i.dtype.itemsize == 2 for i in prog.insts)
    return self.prelude + (MMA_PRELUDE if pairs else "") + "".join(MMA_FUNCTION.format(ptx=t) for t in types)

  def kernel_prefix(self, prog: Program) -> str:
    threads = prog.launch.threads if prog.launch is not None else 1
    return f'extern "C" __global__ __launch_bounds__({threads}) '


def render_cuda(prog: Program) -> str:
  return CUDALanguage().render(prog)
