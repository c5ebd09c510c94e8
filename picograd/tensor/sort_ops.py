"""Sorting (a mixin of Tensor): sort, argsort, topk, kthvalue, msort, and the data-dependent unique.

There is no sort primitive: each element's rank along the axis is counted by comparing it with every other element
(ties broken by position, so the sort is stable; NaN sorts last, as in PyTorch), and the k-th output picks the
element whose rank is k with a one-hot mask. That is O(n^2) work per row in a few fused kernels, with no data-
dependent control flow, and the gradient flows to the picked elements.
"""
from __future__ import annotations
from collections import namedtuple
from typing import TYPE_CHECKING
import numpy as np
from picograd.dtype import dtypes
from picograd.errors import ShapeError

if TYPE_CHECKING: from picograd.tensor import Tensor

SortResult = namedtuple("sort", ["values", "indices"])
TopkResult = namedtuple("topk", ["values", "indices"])


class SortOps:
  def _ranks(self, dim: int, descending: bool) -> Tensor:
    """rank[..., i, ...] = the position element i takes in a stable sort along `dim` (NaN after every number)."""
    x = self.movedim(dim, -1)
    a, b = x.unsqueeze(-1), x.unsqueeze(-2)   # a: element i (rows), b: element j (columns)
    if self.dtype.is_float:   # NaN counts as the largest value: last ascending, first descending
      a_nan, b_nan = a != a, b != b
      before = ((b > a) | (b_nan & ~a_nan)) if descending else ((b < a) | (a_nan & ~b_nan))
      same = (a == b) | (a_nan & b_nan)
    else:
      before, same = (b > a) if descending else (b < a), a == b
    n = x.shape[-1]
    index = self._arange(n)
    earlier = index.reshape(1, n) < index.reshape(n, 1)   # [i, j]: j comes before i
    return (before | (same & earlier)).sum(-1, dtype=dtypes.int32)

  def _pick(self, ranks: Tensor, dim: int, k: int) -> tuple[Tensor, Tensor]:
    """(values, indices) of the elements ranked 0..k-1 along dim."""
    x = self.movedim(dim, -1)
    n = x.shape[-1]
    slot = self._arange(k)
    hit = ranks.unsqueeze(-2) == slot.reshape(k, 1)             # (..., k, n): which element lands in slot k
    values = hit.where(x.unsqueeze(-2), x._const_like(0, x.dtype).unsqueeze(-2)).sum(-1, dtype=x.dtype)
    indices = (hit * self._arange(n)).sum(-1, dtype=dtypes.int64)
    return values.movedim(-1, dim), indices.movedim(-1, dim)

  def sort(self, dim: int = -1, descending: bool = False, stable: bool = False) -> SortResult:
    """(values, indices) sorted along dim; always stable. Indices are int64, as in PyTorch."""
    if self.ndim == 0: return SortResult(self, self._const_like(0, dtypes.int64))
    dim = self._axis(dim, "sort")
    return SortResult(*self._pick(self._ranks(dim, descending), dim, self.shape[dim]))

  def argsort(self, dim: int = -1, descending: bool = False, stable: bool = False) -> Tensor:
    return self.sort(dim, descending).indices

  def msort(self) -> Tensor: return self.sort(0).values

  def topk(self, k: int, dim: int = -1, largest: bool = True, sorted: bool = True) -> TopkResult:
    """The k largest (or smallest) along dim, in order, with their int64 indices."""
    dim = self._axis(dim, "topk") if self.ndim else 0
    n = self.shape[dim] if self.ndim else 1
    if not 0 <= k <= n: raise ShapeError(f"topk: k={k} is out of range for dimension {dim} of shape {self.shape}")
    if self.ndim == 0: return TopkResult(self, self._const_like(0, dtypes.int64))
    return TopkResult(*self._pick(self._ranks(dim, largest), dim, k))

  def kthvalue(self, k: int, dim: int = -1, keepdim: bool = False) -> SortResult:
    """The k-th smallest (1-based, as PyTorch) along dim."""
    values, indices = self.topk(k, dim, largest=False)
    dim = self._axis(dim, "kthvalue") if self.ndim else 0
    values, indices = values.narrow(dim, k - 1, 1), indices.narrow(dim, k - 1, 1)
    return SortResult(values, indices) if keepdim else SortResult(values.squeeze(dim), indices.squeeze(dim))

  def unique(self, sorted: bool = True, return_inverse: bool = False, return_counts: bool = False, dim=None):
    """The distinct values, sorted. The output's size depends on the data, so this computes the input now (and is
    refused inside @jit, which cannot replay a data-dependent shape)."""
    if dim is not None: raise ShapeError("unique: dim= is not supported; it flattens, as dim=None does")
    values, inverse, counts = np.unique(self.numpy(), return_inverse=True, return_counts=True)
    out = [self._new(values)]
    if return_inverse: out.append(self._new(inverse.reshape(self.shape).astype(np.int64)))
    if return_counts: out.append(self._new(counts.astype(np.int64)))
    return out[0] if len(out) == 1 else tuple(out)
