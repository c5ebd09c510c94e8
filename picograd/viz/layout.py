"""Places a schedule's steps on a page: a layered drawing, done here so the page needs no layout library.

Each step sits one layer below the lowest step whose output it reads (buffers made before the schedule form the top
layer); within a layer, steps are ordered by where their inputs sit (the barycenter heuristic), which keeps most edges
short and uncrossed. A layer wider than MAX_ROW wraps onto more rows.
"""
from __future__ import annotations
from dataclasses import dataclass

NODE_W, NODE_H = 190, 58      # a node's box in pixels: a kernel's name, its speed and the buffer it fills
GAP_X, GAP_Y = 24, 34         # space between boxes, and between rows (room for the edges' arrows)
MAX_ROW = 10                  # boxes per row: a layer of a hundred parameters would otherwise be metres wide


@dataclass(frozen=True)
class Placed:
  """A node's box: `node` is a step index, or ~k for the k-th buffer made before the schedule."""
  node: int
  x: int
  y: int

  def __str__(self): return f"{self.node}@({self.x},{self.y})"


@dataclass(frozen=True)
class Layout:
  boxes: tuple[Placed, ...]
  edges: tuple[tuple[int, int], ...]   # (from node, to node)
  width: int
  height: int

  def __str__(self): return f"layout {self.width}x{self.height}: {len(self.boxes)} boxes, {len(self.edges)} edges"


def layered(inputs: list[tuple[int, ...]], outside: int) -> Layout:
  """The layout of steps reading `inputs[i]` (step indices, or ~k for one of `outside` earlier buffers)."""
  layer = {~k: 0 for k in range(outside)}
  for i, reads in enumerate(inputs): layer[i] = 1 + max((layer[r] for r in reads), default=0)
  layers: dict[int, list[int]] = {}
  for node in [~k for k in range(outside)] + list(range(len(inputs))): layers.setdefault(layer[node], []).append(node)
  column: dict[int, float] = {}
  boxes, y = [], 0
  for depth in sorted(layers):
    row = layers[depth]
    if depth > 0: row.sort(key=lambda n: sum(column[r] for r in inputs[n]) / max(1, len(inputs[n])))
    for start in range(0, len(row), MAX_ROW):
      for j, node in enumerate(row[start:start + MAX_ROW]):
        column[node] = j
        boxes.append(Placed(node, j * (NODE_W + GAP_X), y))
      y += NODE_H + GAP_Y
  edges = tuple((r, i) for i, reads in enumerate(inputs) for r in dict.fromkeys(reads))
  width = max((b.x for b in boxes), default=0) + NODE_W
  return Layout(tuple(boxes), edges, width, max(y - GAP_Y, 0))
