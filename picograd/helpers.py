"""Environment flags, read in one place, and tiny utilities. Imports nothing of picograd."""
from __future__ import annotations
import difflib, functools, inspect, math, os, sys
from typing import Iterable, TypeVar

T = TypeVar("T")


@functools.cache
def getenv(key: str, default=0):
  """An env flag, converted to the type of its default."""
  return type(default)(os.getenv(key, default))


DEBUG = getenv("DEBUG", 0)            # 1 kernels run, 2 + device ops and fusion, 3 + IR, 4 + source and assembly
DEVICE = getenv("DEVICE", "CPU")      # default device for new tensors
DUMP = getenv("PICOGRAD_DUMP", "")    # a folder: one sub-folder per compiled kernel (IR, source, assembly, shapes)
VIZ = getenv("VIZ", "")              # 1 (or a path): write the run as one self-contained HTML page at exit
GRAPH = getenv("GRAPH", 0)            # 1: draw every kernel a run scheduled to graphs/schedule.svg at exit
THREADS = getenv("THREADS", os.cpu_count() or 1)   # CPU threads a large kernel is split across
DISK_CACHE = getenv("PICOGRAD_DISK_CACHE", 1)     # 0 turns off the on-disk cache of compiled CPU kernels
CUDA_ARCH = getenv("PICOGRAD_CUDA_ARCH", "")   # e.g. sm_90: the target when no GPU is present to ask
CHECK_CUDA = getenv("PICOGRAD_CHECK_CUDA", "")  # e.g. sm_80,sm_90: the emulator also compiles each kernel for these
CUDA_HOME = getenv("CUDA_HOME", "/usr/local/cuda")   # a CUDA toolkit, the last place CUDA tools (cuobjdump) are sought
MNIST_DIR = getenv("MNIST_DIR", "")   # a folder holding the four MNIST .gz files (else they are downloaded)
TEXT_FILE = getenv("TEXT_FILE", "")   # a text file for the character-level GPT (else tinyshakespeare is downloaded)
CACHE_DIR = getenv("PICOGRAD_CACHE", os.path.join(os.path.expanduser("~"), ".cache", "picograd"))
DIST_TIMEOUT = getenv("PICOGRAD_DIST_TIMEOUT", 60.0)   # seconds a collective waits for the other ranks, then raises
BEAM = getenv("BEAM", 0)              # N: time CPU kernels' variants, keep the fastest (beam of width N)
BEAM_BUDGET = getenv("BEAM_BUDGET", 60.0)   # seconds a BEAM search may spend per kernel


_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))
COLORS = {"red": 31, "green": 32, "yellow": 33, "blue": 34, "magenta": 35, "cyan": 36, "gray": 90}


def colored(text: str, color: str) -> str:
  """Colour for a terminal only: never in a log file, never when NO_COLOR is set."""
  if os.getenv("NO_COLOR") or not sys.stdout.isatty(): return text
  return f"\033[{COLORS[color]}m{text}\033[0m"


def user_line() -> str | None:
  """'file:line: code' of the innermost frame outside picograd: where the user's code made something."""
  frame = sys._getframe(1)
  while frame is not None and frame.f_code.co_filename.startswith(_PACKAGE_DIR): frame = frame.f_back
  if frame is None: return None
  import linecache
  code = linecache.getline(frame.f_code.co_filename, frame.f_lineno).strip()
  return f"{os.path.basename(frame.f_code.co_filename)}:{frame.f_lineno}: {code}"


def postorder(roots, children, skip=None) -> list:
  """Every node reachable from `roots` once, each after the nodes it points to; iterative, so no recursion limit
  on deep graphs. `skip(node)` stops the walk at a node (it is left out)."""
  order, seen, stack = [], set(), [(r, False) for r in reversed(list(roots))]
  while stack:
    node, expanded = stack.pop()
    if expanded:
      order.append(node)
      continue
    if id(node) in seen or (skip is not None and skip(node)): continue
    seen.add(id(node))
    stack.append((node, True))
    stack.extend((c, False) for c in reversed(list(children(node))))
  return order


def also_named(param: str, alias: str):
  """A decorator: keyword `alias=` means `param=` (PyTorch's dim= for tinygrad's and NumPy's axis=, or back). A
  keyword the function lacks gets an error naming the ones it has that come closest (keepdims= -> keepdim=)."""
  def decorate(fn):
    params = set(inspect.signature(fn).parameters)
    @functools.wraps(fn)
    def wrapper(self, *args, **kwargs):
      if alias in kwargs:
        if param in kwargs or args: raise TypeError(f"{fn.__name__}: got {param} twice (as {alias}= too)")
        kwargs[param] = kwargs.pop(alias)
      if kwargs and not params.issuperset(kwargs):
        raise TypeError(_unknown_keyword(fn, next(k for k in kwargs if k not in params), alias))
      return fn(self, *args, **kwargs)
    return wrapper
  return decorate


def _unknown_keyword(fn, name: str, alias: str | None) -> str:
  known = [p for p, v in inspect.signature(fn).parameters.items()
           if p not in ("self", "cls") and v.kind not in (v.VAR_POSITIONAL, v.VAR_KEYWORD)] + ([alias] if alias else [])
  close = difflib.get_close_matches(name, known, n=2, cutoff=0.5)
  if name in TORCH_ONLY_KEYWORDS: hint = f": {TORCH_ONLY_KEYWORDS[name]}"
  elif close: hint = f"; did you mean {' or '.join(c + '=' for c in close)}?"
  else: hint = f"; it takes {', '.join(k + '=' for k in known) or 'no keywords'}"
  return f"{fn.__name__}() got an unexpected keyword argument {name!r}{hint}"


# PyTorch keywords picograd has no use for, and what to do instead
TORCH_ONLY_KEYWORDS = {
  "out": "picograd returns a new tensor: use the result, or write it into a tensor with y.assign(result)",
  "memory_format": "picograd's buffers are row-major; .contiguous() makes one",
  "non_blocking": "picograd's copies are synchronous; leave it out",
  "pin_memory": "picograd's host buffers need no pinning; leave it out",
  "layout": "picograd's tensors are dense (torch.strided); leave it out",
}


def hinting_keywords(fn):
  """Wrap `fn` so that calling it with a keyword it lacks names the closest ones it has, or what to do instead of a
  PyTorch-only keyword (out=, memory_format=, ...), rather than Python's bare "unexpected keyword argument"."""
  @functools.wraps(fn)
  def wrapper(*args, **kwargs):
    try: return fn(*args, **kwargs)
    except TypeError as e:
      if not kwargs or e.__traceback__ is None or e.__traceback__.tb_next is not None: raise   # raised inside fn
      name = next((k for k in kwargs if f"unexpected keyword argument '{k}'" in str(e)), None)
      if name is None: raise
      raise TypeError(_unknown_keyword(fn, name, None)) from None
  return wrapper


def hint_keywords(namespace: dict, module: str):
  """hinting_keywords on every public function `module` defines in `namespace` (a module's globals or a class's)."""
  for name, value in list(namespace.items()):
    if not name.startswith("_") and inspect.isfunction(value) and value.__module__ == module:
      namespace[name] = hinting_keywords(value)


def hint_keywords_of_class(cls):
  """hinting_keywords on every public method `cls` has, its bases' included (set on `cls`, which comes first)."""
  done = set()
  for klass in cls.__mro__[:-1]:
    for name, value in vars(klass).items():
      if name.startswith("_") or name in done: continue
      done.add(name)
      if inspect.isfunction(value): setattr(cls, name, hinting_keywords(value))
      elif isinstance(value, (classmethod, staticmethod)):
        setattr(cls, name, type(value)(hinting_keywords(value.__func__)))


def prod(xs: Iterable[int]) -> int:
  return math.prod(xs)


def argsort(xs) -> list[int]:
  return sorted(range(len(xs)), key=xs.__getitem__)


def strides_for_shape(shape: tuple[int, ...]) -> tuple[int, ...]:
  """Row-major strides; size-1 axes get stride 0 so equal views compare equal."""
  strides, acc = [], 1
  for s in reversed(shape):
    strides.append(acc if s != 1 else 0)
    acc *= s
  return tuple(reversed(strides))


def dedup(xs: Iterable[T]) -> list[T]:
  return list(dict.fromkeys(xs))


def flatten(xss) -> list:
  return [x for xs in xss for x in xs]


class GlobalCounters:
  """Totals of the work run so far: the numbers DEBUG=1 prints and tests assert on."""
  kernel_count: int = 0
  global_ops: int = 0
  global_mem: int = 0
  time_sum_s: float = 0.0
  compile_count: int = 0
  compile_time_s: float = 0.0
  cache_hits: int = 0
  disk_cache_hits: int = 0  # compiles that loaded machine code from the disk cache (engine/kernel_cache.py)
  schedule_count: int = 0   # lazy graphs scheduled (a JIT replay schedules none)
  schedule_cache_hits: int = 0   # lazy graphs whose schedule was reused (engine/run.py)
  hazard_copies: int = 0    # buffers copied aside before an assign overwrote what pending values read

  @classmethod
  def reset(cls):
    cls.kernel_count, cls.global_ops, cls.global_mem, cls.time_sum_s = 0, 0, 0, 0.0
    cls.compile_count, cls.compile_time_s, cls.cache_hits, cls.schedule_count, cls.hazard_copies = 0, 0.0, 0, 0, 0
    cls.schedule_cache_hits, cls.disk_cache_hits = 0, 0
