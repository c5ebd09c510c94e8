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
  Generator, or an int seed) makes the shuffling repeatable; each epoch draws a new order from it."""

  def __init__(self, dataset: Dataset, batch_size: int | None = 1, shuffle: bool = False, sampler=None,
               batch_sampler=None, num_workers: int = 0, collate_fn=None, pin_memory: bool = False,
               drop_last: bool = False, generator=None, **unsupported):
    if unsupported: raise PicogradError(f"DataLoader: unsupported arguments {sorted(unsupported)}")
    if sampler is not None or batch_sampler is not None:
      raise PicogradError("DataLoader: sampler and batch_sampler are not supported; use shuffle= and generator=")
    if batch_size is not None and batch_size < 1:
      raise ValueError(f"DataLoader: batch_size must be >= 1, got {batch_size}")
    self.dataset, self.batch_size, self.shuffle, self.drop_last = dataset, batch_size, shuffle, drop_last
    self.collate_fn = collate_fn or default_collate
    self.generator = generator if isinstance(generator, np.random.Generator) else np.random.default_rng(generator)

  def __len__(self) -> int:
    if self.batch_size is None: return len(self.dataset)
    n = len(self.dataset) / self.batch_size
    return math.floor(n) if self.drop_last else math.ceil(n)

  def __iter__(self) -> Iterator:
    n = len(self.dataset)
    order = self.generator.permutation(n) if self.shuffle else np.arange(n)
    if self.batch_size is None:
      for i in order: yield self.collate_fn([self.dataset[int(i)]])
      return
    for start in range(0, n, self.batch_size):
      idx = order[start:start + self.batch_size]
      if self.drop_last and len(idx) < self.batch_size: return
      yield self.collate_fn([self.dataset[int(i)] for i in idx])
