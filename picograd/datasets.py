"""The examples' data, each from a path you name, an env flag, or downloaded once to the cache and checksummed:
MNIST's four original .gz files (`$MNIST_DIR`) and a text for the character-level GPT (`$TEXT_FILE`)."""
from __future__ import annotations
import gzip
import hashlib
import os
import urllib.request
import numpy as np
from picograd.errors import PicogradError
from picograd.helpers import CACHE_DIR, MNIST_DIR, TEXT_FILE

MNIST_FILES = {   # name -> md5 of the original file
  "train-images-idx3-ubyte.gz": "f68b3c2dcbeaaa9fbdd348bbdeb94873",
  "train-labels-idx1-ubyte.gz": "d53e105ee54ea40749a09fcbcd1e9432",
  "t10k-images-idx3-ubyte.gz": "9fb629c4189551a2d022fa330f9573f3",
  "t10k-labels-idx1-ubyte.gz": "ec29112dd5afa0611ce80d1b7f02629c",
}
MIRRORS = ("https://ossci-datasets.s3.amazonaws.com/mnist/", "https://storage.googleapis.com/cvdf-datasets/mnist/")
TINYSHAKESPEARE_MD5 = "6fb458f1232090904fb40fe944165e91"   # input.txt, 1,115,394 bytes
TINYSHAKESPEARE_URL = "https://raw.githubusercontent.com/karpathy/char-rnn/master/data/tinyshakespeare/"


class DatasetError(PicogradError, OSError):
  pass


def _md5(path: str) -> str:
  with open(path, "rb") as f: return hashlib.md5(f.read()).hexdigest()


def _check_md5(path: str, expected: str):
  if _md5(path) != expected:
    raise DatasetError(f"{path} has the wrong checksum (expected md5 {expected}): delete it and try again")


def _download(name: str, folder: str, mirrors: tuple[str, ...] = MIRRORS, hint: str | None = None) -> str:
  """`name` from the first mirror that answers, into `folder`; `hint` says what to do when none does."""
  os.makedirs(folder, exist_ok=True)
  path = os.path.join(folder, name)
  errors = []
  for mirror in mirrors:
    try:
      with urllib.request.urlopen(mirror + name, timeout=30) as r: data = r.read()
    except OSError as e:
      errors.append(f"{mirror}: {e}")
      continue
    tmp = f"{path}.{os.getpid()}.part"
    with open(tmp, "wb") as f: f.write(data)
    os.replace(tmp, path)   # atomic: a half-written file never carries the final name
    return path
  hint = hint or (f"Put the four MNIST files ({', '.join(MNIST_FILES)}) in {folder}, "
                  "or in any folder and set MNIST_DIR to it.")
  raise DatasetError(f"could not download {name} ({'; '.join(errors)}).\n{hint}")


def _locate(name: str, folder: str | None) -> str:
  """The verified path of one file: in the given folder (never downloads there) or the cache (downloads once)."""
  if folder:
    path = os.path.join(folder, name)
    if not os.path.exists(path):
      raise DatasetError(f"{path} does not exist; the MNIST folder needs {', '.join(MNIST_FILES)}")
  else:
    cache = os.path.join(CACHE_DIR, "mnist")
    path = os.path.join(cache, name)
    if not os.path.exists(path): path = _download(name, cache)
  _check_md5(path, MNIST_FILES[name])
  return path


def _read_idx(path: str, header_ints: int) -> np.ndarray:
  with gzip.open(path, "rb") as f: data = f.read()
  return np.frombuffer(data, dtype=np.uint8, offset=4 * header_ints)


def mnist(folder: str | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
  """(train images N×1×28×28 uint8, train labels N uint8, test images, test labels), as NumPy arrays."""
  folder = folder or MNIST_DIR or None
  paths = {name: _locate(name, folder) for name in MNIST_FILES}
  images = lambda n: _read_idx(paths[n], 4).reshape(-1, 1, 28, 28)   # noqa: E731
  labels = lambda n: _read_idx(paths[n], 2)                          # noqa: E731
  return (images("train-images-idx3-ubyte.gz"), labels("train-labels-idx1-ubyte.gz"),
          images("t10k-images-idx3-ubyte.gz"), labels("t10k-labels-idx1-ubyte.gz"))


def tinyshakespeare(path: str | None = None) -> str:
  """The training text of the character-level GPT: the file at `path` or `$TEXT_FILE` (any UTF-8 text, used as it
  is), else tinyshakespeare, downloaded once to the cache and checked against its md5."""
  path = path or TEXT_FILE or None
  if path:
    if not os.path.exists(path): raise DatasetError(f"{path} does not exist; name a UTF-8 text file")
  else:
    cache = os.path.join(CACHE_DIR, "tinyshakespeare")
    path = os.path.join(cache, "input.txt")
    if not os.path.exists(path):
      path = _download("input.txt", cache, (TINYSHAKESPEARE_URL,),
                       f"Put tinyshakespeare's input.txt in {cache}, or name any text file with --data or TEXT_FILE.")
    _check_md5(path, TINYSHAKESPEARE_MD5)
  with open(path, encoding="utf-8") as f: return f.read()
