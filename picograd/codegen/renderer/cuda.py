"""The CUDA C dialect of the C-style renderer: a 1-d grid of 1-d blocks, as the optimizer plans them."""
from __future__ import annotations
from picograd.codegen.ir import Program
from picograd.codegen.renderer.cstyle import CStyleLanguage

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
