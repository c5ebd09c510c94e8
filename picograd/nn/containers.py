"""PyTorch's containers: sub-modules and parameters in a list or a dict, named by index or key in the state dict."""
from __future__ import annotations
from typing import Iterable, Iterator
from picograd.nn.module import Module
from picograd.tensor import Tensor


class _ParameterMeta(type):
  def __instancecheck__(cls, obj) -> bool:
    """Any leaf tensor that requires grad counts: picograd keeps no separate Parameter type (see Parameter)."""
    return isinstance(obj, Tensor) and obj.requires_grad and obj._ctx is None


class Parameter(metaclass=_ParameterMeta):
  """nn.Parameter(data): the data as a leaf tensor that requires grad (a plain Tensor: a module registers every
  tensor it holds, so no subclass is needed, and results of ops on it are plain tensors as in PyTorch)."""

  def __new__(cls, data: Tensor | None = None, requires_grad: bool = True) -> Tensor:
    data = Tensor.empty(0) if data is None else data
    out = Tensor(data.detach().lazydata, requires_grad=requires_grad)
    if requires_grad and not out.dtype.is_float:
      raise TypeError(f"Parameter: {out.dtype.name} tensors cannot require grad")
    return out


class ModuleList(Module):
  """Sub-modules in a list, named 0, 1, ... (`self.blocks = nn.ModuleList([...])` gives blocks.0.weight, ...)."""

  def __init__(self, modules: Iterable[Module] | None = None):
    super().__init__()
    self.entries: list[Module] = list(modules or [])

  def __getitem__(self, i):
    return ModuleList(self.entries[i]) if isinstance(i, slice) else self.entries[i]

  def __setitem__(self, i: int, module: Module): self.entries[i] = module
  def __len__(self) -> int: return len(self.entries)
  def __iter__(self) -> Iterator[Module]: return iter(self.entries)

  def append(self, module: Module) -> ModuleList:
    self.entries.append(module)
    return self

  def extend(self, modules: Iterable[Module]) -> ModuleList:
    self.entries.extend(modules)
    return self

  def insert(self, index: int, module: Module): self.entries.insert(index, module)

  def _submodules(self):
    for i, m in enumerate(self.entries):
      if isinstance(m, Module): yield str(i), m


class _Dict(Module):
  """The dict protocol over `self.entries`, shared by ModuleDict and ParameterDict."""

  def __getitem__(self, key: str): return self.entries[key]
  def __setitem__(self, key: str, value): self.entries[key] = value
  def __delitem__(self, key: str): del self.entries[key]
  def __len__(self) -> int: return len(self.entries)
  def __iter__(self) -> Iterator[str]: return iter(self.entries)
  def __contains__(self, key: str) -> bool: return key in self.entries
  def keys(self): return self.entries.keys()
  def values(self): return self.entries.values()
  def items(self): return self.entries.items()
  def update(self, entries: dict): self.entries.update(entries)


class ModuleDict(_Dict):
  """Sub-modules by name, in insertion order."""

  def __init__(self, modules: dict[str, Module] | None = None):
    super().__init__()
    self.entries: dict[str, Module] = dict(modules or {})

  def _submodules(self):
    for k, m in self.entries.items():
      if isinstance(m, Module): yield k, m


class ParameterList(Module):
  """Parameters in a list, named 0, 1, ..."""

  def __init__(self, values: Iterable[Tensor] | None = None):
    super().__init__()
    self.entries: list[Tensor] = [v if isinstance(v, Tensor) else Parameter(Tensor(v)) for v in (values or [])]

  def __getitem__(self, i: int) -> Tensor: return self.entries[i]
  def __len__(self) -> int: return len(self.entries)
  def __iter__(self) -> Iterator[Tensor]: return iter(self.entries)

  def append(self, value: Tensor) -> ParameterList:
    self.entries.append(value)
    return self

  def _own_tensors(self, parameters: bool):
    if parameters: yield from ((str(i), t) for i, t in enumerate(self.entries))


class ParameterDict(_Dict):
  """Parameters by name, in insertion order."""

  def __init__(self, values: dict[str, Tensor] | None = None):
    super().__init__()
    self.entries: dict[str, Tensor] = dict(values or {})

  def _own_tensors(self, parameters: bool):
    if parameters: yield from self.entries.items()
