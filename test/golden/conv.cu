__device__ inline float pg_h2f(unsigned short h) { float f; asm("cvt.f32.f16 %0, %1;" : "=f"(f) : "h"(h)); return f; }
__device__ inline unsigned short pg_f2h(float f) {
  unsigned short h; asm("cvt.rn.f16.f32 %0, %1;" : "=h"(h) : "f"(f)); return h;
}
template<class T> __device__ inline T pg_fmax(T a, T b) {   // NaN wins; max(+0, -0) is +0
  return (a != a || b != b) ? a + b : (a == b ? (a == T(0) ? a + b : a) : (a > b ? a : b));
}
template<class T, class F> __device__ inline T pg_bitcast(F x) { T o; memcpy(&o, &x, sizeof(T)); return o; }
extern "C" __global__ __launch_bounds__(128) void kernel0(float* __restrict__ data0, const float* __restrict__ data1, const float* __restrict__ data2) {
  const long long block3 = (long long)blockIdx.x;
  const long long v5 = (block3 * 128ll);
  const long long thread6 = (long long)threadIdx.x;
  const long long v7 = (v5 + thread6);
  const bool v9 = (v7 < 108ll);
  if (v9) {
    const long long v12 = (v7 / 36ll);
    const long long v14 = (v7 / 6ll);
    const long long v15 = (v14 % 6ll);
    const long long v16 = (v7 % 6ll);
    float acc18 = 0x0.0p+0f;
    for (long long r20 = 0ll; r20 < 2ll; r20++) {
      const long long v22 = (v15 * 6ll);
      const long long v23 = (-7ll + v22);
      const long long v24 = (v23 + v16);
      const long long v25 = (r20 * 36ll);
      const long long v26 = (v24 + v25);
      const bool v27 = (0ll < v15);
      const bool v28 = (0ll < v16);
      const bool v29 = (v27 & v28);
      const float v30 = (v29 ? data1[v26] : 0x0.0p+0f);
      const long long v32 = (v12 * 18ll);
      const long long v34 = (r20 * 9ll);
      const long long v35 = (v32 + v34);
      const float v36 = data2[v35];
      const float v37 = (v30 * v36);
      const float v38 = (acc18 + v37);
      acc18 = v38;
    }
    const long long v41 = (v12 * 36ll);
    const long long v42 = (v15 * 6ll);
    const long long v43 = (v41 + v42);
    const long long v44 = (v43 + v16);
    data0[v44] = acc18;
  }
}

__device__ inline float pg_h2f(unsigned short h) { float f; asm("cvt.f32.f16 %0, %1;" : "=f"(f) : "h"(h)); return f; }
__device__ inline unsigned short pg_f2h(float f) {
  unsigned short h; asm("cvt.rn.f16.f32 %0, %1;" : "=h"(h) : "f"(f)); return h;
}
template<class T> __device__ inline T pg_fmax(T a, T b) {   // NaN wins; max(+0, -0) is +0
  return (a != a || b != b) ? a + b : (a == b ? (a == T(0) ? a + b : a) : (a > b ? a : b));
}
template<class T, class F> __device__ inline T pg_bitcast(F x) { T o; memcpy(&o, &x, sizeof(T)); return o; }
extern "C" __global__ __launch_bounds__(128) void kernel1(float* __restrict__ data0, const float* __restrict__ data1, const float* __restrict__ data2) {
  const long long block3 = (long long)blockIdx.x;
  const long long v5 = (block3 * 128ll);
  const long long thread6 = (long long)threadIdx.x;
  const long long v7 = (v5 + thread6);
  const bool v9 = (v7 < 108ll);
  if (v9) {
    const long long v12 = (v7 / 36ll);
    const long long v14 = (v7 / 6ll);
    const long long v15 = (v14 % 6ll);
    const long long v16 = (v7 % 6ll);
    float acc18 = 0x0.0p+0f;
    for (long long r20 = 0ll; r20 < 2ll; r20++) {
      const long long v22 = (v15 * 6ll);
      const long long v23 = (-6ll + v22);
      const long long v24 = (v23 + v16);
      const long long v25 = (r20 * 36ll);
      const long long v26 = (v24 + v25);
      const bool v27 = (0ll < v15);
      const float v28 = (v27 ? data1[v26] : 0x0.0p+0f);
      const long long v31 = (v12 * 18ll);
      const long long v32 = (1ll + v31);
      const long long v34 = (r20 * 9ll);
      const long long v35 = (v32 + v34);
      const float v36 = data2[v35];
      const float v37 = (v28 * v36);
      const float v38 = (acc18 + v37);
      acc18 = v38;
    }
    const long long v41 = (v12 * 36ll);
    const long long v42 = (v15 * 6ll);
    const long long v43 = (v41 + v42);
    const long long v44 = (v43 + v16);
    data0[v44] = acc18;
  }
}

__device__ inline float pg_h2f(unsigned short h) { float f; asm("cvt.f32.f16 %0, %1;" : "=f"(f) : "h"(h)); return f; }
__device__ inline unsigned short pg_f2h(float f) {
  unsigned short h; asm("cvt.rn.f16.f32 %0, %1;" : "=h"(h) : "f"(f)); return h;
}
template<class T> __device__ inline T pg_fmax(T a, T b) {   // NaN wins; max(+0, -0) is +0
  return (a != a || b != b) ? a + b : (a == b ? (a == T(0) ? a + b : a) : (a > b ? a : b));
}
template<class T, class F> __device__ inline T pg_bitcast(F x) { T o; memcpy(&o, &x, sizeof(T)); return o; }
extern "C" __global__ __launch_bounds__(128) void kernel2(float* __restrict__ data0, const float* __restrict__ data1, const float* __restrict__ data2) {
  const long long block3 = (long long)blockIdx.x;
  const long long v5 = (block3 * 128ll);
  const long long thread6 = (long long)threadIdx.x;
  const long long v7 = (v5 + thread6);
  const bool v9 = (v7 < 108ll);
  if (v9) {
    const long long v12 = (v7 / 36ll);
    const long long v14 = (v7 / 6ll);
    const long long v15 = (v14 % 6ll);
    const long long v16 = (v7 % 6ll);
    float acc18 = 0x0.0p+0f;
    for (long long r20 = 0ll; r20 < 2ll; r20++) {
      const long long v22 = (v15 * 6ll);
      const long long v23 = (-5ll + v22);
      const long long v24 = (v23 + v16);
      const long long v25 = (r20 * 36ll);
      const long long v26 = (v24 + v25);
      const bool v27 = (0ll < v15);
      const bool v29 = (v16 < 5ll);
      const bool v30 = (v27 & v29);
      const float v31 = (v30 ? data1[v26] : 0x0.0p+0f);
      const long long v33 = (v12 * 18ll);
      const long long v34 = (2ll + v33);
      const long long v36 = (r20 * 9ll);
      const long long v37 = (v34 + v36);
      const float v38 = data2[v37];
      const float v39 = (v31 * v38);
      const float v40 = (acc18 + v39);
      acc18 = v40;
    }
    const long long v43 = (v12 * 36ll);
    const long long v44 = (v15 * 6ll);
    const long long v45 = (v43 + v44);
    const long long v46 = (v45 + v16);
    data0[v46] = acc18;
  }
}

__device__ inline float pg_h2f(unsigned short h) { float f; asm("cvt.f32.f16 %0, %1;" : "=f"(f) : "h"(h)); return f; }
__device__ inline unsigned short pg_f2h(float f) {
  unsigned short h; asm("cvt.rn.f16.f32 %0, %1;" : "=h"(h) : "f"(f)); return h;
}
template<class T> __device__ inline T pg_fmax(T a, T b) {   // NaN wins; max(+0, -0) is +0
  return (a != a || b != b) ? a + b : (a == b ? (a == T(0) ? a + b : a) : (a > b ? a : b));
}
template<class T, class F> __device__ inline T pg_bitcast(F x) { T o; memcpy(&o, &x, sizeof(T)); return o; }
extern "C" __global__ __launch_bounds__(128) void kernel3(float* __restrict__ data0, const float* __restrict__ data1, const float* __restrict__ data2) {
  const long long block3 = (long long)blockIdx.x;
  const long long v5 = (block3 * 128ll);
  const long long thread6 = (long long)threadIdx.x;
  const long long v7 = (v5 + thread6);
  const bool v9 = (v7 < 108ll);
  if (v9) {
    const long long v12 = (v7 / 36ll);
    const long long v14 = (v7 / 6ll);
    const long long v15 = (v14 % 6ll);
    const long long v16 = (v7 % 6ll);
    float acc18 = 0x0.0p+0f;
    for (long long r20 = 0ll; r20 < 2ll; r20++) {
      const long long v22 = (v15 * 6ll);
      const long long v23 = (-1ll + v22);
      const long long v24 = (v23 + v16);
      const long long v25 = (r20 * 36ll);
      const long long v26 = (v24 + v25);
      const bool v27 = (0ll < v16);
      const float v28 = (v27 ? data1[v26] : 0x0.0p+0f);
      const long long v31 = (v12 * 18ll);
      const long long v32 = (3ll + v31);
      const long long v34 = (r20 * 9ll);
      const long long v35 = (v32 + v34);
      const float v36 = data2[v35];
      const float v37 = (v28 * v36);
      const float v38 = (acc18 + v37);
      acc18 = v38;
    }
    const long long v41 = (v12 * 36ll);
    const long long v42 = (v15 * 6ll);
    const long long v43 = (v41 + v42);
    const long long v44 = (v43 + v16);
    data0[v44] = acc18;
  }
}

__device__ inline float pg_h2f(unsigned short h) { float f; asm("cvt.f32.f16 %0, %1;" : "=f"(f) : "h"(h)); return f; }
__device__ inline unsigned short pg_f2h(float f) {
  unsigned short h; asm("cvt.rn.f16.f32 %0, %1;" : "=h"(h) : "f"(f)); return h;
}
template<class T> __device__ inline T pg_fmax(T a, T b) {   // NaN wins; max(+0, -0) is +0
  return (a != a || b != b) ? a + b : (a == b ? (a == T(0) ? a + b : a) : (a > b ? a : b));
}
template<class T, class F> __device__ inline T pg_bitcast(F x) { T o; memcpy(&o, &x, sizeof(T)); return o; }
extern "C" __global__ __launch_bounds__(128) void kernel4(float* __restrict__ data0, const float* __restrict__ data1, const float* __restrict__ data2) {
  const long long block3 = (long long)blockIdx.x;
  const long long v5 = (block3 * 128ll);
  const long long thread6 = (long long)threadIdx.x;
  const long long v7 = (v5 + thread6);
  const bool v9 = (v7 < 108ll);
  if (v9) {
    const long long v12 = (v7 / 36ll);
    const long long v13 = (v7 % 36ll);
    float acc15 = 0x0.0p+0f;
    for (long long r17 = 0ll; r17 < 2ll; r17++) {
      const long long v18 = (r17 * 36ll);
      const long long v19 = (v13 + v18);
      const float v20 = data1[v19];
      const long long v23 = (v12 * 18ll);
      const long long v24 = (4ll + v23);
      const long long v26 = (r17 * 9ll);
      const long long v27 = (v24 + v26);
      const float v28 = data2[v27];
      const float v29 = (v20 * v28);
      const float v30 = (acc15 + v29);
      acc15 = v30;
    }
    const long long v33 = (v12 * 36ll);
    const long long v34 = (v33 + v13);
    data0[v34] = acc15;
  }
}

__device__ inline float pg_h2f(unsigned short h) { float f; asm("cvt.f32.f16 %0, %1;" : "=f"(f) : "h"(h)); return f; }
__device__ inline unsigned short pg_f2h(float f) {
  unsigned short h; asm("cvt.rn.f16.f32 %0, %1;" : "=h"(h) : "f"(f)); return h;
}
template<class T> __device__ inline T pg_fmax(T a, T b) {   // NaN wins; max(+0, -0) is +0
  return (a != a || b != b) ? a + b : (a == b ? (a == T(0) ? a + b : a) : (a > b ? a : b));
}
template<class T, class F> __device__ inline T pg_bitcast(F x) { T o; memcpy(&o, &x, sizeof(T)); return o; }
extern "C" __global__ __launch_bounds__(128) void kernel5(float* __restrict__ data0, const float* __restrict__ data1, const float* __restrict__ data2) {
  const long long block3 = (long long)blockIdx.x;
  const long long v5 = (block3 * 128ll);
  const long long thread6 = (long long)threadIdx.x;
  const long long v7 = (v5 + thread6);
  const bool v9 = (v7 < 108ll);
  if (v9) {
    const long long v12 = (v7 / 36ll);
    const long long v14 = (v7 / 6ll);
    const long long v15 = (v14 % 6ll);
    const long long v16 = (v7 % 6ll);
    float acc18 = 0x0.0p+0f;
    for (long long r20 = 0ll; r20 < 2ll; r20++) {
      const long long v22 = (v15 * 6ll);
      const long long v23 = (1ll + v22);
      const long long v24 = (v23 + v16);
      const long long v25 = (r20 * 36ll);
      const long long v26 = (v24 + v25);
      const bool v28 = (v16 < 5ll);
      const float v29 = (v28 ? data1[v26] : 0x0.0p+0f);
      const long long v31 = (v12 * 18ll);
      const long long v32 = (5ll + v31);
      const long long v34 = (r20 * 9ll);
      const long long v35 = (v32 + v34);
      const float v36 = data2[v35];
      const float v37 = (v29 * v36);
      const float v38 = (acc18 + v37);
      acc18 = v38;
    }
    const long long v41 = (v12 * 36ll);
    const long long v42 = (v15 * 6ll);
    const long long v43 = (v41 + v42);
    const long long v44 = (v43 + v16);
    data0[v44] = acc18;
  }
}

__device__ inline float pg_h2f(unsigned short h) { float f; asm("cvt.f32.f16 %0, %1;" : "=f"(f) : "h"(h)); return f; }
__device__ inline unsigned short pg_f2h(float f) {
  unsigned short h; asm("cvt.rn.f16.f32 %0, %1;" : "=h"(h) : "f"(f)); return h;
}
template<class T> __device__ inline T pg_fmax(T a, T b) {   // NaN wins; max(+0, -0) is +0
  return (a != a || b != b) ? a + b : (a == b ? (a == T(0) ? a + b : a) : (a > b ? a : b));
}
template<class T, class F> __device__ inline T pg_bitcast(F x) { T o; memcpy(&o, &x, sizeof(T)); return o; }
extern "C" __global__ __launch_bounds__(128) void kernel6(float* __restrict__ data0, const float* __restrict__ data1, const float* __restrict__ data2) {
  const long long block3 = (long long)blockIdx.x;
  const long long v5 = (block3 * 128ll);
  const long long thread6 = (long long)threadIdx.x;
  const long long v7 = (v5 + thread6);
  const bool v9 = (v7 < 108ll);
  if (v9) {
    const long long v12 = (v7 / 36ll);
    const long long v14 = (v7 / 6ll);
    const long long v15 = (v14 % 6ll);
    const long long v16 = (v7 % 6ll);
    float acc18 = 0x0.0p+0f;
    for (long long r20 = 0ll; r20 < 2ll; r20++) {
      const long long v22 = (v15 * 6ll);
      const long long v23 = (5ll + v22);
      const long long v24 = (v23 + v16);
      const long long v25 = (r20 * 36ll);
      const long long v26 = (v24 + v25);
      const bool v27 = (v15 < 5ll);
      const bool v28 = (0ll < v16);
      const bool v29 = (v27 & v28);
      const float v30 = (v29 ? data1[v26] : 0x0.0p+0f);
      const long long v32 = (v12 * 18ll);
      const long long v33 = (6ll + v32);
      const long long v35 = (r20 * 9ll);
      const long long v36 = (v33 + v35);
      const float v37 = data2[v36];
      const float v38 = (v30 * v37);
      const float v39 = (acc18 + v38);
      acc18 = v39;
    }
    const long long v42 = (v12 * 36ll);
    const long long v43 = (v15 * 6ll);
    const long long v44 = (v42 + v43);
    const long long v45 = (v44 + v16);
    data0[v45] = acc18;
  }
}

__device__ inline float pg_h2f(unsigned short h) { float f; asm("cvt.f32.f16 %0, %1;" : "=f"(f) : "h"(h)); return f; }
__device__ inline unsigned short pg_f2h(float f) {
  unsigned short h; asm("cvt.rn.f16.f32 %0, %1;" : "=h"(h) : "f"(f)); return h;
}
template<class T> __device__ inline T pg_fmax(T a, T b) {   // NaN wins; max(+0, -0) is +0
  return (a != a || b != b) ? a + b : (a == b ? (a == T(0) ? a + b : a) : (a > b ? a : b));
}
template<class T, class F> __device__ inline T pg_bitcast(F x) { T o; memcpy(&o, &x, sizeof(T)); return o; }
extern "C" __global__ __launch_bounds__(128) void kernel7(float* __restrict__ data0, const float* __restrict__ data1, const float* __restrict__ data2) {
  const long long block3 = (long long)blockIdx.x;
  const long long v5 = (block3 * 128ll);
  const long long thread6 = (long long)threadIdx.x;
  const long long v7 = (v5 + thread6);
  const bool v9 = (v7 < 108ll);
  if (v9) {
    const long long v12 = (v7 / 36ll);
    const long long v14 = (v7 / 6ll);
    const long long v15 = (v14 % 6ll);
    const long long v16 = (v7 % 6ll);
    float acc18 = 0x0.0p+0f;
    for (long long r20 = 0ll; r20 < 2ll; r20++) {
      const long long v21 = (v15 * 6ll);
      const long long v22 = (6ll + v21);
      const long long v23 = (v22 + v16);
      const long long v24 = (r20 * 36ll);
      const long long v25 = (v23 + v24);
      const bool v27 = (v15 < 5ll);
      const float v28 = (v27 ? data1[v25] : 0x0.0p+0f);
      const long long v31 = (v12 * 18ll);
      const long long v32 = (7ll + v31);
      const long long v34 = (r20 * 9ll);
      const long long v35 = (v32 + v34);
      const float v36 = data2[v35];
      const float v37 = (v28 * v36);
      const float v38 = (acc18 + v37);
      acc18 = v38;
    }
    const long long v41 = (v12 * 36ll);
    const long long v42 = (v15 * 6ll);
    const long long v43 = (v41 + v42);
    const long long v44 = (v43 + v16);
    data0[v44] = acc18;
  }
}

__device__ inline float pg_h2f(unsigned short h) { float f; asm("cvt.f32.f16 %0, %1;" : "=f"(f) : "h"(h)); return f; }
__device__ inline unsigned short pg_f2h(float f) {
  unsigned short h; asm("cvt.rn.f16.f32 %0, %1;" : "=h"(h) : "f"(f)); return h;
}
template<class T> __device__ inline T pg_fmax(T a, T b) {   // NaN wins; max(+0, -0) is +0
  return (a != a || b != b) ? a + b : (a == b ? (a == T(0) ? a + b : a) : (a > b ? a : b));
}
template<class T, class F> __device__ inline T pg_bitcast(F x) { T o; memcpy(&o, &x, sizeof(T)); return o; }
extern "C" __global__ __launch_bounds__(128) void kernel8(float* __restrict__ data0, const float* __restrict__ data1, const float* __restrict__ data2, const float* __restrict__ data3, const float* __restrict__ data4, const float* __restrict__ data5, const float* __restrict__ data6, const float* __restrict__ data7, const float* __restrict__ data8, const float* __restrict__ data9, const float* __restrict__ data10) {
  const long long block11 = (long long)blockIdx.x;
  const long long v13 = (block11 * 128ll);
  const long long thread14 = (long long)threadIdx.x;
  const long long v15 = (v13 + thread14);
  const bool v17 = (v15 < 108ll);
  if (v17) {
    const long long v20 = (v15 / 36ll);
    const long long v22 = (v15 / 6ll);
    const long long v23 = (v22 % 6ll);
    const long long v24 = (v15 % 6ll);
    float acc26 = 0x0.0p+0f;
    for (long long r28 = 0ll; r28 < 2ll; r28++) {
      const long long v30 = (v23 * 6ll);
      const long long v31 = (7ll + v30);
      const long long v32 = (v31 + v24);
      const long long v33 = (r28 * 36ll);
      const long long v34 = (v32 + v33);
      const bool v36 = (v23 < 5ll);
      const bool v37 = (v24 < 5ll);
      const bool v38 = (v36 & v37);
      const float v39 = (v38 ? data1[v34] : 0x0.0p+0f);
      const long long v42 = (v20 * 18ll);
      const long long v43 = (8ll + v42);
      const long long v45 = (r28 * 9ll);
      const long long v46 = (v43 + v45);
      const float v47 = data2[v46];
      const float v48 = (v39 * v47);
      const float v49 = (acc26 + v48);
      acc26 = v49;
    }
    const long long v52 = (v20 * 36ll);
    const long long v53 = (v23 * 6ll);
    const long long v54 = (v52 + v53);
    const long long v55 = (v54 + v24);
    const float v56 = data9[v55];
    const float v57 = data10[v55];
    const float v58 = (v56 + v57);
    const float v59 = data8[v55];
    const float v60 = (v58 + v59);
    const float v61 = data7[v55];
    const float v62 = (v60 + v61);
    const float v63 = data6[v55];
    const float v64 = (v62 + v63);
    const float v65 = data5[v55];
    const float v66 = (v64 + v65);
    const float v67 = data4[v55];
    const float v68 = (v66 + v67);
    const float v69 = data3[v55];
    const float v70 = (v68 + v69);
    const float v71 = (v70 + acc26);
    data0[v55] = v71;
  }
}
