"""The examples, run in a short mode on the real MNIST files ($MNIST_DIR, set by CI to the shared copy)."""
import os
import subprocess
import sys
import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MNIST_DIR = os.environ.get("MNIST_DIR", os.path.join(ROOT, "..", "shared", "data", "mnist"))


def run_example(script: str, *args: str) -> str:
  env = dict(os.environ, MNIST_DIR=MNIST_DIR)
  out = subprocess.run([sys.executable, os.path.join(ROOT, "examples", script), *args], capture_output=True, text=True,
                       env=env, timeout=600)
  assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-4000:]
  return out.stdout


def test_mnist_mlp_short_run_learns(tmp_path):
  assert os.path.exists(os.path.join(MNIST_DIR, "train-images-idx3-ubyte.gz")), f"MNIST files not found in {MNIST_DIR}"
  out = run_example("mnist_mlp.py", "--steps", "300", "--save", str(tmp_path / "mlp.safetensors"))
  line = next(l for l in out.splitlines() if l.startswith("test accuracy:"))
  accuracy = float(line.split()[-1].rstrip("%"))
  assert accuracy >= 93.0, out   # 300 steps reach ~94.7% here
  assert "reloaded model scores the same" in out and (tmp_path / "mlp.safetensors").exists()


def test_mnist_loader_rejects_a_corrupt_file(tmp_path):
  from picograd.datasets import DatasetError, MNIST_FILES, mnist
  for name in MNIST_FILES: (tmp_path / name).write_bytes(b"not mnist")
  with pytest.raises(DatasetError, match="wrong checksum"):
    mnist(str(tmp_path))


def test_mnist_loader_names_missing_files(tmp_path):
  from picograd.datasets import DatasetError, mnist
  with pytest.raises(DatasetError, match="does not exist"):
    mnist(str(tmp_path))


def test_mnist_cnn_short_run_learns(tmp_path):
  assert os.path.exists(os.path.join(MNIST_DIR, "train-images-idx3-ubyte.gz")), f"MNIST files not found in {MNIST_DIR}"
  out = run_example("mnist_cnn.py", "--steps", "300", "--save", str(tmp_path / "cnn.safetensors"))
  line = next(l for l in out.splitlines() if l.startswith("test accuracy:"))
  accuracy = float(line.split()[-1].rstrip("%"))
  assert accuracy >= 96.0, out   # 300 steps of 64 reach ~97.7% here
  assert "reloaded model scores the same" in out and (tmp_path / "cnn.safetensors").exists()
