"""Train a two-layer MLP on MNIST on the CPU, save it as safetensors, reload it and check it scores the same.

    python examples/mnist_mlp.py                 # data from $MNIST_DIR, or downloaded once
    python examples/mnist_mlp.py --epochs 1 --steps 50
    mpiexec -n 2 python examples/mnist_mlp.py --distributed   # data-parallel: each process takes half of each batch
"""
from mnist_common import parse_args, train
from picograd import nn


def make_model(args) -> nn.Module:
  return nn.Sequential(nn.Linear(784, args.hidden), nn.ReLU(), nn.Linear(args.hidden, 10))


if __name__ == "__main__":
  train(parse_args(__doc__, epochs=5, batch=128, hidden=256, lr=1e-3), make_model, (784,), "mnist_mlp")
