"""VIZ: a whole run as one self-contained HTML page (no server, no network): the schedules as graphs of kernels, each
kernel's source line, op tree, optimizations, IR, generated source and assembly, a timeline of launches and copies,
kernels by time share, and the plans `@jit` replays.

    VIZ=1 python script.py                   # writes viz/script.html at exit and prints its path (VIZ=run.html: there)
    picograd.viz.start(); ...; picograd.viz.save("run.html")        # the same from code
    with picograd.viz.record() as run: ...   # one part of a run: picograd.viz.save("part.html", run)
"""
from __future__ import annotations
import atexit
import os
import sys
from picograd.viz.page import write_page
from picograd.viz.recorder import Recording

_session: Recording | None = None   # the recording start() began (VIZ=1 starts it at import), saved by save()


def record() -> Recording:
  """A recording of what runs inside `with picograd.viz.record() as run:`."""
  return Recording()


def start() -> Recording:
  """Record from now on, for `save()`; a second call keeps the recording already going."""
  global _session
  if _session is None: _session = Recording().start()
  return _session


def save(path: str = "", recording: Recording | None = None) -> str:
  """Write the page of `recording` (else of what start() has recorded so far) to `path`; returns where."""
  rec = recording if recording is not None else _session
  if rec is None:
    raise RuntimeError("viz.save: nothing was recorded; call picograd.viz.start() first (or run with VIZ=1), or pass "
                       "a recording: with picograd.viz.record() as run: ...")
  if not rec.stopped and rec is not _session: rec.stop()
  return write_page(rec, path or default_path())


def default_path() -> str:
  script = os.path.splitext(os.path.basename(sys.argv[0] if sys.argv and sys.argv[0] else "run"))[0] or "run"
  return os.path.join("viz", f"{script}.html")


def save_at_exit(path: str = ""):
  """What VIZ=1 does: record the whole run, and write the page when the program ends."""
  start()

  def finish():
    _session.stop()
    written = write_page(_session, path or default_path())
    print(f"VIZ: wrote {written} ({os.path.getsize(written) / 1e6:.2f} MB; {_session})")

  atexit.register(finish)
