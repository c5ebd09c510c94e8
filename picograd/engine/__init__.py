"""The engine: runs what the scheduler plans. It owns the device registry, the kernel cache and kernel names, what a
run adds to GlobalCounters (helpers.py), and JIT capture; tools and the JIT watch it through `hooks` (hooks.py),
never by replacing its functions.

    realize(lazybuffers)          schedule and run them          schedule(lazybuffers)   the steps, run nothing
    run_schedule(items)           run a schedule                 launch(compiled, buffers, device)   one kernel
    capture()                     record what runs (the JIT)     keep_values_read(storage)   before a write
    note_host_read()              values went to Python          allocate(device, size, dtype)
    run_collective(spec, buffers, device)   one exchange with a group's other processes (collectives.py)
    device_name(name)             'cuda:0' -> 'CUDA'             open_device(name)   the same, once it can run
    clear_cache()                 forget every compiled kernel

    devices.py   name -> allocate, render, compile        capture.py    what a JIT capture saw
    run.py       schedules reused by structure; a schedule's steps; the kernel cache, names and DEBUG 2-4 output;
                 launches and counts
    hooks.py     the events tools and the JIT watch        dump.py       PICOGRAD_DUMP folders
    collectives.py   the communicator of each process group (registered by picograd.distributed), and running one
"""
from picograd.engine import hooks                                                              # noqa: F401
from picograd.engine.capture import Capture, capture                                           # noqa: F401
from picograd.engine.collectives import run_collective                                         # noqa: F401
from picograd.engine.devices import canonical as device_name, open_device                      # noqa: F401
from picograd.engine.run import (CompiledKernel, allocate, clear_cache, keep_values_read, launch,     # noqa: F401
                                 note_host_read, realize, run_schedule, schedule)
from picograd.schedule import ScheduleItem                                                     # noqa: F401
