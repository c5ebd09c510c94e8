"""Device registry: a device name -> how to allocate, render and compile for it, and whether it runs GPU launches.

Every device's compiler has one signature, `compile(program, source) -> runner`, and every runner one call,
`runner(*buffers) -> seconds` (output buffer first), plus `assembly() -> str` for DEBUG=4 and the dumps.
A device's modules load when it is first used, so a machine without CUDA imports picograd fine.
"""
from __future__ import annotations
from dataclasses import dataclass
from typing import Callable, Protocol
from picograd.errors import DeviceError
from picograd.helpers import DEVICE


class Runner(Protocol):
  """A compiled program as the engine uses it; `cache_hit` (optional) says it came from a disk cache."""
  def __call__(self, *buffers) -> float: ...
  def assembly(self) -> str: ...


@dataclass(frozen=True)
class DeviceSpec:
  name: str
  allocate: Callable        # (size, dtype) -> buffer
  render: Callable          # Program -> source text
  compile: Callable         # (Program, source) -> Runner
  source_language: str
  gpu: bool                 # kernels get a GPU launch (blocks x threads) instead of loops
  load: Callable | None = None      # (symbol, machine code, n_buffers, parallel, flops, source fn) -> Runner: from
                                    # the disk cache (engine/kernel_cache.py); None: this device caches nothing
  machine: Callable | None = None   # () -> text naming what besides the kernel changes its machine code


def _cpu() -> DeviceSpec:
  from picograd.codegen.renderer.llvm import render_llvm
  from picograd.runtime.cpu import CPUBuffer, CPUProgram, machine
  return DeviceSpec("CPU", CPUBuffer, render_llvm, CPUProgram.from_program, "LLVM IR", False, CPUProgram.from_object,
                    machine)


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
  if device is not None and not isinstance(device, str):
    raise DeviceError(f"a device is named by a string like 'CPU', got {device!r}")
  name = (device or DEVICE).upper().split(":")[0]
  if name == "GPU": name = "CUDA"
  if name not in _FACTORIES: raise DeviceError(f"unknown device {device!r}; known devices: {', '.join(_FACTORIES)}")
  return name


def get(device: str) -> DeviceSpec:
  name = canonical(device)
  if name not in _specs: _specs[name] = _FACTORIES[name]()
  return _specs[name]


def open_device(device: str | None) -> str:
  """The canonical name of a device that can run here; raises DeviceError saying why one cannot."""
  return get(device).name
