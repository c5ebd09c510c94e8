"""What the MNIST examples share: data, a jitted training loop, evaluation, and the safetensors round trip."""
import argparse
import os
import tempfile
import time
from typing import Callable
import numpy as np
from tqdm import tqdm
from picograd import GlobalCounters, Tensor, nn, optim, no_grad, jit
from picograd.datasets import mnist


def normalize(images: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
  return ((images.reshape((len(images),) + shape).astype(np.float32) / 255.0) - 0.1307) / 0.3081


def accuracy(model: nn.Module, images: np.ndarray, labels: np.ndarray, batch: int = 1000) -> float:
  model.eval()
  correct = 0
  with no_grad():
    for i in range(0, len(images), batch):
      pred = model(Tensor(images[i:i + batch])).argmax(1)
      correct += int((pred == Tensor(labels[i:i + batch])).sum().item())
  return 100.0 * correct / len(images)


def parse_args(doc: str, **defaults) -> argparse.Namespace:
  """The examples' shared flags; `defaults` sets each example's own (and adds --channels when given)."""
  p = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
  p.add_argument("--data", default=None, help="folder with the four MNIST .gz files (default: $MNIST_DIR or download)")
  p.add_argument("--epochs", type=int, default=defaults["epochs"])
  p.add_argument("--steps", type=int, default=0, help="stop after this many steps (0: run every epoch)")
  p.add_argument("--batch", type=int, default=defaults["batch"])
  p.add_argument("--hidden", type=int, default=defaults["hidden"])
  if "channels" in defaults:
    p.add_argument("--channels", type=int, default=defaults["channels"], help="channels of the first convolution")
  p.add_argument("--lr", type=float, default=defaults["lr"])
  p.add_argument("--cosine", action=argparse.BooleanOptionalAction, default=defaults.get("cosine", False),
                 help="anneal the learning rate to 0 over the run")
  p.add_argument("--seed", type=int, default=0)
  p.add_argument("--save", default=None, help="where to write the trained weights (.safetensors)")
  p.add_argument("--distributed", action="store_true",
                 help="data-parallel over the ranks of `mpiexec -n N python ...`: each takes 1/N of every batch")
  return p.parse_args()


def data_parallel(args: argparse.Namespace, model: nn.Module) -> tuple[nn.Module, int, int]:
  """(model, rank, ranks): the model wrapped in DistributedDataParallel when --distributed."""
  if not args.distributed: return model, 0, 1
  import picograd.distributed as dist
  from picograd.nn.parallel import DistributedDataParallel
  dist.init_process_group()
  if args.batch % dist.get_world_size():
    raise SystemExit(f"--batch {args.batch} does not split evenly over {dist.get_world_size()} ranks")
  return DistributedDataParallel(model), dist.get_rank(), dist.get_world_size()


def train(args: argparse.Namespace, make_model: Callable[[argparse.Namespace], nn.Module], image_shape: tuple[int, ...],
          name: str) -> float:
  """Train with Adam and a jitted step, print the test accuracy, and check the saved-and-reloaded model matches."""
  start = time.perf_counter()
  x_train, y_train, x_test, y_test = mnist(args.data)
  x_train, x_test = normalize(x_train, image_shape), normalize(x_test, image_shape)
  y_train, y_test = y_train.astype(np.int32), y_test.astype(np.int32)
  Tensor.manual_seed(args.seed)
  rng = np.random.default_rng(args.seed)
  model, rank, ranks = data_parallel(args, make_model(args))
  opt = optim.Adam(model.parameters(), lr=args.lr)
  steps_per_epoch = len(x_train) // args.batch
  total = min(args.steps, args.epochs * steps_per_epoch) if args.steps else args.epochs * steps_per_epoch
  schedule = optim.CosineAnnealingLR(opt, total) if args.cosine else None
  buffers = [b for _, b in model.named_buffers()]   # running statistics, if any, update with each step

  @jit
  def train_step(x: Tensor, y: Tensor):
    """One step, captured once and then replayed: no scheduling or code generation per step."""
    model.train()
    out = model(x)
    loss = out.cross_entropy(y)
    batch_acc = (out.argmax(1) == y).mean()
    opt.zero_grad()
    loss.backward()
    Tensor.realize(loss, batch_acc, *opt.schedule_step(), *buffers)
    return loss, batch_acc

  bar = tqdm(range(total), desc="train", unit="step", disable=rank != 0)
  order = rng.permutation(len(x_train))
  share = args.batch // ranks   # each rank's part of the batch: every rank draws the same order
  for step in bar:
    if step == 2: timed = time.perf_counter()   # after the first run and the JIT's capture
    if step % steps_per_epoch == 0: order = rng.permutation(len(x_train))
    idx = order[(step % steps_per_epoch) * args.batch:(step % steps_per_epoch + 1) * args.batch]
    idx = idx[rank * share:(rank + 1) * share]
    loss, batch_acc = train_step(Tensor(x_train[idx]), Tensor(y_train[idx]))
    if schedule is not None: schedule.step()
    if step % 10 == 0 or step == total - 1:
      bar.set_postfix(loss=f"{loss.item():.3f}", acc=f"{100 * batch_acc.item():.1f}%")
  per_step = (time.perf_counter() - timed) / (total - 2) if total > 2 else float("nan")
  if rank != 0: return accuracy(model, x_test, y_test)
  print(f"time per step: {per_step * 1e3:.2f} ms ({ranks} rank{'s' if ranks > 1 else ''}, batch {share} each)")
  if args.distributed: model = model.module
  test_acc = accuracy(model, x_test, y_test)
  path = args.save or os.path.join(tempfile.mkdtemp(), f"{name}.safetensors")
  nn.safe_save(model.state_dict(), path)
  reloaded_acc = accuracy(make_model(args).load_state_dict(nn.safe_load(path)), x_test, y_test)
  assert reloaded_acc == test_acc, f"reloaded model scores {reloaded_acc:.2f}%, trained one {test_acc:.2f}%"
  print(f"saved to {path}; the reloaded model scores the same")
  print(f"test accuracy: {test_acc:.2f}%")
  print(f"wall time: {time.perf_counter() - start:.1f} s (compiling {GlobalCounters.compile_count} kernels: "
        f"{GlobalCounters.compile_time_s:.1f} s)")
  return test_acc
