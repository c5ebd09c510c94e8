"""Module: a tree of named parameters, buffers and sub-modules, as in PyTorch."""
from __future__ import annotations
from typing import Iterator
from picograd.tensor import Tensor


class Module:
  training: bool = True

  def __init__(self):
    self.training = True

  def forward(self, *args, **kwargs): raise NotImplementedError(f"{type(self).__name__} defines no forward()")

  def __call__(self, *args, **kwargs):
    before, Tensor.training = Tensor.training, self.training
    try: return self.forward(*args, **kwargs)
    finally: Tensor.training = before

  def children(self) -> Iterator[Module]:
    for _, m in self.named_children(): yield m

  def named_children(self) -> Iterator[tuple[str, Module]]:
    for name, value in vars(self).items():
      if isinstance(value, Module): yield name, value
      elif isinstance(value, (list, tuple)):
        for i, v in enumerate(value):
          if isinstance(v, Module): yield f"{name}.{i}", v

  def _own_tensors(self, parameters: bool) -> Iterator[tuple[str, Tensor]]:
    buffers = getattr(self, "_buffers", ())
    for name, value in vars(self).items():
      if isinstance(value, Tensor) and (name in buffers) != parameters: yield name, value

  def named_parameters(self, prefix: str = "") -> Iterator[tuple[str, Tensor]]:
    for name, t in self._own_tensors(parameters=True): yield prefix + name, t
    for name, child in self.named_children(): yield from child.named_parameters(f"{prefix}{name}.")

  def parameters(self) -> list[Tensor]: return [t for _, t in self.named_parameters()]

  def named_buffers(self, prefix: str = "") -> Iterator[tuple[str, Tensor]]:
    for name, t in self._own_tensors(parameters=False): yield prefix + name, t
    for name, child in self.named_children(): yield from child.named_buffers(f"{prefix}{name}.")

  def register_buffer(self, name: str, value: Tensor):
    """A tensor saved in the state dict but not trained (running statistics)."""
    if "_buffers" not in vars(self): self._buffers = set()
    self._buffers.add(name)
    setattr(self, name, value)

  def train(self, mode: bool = True) -> Module:
    self.training = mode
    for c in self.children(): c.train(mode)
    return self

  def eval(self) -> Module: return self.train(False)

  def to(self, device: str) -> Module:
    for _, t in list(self.named_parameters()) + list(self.named_buffers()):
      moved = t.to(device).detach()
      t.lazydata = moved.lazydata
    return self

  def state_dict(self) -> dict[str, Tensor]:
    return dict(list(self.named_parameters()) + list(self.named_buffers()))

  def load_state_dict(self, state: dict, strict: bool = True):
    from picograd.nn.state import load_state_dict
    load_state_dict(self, state, strict)
    return self

  def zero_grad(self):
    for p in self.parameters(): p.grad = None


class Sequential(Module):
  def __init__(self, *layers):
    super().__init__()
    self.layers = list(layers)

  def forward(self, x):
    for layer in self.layers: x = layer(x)
    return x

  def __getitem__(self, i): return self.layers[i]
  def __len__(self): return len(self.layers)

  def named_children(self):
    for i, layer in enumerate(self.layers):
      if isinstance(layer, Module): yield str(i), layer
