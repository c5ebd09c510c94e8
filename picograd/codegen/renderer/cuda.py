"""The CUDA C dialect of the C-style renderer: a 1-d grid of 1-d blocks, as the optimizer plans them."""
from __future__ import annotations
from picograd.codegen.ir import Program
from picograd.codegen.renderer.cstyle import CStyleLanguage

CUDA_PRELUDE = """\
__device__ inline float pg_h2f(unsigned short h) { float f; asm("cvt.f32.f16 %0, %1;" : "=f"(f) : "h"(h)); return f; }
__device__ inline unsigned short pg_f2h(float f) { unsigned short h; asm("cvt.rn.f16.f32 %0, %1;" : "=h"(h) : "f"(f)); return h; }
__device__ inline float pg_b2f(unsigned short b) { return __uint_as_float(((unsigned int)b) << 16); }
__device__ inline unsigned short pg_f2b(float f) {
  unsigned int u = __float_as_uint(f);
  if ((u & 0x7fffffffu) > 0x7f800000u) return 0x7fc0;
  return (unsigned short)((u + 0x7fffu + ((u >> 16) & 1u)) >> 16);
}
template<class T> __device__ inline T pg_fmax(T a, T b) {   // NaN wins; max(+0, -0) is +0
  return (a != a || b != b) ? a + b : (a == b ? (a == T(0) ? a + b : a) : (a > b ? a : b));
}
template<class T> __device__ inline T pg_idiv(T a, T b) { return b == 0 ? T(0) : (b == T(-1) ? T(0) - a : a / b); }
template<class T> __device__ inline T pg_imod(T a, T b) { return b == 0 ? a : (b == T(-1) ? T(0) : a % b); }
template<class T> __device__ inline T pg_udiv(T a, T b) { return b == 0 ? T(0) : a / b; }
template<class T> __device__ inline T pg_umod(T a, T b) { return b == 0 ? a : a % b; }
template<class T, class F> __device__ inline T pg_bitcast(F x) { T o; memcpy(&o, &x, sizeof(T)); return o; }
"""


class CUDALanguage(CStyleLanguage):
  buffer_qualifier = "__restrict__ "
  shared_prefix = "__shared__ "
  barrier = "__syncthreads();"
  prelude = CUDA_PRELUDE
  specials = {"block": "blockIdx.x", "thread": "threadIdx.x"}

  def kernel_prefix(self, prog: Program) -> str:
    threads = prog.launch.threads if prog.launch is not None else 1
    return f'extern "C" __global__ __launch_bounds__({threads}) '


def render_cuda(prog: Program) -> str:
  return CUDALanguage().render(prog)
