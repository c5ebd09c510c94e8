"""Quick mutation fuzzing: random programs of lazy values, views, assigns, `__setitem__`, optimizer steps and reads,
against a NumPy model of PyTorch's eager semantics (tools/fuzz_mutation.py), on the CPU and on the GPU emulator.
The long run is `python tools/fuzz.py --mutation --count 5000`. The last tests check the fuzzer itself: it covers
every kind of statement, and it reports programs when the engine stops keeping old contents for pending readers.
"""
import re
import pytest
from picograd import hazards
from tools import fuzz_mutation

QUICK = {"CPU": range(0, 150), "EMU": range(100_000, 100_040)}


def report(failures: dict, device: str) -> str:
  lines = [f"{len(failures)} programs differ from PyTorch's semantics on {device}; rerun one with "
           "python tools/fuzz.py --mutation --seed N"]
  for seed, problems in list(failures.items())[:3]:
    lines += ["", f"seed {seed}: " + "; ".join(problems), fuzz_mutation.generate(seed).script(device)]
  return "\n".join(lines)


@pytest.mark.parametrize("device", sorted(QUICK))
def test_mutation_programs_match_eager_semantics(device):
  _, failures = fuzz_mutation.fuzz(QUICK[device], device, verbose=False)
  assert not failures, report(failures, device)


def test_programs_cover_every_statement():
  text = "\n".join(fuzz_mutation.generate(s).script("CPU") for s in QUICK["CPU"])
  for snippet in (".assign(", "] = ", "opt.step()", ".numpy()", "Tensor.realize(", ".flip(0)", ".pad(", ".T",
                  ".reshape(-1)", ".expand(", ".clone()", ".sum(", ".log()"):
    assert snippet in text, f"the quick programs never use {snippet}"
  assert re.search(r"^h\d+\[(0|\.\.\., 1)\] = ", text, re.M), "the quick programs never write through a view"


def test_fuzzer_catches_lost_old_contents(monkeypatch):
  """With the copy for pending readers switched off, many programs must be reported."""
  monkeypatch.setattr(hazards.Storage, "keep_values_read", lambda self, realize_now: 0)
  _, failures = fuzz_mutation.fuzz(QUICK["CPU"][:60], "CPU", verbose=False)
  assert len(failures) >= 10, f"caught only {sorted(failures)}"
