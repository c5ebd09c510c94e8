"""Device registry: a device name -> how to allocate, render and compile for it.

Above codegen and runtime, below the lazy layer and the Tensor: the Tensor only ever says a device's name.
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
  compile: Callable         # (name, source, n_buffers) -> callable program
  source_language: str


def _cpu() -> DeviceSpec:
  from picograd.codegen.renderer.llvm import render_llvm
  from picograd.runtime.cpu import CPUBuffer, CPUProgram
  return DeviceSpec("CPU", CPUBuffer, render_llvm, CPUProgram, "LLVM IR")


_FACTORIES = {"CPU": _cpu}
_specs: dict[str, DeviceSpec] = {}


def canonical(device: str | None) -> str:
  """'cpu', 'CPU:0' and None (the DEVICE default) name devices as the registry does, or raise."""
  name = (device or DEVICE).upper().split(":")[0]
  if name not in _FACTORIES: raise DeviceError(f"unknown device {device!r}; known devices: {', '.join(_FACTORIES)}")
  return name


def get(device: str) -> DeviceSpec:
  name = canonical(device)
  if name not in _specs: _specs[name] = _FACTORIES[name]()
  return _specs[name]
