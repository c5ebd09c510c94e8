"""Module: a tree of named parameters, buffers and sub-modules, as in PyTorch."""
from __future__ import annotations
from typing import Iterator
from picograd.dtype import dtypes
from picograd.tensor import Tensor


class Module:
  """A tree of parameters, buffers and sub-modules. A tensor or module reachable under two names (tied weights, a
  shared layer) is one object: parameters(), named_parameters(), named_buffers(), modules() and named_modules() yield
  it once, under its first name, so an optimizer updates it once per step; state_dict() keeps every name, as
  PyTorch's does.

  Mode: `training` (set by train() and eval() on the whole tree) is read by the layers that differ between training
  and inference (Dropout, BatchNorm*), which pass it on explicitly; the global Tensor.training is never consulted
  or changed by a module."""
  training: bool = True

  def __init__(self):
    self.training = True

  def forward(self, *args, **kwargs): raise NotImplementedError(f"{type(self).__name__} defines no forward()")

  def __call__(self, *args, **kwargs): return self.forward(*args, **kwargs)

  def _submodules(self) -> Iterator[tuple[str, Module]]:
    """Every (name, sub-module) attribute, shared ones under each of their names."""
    for name, value in vars(self).items():
      if isinstance(value, Module): yield name, value
      elif isinstance(value, (list, tuple)):
        for i, v in enumerate(value):
          if isinstance(v, Module): yield f"{name}.{i}", v

  def named_children(self) -> Iterator[tuple[str, Module]]:
    seen: set[int] = set()
    for name, m in self._submodules():
      if id(m) not in seen:
        seen.add(id(m))
        yield name, m

  def children(self) -> Iterator[Module]:
    for _, m in self.named_children(): yield m

  def named_modules(self, prefix: str = "", remove_duplicate: bool = True) -> Iterator[tuple[str, Module]]:
    """This module and every one below it, depth first (PyTorch's order); a shared one once unless remove_duplicate."""
    seen: set[int] = set()

    def walk(m: Module, name: str):
      if remove_duplicate and id(m) in seen: return
      seen.add(id(m))
      yield name, m
      for child_name, child in m._submodules(): yield from walk(child, f"{name}.{child_name}" if name else child_name)
    yield from walk(self, prefix)

  def modules(self) -> Iterator[Module]:
    for _, m in self.named_modules(): yield m

  def _own_tensors(self, parameters: bool) -> Iterator[tuple[str, Tensor]]:
    buffers = getattr(self, "_buffers", ())
    for name, value in vars(self).items():
      if isinstance(value, Tensor) and (name in buffers) != parameters: yield name, value

  def _named_tensors(self, parameters: bool, prefix: str, recurse: bool, remove_duplicate: bool):
    seen: set[int] = set()
    modules = self.named_modules(prefix, remove_duplicate) if recurse else iter([(prefix, self)])
    for module_name, m in modules:
      for name, t in m._own_tensors(parameters):
        if remove_duplicate and id(t) in seen: continue
        seen.add(id(t))
        full = f"{module_name}.{name}" if module_name else name
        if len(full) > len(t.param_name or ""): t.param_name = full   # the most qualified name seen, for origins
        yield full, t

  def named_parameters(self, prefix: str = "", recurse: bool = True, remove_duplicate: bool = True):
    return self._named_tensors(True, prefix, recurse, remove_duplicate)

  def parameters(self, recurse: bool = True) -> list[Tensor]:
    return [t for _, t in self.named_parameters(recurse=recurse)]

  def named_buffers(self, prefix: str = "", recurse: bool = True, remove_duplicate: bool = True):
    return self._named_tensors(False, prefix, recurse, remove_duplicate)

  def buffers(self, recurse: bool = True) -> list[Tensor]: return [t for _, t in self.named_buffers(recurse=recurse)]

  def register_buffer(self, name: str, tensor: Tensor | None, persistent: bool = True):
    """A tensor moved with the module but not trained (running statistics); saved in the state dict if persistent."""
    if "_buffers" not in vars(self): self._buffers = set()
    self._buffers.add(name)
    if not persistent: vars(self).setdefault("_transient", set()).add(name)
    setattr(self, name, tensor)

  def register_parameter(self, name: str, param: Tensor | None): setattr(self, name, param)
  def add_module(self, name: str, module: Module | None): setattr(self, name, module)
  register_module = add_module

  def get_submodule(self, target: str) -> Module:
    m = self
    for part in target.split(".") if target else ():
      children = dict(m._submodules())
      if part not in children: raise AttributeError(f"{type(m).__name__} has no submodule {part!r} (in {target!r})")
      m = children[part]
    return m

  def apply(self, fn) -> Module:
    """fn on every sub-module, then on this one (PyTorch's order: e.g. model.apply(init_weights))."""
    for child in self.children(): child.apply(fn)
    fn(self)
    return self

  def requires_grad_(self, requires_grad: bool = True) -> Module:
    for p in self.parameters(): p.requires_grad = requires_grad
    return self

  def train(self, mode: bool = True) -> Module:
    self.training = mode
    for c in self.children(): c.train(mode)
    return self

  def eval(self) -> Module: return self.train(False)

  def to(self, *args, device=None, dtype=None) -> Module:
    """model.to(device), model.to(dtype) (floating-point tensors only, as in PyTorch) or both."""
    for a in args:
      if isinstance(a, str): device = a
      else: dtype = a
    for t in self.parameters() + self.buffers():
      moved = t.to(device) if device is not None else t
      if dtype is not None and t.dtype.is_float: moved = moved.cast(dtype)
      t.lazydata = moved.detach().lazydata
    return self

  def half(self) -> Module: return self.to(dtypes.float16)
  def float(self) -> Module: return self.to(dtypes.float32)
  def double(self) -> Module: return self.to(dtypes.float64)
  def bfloat16(self) -> Module: return self.to(dtypes.bfloat16)
  def cpu(self) -> Module: return self.to("CPU")
  def cuda(self) -> Module: return self.to("CUDA")

  def state_dict(self) -> dict[str, Tensor]:
    """Every name of every parameter and persistent buffer: a tied tensor appears under each of its names, as in
    PyTorch."""
    out = {}
    for module_name, m in self.named_modules(remove_duplicate=False):
      transient = vars(m).get("_transient", ())
      for name, t in list(m._own_tensors(parameters=True)) + list(m._own_tensors(parameters=False)):
        if name not in transient: out[f"{module_name}.{name}" if module_name else name] = t
    return out

  def load_state_dict(self, state: dict, strict: bool = True):
    from picograd.nn.state import load_state_dict
    load_state_dict(self, state, strict)
    return self

  def zero_grad(self, set_to_none: bool = True):
    for p in self.parameters():
      p.grad = None if set_to_none or p.grad is None else Tensor.zeros(*p.shape, dtype=p.grad.dtype, device=p.device)

  def extra_repr(self) -> str: return ""

  def __repr__(self) -> str:
    """PyTorch's layout: the class, its settings, and each sub-module indented under its name."""
    head = f"{type(self).__name__}({self.extra_repr()}"
    lines = [f"({name}): {child!r}".replace("\n", "\n  ") for name, child in self._submodules()]
    return head + ("\n  " + "\n  ".join(lines) + "\n)" if lines else ")")


class Sequential(Module):
  """Layers applied in order; named 0, 1, ... or, given one dict (an OrderedDict), by its keys."""

  def __init__(self, *layers):
    super().__init__()
    named = layers[0] if len(layers) == 1 and isinstance(layers[0], dict) else None
    self.names = list(named) if named is not None else [str(i) for i in range(len(layers))]
    self.layers = list(named.values()) if named is not None else list(layers)

  def forward(self, x):
    for layer in self.layers: x = layer(x)
    return x

  def __getitem__(self, i):
    if isinstance(i, slice): return Sequential(dict(zip(self.names[i], self.layers[i])))
    return self.layers[i]

  def __len__(self): return len(self.layers)
  def __iter__(self): return iter(self.layers)

  def append(self, layer: Module) -> Sequential:
    self.names.append(str(len(self.layers)))
    self.layers.append(layer)
    return self

  def _submodules(self):
    for name, layer in zip(self.names, self.layers):
      if isinstance(layer, Module): yield name, layer
