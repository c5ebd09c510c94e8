"""Neural-network building blocks with PyTorch's names and defaults."""
from picograd.nn.module import Module, Sequential                                             # noqa: F401
from picograd.nn import functional, init                                                       # noqa: F401
from picograd.nn.containers import Parameter, ModuleList, ModuleDict, ParameterList, ParameterDict  # noqa: F401
from picograd.nn.layers import (Identity, Linear, Conv1d, Conv2d, Conv3d, ConvTranspose2d, Embedding,  # noqa: F401
                                Dropout,
                                Flatten, Unflatten, MaxPool2d, AvgPool2d, ReLU, ReLU6, GELU, Sigmoid, Tanh, SiLU,
                                LeakyReLU, Softmax, LogSoftmax, ELU, Hardtanh, Softplus, Mish, Hardswish,
                                Hardsigmoid, SELU, Softsign, LogSigmoid)
from picograd.nn.norm import BatchNorm1d, BatchNorm2d, LayerNorm, GroupNorm, RMSNorm             # noqa: F401
from picograd.nn.losses import CrossEntropyLoss, NLLLoss, MSELoss, BCELoss, BCEWithLogitsLoss    # noqa: F401
from picograd.nn.state import safe_save, safe_load, load_state_dict, get_state_dict, get_parameters  # noqa: F401
from picograd.nn import utils                                                                  # noqa: F401
from picograd.nn.rnn import RNNBase, RNN, LSTM, GRU, RNNCellBase, RNNCell, LSTMCell, GRUCell                # noqa: F401
from picograd.nn.transformer import (MultiheadAttention, TransformerEncoderLayer, TransformerDecoderLayer,  # noqa: F401
                                     TransformerEncoder, TransformerDecoder, Transformer)
from picograd.nn import parallel                                                               # noqa: F401,E402
