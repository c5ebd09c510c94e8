"""Run by test_distributed.py under `mpiexec -n 2`: one scenario per run, every check's result written per rank as
JSON (rank<r>.json in the folder given), so one launch of MPI covers many checks.

    mpiexec -n 2 python test/dist_worker.py checks OUT_DIR      # collectives, errors, DDP equivalence, JIT replay
    mpiexec -n 2 python test/dist_worker.py dead OUT_DIR        # rank 1 leaves after joining
    mpiexec -n 2 python test/dist_worker.py late OUT_DIR        # rank 1 joins after the timeout
"""
import json
import os
import sys
import time
import traceback
import numpy as np
import picograd.distributed as dist
from picograd import Tensor, engine, jit, nn, optim
from picograd.nn.parallel import DistributedDataParallel

STEPS, BATCH, FEATURES, HIDDEN, CLASSES = 20, 16, 20, 32, 10


def collectives(r: int, n: int) -> dict:
  """Each collective's values, as the NumPy of what every rank holds."""
  x = lambda k: (np.arange(6, dtype=np.float32).reshape(2, 3) + 10 * k) * (k + 1)   # rank k's data  # noqa: E731
  out = {}
  t = Tensor(x(r))
  dist.all_reduce(t)
  out["all_reduce_sum"] = np.allclose(t.numpy(), sum(x(k) for k in range(n)))
  t = Tensor(x(r))
  dist.all_reduce(t, dist.ReduceOp.AVG)
  out["all_reduce_avg"] = np.allclose(t.numpy(), sum(x(k) for k in range(n)) / n)
  t = Tensor(x(r) * (-1) ** r)
  dist.all_reduce(t, op=dist.ReduceOp.MAX)
  out["all_reduce_max"] = np.allclose(t.numpy(), np.max([x(k) * (-1) ** k for k in range(n)], axis=0))
  t = Tensor(x(r))
  dist.broadcast(t, src=n - 1)
  out["broadcast"] = np.allclose(t.numpy(), x(n - 1))
  outs = [Tensor.zeros(2, 3).contiguous().realize() for _ in range(n)]
  dist.all_gather(outs, Tensor(x(r)))
  out["all_gather"] = all(np.allclose(o.numpy(), x(k)) for k, o in enumerate(outs))
  big = Tensor.zeros(2 * n, 3).contiguous().realize()
  dist.all_gather_into_tensor(big, Tensor(x(r)))
  out["all_gather_into_tensor"] = np.allclose(big.numpy(), np.concatenate([x(k) for k in range(n)]))
  o = Tensor.zeros(2, 3).contiguous().realize()
  dist.reduce_scatter(o, [Tensor(x(r) + j) for j in range(n)])
  out["reduce_scatter"] = np.allclose(o.numpy(), sum(x(k) + r for k in range(n)))
  o = Tensor.zeros(1, 3).contiguous().realize()
  dist.reduce_scatter_tensor(o, Tensor(np.arange(3 * n, dtype=np.float32).reshape(n, 3) * (r + 1)))
  out["reduce_scatter_tensor"] = np.allclose(o.numpy(), np.arange(3 * n).reshape(n, 3)[r] * sum(range(1, n + 1)))
  i = Tensor(np.array([r + 1, 7], np.int32))
  dist.all_reduce(i)
  out["all_reduce_int32"] = i.numpy().tolist() == [sum(range(1, n + 1)), 7 * n]
  return out


def schedule_shows_it(r: int) -> dict:
  t = dist.collective([Tensor(np.ones(4, np.float32))], "all_reduce", (4,))   # all_reduce's op, before it runs
  text = "\n".join(repr(it) for it in engine.schedule([t.lazydata]))
  t.realize()
  return {"schedule_line": next(line for line in text.splitlines() if "collective" in line)}


def mismatch(r: int) -> dict:
  t = Tensor(np.ones((4, 3 + r), np.float32))
  try:
    dist.all_reduce(t)
    return {"mismatch_error": None}
  except dist.DistributedError as e:
    return {"mismatch_error": str(e)}


def make_model(seed: int) -> nn.Module:
  Tensor.manual_seed(seed)
  return nn.Sequential(nn.Linear(FEATURES, HIDDEN), nn.ReLU(), nn.Linear(HIDDEN, CLASSES))


def data():
  rng = np.random.default_rng(0)
  xs = rng.standard_normal((STEPS, BATCH, FEATURES)).astype(np.float32)
  ys = rng.integers(0, CLASSES, (STEPS, BATCH)).astype(np.int32)
  return xs, ys


def train(model, opt, xs, ys, step_fn=None) -> list[np.ndarray]:
  def step(x, y):
    loss = model(x).cross_entropy(y)
    opt.zero_grad()
    loss.backward()
    Tensor.realize(loss, *opt.schedule_step())
    return loss
  run = step if step_fn is None else step_fn(step)
  for x, y in zip(xs, ys): run(Tensor(x), Tensor(y))
  return [p.numpy() for p in model.parameters()]


def ddp_equivalence(r: int, n: int) -> dict:
  """1 process on the full batch vs n ranks on 1/n of it each (mean losses: the average of the ranks' gradients is
  the full batch's); then the same with the step jitted, whose replays must run the all-reduces."""
  xs, ys = data()
  single = make_model(0)
  want = train(single, optim.Adam(single.parameters(), lr=1e-2), xs, ys)
  shard = slice(r * BATCH // n, (r + 1) * BATCH // n)
  results = {}
  for name, wrap in (("eager", None), ("jit", jit)):
    model = DistributedDataParallel(make_model(0 if r == 0 else 1 + r))   # rank 0's weights reach every rank
    counted = []
    with engine.hooks.add("collective", lambda *a: counted.append(a[0].kind)):
      got = train(model, optim.Adam(model.parameters(), lr=1e-2), xs[:, shard], ys[:, shard], wrap)
    results[f"ddp_{name}_max_diff"] = float(max(np.abs(a - b).max() for a, b in zip(got, want)))
    results[f"ddp_{name}_all_reduces"] = counted.count("all_reduce")
  return results


def checks(r: int, n: int) -> dict:
  out = collectives(r, n)
  out.update(schedule_shows_it(r))
  out.update(ddp_equivalence(r, n))
  out.update(mismatch(r))   # last: a group that raised may hold a pending request
  return out


def dead(r: int, n: int) -> dict:
  if r == 1: sys.exit(0)   # joined, then gone without a word
  t = Tensor(np.ones(4, np.float32))
  start = time.perf_counter()
  try:
    dist.all_reduce(t)
    t.realize()
    return {"error": None}
  except dist.DistributedError as e:
    return {"error": str(e), "seconds": time.perf_counter() - start}


def main():
  scenario, folder = sys.argv[1], sys.argv[2]
  if scenario == "late" and os.environ.get("PMI_RANK", os.environ.get("OMPI_COMM_WORLD_RANK")) == "1":
    time.sleep(2 * float(os.environ["PICOGRAD_DIST_TIMEOUT"]))
  try:
    dist.init_process_group("mpi")
    r, n = dist.get_rank(), dist.get_world_size()
    result = {"rank": r, "world_size": n, **{"checks": checks, "dead": dead, "late": lambda r, n: {}}[scenario](r, n)}
  except dist.DistributedError as e:
    r, result = int(os.environ.get("PMI_RANK", 0)), {"init_error": str(e)}
  except Exception:
    r, result = int(os.environ.get("PMI_RANK", 0)), {"crash": traceback.format_exc()}
  with open(os.path.join(folder, f"rank{r}.json"), "w") as f: json.dump(result, f, default=str)


if __name__ == "__main__":
  main()
