"""torch.utils's parts that a training script uses: `picograd.utils.data`."""
from picograd.utils import data   # noqa: F401
