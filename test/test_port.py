"""Porting from PyTorch: model and training-loop code in plain PyTorch style, run once on `torch` and once on
`picograd` from the same source text (only the import line differs), weights copied through the state dict; losses
and gradients must agree over several optimizer steps."""
import numpy as np
import pytest
import torch

GPT = '''
import math
LIB as torch
LIB.nn as nn
LIB.nn.functional as F


class CausalSelfAttention(nn.Module):
    def __init__(self, n_embd, n_head):
        super().__init__()
        self.c_attn = nn.Linear(n_embd, 3 * n_embd)
        self.c_proj = nn.Linear(n_embd, n_embd)
        self.n_head, self.n_embd = n_head, n_embd

    def forward(self, x):
        B, T, C = x.size()
        q, k, v = self.c_attn(x).split(self.n_embd, dim=2)
        q = q.view(B, T, self.n_head, C // self.n_head).transpose(1, 2)
        k = k.view(B, T, self.n_head, C // self.n_head).transpose(1, 2)
        v = v.view(B, T, self.n_head, C // self.n_head).transpose(1, 2)
        y = F.scaled_dot_product_attention(q, k, v, is_causal=True)
        y = y.transpose(1, 2).contiguous().view(B, T, C)
        return self.c_proj(y)


class Block(nn.Module):
    def __init__(self, n_embd, n_head):
        super().__init__()
        self.ln_1 = nn.LayerNorm(n_embd)
        self.attn = CausalSelfAttention(n_embd, n_head)
        self.ln_2 = nn.LayerNorm(n_embd)
        self.mlp = nn.Sequential(nn.Linear(n_embd, 4 * n_embd), nn.GELU(approximate="tanh"),
                                 nn.Linear(4 * n_embd, n_embd))

    def forward(self, x):
        x = x + self.attn(self.ln_1(x))
        return x + self.mlp(self.ln_2(x))


class GPT(nn.Module):
    def __init__(self, vocab_size=17, block_size=8, n_embd=16, n_head=2, n_layer=2):
        super().__init__()
        self.wte = nn.Embedding(vocab_size, n_embd)
        self.wpe = nn.Embedding(block_size, n_embd)
        self.h = nn.ModuleList([Block(n_embd, n_head) for _ in range(n_layer)])
        self.ln_f = nn.LayerNorm(n_embd)
        self.lm_head = nn.Linear(n_embd, vocab_size, bias=False)
        self.wte.weight = self.lm_head.weight   # weight tying
        self.apply(self._init_weights)

    def _init_weights(self, module):
        if isinstance(module, nn.Linear):
            torch.nn.init.normal_(module.weight, mean=0.0, std=0.02)
            if module.bias is not None:
                torch.nn.init.zeros_(module.bias)
        elif isinstance(module, nn.Embedding):
            torch.nn.init.normal_(module.weight, mean=0.0, std=0.02)

    def forward(self, idx, targets=None):
        b, t = idx.size()
        pos = torch.arange(0, t, dtype=torch.long)
        x = self.wte(idx) + self.wpe(pos)
        for block in self.h:
            x = block(x)
        logits = self.lm_head(self.ln_f(x))
        loss = F.cross_entropy(logits.view(-1, logits.size(-1)), targets.view(-1), ignore_index=-1)
        return logits, loss


def make_model():
    return GPT()


def make_optimizer(model):
    decay = [p for n, p in model.named_parameters() if p.dim() >= 2]
    no_decay = [p for n, p in model.named_parameters() if p.dim() < 2]
    groups = [{"params": decay, "weight_decay": 0.1}, {"params": no_decay, "weight_decay": 0.0}]
    opt = torch.optim.AdamW(groups, lr=3e-3, betas=(0.9, 0.95))
    return opt, torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=10)


def train_step(model, opt, sched, batch):
    x, y = batch
    logits, loss = model(x, y)
    opt.zero_grad(set_to_none=True)
    loss.backward()
    norm = torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    opt.step()
    sched.step()
    return loss.item()
'''

CNN = '''
LIB as torch
LIB.nn as nn
LIB.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 4, 3, 1)
        self.conv2 = nn.Conv2d(4, 8, 3, 1)
        self.dropout = nn.Dropout(0.25)
        self.fc1 = nn.Linear(8 * 4 * 4, 16)
        self.fc2 = nn.Linear(16, 10)

    def forward(self, x):
        x = F.relu(self.conv1(x))
        x = F.relu(self.conv2(x))
        x = F.max_pool2d(x, 2)
        x = self.dropout(x)
        x = torch.flatten(x, 1)
        x = F.relu(self.fc1(x))
        return F.log_softmax(self.fc2(x), dim=1)


def make_model():
    model = Net()
    model.eval()   # dropout off: the two libraries draw different random numbers
    return model


def make_optimizer(model):
    opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    return opt, torch.optim.lr_scheduler.StepLR(opt, step_size=2, gamma=0.5)


def train_step(model, opt, sched, batch):
    data, target = batch
    opt.zero_grad()
    output = model(data)
    loss = F.nll_loss(output, target)
    loss.backward()
    opt.step()
    sched.step()
    return loss.item()
'''


def load(source: str, lib: str) -> dict:
  code = source.replace("LIB.nn.functional as F", f"import {lib}.nn.functional as F").replace(
    "LIB.nn as nn", f"import {lib}.nn as nn").replace("LIB as torch", f"import {lib} as torch")
  namespace: dict = {}
  exec(compile(code, f"<{lib} port>", "exec"), namespace)
  return namespace


def batches(kind: str, n: int):
  rng = np.random.default_rng(0)
  if kind == "gpt": return [(rng.integers(0, 17, (2, 8)), rng.integers(0, 17, (2, 8))) for _ in range(n)]
  return [(rng.standard_normal((4, 1, 12, 12)).astype(np.float32), rng.integers(0, 10, 4)) for _ in range(n)]


@pytest.mark.parametrize("kind, source", [("gpt", GPT), ("cnn", CNN)])
def test_same_source_trains_the_same(kind, source):
  import picograd
  ours, theirs = load(source, "picograd"), load(source, "torch")
  torch.manual_seed(0)
  t_model, p_model = theirs["make_model"](), ours["make_model"]()
  assert list(p_model.state_dict()) == list(t_model.state_dict())
  p_model.load_state_dict({k: picograd.tensor(v.detach().numpy()) for k, v in t_model.state_dict().items()})
  t_opt, t_sched = theirs["make_optimizer"](t_model)
  p_opt, p_sched = ours["make_optimizer"](p_model)
  for x, y in batches(kind, 5):
    want = theirs["train_step"](t_model, t_opt, t_sched, (torch.tensor(x), torch.tensor(y)))
    got = ours["train_step"](p_model, p_opt, p_sched, (picograd.tensor(x), picograd.tensor(y)))
    assert got == pytest.approx(want, rel=1e-4, abs=1e-5)
  for (name, p), (_, t) in zip(p_model.named_parameters(), t_model.named_parameters()):
    np.testing.assert_allclose(p.numpy(), t.detach().numpy(), rtol=1e-3, atol=1e-5, err_msg=name)
