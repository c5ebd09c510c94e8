"""picograd: a small, readable deep-learning compiler."""
from picograd.tensor import Tensor, no_grad, tensor         # noqa: F401
from picograd.dtype import dtypes                    # noqa: F401
from picograd.helpers import GlobalCounters          # noqa: F401
from picograd.errors import PicogradError, ShapeError, DTypeError, DeviceError, CompileError, AxisError   # noqa: F401

from picograd import nn, optim                       # noqa: F401,E402
from picograd.jit import jit, TinyJit, JitError       # noqa: F401,E402

__version__ = "0.1.0"
