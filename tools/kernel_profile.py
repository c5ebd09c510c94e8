"""Run a script and list its kernels: launches, time share, speed and the ops fused into each.

    python tools/kernel_profile.py examples/mnist_mlp.py --steps 200
"""
import argparse
import atexit
import runpy
import sys
from collections import defaultdict
from picograd.engine import hooks


def main():
  parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
  parser.add_argument("--top", type=int, default=25, help="kernels to list (by total time)")
  parser.add_argument("script")
  parser.add_argument("args", nargs=argparse.REMAINDER)
  args = parser.parse_args()
  stats = defaultdict(lambda: {"launches": 0, "seconds": 0.0, "flops": 0, "bytes": 0})
  fused: dict[str, str] = {}

  def compiled(item, ck):
    fused.setdefault(ck.name, f"{' '.join(item.fused)} ({item.reason})")

  def launched(ck, buffers, seconds, dev):
    s = stats[ck.name]
    s["launches"] += 1
    s["seconds"] += seconds
    s["flops"] += ck.flops
    s["bytes"] += sum(b.nbytes for b in buffers)

  hooks.add("after_compile", compiled)
  hooks.add("after_launch", launched)
  atexit.register(lambda: report(stats, fused, args.top))
  sys.argv = [args.script] + args.args
  runpy.run_path(args.script, run_name="__main__")


def report(stats, fused, top: int):
  total = sum(s["seconds"] for s in stats.values()) or 1e-12
  launches = sum(s["launches"] for s in stats.values())
  print(f"\n{len(stats)} distinct kernels, {launches} launches, {total * 1e3:.1f} ms in kernels")
  print(f"{'kernel':28s} {'launches':>8s} {'total ms':>9s} {'share':>6s} {'avg us':>8s} {'GFLOP/s':>8s} {'GB/s':>7s}  "
        "fused ops")
  for name, s in sorted(stats.items(), key=lambda kv: -kv[1]["seconds"])[:top]:
    sec = max(s["seconds"], 1e-12)
    print(f"{name:28s} {s['launches']:8d} {s['seconds'] * 1e3:9.2f} {100 * s['seconds'] / total:5.1f}% "
          f"{s['seconds'] / s['launches'] * 1e6:8.1f} {s['flops'] / sec / 1e9:8.2f} {s['bytes'] / sec / 1e9:7.2f}  "
          f"{fused.get(name, '')}")


if __name__ == "__main__":
  main()
