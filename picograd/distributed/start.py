"""Starting MPI with a deadline. MPI_Init waits, holding Python's lock, until every rank of the job has started
MPI; a rank that crashed before (an import error, a killed process) makes the others wait forever, and no Python
thread or signal handler can run meanwhile. So a watchdog process, forked before MPI starts (no MPI state yet),
waits for word that MPI is up; without it by the deadline, it prints why and ends this process, and mpiexec then
ends the job."""
from __future__ import annotations
import os
import select
import signal
import sys
from picograd.distributed.mpi import load_mpi


def start_mpi(timeout: float, where: str):
  """mpi4py's MPI module, started within `timeout` seconds or this process ends with an error naming `where`."""
  if "mpi4py.MPI" in sys.modules: return load_mpi()
  read_end, write_end = os.pipe()
  parent = os.getpid()
  if os.fork() == 0: _watch(read_end, write_end, parent, timeout, where)
  os.close(read_end)
  try: return load_mpi()
  finally: os.close(write_end)   # word (or EOF, if starting MPI raised) to the watchdog, which then exits


def _watch(read_end: int, write_end: int, parent: int, timeout: float, where: str):
  os.close(write_end)
  ready, _, _ = select.select([read_end], [], [], timeout)
  if not ready:
    os.write(2, (f"picograd.distributed: init_process_group on {where} waited {timeout:g} s for every rank to "
                 "start MPI (PICOGRAD_DIST_TIMEOUT); a rank died before joining or never started. Ending this "
                 "process so that the job does not hang.\n").encode())
    os.kill(parent, signal.SIGTERM)
  os._exit(0)
