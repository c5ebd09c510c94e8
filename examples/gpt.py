"""A character-level GPT trained on tinyshakespeare, written as PyTorch code (nn.Module, AdamW with parameter groups,
a warmup + cosine schedule, gradient clipping) with the training step captured once by @picograd.jit.

    python examples/gpt.py                        # train, report the validation loss, save gpt.safetensors + gpt.json
    python examples/gpt.py --sample               # generate text from that checkpoint
    python examples/gpt.py --sample --prompt "ROMEO:" --temperature 0.8 --top-k 20 --tokens 500
    python examples/gpt.py --steps 200 --layers 2 --embd 64 --ckpt /tmp/tiny.safetensors   # a quick run
    DEVICE=CUDA python examples/gpt.py            # the same on a GPU
    THREADS=1 mpiexec -n 2 python examples/gpt.py --distributed   # data-parallel: each rank its own batches

The text comes from --data FILE, else $TEXT_FILE, else tinyshakespeare downloaded once to the cache. Its last 10%
is held out: the validation loss (nats per character) is measured on it.
"""
import argparse
import functools
import json
import math
import os
import time
from dataclasses import asdict, dataclass
import numpy as np
from tqdm import tqdm
import picograd
import picograd as torch
import picograd.nn as nn
import picograd.nn.functional as F
from picograd import GlobalCounters
from picograd.datasets import tinyshakespeare
from picograd.nn.state import get_state_dict, safe_load, safe_save

# ---- the model: plain PyTorch code (tools/benchmark.py runs this same text on torch) ---------------------------------


@dataclass
class GPTConfig:
  vocab_size: int
  block_size: int = 64
  n_layer: int = 3
  n_head: int = 4
  n_embd: int = 128


class CausalSelfAttention(nn.Module):
  def __init__(self, cfg: GPTConfig):
    super().__init__()
    self.n_head = cfg.n_head
    self.qkv = nn.Linear(cfg.n_embd, 3 * cfg.n_embd)
    self.proj = nn.Linear(cfg.n_embd, cfg.n_embd)

  def forward(self, x):
    B, T, C = x.shape
    q, k, v = self.qkv(x).split(C, dim=2)
    q, k, v = (t.view(B, T, self.n_head, C // self.n_head).transpose(1, 2) for t in (q, k, v))
    y = F.scaled_dot_product_attention(q, k, v, is_causal=True)
    return self.proj(y.transpose(1, 2).contiguous().view(B, T, C))


class Block(nn.Module):
  """Pre-norm: each branch reads a normalized input and adds to the residual stream."""

  def __init__(self, cfg: GPTConfig):
    super().__init__()
    self.ln_1 = nn.LayerNorm(cfg.n_embd)
    self.attn = CausalSelfAttention(cfg)
    self.ln_2 = nn.LayerNorm(cfg.n_embd)
    self.mlp = nn.Sequential(nn.Linear(cfg.n_embd, 4 * cfg.n_embd), nn.GELU(approximate="tanh"),
                             nn.Linear(4 * cfg.n_embd, cfg.n_embd))

  def forward(self, x):
    x = x + self.attn(self.ln_1(x))
    return x + self.mlp(self.ln_2(x))


class GPT(nn.Module):
  def __init__(self, cfg: GPTConfig):
    super().__init__()
    self.tok_emb = nn.Embedding(cfg.vocab_size, cfg.n_embd)
    self.pos_emb = nn.Embedding(cfg.block_size, cfg.n_embd)
    self.blocks = nn.ModuleList([Block(cfg) for _ in range(cfg.n_layer)])
    self.ln_f = nn.LayerNorm(cfg.n_embd)
    self.head = nn.Linear(cfg.n_embd, cfg.vocab_size, bias=False)
    self.head.weight = self.tok_emb.weight   # tied: one matrix reads characters in and scores them out
    self.apply(self._init_weights)
    for name, p in self.named_parameters():   # the layers that write into the residual stream start smaller,
      if name.endswith(("attn.proj.weight", "mlp.2.weight")):   # so its variance does not grow with depth
        nn.init.normal_(p, mean=0.0, std=0.02 / math.sqrt(2 * cfg.n_layer))

  def _init_weights(self, module):
    if isinstance(module, (nn.Linear, nn.Embedding)): nn.init.normal_(module.weight, mean=0.0, std=0.02)
    if isinstance(module, nn.Linear) and module.bias is not None: nn.init.zeros_(module.bias)

  def forward(self, idx, targets=None):
    B, T = idx.shape
    x = self.tok_emb(idx) + self.pos_emb(torch.arange(T, device=idx.device))
    for block in self.blocks: x = block(x)
    logits = self.head(self.ln_f(x))
    if targets is None: return logits, None
    return logits, F.cross_entropy(logits.view(B * T, -1), targets.view(B * T))


def make_optimizer(model: nn.Module, lr: float, weight_decay: float):
  """AdamW that decays only the matrices (weights, embeddings), never biases or LayerNorm gains."""
  params = model.parameters()
  groups = [{"params": [p for p in params if p.dim() >= 2], "weight_decay": weight_decay},
            {"params": [p for p in params if p.dim() < 2], "weight_decay": 0.0}]
  return torch.optim.AdamW(groups, lr=lr, betas=(0.9, 0.99))


def lr_factor(step: int, warmup: int, total: int, floor: float) -> float:
  """Linear warmup (Adam's moments are noise at first), then a cosine from the peak down to floor * peak."""
  if step < warmup: return (step + 1) / warmup
  progress = min(1.0, (step - warmup) / max(1, total - warmup))
  return floor + (1 - floor) * 0.5 * (1 + math.cos(math.pi * progress))


# ---- data ------------------------------------------------------------------------------------------------------------
def encode(text: str, vocab: str) -> np.ndarray:
  index = {c: i for i, c in enumerate(vocab)}
  missing = sorted(set(text) - set(index))
  if missing: raise SystemExit(f"characters {''.join(missing)!r} are not in the checkpoint's vocabulary")
  return np.fromiter((index[c] for c in text), dtype=np.int32, count=len(text))


def random_batch(data: np.ndarray, batch: int, block: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
  """`batch` windows at random offsets: the inputs and, one character on, the targets."""
  rows = rng.integers(0, len(data) - block - 1, batch)[:, None] + np.arange(block)
  return data[rows], data[rows + 1]


def eval_batches(data: np.ndarray, batch: int, block: int):
  """The held-out text cut into consecutive windows, in full batches (a last partial batch is left out, so every
  batch has the shape the compiled step has)."""
  windows = (len(data) - 1) // block
  for start in range(0, windows - batch + 1, batch):
    rows = (start + np.arange(batch))[:, None] * block + np.arange(block)
    yield data[rows], data[rows + 1]


# ---- training --------------------------------------------------------------------------------------------------------
def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
  p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
  p.add_argument("--data", default=None, help="a UTF-8 text file (default: $TEXT_FILE or tinyshakespeare, downloaded)")
  p.add_argument("--ckpt", default="gpt.safetensors", help="the checkpoint to write, or with --sample to read; the "
                 "vocabulary and model shape go beside it as .json")
  p.add_argument("--steps", type=int, default=1200)
  p.add_argument("--batch", type=int, default=16)
  p.add_argument("--block", type=int, default=GPTConfig.block_size, help="characters of context")
  p.add_argument("--layers", type=int, default=GPTConfig.n_layer)
  p.add_argument("--heads", type=int, default=GPTConfig.n_head)
  p.add_argument("--embd", type=int, default=GPTConfig.n_embd)
  p.add_argument("--lr", type=float, default=3e-3, help="the peak learning rate")
  p.add_argument("--min-lr", type=float, default=0.1, help="the final learning rate, as a fraction of the peak")
  p.add_argument("--warmup", type=int, default=50, help="steps of linear warmup")
  p.add_argument("--weight-decay", type=float, default=0.1)
  p.add_argument("--clip", type=float, default=1.0, help="the largest gradient norm")
  p.add_argument("--eval-every", type=int, default=300, help="steps between validation losses")
  p.add_argument("--seed", type=int, default=0)
  p.add_argument("--distributed", action="store_true", help="data-parallel over the ranks of `mpiexec -n N python "
                 "...`: each trains on --batch windows of its own per step, gradients averaged")
  p.add_argument("--sample", action="store_true", help="generate text from --ckpt instead of training")
  p.add_argument("--prompt", default="\n", help="text to continue (with --sample)")
  p.add_argument("--tokens", type=int, default=500, help="characters to generate (with --sample)")
  p.add_argument("--temperature", type=float, default=1.0, help="< 1 sharpens the distribution (with --sample)")
  p.add_argument("--top-k", type=int, default=0, help="draw from the k likeliest characters only; 0: all")
  return p.parse_args(argv)


def make_train_step(model: nn.Module, opt, clip: float):
  """The whole step, captured once and then replayed: no scheduling or code generation per step. The loss, the
  gradients' norm and the update are realized together, so the loss is computed once, inside the same kernels."""
  params = model.parameters()

  @picograd.jit
  def train_step(x, y):
    _, loss = model(x, y)
    opt.zero_grad()
    loss.backward()
    norm = nn.utils.clip_grad_norm_(params, clip)
    torch.Tensor.realize(loss, norm, *opt.schedule_step())
    return loss, norm
  return train_step


def make_eval_step(model: nn.Module):
  @picograd.jit
  def eval_step(x, y):
    with torch.no_grad(): return model(x, y)[1].realize()
  return eval_step


def validation_loss(eval_step, data: np.ndarray, batch: int, block: int) -> float:
  losses = [eval_step(torch.tensor(x), torch.tensor(y)).item() for x, y in eval_batches(data, batch, block)]
  return float(np.mean(losses))


def wrap_distributed(model: nn.Module) -> tuple[nn.Module, int, int]:
  """--distributed: the model in DistributedDataParallel over the processes mpiexec started, this one's rank, and
  how many there are."""
  import picograd.distributed as dist
  from picograd.nn.parallel import DistributedDataParallel
  dist.init_process_group()
  return DistributedDataParallel(model), dist.get_rank(), dist.get_world_size()


def train(args: argparse.Namespace):
  start = time.perf_counter()
  text = tinyshakespeare(args.data)
  vocab = "".join(sorted(set(text)))
  data = encode(text, vocab)
  split = int(0.9 * len(data))
  train_data, val_data = data[:split], data[split:]
  torch.manual_seed(args.seed)
  cfg = GPTConfig(len(vocab), args.block, args.layers, args.heads, args.embd)
  model, rank, ranks = wrap_distributed(GPT(cfg)) if args.distributed else (GPT(cfg), 0, 1)
  rng = np.random.default_rng(args.seed + rank)   # each rank draws batches of its own
  say = print if rank == 0 else lambda *_: None   # noqa: E731  one process reports
  say(f"{len(text):,} characters, vocabulary {len(vocab)}, {sum(p.numel() for p in model.parameters()):,} parameters")
  opt = make_optimizer(model, args.lr, args.weight_decay)
  sched = torch.optim.lr_scheduler.LambdaLR(opt, functools.partial(lr_factor, warmup=args.warmup, total=args.steps,
                                                                  floor=args.min_lr))
  train_step, eval_step = make_train_step(model, opt, args.clip), make_eval_step(model)
  bar = tqdm(range(args.steps), desc="train", unit="step", disable=rank != 0)
  tokens, tick = 0, time.perf_counter()
  for step in bar:
    loss, _ = train_step(*(torch.tensor(a) for a in random_batch(train_data, args.batch, args.block, rng)))
    sched.step()
    tokens += args.batch * args.block * ranks   # every rank's: the rate is the whole job's
    if step % 10 == 0 or step == args.steps - 1:
      value, now = loss.item(), time.perf_counter()   # reading the loss waits for the step: the rate is honest
      bar.set_postfix({"loss": f"{value:.3f}", "tok/s": f"{tokens / (now - tick):,.0f}"})
      tokens, tick = 0, now
    if (step + 1) % args.eval_every == 0 and step + 1 < args.steps and rank == 0:
      bar.write(f"step {step + 1}: val loss {validation_loss(eval_step, val_data, args.batch, args.block):.4f}")
  if rank != 0: return None
  val = validation_loss(eval_step, val_data, args.batch, args.block)
  save(model.module if args.distributed else model, cfg, vocab, args.ckpt)
  print(f"saved to {args.ckpt} (+ {meta_path(args.ckpt)})")
  print(f"val loss: {val:.4f}")
  print(f"wall time: {time.perf_counter() - start:.1f} s (compiling {GlobalCounters.compile_count} kernels: "
        f"{GlobalCounters.compile_time_s:.1f} s)")
  return val


# ---- checkpoints and sampling ----------------------------------------------------------------------------------------
def meta_path(ckpt: str) -> str: return os.path.splitext(ckpt)[0] + ".json"


def save(model: nn.Module, cfg: GPTConfig, vocab: str, ckpt: str):
  """The weights as safetensors; the vocabulary and the model's shape as JSON beside them, which --sample needs to
  rebuild the model and to turn characters into indices and back."""
  safe_save(get_state_dict(model), ckpt)
  with open(meta_path(ckpt), "w", encoding="utf-8") as f: json.dump({"vocab": vocab, "config": asdict(cfg)}, f)


def load(ckpt: str) -> tuple[GPT, str]:
  if not os.path.exists(ckpt): raise SystemExit(f"{ckpt} does not exist: train first, or name a checkpoint with --ckpt")
  with open(meta_path(ckpt), encoding="utf-8") as f: meta = json.load(f)
  model = GPT(GPTConfig(**meta["config"]))
  model.load_state_dict(safe_load(ckpt))
  return model.eval(), meta["vocab"]


def sample(args: argparse.Namespace) -> str:
  """Generate one character at a time. The model always reads a full block (the context, then filler that causal
  attention keeps from the scores read) and the position read is a tensor, so every call has the same shapes and
  the jitted step compiles once."""
  if not args.prompt: raise SystemExit("--prompt needs at least one character to continue")
  model, vocab = load(args.ckpt)
  block, top_k, temperature = model.pos_emb.weight.shape[0], min(args.top_k, len(vocab)), args.temperature

  @picograd.jit
  def next_probs(window, pos):
    with torch.no_grad():
      logits = model(window)[0][0, pos] / temperature   # the scores for the character after position pos
      if top_k: logits = logits.masked_fill(logits < logits.topk(top_k).values[-1], -math.inf)
      return F.softmax(logits, dim=-1).realize()

  rng = np.random.default_rng(args.seed)
  ids, window = list(encode(args.prompt, vocab)), np.zeros((1, block), np.int32)
  for _ in range(args.tokens):
    context = ids[-block:]
    window[0, :len(context)] = context
    pos = torch.tensor(np.array(len(context) - 1))   # from an array: an int would be a constant in a kernel
    probs = next_probs(torch.tensor(window), pos).numpy().astype(np.float64)
    ids.append(int(rng.choice(len(vocab), p=probs / probs.sum())))   # drawn on the host: one draw from 65 numbers
  out = "".join(vocab[i] for i in ids)
  print(out)
  return out


if __name__ == "__main__":
  cli = parse_args()
  if cli.sample: sample(cli)
  else: train(cli)
