"""draw_utils: the .dot text of autograd graphs, kernel clusters and schedules, written with no Python package; the
`dot` program renders it when present (a stand-in `dot` script plays it where graphviz is not installed)."""
import os
import re
import shutil
import stat
import sys
import pytest
from picograd import Tensor, GlobalCounters
from picograd.schedule import ScheduleItem, create_schedule
from picograd.draw_utils import Dot, DrawError, capture_graph, draw_dot, draw_schedule, quote

NASTY = ['say "hi"', "back\\slash", "trailing\\", "two\nlines", "<lambda> & <b>x</b>", "{braces}; [x]=1 -> y",
         "node", "Graph", "2x", "-3.5", "tab\there", "crlf\r\nend", "unicode ×12 é", ""]


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


# ---- a small DOT reader, independent of draw_utils: the text must parse back into what was drawn -----------------
TOKEN = re.compile(r'\s*("(?:[^"\\\n]|\\.)*"|->|[{}\[\]=;,]|[^\s{}\[\]=;,"]+)')


def tokens(text: str) -> list[str]:
  out, pos = [], 0
  while text[pos:].strip():
    m = TOKEN.match(text, pos)
    assert m, f"not DOT at {text[pos:pos + 40]!r}"
    out.append(m.group(1))
    pos = m.end()
  return out


def unquote(tok: str) -> str:
  """The text of a DOT ID; in a quoted one \\" is a quote, and in a label \\\\ a backslash and \\n a new line."""
  assert tok not in "{}[]=;,->", f"expected an ID, got {tok!r}"
  if not tok.startswith('"'):
    assert re.fullmatch(r"[A-Za-z_][A-Za-z_0-9]*|-?(\.[0-9]+|[0-9]+(\.[0-9]*)?)", tok), f"bad bare ID {tok!r}"
    return tok
  return re.sub(r"\\(.)", lambda m: {"n": "\n", "\\": "\\", '"': '"'}.get(m.group(1), "\\" + m.group(1)), tok[1:-1])


def parse(text: str):
  """(graph attrs, nodes {id: attrs}, edges [(tail, head)], clusters {name: (attrs, node ids)}). Asserts the grammar
  used (digraph, subgraph, node/edge/graph defaults, a=b, nodes, edges), balanced braces and declared endpoints."""
  toks = tokens(text)
  assert toks[0] == "digraph" and toks[2] == "{" and toks[-1] == "}", "one digraph in braces"
  graph, nodes, edges, clusters, i = {}, {}, [], {}, 3
  stack = [(graph, [])]   # the (attributes, node ids) of the graph and each open subgraph

  def attr_list(i):
    attrs = {}
    assert toks[i] == "["
    i += 1
    while toks[i] != "]":
      assert toks[i + 1] == "=", f"attribute without a value near {toks[i:i + 3]}"
      attrs[unquote(toks[i])] = unquote(toks[i + 2])
      i += 3
    return attrs, i + 1

  while i < len(toks) - 1:
    tok = toks[i]
    if tok == "}":
      assert len(stack) > 1, "a } closes nothing"
      stack.pop()
      i += 1
    elif tok == "subgraph":
      assert toks[i + 2] == "{"
      clusters[unquote(toks[i + 1])] = (attrs := {}, members := [])
      stack.append((attrs, members))
      i += 3
    elif tok in ("graph", "node", "edge"):
      defaults, i = attr_list(i + 1)
      if tok == "graph": stack[-1][0].update(defaults)
    elif toks[i + 1] == "=":
      stack[-1][0][unquote(tok)] = unquote(toks[i + 2])
      i += 3
    elif toks[i + 1] == "->":
      edges.append((unquote(tok), unquote(toks[i + 2])))
      i += 3
    else:
      name = unquote(tok)
      assert name not in nodes, f"node {name} declared twice"
      nodes[name], i = attr_list(i + 1)
      stack[-1][1].append(name)
  assert len(stack) == 1, "a { is never closed"
  for tail, head in edges: assert tail in nodes and head in nodes, f"edge {tail} -> {head} to an undeclared node"
  return graph, nodes, edges, clusters


def named(nodes: dict, prefix: str) -> list[str]: return [n for n in nodes if re.fullmatch(rf"{prefix}\d+", n)]


def labels(nodes: dict, prefix: str = "") -> list[str]:
  return [a["label"] for n, a in nodes.items() if n.startswith(prefix)]


# ---- PATH with or without a `dot` program ------------------------------------------------------------------------
@pytest.fixture
def no_dot(tmp_path, monkeypatch):
  """A PATH with no `dot` on it, as on a machine without graphviz (here or not)."""
  empty = tmp_path / "empty_bin"
  empty.mkdir()
  monkeypatch.setenv("PATH", str(empty))


def fake_dot(folder, body: str):
  """A `dot` program on PATH that runs `body` (Python, with `args` = its arguments)."""
  folder.mkdir()
  program = folder / "dot"
  program.write_text(f"#!{sys.executable}\nimport sys, time\nargs = sys.argv[1:]\n{body}\n")
  program.chmod(program.stat().st_mode | stat.S_IXUSR)
  return str(folder)


needs_posix = pytest.mark.skipif(os.name != "posix", reason="the stand-in `dot` is a script with a #! line")


# ---- DOT text and escaping ---------------------------------------------------------------------------------------
def test_quote_escapes_and_parses_back():
  assert quote("t12") == "t12" and quote("Mul") == "Mul" and quote("0.6") == "0.6"
  assert quote('a"b') == '"a\\"b"' and quote("a\\b") == '"a\\\\b"' and quote("a\nb") == '"a\\nb"'
  assert quote("trailing\\") == '"trailing\\\\"'   # the closing quote is not escaped away
  for word in ("node", "edge", "graph", "digraph", "subgraph", "strict", "Node"): assert quote(word) == f'"{word}"'
  for text in NASTY:
    tok = quote(text)
    assert tokens(tok) == [tok], text   # one token, whatever the text
    assert unquote(tok) == text.replace("\r\n", "\n"), text


def test_nasty_names_and_labels_survive_a_round_trip():
  dot = Dot("a \"graph\"", {"rankdir": "LR"}, {"fontsize": "10"}, {"arrowsize": "0.6"})
  with dot.subgraph("cluster_0") as c:
    c.attr(label=NASTY[0], style="dashed")
    for text in NASTY[:5]: c.node(text, text, shape="box")
  for text in NASTY[5:]: dot.node(text, f"label of {text}")
  for a, b in zip(NASTY, NASTY[1:]): dot.edge(a, b)
  graph, nodes, edges, clusters = parse(dot.source)
  expected = [t.replace("\r\n", "\n") for t in NASTY]
  assert list(nodes) == expected and edges == list(zip(expected, expected[1:]))
  assert [nodes[t]["label"] for t in expected[:5]] == expected[:5]
  assert clusters == {"cluster_0": ({"label": NASTY[0], "style": "dashed"}, expected[:5])}
  assert str(dot) == dot.source and dot.source.endswith("}\n")


def test_dot_has_a_node_per_tensor_and_op(tmp_path, no_dot):
  _, _, e = expression()
  n_tensors, n_ops = graph_counts(e)
  dot = draw_dot(e, path=tmp_path / "g")
  text = (tmp_path / "g.dot").read_text(encoding="utf-8")
  assert text == dot.source
  graph, nodes, edges, clusters = parse(text)
  assert graph == {"rankdir": "LR", "fontname": "Helvetica"} and not clusters
  assert len(named(nodes, "t")) == n_tensors and len(named(nodes, "op")) == n_ops == len(nodes) - n_tensors
  assert n_ops >= 8   # matmul (reshapes, expands, mul, sum), relu, sum
  assert {"Mul", "Sum", "Relu", "Reshape", "Expand", "Permute"} <= set(labels(nodes, "op"))
  tensor_labels = "\n".join(labels(nodes, "t"))
  assert tensor_labels.count("leaf, requires_grad") == 2 and "grad (" not in tensor_labels
  assert "(3, 3) float32 CPU" in tensor_labels and "() float32 CPU" in tensor_labels
  into_ops = [(a, b) for a, b in edges if b.startswith("op")]
  out_of_ops = [(a, b) for a, b in edges if a.startswith("op")]
  assert len(into_ops) >= n_ops and len(out_of_ops) == n_ops and len(edges) == len(into_ops) + len(out_of_ops)
  assert all(a.startswith("t") for a, _ in into_ops) and all(b.startswith("t") for _, b in out_of_ops)


def test_gradients_appear_after_backward(tmp_path, no_dot):
  a, b, e = expression()
  graph = capture_graph(e)   # backward() frees the graph (_ctx), as in PyTorch: keep a snapshot to draw
  before = parse(draw_dot(graph, path=tmp_path / "before").source)[1]
  e.backward()
  assert a.grad is not None and b.grad is not None
  after = parse(draw_dot(graph, path=tmp_path / "after").source)[1]
  assert not any("grad (" in label for label in labels(before))
  assert sum("grad (3, 3)" in label for label in labels(after)) == 2
  assert list(after) == list(before)
  assert sum("leaf, requires_grad" in label for label in labels(after)) == 2   # backward cleared every _ctx


def test_realized_small_tensor_shows_values_and_drawing_runs_nothing(tmp_path, no_dot):
  x = Tensor([1.0, 2.0, 3.0], requires_grad=True).realize()
  y = (x * 2).sum()
  y.backward()
  x.grad.realize()
  lazy = (x * 3).exp()
  count = GlobalCounters.kernel_count
  nodes = parse(draw_dot([x, lazy], path=tmp_path / "v").source)[1]
  assert GlobalCounters.kernel_count == count   # a lazy tensor is drawn, not computed
  assert nodes["t0"]["label"].splitlines() == ["(3,) float32 CPU", "leaf, requires_grad", "value [1., 2., 3.]",
                                               "grad (3,)", "grad value [2., 2., 2.]"]
  assert sum("value [" in label for label in labels(nodes)) == 1
  assert {"Exp2", "Exp"} & set(labels(nodes, "op"))


def test_kernel_clusters_match_schedule(tmp_path, no_dot):
  _, _, e = expression()
  n = len(e.schedule())
  assert n >= 2
  _, nodes, _, clusters = parse(draw_dot(e, path=tmp_path / "k", kernels=True).source)
  assert list(clusters) == [f"cluster_{k}" for k in range(n)]
  for k, (attrs, members) in enumerate(clusters.values()):
    title, fused, reason = attrs["label"].split("\n")
    assert title.startswith(f"kernel {k}: ") and fused.startswith("fused: ") and len(fused) > 7
    assert reason.startswith("reason: ") and len(reason) > 8
    assert members and all(f"kernel {k}" in nodes[m]["label"] for m in members if m.startswith("t"))
  assert "output" in clusters[f"cluster_{n - 1}"][0]["label"]
  # the result is a view of the last kernel's output: it sits in that cluster, drawn thicker as a root
  last = clusters[f"cluster_{n - 1}"][1]
  roots = [m for m in last if nodes[m].get("penwidth") == "2"]
  assert roots and roots == [m for m in last if "() float32 CPU" in nodes[m]["label"]]


def test_kernel_clusters_leave_realized_tensors_outside(tmp_path, no_dot):
  x = Tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True).realize()
  y = (x.exp() * x).sum(1).log()
  n = len(y.schedule())
  _, nodes, _, clusters = parse(draw_dot(y, path=tmp_path / "r", kernels=True).source)
  assert len(clusters) == n == 1
  inside = {m for _, members in clusters.values() for m in members}
  assert [t for t in nodes if "value [1., 2., 3., 4.]" in nodes[t]["label"]] == ["t0"] and "t0" not in inside


def test_two_calls_give_identical_dot(tmp_path, no_dot):
  _, _, e = expression()
  for kernels in (False, True):
    first = draw_dot(e, path=tmp_path / "one", kernels=kernels).source
    second = draw_dot(e, path=tmp_path / "two", kernels=kernels).source
    assert first == second
    assert (tmp_path / "one.dot").read_text() == (tmp_path / "two.dot").read_text()
  assert "0x" not in first   # no memory addresses in ids or labels


def test_deep_graph_is_walked_without_recursion(tmp_path, no_dot):
  x = Tensor.ones(2, requires_grad=True)
  y = x
  for _ in range(3000): y = y * 1.0001
  nodes = parse(draw_dot(y, path=tmp_path / "deep").source)[1]
  assert len(named(nodes, "op")) == 3000 and len(named(nodes, "t")) == 3000 + 1 + 3000   # results, x, constants


def test_draw_schedule(tmp_path, no_dot):
  x = Tensor([[1.0, 2.0], [3.0, 4.0]]).realize()
  s = x.softmax(-1).sum()
  items = create_schedule([s.lazydata])
  assert len(items) >= 3
  dot = draw_schedule(items, path=tmp_path / "sched")
  text = (tmp_path / "sched.dot").read_text(encoding="utf-8")
  assert text == dot.source
  graph, nodes, edges, _ = parse(text)
  assert named(nodes, "k") == [f"k{i}" for i in range(len(items))] and graph["rankdir"] == "TB"
  assert named(nodes, "in") == ["in0"] and nodes["in0"]["label"] == "(2, 2) float32\nrealized"   # x, read by kernels
  producer = {id(it.out): i for i, it in enumerate(items)}
  expected = {(f"k{producer[id(b)]}", f"k{i}") for i, it in enumerate(items) for b in it.inputs if id(b) in producer}
  assert set(e for e in edges if e[0].startswith("k")) == expected and expected
  for i, it in enumerate(items): assert nodes[f"k{i}"]["label"].splitlines()[-1] == f"reason: {it.reason}"
  assert any("SUM" in label for label in labels(nodes, "k"))
  assert draw_schedule(items, path=tmp_path / "again").source == text


def test_schedule_reason_with_any_text_is_escaped(tmp_path, no_dot):
  x = Tensor([1.0, 2.0]).realize()
  item = create_schedule([(x + 1).lazydata])[-1]
  reason = 'a "quoted" C:\\path <br/> {x}\nsecond line\\'
  odd = ScheduleItem(item.op, item.out, item.inputs, None, reason, ("ADD", "ADD", "MUL"))
  nodes = parse(draw_schedule([odd], path=tmp_path / "odd").source)[1]
  assert nodes["k0"]["label"].split("\n")[1:] == ["fused: ADD×2 MUL", 'reason: a "quoted" C:\\path <br/> {x}',
                                                  "second line\\"]


# ---- writing and rendering ---------------------------------------------------------------------------------------
def test_missing_dot_writes_dot_file_and_prints_hint(tmp_path, capsys, no_dot):
  _, _, e = expression()
  path = tmp_path / "new" / "folder" / "g"
  dot = draw_dot(e, path=path)
  assert isinstance(dot, Dot)
  assert (tmp_path / "new" / "folder" / "g.dot").read_text(encoding="utf-8") == dot.source
  assert sorted(os.listdir(tmp_path / "new" / "folder")) == ["g.dot"]
  out = capsys.readouterr().out.strip().splitlines()
  assert len(out) == 1
  assert f"dot -Tsvg {path}.dot -o {path}.svg" in out[0] and "apt install graphviz" in out[0]


@needs_posix
def test_dot_program_is_asked_for_the_format_next_to_the_dot_file(tmp_path, monkeypatch, capsys):
  log = tmp_path / "calls.txt"
  monkeypatch.setenv("PATH", fake_dot(tmp_path / "bin", f"open({str(log)!r}, 'a').write(repr(args) + '\\n')\n"
                                                        f"open(args[-1], 'w').write('PNG')"))
  _, _, e = expression()
  draw_dot(e, path=tmp_path / "p", format="png", rankdir="TB")
  assert log.read_text().splitlines() == [repr(["-Tpng", f"{tmp_path / 'p'}.dot", "-o", f"{tmp_path / 'p'}.png"])]
  assert (tmp_path / "p.png").read_text() == "PNG"
  text = (tmp_path / "p.dot").read_text(encoding="utf-8")
  assert parse(text)[0]["rankdir"] == "TB"
  assert capsys.readouterr().out == ""


@needs_posix
def test_failing_dot_program_raises_a_picograd_error(tmp_path, monkeypatch):
  monkeypatch.setenv("PATH", fake_dot(tmp_path / "bin", "sys.stderr.write('Error: syntax error in line 3\\n')\n"
                                                        "sys.exit(1)"))
  x = Tensor([1.0]).realize()
  with pytest.raises(DrawError, match=r"`dot` failed \(exit 1\).*syntax error in line 3"):
    draw_dot(x + 1, path=tmp_path / "bad")
  assert (tmp_path / "bad.dot").exists()   # the text is kept, to look at or render by hand


@needs_posix
def test_stuck_dot_program_times_out(tmp_path, monkeypatch):
  import picograd.draw_utils as draw_utils
  monkeypatch.setattr(draw_utils, "RENDER_TIMEOUT_S", 0.3)
  monkeypatch.setenv("PATH", fake_dot(tmp_path / "bin", "time.sleep(30)"))
  with pytest.raises(DrawError, match="could not render.*timed out"):
    draw_dot(Tensor([1.0]), path=tmp_path / "slow")


@pytest.mark.skipif(shutil.which("dot") is None, reason="graphviz's `dot` program is not installed")
def test_real_dot_renders_svg_with_escaped_labels(tmp_path, capsys):
  x = Tensor([[1.0, 2.0], [3.0, 4.0]]).realize()
  item = create_schedule([x.softmax(-1).sum().lazydata])[-1]
  odd = ScheduleItem(item.op, item.out, item.inputs, None, 'say "hi" \\ <b>&</b>', item.fused)
  draw_schedule([odd], path=tmp_path / "s")
  draw_dot(expression()[2], path=tmp_path / "g", kernels=True)
  svg = (tmp_path / "s.svg").read_text(encoding="utf-8")
  assert "<svg" in svg and "<title>k0</title>" in svg
  assert "reason: say &quot;hi&quot; \\ &lt;b&gt;&amp;&lt;/b&gt;" in svg
  svg = (tmp_path / "g.svg").read_text(encoding="utf-8")
  assert "<title>cluster_0</title>" in svg and "<title>t0</title>" in svg and "<title>op0&#45;&gt;t1</title>" in svg
  assert capsys.readouterr().out == ""
