"""How well each CUDA kernel of a script would use an H100 or H200, on a machine without a GPU.

The script runs on the CPU as usual (as tools/cuda_compile.py does, through the engine's after_compile hook);
each distinct kernel is also planned for a GPU, rendered, compiled by NVRTC for --arch and disassembled. The
kernels are the CPU's schedule: where the CPU shapes the graph for itself (a matmul operand copied contiguous along
the reduction, a matmul's result stored before transcendentals) the GPU would run the product as written. Per
kernel it prints FLOPs and bytes, the SASS instruction mix of its main loop and a roofline prediction:

    python tools/gpu_report.py --arch sm_90 examples/mnist_mlp.py --steps 5

What the mix counts (in the main loop: the innermost SASS loop with the most instructions, else the whole kernel):
  FMA/ld   FFMA + HFMA2 (not HFMA2.MMA, which ptxas uses as a move) per global or shared load (LDG + LDS)
  LDG      global loads by width in bits (8/16/32/64/128); LDS/STS shared memory; SHFL warp shuffles; BAR barriers
  i64      64-bit integer work: IMAD.WIDE, the carry halves of 64-bit adds (IADD3.X, IMAD.X, LEA.HI.X), 64-bit
           compares (ISETP...EX), 64-bit shifts (SHF ...U64/S64) and CALLs (64-bit division is a subroutine)

The prediction is a four-roof model, max of: bytes / bandwidth (each buffer moved once: caches catch all reuse),
FLOPs / peak, warp instructions / issue rate (4 per SM per clock) and warp memory instructions / LD/ST rate (1 per
SM per clock), the counts estimated from the SASS (the main loop's length times its trips, the rest once per
warp). It ignores latency, so a kernel with too few warps to hide it will do worse. "% peak" is the roofline time
(bytes or FLOPs alone) over the predicted time.
"""
from __future__ import annotations
import argparse
import atexit
import re
import runpy
import sys
from collections import Counter
from dataclasses import dataclass
from picograd.codegen.ir import IROps, Program
from picograd.codegen.kernel import build_kernel
from picograd.codegen.optimize import optimize
from picograd.codegen.linearize import linearize
from picograd.codegen.renderer.cuda import render_cuda
from picograd.engine import hooks
from picograd.helpers import prod


@dataclass(frozen=True)
class GPUSpec:
  name: str
  fp32: float        # FLOP/s, CUDA cores (an FMA is 2 FLOPs)
  tensor16: float    # FLOP/s, dense FP16/BF16 tensor cores with FP32 accumulation
  bandwidth: float   # bytes/s of HBM
  sms: int
  clock: float       # Hz, boost


# Published NVIDIA spec-sheet figures (H100 Tensor Core GPU datasheet, SXM5 column; H200 datasheet, SXM column),
# dense (without sparsity): H100 SXM FP32 67 TFLOP/s, TF32 495, BF16/FP16 989 TFLOP/s, HBM3 3.35 TB/s, 132 SMs at
# up to 1.98 GHz; the H200 has the same GH100 compute with 141 GB of HBM3e at 4.8 TB/s.
H100 = GPUSpec("H100 SXM", 67e12, 989e12, 3.35e12, 132, 1.98e9)
H200 = GPUSpec("H200", 67e12, 989e12, 4.8e12, 132, 1.98e9)
ISSUE_PER_SM = 4   # warp instructions per SM per clock: four schedulers, one each (Hopper architecture whitepaper)
MEMORY_PER_SM = 1  # warp memory instructions per SM per clock: 32 LD/ST units. Hence the target of 4 FFMA (128
                   # lanes: 4 warp FFMAs a clock) per load: fewer, and the loads, not the FMAs, set the pace

_SASS = re.compile(r"/\*([0-9a-f]{4,})\*/\s+(?:@!?U?P\w+\s+)?([A-Z][A-Z0-9_.]*)\s*([^;]*);")
_INT64 = re.compile(r"^(IMAD\.WIDE|(IADD3|IMAD|LEA|IADD)\..*X$|LEA\.HI\.X|ISETP\..*\.EX|SHF\..*[US]64|CALL)")


@dataclass(frozen=True)
class Sass:
  addr: int
  op: str
  operands: str


def parse_sass(text: str) -> list[Sass]:
  return [Sass(int(a, 16), op, rest) for a, op, rest in _SASS.findall(text)]


def main_loop(insts: list[Sass]) -> list[Sass] | None:
  """The innermost loop (a backward branch with no other loop inside) with the most instructions, or None (the
  branch-to-itself after the last EXIT is padding, not a loop)."""
  loops = []
  for i in insts:
    target = re.match(r"\s*`?\(?\.?L?_?x?_?(?:0x)?([0-9a-f]+)", i.operands) if i.op.startswith("BRA") else None
    if target and int(target.group(1), 16) < i.addr: loops.append((int(target.group(1), 16), i.addr))
  inner = [(s, e) for s, e in loops if not any((s, e) != o and s <= o[0] and o[1] <= e for o in loops)]
  if not inner: return None
  s, e = max(inner, key=lambda se: se[1] - se[0])
  return [i for i in insts if s <= i.addr <= e]


def _width(op: str) -> int:
  for suffix, bits in ((".128", 128), (".64", 64), (".U16", 16), (".S16", 16), (".U8", 8), (".S8", 8)):
    if suffix in op: return bits
  return 32


def mix(insts: list[Sass]) -> Counter:
  """The counts the report shows (see the module docstring)."""
  c = Counter()
  for i in insts:
    base = i.op.split(".")[0]
    if base == "FFMA" or (base == "HFMA2" and ".MMA" not in i.op): c["FMA"] += 1
    if base in ("HMMA", "LDS", "STS", "SHFL", "BAR", "FADD", "FMUL", "FMNMX", "MUFU"): c[base] += 1
    if base in ("LDG", "STG"): c[f"{base}.{_width(i.op)}"] += 1
    if _INT64.match(i.op): c["i64"] += 1
  return c


def loads(c: Counter) -> int: return sum(v for k, v in c.items() if k.startswith("LDG") or k == "LDS")
def loaded_elements(c: Counter, bits: int) -> float:
  return sum(v * int(k.split(".")[1]) / bits for k, v in c.items() if k.startswith("LDG"))


def _ir_trips(prog: Program) -> tuple[int, int, int]:
  """(trips per thread of the most deeply nested IR loop, the global loads and the accumulator updates in its
  body)."""
  insts, stack, best = prog.insts, [], (1, 0, 0, 0)
  for i, inst in enumerate(insts):
    if inst.op is IROps.RANGE:
      stack.append(insts[inst.srcs[1]].arg - insts[inst.srcs[0]].arg)
      if len(stack) > best[3]: best = (prod(stack), *_body_counts(insts, i), len(stack))
    if inst.op is IROps.ENDRANGE: stack.pop()
  return best[:3]


def _body_counts(insts, start: int) -> tuple[int, int]:
  """(global LOADs, ASSIGNs) in the loop opened at `start` (nested loops included)."""
  n, assigns, depth = 0, 0, 0
  for inst in insts[start:]:
    depth += (inst.op is IROps.RANGE) - (inst.op is IROps.ENDRANGE)
    if depth == 0: break
    n += inst.op is IROps.LOAD and insts[inst.srcs[0]].op is IROps.BUFFER
    assigns += inst.op is IROps.ASSIGN
  return n, assigns


def _memory_ops(insts: list[Sass]) -> int:
  return sum(i.op.split(".")[0] in ("LDG", "STG", "LDS", "STS", "LDSM") for i in insts)


def warp_instructions(prog: Program, insts: list[Sass], loop: list[Sass] | None, elem_bits: int):
  """(warp instructions, warp memory instructions) the launch issues: the main loop's body once per `unroll` IR
  iterations (the unroll found from its FMAs per accumulator update, else from the elements its loads fetch), the
  rest of the kernel once per warp."""
  warps = prog.launch.blocks * -(-prog.launch.threads // 32)
  if loop is None: return len(insts) * warps, _memory_ops(insts) * warps
  trips, ir_loads, ir_assigns = _ir_trips(prog)
  fma = mix(loop)["FMA"]
  if fma and ir_assigns: unroll = max(1.0, fma / ir_assigns)   # an FMA per accumulator update
  else: unroll = max(1.0, loaded_elements(mix(loop), elem_bits) / ir_loads) if ir_loads else 1.0
  per_warp = lambda count: count(insts) - count(loop) + count(loop) * trips / unroll   # noqa: E731
  return per_warp(len) * warps, per_warp(_memory_ops) * warps


@dataclass(frozen=True)
class Row:
  name: str
  launch: str
  flops: int
  nbytes: int
  loop: Counter
  in_loop: bool
  seconds: dict      # GPU name -> (predicted s, fraction of peak, bound)


def predict(gpu: GPUSpec, prog: Program, flops: int, nbytes: int, warp_insts: tuple[float, float], tensor: bool):
  """(predicted seconds, roofline time / predicted time, which roof binds)."""
  warps = prog.launch.blocks * -(-prog.launch.threads // 32)
  sms = min(gpu.sms, prog.launch.blocks)
  issue_rate = sms * min(ISSUE_PER_SM, warps / sms) * gpu.clock
  roofs = {"memory": nbytes / gpu.bandwidth, "compute": flops / (gpu.tensor16 if tensor else gpu.fp32),
           "issue": warp_insts[0] / issue_rate, "ld/st": warp_insts[1] / (sms * MEMORY_PER_SM * gpu.clock)}
  bound = max(roofs, key=roofs.get)
  return roofs[bound], max(roofs["memory"], roofs["compute"]) / roofs[bound], bound


def analyze(item, name: str, arch: str) -> Row:
  from picograd.runtime.cuda import compile_cuda, disassemble
  dtypes_ = (item.out.dtype,) + tuple(b.dtype for b in item.inputs)
  prog = linearize(optimize(build_kernel(item.ast), gpu=True), name, dtypes_)
  insts = parse_sass(disassemble(compile_cuda(name, render_cuda(prog), arch)))
  loop = main_loop(insts)
  nbytes = sum(b.size * b.dtype.itemsize for b in (item.out,) + tuple(item.inputs))
  elem_bits = 8 * max(b.dtype.itemsize for b in item.inputs) if item.inputs else 32
  winsts = warp_instructions(prog, insts, loop, elem_bits)
  body = mix(loop if loop is not None else insts)
  secs = {g.name: predict(g, prog, prog.flops, nbytes, winsts, body["HMMA"] > 0) for g in (H100, H200)}
  return Row(name, f"{prog.launch.blocks}x{prog.launch.threads}", prog.flops, nbytes, body, loop is not None, secs)


def _fmt_mix(c: Counter) -> str:
  ldg = "/".join(f"{c[k]}x{k.split('.')[1]}" for k in sorted(c) if k.startswith("LDG")) or "0"
  ratio = f"{c['FMA'] / loads(c):.1f}" if loads(c) else "-"
  extra = " ".join(f"{k}={c[k]}" for k in ("HMMA", "LDS", "STS", "SHFL", "BAR") if c[k])
  return f"FMA={c['FMA']:<3d} ld={loads(c):<3d} FMA/ld={ratio:<4s} LDG={ldg:<10s} i64={c['i64']:<3d} {extra}".rstrip()


def table(rows: list[Row]) -> str:
  head = (f"{'kernel':<28s} {'launch':>11s} {'MFLOP':>8s} {'MB':>7s}  {'main-loop SASS mix':<62s} "
          f"{'H100 us':>8s} {'%peak':>6s} {'H200 us':>8s} {'%peak':>6s} bound")
  lines = [head, "-" * len(head)]
  for r in rows:
    h1, h2 = r.seconds[H100.name], r.seconds[H200.name]
    where = "loop" if r.in_loop else "all "
    lines.append(f"{r.name[:28]:<28s} {r.launch:>11s} {r.flops / 1e6:8.2f} {r.nbytes / 1e6:7.2f}  "
                 f"{where} {_fmt_mix(r.loop):<57s} {h1[0] * 1e6:8.2f} {h1[1]:6.1%} {h2[0] * 1e6:8.2f} {h2[1]:6.1%} "
                 f"{h1[2]}")
  total = {g: sum(r.seconds[g][0] for r in rows) for g in (H100.name, H200.name)}
  lines.append(f"total predicted: {total[H100.name] * 1e6:.1f} us on an {H100.name}, "
               f"{total[H200.name] * 1e6:.1f} us on an {H200.name}")
  return "\n".join(lines)


def main():
  parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
  parser.add_argument("--arch", default="sm_90", help="the GPU architecture to compile for, e.g. sm_80, sm_90")
  parser.add_argument("script")
  parser.add_argument("args", nargs=argparse.REMAINDER)
  args = parser.parse_args()
  seen, rows = set(), []

  def compiled(item, ck):
    if item.ast in seen: return
    seen.add(item.ast)
    rows.append(analyze(item, f"k{len(seen)}_{ck.program.name}", args.arch))

  hooks.add("after_compile", compiled)
  atexit.register(lambda: print(f"\nGPU report ({args.arch}):\n{table(rows)}"))
  sys.argv = [args.script] + args.args
  runpy.run_path(args.script, run_name="__main__")


if __name__ == "__main__":
  main()
