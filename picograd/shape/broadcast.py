"""PyTorch's (and NumPy's) broadcasting rule on shapes alone: align from the right, sizes equal or 1."""
from picograd.errors import ShapeError


def broadcast_shape(op: str, *shapes) -> tuple[int, ...]:
  """The shape all these broadcast to; a mismatch is an error naming the op and every shape."""
  if all(s == shapes[0] for s in shapes[1:]): return tuple(shapes[0])   # the common case, in a fraction of the time
  nd = max(len(s) for s in shapes)
  padded = [(1,) * (nd - len(s)) + tuple(s) for s in shapes]
  out = []
  for dims in zip(*padded):
    sizes = {d for d in dims if d != 1}
    if len(sizes) > 1: raise ShapeError(f"{op}: cannot broadcast shapes {' and '.join(str(tuple(s)) for s in shapes)}")
    out.append(sizes.pop() if sizes else 1)
  return tuple(out)
