from setuptools import setup, find_packages

CUDA = ["cuda-bindings>=13,<14", "nvidia-cuda-nvrtc>=13,<14", "nvidia-cuda-cuobjdump>=13,<14", "nvidia-cuda-nvdisasm>=13,<14",
        "nvidia-nccl-cu13"]   # NCCL: collectives between GPUs (about 205 MB installed)
DISTRIBUTED = ["mpi4py", "mpich"]   # MPI for data-parallel training; the MPICH wheel puts mpiexec next to python

setup(
  name="picograd",
  version="0.1.0",
  description="A small, readable deep-learning compiler: lazy tensors -> fused kernels -> LLVM",
  packages=find_packages(include=["picograd", "picograd.*"]),
  package_data={"picograd.viz": ["page.html", "page.js", "page.css"]},   # the VIZ page's template
  python_requires=">=3.11",
  install_requires=["numpy", "llvmlite>=0.45"],
  extras_require={
    "examples": ["tqdm", "safetensors"],
    # NVRTC compiles CUDA C without a GPU; cuobjdump/nvdisasm show the SASS
    "cuda": CUDA,
    "distributed": DISTRIBUTED,
    # torch is pinned to the CPU build: an unpinned requirement pulls gigabytes of CUDA packages
    # selenium drives Debian's chromium for the VIZ page's browser test (the README's test command installs it)
    "test": ["pytest", "torch==2.13.0", "tqdm", "safetensors", "selenium"] + CUDA + DISTRIBUTED,
  },
)
