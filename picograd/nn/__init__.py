"""Neural-network building blocks with PyTorch's names and defaults."""
from picograd.nn.module import Module, Sequential                                            # noqa: F401
from picograd.nn.layers import Linear, Dropout, Flatten, ReLU, Sigmoid, Tanh, CrossEntropyLoss, MSELoss   # noqa: F401
from picograd.nn.state import safe_save, safe_load, load_state_dict                          # noqa: F401
