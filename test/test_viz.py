"""The VIZ page and the origins it shows: what a recording holds, the page's data and its independence from the
network, and (in headless Chromium, where installed) a click on a kernel showing its IR and source."""
import base64
import gzip
import json
import os
import re
import subprocess
import sys
import numpy as np
import pytest
import picograd
import picograd.nn as nn
from picograd import Tensor, viz
from picograd.codegen.ir import format_program
from picograd.viz.page import page_data, render_page

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HERE = os.path.basename(__file__)


def _train_steps(model, opt, x, y, steps: int):
  for _ in range(steps):
    opt.zero_grad()
    loss = nn.functional.cross_entropy(model(x), y)   # the forward line backward kernels name
    loss.backward()
    opt.step()
  return loss


def _small_run(steps: int = 3):
  picograd.manual_seed(0)
  model = nn.Sequential(nn.Linear(12, 10), nn.ReLU(), nn.Linear(10, 3))
  opt = picograd.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
  x, y = Tensor(np.random.default_rng(1).standard_normal((16, 12)).astype(np.float32)), Tensor(np.arange(16) % 3)
  with viz.record() as run: loss = _train_steps(model, opt, x, y, steps).realize()
  return run, loss


def _forward_line() -> str:
  """The forward line as origins quote it: file, line number and code."""
  source = open(__file__).read().splitlines()
  n = next(i for i, line in enumerate(source) if "the forward line backward kernels name" in line)
  return f"{HERE}:{n + 1}: {source[n].strip()}"


def test_recording_counts_every_launch_and_collapses_repeated_steps():
  before = picograd.GlobalCounters.kernel_count
  run, _ = _small_run(steps=4)
  launched = picograd.GlobalCounters.kernel_count - before
  assert sum(k.launches for k in run.kernels.values()) == launched
  assert len([e for e in run.events if e.kind in ("kernel", "replay")]) == launched
  # the training step's schedule is the same each step after the first: kept once, with its count
  assert max(s.runs for s in run.schedules) >= 3
  for s in run.schedules:
    for step in s.steps:
      assert step.kind != "kernel" or step.name in run.kernels, step   # every kernel step got its launch's name
      assert all(r < i for i, r in [(s.steps.index(step), r) for r in step.inputs if r >= 0])


def test_backward_and_optimizer_kernels_name_what_they_come_from():
  run, _ = _small_run()
  origins = [o for k in run.kernels.values() for o in k.origins]
  forward = _forward_line()
  assert forward in origins                                # forward kernels: the user's line
  assert f"grad of {forward}" in origins                  # backward kernels: the forward line they differentiate
  assert "SGD update of 0.weight" in origins and "SGD update of 2.bias" in origins   # the module's names
  assert "SGD update of momentum_buffer of 0.weight" in origins


def test_debug_2_names_the_forward_line_of_backward_kernels(tmp_path):
  script = tmp_path / "train.py"
  script.write_text("import picograd, picograd.nn as nn\n"
                    "w = picograd.Tensor.randn(4, 3, requires_grad=True)\n"
                    "x = picograd.Tensor.randn(5, 4)\n"
                    "loss = (x @ w).tanh().sum()\n"
                    "loss.backward()\n"
                    "w.grad.realize()\n")
  out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=True, timeout=120,
                       env=dict(os.environ, DEBUG="2", PYTHONPATH=ROOT)).stdout
  assert "made at grad of train.py:4: loss = (x @ w).tanh().sum()" in out


def _data(html: str) -> dict:
  blob = re.search(r'<script id="data" type="application/octet-stream">([^<]*)</script>', html).group(1)
  return json.loads(gzip.decompress(base64.b64decode(blob)))


def test_page_holds_each_kernel_s_texts_and_no_external_url():
  run, _ = _small_run()
  html = render_page(run, "test run")
  data = _data(html)
  assert data == json.loads(json.dumps(page_data(run, "test run") | {"made": data["made"]}))
  for k in data["kernels"]:
    compiled = run.kernels[k["name"]].compiled
    assert k["texts"]["ir"] == format_program(compiled.program)
    assert k["texts"]["source"] == compiled.source and "define" in k["texts"]["source"]
    assert k["launches"] == run.kernels[k["name"]].launches
  assert sum(s["runs"] for s in data["schedules"]) == sum(s.runs for s in run.schedules)
  # nothing the page loads comes from elsewhere: no src/href, no url() but a fragment, no import or fetch
  assert not re.search(r"""\b(src|href)\s*=|url\((?!#)|@import|\bfetch\(|XMLHttpRequest|https?:""", html), "external"


def test_viz_flag_writes_the_page_at_exit(tmp_path):
  script, page = tmp_path / "tiny.py", tmp_path / "out" / "page.html"
  script.write_text("import picograd\nprint((picograd.Tensor([1.0, 2.0]) * 3).tolist())\n")
  out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=True, timeout=120,
                       env=dict(os.environ, VIZ=str(page), PYTHONPATH=ROOT)).stdout
  assert "[3.0, 6.0]" in out and f"VIZ: wrote {page}" in out
  data = _data(page.read_text())
  assert data["summary"]["launches"] >= 1 and any("tiny.py:2" in o for k in data["kernels"] for o in k["origins"])


def test_save_without_a_recording_says_how_to_start_one(monkeypatch):
  monkeypatch.setattr(viz, "_session", None)
  with pytest.raises(RuntimeError, match="viz.start"): viz.save("nowhere.html")


def test_a_jitted_step_s_plan_is_recorded_with_its_replays():
  @picograd.jit
  def scaled_sum(x: Tensor) -> Tensor: return (x * 2 + 1).sum(0)

  xs = [Tensor(np.random.default_rng(i).standard_normal((8, 4)).astype(np.float32)) for i in range(4)]
  with viz.record() as run:
    results = [scaled_sum(x).numpy() for x in xs]
  for x, r in zip(xs, results): np.testing.assert_allclose(r, (x.numpy() * 2 + 1).sum(0), rtol=1e-6)
  plan = run.jit_plans["scaled_sum"]
  replayed = [e.name for e in run.events if e.kind == "replay"]
  assert plan and replayed == plan * (len(replayed) // len(plan)) and len(replayed) >= len(plan)
  data = page_data(run, "jit")
  assert data["jit"] == [{"name": "scaled_sum", "names": plan, "kernels": [
    next(i for i, k in enumerate(data["kernels"]) if k["name"] == n) for n in plan]}]
