"""Bad input of every kind must fail at the user's call with an error whose type a user would catch (a
PicogradError subclass, or the built-in PyTorch raises: ValueError, IndexError, TypeError, RuntimeError) and whose
message names what was wrong (the shapes, the axis, the dtype, the device, the key...).

Why: a bad argument that slips through fails later, deep in the scheduler or the compiler, with an assertion
about lazy buffers or, worse, a wrong number. Each case below is one distinct kind of mistake; the last tests
check that inputs near the runtime's limits (a failing compile, a huge allocation, integer division by zero)
neither crash nor hang the process.
"""
import json
import os
import struct
import subprocess
import sys
import numpy as np
import pytest
from picograd import AxisError, CompileError, DeviceError, DTypeError, PicogradError, ShapeError, Tensor, nn, optim
from picograd.nn.state import StateDictError, safe_load, safe_save

BUILTINS = (ValueError, IndexError, TypeError, RuntimeError, KeyError, MemoryError, OverflowError, OSError)
OVERFLOW = (OverflowError, ValueError, RuntimeError)


def x(*shape):
  return Tensor.ones(*(shape or (2, 3)))


def param():
  return Tensor.ones(2, requires_grad=True)


def backward_twice():
  y = (param() * 2).sum()
  y.backward()
  y.backward()


def set_lr(value):
  opt = optim.SGD([param()], lr=0.1)
  opt.lr = value


def load_linear(strict=True, **changes):
  """Load a Linear(3, 2)'s own state dict with entries replaced (or, given None, removed)."""
  m = nn.Linear(3, 2)
  state = {k: v.numpy() for k, v in m.state_dict().items()}
  state.update(changes)
  m.load_state_dict({k: v for k, v in state.items() if v is not None}, strict=strict)


# (what is wrong, the call, the exception types, a regex the message must match)
CASES = [
  # shapes
  ("broadcast", lambda: x() + x(4, 3), ShapeError, r"broadcast.*\(2, 3\).*\(4, 3\)"),
  ("matmul inner", lambda: x(2, 3) @ x(2, 3), ShapeError, r"inner dimensions.*3 != 2"),
  ("matmul batch", lambda: x(2, 2, 3) @ x(3, 3, 4), ShapeError, r"batch dimensions.*\(2, 2, 3\).*\(3, 3, 4\)"),
  ("matmul 0-d", lambda: x() @ Tensor(2.0), ShapeError, r"at least 1 dimension"),
  ("reshape size", lambda: x().reshape(4), ShapeError, r"\(2, 3\).*\(4,\)"),
  ("reshape two -1", lambda: x().reshape(-1, -1), ShapeError, r"one -1"),
  ("reshape -1 indivisible", lambda: x().reshape(4, -1), ShapeError, r"\(4, -1\)"),
  ("reshape negative", lambda: x().reshape(-2, -3), ShapeError, r"\(-2, -3\)"),
  ("reshape float size", lambda: x().reshape(2.0, 3), ShapeError, r"\(2\.0, 3\)"),
  ("expand", lambda: x().expand(4, 3), ShapeError, r"cannot expand \(2, 3\) to \(4, 3\)"),
  ("expand fewer dims", lambda: x().expand(3), ShapeError, r"fewer dims"),
  ("pad pair count", lambda: x().pad(((1, 1),)), ShapeError, r"1 \(before, after\) pairs.*2 axes"),
  ("pad flat odd length", lambda: x().pad2d((1, 2, 3)), ShapeError, r"\(1, 2, 3\)"),
  ("pad crops past the start", lambda: x().pad(((-3, 0), None)), ShapeError, r"outside shape \(2, 3\)"),
  ("shrink out of range", lambda: x().shrink(((0, 3), None)), ShapeError, r"outside shape \(2, 3\)"),
  ("shrink reversed", lambda: x().shrink(((2, 1), None)), ShapeError, r"\(2, 1\)"),
  ("permute too short", lambda: x().permute(0), AxisError, r"not a permutation of 2 axes"),
  ("permute repeated", lambda: x().permute(0, 0), AxisError, r"\(0, 0\) is not a permutation"),
  ("cat shapes", lambda: x().cat(x(2, 4)), ShapeError, r"\(2, 3\) and \(2, 4\)"),
  ("cat 0-d", lambda: Tensor(1.0).cat(Tensor(2.0)), ShapeError, r"zero-dimensional"),
  ("stack shapes", lambda: x().stack(x(3, 2)), ShapeError, r"\(3, 2\)"),
  ("split sizes", lambda: x().split([1, 1], dim=1), ShapeError, r"\[1, 1\].*3"),
  ("split size zero", lambda: x().split(0), ValueError, r"split_size.*0"),
  ("chunk zero", lambda: x().chunk(0), ValueError, r"chunks.*0"),
  ("repeat negative", lambda: x().repeat(-1, 1), ValueError, r"negative.*-1"),
  ("repeat too few counts", lambda: x().repeat(2), ShapeError, r"1 repeat counts.*2 axes"),
  ("unflatten sizes", lambda: x().unflatten(1, (2, 2)), ShapeError, r"\(2, 2\).*3"),
  ("where shapes", lambda: (x() > 0).where(x(4, 3), 0.0), ShapeError, r"\(2, 3\).*\(4, 3\)"),
  ("item of many", lambda: x().item(), ShapeError, r"6 elements"),
  ("assign shape", lambda: x().assign(x(3, 2)), ShapeError, r"\(3, 2\).*\(2, 3\)"),
  ("backward gradient shape", lambda: (x() * Tensor.ones(2, 3, requires_grad=True)).backward(x(3)), ShapeError,
   r"\(3,\).*\(2, 3\)"),
  ("gather index dims", lambda: x().gather(1, Tensor([0])), ShapeError, r"\(1,\).*\(2, 3\)"),
  ("masked_fill shape", lambda: x().masked_fill(Tensor([True, False]), 0.0), ShapeError, r"\(2,\).*\(2, 3\)"),
  ("conv channels", lambda: x(1, 3, 5, 5).conv2d(x(4, 2, 3, 3)), ShapeError, r"\(1, 3, 5, 5\).*\(4, 2, 3, 3\)"),
  ("pool kernel larger than input", lambda: x(1, 1, 2, 2).max_pool2d((3, 3)), ShapeError, r"\(3, 3\).*\(2, 2\)"),
  ("linear in_features", lambda: nn.Linear(3, 4)(x(2, 5)), ShapeError, r"5 != 3"),
  ("layer_norm shape", lambda: x().layer_norm((4,)), ShapeError, r"\(4,\).*\(2, 3\)"),
  ("einsum sizes", lambda: Tensor.einsum("ij,jk->ik", x(), x(4, 2)), ShapeError, r"label j.*3 and 4"),
  ("einsum operand count", lambda: Tensor.einsum("ij,jk->ik", x()), ValueError, r"2 operands, got 1"),
  ("negative size", lambda: Tensor.zeros(-1), ValueError, r"negative.*-1"),
  ("float size", lambda: Tensor.zeros(2.5), ShapeError, r"2\.5"),
  ("string size", lambda: Tensor.ones("3"), ShapeError, r"'3'"),
  ("negative eye", lambda: Tensor.eye(-1), ValueError, r"-1"),
  ("arange step zero", lambda: Tensor.arange(0, 10, 0), ValueError, r"step"),
  ("len of 0-d", lambda: len(Tensor(1.0)), TypeError, r"0-d"),
  # dtypes
  ("float and", lambda: x() & x(), DTypeError, r"and.*float32"),
  ("float or scalar", lambda: x() | 1, DTypeError, r"or.*float32"),
  ("float xor", lambda: x() ^ True, DTypeError, r"xor.*float32"),
  ("float invert", lambda: ~x(), DTypeError, r"invert"),
  ("negate bool", lambda: -(x() > 0), DTypeError, r"neg.*bool"),
  ("subtract bools", lambda: (x() > 0) - (x() > 0), DTypeError, r"sub.*bool"),
  ("complex numpy", lambda: Tensor(np.ones(2, np.complex64)), DTypeError, r"complex64"),
  ("object numpy", lambda: Tensor(np.array([1, "a"], dtype=object)), DTypeError, r"object"),
  ("bad dtype name", lambda: Tensor([1.0], dtype="float33"), DTypeError, r"float33"),
  ("bad cast name", lambda: x().cast("bogus"), DTypeError, r"bogus"),
  ("dtype given as a type", lambda: Tensor([1], dtype=str), DTypeError, r"str"),
  ("bitcast size", lambda: x().bitcast("int16"), DTypeError, r"float32 as int16"),
  ("bitcast to bool", lambda: x().cast("int8").bitcast("bool"), DTypeError, r"int8 as bool"),
  ("gather float index", lambda: x().gather(1, Tensor([[0.0]])), DTypeError, r"integer.*float32"),
  ("masked_fill int mask", lambda: x().masked_fill(Tensor([[1, 0, 1], [0, 0, 0]]), 0.0), DTypeError, r"bool.*int32"),
  ("one_hot of floats", lambda: x().one_hot(3), DTypeError, r"integer"),
  ("int to negative power", lambda: Tensor([2]) ** -1, ValueError, r"negative"),
  ("int beyond int64", lambda: Tensor(2 ** 70), OVERFLOW, r"1180591620717411303424|overflow|too large"),
  ("int beyond int64 in a list", lambda: Tensor([2 ** 70]), OVERFLOW, r"1180591620717411303424|overflow|too large"),
  ("int beyond an explicit int32 fill", lambda: Tensor.full((2,), 2 ** 40, dtype="int32"), OVERFLOW, r"1099511627776"),
  ("int beyond an explicit int8", lambda: Tensor([300], dtype="int8"), OVERFLOW, r"300.*int8"),
  ("grad of an int tensor", lambda: Tensor([1, 2], requires_grad=True), RuntimeError, r"int32|float"),
  # devices
  ("unknown device", lambda: Tensor([1.0], device="TPU"), DeviceError, r"TPU"),
  ("unknown device in to()", lambda: x().to("TPU"), DeviceError, r"TPU"),
  ("device not a string", lambda: Tensor([1.0], device=1), (DeviceError, TypeError), r"device"),
  ("mixed devices add", lambda: x() + Tensor.ones(2, 3, device="EMU"), DeviceError, r"CPU and EMU"),
  ("mixed devices matmul", lambda: x() @ Tensor.ones(3, 2, device="EMU"), DeviceError, r"CPU and EMU"),
  ("mixed devices where", lambda: (x() > 0).where(Tensor.ones(2, 3, device="EMU"), 0.0), DeviceError, r"CPU and EMU"),
  ("mixed devices cat", lambda: x().cat(Tensor.ones(2, 3, device="EMU")), DeviceError, r"CPU and EMU"),
  ("mixed devices assign", lambda: x().assign(Tensor.ones(2, 3, device="EMU")), DeviceError, r"EMU.*CPU"),
  # axes
  ("sum axis out of range", lambda: x().sum(2), AxisError, r"axis 2.*\(2, 3\)"),
  ("sum repeated axes", lambda: x().sum((1, -1)), AxisError, r"repeats"),
  ("sum axis not an int", lambda: x().sum("a"), (AxisError, TypeError), r"axis"),
  ("max negative axis", lambda: x().max(-3), AxisError, r"-3"),
  ("mean axis", lambda: x().mean(5), AxisError, r"axis 5"),
  ("softmax axis", lambda: x().softmax(2), AxisError, r"axis 2"),
  ("cumsum axis", lambda: x().cumsum(2), AxisError, r"axis 2"),
  ("argmax axis", lambda: x().argmax(2), AxisError, r"axis 2"),
  ("transpose axis", lambda: x().transpose(0, 5), AxisError, r"axis 5"),
  ("squeeze axis", lambda: x().squeeze(4), AxisError, r"axis 4"),
  ("unsqueeze axis", lambda: x().unsqueeze(5), AxisError, r"dim 5"),
  ("flatten start after end", lambda: x().flatten(1, 0), AxisError, r"start_dim 1.*end_dim 0"),
  ("flip repeated axes", lambda: x().flip((0, 0)), AxisError, r"0"),
  ("cat axis", lambda: x().cat(x(), dim=2), AxisError, r"axis 2"),
  # indices
  ("index out of range", lambda: x()[5], IndexError, r"index 5.*size 2"),
  ("negative index out of range", lambda: x()[:, -4], IndexError, r"index -4.*size 3"),
  ("too many indices", lambda: x()[0, 0, 0], IndexError, r"too many indices"),
  ("list index out of range", lambda: x()[[0, 7]], IndexError, r"index 7"),
  ("tensor index out of range", lambda: x()[Tensor([0, 7]).realize()], IndexError, r"index 7"),
  ("float tensor index", lambda: x()[Tensor([0.5])], IndexError, r"float32"),
  ("mask shape", lambda: x()[Tensor([True, False, True])], IndexError, r"\(3,\).*\(2,\)"),
  ("two ellipses", lambda: x()[..., ...], IndexError, r"ellipsis"),
  ("string index", lambda: x()["a"], IndexError, r"'a'"),
  ("float index", lambda: x()[1.5], IndexError, r"1\.5"),
  # non-tensor arguments
  ("string data", lambda: Tensor("abc"), DTypeError, r"str"),
  ("dict data", lambda: Tensor({"a": 1}), DTypeError, r"dict"),
  ("None data", lambda: Tensor(None), DTypeError, r"NoneType"),
  ("ragged list", lambda: Tensor([[1, 2], [3]]), ValueError, r"inhomogeneous"),
  ("string operand", lambda: x() + "a", DTypeError, r"add.*str"),
  ("dict operand", lambda: x() * {}, DTypeError, r"mul.*dict"),
  ("string matmul operand", lambda: x() @ "a", DTypeError, r"str"),
  # autograd
  ("backward without grad", lambda: x().sum().backward(), RuntimeError, r"does not require grad"),
  ("backward of an int result", lambda: (param() > 0).sum().backward(), RuntimeError, r"int32|does not require grad"),
  ("backward twice", backward_twice, RuntimeError, r"graph|second|twice"),
  ("setitem on a leaf with grad", lambda: param().__setitem__(0, 1.0), RuntimeError, r"requires grad"),
  ("bitcast with grad", lambda: param().bitcast("int32"), RuntimeError, r"differentiable"),
  # options
  ("pad mode", lambda: x()._pad_mode((1, 1), "bogus"), ValueError, r"bogus"),
  ("gelu approximation", lambda: x().gelu("fast"), ValueError, r"fast"),
  ("divide rounding mode", lambda: x().divide(x(), rounding_mode="round"), ValueError, r"round"),
  ("clamp without bounds", lambda: x().clamp(), ValueError, r"min and max"),
  ("dropout probability", lambda: x().dropout(1.5), ValueError, r"1\.5"),
  ("interpolate mode", lambda: x(1, 1, 2, 2).interpolate(size=(4, 4), mode="cubicx"), ValueError, r"cubicx"),
  ("scatter reduce", lambda: x().scatter(1, Tensor([[0]]), 1.0, reduce="max"), ValueError, r"max"),
  ("loss reduction", lambda: x().cross_entropy(Tensor([0, 1]), reduction="bogus"), ValueError, r"bogus"),
  ("loss target shape", lambda: x().cross_entropy(Tensor([0, 1, 2])), ShapeError, r"\(3,\).*\(2, 3\)"),
  ("module without forward", lambda: nn.Module()(x()), NotImplementedError, r"forward"),
  # optimizers
  ("NaN learning rate", lambda: optim.SGD([param()], lr=float("nan")), ValueError, r"learning rate nan"),
  ("infinite learning rate", lambda: optim.Adam([param()], lr=float("inf")), ValueError, r"learning rate inf"),
  ("negative learning rate", lambda: optim.SGD([param()], lr=-1), ValueError, r"learning rate -1"),
  ("string learning rate", lambda: optim.SGD([param()], lr="0.1"), ValueError, r"learning rate 0\.1"),
  ("NaN learning rate set later", lambda: set_lr(float("nan")), ValueError, r"learning rate nan"),
  ("no trainable parameters", lambda: optim.SGD([x()], lr=0.1), PicogradError, r"no parameters"),
  ("params given as one tensor", lambda: optim.SGD(param(), lr=0.1), TypeError, r"iterable|params"),
  ("negative momentum", lambda: optim.SGD([param()], lr=0.1, momentum=-1), ValueError, r"momentum"),
  ("NaN weight decay", lambda: optim.SGD([param()], lr=0.1, weight_decay=float("nan")), ValueError,
   r"weight_decay|weight decay"),
  ("Adam beta above 1", lambda: optim.Adam([param()], betas=(1.5, 0.9)), ValueError, r"beta"),
  ("Adam NaN eps", lambda: optim.Adam([param()], eps=float("nan")), ValueError, r"eps"),
  # state dicts
  ("state dict missing key", lambda: load_linear(bias=None), StateDictError, r"missing keys \['bias'\]"),
  ("state dict extra key", lambda: load_linear(foo=np.ones(2)), StateDictError, r"unexpected keys \['foo'\]"),
  ("state dict wrong shape", lambda: load_linear(weight=np.ones((3, 2), np.float32)), ShapeError,
   r"'weight'.*\(3, 2\).*\(2, 3\)"),
  ("state dict wrong shape, not strict",
   lambda: load_linear(strict=False, weight=np.ones((3, 2), np.float32), bias=None), ShapeError, r"'weight'"),
  ("state dict value a string", lambda: load_linear(weight="abc"), DTypeError, r"str"),
  ("state dict not a dict", lambda: nn.Linear(3, 2).load_state_dict([1, 2]), TypeError, r"dict"),
  ("save a non-tensor", lambda: safe_save({"a": np.ones(2)}, os.devnull), (DTypeError, TypeError), r"'a'|ndarray"),
]


@pytest.mark.parametrize("make, errors, match", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_input(make, errors, match):
  with pytest.raises(errors, match=match) as info: make()
  allowed = (PicogradError,) + BUILTINS + (NotImplementedError,)
  assert isinstance(info.value, allowed), f"raised a {type(info.value).__name__}"


def test_every_case_is_distinct():
  names = [c[0] for c in CASES]
  assert len(names) == len(set(names)) and len(names) >= 50


# ---- files ---------------------------------------------------------------------------------------------------------
def _header(entries: dict) -> bytes:
  text = json.dumps(entries).encode()
  return struct.pack("<Q", len(text)) + text


def _valid_file() -> bytes:
  header = _header({"a": {"dtype": "F32", "shape": [4], "data_offsets": [0, 16]}})
  return header + np.arange(4, dtype=np.float32).tobytes()


CORRUPT = {
  "garbage": b"\x00\x01garbage" * 10,
  "empty": b"",
  "truncated header": _valid_file()[:4],
  "truncated data": _valid_file()[:-5],
  "offsets past the data": _header({"a": {"dtype": "F32", "shape": [2, 2], "data_offsets": [0, 12]}}) + b"\x00" * 12,
  "unsupported dtype": _header({"a": {"dtype": "C64", "shape": [1], "data_offsets": [0, 8]}}) + b"\x00" * 8,
  "header not json": struct.pack("<Q", 5) + b"{nope",
}


@pytest.mark.parametrize("kind", sorted(CORRUPT))
def test_corrupt_safetensors(kind, tmp_path):
  path = tmp_path / "model.safetensors"
  path.write_bytes(CORRUPT[kind])
  with pytest.raises(StateDictError, match=r"model\.safetensors"): safe_load(str(path))


def test_missing_safetensors_file(tmp_path):
  with pytest.raises(StateDictError, match=r"nope\.safetensors"): safe_load(str(tmp_path / "nope.safetensors"))


def test_save_to_a_directory(tmp_path):
  with pytest.raises((StateDictError, OSError), match=str(tmp_path)): safe_save({"a": Tensor.ones(2)}, str(tmp_path))


def test_valid_file_still_loads(tmp_path):
  """The corrupt files above differ from this one only where they are broken."""
  path = tmp_path / "model.safetensors"
  path.write_bytes(_valid_file())
  np.testing.assert_array_equal(safe_load(str(path))["a"].numpy(), np.arange(4, dtype=np.float32))


# ---- the runtime ---------------------------------------------------------------------------------------------------
def test_compile_failure_names_the_source(monkeypatch):
  """A kernel the compiler rejects raises CompileError with the generated source, and the next kernel compiles."""
  from picograd.engine import devices
  spec = devices.get("CPU")
  broken = devices.DeviceSpec("CPU", spec.allocate, lambda prog: "define void @broken( {\n  not llvm\n}", spec.compile,
                             spec.source_language, False)
  monkeypatch.setitem(devices._specs, "CPU", broken)
  with pytest.raises(CompileError, match=r"not llvm") as info:
    (Tensor(np.arange(3, dtype=np.float32)) * 31.25 - 0.125).numpy()
  assert "define void @broken" in info.value.source
  monkeypatch.setitem(devices._specs, "CPU", spec)
  np.testing.assert_array_equal((Tensor(np.arange(3, dtype=np.float32)) * 31.25 - 0.125).numpy(),
                                np.arange(3) * 31.25 - 0.125)


RISKY = """
import numpy as np
from picograd import Tensor
ints = Tensor(np.array([7, -7, 0, -2 ** 31], np.int32))
for d in (0, -1):   # x86 traps on division by zero and on INT_MIN / -1; the result may be anything, not a crash
  (ints // d).numpy(), (ints % d).numpy(), (ints // Tensor(np.full(4, d, np.int32))).numpy()
try:
  Tensor.empty(2 ** 40).realize()
  raise SystemExit("a 4 TiB buffer was allocated")
except MemoryError as e:
  assert "4.00 TiB" in str(e) or "TiB" in str(e) or "allocate" in str(e), e
print("done")
"""


def test_risky_inputs_neither_crash_nor_hang():
  """Run in a child process with a time limit, so that a crash or a hang fails this test instead of the suite.
  A huge allocation must raise MemoryError cleanly (no 'Exception ignored' from a half-built buffer)."""
  out = subprocess.run([sys.executable, "-c", RISKY], capture_output=True, text=True, timeout=120)
  assert out.returncode == 0, f"exit code {out.returncode}: {out.stderr[-2000:]}"
  assert out.stdout.strip() == "done"
  assert "Exception ignored" not in out.stderr and "Traceback" not in out.stderr, out.stderr[-2000:]


def test_errors_surface_before_any_kernel_runs():
  """A bad expression fails when it is built, not when something realizes it later."""
  from picograd import GlobalCounters
  before = GlobalCounters.kernel_count
  bad = [(lambda: x() + x(4, 3), ShapeError), (lambda: x().sum(7), AxisError), (lambda: x() & x(), DTypeError)]
  for make, errors in bad:
    with pytest.raises(errors): make()
  assert GlobalCounters.kernel_count == before
