"""torch.nn.parallel.DistributedDataParallel: the same model on every rank, each on its share of the batch, with
gradients averaged across the ranks before the optimizer reads them.

    model = DistributedDataParallel(model)    # rank 0's parameters and buffers broadcast to every rank
    loss = model(x).cross_entropy(y)
    loss.backward()                           # each bucket's gradients averaged once backward has written them all
    opt.step()

Buckets: the parameters, last first (the order backward finishes them), grouped by dtype and device into buckets
of at most `bucket_cap_mb`. A bucket's gradients go into one all-reduce (a COLLECTIVE with several sources, packed
into one buffer by the communicator), run when backward has written the bucket's last gradient (each parameter's
`register_post_accumulate_grad_hook`, as in PyTorch), and each `.grad` becomes a view of the averaged buffer. A
jitted step captures and replays the all-reduces with its kernels. `sync_gradients()` averages what backward left
(a bucket holding a parameter the step did not use); it skips gradients already averaged, so calling it after
every backward is harmless.
"""
from __future__ import annotations
import weakref
from contextlib import contextmanager
from picograd import distributed as dist
from picograd.nn.module import Module
from picograd.tensor import Tensor

BUCKET_CAP_MB = 25.0   # PyTorch's default: big enough that per-call latency is paid rarely, small enough to overlap


def buckets(params: list[Tensor], cap_bytes: float) -> list[list[Tensor]]:
  """Parameters last first, cut into runs of one dtype and device of at most cap_bytes (a larger one alone)."""
  out: list[list[Tensor]] = []
  size = 0.0
  for p in reversed(params):
    nbytes = p.numel() * p.dtype.itemsize
    same = out and (out[-1][0].dtype, out[-1][0].device) == (p.dtype, p.device)
    if not same or size + nbytes > cap_bytes: out, size = out + [[]], 0.0
    out[-1].append(p)
    size += nbytes
  return out


class DistributedDataParallel(Module):
  """Wraps `module`: forward is the module's; gradients are averaged across the process group (see the module
  docstring for when). PyTorch's arguments are accepted; device_ids and output_device must name this rank's device
  or be left out."""

  def __init__(self, module: Module, device_ids=None, output_device=None, dim: int = 0, broadcast_buffers: bool = True,
               process_group=None, bucket_cap_mb: float | None = None, find_unused_parameters: bool = False,
               gradient_as_bucket_view: bool = False, static_graph: bool = False):
    super().__init__()
    self.module = module
    self.process_group = process_group
    self.require_backward_grad_sync = True
    params = [p for p in module.parameters() if p.requires_grad]
    self.buckets = buckets(params, (bucket_cap_mb or BUCKET_CAP_MB) * 2 ** 20)
    self._averaged: dict[int, weakref.ref] = {}   # id(parameter) -> the gradient this wrapper made for it
    state = list(module.parameters()) + ([b for _, b in module.named_buffers()] if broadcast_buffers else [])
    for t in state: dist.broadcast(t, 0, group=process_group)
    if state: Tensor.realize(*state)
    for p in params: p.register_post_accumulate_grad_hook(self._gradient_written)

  def forward(self, *args, **kwargs): return self.module(*args, **kwargs)

  @contextmanager
  def no_sync(self):
    """Backward passes inside accumulate gradients locally; the first sync after averages the sum."""
    before, self.require_backward_grad_sync = self.require_backward_grad_sync, False
    try: yield
    finally: self.require_backward_grad_sync = before

  def sync_gradients(self):
    """Average every bucket's gradients across the ranks (lazily), unless inside no_sync() or already averaged."""
    if not self.require_backward_grad_sync: return
    for bucket in self.buckets: self._sync(bucket)

  def _fresh(self, p: Tensor) -> bool:
    made = self._averaged.get(id(p))
    return p.grad is not None and (made is None or made() is not p.grad)

  def _gradient_written(self, p: Tensor):
    """The hook: once every gradient of p's bucket is new, average that bucket."""
    if not self.require_backward_grad_sync: return
    bucket = next(b for b in self.buckets if any(q is p for q in b))
    if all(self._fresh(q) for q in bucket): self._sync(bucket)

  def _sync(self, bucket: list[Tensor]):
    """One all-reduce (average) of the bucket's gradients; a parameter without one on this rank adds zeros."""
    if not any(self._fresh(p) for p in bucket): return
    grads = [p.grad if p.grad is not None else Tensor.zeros(*p.shape, dtype=p.dtype, device=p.device) for p in bucket]
    flat = dist.collective(grads, "all_reduce", (sum(p.numel() for p in bucket),), self.process_group, op="avg")
    flat.realize()   # now, on every rank: left lazy, a gradient read on one rank only would wait for the others
    start = 0
    for p in bucket:
      p.grad = flat[start:start + p.numel()].reshape(p.shape)
      self._averaged[id(p)] = weakref.ref(p.grad)
      start += p.numel()
