"""picograd: a small, readable deep-learning compiler."""
from picograd.tensor import Tensor, no_grad                 # noqa: F401  picograd.tensor: the module, callable
from picograd.dtype import dtypes                    # noqa: F401
from picograd.helpers import GlobalCounters          # noqa: F401
from picograd.errors import PicogradError, ShapeError, DTypeError, DeviceError, CompileError, AxisError   # noqa: F401
from picograd.version import __version__             # noqa: F401

from picograd import nn, optim, utils                # noqa: F401,E402
from picograd.functions import *                     # noqa: F401,F403,E402  torch.zeros, torch.float32, ...
from picograd.jit import jit, TinyJit, JitError       # noqa: F401,E402

from picograd import helpers as _helpers             # noqa: E402
if _helpers.VIZ:
  from picograd.viz import save_at_exit
  save_at_exit("" if _helpers.VIZ == "1" else _helpers.VIZ)
if _helpers.GRAPH:   # requested here, at the top: the engine knows nothing of drawing
  from picograd.draw_utils import draw_run_at_exit
  draw_run_at_exit()
