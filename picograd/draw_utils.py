"""Pictures of the graphs picograd builds, as graphviz DOT text.

  draw_dot(t)               the autograd graph of a tensor: a box per tensor, an ellipse per op (Function),
                            parents -> op -> result; kernels=True groups them into the fused kernels that compute them
  draw_schedule(items)      a list of ScheduleItems: one box per kernel, edges from the kernels that produce its inputs
  capture_graph(t)          a snapshot of the autograd graph, to draw after backward() (which frees the graph)
  draw_run_at_exit()        every kernel the run schedules from now on, drawn at exit (what GRAPH=1 does, from
                            picograd/__init__.py, through the engine's "schedule" hook)
  Dot, quote(text)          the DOT text builder the others use (nodes, edges, clusters) and its quoting of any text

Each builds the DOT text itself (no Python package needed) and returns it as a `Dot` (its text is `.source`). It
always writes `path + ".dot"`; when graphviz's `dot` program is on PATH it also renders `path + "." + format`
(svg, png, pdf...), and when it is not, one line says how to. Labels are quoted and escaped (quotes, backslashes,
newlines), so any text is safe in them. Drawing never computes anything: a value preview is shown only for
tensors already realized. Node ids follow the graph walk, so drawing the same graph twice gives the same text.
"""
from __future__ import annotations
import atexit
import contextlib
import os
import re
import shutil
import subprocess
import weakref
from dataclasses import dataclass, field
from picograd.engine import hooks
from picograd.errors import PicogradError
from picograd.schedule import ScheduleItem

PREVIEW_MAX = 16  # a realized tensor with at most this many elements shows its values
RENDER_TIMEOUT_S = 120   # `dot` lays out thousands of nodes in seconds; far longer means it is stuck


class DrawError(PicogradError, RuntimeError):
  """graphviz's `dot` program failed to render a .dot file that was written."""


# ---- the autograd graph ----------------------------------------------------------------------------------------------
@dataclass
class Graph:
  """The autograd graph reachable from some tensors, in the order the walk found it (sources before users).

  `tensors`: every tensor; `ops`: (Function class name, indices of its parents in `tensors`, index of its result).
  Holding a Graph keeps its tensors alive, so it can be drawn after `backward()` has freed their `_ctx`."""
  roots: list
  tensors: list = field(default_factory=list)
  ops: list = field(default_factory=list)


def capture_graph(*tensors) -> Graph:
  """Walk the autograd graph from `tensors` without recursion; every parent of an op is a node, tracked or not."""
  g = Graph(roots=list(tensors))
  index: dict[int, int] = {}
  ctx_of: dict[int, object] = {}
  stack = [(t, False) for t in reversed(tensors)]
  while stack:
    t, expanded = stack.pop()
    if expanded:
      index[id(t)] = len(g.tensors)
      g.tensors.append(t)
      continue
    if id(t) in ctx_of: continue
    ctx_of[id(t)] = t._ctx
    stack.append((t, True))
    if t._ctx is not None: stack.extend((p, False) for p in reversed(t._ctx.parents))
  for t in g.tensors:
    ctx = ctx_of[id(t)]
    if ctx is None or not ctx.parents: continue
    g.ops.append((type(ctx).__name__, tuple(index[id(p)] for p in ctx.parents), index[id(t)]))
  return g


def _as_graph(x) -> Graph:
  if isinstance(x, Graph): return x
  if isinstance(x, (list, tuple)): return capture_graph(*x)
  return capture_graph(x)


# ---- labels ----------------------------------------------------------------------------------------------------------
def _preview(t) -> str | None:
  """A few values of an already realized tensor that is a whole buffer (reading it then runs nothing), else None."""
  lb = t.lazydata
  if not lb.is_realized or t.numel() == 0 or t.numel() > PREVIEW_MAX: return None
  if not (lb.st.contiguous and lb.size == lb.base.size): return None
  import numpy as np
  vals = np.asarray(t.numpy()).reshape(-1)
  return np.array2string(vals, precision=4, separator=", ", threshold=PREVIEW_MAX + 1).replace("\n", "")


def _shape(shape) -> str: return "(" + ", ".join(str(s) for s in shape) + ("," if len(shape) == 1 else "") + ")"


def _tensor_label(t, is_leaf: bool, kernel_note: str | None) -> str:
  lines = [f"{_shape(t.shape)} {t.dtype.name} {t.device}"]
  if is_leaf: lines.append("leaf, requires_grad" if t.requires_grad else "leaf")
  base = t.lazydata.base
  if base.realized is None and getattr(base.op, "name", None) == "CONST": lines.append(f"const {base.arg}")
  elif t.requires_grad and not is_leaf: lines.append("requires_grad")
  if (p := _preview(t)) is not None: lines.append(f"value {p}")
  if t.grad is not None:
    lines.append(f"grad {_shape(t.grad.shape)}")
    if (p := _preview(t.grad)) is not None: lines.append(f"grad value {p}")
  if kernel_note: lines.append(kernel_note)
  return "\n".join(lines)


def _ops_summary(fused) -> str:
  """The ops of a kernel in first-use order, repeats counted: 'ADD XOR×12 SHR×12 CAST MUL SUM'."""
  counts: dict[str, int] = {}
  for name in fused: counts[name] = counts.get(name, 0) + 1
  return " ".join(n if c == 1 else f"{n}×{c}" for n, c in counts.items()) or "-"


def _kernel_title(i: int, item) -> str:
  what = "kernel" if getattr(item, "is_kernel", True) else item.op.name.lower()
  return f"{what} {i}: {_shape(item.out.shape)} {item.out.dtype.name}"


# ---- DOT text --------------------------------------------------------------------------------------------------------
_PLAIN_ID = re.compile(r"[A-Za-z_][A-Za-z_0-9]*|-?(\.[0-9]+|[0-9]+(\.[0-9]*)?)")
_KEYWORDS = {"node", "edge", "graph", "digraph", "subgraph", "strict"}


def quote(text) -> str:
  """A DOT ID for any text: bare when DOT reads it back unchanged, else a quoted string with backslashes and quotes
  escaped and newlines as DOT's `\\n` (a centered line break in a label). `<` `>` `{` `}` are plain text in quotes."""
  text = str(text)
  if _PLAIN_ID.fullmatch(text) and text.lower() not in _KEYWORDS: return text
  escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\r\n", "\n").replace("\r", "\n")
  return '"' + escaped.replace("\n", "\\n") + '"'


def _attrs(attrs: dict) -> str: return " ".join(f"{k}={quote(v)}" for k, v in attrs.items())


class Dot:
  """A directed graph as DOT text, written line by line in the order nodes, edges and clusters are added."""

  def __init__(self, name: str, graph_attr: dict, node_attr: dict, edge_attr: dict):
    self.lines = [f"digraph {quote(name)} {{"]
    self.depth = 1
    for kind, attrs in (("graph", graph_attr), ("node", node_attr), ("edge", edge_attr)):
      self._add(f"{kind} [{_attrs(attrs)}]")

  def _add(self, line: str): self.lines.append("  " * self.depth + line)

  def node(self, name: str, label: str, **attrs): self._add(f"{quote(name)} [{_attrs({'label': label, **attrs})}]")

  def edge(self, tail: str, head: str): self._add(f"{quote(tail)} -> {quote(head)}")

  def attr(self, **attrs):
    """Attributes of the graph or, inside `subgraph`, of that subgraph (a cluster's label, style, colour)."""
    for k, v in attrs.items(): self._add(f"{k}={quote(v)}")

  @contextlib.contextmanager
  def subgraph(self, name: str):
    """Lines added inside the `with` belong to subgraph `name` (graphviz boxes a subgraph named cluster_*)."""
    self._add(f"subgraph {quote(name)} {{")
    self.depth += 1
    try:
      yield self
    finally:
      self.depth -= 1
      self._add("}")

  @property
  def source(self) -> str: return "\n".join(self.lines) + "\n}\n"

  def __str__(self) -> str: return self.source


# ---- writing and rendering -------------------------------------------------------------------------------------------
def _write(dot: Dot, path, format: str):
  """Write path.dot; render path.<format> with the `dot` program, or say how to when it is missing."""
  path = os.fspath(path)
  folder = os.path.dirname(path)
  if folder: os.makedirs(folder, exist_ok=True)
  dot_file, out = path + ".dot", f"{path}.{format}"
  with open(dot_file, "w", encoding="utf-8") as f: f.write(dot.source)
  program = shutil.which("dot")
  if program is None:
    print(f"graphviz's `dot` program was not found: wrote {dot_file}; render it with "
          f"`dot -T{format} {dot_file} -o {out}` "
          f"(install graphviz: apt install graphviz, brew install graphviz or conda install graphviz)")
    return
  try:
    done = subprocess.run([program, f"-T{format}", dot_file, "-o", out], capture_output=True, text=True,
                          timeout=RENDER_TIMEOUT_S)
  except (OSError, subprocess.TimeoutExpired) as e:
    raise DrawError(f"graphviz's `dot` could not render {dot_file} to {out}: {e}") from None
  if done.returncode != 0:
    raise DrawError(f"graphviz's `dot` failed (exit {done.returncode}) rendering {dot_file} to {out}: "
                    f"{done.stderr.strip() or 'no message'}")


def draw_dot(tensor, path="graphs/test", format: str = "svg", kernels: bool = False, rankdir: str = "LR"):
  """Draw the autograd graph of `tensor` (a Tensor, a list of them, or a Graph from capture_graph).

  A box per tensor (shape, dtype, device, leaf/requires_grad, gradient shape, values when realized and small), an
  ellipse per op. kernels=True: one `cluster_k` per kernel of `Tensor.schedule(roots)`, holding the tensors whose
  base that kernel computes (views with their base; realized tensors and constants stay outside), labelled with
  its fused ops and the reason its output is a buffer of its own. Returns the Dot (its DOT text is `.source`)."""
  g = _as_graph(tensor)
  dot = Dot("picograd", graph_attr={"rankdir": rankdir, "fontname": "Helvetica"},
                         node_attr={"fontname": "Helvetica", "fontsize": "10"}, edge_attr={"arrowsize": "0.6"})
  home: dict[int, int] = {}   # tensor index -> the kernel it is drawn in
  notes: dict[int, str] = {}
  items = []
  if kernels and g.roots:
    from picograd.tensor import Tensor
    items = Tensor.schedule(*g.roots)
    for ti, t in enumerate(g.tensors):
      ks = [k for k, it in enumerate(items) if it.computes(t.lazydata.base)]
      if not ks: continue
      home[ti] = ks[0]
      which = f"kernel {ks[0]}" if len(ks) == 1 else "kernels " + ", ".join(str(k) for k in ks) + " (recomputed)"
      notes[ti] = which + (" (view)" if t.lazydata.base is not t.lazydata else "")

  results = {res for _, _, res in g.ops}   # not t._ctx: backward() clears it on a captured graph

  def tensor_node(target, ti: int):
    t, is_leaf = g.tensors[ti], ti not in results
    fill = "lightblue" if is_leaf and t.requires_grad else ("lightgray" if is_leaf else "lightyellow")
    target.node(f"t{ti}", _tensor_label(t, is_leaf, notes.get(ti)), shape="box", style="filled,rounded", fillcolor=fill,
                penwidth="2" if any(t is r for r in g.roots) else "1")

  def op_node(target, oi: int):
    target.node(f"op{oi}", g.ops[oi][0], shape="ellipse", style="filled", fillcolor="white")

  op_home = {oi: home.get(res) for oi, (_, _, res) in enumerate(g.ops)}
  for k, it in enumerate(items):
    with dot.subgraph(f"cluster_{k}") as c:
      c.attr(label=f"{_kernel_title(k, it)}\nfused: {_ops_summary(it.fused)}\nreason: {it.reason}",
             style="dashed", color="steelblue", fontname="Helvetica", fontsize="10")
      members = [ti for ti in range(len(g.tensors)) if home.get(ti) == k]
      if not members:   # the kernel writes an intermediate no tensor of this graph holds
        c.node(f"k{k}", f"intermediate {_shape(it.out.shape)} {it.out.dtype.name}", shape="plaintext")
      for ti in members: tensor_node(c, ti)
      for oi in range(len(g.ops)):
        if op_home[oi] == k: op_node(c, oi)
  for ti in range(len(g.tensors)):
    if ti not in home: tensor_node(dot, ti)
  for oi, (_, parents, res) in enumerate(g.ops):
    if op_home[oi] is None: op_node(dot, oi)
    for p in parents: dot.edge(f"t{p}", f"op{oi}")
    dot.edge(f"op{oi}", f"t{res}")
  _write(dot, path, format)
  return dot


def draw_schedule(items, path="graphs/schedule", format: str = "svg", rankdir: str = "TB"):
  """Draw ScheduleItems: a box per item (index, output shape, fused ops, reason), an edge from the item that
  produces each input, and an input node for every buffer no item in the list produces (realized before)."""
  dot = Dot("schedule", graph_attr={"rankdir": rankdir, "fontname": "Helvetica"},
                         node_attr={"fontname": "Helvetica", "fontsize": "10"}, edge_attr={"arrowsize": "0.6"})
  producer: dict[int, int] = {}
  for k, it in enumerate(items): producer[id(it.out)] = k   # a buffer written twice (assign): its latest writer
  inputs: dict[int, str] = {}
  seen_producer: dict[int, int] = {}
  for k, it in enumerate(items):
    label = f"{_kernel_title(k, it)}\nfused: {_ops_summary(it.fused)}\nreason: {it.reason or '-'}"
    dot.node(f"k{k}", label, shape="box", style="filled,rounded",
             fillcolor="lightyellow" if getattr(it, "is_kernel", True) else "lightgray")
    for b in it.inputs:
      src = seen_producer.get(id(b), producer.get(id(b)))   # the latest writer before this item, else any
      if src is not None:
        dot.edge(f"k{src}", f"k{k}")
        continue
      if id(b) not in inputs:
        inputs[id(b)] = f"in{len(inputs)}"
        state = "realized" if b.realized is not None else (b.op.name if b.op is not None else "?")
        dot.node(inputs[id(b)], f"{_shape(b.shape)} {b.dtype.name}\n{state}", shape="box", style="filled",
                 fillcolor="lightblue")
      dot.edge(inputs[id(b)], f"k{k}")
    seen_producer[id(it.out)] = k
  _write(dot, path, format)
  return dot


# ---- GRAPH=1: the run's kernels, drawn at exit -----------------------------------------------------------------------
MAX_DRAWN_KERNELS = 5000   # the run's first kernels: a larger drawing is unreadable, and a long run must not grow
                           # memory without bound


@dataclass(eq=False)
class _DrawnBuffer:
  """What draw_schedule reads of a buffer, kept instead of the buffer so a long run does not keep every one."""
  shape: tuple
  dtype: object
  op: object
  realized: object


def draw_run_at_exit(path="graphs/schedule"):
  """Record every kernel scheduled from now on, with stand-ins for its buffers (one per live buffer, so edges
  follow identity), and draw them all at exit."""
  scheduled: list[ScheduleItem] = []
  drawn: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

  def stand_in(b):
    if b not in drawn: drawn[b] = _DrawnBuffer(b.shape, b.dtype, b.op, True if b.realized is not None else None)
    return drawn[b]

  def record(items):
    kernels = [i for i in items if i.is_kernel][:MAX_DRAWN_KERNELS - len(scheduled)]
    scheduled.extend(ScheduleItem(i.op, stand_in(i.out), tuple(stand_in(b) for b in i.inputs), None, i.reason, i.fused)
                     for i in kernels)

  hooks.add("schedule", record)
  atexit.register(lambda: scheduled and draw_schedule(scheduled, path))
