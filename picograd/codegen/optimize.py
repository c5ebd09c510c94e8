"""Choices about a kernel's axes that change its speed, never its result: the CPU's heuristics
(optimize_cpu.py) or the GPU's (optimize_gpu.py)."""
from __future__ import annotations
from picograd.codegen.kernel import Kernel
from picograd.codegen.machine import CPUModel, host_cpu
from picograd.codegen.optimize_cpu import optimize_cpu
from picograd.codegen.optimize_gpu import plan_gpu, tile_gpu_registers, use_tensor_cores, vectorize_gpu


def optimize(k: Kernel, gpu: bool = False, cpu: CPUModel | None = None) -> Kernel:
  """`cpu`: the registers and cache the CPU tiles are sized for (default: this machine's)."""
  if not gpu: return optimize_cpu(k, cpu or host_cpu())
  return use_tensor_cores(k) or plan_gpu(vectorize_gpu(tile_gpu_registers(k)))

