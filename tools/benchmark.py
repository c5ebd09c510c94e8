"""Time picograd against NumPy and PyTorch on the same inputs, in one run, one thread each.

    python tools/benchmark.py            # every workload
    python tools/benchmark.py mlp_step   # workloads whose function name contains "mlp_step"

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
  make.__name__ = f"matmul_{n}"
  return make


def matmul_layout(m, k, n, layout):
  """The three products a training step runs: A@B (forward), A.T@B (weight gradients), A@B.T (input gradients)."""
  def make():
    rng = np.random.default_rng(5)
    a_shape = (k, m) if layout == "A.T@B" else (m, k)
    b_shape = (n, k) if layout == "A@B.T" else (k, n)
    a, b = rng.standard_normal(a_shape).astype(np.float32), rng.standard_normal(b_shape).astype(np.float32)
    pa, pb, ta, tb = Tensor(a).realize(), Tensor(b).realize(), torch.from_numpy(a), torch.from_numpy(b)
    same, flip = (lambda x: x), (lambda x: x.T)
    fa, fb = flip if layout == "A.T@B" else same, flip if layout == "A@B.T" else same
    return {"name": f"matmul {layout} {m}x{k}x{n}", "picograd": lambda: (fa(pa) @ fb(pb)).realize(),
            "numpy": lambda: fa(a) @ fb(b), "torch": lambda: fa(ta) @ fb(tb), "flops": 2 * m * k * n}
  make.__name__ = f"matmul_{layout}_{m}_{k}_{n}"
  return make


def transpose_copy():
  x = np.random.default_rng(6).standard_normal((4096, 4096)).astype(np.float32)
  px, tx = Tensor(x).realize(), torch.from_numpy(x)
  return {"name": "x.T.contiguous() 4096x4096", "picograd": lambda: px.T.contiguous().realize(),
          "numpy": lambda: np.ascontiguousarray(x.T), "torch": lambda: tx.T.contiguous(), "bytes": 2 * x.nbytes}


def full_sum():
  x = np.random.default_rng(4).standard_normal((4096, 4096)).astype(np.float32)
  px, tx = Tensor(x).realize(), torch.from_numpy(x)
  return {"name": "x.sum() 4096x4096", "picograd": lambda: px.sum().realize(), "numpy": lambda: x.sum(),
          "torch": lambda: tx.sum(), "bytes": x.nbytes}


def conv2d(cin, cout):
  def make():
    rng = np.random.default_rng(5)
    x = rng.standard_normal((64, cin, 28, 28)).astype(np.float32)
    w = rng.standard_normal((cout, cin, 3, 3)).astype(np.float32)
    px, pw, tx, tw = Tensor(x).realize(), Tensor(w).realize(), torch.from_numpy(x), torch.from_numpy(w)
    def np_conv():   # im2col + BLAS, what a NumPy user would write
      cols = np.lib.stride_tricks.sliding_window_view(x, (3, 3), axis=(2, 3))
      return np.einsum("nchwij,ocij->nohw", cols, w, optimize=True)
    return {"name": f"conv2d 64x{cin}x28x28 -> {cout}, 3x3", "picograd": lambda: px.conv2d(pw).realize(),
            "numpy": np_conv,
            "torch": lambda: torch.nn.functional.conv2d(tx, tw), "flops": 2 * 64 * cout * cin * 26 * 26 * 9}
  make.__name__ = f"conv2d_{cin}_{cout}"
  return make


def _mlp(nn):
  return nn.Sequential(nn.Linear(784, 200), nn.ReLU(), nn.Linear(200, 10))


def _cnn(nn):
  """The classic small MNIST CNN: two 3x3 convolutions, a max pool and two linear layers."""
  return nn.Sequential(nn.Conv2d(1, 32, 3), nn.ReLU(), nn.Conv2d(32, 64, 3), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(),
                       nn.Linear(9216, 128), nn.ReLU(), nn.Linear(128, 10))


def _step_pair(make_model, x_shape, jitted: bool = True):
  """The same model (built by make_model from picograd.nn or torch.nn) and Adam step in picograd (jitted, or eager)
  and PyTorch, on the same batch."""
  from picograd import nn, optim, jit
  rng = np.random.default_rng(6)
  x, y = rng.standard_normal(x_shape).astype(np.float32), rng.integers(0, 10, x_shape[0])
  model, tmodel = make_model(nn), make_model(torch.nn)
  opt, topt = optim.Adam(model.parameters(), lr=1e-3), torch.optim.Adam(tmodel.parameters(), lr=1e-3)
  px, py, tx, ty = Tensor(x).realize(), Tensor(y.astype(np.int32)).realize(), torch.from_numpy(x), torch.from_numpy(y)

  def step(xb, yb):
    loss = model(xb).cross_entropy(yb)
    opt.zero_grad()
    loss.backward()
    Tensor.realize(loss, *opt.schedule_step())
    return loss
  if jitted: step = jit(step)

  def torch_step():
    topt.zero_grad()
    loss = torch.nn.functional.cross_entropy(tmodel(tx), ty)
    loss.backward()
    topt.step()
  return (lambda: step(px, py).item()), torch_step


MLP_FLOPS = 6 * 4096 * (784 * 200 + 200 * 10)   # forward, and the two products of each layer's backward
CNN_FLOPS = 6 * 128 * (32 * 26 * 26 * 9 + 64 * 32 * 24 * 24 * 9 + 9216 * 128 + 128 * 10)


def mlp_step():
  ours, theirs = _step_pair(_mlp, (4096, 784))
  return {"name": "MLP 784-200-10 Adam step, batch 4096 (jit)", "picograd": ours, "numpy": None, "torch": theirs,
          "flops": MLP_FLOPS}


def mlp_step_eager():
  """The same step without @jit: a new lazy graph each call, its schedule reused by structure (engine/run.py)."""
  ours, theirs = _step_pair(_mlp, (4096, 784), jitted=False)
  return {"name": "MLP 784-200-10 Adam step, batch 4096 (eager)", "picograd": ours, "numpy": None,
          "torch": theirs, "flops": MLP_FLOPS}


def cnn_step():
  ours, theirs = _step_pair(_cnn, (128, 1, 28, 28))
  return {"name": "CNN 2 conv + 2 linear Adam step, batch 128 (jit)", "picograd": ours, "numpy": None,
          "torch": theirs, "flops": CNN_FLOPS}


def cnn_step_eager():
  ours, theirs = _step_pair(_cnn, (128, 1, 28, 28), jitted=False)
  return {"name": "CNN 2 conv + 2 linear Adam step, batch 128 (eager)", "picograd": ours, "numpy": None,
          "torch": theirs, "flops": CNN_FLOPS}


def _gpt_example(lib: str):
  """examples/gpt.py as a module; with lib="torch" its model code runs on PyTorch (the import lines swapped, the rest
  of the text the same, as test/test_port.py does)."""
  import importlib.util
  import types
  path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "examples", "gpt.py")
  if lib == "picograd":
    spec = importlib.util.spec_from_file_location("gpt_example", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
  source = open(path).read()
  for name in ("", ".nn", ".nn.functional"):
    line = f"import picograd{name} as "
    assert source.count(line) == 1, f"examples/gpt.py no longer has the line {line!r}"
    source = source.replace(line, f"import torch{name} as ")
  module = types.ModuleType("gpt_example_torch")
  sys.modules[module.__name__] = module   # dataclasses look their module up
  exec(compile(source, path, "exec"), module.__dict__)
  return module


def gpt_step(jitted: bool = True):
  """examples/gpt.py's default model and training step (AdamW, clipping) on its default batch, from the same
  weights: picograd's step (jitted, or eager) against the same loop in PyTorch's eager mode."""
  ours, theirs = _gpt_example("picograd"), _gpt_example("torch")
  args = ours.parse_args([])
  cfg = ours.GPTConfig(65, args.block, args.layers, args.heads, args.embd)   # tinyshakespeare has 65 characters
  model, tmodel = ours.GPT(cfg), theirs.GPT(theirs.GPTConfig(**vars(cfg)))
  tmodel.load_state_dict({k: torch.from_numpy(v.numpy()) for k, v in model.state_dict().items()})
  step = ours.make_train_step(model, ours.make_optimizer(model, args.lr, args.weight_decay), args.clip)
  if not jitted: step = step.fn
  topt = theirs.make_optimizer(tmodel, args.lr, args.weight_decay)
  x, y = np.random.default_rng(7).integers(0, 65, (2, args.batch, args.block)).astype(np.int32)
  px, py, tx, ty = Tensor(x).realize(), Tensor(y).realize(), torch.from_numpy(x).long(), torch.from_numpy(y).long()

  def torch_step():
    _, loss = tmodel(tx, ty)
    topt.zero_grad()
    loss.backward()
    torch.nn.utils.clip_grad_norm_(tmodel.parameters(), args.clip)
    topt.step()
    return loss.item()
  return {"name": f"GPT {cfg.n_layer}x{cfg.n_embd} AdamW step, {args.batch}x{args.block} tokens "
                  f"({'jit' if jitted else 'eager'})",
          "picograd": lambda: step(px, py)[0].item(), "numpy": None, "torch": torch_step,
          "tokens": args.batch * args.block}


def gpt_step_eager(): return gpt_step(jitted=False)


FIRST_STEP = """
import numpy as np
from picograd import Tensor, nn, optim
model = nn.Sequential(nn.Linear(784, 200), nn.ReLU(), nn.Linear(200, 10))
opt = optim.Adam(model.parameters(), lr=1e-3)
x, y = Tensor(np.ones((128, 784), np.float32)), Tensor(np.arange(128) % 10)
loss = model(x).cross_entropy(y)
opt.zero_grad()
loss.backward()
opt.step()
loss.item()
"""


def _first_step(cache: str) -> float:
  """The first MLP training step of a new process (compiling its kernels, with the disk cache in `cache`), less the
  time the process takes to import picograd."""
  import subprocess
  def run(code):
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=dict(os.environ, PICOGRAD_CACHE=cache))
    return time.perf_counter() - start
  return run("import picograd\n" + FIRST_STEP) - run("import picograd")


def first_steps(runs: int = 3) -> str:
  """A line: the first MLP step of a new process with an empty disk cache and with a warm one (medians)."""
  import tempfile
  warm = tempfile.mkdtemp()
  cold = statistics.median(_first_step(tempfile.mkdtemp()) for _ in range(runs))
  warmed = statistics.median(_first_step(warm) for _ in range(runs))
  return (f"first MLP step of a new process (batch 128, Adam): {cold:.2f} s with an empty disk cache, "
          f"{warmed:.2f} s warm")


def dispatch():
  a, ta, na = Tensor(np.ones(16, np.float32)).realize(), torch.ones(16), np.ones(16, np.float32)
  def ours():
    for _ in range(1000): (a + 1).realize()
  return {"name": "1000 tiny realized ops (dispatch floor)", "picograd": ours,
          "numpy": lambda: [na + 1 for _ in range(1000)],
          "torch": lambda: [ta + 1 for _ in range(1000)]}


WORKLOADS = [fused_chain, row_sum, full_sum, softmax, transpose_copy, matmul(1024), matmul(2048),
             matmul_layout(1024, 1024, 1024, "A.T@B"), matmul_layout(1024, 1024, 1024, "A@B.T"),
             matmul_layout(784, 4096, 200, "A.T@B"), conv2d(1, 32), conv2d(32, 64),
             mlp_step, mlp_step_eager, cnn_step, cnn_step_eager, gpt_step, gpt_step_eager, dispatch]


def run(workload) -> dict:
  w = workload()
  before = GlobalCounters.kernel_count
  first = first_time(w["picograd"])
  kernels = GlobalCounters.kernel_count - before
  row = {"name": w["name"], "first": first, "kernels": kernels}
  for lib in ("picograd", "numpy", "torch"): row[lib] = median_time(w[lib]) if w[lib] is not None else float("nan")
  if "bytes" in w: row["rate"] = f"{w['bytes'] / row['picograd'] / 1e9:.1f} GB/s"
  if "flops" in w: row["rate"] = f"{w['flops'] / row['picograd'] / 1e9:.1f} GFLOP/s"
  if "tokens" in w:
    row["rate"] = f"{w['tokens'] / row['picograd']:,.0f} tokens/s (torch {w['tokens'] / row['torch']:,.0f})"
  return row


def main(filter_text: str = ""):
  print(f"{'workload':48s} {'picograd':>10s} {'numpy':>10s} {'torch':>10s} {'vs numpy':>9s} {'vs torch':>9s} "
        f"{'first call':>11s} {'kernels':>7s}  rate")
  for workload in WORKLOADS:
    if filter_text and filter_text not in workload.__name__: continue
    try:
      row = run(workload)
    except (AttributeError, NotImplementedError) as e:   # an op this checkout lacks
      print(f"{workload.__name__:48s} not available: {e}")
      continue
    ms = lambda s: f"{s * 1e3:8.2f}ms"   # noqa: E731
    print(f"{row['name']:48s} {ms(row['picograd']):>10s} {ms(row['numpy']):>10s} {ms(row['torch']):>10s} "
          f"{row['picograd'] / row['numpy']:8.2f}x {row['picograd'] / row['torch']:8.2f}x {ms(row['first']):>11s} "
          f"{row['kernels']:7d}  {row.get('rate', '')}")
  if not filter_text or filter_text in "first_steps": print(first_steps())
  print(f"(warm medians of {WARM_RUNS} runs; picograd and torch on {os.environ['THREADS']} thread(s), NumPy's BLAS on "
        f"{os.environ['OPENBLAS_NUM_THREADS']}; 'vs' < 1 means picograd is faster)")


if __name__ == "__main__":
  main(sys.argv[1] if len(sys.argv) > 1 else "")
