"""Shape compositions built on the movement ops (a mixin of Tensor): squeeze and friends, padding modes, cat, split,
repeat, roll, triangles, einsum and the cumulative scans.

Each op is a rearrangement of views plus, where values must merge, a pad-and-add or a masked reduce: no op has
a backward of its own, the movement primitives' backwards compose into it.
"""
from __future__ import annotations
from functools import reduce
import operator
from typing import TYPE_CHECKING, Sequence
import numpy as np
from picograd import autograd as F
from picograd.dtype import dtypes
from picograd.errors import AxisError, DTypeError, ShapeError
from picograd.helpers import also_named, prod

if TYPE_CHECKING: from picograd.tensor import Tensor

PAD_MODES = ("constant", "reflect", "replicate", "circular")
# scans run in blocks (see _scan_last); a product's gradient is a multiply tree per element, whose code grows fast
# with the block length, so its blocks are short
SCAN_BLOCK = {"sum": 16, "max": 16, "prod": 4}


class ShapeOps:
  # ---- movement ----------------------------------------------------------------------------------------------------
  def reshape(self, *shape) -> Tensor:
    shape = tuple(shape[0]) if len(shape) == 1 and isinstance(shape[0], (tuple, list)) else shape
    if sum(1 for s in shape if s == -1) > 1: raise ShapeError(f"reshape: only one -1 allowed in {shape}")
    known = prod(s for s in shape if s != -1)
    if -1 in shape:
      if known == 0 or self.numel() % known: raise ShapeError(f"reshape: cannot view shape {self.shape} as {shape}")
      shape = tuple(self.numel() // known if s == -1 else s for s in shape)
    if any(not isinstance(s, (int, np.integer)) or s < 0 for s in shape):
      raise ShapeError(f"reshape: bad shape {shape}")
    if prod(shape) != self.numel():
      raise ShapeError(f"reshape: cannot view shape {self.shape} ({self.numel()} elements) as {shape}")
    return self if tuple(shape) == self.shape else F.Reshape.apply(self, shape=tuple(int(s) for s in shape))
  view = reshape

  def permute(self, *order) -> Tensor:
    order = tuple(order[0]) if len(order) == 1 and isinstance(order[0], (tuple, list)) else order
    order = tuple(self._axis(a) for a in order)
    if sorted(order) != list(range(self.ndim)):
      raise AxisError(f"permute: {order} is not a permutation of {self.ndim} axes")
    return F.Permute.apply(self, order=order)

  def transpose(self, dim0=1, dim1=0) -> Tensor:
    order = list(range(self.ndim))
    a, b = self._axis(dim0), self._axis(dim1)
    order[a], order[b] = order[b], order[a]
    return self.permute(order)

  @property
  def T(self) -> Tensor: return self.permute(tuple(reversed(range(self.ndim))))

  def expand(self, *shape) -> Tensor:
    shape = tuple(shape[0]) if len(shape) == 1 and isinstance(shape[0], (tuple, list)) else shape
    if len(shape) < self.ndim: raise ShapeError(f"expand: cannot expand {self.shape} to fewer dims {shape}")
    x = self.reshape((1,) * (len(shape) - self.ndim) + self.shape)
    new = tuple(s if n == -1 else n for s, n in zip(x.shape, shape))
    if any(s != n and s != 1 for s, n in zip(x.shape, new)):
      raise ShapeError(f"expand: cannot expand {self.shape} to {shape}")
    return x if new == x.shape else F.Expand.apply(x, shape=new)

  def pad(self, padding: Sequence, mode: str = "constant", value: float = 0.0) -> Tensor:
    """padding: a (before, after) pair per axis (None for none) or PyTorch's flat list, last axis first; negative
    values crop. mode: constant (filled with value), reflect, replicate or circular."""
    if not isinstance(mode, str): mode, value = "constant", mode   # pad(padding, value) keeps working
    if mode != "constant": return self._pad_mode(padding, mode)
    arg = self._pad_pairs(padding)
    if any(b < 0 or a < 0 for b, a in arg):   # negative padding crops
      x = self.shrink(tuple((-min(b, 0), s + min(a, 0)) for (b, a), s in zip(arg, self.shape)))
      return x.pad(tuple((max(b, 0), max(a, 0)) for b, a in arg), value=value)
    out = F.Pad.apply(self, arg=arg)
    if value == 0: return out
    inside = self._const_like(True, dtypes.bool).pad(arg)
    return inside.where(out, value)

  def shrink(self, arg) -> Tensor:
    arg = tuple((0, s) if a is None else (int(a[0]), int(a[1])) for a, s in zip(arg, self.shape))
    if any(not 0 <= lo <= hi <= s for (lo, hi), s in zip(arg, self.shape)):
      raise ShapeError(f"shrink: range {arg} is outside shape {self.shape}")
    return self if all(a == (0, s) for a, s in zip(arg, self.shape)) else F.Shrink.apply(self, arg=arg)

  def flip(self, axis) -> Tensor:
    axes = tuple(self._axis(a, "flip") for a in ((axis,) if isinstance(axis, int) else axis))
    if len(set(axes)) != len(axes): raise AxisError(f"flip: axis {axis} repeats an axis")
    if self.ndim == 0: return self
    return F.Flip.apply(self, axes=axes)

  # ---- adding and removing axes --------------------------------------------------------------------------------------
  def squeeze(self, dim=None) -> Tensor:
    if dim is None: return self.reshape(tuple(s for s in self.shape if s != 1))
    dims = {self._axis(d, "squeeze") for d in ((dim,) if isinstance(dim, int) else dim)}
    return self.reshape(tuple(s for i, s in enumerate(self.shape) if i not in dims or s != 1))

  def unsqueeze(self, dim: int) -> Tensor:
    d = dim % (self.ndim + 1) if -self.ndim - 1 <= dim <= self.ndim else None
    if d is None: raise AxisError(f"unsqueeze: dim {dim} out of range for {self.ndim} axes")
    return self.reshape(self.shape[:d] + (1,) + self.shape[d:])

  def flatten(self, start_dim: int = 0, end_dim: int = -1) -> Tensor:
    if self.ndim == 0: return self.reshape(1)
    start, end = self._axis(start_dim, "flatten"), self._axis(end_dim, "flatten")
    if start > end:
      raise AxisError(f"flatten: start_dim {start_dim} comes after end_dim {end_dim} for shape {self.shape}")
    return self.reshape(self.shape[:start] + (prod(self.shape[start:end + 1]),) + self.shape[end + 1:])

  def unflatten(self, dim: int, sizes) -> Tensor:
    d, sizes = self._axis(dim, "unflatten"), tuple(sizes)
    known = prod(s for s in sizes if s != -1)
    fits = known == self.shape[d] if -1 not in sizes else sizes.count(-1) == 1 and known and self.shape[d] % known == 0
    if not fits:
      raise ShapeError(f"unflatten: sizes {sizes} do not multiply to {self.shape[d]}, "
                       f"the size of axis {dim} of {self.shape}")
    sizes = tuple(self.shape[d] // known if s == -1 else s for s in sizes)
    return self.reshape(self.shape[:d] + sizes + self.shape[d + 1:])

  def expand_as(self, other: Tensor) -> Tensor: return self.expand(other.shape)

  def movedim(self, source, destination) -> Tensor:
    src = [self._axis(a, "movedim") for a in ((source,) if isinstance(source, int) else source)]
    dst = [self._axis(a, "movedim") for a in ((destination,) if isinstance(destination, int) else destination)]
    if len(src) != len(dst) or len(set(src)) != len(src) or len(set(dst)) != len(dst):
      raise AxisError(f"movedim: source {source} and destination {destination} must be distinct axes, as many of each")
    rest = iter(a for a in range(self.ndim) if a not in src)
    placed = dict(zip(dst, src))
    return self.permute(tuple(placed[i] if i in placed else next(rest) for i in range(self.ndim)))

  def narrow(self, dim: int, start: int, length: int) -> Tensor:
    """Elements start .. start+length of one axis (a shrink that names one axis)."""
    d = self._axis(dim, "narrow")
    start = start + self.shape[d] if start < 0 else start
    if not (0 <= start and length >= 0 and start + length <= self.shape[d]):
      raise ShapeError(f"narrow: range {start}..{start + length} is outside axis {dim} of size {self.shape[d]}")
    return self.shrink(tuple((start, start + length) if i == d else None for i in range(self.ndim)))

  # ---- padding -------------------------------------------------------------------------------------------------------
  def _pad_pairs(self, padding) -> tuple[tuple[int, int], ...]:
    """Per-axis (before, after) pairs from either that form or PyTorch's flat list (last axis first)."""
    padding = tuple(padding)
    if all(isinstance(p, (int, np.integer)) for p in padding) and padding:
      if len(padding) % 2 or len(padding) // 2 > self.ndim:
        raise ShapeError(f"pad: a flat padding needs an even length up to {2 * self.ndim}, got {len(padding)}")
      pairs = [(int(padding[i]), int(padding[i + 1])) for i in range(0, len(padding), 2)][::-1]
      return ((0, 0),) * (self.ndim - len(pairs)) + tuple(pairs)
    if len(padding) != self.ndim:
      raise ShapeError(f"pad: {len(padding)} (before, after) pairs for a tensor with {self.ndim} axes")
    return tuple((0, 0) if p is None else (int(p[0]), int(p[1])) for p in padding)

  def _pad_mode(self, padding, mode: str, value: float = 0.0) -> Tensor:
    """Pad with a PyTorch mode; the padding is cut from the tensor itself, so the gradient flows back into it.
    Negative amounts crop: PyTorch wraps the cropped tensor but reflects and replicates the whole one."""
    if mode not in PAD_MODES: raise ValueError(f"pad: mode must be one of {', '.join(PAD_MODES)}, got {mode!r}")
    pairs = self._pad_pairs(padding)
    if mode == "constant": return self.pad(pairs, value=value)
    crop = tuple((min(b, 0), min(a, 0)) for b, a in pairs)
    x = self.pad(crop) if mode == "circular" else self
    for axis, (b, a) in enumerate(pairs):
      x = _cat_axis((x._edge(axis, max(b, 0), mode, True), x, x._edge(axis, max(a, 0), mode, False)), axis)
    return x if mode == "circular" else x.pad(crop)

  def _edge(self, axis: int, width: int, mode: str, before: bool) -> Tensor | None:
    """The `width` elements a padding mode puts before (or after) one axis."""
    if width == 0: return None
    n = self.shape[axis]
    if (mode == "reflect" and width >= n) or (mode == "circular" and width > n) or n == 0:
      raise ShapeError(f"pad: {mode} padding of {width} is too large for axis {axis} of size {n}")
    if mode == "replicate":
      return self.narrow(axis, 0 if before else n - 1, 1).expand(*self.shape[:axis], width, *self.shape[axis + 1:])
    if mode == "circular": return self.narrow(axis, n - width if before else 0, width)
    return self.narrow(axis, 1 if before else n - 1 - width, width).flip(axis)

  # ---- joining and splitting -----------------------------------------------------------------------------------------
  def cat(self, *others: Tensor, dim: int = 0) -> Tensor:
    """Each tensor padded with zeros to the joined length, then all summed: the pads' backward is the split."""
    tensors = (self,) + others
    if any(t.ndim == 0 for t in tensors): raise ShapeError("cat: zero-dimensional tensors cannot be concatenated")
    d = self._axis(dim, "cat")
    for t in others:
      if t.ndim != self.ndim or any(a != b for i, (a, b) in enumerate(zip(t.shape, self.shape)) if i != d):
        raise ShapeError(f"cat: shapes {self.shape} and {t.shape} differ outside axis {dim}")
    return _cat_axis(tensors, d)

  def stack(self, *others: Tensor, dim: int = 0) -> Tensor:
    if any(t.shape != self.shape for t in others):
      raise ShapeError(f"stack: every tensor needs shape {self.shape}, got {[t.shape for t in others]}")
    d = dim % (self.ndim + 1) if -self.ndim - 1 <= dim <= self.ndim else None
    if d is None: raise AxisError(f"stack: dim {dim} out of range for {self.ndim + 1} axes")
    return _cat_axis([t.unsqueeze(d) for t in (self,) + others], d)

  def split(self, split_size, dim: int = 0) -> tuple[Tensor, ...]:
    """Pieces of `split_size` along `dim` (the last may be shorter), or pieces of the listed sizes."""
    d = self._axis(dim, "split")
    n = self.shape[d]
    if isinstance(split_size, int):
      if split_size <= 0 and n: raise ValueError(f"split: split_size must be positive, got {split_size}")
      sizes = [min(split_size, n - i) for i in range(0, n, split_size)] if n else [0]
    else:
      sizes = list(split_size)
      if sum(sizes) != n or any(s < 0 for s in sizes):
        raise ShapeError(f"split: sizes {sizes} do not add up to {n}, the size of axis {dim}")
    starts = [0, *np.cumsum(sizes)[:-1].tolist()]
    return tuple(self.narrow(d, s, k) for s, k in zip(starts, sizes))

  def chunk(self, chunks: int, dim: int = 0) -> tuple[Tensor, ...]:
    if chunks <= 0: raise ValueError(f"chunk: chunks must be positive, got {chunks}")
    n = self.shape[self._axis(dim, "chunk")]
    return self.split(-(-n // chunks), dim) if n else (self,) * chunks

  def repeat(self, *sizes) -> Tensor:
    """Tile the whole tensor `sizes` times: expand a new axis before each axis, then merge the pair."""
    sizes = tuple(sizes[0]) if len(sizes) == 1 and isinstance(sizes[0], (tuple, list)) else sizes
    if len(sizes) < self.ndim:
      raise ShapeError(f"repeat: {len(sizes)} repeat counts for a tensor with {self.ndim} axes")
    if any(r < 0 for r in sizes): raise ValueError(f"repeat: negative count in {sizes}")
    x = self.reshape((1,) * (len(sizes) - self.ndim) + self.shape)
    pairs = x.reshape(tuple(d for s in x.shape for d in (1, s)))
    return (pairs.expand(tuple(d for r, s in zip(sizes, x.shape) for d in (r, s)))
            .reshape(tuple(r * s for r, s in zip(sizes, x.shape))))

  def repeat_interleave(self, repeats: int, dim: int | None = None) -> Tensor:
    """Each element `repeats` times in a row: expand a new axis after `dim` and merge it in."""
    if not isinstance(repeats, int) or repeats < 0:
      raise ValueError(f"repeat_interleave: repeats must be an int >= 0, got {repeats!r}")
    x, d = (self.flatten(), 0) if dim is None else (self, self._axis(dim, "repeat_interleave"))
    y = x.unsqueeze(d + 1).expand(*x.shape[:d + 1], repeats, *x.shape[d + 1:])
    return y.reshape(*x.shape[:d], x.shape[d] * repeats, *x.shape[d + 1:])

  def roll(self, shifts, dims=None) -> Tensor:
    if dims is None: return self.flatten().roll(shifts, 0).reshape(self.shape)
    shifts, dims = ((shifts,), (dims,)) if isinstance(shifts, int) else (tuple(shifts), tuple(dims))
    if len(shifts) != len(dims): raise ShapeError(f"roll: {len(shifts)} shifts for {len(dims)} dims")
    x = self
    for s, d in zip(shifts, dims):
      d = x._axis(d, "roll")
      n = x.shape[d]
      if n and s % n: x = _cat_axis(x.split([n - s % n, s % n], d)[::-1], d)
    return x

  # ---- triangles -----------------------------------------------------------------------------------------------------
  def tril(self, diagonal: int = 0) -> Tensor: return self._triangle(lambda above: above <= diagonal)
  def triu(self, diagonal: int = 0) -> Tensor: return self._triangle(lambda above: above >= diagonal)

  def _triangle(self, keep) -> Tensor:
    """Zero the elements of the last two axes whose offset above the diagonal (col - row) `keep` rejects."""
    if self.ndim < 2: raise ShapeError(f"tril/triu: need at least 2 dimensions, got shape {self.shape}")
    r, c = self.shape[-2:]
    above = self._arange(c).reshape(1, c) - self._arange(r).reshape(r, 1)
    return keep(above).where(self, self._const_like(0, self.dtype))

  # ---- einsum --------------------------------------------------------------------------------------------------------
  @staticmethod
  def einsum(formula: str, *operands) -> Tensor:
    """Sum of products over labelled axes: align every operand on the union of labels, multiply, sum the labels the
    output does not keep. A label repeated in one operand takes its diagonal; '...' labels broadcast axes."""
    operands = tuple(operands[0]) if len(operands) == 1 and isinstance(operands[0], (list, tuple)) else operands
    inputs, output = _parse_einsum(formula, operands)
    sizes: dict = {}
    aligned = []
    for x, labels in zip(operands, inputs):
      x, labels = _einsum_diagonals(x, labels)
      for lab, s in zip(labels, x.shape):
        if sizes.get(lab, 1) not in (1, s) and s != 1:
          raise ShapeError(f"einsum: label {_label_name(lab)} has sizes {sizes[lab]} and {s} in {formula!r}")
        sizes[lab] = s if sizes.get(lab, 1) == 1 else sizes[lab]
      aligned.append((x, labels))
    order = list(output) + sorted({lab for _, labels in aligned for lab in labels} - set(output), key=str)
    terms = [x.permute(sorted(range(x.ndim), key=lambda i: order.index(labels[i])))
              .reshape(tuple(x.shape[labels.index(lab)] if lab in labels else 1 for lab in order))
             for x, labels in aligned]
    product = reduce(operator.mul, terms)._broadcast_to(tuple(sizes[lab] for lab in order))
    return product.sum(tuple(range(len(output), len(order)))) if len(order) > len(output) else product

  # ---- cumulative scans ----------------------------------------------------------------------------------------------
  @also_named("dim", "axis")
  def cumsum(self, dim: int = 0) -> Tensor:
    x = self.cast(dtypes.default_int) if self.dtype == dtypes.bool else self
    return x._scan(dim, "sum")

  @also_named("dim", "axis")
  def cumprod(self, dim: int = 0) -> Tensor:
    x = self.cast(dtypes.default_int) if self.dtype == dtypes.bool else self
    return x._scan(dim, "prod")

  @also_named("dim", "axis")
  def cummax(self, dim: int = 0) -> tuple[Tensor, Tensor]:
    """(values, indices) of the running maximum; a tie takes the later index, as PyTorch does.

    The running max changes only where an element equals it, so the index is a running max of those positions;
    the values are gathered at the indices so that the gradient goes to that one element, as in PyTorch."""
    d = self._axis(dim, "cummax")
    if self.ndim == 0: return self, self._const_like(0, dtypes.default_int)
    x = self.detach()
    pos = self._arange(self.shape[d]).reshape((-1,) + (1,) * (self.ndim - d - 1))
    indices = (x == x._scan(d, "max")).where(pos, 0)._scan(d, "max")
    return self.gather(d, indices), indices

  def _scan(self, dim: int, op: str) -> Tensor:
    """Inclusive prefix reduction along `dim` (`op`: sum, prod or max)."""
    d = self._axis(dim, f"cum{op}")
    if self.ndim == 0 or self.shape[d] == 0: return self
    return self.movedim(d, -1)._scan_last(op).movedim(-1, d)

  def _scan_last(self, op: str) -> Tensor:
    """Scan blocks of b = SCAN_BLOCK[op] on their own, scan the blocks' totals (recursively), and combine each block
    with the totals before it: O(n * b * log n) work rather than a window's O(n^2), and every kernel stays small."""
    n, lead, b = self.shape[-1], self.shape[:-1], SCAN_BLOCK[op]
    if n <= b: return self._scan_window(op)
    c = -(-n // b)
    blocks = self.pad(((0, 0),) * len(lead) + ((0, b * c - n),)).reshape(*lead, c, b)._scan_window(op)
    totals = blocks.narrow(-1, b - 1, 1).reshape(*lead, c).narrow(-1, 0, c - 1)._scan_last(op)
    before = totals.pad(((0, 0),) * len(lead) + ((1, 0),), value=_identity(op, self.dtype))
    combined = _SCAN_COMBINE[op](blocks, before.unsqueeze(-1))
    return combined.reshape(*lead, b * c).narrow(-1, 0, n)

  def _scan_window(self, op: str) -> Tensor:
    """out[i] = reduce(x[j] for j <= i), as a reduce over an (n, n) window of x masked to j <= i."""
    n = self.shape[-1]
    rows = self.unsqueeze(-2).expand(*self.shape[:-1], n, n)   # rows[..., i, j] = x[..., j]
    ar = self._arange(n)
    kept = (ar.reshape(1, n) <= ar.reshape(n, 1)).where(rows, _identity(op, self.dtype))
    return _SCAN_REDUCE[op](kept)

  def _diagonal(self) -> Tensor:
    """The diagonal of the last two (equal) axes: rows of n+1 elements start one column further right each time."""
    n = self.shape[-1]
    rows = self.reshape(*self.shape[:-2], n * n).pad(((0, 0),) * (self.ndim - 2) + ((0, n),))
    return rows.reshape(*self.shape[:-2], n, n + 1).narrow(-1, 0, 1).reshape(*self.shape[:-2], n)


# ---- helpers ---------------------------------------------------------------------------------------------------------
def _cat_axis(tensors, axis: int):
  """Join along `axis` (shapes already checked): pad each to the full length and add."""
  tensors = [t for t in tensors if t is not None]
  total = sum(t.shape[axis] for t in tensors)
  starts = np.cumsum([0] + [t.shape[axis] for t in tensors]).tolist()
  return reduce(operator.add,
                (t.pad(tuple((s, total - s - t.shape[axis]) if i == axis else None for i in range(t.ndim)))
                 for s, t in zip(starts, tensors)))


def _identity(op: str, dtype):
  return {"sum": 0, "prod": 1, "max": dtypes.min(dtype)}[op]


_SCAN_REDUCE = {"sum": lambda t: t.sum(-1), "prod": lambda t: t.prod(-1), "max": lambda t: t.amax(-1)}
_SCAN_COMBINE = {"sum": operator.add, "prod": operator.mul, "max": lambda a, b: a.maximum(b)}


def _label_name(lab) -> str: return lab if isinstance(lab, str) else "..."


def _parse_einsum(formula: str, operands):
  """Each operand's labels (letters; ints for the axes '...' stands for, aligned from the right) and the output's."""
  if not operands: raise ValueError("einsum: needs at least one operand")
  lhs, arrow, rhs = formula.replace(" ", "").partition("->")
  specs = lhs.split(",")
  if len(specs) != len(operands):
    raise ValueError(f"einsum: {formula!r} describes {len(specs)} operands, got {len(operands)}")
  if not all(isinstance(x, ShapeOps) for x in operands): raise DTypeError("einsum: operands must be Tensors")
  for spec in specs + [rhs]:
    if not all(c.isalpha() for c in spec.replace("...", "")) or spec.count("...") > 1:
      raise ValueError(f"einsum: bad subscripts {spec!r} in {formula!r}: letters and at most one '...'")
  n_ell = max((x.ndim - len(s.replace("...", "")) for x, s in zip(operands, specs) if "..." in s), default=0)
  inputs = []
  for x, spec in zip(operands, specs):
    ell = x.ndim - len(spec.replace("...", "")) if "..." in spec else 0
    if ell < 0 or ("..." not in spec and len(spec) != x.ndim):
      raise ShapeError(f"einsum: subscripts {spec!r} do not fit an operand with {x.ndim} dims (shape {x.shape})")
    head, _, tail = spec.partition("...")
    inputs.append(list(head) + list(range(n_ell - ell, n_ell)) + list(tail))
  if arrow:
    head, _, tail = rhs.partition("...")
    output = list(head) + (list(range(n_ell)) if "..." in rhs else []) + list(tail)
  else:
    counts = [lab for labels in inputs for lab in labels]
    output = list(range(n_ell)) + sorted(lab for lab in set(counts) if isinstance(lab, str) and counts.count(lab) == 1)
  if len(set(output)) != len(output): raise ValueError(f"einsum: output subscripts {rhs!r} repeat a label")
  missing = set(output) - {lab for labels in inputs for lab in labels}
  if missing:
    raise ValueError(f"einsum: output labels {sorted(map(_label_name, missing))} appear in no operand of {formula!r}")
  return inputs, output


def _einsum_diagonals(x, labels):
  """Collapse a label repeated within one operand to the diagonal of those axes."""
  labels = list(labels)
  while len(set(labels)) != len(labels):
    lab = next(lab for lab in labels if labels.count(lab) > 1)
    a, b = [i for i, lb in enumerate(labels) if lb == lab][:2]
    if x.shape[a] != x.shape[b]:
      raise ShapeError(f"einsum: repeated label {lab} has sizes {x.shape[a]} and {x.shape[b]}")
    x = x.movedim((a, b), (-2, -1))._diagonal()
    labels = [lb for i, lb in enumerate(labels) if i not in (a, b)] + [lab]
  return x, labels
