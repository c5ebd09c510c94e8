"""What BEAM=N buys: per workload, the heuristic's kernels against the ones a beam search picks, and the search's cost.

    python tools/beam_report.py                  # every workload, BEAM=2, 60 s budget per kernel
    python tools/beam_report.py --width 1 --budget 20 matmul_1024

Each kernel of a workload's schedule is searched afresh (a temporary winners' cache, so nothing is replayed), then
the heuristic's and the chosen kernel are each compiled and timed on the same scratch buffers: process CPU time,
median of warm runs, one thread. A script, not a test: timings are noisy and must never fail CI.
"""
import os
os.environ.setdefault("THREADS", "1")   # before picograd reads it: process time of one thread is the kernel's work
import argparse
import statistics
import sys
import tempfile
import time
import numpy as np
from picograd import Tensor
from picograd.codegen.kernel import build_kernel
from picograd.codegen.optimize import optimize
from picograd.engine import beam, devices

WARM_RUNS = 7   # timed runs per kernel, after one to warm caches


def _rand(rng, *shape): return Tensor(rng.standard_normal(shape).astype(np.float32)).realize()


def matmul_1024(rng): return _rand(rng, 1024, 1024) @ _rand(rng, 1024, 1024)
def matmul_2048(rng): return _rand(rng, 2048, 2048) @ _rand(rng, 2048, 2048)
def weight_grad(rng): return _rand(rng, 4096, 784).T @ _rand(rng, 4096, 200)   # an MLP first layer's dL/dW
def row_sum(rng): return _rand(rng, 4096, 4096).sum(axis=1)
def conv2d(rng): return _rand(rng, 64, 32, 28, 28).conv2d(_rand(rng, 64, 32, 3, 3))


WORKLOADS = {"matmul_1024": "matmul 1024x1024x1024", "matmul_2048": "matmul 2048x2048x2048",
             "weight_grad": "A.T@B 4096x784 . 4096x200", "row_sum": "x.sum(axis=1) 4096x4096",
             "conv2d": "conv2d 64x32x28x28 -> 64, 3x3"}


def process_time(runner, buffers) -> float:
  """Median process CPU time of warm runs."""
  runner(*buffers)
  times = []
  for _ in range(WARM_RUNS):
    start = time.process_time()
    runner(*buffers)
    times.append(time.process_time() - start)
  return statistics.median(times)


def report_kernel(item, width: int, budget_s: float, cache: str) -> tuple[float, float, float, str]:
  """(heuristic s, BEAM s, search s, what BEAM chose) for one kernel."""
  spec = devices.get("CPU")
  base = build_kernel(item.ast)
  heuristic = optimize(base)
  start = time.perf_counter()
  chosen = beam.tune(item, spec, base, heuristic, width, cache, budget_s=budget_s)
  search_s = time.perf_counter() - start
  dtypes = (item.out.dtype,) + tuple(b.dtype for b in item.inputs)
  bench = beam.Bench(spec, dtypes, (item.out.size,) + tuple(b.size for b in item.inputs))
  times = [process_time(bench.compile(k), bench.buffers) for k in (heuristic, chosen)]
  return times[0], times[1], search_s, chosen.applied[-1]


def main():
  parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
  parser.add_argument("only", nargs="*", help="workloads whose name contains one of these")
  parser.add_argument("--width", type=int, default=2)
  parser.add_argument("--budget", type=float, default=60.0, help="seconds of search per kernel")
  args = parser.parse_args()
  print(f"BEAM={args.width}, budget {args.budget:.0f} s per kernel, THREADS={os.environ['THREADS']}")
  print("| workload | heuristic ms | BEAM ms | speedup | search s | chosen |\n|---|---|---|---|---|---|")
  for name, title in WORKLOADS.items():
    if args.only and not any(o in name for o in args.only): continue
    items = [it for it in globals()[name](np.random.default_rng(0)).schedule() if it.is_kernel]
    with tempfile.TemporaryDirectory() as cache:
      rows = [report_kernel(it, args.width, args.budget, cache) for it in items]
    h, b, s = (sum(r[i] for r in rows) for i in range(3))
    chosen = "; ".join(r[3].split(" chose ")[1] for r in rows)
    print(f"| {title} | {h * 1e3:.1f} | {b * 1e3:.1f} | {h / b:.2f}x | {s:.1f} | {chosen} |")
    sys.stdout.flush()


if __name__ == "__main__":
  main()
