"""Data-parallel training over MPI (host buffers) and NCCL (CUDA buffers): PyTorch's torch.distributed.

    mpiexec -n 2 python train.py          # each process:
    import picograd.distributed as dist
    dist.init_process_group()             # rank and size from the launcher (mpiexec, srun; torchrun's are checked)
    dist.all_reduce(t)                    # lazy, in place: runs when t is realized

    env.py          what the launcher says          group.py        the process group, init and destroy
    tensor_ops.py   the collectives on Tensors       mpi.py          MPI: non-blocking calls, checked headers
    nccl.py         NCCL through ctypes              wait.py         polling with a deadline (never hang)

Importing this package loads neither mpi4py nor NCCL: init_process_group does.
"""
from picograd.distributed.errors import DistributedError                                       # noqa: F401
from picograd.distributed.group import (ProcessGroup, destroy_process_group, init_process_group,  # noqa: F401
                                        is_available, is_initialized)
from picograd.distributed.tensor_ops import (ReduceOp, all_gather, all_gather_into_tensor, all_reduce,  # noqa: F401
                                             barrier, broadcast, collective, get_backend, get_rank, get_world_size,
                                             reduce_scatter, reduce_scatter_tensor)
