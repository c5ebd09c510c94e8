"""Train a two-layer MLP on MNIST on the CPU, save it as safetensors, reload it and check it scores the same.

    python examples/mnist_mlp.py                 # data from $MNIST_DIR, or downloaded once
    python examples/mnist_mlp.py --epochs 1 --steps 50
"""
import argparse
import os
import tempfile
import time
import numpy as np
from tqdm import tqdm
from picograd import Tensor, nn, optim, no_grad, jit
from picograd.datasets import mnist


def make_model(hidden: int) -> nn.Module:
  return nn.Sequential(nn.Linear(784, hidden), nn.ReLU(), nn.Linear(hidden, 10))


def normalize(images: np.ndarray) -> np.ndarray:
  return ((images.reshape(len(images), -1).astype(np.float32) / 255.0) - 0.1307) / 0.3081


def accuracy(model: nn.Module, images: np.ndarray, labels: np.ndarray, batch: int = 2000) -> float:
  model.eval()
  correct = 0
  with no_grad():
    for i in range(0, len(images), batch):
      pred = model(Tensor(images[i:i + batch])).argmax(1)
      correct += int((pred == Tensor(labels[i:i + batch].astype(np.int32))).sum().item())
  return 100.0 * correct / len(images)


def train(args) -> float:
  start = time.perf_counter()
  x_train, y_train, x_test, y_test = mnist(args.data)
  x_train, x_test = normalize(x_train), normalize(x_test)
  y_train, y_test = y_train.astype(np.int32), y_test.astype(np.int32)
  Tensor.manual_seed(args.seed)
  rng = np.random.default_rng(args.seed)
  model = make_model(args.hidden)
  opt = optim.Adam(model.parameters(), lr=args.lr)
  steps_per_epoch = len(x_train) // args.batch
  total = min(args.steps, args.epochs * steps_per_epoch) if args.steps else args.epochs * steps_per_epoch
  @jit
  def train_step(x: Tensor, y: Tensor):
    """One step, captured once and then replayed: no scheduling or code generation per step."""
    model.train()
    out = model(x)
    loss = out.cross_entropy(y)
    batch_acc = (out.argmax(1) == y).mean()
    opt.zero_grad()
    loss.backward()
    Tensor.realize(loss, batch_acc, *opt.schedule_step())
    return loss, batch_acc

  bar = tqdm(range(total), desc="train", unit="step")
  order = rng.permutation(len(x_train))
  for step in bar:
    if step % steps_per_epoch == 0: order = rng.permutation(len(x_train))
    idx = order[(step % steps_per_epoch) * args.batch:(step % steps_per_epoch + 1) * args.batch]
    loss, batch_acc = train_step(Tensor(x_train[idx]), Tensor(y_train[idx]))
    if step % 10 == 0 or step == total - 1:
      bar.set_postfix(loss=f"{loss.item():.3f}", acc=f"{100 * batch_acc.item():.1f}%")
  test_acc = accuracy(model, x_test, y_test)
  path = args.save or os.path.join(tempfile.mkdtemp(), "mnist_mlp.safetensors")
  nn.safe_save(model.state_dict(), path)
  reloaded = make_model(args.hidden).load_state_dict(nn.safe_load(path))
  reloaded_acc = accuracy(reloaded, x_test, y_test)
  assert reloaded_acc == test_acc, f"reloaded model scores {reloaded_acc:.2f}%, trained one {test_acc:.2f}%"
  print(f"saved to {path}; the reloaded model scores the same")
  print(f"test accuracy: {test_acc:.2f}%")
  print(f"wall time: {time.perf_counter() - start:.1f} s")
  return test_acc


def parse_args(argv=None):
  p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
  p.add_argument("--data", default=None, help="folder with the four MNIST .gz files (default: $MNIST_DIR or download)")
  p.add_argument("--epochs", type=int, default=5)
  p.add_argument("--steps", type=int, default=0, help="stop after this many steps (0: run every epoch)")
  p.add_argument("--batch", type=int, default=128)
  p.add_argument("--hidden", type=int, default=256)
  p.add_argument("--lr", type=float, default=1e-3)
  p.add_argument("--seed", type=int, default=0)
  p.add_argument("--save", default=None, help="where to write the trained weights (.safetensors)")
  return p.parse_args(argv)


if __name__ == "__main__":
  train(parse_args())
