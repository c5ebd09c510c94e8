"""BEAM=N: the action space (codegen/search.py) and the autotuner (engine/beam.py): what it may choose, what it must
reject, its disk cache, and that without BEAM nothing changes. Small kernels, narrow beams, budgets of seconds."""
import json
import os
import subprocess
import sys
import textwrap
import numpy as np
import pytest
from picograd import Tensor
from picograd.codegen.kernel import Axis, Kernel, build_kernel
from picograd.codegen.optimize import optimize
from picograd.codegen.search import Action, InvalidAction, Op, actions, apply
from picograd import helpers
from picograd.engine import beam, devices, hooks

BUDGET_S = 3.0   # per search: enough for a few dozen candidates of these sizes


def item_of(t: Tensor):
  (item,) = t.schedule()
  return item


def matmul_item(m=32, k=64, n=48):
  rng = np.random.default_rng(0)
  a, b = Tensor(rng.random((m, k), dtype=np.float32)).realize(), Tensor(rng.random((k, n), dtype=np.float32)).realize()
  return item_of(a @ b)


def bench_for(item) -> beam.Bench:
  dtypes = (item.out.dtype,) + tuple(b.dtype for b in item.inputs)
  return beam.Bench(devices.get("CPU"), dtypes, (item.out.size,) + tuple(b.size for b in item.inputs))


def in_layout(k: Kernel) -> bool:
  """[LOOP|BLOCK]* REDUCE* UPCAST*, the outermost loop an output axis: what the linearizer needs."""
  rank = {Axis.LOOP: 0, Axis.BLOCK: 0, Axis.REDUCE: 1, Axis.UPCAST: 2}
  ranks = [rank[kind] for kind in k.kinds]
  return ranks == sorted(ranks) and (not k.kinds or k.kinds[0] is not Axis.BLOCK)


def test_every_listed_action_applies_and_keeps_the_layout():
  base = build_kernel(matmul_item().ast)
  for k in (base, optimize(base)):
    listed = actions(k)
    assert listed and len(set(listed)) == len(listed)
    for a in listed:
      done = apply(k, a)
      assert in_layout(done) and len(done.applied) > len(k.applied), a
  row_sums = build_kernel(item_of(Tensor(np.ones((64, 64), dtype=np.float32)).sum(1)).ast)
  assert Action(Op.BLOCK, 1, 32) in actions(row_sums)   # a 64-step SUM stored as is may be blocked
  assert in_layout(apply(row_sums, Action(Op.BLOCK, 1, 32)))


def test_invalid_actions_are_refused():
  k = build_kernel(matmul_item().ast)   # axes (32, 48, 64): loop, loop, reduce
  for bad in (Action(Op.UPCAST, 2, 4), Action(Op.UPCAST, 0, 5), Action(Op.UPCAST, 7, 2), Action(Op.OUTERMOST, 0),
              Action(Op.VECTOR_REDUCE), Action(Op.BLOCK, 0, 16)):
    with pytest.raises(InvalidAction): apply(k, bad)


def test_actions_print_and_round_trip_through_json():
  a = Action(Op.UPCAST, 1, 8)
  assert str(a) == "upcast(1,8)" and str(Action(Op.SWAP, 0)) == "swap(0)" and str(Action(Op.VECTOR_REDUCE)) == \
    "vector_reduce"
  assert Action.from_json(json.loads(json.dumps(a.to_json()))) == a
  for bad in (["JUMP", 0, 0], ["UPCAST", "1", 8], "UPCAST", ["UPCAST", 1]):
    with pytest.raises(ValueError): Action.from_json(bad)


def test_search_picks_a_kernel_that_computes_the_product():
  item = matmul_item()
  base = build_kernel(item.ast)
  bench = bench_for(item)
  result = beam.search(base, optimize(base), bench, width=2, budget_s=BUDGET_S)
  assert result.timed > 1 and result.best.seconds <= result.heuristic_s
  runner = bench.compile(result.best.kernel)
  runner(*bench.buffers)
  a, b = (v.reshape(s) for v, s in zip(bench.initial[1:], ((32, 64), (64, 48))))
  np.testing.assert_allclose(bench.buffers[0].numpy().reshape(32, 48), a @ b, rtol=1e-5)


def test_a_candidate_with_another_result_is_rejected():
  x = Tensor(np.ones((64, 64), dtype=np.float32)).realize()
  item, wrong = item_of(x.sum(1)), build_kernel(item_of((x * 2).sum(1)).ast)   # same buffers and loops
  base = build_kernel(item.ast)
  trap = Action(Op.SPLIT, 0, 2)

  def offer(k): return [trap] if k is base else []
  def make(k, a): return wrong if a is trap else apply(k, a)
  result = beam.search(base, optimize(base), bench_for(item), 2, BUDGET_S, actions=offer, apply=make)
  assert result.best.kernel is not wrong
  assert [(str(c), why.split(" (")[0]) for c, why in result.discarded] == \
    [("heuristic + split(0,2)", "gives a different result than the heuristic's kernel")]


def test_a_candidate_that_does_not_compile_is_discarded():
  item = matmul_item()
  base = build_kernel(item.ast)
  broken = Kernel(base.ast, base.full_shape, (Axis.BLOCK, Axis.LOOP, Axis.REDUCE), ())   # threads would share sums
  trap = Action(Op.SWAP, 0)
  result = beam.search(base, optimize(base), bench_for(item), 1, BUDGET_S,
                       actions=lambda k: [trap] if k.applied != () else [], apply=lambda k, a: broken)
  assert result.best.candidate == beam.Candidate("heuristic", ())
  assert len(result.discarded) == 1 and result.discarded[0][1].startswith("does not compile")


def fake_search(choice: tuple[Action, ...] = ()):
  """A search that times nothing and picks the heuristic's kernel with `choice` applied."""
  def run(base, heuristic, bench, width, budget_s):
    kernel = beam.replay(beam.Candidate("heuristic", choice), base, heuristic)
    return beam.Result(beam.Timed(beam.Candidate("heuristic", choice), kernel, 1.0), 2.0, 1, (), 0.0)
  return run


def refuse_to_search(*args): raise AssertionError("searched although a winner was stored")


def test_a_stored_winner_is_replayed_without_timing(tmp_path):
  item = matmul_item()
  base = build_kernel(item.ast)
  spec, choice = devices.get("CPU"), (Action(Op.VECTOR_REDUCE),)
  first = beam.tune(item, spec, base, optimize(base), 2, str(tmp_path), search_fn=fake_search(choice))
  again = beam.tune(item, spec, base, optimize(base), 2, str(tmp_path), search_fn=refuse_to_search)
  assert again.vector_reduce and (again.ast, again.kinds, again.applied) == (first.ast, first.kinds, first.applied)
  assert "BEAM=2 chose heuristic + vector_reduce (2.00x the heuristic)" in again.applied
  with pytest.raises(AssertionError): beam.tune(item, spec, base, optimize(base), 1, str(tmp_path), refuse_to_search)


@pytest.mark.parametrize("entry", ["not json {", json.dumps({"format": "picograd-beam-v1", "key": "another kernel",
                                                             "root": "plain", "actions": [], "speedup": 1.0})])
def test_a_corrupt_or_foreign_cache_entry_warns_and_is_ignored(tmp_path, entry):
  item = matmul_item()
  base = build_kernel(item.ast)
  heuristic = optimize(base)
  spec = devices.get("CPU")
  key = beam.cache_key(item.ast, (item.out.dtype,) + tuple(b.dtype for b in item.inputs), "CPU", heuristic, 2)
  beam.tune(item, spec, base, heuristic, 2, str(tmp_path), search_fn=fake_search())
  (path,) = tmp_path.glob("*.json")
  path.write_text(entry)
  with pytest.warns(UserWarning, match="ignored"):
    chosen = beam.tune(item, spec, base, heuristic, 2, str(tmp_path), search_fn=fake_search())
  assert chosen.ast is heuristic.ast
  assert json.loads(path.read_text())["key"] == key   # the search's winner replaced the bad entry


def test_gpu_kernels_keep_the_heuristic():
  item = matmul_item()
  base = build_kernel(item.ast)
  heuristic = optimize(base, gpu=True)
  assert beam.tune(item, devices.get("EMU"), base, heuristic, 2, search_fn=refuse_to_search) is heuristic


@pytest.mark.skipif(bool(helpers.BEAM), reason="BEAM is set for this run")
def test_without_beam_kernels_are_the_heuristics():
  seen = []
  rng = np.random.default_rng(1)
  a, b = Tensor(rng.random((24, 40), dtype=np.float32)), Tensor(rng.random((40, 16), dtype=np.float32))
  with hooks.add("after_compile", lambda item, ck: seen.append((item, ck.kernel))):
    (a @ b * 3).numpy()
  assert seen
  for item, kernel in seen:
    assert kernel == optimize(build_kernel(item.ast)) and not any("BEAM" in note for note in kernel.applied)


SCRIPT = """
import numpy as np
from picograd import Tensor
rng = np.random.default_rng(0)
a, b = rng.random((32, 48), dtype=np.float32), rng.random((48, 40), dtype=np.float32)
assert np.allclose((Tensor(a) @ Tensor(b)).numpy(), a @ b, rtol=1e-5)
x = Tensor.ones(64, 64).contiguous().realize()
x.assign(x + 1).realize()                     # an assign: the search must not run it on x
assert (x.numpy() == 2).all(), x.numpy()
print("ok")
"""


def test_beam_in_the_engine_searches_then_replays(tmp_path):
  env = dict(os.environ, BEAM="1", BEAM_BUDGET="2", DEBUG="2", PICOGRAD_CACHE=str(tmp_path), THREADS="1")
  run = lambda: subprocess.run([sys.executable, "-c", textwrap.dedent(SCRIPT)], env=env, capture_output=True,  # noqa
                               text=True, timeout=120)
  first = run()
  assert first.returncode == 0 and "ok" in first.stdout, first.stdout + first.stderr
  assert "BEAM=1 chose" in first.stdout and "replays" not in first.stdout
  env["PICOGRAD_DISK_CACHE"] = "0"   # else the kernels' machine code comes from disk, planned and all
  second = run()
  assert second.returncode == 0 and "BEAM=1 chose" not in second.stdout, second.stdout + second.stderr
  assert second.stdout.count("from the disk cache (") == first.stdout.count("BEAM=1 chose") >= 2
