"""The import graph of picograd's modules, and the cycles in it: none may be closed by an import inside a function
(which only hides a cycle until that function runs).

    python tools/import_graph.py            # every edge, then the cycles; exit status 1 when there is one
    python tools/import_graph.py --quiet    # the cycles only

An edge goes to the most specific module an import names (`from picograd import engine` -> picograd.engine).
Imports under `if TYPE_CHECKING:` are left out (they never run), and so is the package `__init__` that Python runs
before a submodule: counting it would put every module in one cycle with the root, which imports them all.
"""
from __future__ import annotations
import argparse
import ast
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def modules(package: str = "picograd") -> dict[str, str]:
  """Module name -> file, for every .py file of the package."""
  found = {}
  for folder, _, files in os.walk(os.path.join(ROOT, package)):
    for f in sorted(files):
      if not f.endswith(".py"): continue
      parts = os.path.relpath(os.path.join(folder, f), ROOT)[:-3].split(os.sep)
      found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = os.path.join(folder, f)
  return found


def _resolve(name: str, known: dict) -> str | None:
  while name and name not in known: name = name.rpartition(".")[0]
  return name or None


def _targets(node: ast.AST, here: str, is_package: bool) -> list[str]:
  """The dotted names an import statement may load."""
  if isinstance(node, ast.Import): return [a.name for a in node.names]
  base = node.module or ""
  if node.level:
    parent = here.split(".") if is_package else here.split(".")[:-1]
    base = ".".join(parent[:len(parent) - node.level + 1] + ([base] if base else []))
  return [f"{base}.{a.name}" for a in node.names]


def _imports(tree: ast.Module):
  """(import node, inside a function) for every import that can run."""
  stack = [(tree, False)]
  while stack:
    node, in_function = stack.pop()
    for child in ast.iter_child_nodes(node):
      if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test): continue
      if isinstance(child, (ast.Import, ast.ImportFrom)): yield child, in_function
      nested = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
      stack.append((child, nested))


def edges(known: dict[str, str]) -> list[tuple[str, str, bool]]:
  """(importer, imported, inside a function) between modules of the package."""
  out = set()
  for name, path in known.items():
    with open(path) as f: tree = ast.parse(f.read(), path)
    for node, in_function in _imports(tree):
      for target in _targets(node, name, path.endswith("__init__.py")):
        dest = _resolve(target, known)
        if dest is not None and dest != name: out.add((name, dest, in_function))
  return sorted(out)


def cycles(names, graph_edges) -> list[list[str]]:
  """The strongly connected components of more than one module (Tarjan's algorithm, iteratively)."""
  succ = {n: sorted({b for a, b, _ in graph_edges if a == n}) for n in names}
  index, low, on_stack, stack, found, counter = {}, {}, set(), [], [], [0]
  for start in names:
    if start in index: continue
    work = [(start, 0)]
    while work:
      node, i = work.pop()
      if i == 0:
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
      if i < len(succ[node]):
        work.append((node, i + 1))
        nxt = succ[node][i]
        if nxt not in index: work.append((nxt, 0))
        elif nxt in on_stack: low[node] = min(low[node], index[nxt])
        continue
      if work: low[work[-1][0]] = min(low[work[-1][0]], low[node])
      if low[node] == index[node]:
        component = []
        while True:
          n = stack.pop()
          on_stack.discard(n)
          component.append(n)
          if n == node: break
        if len(component) > 1: found.append(sorted(component))
  return found


def main() -> int:
  parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
  parser.add_argument("--quiet", action="store_true", help="print only the cycles")
  args = parser.parse_args()
  known = modules()
  graph_edges = edges(known)
  if not args.quiet:
    for a, b, in_function in graph_edges: print(f"{a:32s} -> {b}{'   (in a function)' if in_function else ''}")
  found = cycles(sorted(known), graph_edges)
  print(f"\n{len(known)} modules, {len(graph_edges)} imports, "
        f"{sum(f for _, _, f in graph_edges)} of them inside functions; {len(found)} cycles")
  for component in found:
    inside = [(a, b, f) for a, b, f in graph_edges if a in component and b in component]
    print("cycle: " + ", ".join(component))
    for a, b, in_function in inside: print(f"  {a} -> {b}{'   (inside a function)' if in_function else ''}")
  return 1 if found else 0


if __name__ == "__main__":
  sys.exit(main())
