"""Device registry: a device name -> how to allocate, render and compile for it, and whether it runs GPU launches.

Above codegen and runtime, below the lazy layer and the Tensor: the Tensor only ever says a device's name.
A device's modules load when it is first used, so a machine without CUDA imports picograd fine.
"""
from __future__ import annotations
from dataclasses import dataclass
from typing import Callable
from picograd.errors import DeviceError
from picograd.helpers import DEVICE


@dataclass(frozen=True)
class DeviceSpec:
  name: str
  allocate: Callable        # (size, dtype) -> buffer
  render: Callable          # Program -> source text
  compile: Callable         # (Program, source) -> callable program
  source_language: str
  gpu: bool                 # kernels get a GPU launch (blocks x threads) instead of loops


def _cpu() -> DeviceSpec:
  from picograd.codegen.renderer.llvm import render_llvm
  from picograd.runtime.cpu import CPUBuffer, CPUProgram
  return DeviceSpec("CPU", CPUBuffer, render_llvm, lambda p, src: CPUProgram(p.name, src, len(p.buffer_dtypes), p.parallel, p.flops), "LLVM IR", False)


def _cuda() -> DeviceSpec:
  from picograd.codegen.renderer.cuda import render_cuda
  from picograd.runtime.cuda import CUDABuffer, CUDADevice, CUDAProgram
  CUDADevice.get()   # fail here, with the reason, if there is no usable GPU
  return DeviceSpec("CUDA", CUDABuffer, render_cuda, CUDAProgram, "CUDA C", True)


def _emu() -> DeviceSpec:
  from picograd.codegen.renderer.cuda import render_cuda
  from picograd.runtime.cpu import CPUBuffer
  from picograd.runtime.emu import EmuProgram
  return DeviceSpec("EMU", CPUBuffer, render_cuda, EmuProgram, "CUDA C", True)


_FACTORIES = {"CPU": _cpu, "CUDA": _cuda, "EMU": _emu}
_specs: dict[str, DeviceSpec] = {}


def canonical(device: str | None) -> str:
  """'cpu', 'cuda:0' and None (the DEVICE default) name devices as the registry does, or raise."""
  if device is not None and not isinstance(device, str): raise DeviceError(f"a device is named by a string like 'CPU', got {device!r}")
  name = (device or DEVICE).upper().split(":")[0]
  if name == "GPU": name = "CUDA"
  if name not in _FACTORIES: raise DeviceError(f"unknown device {device!r}; known devices: {', '.join(_FACTORIES)}")
  return name


def get(device: str) -> DeviceSpec:
  name = canonical(device)
  if name not in _specs: _specs[name] = _FACTORIES[name]()
  return _specs[name]
