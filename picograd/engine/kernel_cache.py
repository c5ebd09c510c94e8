"""The disk cache of compiled kernels, keyed by what the kernel is, so that a hit costs a file read and a load.

A new process compiles every kernel of its first step again unless it finds the machine code here. The key is a
stable text (never Python's hash, which changes per process) of everything the machine code depends on:
  - the op tree, one node a line (op, dtype, sources, and the argument's repr: a constant's exact value and each
    view's shape, strides, offset and mask) and the buffers' dtypes;
  - the device and what its runtime says changes its code (`DeviceSpec.machine`: the CPU model, its features, the
    LLVM version and pass pipeline);
  - the compiler itself: picograd's version and a digest of its source files, so that a checkout whose lowering,
    renderer or heuristics changed never loads code compiled by another; and the BEAM setting, which picks the plan.
An entry holds what launching needs besides the kernel's buffers (the symbol, base name, parallel extent, flops)
and the object file. A hit skips planning, lowering, rendering and LLVM; DEBUG and the dumps rebuild those texts
when they print them. A plan steered by a `before_compile` hook is not a function of the key: while such a hook is
registered the cache is neither read nor written.

Entries are written whole (a temporary file renamed) and checked when read: a corrupt or foreign one is ignored
with a warning and the kernel compiled again.
"""
from __future__ import annotations
import functools
import hashlib
import json
import os
import warnings
from picograd.helpers import BEAM, CACHE_DIR, DISK_CACHE
from picograd.ops import AstNode
from picograd.version import __version__

MAGIC = b"picograd-kernel-v2\n"   # the entry format; another version's entries are foreign
DIGEST_BYTES = 32                  # sha256 of the rest of the entry, to catch a torn or damaged file


def tree_text(ast: AstNode, buffer_dtypes: tuple) -> str:
  """The op tree and the buffers' dtypes as a process-independent text: each shared subtree once, sources first.
  An argument whose repr names a memory address makes a key no other process has: a miss, never a wrong hit."""
  nodes = ast.walk()
  number = {id(n): i for i, n in enumerate(nodes)}
  lines = [" ".join(dt.name for dt in buffer_dtypes)]
  for n in nodes:
    srcs = ",".join(str(number[id(s)]) for s in n.srcs)
    lines.append(f"{type(n.op).__name__}.{n.op.name} {n.dtype.name} [{srcs}] {n.arg!r}")
  return "\n".join(lines)


@functools.cache
def _compiler_digest() -> str:
  """A digest of picograd's own source files: the code that plans, lowers and renders a kernel."""
  root, digest = os.path.dirname(os.path.dirname(os.path.abspath(__file__))), hashlib.sha256()
  for folder, dirs, files in sorted(os.walk(root)):
    dirs.sort()
    for name in sorted(f for f in files if f.endswith(".py")):
      with open(os.path.join(folder, name), "rb") as f: digest.update(name.encode() + b"\0" + f.read())
  return digest.hexdigest()


def key(ast: AstNode, buffer_dtypes: tuple, spec) -> str:
  """The entry's file name: a digest of everything its machine code depends on (see the module docstring)."""
  parts = [__version__, _compiler_digest(), spec.name, spec.machine(), f"BEAM={BEAM}", tree_text(ast, buffer_dtypes)]
  return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def usable(spec, steering: bool) -> bool:
  """Whether kernels for this device go through the cache now (`steering`: a before_compile hook is registered)."""
  return bool(DISK_CACHE) and spec.load is not None and not steering and _cache_dir() is not None


def read(entry_key: str) -> tuple[dict, bytes] | None:
  """(launch facts, machine code) of an entry, or None: absent, unreadable, corrupt or foreign."""
  try:
    with open(os.path.join(_cache_dir(), entry_key), "rb") as f: data = f.read()
  except FileNotFoundError:
    return None
  except OSError as e:
    _warn_once(f"picograd: cannot read the kernel cache ({e}); compiling instead")
    return None
  digest, body = data[len(MAGIC):len(MAGIC) + DIGEST_BYTES], data[len(MAGIC) + DIGEST_BYTES:]
  header, _, obj = body.partition(b"\0")
  try:
    if not data.startswith(MAGIC) or hashlib.sha256(body).digest() != digest: raise ValueError("digest")
    facts = json.loads(header)
    if facts.get("key") != entry_key: raise ValueError("key")
  except ValueError:   # json's errors are ValueErrors too
    _warn_once(f"picograd: a corrupt kernel cache entry ({entry_key[:12]}) was ignored; compiling instead")
    return None
  return facts, obj


def write(entry_key: str, facts: dict, obj: bytes):
  """Store an entry: written to a temporary file and renamed, so readers see all of it or none."""
  body = json.dumps(dict(facts, key=entry_key)).encode() + b"\0" + obj
  folder = _cache_dir()
  tmp = os.path.join(folder, f".{entry_key}.{os.getpid()}.tmp")
  try:
    with open(tmp, "wb") as f: f.write(MAGIC + hashlib.sha256(body).digest() + body)
    os.replace(tmp, os.path.join(folder, entry_key))
  except OSError as e:
    _warn_once(f"picograd: cannot write the kernel cache ({e}); it will not survive restarts")


@functools.cache
def _cache_dir() -> str | None:
  path = os.path.join(CACHE_DIR, "cpu")
  try:
    os.makedirs(path, exist_ok=True)
    return path if os.access(path, os.W_OK) else None
  except OSError as e:
    warnings.warn(f"picograd: kernel cache {path} is not usable ({e}); compiling every kernel")
    return None


@functools.cache
def _warn_once(message: str): warnings.warn(message)
