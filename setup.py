from setuptools import setup, find_packages

setup(
  name="picograd",
  version="0.1.0",
  description="A small, readable deep-learning compiler: lazy tensors -> fused kernels -> LLVM",
  packages=find_packages(include=["picograd", "picograd.*"]),
  python_requires=">=3.11",
  install_requires=["numpy", "llvmlite>=0.45"],
  extras_require={
    "examples": ["tqdm", "safetensors"],
    # torch is pinned to the CPU build: an unpinned requirement pulls gigabytes of CUDA packages
    "test": ["pytest", "torch==2.13.0", "tqdm", "safetensors"],
  },
)
