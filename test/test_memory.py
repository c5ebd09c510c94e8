"""Memory stays flat: 1,000 training steps allocate nothing that outlives a step, and buffers die with tensors."""
import os
import subprocess
import sys
import pytest

TRAIN = """
import gc, os, numpy as np
from picograd import Tensor, nn, optim
from picograd.runtime.cpu import CPUBuffer

def rss_mb():
  with open("/proc/self/statm") as f: return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20

def live_buffers(): return sum(1 for o in gc.get_objects() if isinstance(o, CPUBuffer))

rng = np.random.default_rng(0)
x_all = rng.standard_normal((4096, 784)).astype(np.float32)
y_all = rng.integers(0, 10, 4096).astype(np.int32)
model = nn.Sequential(nn.Linear(784, 64), nn.ReLU(), nn.Linear(64, 10))
opt = optim.Adam(model.parameters(), lr=1e-3)
marks = {}
for step in range(1000):
  idx = rng.integers(0, 4096, 32)
  loss = model(Tensor(x_all[idx])).cross_entropy(Tensor(y_all[idx]))
  opt.zero_grad()
  loss.backward()
  Tensor.realize(loss, *opt.schedule_step())
  if step in (199, 999):
    gc.collect()
    marks[step] = (rss_mb(), live_buffers())
print("rss", marks[199][0], marks[999][0], "buffers", marks[199][1], marks[999][1])
"""


def test_training_memory_is_flat_over_1000_steps():
  out = subprocess.run([sys.executable, "-c", TRAIN], capture_output=True, text=True, timeout=900,
                       env=dict(os.environ, THREADS="1"))
  assert out.returncode == 0, out.stderr[-3000:]
  _, rss_200, rss_1000, _, buf_200, buf_1000 = out.stdout.split()
  assert float(rss_1000) - float(rss_200) < 20, f"host memory grew: {out.stdout}"
  assert int(buf_1000) <= int(buf_200), f"live buffers grew: {out.stdout}"


@pytest.mark.parametrize("graph", ["0", "1"])   # GRAPH=1 draws the run at exit, and must not keep its buffers for that
def test_buffers_die_with_their_tensors(graph, tmp_path):
  code = ("import gc, numpy as np\nfrom picograd import Tensor\nfrom picograd.runtime.cpu import CPUBuffer\n"
          "count = lambda: sum(isinstance(o, CPUBuffer) for o in gc.get_objects())\n"
          "before = count()\nts = [(Tensor(np.ones(1000, np.float32)) * i).realize() for i in range(50)]\n"
          "during = count()\ndel ts\ngc.collect()\nprint(before, during, count())\n")
  out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=tmp_path,
                       env=dict(os.environ, GRAPH=graph, PYTHONPATH=os.path.dirname(os.path.dirname(__file__))))
  before, during, after = map(int, out.stdout.split()[:3])
  assert during >= before + 50 and after <= before


def test_the_kernel_cache_is_bounded(monkeypatch):
  import numpy as np
  from picograd import Tensor
  from picograd.engine import run
  monkeypatch.setattr(run, "MAX_CACHED_KERNELS", 4)
  x = Tensor(np.ones(8, np.float32)).realize()
  for i in range(10): (x * (i + 2)).exp2().realize() if i % 2 else (x + i).sqrt().realize()
  assert len(run._cache) <= 4


def test_a_weight_read_every_step_keeps_few_reader_references():
  """hazards.py notes each read of a buffer by a weak reference in a list; dead ones are dropped as it grows."""
  import numpy as np
  from picograd import Tensor
  w = Tensor(np.ones(4, np.float32)).realize()
  for _ in range(1000): (w * 2).realize()
  assert len(w.lazydata.base.readers) <= 64
