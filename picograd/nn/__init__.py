"""Neural-network building blocks with PyTorch's names and defaults."""
from picograd.nn.module import Module, Sequential                                             # noqa: F401
from picograd.nn import functional                                                             # noqa: F401
from picograd.nn.layers import (Linear, Conv1d, Conv2d, ConvTranspose2d, Embedding, Dropout, Flatten,   # noqa: F401
                                MaxPool2d, AvgPool2d, ReLU, GELU, Sigmoid, Tanh, SiLU, LeakyReLU, Softmax)
from picograd.nn.norm import BatchNorm1d, BatchNorm2d, LayerNorm, GroupNorm, RMSNorm             # noqa: F401
from picograd.nn.losses import CrossEntropyLoss, NLLLoss, MSELoss, BCELoss, BCEWithLogitsLoss    # noqa: F401
from picograd.nn.state import safe_save, safe_load, load_state_dict                           # noqa: F401
