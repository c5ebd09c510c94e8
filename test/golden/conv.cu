__device__ inline float pg_h2f(unsigned short h) { float f; asm("cvt.f32.f16 %0, %1;" : "=f"(f) : "h"(h)); return f; }
__device__ inline unsigned short pg_f2h(float f) {
  unsigned short h; asm("cvt.rn.f16.f32 %0, %1;" : "=h"(h) : "f"(f)); return h;
}
template<class T> __device__ inline T pg_fmax(T a, T b) {   // NaN wins; max(+0, -0) is +0
  return (a != a || b != b) ? a + b : (a == b ? (a == T(0) ? a + b : a) : (a > b ? a : b));
}
template<class T, class F> __device__ inline T pg_bitcast(F x) { T o; memcpy(&o, &x, sizeof(T)); return o; }
extern "C" __global__ __launch_bounds__(64) void kernel0(float* __restrict__ data0, const float* __restrict__ data1, const float* __restrict__ data2) {
  const unsigned int block3 = (unsigned int)blockIdx.x;
  const unsigned int v6 = (block3 * 64u);
  const unsigned int thread7 = (unsigned int)threadIdx.x;
  const unsigned int v8 = (v6 + thread7);
  const bool v11 = (v8 < 108u);
  if (v11) {
    const unsigned int v15 = (v8 / 36u);
    const unsigned int v18 = (v8 / 6u);
    const unsigned int v20 = (v18 % 6u);
    const unsigned int v22 = (v8 % 6u);
    float acc24 = 0x0.0p+0f;
    for (unsigned int r28 = 0u; r28 < 2u; r28++) {
      const unsigned int v31 = (v20 * 6u);
      const unsigned int v33 = (4294967289u + v31);
      const unsigned int v34 = (v33 + v22);
      const unsigned int v36 = (r28 * 36u);
      const unsigned int v37 = (v34 + v36);
      const bool v39 = (0u < v20);
      const bool v41 = (0u < v22);
      const bool v42 = (v39 & v41);
      const float v43 = (v42 ? data1[v37] : 0x0.0p+0f);
      const unsigned int v46 = (v15 * 18u);
      const unsigned int v49 = (r28 * 9u);
      const unsigned int v50 = (v46 + v49);
      const float v51 = data2[v50];
      const float v52 = (v43 * v51);
      const float v53 = (acc24 + v52);
      acc24 = v53;
    }
    const unsigned int v57 = (v15 * 36u);
    const unsigned int v59 = (v20 * 6u);
    const unsigned int v60 = (v57 + v59);
    const unsigned int v61 = (v60 + v22);
    data0[v61] = acc24;
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
extern "C" __global__ __launch_bounds__(64) void kernel1(float* __restrict__ data0, const float* __restrict__ data1, const float* __restrict__ data2) {
  const unsigned int block3 = (unsigned int)blockIdx.x;
  const unsigned int v6 = (block3 * 64u);
  const unsigned int thread7 = (unsigned int)threadIdx.x;
  const unsigned int v8 = (v6 + thread7);
  const bool v11 = (v8 < 108u);
  if (v11) {
    const unsigned int v15 = (v8 / 36u);
    const unsigned int v18 = (v8 / 6u);
    const unsigned int v20 = (v18 % 6u);
    const unsigned int v22 = (v8 % 6u);
    float acc24 = 0x0.0p+0f;
    for (unsigned int r28 = 0u; r28 < 2u; r28++) {
      const unsigned int v31 = (v20 * 6u);
      const unsigned int v33 = (4294967290u + v31);
      const unsigned int v34 = (v33 + v22);
      const unsigned int v36 = (r28 * 36u);
      const unsigned int v37 = (v34 + v36);
      const bool v39 = (0u < v20);
      const float v40 = (v39 ? data1[v37] : 0x0.0p+0f);
      const unsigned int v44 = (v15 * 18u);
      const unsigned int v46 = (1u + v44);
      const unsigned int v49 = (r28 * 9u);
      const unsigned int v50 = (v46 + v49);
      const float v51 = data2[v50];
      const float v52 = (v40 * v51);
      const float v53 = (acc24 + v52);
      acc24 = v53;
    }
    const unsigned int v57 = (v15 * 36u);
    const unsigned int v59 = (v20 * 6u);
    const unsigned int v60 = (v57 + v59);
    const unsigned int v61 = (v60 + v22);
    data0[v61] = acc24;
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
extern "C" __global__ __launch_bounds__(64) void kernel2(float* __restrict__ data0, const float* __restrict__ data1, const float* __restrict__ data2) {
  const unsigned int block3 = (unsigned int)blockIdx.x;
  const unsigned int v6 = (block3 * 64u);
  const unsigned int thread7 = (unsigned int)threadIdx.x;
  const unsigned int v8 = (v6 + thread7);
  const bool v11 = (v8 < 108u);
  if (v11) {
    const unsigned int v15 = (v8 / 36u);
    const unsigned int v18 = (v8 / 6u);
    const unsigned int v20 = (v18 % 6u);
    const unsigned int v22 = (v8 % 6u);
    float acc24 = 0x0.0p+0f;
    for (unsigned int r28 = 0u; r28 < 2u; r28++) {
      const unsigned int v31 = (v20 * 6u);
      const unsigned int v33 = (4294967291u + v31);
      const unsigned int v34 = (v33 + v22);
      const unsigned int v36 = (r28 * 36u);
      const unsigned int v37 = (v34 + v36);
      const bool v39 = (0u < v20);
      const bool v42 = (v22 < 5u);
      const bool v43 = (v39 & v42);
      const float v44 = (v43 ? data1[v37] : 0x0.0p+0f);
      const unsigned int v47 = (v15 * 18u);
      const unsigned int v49 = (2u + v47);
      const unsigned int v52 = (r28 * 9u);
      const unsigned int v53 = (v49 + v52);
      const float v54 = data2[v53];
      const float v55 = (v44 * v54);
      const float v56 = (acc24 + v55);
      acc24 = v56;
    }
    const unsigned int v60 = (v15 * 36u);
    const unsigned int v62 = (v20 * 6u);
    const unsigned int v63 = (v60 + v62);
    const unsigned int v64 = (v63 + v22);
    data0[v64] = acc24;
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
extern "C" __global__ __launch_bounds__(64) void kernel3(float* __restrict__ data0, const float* __restrict__ data1, const float* __restrict__ data2) {
  const unsigned int block3 = (unsigned int)blockIdx.x;
  const unsigned int v6 = (block3 * 64u);
  const unsigned int thread7 = (unsigned int)threadIdx.x;
  const unsigned int v8 = (v6 + thread7);
  const bool v11 = (v8 < 108u);
  if (v11) {
    const unsigned int v15 = (v8 / 36u);
    const unsigned int v18 = (v8 / 6u);
    const unsigned int v20 = (v18 % 6u);
    const unsigned int v22 = (v8 % 6u);
    float acc24 = 0x0.0p+0f;
    for (unsigned int r28 = 0u; r28 < 2u; r28++) {
      const unsigned int v31 = (v20 * 6u);
      const unsigned int v33 = (4294967295u + v31);
      const unsigned int v34 = (v33 + v22);
      const unsigned int v36 = (r28 * 36u);
      const unsigned int v37 = (v34 + v36);
      const bool v39 = (0u < v22);
      const float v40 = (v39 ? data1[v37] : 0x0.0p+0f);
      const unsigned int v44 = (v15 * 18u);
      const unsigned int v46 = (3u + v44);
      const unsigned int v49 = (r28 * 9u);
      const unsigned int v50 = (v46 + v49);
      const float v51 = data2[v50];
      const float v52 = (v40 * v51);
      const float v53 = (acc24 + v52);
      acc24 = v53;
    }
    const unsigned int v57 = (v15 * 36u);
    const unsigned int v59 = (v20 * 6u);
    const unsigned int v60 = (v57 + v59);
    const unsigned int v61 = (v60 + v22);
    data0[v61] = acc24;
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
extern "C" __global__ __launch_bounds__(64) void kernel4(float* __restrict__ data0, const float* __restrict__ data1, const float* __restrict__ data2) {
  const unsigned int block3 = (unsigned int)blockIdx.x;
  const unsigned int v6 = (block3 * 64u);
  const unsigned int thread7 = (unsigned int)threadIdx.x;
  const unsigned int v8 = (v6 + thread7);
  const bool v11 = (v8 < 108u);
  if (v11) {
    const unsigned int v15 = (v8 / 36u);
    const unsigned int v17 = (v8 % 36u);
    float acc19 = 0x0.0p+0f;
    for (unsigned int r23 = 0u; r23 < 2u; r23++) {
      const unsigned int v25 = (r23 * 36u);
      const unsigned int v26 = (v17 + v25);
      const float v27 = data1[v26];
      const unsigned int v31 = (v15 * 18u);
      const unsigned int v33 = (4u + v31);
      const unsigned int v36 = (r23 * 9u);
      const unsigned int v37 = (v33 + v36);
      const float v38 = data2[v37];
      const float v39 = (v27 * v38);
      const float v40 = (acc19 + v39);
      acc19 = v40;
    }
    const unsigned int v44 = (v15 * 36u);
    const unsigned int v45 = (v44 + v17);
    data0[v45] = acc19;
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
extern "C" __global__ __launch_bounds__(64) void kernel5(float* __restrict__ data0, const float* __restrict__ data1, const float* __restrict__ data2) {
  const unsigned int block3 = (unsigned int)blockIdx.x;
  const unsigned int v6 = (block3 * 64u);
  const unsigned int thread7 = (unsigned int)threadIdx.x;
  const unsigned int v8 = (v6 + thread7);
  const bool v11 = (v8 < 108u);
  if (v11) {
    const unsigned int v15 = (v8 / 36u);
    const unsigned int v18 = (v8 / 6u);
    const unsigned int v20 = (v18 % 6u);
    const unsigned int v22 = (v8 % 6u);
    float acc24 = 0x0.0p+0f;
    for (unsigned int r28 = 0u; r28 < 2u; r28++) {
      const unsigned int v31 = (v20 * 6u);
      const unsigned int v33 = (1u + v31);
      const unsigned int v34 = (v33 + v22);
      const unsigned int v36 = (r28 * 36u);
      const unsigned int v37 = (v34 + v36);
      const bool v40 = (v22 < 5u);
      const float v41 = (v40 ? data1[v37] : 0x0.0p+0f);
      const unsigned int v44 = (v15 * 18u);
      const unsigned int v46 = (5u + v44);
      const unsigned int v49 = (r28 * 9u);
      const unsigned int v50 = (v46 + v49);
      const float v51 = data2[v50];
      const float v52 = (v41 * v51);
      const float v53 = (acc24 + v52);
      acc24 = v53;
    }
    const unsigned int v57 = (v15 * 36u);
    const unsigned int v59 = (v20 * 6u);
    const unsigned int v60 = (v57 + v59);
    const unsigned int v61 = (v60 + v22);
    data0[v61] = acc24;
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
extern "C" __global__ __launch_bounds__(64) void kernel6(float* __restrict__ data0, const float* __restrict__ data1, const float* __restrict__ data2) {
  const unsigned int block3 = (unsigned int)blockIdx.x;
  const unsigned int v6 = (block3 * 64u);
  const unsigned int thread7 = (unsigned int)threadIdx.x;
  const unsigned int v8 = (v6 + thread7);
  const bool v11 = (v8 < 108u);
  if (v11) {
    const unsigned int v15 = (v8 / 36u);
    const unsigned int v18 = (v8 / 6u);
    const unsigned int v20 = (v18 % 6u);
    const unsigned int v22 = (v8 % 6u);
    float acc24 = 0x0.0p+0f;
    for (unsigned int r28 = 0u; r28 < 2u; r28++) {
      const unsigned int v31 = (v20 * 6u);
      const unsigned int v33 = (5u + v31);
      const unsigned int v34 = (v33 + v22);
      const unsigned int v36 = (r28 * 36u);
      const unsigned int v37 = (v34 + v36);
      const bool v39 = (v20 < 5u);
      const bool v41 = (0u < v22);
      const bool v42 = (v39 & v41);
      const float v43 = (v42 ? data1[v37] : 0x0.0p+0f);
      const unsigned int v46 = (v15 * 18u);
      const unsigned int v48 = (6u + v46);
      const unsigned int v51 = (r28 * 9u);
      const unsigned int v52 = (v48 + v51);
      const float v53 = data2[v52];
      const float v54 = (v43 * v53);
      const float v55 = (acc24 + v54);
      acc24 = v55;
    }
    const unsigned int v59 = (v15 * 36u);
    const unsigned int v61 = (v20 * 6u);
    const unsigned int v62 = (v59 + v61);
    const unsigned int v63 = (v62 + v22);
    data0[v63] = acc24;
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
extern "C" __global__ __launch_bounds__(64) void kernel7(float* __restrict__ data0, const float* __restrict__ data1, const float* __restrict__ data2) {
  const unsigned int block3 = (unsigned int)blockIdx.x;
  const unsigned int v6 = (block3 * 64u);
  const unsigned int thread7 = (unsigned int)threadIdx.x;
  const unsigned int v8 = (v6 + thread7);
  const bool v11 = (v8 < 108u);
  if (v11) {
    const unsigned int v15 = (v8 / 36u);
    const unsigned int v18 = (v8 / 6u);
    const unsigned int v20 = (v18 % 6u);
    const unsigned int v22 = (v8 % 6u);
    float acc24 = 0x0.0p+0f;
    for (unsigned int r28 = 0u; r28 < 2u; r28++) {
      const unsigned int v30 = (v20 * 6u);
      const unsigned int v32 = (6u + v30);
      const unsigned int v33 = (v32 + v22);
      const unsigned int v35 = (r28 * 36u);
      const unsigned int v36 = (v33 + v35);
      const bool v39 = (v20 < 5u);
      const float v40 = (v39 ? data1[v36] : 0x0.0p+0f);
      const unsigned int v44 = (v15 * 18u);
      const unsigned int v46 = (7u + v44);
      const unsigned int v49 = (r28 * 9u);
      const unsigned int v50 = (v46 + v49);
      const float v51 = data2[v50];
      const float v52 = (v40 * v51);
      const float v53 = (acc24 + v52);
      acc24 = v53;
    }
    const unsigned int v57 = (v15 * 36u);
    const unsigned int v59 = (v20 * 6u);
    const unsigned int v60 = (v57 + v59);
    const unsigned int v61 = (v60 + v22);
    data0[v61] = acc24;
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
extern "C" __global__ __launch_bounds__(64) void kernel8(float* __restrict__ data0, const float* __restrict__ data1, const float* __restrict__ data2, const float* __restrict__ data3, const float* __restrict__ data4, const float* __restrict__ data5, const float* __restrict__ data6, const float* __restrict__ data7, const float* __restrict__ data8, const float* __restrict__ data9, const float* __restrict__ data10) {
  const unsigned int block11 = (unsigned int)blockIdx.x;
  const unsigned int v14 = (block11 * 64u);
  const unsigned int thread15 = (unsigned int)threadIdx.x;
  const unsigned int v16 = (v14 + thread15);
  const bool v19 = (v16 < 108u);
  if (v19) {
    const unsigned int v23 = (v16 / 36u);
    const unsigned int v26 = (v16 / 6u);
    const unsigned int v28 = (v26 % 6u);
    const unsigned int v30 = (v16 % 6u);
    float acc32 = 0x0.0p+0f;
    for (unsigned int r36 = 0u; r36 < 2u; r36++) {
      const unsigned int v39 = (v28 * 6u);
      const unsigned int v41 = (7u + v39);
      const unsigned int v42 = (v41 + v30);
      const unsigned int v44 = (r36 * 36u);
      const unsigned int v45 = (v42 + v44);
      const bool v48 = (v28 < 5u);
      const bool v50 = (v30 < 5u);
      const bool v51 = (v48 & v50);
      const float v52 = (v51 ? data1[v45] : 0x0.0p+0f);
      const unsigned int v56 = (v23 * 18u);
      const unsigned int v58 = (8u + v56);
      const unsigned int v61 = (r36 * 9u);
      const unsigned int v62 = (v58 + v61);
      const float v63 = data2[v62];
      const float v64 = (v52 * v63);
      const float v65 = (acc32 + v64);
      acc32 = v65;
    }
    const unsigned int v69 = (v23 * 36u);
    const unsigned int v71 = (v28 * 6u);
    const unsigned int v72 = (v69 + v71);
    const unsigned int v73 = (v72 + v30);
    const float v74 = data9[v73];
    const float v75 = data10[v73];
    const float v76 = (v74 + v75);
    const float v77 = data8[v73];
    const float v78 = (v76 + v77);
    const float v79 = data7[v73];
    const float v80 = (v78 + v79);
    const float v81 = data6[v73];
    const float v82 = (v80 + v81);
    const float v83 = data5[v73];
    const float v84 = (v82 + v83);
    const float v85 = data4[v73];
    const float v86 = (v84 + v85);
    const float v87 = data3[v73];
    const float v88 = (v86 + v87);
    const float v89 = (v88 + acc32);
    data0[v73] = v89;
  }
}
