"""picograd.distributed: collectives, DDP and their failures on 2 ranks started by `mpiexec -n 2` (the MPICH wheel's,
found next to python), each launch running many checks (test/dist_worker.py) and reporting JSON per rank; the
engine's side (schedule, cache, JIT replay) with a fake communicator in this process; NCCL up to the launch."""
import json
import os
import subprocess
import sys
import time
import numpy as np
import pytest
from picograd import Tensor, engine, jit
from picograd.engine import collectives as engine_collectives
from picograd.ops import Collective
from picograd.schedule import format_schedule

MPIEXEC = os.path.join(os.path.dirname(sys.executable), "mpiexec")
WORKER = os.path.join(os.path.dirname(__file__), "dist_worker.py")
needs_mpi = pytest.mark.skipif(not os.access(MPIEXEC, os.X_OK),
                               reason="no mpiexec next to python: pip install -e '.[distributed]'")


def launch(scenario: str, tmp_path, timeout: float = 20) -> tuple[dict, subprocess.CompletedProcess]:
  root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
  env = dict(os.environ, PICOGRAD_DIST_TIMEOUT=str(timeout), PYTHONPATH=root)
  proc = subprocess.run([MPIEXEC, "-n", "2", sys.executable, WORKER, scenario, str(tmp_path)], env=env,
                        capture_output=True, text=True, timeout=120)
  ranks = {int(f[4]): json.loads((tmp_path / f).read_text()) for f in os.listdir(tmp_path) if f.startswith("rank")}
  return ranks, proc


@pytest.fixture(scope="module")
def two_ranks(tmp_path_factory):
  ranks, proc = launch("checks", tmp_path_factory.mktemp("checks"))
  assert set(ranks) == {0, 1}, proc.stdout + proc.stderr
  for r in ranks.values(): assert "crash" not in r and "init_error" not in r, r
  return ranks


COLLECTIVES = ["all_reduce_sum", "all_reduce_avg", "all_reduce_max", "all_reduce_int32", "broadcast", "all_gather",
               "all_gather_into_tensor", "reduce_scatter", "reduce_scatter_tensor"]


@needs_mpi
@pytest.mark.parametrize("name", COLLECTIVES)
def test_collective_matches_numpy_on_two_ranks(two_ranks, name):
  assert [two_ranks[r]["world_size"] for r in (0, 1)] == [2, 2]
  assert two_ranks[0][name] and two_ranks[1][name]


@needs_mpi
def test_collective_is_a_step_of_the_schedule(two_ranks):
  assert two_ranks[0]["schedule_line"].startswith("collective all_reduce(sum) over 2 ranks of group 0 (4,) float32")
  assert two_ranks[0]["schedule_line"].endswith("own buffer: a collective")


@needs_mpi
@pytest.mark.parametrize("mode", ["eager", "jit"])
def test_ddp_on_two_half_batches_equals_one_process_on_the_full_batch(two_ranks, mode):
  for r in (0, 1):
    assert two_ranks[r][f"ddp_{mode}_max_diff"] < 1e-5
    assert two_ranks[r][f"ddp_{mode}_all_reduces"] == 20   # one bucket per step; the jit's replays run theirs too


@needs_mpi
def test_mismatched_shapes_name_both_ranks(two_ranks):
  for r, mine, theirs in ((0, "(4, 3)", "(4, 4)"), (1, "(4, 4)", "(4, 3)")):
    msg = two_ranks[r]["mismatch_error"]
    assert msg and f"rank {r} has" in msg and mine in msg and theirs in msg and f"rank {1 - r} has" in msg


@needs_mpi
def test_a_rank_that_left_makes_the_other_raise_within_the_timeout(tmp_path):
  ranks, proc = launch("dead", tmp_path, timeout=1)
  err = ranks[0]["error"]
  assert err and "all_reduce" in err and "rank 0 of 2" in err and "within 1 s" in err, proc.stderr
  assert ranks[0]["seconds"] < 5


@needs_mpi
def test_a_rank_that_never_joins_ends_the_job_with_a_message(tmp_path):
  start = time.perf_counter()
  ranks, proc = launch("late", tmp_path, timeout=1)
  assert proc.returncode != 0 and "waited 1 s for every rank to start MPI" in proc.stderr
  assert time.perf_counter() - start < 15


# ---- the engine's side, in this process: a fake communicator stands for MPI ------------------------------------------
class FakeSum:
  """Adds `ranks - 1` copies of what this rank has, as an all-reduce over identical ranks would."""
  def __init__(self): self.calls = []

  def __call__(self, spec, out, inputs, device):
    self.calls.append(spec)
    flat = np.concatenate([b.view() for b in inputs])
    out.view()[:] = flat * spec.ranks


@pytest.fixture
def fake():
  comm = FakeSum()
  engine_collectives.register(99, comm)
  yield comm
  engine_collectives.unregister(99)


def all_reduce_lazy(t: Tensor, ranks: int = 3) -> Tensor:
  from picograd.lazy import LazyBuffer
  from picograd.ops import LoadOps
  spec = Collective("all_reduce", "sum", 0, 99, ranks, (t.shape,))
  return Tensor(LazyBuffer.new(t.device, t.shape, t.dtype, LoadOps.COLLECTIVE, (t.lazydata.contiguous(),), spec))


def test_collective_runs_through_the_registered_communicator(fake):
  x = Tensor(np.arange(4, dtype=np.float32))
  y = (all_reduce_lazy(x + 1) * 2).numpy()
  np.testing.assert_array_equal(y, (np.arange(4) + 1) * 3 * 2)
  assert [c.kind for c in fake.calls] == ["all_reduce"]


def test_collective_prints_in_the_schedule_and_keys_the_cache(fake):
  x = Tensor(np.ones(4, np.float32)).realize()
  text = format_schedule(engine.schedule([all_reduce_lazy(x * 2).lazydata]))
  assert "collective all_reduce(sum) over 3 ranks of group 99" in text and "own buffer: a collective" in text
  other = engine.schedule([all_reduce_lazy(x * 2, ranks=2).lazydata])   # another arg: another schedule
  assert other[-1].out.arg.ranks == 2


def test_collective_without_a_group_says_so():
  x = Tensor(np.ones(2, np.float32))
  with pytest.raises(Exception, match="no process group 99"): all_reduce_lazy(x).realize()


def test_jit_replays_collectives_in_order_with_the_kernels(fake):
  w = Tensor(np.ones(3, np.float32)).realize()

  @jit
  def step(x):
    w.assign(all_reduce_lazy(w * x))
    return (w + 0).realize()
  for i in range(4): out = step(Tensor(np.full(3, 2, np.float32)))
  np.testing.assert_array_equal(out.numpy(), np.full(3, 6.0 ** 4))
  assert len(fake.calls) == 4   # call 1 ran it, call 2 captured it, calls 3 and 4 replayed it


def test_debug_2_prints_the_collective(fake):
  code = ("import numpy as np; from picograd import Tensor; from picograd.engine import collectives as c\n"
          "from test.test_distributed import FakeSum, all_reduce_lazy\n"
          "c.register(99, FakeSum()); print(all_reduce_lazy(Tensor(np.ones(2, np.float32))).numpy())")
  root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
  out = subprocess.run([sys.executable, "-c", code], env=dict(os.environ, DEBUG="2", PYTHONPATH=root), cwd=root,
                       capture_output=True, text=True, timeout=60).stdout
  assert "collect  all_reduce(sum) over 3 ranks of group 99:          8 bytes on CPU" in out


# ---- without MPI: the sampler, the launcher's environment, NCCL up to the launch ------------------------------------
def test_distributed_sampler_splits_as_pytorch():
  import torch.utils.data as tud
  from picograd.utils.data import DistributedSampler
  for n, ranks, drop_last in ((10, 4, False), (11, 4, True), (3, 4, False), (8, 2, False)):
    for r in range(ranks):
      ours = list(DistributedSampler(range(n), ranks, r, shuffle=False, drop_last=drop_last))
      assert ours == list(tud.DistributedSampler(range(n), ranks, r, shuffle=False, drop_last=drop_last))
  shards = [DistributedSampler(range(10), 2, r, seed=3) for r in (0, 1)]
  for s in shards: s.set_epoch(1)
  assert sorted(sum((list(s) for s in shards), [])) == list(range(10))


def test_launcher_environment():
  from picograd.distributed.env import from_environment
  assert from_environment({"PMI_RANK": "1", "PMI_SIZE": "2", "MPI_LOCALRANKID": "1"}).world_size == 2
  torchrun = from_environment({"RANK": "3", "WORLD_SIZE": "4", "LOCAL_RANK": "1"})
  assert (torchrun.launcher, torchrun.rank, torchrun.local_rank) == ("torchrun", 3, 1)
  assert from_environment({}).launcher is None


def test_importing_picograd_does_not_load_mpi():
  code = "import sys, picograd, picograd.distributed, picograd.nn.parallel; print('mpi4py' in sys.modules)"
  assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "False"


def test_nccl_loads_and_plans_each_collective():
  nccl = pytest.importorskip("picograd.distributed.nccl")
  try: version = nccl.version()
  except Exception as e: pytest.skip(f"NCCL not installed: {e}")
  assert version.count(".") == 2 and len(nccl.unique_id()) == nccl.UNIQUE_ID_BYTES
  bucket = nccl.plan(Collective("all_reduce", "avg", ranks=2), 1000, [(2000, 16), (3000, 8)], 6, "float32", None, 2)
  assert [str(c) for c in bucket] == ["cuMemcpyDtoDAsync(1000, 2000, 16, 0)", "cuMemcpyDtoDAsync(1016, 3000, 8, 0)",
                                      "ncclAllReduce(1000, 1000, 6, 7, 4, None, 0)"]
  gather, = nccl.plan(Collective("all_gather", ranks=4), 10, [(20, 8)], 8, "bfloat16", None, 4)
  assert str(gather) == "ncclAllGather(20, 10, 2, 9, None, 0)"
  bcast, = nccl.plan(Collective("broadcast", root=1, ranks=2), 10, [(20, 8)], 2, "float64", None, 2)
  args = nccl.marshal(bcast)
  assert [type(a).__name__ for a in args] == ["c_void_p", "c_void_p", "c_ulong", "c_int", "c_int", "c_void_p",
                                              "c_void_p"]
  assert (args[0].value, args[2].value, args[3].value, args[4].value) == (20, 2, 8, 1)
  with pytest.raises(Exception, match="bool"): nccl.plan(Collective("all_reduce"), 0, [(0, 1)], 1, "bool", None, 1)


def _gpu() -> bool:
  try:
    from picograd.runtime.cuda import CUDADevice
    CUDADevice.get()
    return True
  except Exception:
    return False


@pytest.mark.skipif(not _gpu(), reason="needs an NVIDIA GPU")
def test_nccl_all_reduce_on_one_gpu(tmp_path):
  code = ("import numpy as np, picograd.distributed as d; from picograd import Tensor\n"
          "d.init_process_group('nccl'); t = Tensor(np.arange(4, dtype=np.float32), device='CUDA')\n"
          "d.all_reduce(t); print(t.numpy().tolist())")
  out = subprocess.run([MPIEXEC, "-n", "1", sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
  assert out.stdout.strip() == "[0.0, 1.0, 2.0, 3.0]", out.stderr
