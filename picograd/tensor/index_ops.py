"""Indexing and writing (a mixin of Tensor): slices, advanced indexing with integer tensors, lists and bool masks,
gather and scatter; `assign` and item assignment, which write into a tensor's buffer (or its base's, for a view).

There is no gather primitive: an index tensor picks elements by comparing itself with an arange (a one-hot mask)
and reducing with where and sum. The gradient is that composition run backwards, so indexing has no backward of
its own; a scatter is the same mask reduced over the index's axes instead of the tensor's.
"""
from __future__ import annotations
from functools import reduce
import operator
from typing import TYPE_CHECKING
import numpy as np
from picograd import autograd as F
from picograd import engine
from picograd.dtype import dtypes
from picograd.errors import DeviceError, DTypeError, ShapeError
from picograd.ops import LoadOps
from picograd.helpers import prod

if TYPE_CHECKING: from picograd.tensor import Tensor


class IndexOps:
  # ---- reading -------------------------------------------------------------------------------------------------------
  def __getitem__(self, index) -> Tensor:
    """NumPy/PyTorch indexing: ints, slices (any step), None, Ellipsis, integer tensors/lists and bool masks."""
    basic, adv = self._split_index(index)
    x = self._basic_index(basic)
    return x._take(adv) if adv else x

  def _split_index(self, index) -> tuple[list, list]:
    """The basic part of an index (ints, slices, None) and the advanced part as (axis, int tensor) pairs, each axis
    counted in the result of the basic part, where the advanced axis is kept whole."""
    items = [_index_item(i) for i in (index if isinstance(index, tuple) else (index,))]
    dots = [k for k, i in enumerate(items) if i is Ellipsis]
    if len(dots) > 1: raise IndexError("an index can only have one ellipsis")
    used = sum(_axes_used(i) for i in items)
    if used > self.ndim: raise IndexError(f"too many indices ({used}) for a tensor of shape {self.shape}")
    if dots: items[dots[0]:dots[0] + 1] = [slice(None)] * (self.ndim - used)
    basic, adv, axis, out_axis = [], [], 0, 0
    for i in items:
      if not isinstance(i, (IndexOps, np.ndarray)):
        basic.append(i)
        out_axis, axis = out_axis + (not isinstance(i, int)), axis + (i is not None)
        continue
      new_axis = _is_mask(i) and i.ndim == 0   # x[True] is x[None]; x[False] is that new axis emptied
      for t in self._index_tensors(i, axis):
        adv.append((out_axis, t))
        basic.append(None if new_axis else slice(None))
        out_axis, axis = out_axis + 1, axis + (not new_axis)
    return basic, adv

  def _index_tensors(self, i, axis: int) -> list[Tensor]:
    """An index array or tensor for the axes from `axis` on as integer index tensors, negatives counted from the end.
    A mask becomes one tensor per axis it covers; integer indices are checked when their values are at hand."""
    t = i if isinstance(i, IndexOps) else self._new(i)
    if _is_mask(i): return t._mask_positions(self.shape, axis)
    size = self.shape[axis]
    values = i if isinstance(i, np.ndarray) else i.numpy(count_read=False) if i.lazydata.is_realized else None
    bad = values[(values < -size) | (values >= size)] if values is not None else ()
    if len(bad): raise IndexError(f"index {bad.flat[0]} is out of bounds for axis {axis} with size {size}")
    return [(t < 0).where(t + size, t)]

  def _mask_positions(self, shape, axis: int) -> list[Tensor]:
    """A bool mask over shape[axis:axis+ndim] as one index tensor per axis it covers (PyTorch's nonzero). The number
    of true elements sets the result's shape, so it is read back; the positions themselves stay in the graph."""
    if self.ndim == 0: return [self._arange(int(self.item()))]
    if self.shape != tuple(shape[axis:axis + self.ndim]):
      raise IndexError(f"mask of shape {self.shape} does not match the indexed axes "
                       f"{tuple(shape[axis:axis + self.ndim])} from axis {axis} of shape {tuple(shape)}")
    return list(self.nonzero(as_tuple=True))

  def nonzero(self, as_tuple: bool = False):
    """Indices of the nonzero elements in row-major order: element j is the k-th hit when the running count of hits
    reaches k at j. Reads back the number of hits; returns an (n, ndim) tensor or a tuple of ndim tensors."""
    if self.ndim == 0:
      out = self.reshape(1).nonzero(as_tuple)
      return out if as_tuple else out[:, :0]
    flat = (self != 0).reshape(-1)
    count = int(flat.sum().item())
    kth = self._arange(count).reshape(-1, 1) + 1
    pos = (flat.where(flat.cumsum(0), 0) == kth).where(self._arange(flat.numel()), 0).sum(-1)
    axes = tuple((pos // prod(self.shape[d + 1:])) % s for d, s in enumerate(self.shape))
    return axes if as_tuple else axes[0].stack(*axes[1:], dim=1)

  def _basic_index(self, index) -> Tensor:
    """Ints, slices (any step) and None: a shrink, a flip, a stride and a reshape, all views."""
    index = list(index) + [slice(None)] * (self.ndim - sum(1 for i in index if i is not None))
    out_shape, shrink, flips, strides, axis = [], [], [], [], 0
    for i in index:
      if i is None:
        out_shape.append(1)
        continue
      size = self.shape[axis]
      if isinstance(i, int):
        if not -size <= i < size: raise IndexError(f"index {i} is out of bounds for axis {axis} with size {size}")
        i %= size
        shrink.append((i, i + 1)); flips.append(False); strides.append(1)   # noqa: E702
      else:
        start, stop, step = i.indices(size)
        lo, hi = (start, max(start, stop)) if step > 0 else (stop + 1, max(stop + 1, start + 1))
        shrink.append((lo, hi)); flips.append(step < 0); strides.append(abs(step))   # noqa: E702
        out_shape.append(len(range(start, stop, step)))
      axis += 1
    x = self.shrink(tuple(shrink))
    if any(flips): x = x.flip(tuple(a for a, f in enumerate(flips) if f))
    if any(s != 1 for s in strides): x = x._stride(strides)
    return x.reshape(tuple(out_shape))

  def _stride(self, strides: list[int]) -> Tensor:
    """Every s-th element along each axis: pad to a multiple of s, split the axis in two, keep the first column."""
    padded = self.pad(tuple((0, -s % st) for s, st in zip(self.shape, strides)))
    split = padded.reshape(tuple(d for s, st in zip(padded.shape, strides) for d in (s // st, st)))
    kept = split.shrink(tuple(r for s, st in zip(padded.shape, strides) for r in ((0, s // st), (0, 1))))
    return kept.reshape(tuple(s // st for s, st in zip(padded.shape, strides)))

  def _adv_layout(self, adv) -> tuple[list[int], tuple[int, ...], int]:
    """(the axes no tensor indexes, the broadcast index shape, where its axes go among the others). As in PyTorch,
    the index axes stay in place when the indexed axes are neighbours, else they go first; 0-d indices act like ints."""
    axes = [a for a, _ in adv]
    try: shape = tuple(np.broadcast_shapes(*(t.shape for _, t in adv)))
    except ValueError:
      raise IndexError(f"index tensors of shapes {[t.shape for _, t in adv]} cannot be broadcast together") from None
    rest = [a for a in range(self.ndim) if a not in axes]
    real = [a for a, t in adv if t.ndim]
    together = not real or all(a in axes for a in range(real[0], real[-1] + 1))
    return rest, shape, sum(1 for a in rest if a < real[0]) if real and together else 0

  def _onehot(self, adv, shape) -> Tensor:
    """mask[b..., n...] = True where index b picks element n of the indexed axes (shape: index shape + indexed sizes),
    as one comparison of row-major positions within the indexed axes."""
    sizes = tuple(self.shape[a] for a, _ in adv)
    flat = reduce(operator.add, (t * prod(sizes[j + 1:]) for j, (_, t) in enumerate(adv)))._broadcast_to(shape)
    return flat.reshape(shape + (1,) * len(sizes)) == self._arange(prod(sizes)).reshape((1,) * len(shape) + sizes)

  def _take(self, adv) -> Tensor:
    rest, shape, at = self._adv_layout(adv)
    if len(adv) == 1 and self.numel(): return self._take_rows(*adv[0], at)
    x = self.permute(rest + [a for a, _ in adv])
    x = x.reshape(x.shape[:len(rest)] + (1,) * len(shape) + x.shape[len(rest):])
    out = x._select(self._onehot(adv, shape), tuple(range(-len(adv), 0)))
    r = len(rest)
    return out.permute(list(range(at)) + list(range(r, r + len(shape))) + list(range(at, r)))

  def _take_rows(self, axis: int, index: Tensor, at: int) -> Tensor:
    """One integer index on one axis, as a gather of rows (an embedding lookup): O(result), where the one-hot
    comparison of the general case costs O(result * size of the axis)."""
    table = self.movedim(axis, 0)
    rest = table.shape[1:]
    out = F.Gather.apply(table.reshape(table.shape[0], prod(rest)), index.reshape(-1))
    out = out.reshape(index.shape + rest)
    k, r = index.ndim, len(rest)
    return out.permute(list(range(k, k + at)) + list(range(k)) + list(range(k + at, k + r)))

  def _select(self, mask: Tensor, axes, keepdim: bool = False) -> Tensor:
    """Sum of the elements where `mask` holds, over `axes`: with one hit per output, that element."""
    x = self.cast(dtypes.int32) if self.dtype == dtypes.bool else self
    out = mask.where(x, x._const_like(0, x.dtype)).sum(axes, keepdim)
    return out.cast(self.dtype)

  def gather(self, dim: int, index: Tensor) -> Tensor:
    """out[..., i, ...] = self[..., index[..., i, ...], ...] along `dim`; index may be smaller on the other axes."""
    d = self._axis(dim)
    if self.ndim == 0 and index.ndim == 0: return self.reshape(1).gather(0, index.reshape(1)).reshape(())
    if index.ndim != self.ndim or any(i > s for a, (i, s) in enumerate(zip(index.shape, self.shape)) if a != d):
      raise ShapeError(f"gather: index of shape {index.shape} does not fit a tensor of shape {self.shape} "
                       f"along dim {dim}")
    _check_int_index(index, "gather")
    n = self.shape[d]
    x = self.shrink(tuple(None if a == d else (0, i) for a, i in enumerate(index.shape)))
    hit = index.unsqueeze(-1) == self._arange(n)
    return x.movedim(d, -1).unsqueeze(d)._select(hit, -1)

  def take_along_dim(self, indices: Tensor, dim: int | None = None) -> Tensor:
    """gather with the index broadcast against the tensor on every axis but `dim` (both flattened when dim is None)."""
    if dim is None: return self.flatten().gather(0, indices.flatten())
    d = self._axis(dim)
    if indices.ndim != self.ndim:
      raise ShapeError(f"take_along_dim: index has {indices.ndim} dims, the tensor {self.ndim}")
    shape = [max(a, b) for a, b in zip(self.shape, indices.shape)]
    return self._broadcast_to(tuple(self.shape[d] if a == d else s for a, s in enumerate(shape))).gather(
      d, indices._broadcast_to(tuple(indices.shape[d] if a == d else s for a, s in enumerate(shape))))

  def index_select(self, dim: int, index: Tensor) -> Tensor:
    if index.ndim > 1: raise ShapeError(f"index_select: index must be 0-d or 1-d, got shape {index.shape}")
    return self[(slice(None),) * self._axis(dim) + (index.reshape(-1),)]

  def masked_fill(self, mask: Tensor, value) -> Tensor:
    if mask.dtype != dtypes.bool: raise DTypeError(f"masked_fill: mask must be bool, got {mask.dtype.name}")
    if not _broadcasts_to(mask.shape, self.shape):
      raise ShapeError(f"masked_fill: mask of shape {mask.shape} does not broadcast to {self.shape}")
    value = value.cast(self.dtype) if isinstance(value, IndexOps) else self._const_like(value, self.dtype)
    return mask.where(value, self)

  # ---- writing -------------------------------------------------------------------------------------------------------
  def assign(self, value) -> Tensor:
    """New contents for this tensor (an optimizer step, a loaded weight), written into its own buffer when it has
    one, so the buffer outlives the step (what the JIT replays); its identity and grad flag stay."""
    value = self._new(value, self.dtype) if not isinstance(value, IndexOps) else value
    if value.shape != self.shape: raise ShapeError(f"assign: shape {value.shape} does not match {self.shape}")
    if value.device != self.device: raise DeviceError(f"assign: value is on {value.device}, tensor on {self.device}")
    if value.dtype != self.dtype: raise DTypeError(f"assign: dtype {value.dtype.name} does not match {self.dtype.name}")
    lb = self.lazydata = self.lazydata.latest()
    if lb.copies:   # what PyTorch holds as a copy of its own (a flip, a pad): only this tensor changes
      self.lazydata = value.lazydata
      return self
    whole = lb.st.contiguous and lb.size == lb.base.size
    if not whole and lb.base.op not in (LoadOps.CONST, LoadOps.ARANGE):   # a view: the write goes into its base
      if lb.base.realized is None and lb.base.op is not LoadOps.ASSIGN: engine.realize([lb.base])
      if self.numel(): self._new(lb.base).assign(self._into_base(value))
      return self
    if not lb.assignable: lb = self.realize().lazydata   # a buffer to write in place, which views of it then see
    v = value.lazydata
    if v.base is self.lazydata.base and not v.st.contiguous: v = v.contiguous()   # x.assign(x.T): copy first
    self.lazydata = self.lazydata.assign(v)
    return self

  def __setitem__(self, index, value):
    """Assign to the indexed elements: the new contents are built lazily (where over masks) and then assigned.
    Repeated indices keep the last value written, as NumPy does."""
    if self.requires_grad and not self.no_grad:
      raise RuntimeError("setitem: a tensor that requires grad cannot be written in place; use no_grad() or detach()")
    self.assign(self._index_put(index, value))

  def _index_put(self, index, value) -> Tensor:
    value = self._new(value, self.dtype)
    mask = index[0] if isinstance(index, tuple) and len(index) == 1 else index
    if isinstance(mask, IndexOps) and mask.dtype == dtypes.bool and mask.ndim and mask.shape == self.shape[:mask.ndim]:
      rest = self.shape[mask.ndim:]
      if _broadcasts_to(value.shape, rest):   # no need to count the hits
        return mask.reshape(mask.shape + (1,) * len(rest)).where(value, self)
    basic, adv = self._split_index(index)
    view = self._basic_index(basic)
    if adv:
      rest, shape, at = view._adv_layout(adv)
      target = tuple(view.shape[a] for a in rest[:at]) + shape + tuple(view.shape[a] for a in rest[at:])
    else: target = view.shape
    value = _fit_value(value, target)
    if prod(target) == 0: return self
    if adv: written, values = view._put(adv, value)
    else: written, values = self._full(view.shape, True), value
    return self._unindex(basic, written).where(self._unindex(basic, values), self)

  def _into_base(self, value: Tensor) -> Tensor:
    """The new contents of the buffer this view shows, with `value` in the view's elements (x[0][1] = v writes into
    x, as in PyTorch). A view that aliases its base has one strided layout; it is undone by movement ops alone (axes
    by falling stride, each block padded out to the next stride), so the write is one fused where()."""
    lb = self.lazydata
    view = lb.st.views[0]
    if any(st == 0 and n > 1 for n, st in zip(view.shape, view.strides)):
      raise ShapeError(f"assign: the view {self.shape} repeats elements of its base (an expand), so a write into it "
                       "is ambiguous; write into the tensor it expands")
    axes = sorted((a for a, n in enumerate(view.shape) if n > 1), key=lambda a: -view.strides[a])
    base = self._new(lb.base)
    def placed(t):
      t = t.permute(axes + [a for a in range(t.ndim) if a not in axes]).reshape(*(view.shape[a] for a in axes), 1)
      for k in reversed(range(len(axes))):
        stride, n = view.strides[axes[k]], view.shape[axes[k]]
        t = t.pad(((0, 0),) * (t.ndim - 1) + ((0, stride - t.shape[-1]),)).reshape(*t.shape[:-2], n * stride)
      return t.pad(((view.offset, base.numel() - view.offset - t.shape[-1]),)).reshape(base.shape)
    return placed(self._full(self.shape, True)).where(placed(value), base)

  def _put(self, adv, value: Tensor) -> tuple[Tensor, Tensor]:
    """(which elements of self the advanced index writes, their new values), both in self's shape."""
    rest, shape, at = self._adv_layout(adv)
    r, b = len(rest), len(shape)
    # rest axes, then index axes
    value = value.permute(list(range(at)) + list(range(at + b, r + b)) + list(range(at, at + b)))
    mask = self._onehot(adv, shape).reshape((1,) * r + shape + tuple(self.shape[a] for a, _ in adv))
    hits = _last_hit(mask, value.reshape(value.shape + (1,) * len(adv)), tuple(range(r, r + b)))
    written, values = (t.squeeze(tuple(range(r, r + b))) for t in hits)
    back = np.argsort(rest + [a for a, _ in adv]).tolist()
    return written.expand(values.shape).permute(back), values.permute(back)

  def _unindex(self, basic, t: Tensor) -> Tensor:
    """Undo basic indexing: place `t` (the shape self[basic] has) where those elements sit in self, zeros elsewhere."""
    basic = list(basic) + [slice(None)] * (self.ndim - sum(1 for i in basic if i is not None))
    kept = [i for i in basic if i is not None]
    t = t.reshape(tuple(1 if isinstance(i, int) else len(range(*i.indices(n))) for i, n in zip(kept, self.shape)))
    spans = [(i % n, i % n + 1, 1) if isinstance(i, int) else i.indices(n) for i, n in zip(kept, self.shape)]
    steps = [abs(step) for _, _, step in spans]
    if any(s != 1 for s in steps):   # put each element back s apart: a column of s-1 zeros after each, then merge
      t = (t.reshape(tuple(d for n in t.shape for d in (n, 1)))
           .pad(tuple(p for s in steps for p in ((0, 0), (0, s - 1)))))
      t = t.reshape(tuple(n * s for n, s in zip(t.shape[::2], steps)))
    lo_hi = [(lo, max(lo, hi)) if step > 0 else (hi + 1, max(hi + 1, lo + 1)) for lo, hi, step in spans]
    t = t.shrink(tuple((0, hi - lo) for lo, hi in lo_hi))
    flips = tuple(a for a, (_, _, step) in enumerate(spans) if step < 0)
    if flips: t = t.flip(flips)
    return t.pad(tuple((lo, n - hi) for (lo, hi), n in zip(lo_hi, self.shape)))

  def scatter(self, dim: int, index: Tensor, src, reduce: str | None = None) -> Tensor:
    """self with self[..., index[i], ...] = src[i] along `dim` (out of place). reduce='add'/'multiply' combine
    instead, as scatter_reduce 'sum'/'prod' with include_self; without it, repeated indices keep the last value."""
    if reduce is not None:
      if reduce not in ("add", "multiply"):
        raise ValueError(f"scatter: reduce must be None, 'add' or 'multiply', got {reduce!r}")
      return self.scatter_reduce(dim, index, src, "sum" if reduce == "add" else "prod")
    d, src = self._scatter_args(dim, index, src)
    if index.numel() == 0: return self
    hit = self._scatter_mask(d, index)
    written, values = _last_hit(hit, src.unsqueeze(-1), d)
    return self._scatter_place(d, written).where(self._scatter_place(d, values), self)

  def scatter_reduce(self, dim: int, index: Tensor, src: Tensor, reduce: str, include_self: bool = True) -> Tensor:
    """PyTorch's scatter_reduce: each target combines the sources sent to it ('sum', 'prod', 'mean', 'amax', 'amin'),
    and itself when include_self. The target joins as one more source, so ties and counts treat it like the rest."""
    if reduce not in _SCATTER_REDUCERS:
      raise ValueError(f"scatter_reduce: reduce must be one of {', '.join(_SCATTER_REDUCERS)}, got {reduce!r}")
    d, src = self._scatter_args(dim, index, src)
    if index.numel() == 0: return self
    hit = self._scatter_mask(d, index)
    sources = src.unsqueeze(-1)
    if include_self:
      own = (self.shrink(tuple(None if a == d else (0, s) for a, s in enumerate(index.shape)))
             .movedim(d, -1).unsqueeze(d))
      hit = hit.cat(own._const_like(True, dtypes.bool), dim=d)
      sources = sources._broadcast_to(hit.shape[:d] + (index.shape[d],) + hit.shape[d + 1:]).cat(own, dim=d)
    identity, combine = _SCATTER_REDUCERS[reduce]
    out = combine(hit.where(sources, sources._const_like(identity(self.dtype), self.dtype)), d)
    count = hit.sum(d, keepdim=True)
    if reduce == "mean": out = (out / count.maximum(1)) if self.dtype.is_float else out // count.maximum(1)
    return self._scatter_place(d, count > 0).where(self._scatter_place(d, out.cast(self.dtype)), self)

  def _scatter_args(self, dim: int, index: Tensor, src) -> tuple[int, Tensor]:
    d = self._axis(dim)
    _check_int_index(index, "scatter")
    src = src.cast(self.dtype) if isinstance(src, IndexOps) else index._const_like(src, self.dtype)
    inside = (all(i <= s for i, s in zip(index.shape, src.shape))
              and all(i <= s for a, (i, s) in enumerate(zip(index.shape, self.shape)) if a != d))
    if not (index.ndim == self.ndim == src.ndim and inside):
      raise ShapeError(f"scatter: index {index.shape} must have the tensor's {self.ndim} dims, "
                       f"fit inside src {src.shape} and inside the tensor {self.shape} except along dim {dim}")
    return d, src.shrink(tuple((0, i) for i in index.shape))

  def _scatter_mask(self, d: int, index: Tensor) -> Tensor:
    """hit[..., i, ..., n] = index[..., i, ...] == n, with n the target position along dim d."""
    return index.unsqueeze(-1) == self._arange(self.shape[d])

  def _scatter_place(self, d: int, t: Tensor) -> Tensor:
    """A per-target result (index's shape with dim d reduced to 1, targets last) laid out and padded like self."""
    t = t.squeeze(d).movedim(-1, d)
    return t.pad(tuple((0, s - n) for s, n in zip(self.shape, t.shape)))


def _index_item(i):
  """One index entry as an int, slice, None, Ellipsis, integer or bool tensor, or a NumPy array of a list's values."""
  if i is None or i is Ellipsis or isinstance(i, slice): return i
  if isinstance(i, (int, np.integer)) and not isinstance(i, bool): return int(i)
  if isinstance(i, (list, tuple, np.ndarray, bool, np.bool_)):
    arr = np.asarray(i)
    i = arr.astype(np.int64) if arr.size == 0 else arr
  if isinstance(i, (IndexOps, np.ndarray)):
    if not (_is_mask(i) or (i.dtype.is_int if isinstance(i, IndexOps) else i.dtype.kind in "iu")):
      raise IndexError(f"tensors used as indices must hold integers or bools, got {i.dtype.name}")
    return i
  raise IndexError(f"unsupported index {i!r}: use ints, slices, None, ..., integer or bool tensors and lists")


def _check_int_index(index, op: str):
  if not index.dtype.is_int: raise DTypeError(f"{op}: index must be an integer tensor, got {index.dtype.name}")


def _is_mask(i) -> bool: return i.dtype == dtypes.bool if isinstance(i, IndexOps) else i.dtype.kind == "b"


def _axes_used(i) -> int:
  if i is None or i is Ellipsis: return 0
  return i.ndim if isinstance(i, (IndexOps, np.ndarray)) and _is_mask(i) else 1


def _broadcasts_to(shape, target) -> bool:
  return len(shape) <= len(target) and all(s in (1, t) for s, t in zip(shape[::-1], target[::-1]))


def _fit_value(value, shape) -> Tensor:
  """The value broadcast to the indexed shape; extra leading size-1 axes are dropped, as PyTorch does."""
  while value.ndim > len(shape) and value.shape[0] == 1: value = value.reshape(value.shape[1:])
  if not _broadcasts_to(value.shape, shape):
    raise ShapeError(f"setitem: value of shape {value.shape} cannot be broadcast to the indexed shape {shape}")
  return value._broadcast_to(shape)


def _last_hit(mask, values, axes):
  """For each target, whether any source along `axes` hits it, and the value of the last one that does (sources
  counted in row-major order over `axes`): the order in which NumPy performs the writes. Both keep `axes` as 1."""
  axes = (axes,) if isinstance(axes, int) else tuple(axes)
  sizes = tuple(mask.shape[a] for a in axes)
  order = type(mask).arange(prod(sizes), device=mask.device).reshape(
    tuple(s if a in axes else 1 for a, s in enumerate(mask.shape)))
  hits = mask.where(order, -1)
  last = hits.amax(axes, keepdim=True)
  return last >= 0, values._select(hits == last, axes, keepdim=True)   # where nothing hits, nothing is written


# scatter_reduce: name -> (the identity for a dtype, the reduce over the sources' axis)
_SCATTER_REDUCERS = {
  "sum": (lambda dt: 0, lambda t, d: t.sum(d, keepdim=True)),
  "prod": (lambda dt: 1, lambda t, d: t.prod(d, keepdim=True)),
  "mean": (lambda dt: 0, lambda t, d: t.sum(d, keepdim=True)),
  "amax": (dtypes.min, lambda t, d: t.amax(d, keepdim=True)),
  "amin": (dtypes.max, lambda t, d: t.amin(d, keepdim=True)),
}
