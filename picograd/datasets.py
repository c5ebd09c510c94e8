"""MNIST from the four original .gz files: from a folder you name, `$MNIST_DIR`, or downloaded once to the cache."""
from __future__ import annotations
import gzip
import hashlib
import os
import urllib.request
import numpy as np
from picograd.errors import PicogradError
from picograd.helpers import CACHE_DIR, MNIST_DIR

MNIST_FILES = {   # name -> md5 of the original file
  "train-images-idx3-ubyte.gz": "f68b3c2dcbeaaa9fbdd348bbdeb94873",
  "train-labels-idx1-ubyte.gz": "d53e105ee54ea40749a09fcbcd1e9432",
  "t10k-images-idx3-ubyte.gz": "9fb629c4189551a2d022fa330f9573f3",
  "t10k-labels-idx1-ubyte.gz": "ec29112dd5afa0611ce80d1b7f02629c",
}
MIRRORS = ("https://ossci-datasets.s3.amazonaws.com/mnist/", "https://storage.googleapis.com/cvdf-datasets/mnist/")


class DatasetError(PicogradError, OSError):
  pass


def _md5(path: str) -> str:
  with open(path, "rb") as f: return hashlib.md5(f.read()).hexdigest()


def _download(name: str, folder: str) -> str:
  os.makedirs(folder, exist_ok=True)
  path = os.path.join(folder, name)
  errors = []
  for mirror in MIRRORS:
    try:
      with urllib.request.urlopen(mirror + name, timeout=30) as r: data = r.read()
    except OSError as e:
      errors.append(f"{mirror}: {e}")
      continue
    tmp = f"{path}.{os.getpid()}.part"
    with open(tmp, "wb") as f: f.write(data)
    os.replace(tmp, path)   # atomic: a half-written file never carries the final name
    return path
  raise DatasetError(f"could not download {name} ({'; '.join(errors)}).\n"
                     f"Put the four MNIST files ({', '.join(MNIST_FILES)}) in {folder}, "
                     f"or in any folder and set MNIST_DIR to it.")


def _locate(name: str, folder: str | None) -> str:
  """The verified path of one file: in the given folder (never downloads there) or the cache (downloads once)."""
  if folder:
    path = os.path.join(folder, name)
    if not os.path.exists(path): raise DatasetError(f"{path} does not exist; the MNIST folder needs {', '.join(MNIST_FILES)}")
  else:
    cache = os.path.join(CACHE_DIR, "mnist")
    path = os.path.join(cache, name)
    if not os.path.exists(path): path = _download(name, cache)
  if _md5(path) != MNIST_FILES[name]:
    raise DatasetError(f"{path} has the wrong checksum (expected md5 {MNIST_FILES[name]}): delete it and try again")
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
