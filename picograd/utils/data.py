"""torch.utils.data: datasets and a DataLoader that batches them into Tensors.

A dataset is anything with __len__ and __getitem__ (an index -> a sample: a tensor, an array, a number, or a tuple
or dict of them). The loader draws indices (shuffled by a seeded NumPy generator, so runs repeat), collates each
batch on the host with NumPy and hands out Tensors: one copy to the device per batch field, not one per sample.
"""
from __future__ import annotations
import math
from typing import Iterator, Sequence
import numpy as np
from picograd.errors import PicogradError
from picograd.tensor import Tensor


class Dataset:
  """The protocol: samples by index. Subclass and define __len__ and __getitem__."""
  def __getitem__(self, index): raise NotImplementedError(f"{type(self).__name__} defines no __getitem__")
  def __len__(self) -> int: raise NotImplementedError(f"{type(self).__name__} defines no __len__")


class TensorDataset(Dataset):
  """Samples are rows of the given tensors (or arrays), which must agree on their first dimension."""

  def __init__(self, *tensors):
    self.arrays = [t.numpy() if isinstance(t, Tensor) else np.asarray(t) for t in tensors]
    if len({len(a) for a in self.arrays}) > 1:
      raise PicogradError(f"TensorDataset: first dimensions differ: {[a.shape for a in self.arrays]}")

  def __getitem__(self, index): return tuple(a[index] for a in self.arrays)
  def __len__(self) -> int: return len(self.arrays[0]) if self.arrays else 0


class Subset(Dataset):
  def __init__(self, dataset: Dataset, indices: Sequence[int]):
    self.dataset, self.indices = dataset, list(indices)

  def __getitem__(self, index): return self.dataset[self.indices[index]]
  def __len__(self) -> int: return len(self.indices)


def random_split(dataset: Dataset, lengths: Sequence[float], generator: np.random.Generator | None = None):
  """Disjoint random subsets of the given lengths (or fractions summing to 1, as in PyTorch)."""
  n = len(dataset)
  if all(0 <= x <= 1 for x in lengths) and math.isclose(sum(lengths), 1.0) and sum(lengths) != n:
    counts = [int(math.floor(n * f)) for f in lengths]
    for i in range(n - sum(counts)): counts[i % len(counts)] += 1
  else: counts = [int(x) for x in lengths]
  if sum(counts) != n: raise PicogradError(f"random_split: lengths {list(lengths)} do not add up to {n} samples")
  order = (generator or np.random.default_rng()).permutation(n)
  starts = np.cumsum([0] + counts)
  return [Subset(dataset, order[a:b].tolist()) for a, b in zip(starts[:-1], starts[1:])]


def default_collate(samples: list):
  """A list of samples -> one batch: tensors and arrays stacked, numbers into a tensor, tuples and dicts by field."""
  first = samples[0]
  if isinstance(first, tuple) or isinstance(first, list):
    return type(first)(default_collate([s[i] for s in samples]) for i in range(len(first)))
  if isinstance(first, dict): return {k: default_collate([s[k] for s in samples]) for k in first}
  if isinstance(first, Tensor): return Tensor(np.stack([s.numpy() for s in samples]), device=first.device)
  arr = np.stack([np.asarray(s) for s in samples])
  if arr.dtype == np.float64: arr = arr.astype(np.float32)   # PyTorch's default float, not NumPy's
  return Tensor(arr)


class DataLoader:
  """Batches of a dataset: `for x, y in DataLoader(ds, batch_size=64, shuffle=True): ...`. `generator` (a NumPy
  Generator, or an int seed) makes the shuffling repeatable; each epoch draws a new order from it. `sampler` (an
  iterable of indices, e.g. a DistributedSampler: this rank's share) gives the order instead."""

  def __init__(self, dataset: Dataset, batch_size: int | None = 1, shuffle: bool = False, sampler=None,
               batch_sampler=None, num_workers: int = 0, collate_fn=None, pin_memory: bool = False,
               drop_last: bool = False, generator=None, **unsupported):
    if unsupported: raise PicogradError(f"DataLoader: unsupported arguments {sorted(unsupported)}")
    if batch_sampler is not None: raise PicogradError("DataLoader: batch_sampler is not supported; use sampler=")
    if sampler is not None and shuffle: raise PicogradError("DataLoader: sampler and shuffle=True exclude each other")
    if batch_size is not None and batch_size < 1:
      raise ValueError(f"DataLoader: batch_size must be >= 1, got {batch_size}")
    self.dataset, self.batch_size, self.shuffle, self.drop_last = dataset, batch_size, shuffle, drop_last
    self.sampler = sampler   # an iterable of indices (a DistributedSampler: this rank's share)
    self.collate_fn = collate_fn or default_collate
    self.generator = generator if isinstance(generator, np.random.Generator) else np.random.default_rng(generator)

  def __len__(self) -> int:
    count = len(self.dataset) if self.sampler is None else len(self.sampler)
    if self.batch_size is None: return count
    n = count / self.batch_size
    return math.floor(n) if self.drop_last else math.ceil(n)

  def __iter__(self) -> Iterator:
    if self.sampler is not None: order = np.fromiter(iter(self.sampler), dtype=np.int64)
    else: order = self.generator.permutation(len(self.dataset)) if self.shuffle else np.arange(len(self.dataset))
    n = len(order)
    if self.batch_size is None:
      for i in order: yield self.collate_fn([self.dataset[int(i)]])
      return
    for start in range(0, n, self.batch_size):
      idx = order[start:start + self.batch_size]
      if self.drop_last and len(idx) < self.batch_size: return
      yield self.collate_fn([self.dataset[int(i)] for i in idx])


class DistributedSampler:
  """This rank's share of a dataset's indices, as PyTorch's: every rank draws the same order (shuffled with
  seed + epoch: call set_epoch each epoch), padded with its first indices to a multiple of the ranks (or cut, with
  drop_last), and rank r takes every num_replicas-th index from r. Rank and count default to the process group's."""

  def __init__(self, dataset, num_replicas: int | None = None, rank: int | None = None, shuffle: bool = True,
               seed: int = 0, drop_last: bool = False):
    if num_replicas is None or rank is None:
      from picograd import distributed as dist   # the group, when the caller does not say
      num_replicas = dist.get_world_size() if num_replicas is None else num_replicas
      rank = dist.get_rank() if rank is None else rank
    if not 0 <= rank < num_replicas:
      raise ValueError(f"DistributedSampler: rank {rank} is not in [0, {num_replicas - 1}]")
    self.dataset, self.num_replicas, self.rank = dataset, num_replicas, rank
    self.shuffle, self.seed, self.drop_last, self.epoch = shuffle, seed, drop_last, 0
    n = len(dataset)
    self.num_samples = n // num_replicas if drop_last else math.ceil(n / num_replicas)
    self.total_size = self.num_samples * num_replicas

  def set_epoch(self, epoch: int): self.epoch = epoch

  def __len__(self) -> int: return self.num_samples

  def __iter__(self) -> Iterator[int]:
    n = len(self.dataset)
    order = np.random.default_rng(self.seed + self.epoch).permutation(n) if self.shuffle else np.arange(n)
    if self.total_size > n: order = np.resize(order, self.total_size)   # np.resize repeats from the start
    return iter(order[:self.total_size][self.rank::self.num_replicas].tolist())
