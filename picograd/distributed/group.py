"""The process group: which ranks exchange, over what (MPI for host buffers, NCCL for CUDA ones), and its setup
from the environment a launcher made (`mpiexec -n 2 python train.py`, srun, or torchrun's variables)."""
from __future__ import annotations
import datetime
import importlib.util
import os
from dataclasses import dataclass, field
from picograd.distributed import env
from picograd.distributed.errors import DistributedError
from picograd.distributed.mpi import MPICommunicator, describe
from picograd.distributed.start import start_mpi
from picograd.engine import collectives
from picograd.helpers import DIST_TIMEOUT
from picograd.ops import Collective

BACKENDS = ("mpi", "nccl")


@dataclass(eq=False)
class ProcessGroup:
  """The ranks of one group and their communicators: the engine calls it for each collective of group `number`."""
  number: int
  backend: str
  mpi: MPICommunicator
  launch: env.Launch
  nccl: object | None = field(default=None, repr=False)   # made at the first CUDA collective

  @property
  def rank(self) -> int: return self.mpi.rank
  @property
  def size(self) -> int: return self.mpi.size

  def __call__(self, spec: Collective, out, inputs: tuple, device: str):
    if device != "CUDA" or self.backend != "nccl": return self.mpi(spec, out, inputs, device)
    if self.nccl is None:
      from picograd.distributed.nccl import NCCLCommunicator
      self.nccl = NCCLCommunicator(self.mpi.comm, self.mpi.timeout)
    self.mpi.agree(spec.kind, describe(spec, out.dtype.name))
    self.nccl(spec, out, inputs, device)

  def __repr__(self) -> str: return f"<ProcessGroup {self.number}: rank {self.rank} of {self.size} over {self.backend}>"


_world: ProcessGroup | None = None


def world() -> ProcessGroup:
  if _world is None:
    raise DistributedError("distributed: the default process group is not initialized; call "
                           "picograd.distributed.init_process_group() first")
  return _world


def _seconds(timeout) -> float:
  if timeout is None: return float(DIST_TIMEOUT)
  return timeout.total_seconds() if isinstance(timeout, datetime.timedelta) else float(timeout)


def _pick_backend(backend: str | None) -> str:
  from picograd.helpers import DEVICE
  if backend is None: return "nccl" if DEVICE.upper() in ("CUDA", "GPU") else "mpi"
  name = backend.lower().split(":")[0]
  if name == "gloo": name = "mpi"   # PyTorch's CPU backend: here MPI carries host buffers
  if name not in BACKENDS:
    raise DistributedError(f"init_process_group: unknown backend {backend!r}; use 'mpi' or 'nccl'")
  return name


def init_process_group(backend: str | None = None, init_method=None, timeout=None, world_size: int = -1,
                       rank: int = -1, **unsupported) -> ProcessGroup:
  """Join the job's processes into the default group: MPI's world, checked against what the launcher set. Every rank
  must call it; ranks that do not arrive within the timeout make the others raise instead of hang."""
  global _world
  if unsupported: raise DistributedError(f"init_process_group: unsupported arguments {sorted(unsupported)}")
  if _world is not None: raise DistributedError("init_process_group: the default process group is already initialized")
  name, launch = _pick_backend(backend), env.from_environment()
  if name == "nccl" and "CUDA_VISIBLE_DEVICES" not in os.environ:   # one GPU per rank, before CUDA starts
    os.environ["CUDA_VISIBLE_DEVICES"] = str(launch.local_rank)
  MPI = start_mpi(_seconds(timeout), str(launch))
  comm = MPICommunicator(MPI.COMM_WORLD.Dup(), _seconds(timeout))
  _check_launch(comm, launch, world_size, rank)
  comm.barrier()   # everyone is here, or a DistributedError within the timeout
  _world = ProcessGroup(0, name, comm, launch)
  collectives.register(0, _world)
  return _world


def _check_launch(comm: MPICommunicator, launch: env.Launch, world_size: int, rank: int):
  """torchrun's or a caller's world size and rank must be MPI's: picograd starts no network layer of its own."""
  wanted = world_size if world_size > 0 else launch.world_size if launch.launcher else comm.size
  if wanted != comm.size:
    raise DistributedError(f"init_process_group: {launch} asks for {wanted} processes, but MPI sees {comm.size}; "
                           f"start the job with mpiexec -n {wanted} (or srun), which picograd's MPI joins")
  if rank >= 0 and rank != comm.rank:
    raise DistributedError(f"init_process_group: rank={rank} was passed, but MPI made this process rank {comm.rank}")


def destroy_process_group():
  """Leave the default group: its collectives can no longer run (the engine's registry forgets it)."""
  global _world
  if _world is None: return
  collectives.unregister(_world.number)
  if _world.nccl is not None: _world.nccl.close()
  _world.mpi.comm.Free()
  _world = None


def is_initialized() -> bool: return _world is not None


def is_available() -> bool:
  """Whether mpi4py is installed (without starting MPI)."""
  return importlib.util.find_spec("mpi4py") is not None
