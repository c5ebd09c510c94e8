"""Quick differential fuzzing: random graphs of ops against PyTorch on the CPU and on the GPU emulator, and the same
graphs realized with register tiling on and off. The long run, which lists every failing seed, is
`python tools/fuzz.py --count 10000` (add `--device EMU` or `--tiling`); `--seed N` prints one graph and its result.

Why: per-op tests check ops alone, and fusion, view composition and tiling bugs need combinations. The seeds are
fixed so that a failure here is a failure everywhere; the last tests check the fuzzer itself (reproducible, wide,
and able to catch a wrong op), so that a pass means something.
"""
import functools
import pytest
from picograd import Tensor
from picograd.engine import run
from tools import fuzz

QUICK = {"CPU": range(0, 300), "EMU": range(100_000, 100_200)}
TILING_SEEDS = range(200_000, 200_060)
# Graphs that exposed a bug in a long run, checked every time so that it stays fixed. Seeds are tied to this
# generator: when the generator changes, find new ones with the long run (the bug each guards is named).
CORPUS = {
  (674, "CPU"): "float % had no gradient",
  (564, "CPU"): "a gradient flowed through a float -> bool -> float cast",
  (1225, "CPU"): "a smaller contiguous view over a padded one was folded as a reshape (wrong values)",
  (6900, "CPU"): "the same, in a padded minimum feeding a matmul",
  (217, "CPU"): "the backward of a slice to nothing divided by zero in the index math",
  (100_039, "EMU"): "the same on the emulator",
  (344, "CPU"): "argmax of a 0-d tensor",
  (1_006_343, "CPU"): "a view that is all padding, reshaped to 0-d, loses its mask",
  (1_008_608, "EMU"): "the same, in a backward: an out-of-bounds load from an empty buffer",
  (491, "CPU"): "softmax over an empty axis raised instead of returning an empty tensor",
  (4680, "CPU"): "the gradient through an empty cumsum and softplus was NaN",
}


@functools.cache
def graph(seed: int, profile: str = "mixed") -> fuzz.Graph:
  return fuzz.generate(seed, profile)


def report(failures: dict, what: str, count: int, device: str = "CPU", profile: str = "mixed") -> str:
  """The failing seeds, and the first few graphs as the picograd programs that ran."""
  lines = [f"{len(failures)} of {count} graphs differ {what}; rerun one with python tools/fuzz.py --seed N"]
  for seed, problems in list(failures.items())[:4]:
    lines += ["", f"seed {seed}: " + "; ".join(problems), fuzz.program(graph(seed, profile), device)]
  return "\n".join(lines + ([f"\nall failing seeds: {sorted(failures)}"] if len(failures) > 4 else []))


@pytest.mark.parametrize("device", sorted(QUICK))
def test_fuzz_against_torch(device):
  seeds = QUICK[device]
  failures = {s: p for s in seeds if (p := fuzz.check(graph(s), device))}
  assert not failures, report(failures, f"from PyTorch on {device}", len(seeds), device)


@pytest.mark.parametrize("seed, device", sorted(CORPUS), ids=[f"{s}-{d}" for s, d in sorted(CORPUS)])
def test_fuzz_corpus(seed, device):
  problems = fuzz.check(graph(seed), device)
  assert not problems, f"{CORPUS[seed, device]}:\n" + report({seed: problems}, "from PyTorch", 1, device)


def test_fuzz_register_tiling_on_vs_off():
  """Reduce-heavy graphs (matmuls, reductions over strided axes) realized with the CPU register tiler and without."""
  failures = {s: p for s in TILING_SEEDS if (p := fuzz.check_tiling(graph(s, "tiling")))}
  assert not failures, report(failures, "between tiling on and off", len(TILING_SEEDS), profile="tiling")


def test_tiling_graphs_do_get_tiled():
  """The on-vs-off comparison means something only if the tiler rewrites some of these kernels."""
  run._cache.clear()
  for s in TILING_SEEDS[:10]: fuzz.run_picograd(graph(s, "tiling"))
  assert any("upcast" in step for ck in run._cache.values() for step in ck.kernel.applied)


def test_graphs_are_reproducible():
  """A seed alone rebuilds the same graph, and running it twice gives the same numbers."""
  for s in (3, 17, 4242):
    assert fuzz.program(fuzz.generate(s)) == fuzz.program(fuzz.generate(s))
    g = fuzz.generate(s)
    a, b = fuzz.run_picograd(g), fuzz.run_picograd(g)
    assert all((x == y).all() or (x != x).all() for x, y in zip(a.outputs, b.outputs))


FEATURES = {
  "matmul": " @ ", "pad": ".pad(", "shrink": ".shrink(", "flip": ".flip(", "permute": ".permute(", "expand": ".expand(",
  "reshape": ".reshape(", "stepped slice": "::", "negative step": ":-", "where": ".where(", "comparison": " < ",
  "sum": ".sum(", "max": ".max(", "mean": ".mean(", "keepdim": "keepdim=True", "cast to float": ".float()",
  "cast to int": ".int()", "cast to bool": ".bool()", "int input": "'int32')", "bool input": "'bool')",
  "0-d input": "(), 'float32')", "transposed input": ".T,", "strided input": "::2]", "size-1 axis": "(1, ",
  "scalar operand": " 0.5", "contiguous": ".contiguous()", "realize": ".realize()", "cat": ".cat(",
  "softmax": ".softmax(", "exp": ".exp()", "log": ".log()", "sqrt": ".sqrt()", "floordiv": " // ", "mod": " % ",
}


def test_graphs_cover_the_op_space():
  text = "\n".join(fuzz.program(graph(s)) for s in QUICK["CPU"])
  missing = [name for name, snippet in FEATURES.items() if snippet not in text]
  assert not missing, f"the quick fuzz graphs never use: {missing}"


def test_fuzzer_catches_a_wrong_op(monkeypatch):
  """With sin computing cos, most graphs that use sin must be reported (not all: a comparison or an integer cast
  downstream can hide the change), and the report must show the graph."""
  seeds = [s for s in QUICK["CPU"] if ".sin()" in fuzz.program(graph(s))][:8]
  assert len(seeds) == 8
  monkeypatch.setattr(Tensor, "sin", Tensor.cos)
  failures = {s: p for s in seeds if (p := fuzz.check(graph(s)))}
  assert len(failures) >= 6, f"caught only {sorted(failures)} of {seeds}"
  text = report(failures, "from PyTorch", len(seeds))
  assert all(f"seed {s}:" in text for s in list(failures)[:4]) and ".sin()" in text
