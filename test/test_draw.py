"""draw_utils: the .dot text of autograd graphs, kernel clusters and schedules (graphviz's `dot` program not needed)."""
import re
import graphviz
import pytest
from picograd import Tensor, GlobalCounters
from picograd.schedule import create_schedule
from picograd.draw_utils import capture_graph, draw_dot, draw_schedule


def expression():
  a = Tensor.rand(3, 3, requires_grad=True)
  b = Tensor.rand(3, 3, requires_grad=True)
  return a, b, (a @ b).relu().sum()


def graph_counts(root):
  """Tensors and ops of the autograd graph, counted by a walk independent of draw_utils."""
  tensors, ops, stack = {}, 0, [root]
  while stack:
    t = stack.pop()
    if id(t) in tensors: continue
    tensors[id(t)] = t
    if t._ctx is not None:
      ops += 1
      stack.extend(t._ctx.parents)
  return len(tensors), ops


def nodes(text: str, prefix: str) -> list[str]:
  return re.findall(rf"^\s*({prefix}\d+) \[", text, flags=re.M)


@pytest.fixture
def no_dot(monkeypatch):
  """Rendering always fails as it does where graphviz's `dot` program is missing (here or not)."""
  def render(self, *args, **kwargs): raise graphviz.ExecutableNotFound(("dot",))
  monkeypatch.setattr(graphviz.Digraph, "render", render)


def test_dot_has_a_node_per_tensor_and_op(tmp_path, no_dot):
  _, _, e = expression()
  n_tensors, n_ops = graph_counts(e)
  dot = draw_dot(e, path=tmp_path / "g")
  text = (tmp_path / "g.dot").read_text()
  assert text == dot.source
  assert len(nodes(text, "t")) == n_tensors and len(nodes(text, "op")) == n_ops
  assert n_ops >= 8   # matmul (reshapes, expands, mul, sum), relu, sum
  for name in ("Mul", "Sum", "Relu", "Reshape", "Expand", "Permute"): assert f"label={name} " in text
  assert text.count("leaf, requires_grad") == 2 and "grad (" not in text
  assert "(3, 3) float32 CPU" in text and "() float32 CPU" in text
  assert len(re.findall(r"-> op\d+", text)) >= n_ops and len(re.findall(r"op\d+ -> t\d+", text)) == n_ops


def test_gradients_appear_after_backward(tmp_path, no_dot):
  a, b, e = expression()
  graph = capture_graph(e)   # backward() frees the graph (_ctx), as in PyTorch: keep a snapshot to draw
  before = draw_dot(graph, path=tmp_path / "before").source
  e.backward()
  assert a.grad is not None and b.grad is not None
  after = draw_dot(graph, path=tmp_path / "after").source
  assert "grad (" not in before
  assert after.count("grad (3, 3)") == 2
  assert len(nodes(after, "t")) == len(nodes(before, "t")) and len(nodes(after, "op")) == len(nodes(before, "op"))
  assert after.count("leaf, requires_grad") == 2   # still leaves vs results, though backward cleared every _ctx


def test_realized_small_tensor_shows_values_and_drawing_runs_nothing(tmp_path, no_dot):
  x = Tensor([1.0, 2.0, 3.0], requires_grad=True).realize()
  y = (x * 2).sum()
  y.backward()
  x.grad.realize()
  lazy = (x * 3).exp()
  count = GlobalCounters.kernel_count
  text = draw_dot([x, lazy], path=tmp_path / "v").source
  assert GlobalCounters.kernel_count == count   # a lazy tensor is drawn, not computed
  assert "value [1., 2., 3.]" in text and "grad value [2., 2., 2.]" in text
  assert text.count("value [") == 2
  assert "label=Exp2" in text or "label=Exp" in text


def test_kernel_clusters_match_schedule(tmp_path, no_dot):
  _, _, e = expression()
  n = len(e.schedule())
  assert n >= 2
  text = draw_dot(e, path=tmp_path / "k", kernels=True).source
  assert text.count("subgraph cluster_") == n
  labels = re.findall(r'label="kernel (\d+): [^"]*\\nfused: ([^"]*)\\nreason: ([^"]+)"', text)
  assert [int(k) for k, _, _ in labels] == list(range(n))
  assert all(fused and reason for _, fused, reason in labels)
  assert "output" in labels[-1][2]
  # the result is a view of the last kernel's output: it sits in that cluster
  last = text[text.index(f"subgraph cluster_{n - 1}"):]
  assert "() float32 CPU" in last[:last.index("}")]


def test_kernel_clusters_leave_realized_tensors_outside(tmp_path, no_dot):
  x = Tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True).realize()
  y = (x.exp() * x).sum(1).log()
  n = len(y.schedule())
  text = draw_dot(y, path=tmp_path / "r", kernels=True).source
  assert text.count("subgraph cluster_") == n == 1
  outside = text[text.rindex("}", 0, len(text) - 2):]   # after the last cluster closes
  assert "value [1., 2., 3., 4.]" in outside


def test_two_calls_give_identical_dot(tmp_path, no_dot):
  _, _, e = expression()
  for kernels in (False, True):
    first = draw_dot(e, path=tmp_path / "one", kernels=kernels).source
    second = draw_dot(e, path=tmp_path / "two", kernels=kernels).source
    assert first == second
    assert (tmp_path / "one.dot").read_text() == (tmp_path / "two.dot").read_text()
  assert "0x" not in first   # no memory addresses in ids or labels


def test_missing_dot_writes_dot_file_and_prints_hint(tmp_path, capsys, no_dot):
  _, _, e = expression()
  path = tmp_path / "new" / "folder" / "g"
  dot = draw_dot(e, path=path)
  assert isinstance(dot, graphviz.Digraph)
  assert (tmp_path / "new" / "folder" / "g.dot").read_text() == dot.source
  assert not (tmp_path / "new" / "folder" / "g.svg").exists()
  out = capsys.readouterr().out.strip().splitlines()
  assert len(out) == 1
  assert f"dot -Tsvg {path}.dot -o {path}.svg" in out[0] and "install graphviz" in out[0]


def test_render_is_asked_for_the_format_next_to_the_dot_file(tmp_path, monkeypatch, capsys):
  calls = []
  def render(self, filename=None, format=None, outfile=None, **kwargs):
    calls.append((str(filename), format, str(outfile)))
    with open(outfile, "w") as f: f.write("<svg/>")
    return str(outfile)
  monkeypatch.setattr(graphviz.Digraph, "render", render)
  _, _, e = expression()
  draw_dot(e, path=tmp_path / "p", format="png", rankdir="TB")
  assert calls == [(f"{tmp_path / 'p'}.dot", "png", f"{tmp_path / 'p'}.png")]
  assert (tmp_path / "p.dot").exists() and (tmp_path / "p.png").exists()
  assert "rankdir=TB" in (tmp_path / "p.dot").read_text()
  assert capsys.readouterr().out == ""


def test_deep_graph_is_walked_without_recursion(tmp_path, no_dot):
  x = Tensor.ones(2, requires_grad=True)
  y = x
  for _ in range(3000): y = y * 1.0001
  text = draw_dot(y, path=tmp_path / "deep").source
  assert len(nodes(text, "op")) == 3000 and len(nodes(text, "t")) == 3000 + 1 + 3000   # results, x, constants


def test_draw_schedule(tmp_path, no_dot):
  x = Tensor([[1.0, 2.0], [3.0, 4.0]]).realize()
  s = x.softmax(-1).sum()
  items = create_schedule([s.lazydata])
  assert len(items) >= 3
  dot = draw_schedule(items, path=tmp_path / "sched")
  text = (tmp_path / "sched.dot").read_text()
  assert text == dot.source
  assert nodes(text, "k") == [f"k{i}" for i in range(len(items))]
  assert len(nodes(text, "in")) == 1 and "realized" in text   # x, read by the kernels
  producer = {id(it.out): i for i, it in enumerate(items)}
  expected = {(f"k{producer[id(b)]}", f"k{i}") for i, it in enumerate(items) for b in it.inputs if id(b) in producer}
  assert set(re.findall(r"(k\d+) -> (k\d+)", text)) == expected and expected
  for it in items: assert f"reason: {it.reason}" in text
  assert "fused: " in text and "SUM" in text
  assert draw_schedule(items, path=tmp_path / "again").source == text
