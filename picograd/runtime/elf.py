"""Load a kernel's object file (x86-64 ELF, as LLVM emits it for the CPU runtime) into executable memory, without LLVM.

A process whose kernels all come from the disk cache then never loads llvmlite (~0.1 s of the first step) nor builds
an execution engine per kernel (~1 ms each). The loader knows only what those objects hold: allocated sections
(code, constant pools), one symbol table, and 64-bit absolute or 32-bit PC-relative relocations against sections or
C library functions (memset, exp2). Anything else raises `Unsupported`, and the runtime hands the object to LLVM's
loader instead.
"""
from __future__ import annotations
import ctypes
import functools
import mmap
import struct

ELF_HEADER = struct.Struct("<16sHHIQQQIHHHHHH")   # ident, type, machine, version, entry, phoff, shoff, flags, sizes...
SECTION = struct.Struct("<IIQQQQIIQQ")           # name, type, flags, addr, offset, size, link, info, addralign, entsize
SYMBOL = struct.Struct("<IBBHQQ")                # name, info, other, section index, value, size
RELA = struct.Struct("<QQq")                     # offset, info (symbol << 32 | type), addend
ET_REL, EM_X86_64 = 1, 62                        # a relocatable object for x86-64
SHT_SYMTAB, SHT_RELA, SHT_NOBITS = 2, 4, 8
SHF_ALLOC = 0x2                                  # a section the program's memory holds
SHN_UNDEF, SHN_LORESERVE, SHN_ABS = 0, 0xff00, 0xfff1   # symbol sections: external, special from here, absolute
R_X86_64_64, R_X86_64_PC32, R_X86_64_PLT32 = 1, 2, 4


class Unsupported(Exception):
  """An object file this loader does not handle: LLVM's loader takes it."""


class LoadedCode:
  """A loaded object: `address(symbol)` of a function in it; the memory lives as long as this does."""

  def __init__(self, obj: bytes):
    try:
      sections = _sections(obj)
      self._memory, bases = _place(obj, sections)
      symbols = _symbols(obj, sections, bases)
      for sec in sections:
        if sec[1] == SHT_RELA and sec[7] in bases: _relocate(obj, sec, bases[sec[7]], symbols)
    except (struct.error, IndexError, KeyError, ValueError) as e:   # a truncated or malformed file
      raise Unsupported(f"a malformed object file ({e})") from None
    self._symbols = symbols
    _make_executable(self._memory)

  def address(self, symbol: str) -> int:
    if symbol not in self._symbols: raise Unsupported(f"no symbol {symbol}")
    return self._symbols[symbol]


def _sections(obj: bytes) -> list[tuple]:
  ident, kind, machine, _, _, _, shoff, _, _, _, _, shentsize, shnum, _ = ELF_HEADER.unpack_from(obj)
  if ident[:4] != b"\x7fELF" or ident[4] != 2 or ident[5] != 1 or kind != ET_REL or machine != EM_X86_64:
    raise Unsupported("not a little-endian 64-bit x86 relocatable object")
  return [SECTION.unpack_from(obj, shoff + i * shentsize) for i in range(shnum)]


def _place(obj: bytes, sections: list[tuple]) -> tuple[mmap.mmap, dict[int, int]]:
  """Every allocated section copied into one writable mapping, each at its alignment: index -> address."""
  offsets, size = {}, 0
  for i, (_, kind, flags, _, _, length, _, _, align, _) in enumerate(sections):
    if flags & SHF_ALLOC and length:
      size = -(-size // max(align, 1)) * max(align, 1)
      offsets[i], size = size, size + length
  memory = mmap.mmap(-1, max(size, 1), prot=mmap.PROT_READ | mmap.PROT_WRITE)
  for i, start in offsets.items():
    _, kind, _, _, offset, length, _, _, _, _ = sections[i]
    if kind != SHT_NOBITS: memory[start:start + length] = obj[offset:offset + length]
  base = ctypes.addressof(ctypes.c_char.from_buffer(memory))
  return memory, {i: base + start for i, start in offsets.items()}


def _symbols(obj: bytes, sections: list[tuple], bases: dict[int, int]) -> dict:
  """Name -> address of every symbol (by name, and by index under its number), externals from the C library."""
  table = next((s for s in sections if s[1] == SHT_SYMTAB), None)
  if table is None: raise Unsupported("no symbol table")
  strings = sections[table[6]]
  out: dict = {}
  for n in range(table[5] // SYMBOL.size):
    name_at, _, _, shndx, value, _ = SYMBOL.unpack_from(obj, table[4] + n * SYMBOL.size)
    name = obj[strings[4] + name_at:obj.index(b"\0", strings[4] + name_at)].decode()
    if shndx == SHN_UNDEF: address = _external(name) if name else 0
    elif shndx < SHN_LORESERVE: address = bases[shndx] + value if shndx in bases else None
    elif shndx == SHN_ABS: address = value   # the source file's name, for one
    else: raise Unsupported(f"special symbol {name}")
    out[n] = address
    if name and address is not None: out[name] = address
  return out


def _external(name: str) -> int:
  address = ctypes.cast(getattr(_libc(), name, None) or 0, ctypes.c_void_p).value
  if not address: raise Unsupported(f"external {name} not found")
  return address


def _relocate(obj: bytes, rela: tuple, target: int, symbols: dict):
  for n in range(rela[5] // RELA.size):
    offset, info, addend = RELA.unpack_from(obj, rela[4] + n * RELA.size)
    kind, place, value = info & 0xffffffff, target + offset, symbols.get(info >> 32)
    if value is None: raise Unsupported("a relocation against a section not loaded")
    if kind == R_X86_64_64: ctypes.c_uint64.from_address(place).value = (value + addend) & (1 << 64) - 1
    elif kind in (R_X86_64_PC32, R_X86_64_PLT32):
      delta = value + addend - place
      if not -(1 << 31) <= delta < 1 << 31: raise Unsupported("a 32-bit relative reference out of range")
      ctypes.c_int32.from_address(place).value = delta
    else: raise Unsupported(f"relocation type {kind}")


def _make_executable(memory: mmap.mmap):
  libc = _libc()
  base = ctypes.addressof(ctypes.c_char.from_buffer(memory))
  if libc.mprotect(ctypes.c_void_p(base), ctypes.c_size_t(len(memory)), mmap.PROT_READ | mmap.PROT_EXEC) != 0:
    raise Unsupported("the memory cannot be made executable")


@functools.cache
def _libc() -> ctypes.CDLL:
  """The symbols already loaded in this process: the C library and libm (mprotect, memset, exp2)."""
  return ctypes.CDLL(None)
