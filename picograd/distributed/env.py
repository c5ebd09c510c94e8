"""Where this process sits in the job, as its launcher says: mpiexec (MPICH, Open MPI), srun, or torchrun.

These are the launchers' own protocols, not picograd flags (those are read in helpers.py): each launcher sets its
variables before the process starts, and MPI itself is the source of truth for rank and size once it is up.
"""
from __future__ import annotations
import os
from dataclasses import dataclass

# (launcher, rank, size, local rank) variables, most specific first
_LAUNCHERS = (
  ("Open MPI", "OMPI_COMM_WORLD_RANK", "OMPI_COMM_WORLD_SIZE", "OMPI_COMM_WORLD_LOCAL_RANK"),
  ("MPICH", "PMI_RANK", "PMI_SIZE", "MPI_LOCALRANKID"),
  ("PMIx", "PMIX_RANK", "PMIX_SIZE", "PMIX_LOCAL_RANK"),
  ("srun", "SLURM_PROCID", "SLURM_NTASKS", "SLURM_LOCALID"),
  ("torchrun", "RANK", "WORLD_SIZE", "LOCAL_RANK"),
)


@dataclass(frozen=True)
class Launch:
  """What the environment says about this process: None where no launcher set anything."""
  launcher: str | None
  rank: int
  world_size: int
  local_rank: int

  def __str__(self) -> str:
    if self.launcher is None: return "no launcher (a single process)"
    return f"{self.launcher}: rank {self.rank} of {self.world_size} (local rank {self.local_rank})"


def from_environment(environ=None) -> Launch:
  """The first launcher whose rank variable is set, or a single process."""
  env = os.environ if environ is None else environ
  for name, rank, size, local in _LAUNCHERS:
    if rank in env:
      r = int(env[rank])
      return Launch(name, r, int(env.get(size, 1)), int(env.get(local, env.get("LOCAL_RANK", r))))
  return Launch(None, 0, 1, 0)
