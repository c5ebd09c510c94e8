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
extern "C" __global__ __launch_bounds__(16) void kernel0(float* __restrict__ data0, const float* __restrict__ data1) {
  const long long block2 = (long long)blockIdx.x;
  const long long v4 = (block2 * 16ll);
  const long long thread5 = (long long)threadIdx.x;
  const long long v6 = (v4 + thread5);
  float acc8 = __int_as_float(0xff800000);
  for (long long r10 = 0ll; r10 < 32ll; r10++) {
    const long long v11 = (v6 * 32ll);
    const long long v12 = (v11 + r10);
    const float v13 = data1[v12];
    const float v14 = pg_fmax(acc8, v13);
    acc8 = v14;
  }
  data0[v6] = acc8;
}

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
extern "C" __global__ __launch_bounds__(16) void kernel1(float* __restrict__ data0, const float* __restrict__ data1, const float* __restrict__ data2) {
  const long long block3 = (long long)blockIdx.x;
  const long long v5 = (block3 * 16ll);
  const long long thread6 = (long long)threadIdx.x;
  const long long v7 = (v5 + thread6);
  float acc9 = 0x0.0p+0f;
  for (long long r11 = 0ll; r11 < 32ll; r11++) {
    const float v14 = data2[v7];
    const long long v15 = (v7 * 32ll);
    const long long v16 = (v15 + r11);
    const float v17 = data1[v16];
    const float v18 = (v17 - v14);
    const float v19 = (v18 * 0x1.7154760000000p+0f);
    const bool v21 = (v19 < -0x1.2e00000000000p+7f);
    const float v22 = (v21 ? -0x1.2e00000000000p+7f : v19);
    const bool v24 = (0x1.0200000000000p+7f < v22);
    const float v25 = (v24 ? 0x1.0200000000000p+7f : v22);
    const float v27 = (-v25);
    const float v28 = pg_fmax(v25, v27);
    const float v29 = (v28 + 0x1.0000000000000p+23f);
    const float v30 = (v29 - 0x1.0000000000000p+23f);
    const float v31 = (-v30);
    const bool v33 = (v25 < 0x0.0p+0f);
    const float v34 = (v33 ? v31 : v30);
    const bool v35 = (v28 < 0x1.0000000000000p+23f);
    const bool v36 = (0x0.0p+0f < v28);
    const bool v37 = (v36 && v35);
    const float v38 = (v37 ? v34 : v25);
    const float v39 = (v38 - 0x1.0000000000000p+0f);
    const float v40 = exp2f(v39);
    const float v43 = (v38 * 0x1.7f7d1c0000000p-20f);
    const float v45 = (v38 * 0x1.62e4000000000p-1f);
    const float v46 = (v18 - v45);
    const float v47 = (v46 - v43);
    const float v48 = (v47 * 0x1.7154760000000p+0f);
    const float v49 = exp2f(v48);
    const float v50 = (v49 * 0x1.0000000000000p+1f);
    const float v51 = (v50 * v40);
    const float v52 = (acc9 + v51);
    acc9 = v52;
  }
  data0[v7] = acc9;
}

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
extern "C" __global__ __launch_bounds__(256) void kernel2(float* __restrict__ data0, const float* __restrict__ data1, const float* __restrict__ data2, const float* __restrict__ data3) {
  const long long block4 = (long long)blockIdx.x;
  const long long v6 = (block4 * 256ll);
  const long long thread7 = (long long)threadIdx.x;
  const long long v8 = (v6 + thread7);
  const long long v10 = pg_idiv(v8, 32ll);
  const long long v11 = pg_imod(v8, 32ll);
  const float v13 = data1[v10];
  const float v16 = data3[v10];
  const long long v17 = (v10 * 32ll);
  const long long v18 = (v17 + v11);
  const float v19 = data2[v18];
  const float v20 = (v19 - v16);
  const float v21 = (v20 * 0x1.7154760000000p+0f);
  const bool v23 = (v21 < -0x1.2e00000000000p+7f);
  const float v24 = (v23 ? -0x1.2e00000000000p+7f : v21);
  const bool v26 = (0x1.0200000000000p+7f < v24);
  const float v27 = (v26 ? 0x1.0200000000000p+7f : v24);
  const float v29 = (-v27);
  const float v30 = pg_fmax(v27, v29);
  const float v31 = (v30 + 0x1.0000000000000p+23f);
  const float v32 = (v31 - 0x1.0000000000000p+23f);
  const float v33 = (-v32);
  const bool v35 = (v27 < 0x0.0p+0f);
  const float v36 = (v35 ? v33 : v32);
  const bool v37 = (v30 < 0x1.0000000000000p+23f);
  const bool v38 = (0x0.0p+0f < v30);
  const bool v39 = (v38 && v37);
  const float v40 = (v39 ? v36 : v27);
  const float v41 = (v40 - 0x1.0000000000000p+0f);
  const float v42 = exp2f(v41);
  const float v45 = (v40 * 0x1.7f7d1c0000000p-20f);
  const float v47 = (v40 * 0x1.62e4000000000p-1f);
  const float v48 = (v20 - v47);
  const float v49 = (v48 - v45);
  const float v50 = (v49 * 0x1.7154760000000p+0f);
  const float v51 = exp2f(v50);
  const float v52 = (v51 * 0x1.0000000000000p+1f);
  const float v53 = (v52 * v42);
  const float v54 = (v53 / v13);
  data0[v18] = v54;
}
