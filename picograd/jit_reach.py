"""What a jitted function can reach, and the guards a replay checks on it.

A replay never runs the function's Python, so at its capture the JIT walks the references the function can follow
(closure cells, the globals it names, `self`, its arguments, through lists, dicts and object attributes) and
records each path to a tensor whose buffer the kernels use, and each plain value read on the way. At every replay
those paths must still lead to the same tensors and values; otherwise the function would have done something else.
"""
from __future__ import annotations
import dis
import functools
import types
from collections import deque
import numpy as np
from picograd.errors import JitError
from picograd.lazy import LazyBuffer
from picograd.tensor import Tensor

class Wrapper:
  """A callable standing for a function (a jitted one): a walk goes on into `fn` and the `instance` bound to it."""
  fn = None
  instance = None


WALK_LIMIT = 50_000   # references followed from a function at its capture: bounds the cost on huge object graphs
VALUES = (bool, int, float, complex, str, bytes, type(None), np.generic)
_MISSING = object()
_CALLABLES = (types.FunctionType, types.MethodType, Wrapper)


class Ref:
  """One reference met on the walk: `container[key]`, or a closure cell's contents, that held `child`."""
  __slots__ = ("parent", "kind", "container", "key", "child", "name", "reader", "via_argument")

  def __init__(self, parent, kind, container, key, child, name, reader, via_argument):
    self.parent, self.kind, self.container, self.key, self.child = parent, kind, container, key, child
    self.name, self.reader = name, reader   # reader: "name" (the code reads it by name), "self", or None
    self.via_argument = via_argument        # first reached from an argument rather than from the function

  def now(self):
    if self.kind == "fixed": return self.child
    try: return self.container.cell_contents if self.kind == "cell" else self.container[self.key]
    except (KeyError, IndexError, ValueError): return _MISSING


@functools.lru_cache(maxsize=4096)
def _global_names(code: types.CodeType) -> tuple[str, ...]:
  """The names a code object, and the functions and comprehensions inside it, read as globals."""
  names = [i.argval for i in dis.get_instructions(code) if i.opname in ("LOAD_GLOBAL", "LOAD_NAME")]
  for c in code.co_consts:
    if isinstance(c, types.CodeType): names.extend(_global_names(c))
  return tuple(dict.fromkeys(names))


def attrs(obj) -> dict | None:
  try: d = getattr(obj, "__dict__", None)
  except Exception: return None
  return d if isinstance(d, dict) else None


def walkable(v) -> bool:
  if isinstance(v, (Tensor, LazyBuffer, type, types.ModuleType, np.ndarray) + VALUES): return False
  return isinstance(v, _CALLABLES + (list, tuple, dict)) or attrs(v) is not None


def _references(node, name: str):
  """(kind, container, key, child, name) for each reference out of one object; kind "fixed" never changes."""
  if isinstance(node, types.FunctionType):
    for var, cell in zip(node.__code__.co_freevars, node.__closure__ or ()):
      try: yield "cell", cell, None, cell.cell_contents, var
      except ValueError: pass   # a cell not filled yet
    g = node.__globals__
    for n in _global_names(node.__code__):
      if n in g: yield "item", g, n, g[n], n
  elif isinstance(node, types.MethodType):
    yield "fixed", None, None, node.__func__, name
    yield "fixed", None, None, node.__self__, name
  elif isinstance(node, Wrapper):
    yield "fixed", None, None, node.fn, name
    if node.instance is not None: yield "fixed", None, None, node.instance, name
  elif isinstance(node, (list, tuple, dict)):
    kind = "fixed" if isinstance(node, tuple) else "item"
    for k, v in list(node.items() if isinstance(node, dict) else enumerate(node)):
      yield kind, node, k, v, f"{name}[{k!r}]"
  elif (d := attrs(node)) is not None:
    for k, v in list(d.items()): yield "item", d, k, v, f"{name}.{k}"


def walk(roots: list[tuple[object, str, bool]], instance=None) -> list[Ref]:
  """Every reference reachable from `roots` (object, name, whether an argument) through functions' closures and
  globals, containers and object attributes, breadth first (each object is named by a shortest path), up to
  WALK_LIMIT references."""
  refs: list[Ref] = []
  seen = {id(o) for o, _, _ in roots}
  queue = deque((o, name, arg, isinstance(o, _CALLABLES)) for o, name, arg in roots)
  while queue and len(refs) < WALK_LIMIT:
    node, name, via_argument, by_name = queue.popleft()   # by_name: a function reached from fn by names alone
    reader = "name" if by_name and isinstance(node, types.FunctionType) else "self" if node is instance else None
    for kind, container, key, child, child_name in _references(node, name):
      refs.append(Ref(id(node), kind, container, key, child, child_name, reader, via_argument))
      if id(child) not in seen and walkable(child):
        seen.add(id(child))
        queue.append((child, child_name, via_argument, by_name and isinstance(child, _CALLABLES)))
  return refs


def paths(refs: list[Ref], targets: set[int]) -> list[Ref]:
  """The references on the paths from the roots to the objects whose ids are `targets`."""
  into: dict[int, list[Ref]] = {}
  for r in refs: into.setdefault(id(r.child), []).append(r)
  out, todo, done = [], list(targets), set()
  while todo:
    i = todo.pop()
    if i in done: continue
    done.add(i)
    for r in into.get(i, ()):
      out.append(r)
      todo.append(r.parent)
  return out


def is_value(v) -> bool:
  return isinstance(v, VALUES) or (type(v) is tuple and all(is_value(x) for x in v))


def same(now, then) -> bool:
  """Whether a reference still holds what it held: values by value, anything else by identity."""
  if now is then: return True
  return is_value(then) and type(now) is type(then) and bool(now == then)



def changed_by_call(name: str, before: list[Ref], pre: dict):
  """Refuse Python state the function changes itself: a replay runs only kernels, so it would not change it."""
  for r in before:
    now = r.now()
    if r.reader and is_value(r.child) and not same(now, r.child):
      raise JitError(f"jit: {name} changes {r.name} while it runs ({r.child!r} -> {now!r}); a replay runs only the "
                     "kernels, so it would not. Keep that state outside the jitted function, or in a tensor")
    if isinstance(r.child, Tensor) and now is not r.child:
      raise JitError(f"jit: {name} rebinds {r.name} to another tensor while it runs; a replay would keep reading and "
                     f"writing the tensors of the capture. Write into the tensor instead: {r.name}.assign(...)")
  for t, buf, where in pre.values():
    if not t.lazydata.is_realized:
      raise JitError(f"jit: {name} leaves {where} unrealized (a lazy assign or value); a replay runs only the kernels "
                     f"the capture ran. Realize it inside the function: Tensor.realize(..., {where})")
    if t.lazydata.base.realized is not buf:
      raise JitError(f"jit: {name} gives {where} a new buffer while it runs (rebinding, not assigning in place); a "
                     f"replay would use the old one. Assign into it: {where}.assign(...)")


