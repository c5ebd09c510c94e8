"""A Recording as one self-contained HTML page: no server, no network. The page's script and style are inlined from
page.js and page.css beside this file; the run's data is JSON, gzip-compressed and base64-encoded into the page (the
browser inflates it with its own DecompressionStream), which keeps the page of a long run to a few MB."""
from __future__ import annotations
import base64
import datetime
import gzip
import json
import os
import sys
from picograd.engine.dump import kernel_texts
from picograd.viz.layout import layered
from picograd.viz.recorder import Recording

MAX_TEXT = 200_000        # characters of one kernel text (IR, source, assembly) kept; a huge unrolled kernel's
                          # assembly is cut there, with a note, rather than making the page tens of MB
MAX_GAP_US = 50.0         # the timeline draws longer pauses between launches this long (marked as a cut)
MAX_SCHEDULES = 200       # distinct schedules drawn, the most run first (a generate() loop makes one per length)
_HERE = os.path.dirname(os.path.abspath(__file__))


def _cut(text: str) -> str:
  if len(text) <= MAX_TEXT: return text
  return text[:MAX_TEXT] + f"\n... ({len(text) - MAX_TEXT} more characters not kept in the page)"


def _kernel(k, total_s: float, flops: int) -> dict:
  seconds = max(k.seconds, 1e-12)
  texts = {name: _cut(text) for name, text in kernel_texts(k.compiled).items()}
  return {"name": k.name, "device": k.device, "fused": " ".join(k.fused), "reason": k.reason, "origins": k.origins,
          "buffers": list(k.buffers), "launches": k.launches, "ms": k.seconds * 1e3,
          "share": k.seconds / total_s if total_s else 0.0, "gflops": flops * k.launches / seconds / 1e9,
          "gbs": k.nbytes / seconds / 1e9, "applied": ", ".join(k.compiled.kernel.applied) or "nothing",
          "language": "CUDA C" if k.compiled.program.launch is not None else "LLVM IR", "texts": texts}


def _schedule(s, kernel_index: dict[str, int]) -> dict:
  layout = layered([step.inputs for step in s.steps], len(s.outside))
  return {"runs": s.runs, "outside": s.outside, "width": layout.width, "height": layout.height,
          "steps": [{"kind": st.kind, "name": st.name, "out": st.out, "reason": st.reason, "origin": st.origin,
                     "kernel": kernel_index.get(st.name, -1)} for st in s.steps],
          "boxes": [[b.node, b.x, b.y] for b in layout.boxes], "edges": [list(e) for e in layout.edges]}


def _drawn_at(events) -> list[tuple[float, int]]:
  """Where each event starts on the drawn timeline, in microseconds, and whether a pause was cut before it: wall time,
  except that a pause longer than MAX_GAP_US (compiling, Python between steps) is drawn MAX_GAP_US long, so the
  launches are not lost between them."""
  drawn, x, last_end, last_width = [], 0.0, None, 0.0
  for e in events:
    start, end = e.start * 1e6, (e.start + e.seconds) * 1e6
    gap = 0.0 if last_end is None else max(start - last_end, 0.0)
    x = 0.0 if last_end is None else x + last_width + min(gap, MAX_GAP_US)
    drawn.append((x, int(gap > MAX_GAP_US)))
    last_end, last_width = end, end - start
  return drawn


def _event(e, kernel_index: dict[str, int], x: float, cut: int) -> list:
  """[kind, kernel index, name (a copy's or a collective's), start us, duration us, bytes, drawn at us, cut]."""
  name = e.name if e.kind in ("copy", "collective") else ""
  return [e.kind, kernel_index.get(e.name, -1), name, round(e.start * 1e6, 1), round(e.seconds * 1e6, 2), e.nbytes,
          round(x, 1), cut]


def page_data(rec: Recording, title: str) -> dict:
  """What the page shows, as plain JSON-able values."""
  total_s = sum(k.seconds for k in rec.kernels.values())
  kernels = sorted(rec.kernels.values(), key=lambda k: -k.seconds)
  kernel_index = {k.name: i for i, k in enumerate(kernels)}
  kernel_steps = lambda i: sum(st.kind == "kernel" for st in rec.schedules[i].steps)   # noqa: E731
  shown = sorted(range(len(rec.schedules)), key=lambda i: (-kernel_steps(i), -rec.schedules[i].runs))[:MAX_SCHEDULES]
  events = [_event(e, kernel_index, x, cut) for e, (x, cut) in zip(rec.events, _drawn_at(rec.events))]
  return {
    "title": title, "made": datetime.datetime.now().isoformat(timespec="seconds"),
    "summary": {"kernels": len(kernels), "launches": sum(k.launches for k in kernels), "kernel_ms": total_s * 1e3,
                "compiles": rec.compiles, "compile_s": rec.compile_seconds, "copies": rec.copies,
                "schedules": len(rec.schedules), "schedule_runs": sum(s.runs for s in rec.schedules),
                "wall_s": (rec.stopped or rec.started) - rec.started, "dropped_events": rec.dropped_events},
    "kernels": [_kernel(k, total_s, k.compiled.program.flops) for k in kernels],
    "schedules": [dict(_schedule(rec.schedules[i], kernel_index), index=i) for i in shown],
    "events": events,
    "jit": [{"name": name, "kernels": [kernel_index.get(n, -1) for n in plan], "names": plan}
            for name, plan in rec.jit_plans.items()],
  }


def render_page(rec: Recording, title: str | None = None) -> str:
  """The whole HTML text of the page."""
  title = title or " ".join(os.path.basename(a) for a in sys.argv[:1]) or "picograd run"
  packed = gzip.compress(json.dumps(page_data(rec, title), separators=(",", ":")).encode(), mtime=0)
  data = base64.b64encode(packed).decode()
  with open(os.path.join(_HERE, "page.html")) as f: html = f.read()
  with open(os.path.join(_HERE, "page.css")) as f: css = f.read()
  with open(os.path.join(_HERE, "page.js")) as f: js = f.read()
  escaped_title = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
  return (html.replace("{{TITLE}}", escaped_title).replace("{{STYLE}}", css).replace("{{SCRIPT}}", js)
          .replace("{{DATA}}", data))


def write_page(rec: Recording, path: str, title: str | None = None) -> str:
  """Write the page to `path` (its folder made if needed); returns the absolute path."""
  path = os.path.abspath(path)
  os.makedirs(os.path.dirname(path), exist_ok=True)
  with open(path, "w") as f: f.write(render_page(rec, title))
  return path
