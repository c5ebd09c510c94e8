"""Time picograd against NumPy and PyTorch on the same inputs, in one run, one thread each.

    python tools/benchmark.py            # every workload
    python tools/benchmark.py fused      # workloads whose name contains "fused"

Reports the median of several warm runs and, for picograd, the first call (which includes compiling).
A script, not a test: timings are noisy and must never fail CI.
"""
import os
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")   # before NumPy loads its BLAS
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("THREADS", "1")                # picograd too; THREADS=2 python tools/benchmark.py for both cores
import statistics
import sys
import time
import numpy as np
import torch
from picograd import Tensor, GlobalCounters

torch.set_num_threads(int(os.environ["THREADS"]))
WARM_RUNS = 7


def median_time(fn, runs=WARM_RUNS) -> float:
  times = []
  for _ in range(runs):
    start = time.perf_counter()
    fn()
    times.append(time.perf_counter() - start)
  return statistics.median(times)


def first_time(fn) -> float:
  start = time.perf_counter()
  fn()
  return time.perf_counter() - start


def fused_chain():
  rng = np.random.default_rng(0)
  x, y, z = (rng.uniform(0.1, 2.0, (10000, 1000)).astype(np.float32) for _ in range(3))
  px, py, pz = (Tensor(a).realize() for a in (x, y, z))
  tx, ty, tz = (torch.from_numpy(a) for a in (x, y, z))
  floor_bytes = 4 * x.nbytes   # three inputs read once, one output written once
  return {
    "name": "fused x.log()+y+z.exp().log().exp() 10000x1000",
    "picograd": lambda: (px.log() + py + pz.exp().log().exp()).realize(),
    "numpy": lambda: np.log(x) + y + np.exp(np.log(np.exp(z))),
    "torch": lambda: tx.log() + ty + tz.exp().log().exp(),
    "bytes": floor_bytes,
  }


def row_sum():
  x = np.random.default_rng(1).standard_normal((4096, 4096)).astype(np.float32)
  px, tx = Tensor(x).realize(), torch.from_numpy(x)
  return {"name": "x.sum(axis=1) 4096x4096", "picograd": lambda: px.sum(axis=1).realize(),
          "numpy": lambda: x.sum(axis=1), "torch": lambda: tx.sum(dim=1), "bytes": x.nbytes}


def softmax():
  x = np.random.default_rng(2).standard_normal((4096, 4096)).astype(np.float32)
  px, tx = Tensor(x).realize(), torch.from_numpy(x)
  def np_softmax():
    e = np.exp(x - x.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)
  return {"name": "softmax(axis=-1) 4096x4096", "picograd": lambda: px.softmax(-1).realize(),
          "numpy": np_softmax, "torch": lambda: tx.softmax(-1), "bytes": 2 * x.nbytes}


def matmul(n):
  def make():
    rng = np.random.default_rng(3)
    a, b = rng.standard_normal((n, n)).astype(np.float32), rng.standard_normal((n, n)).astype(np.float32)
    pa, pb, ta, tb = Tensor(a).realize(), Tensor(b).realize(), torch.from_numpy(a), torch.from_numpy(b)
    return {"name": f"matmul {n}x{n}x{n}", "picograd": lambda: (pa @ pb).realize(), "numpy": lambda: a @ b,
            "torch": lambda: ta @ tb, "flops": 2 * n ** 3}
  return make


WORKLOADS = [fused_chain, row_sum, softmax, matmul(512), matmul(1024)]


def run(workload) -> dict:
  w = workload()
  before = GlobalCounters.kernel_count
  first = first_time(w["picograd"])
  kernels = GlobalCounters.kernel_count - before
  row = {"name": w["name"], "first": first, "kernels": kernels}
  for lib in ("picograd", "numpy", "torch"): row[lib] = median_time(w[lib])
  if "bytes" in w: row["rate"] = f"{w['bytes'] / row['picograd'] / 1e9:.1f} GB/s"
  if "flops" in w: row["rate"] = f"{w['flops'] / row['picograd'] / 1e9:.1f} GFLOP/s"
  return row


def main(filter_text: str = ""):
  print(f"{'workload':48s} {'picograd':>10s} {'numpy':>10s} {'torch':>10s} {'vs numpy':>9s} {'vs torch':>9s} "
        f"{'first call':>11s} {'kernels':>7s}  rate")
  for workload in WORKLOADS:
    row = run(workload)
    if filter_text not in row["name"]: continue
    ms = lambda s: f"{s * 1e3:8.2f}ms"   # noqa: E731
    print(f"{row['name']:48s} {ms(row['picograd']):>10s} {ms(row['numpy']):>10s} {ms(row['torch']):>10s} "
          f"{row['picograd'] / row['numpy']:8.2f}x {row['picograd'] / row['torch']:8.2f}x {ms(row['first']):>11s} "
          f"{row['kernels']:7d}  {row.get('rate', '')}")
  print(f"(warm medians of {WARM_RUNS} runs; picograd and torch on {os.environ['THREADS']} thread(s), NumPy's BLAS on "
        f"{os.environ['OPENBLAS_NUM_THREADS']}; 'vs' < 1 means picograd is faster)")


if __name__ == "__main__":
  main(sys.argv[1] if len(sys.argv) > 1 else "")
