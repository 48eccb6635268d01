#!/usr/bin/python3
"""`make bench`: the real workshop window's frames while 200 phones use it. A measurement, never a pass or a fail.
Usage (under Xvfb and a session bus, as the Makefile runs it): bench_workshop_frames.py PATH/TO/samskap

First the floor: a bare GTK window repainting the whole screen every frame on the same display and renderer
(Tests/BenchFloor/frames.c). Then the app, with SAMSKAP_FRAME_LOG (the workshop screen redraws on every tick of its
frame clock and logs each frame's start and paint, see WorkshopFrameLog.swift) and SAMSKAP_PHONES_RATE (200 phones on
the loopback share one address, and so one rate limit): it presents a rating screen, starts the phones on 127.0.0.1
with P, and measures a quiet stretch; 200 phones that join at once and each load their page three times, answering a
statement after each load so that the count on the screen ticks; and 200 more doing the same at a room's pace. For each:
frames, frames per second, late frames (a gap over 16.7 + 5 ms), the longest gap, and the time from a frame's start to
its paint (the drawing's own cost)."""
import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
subprocess.check_call([os.path.join(os.path.dirname(os.path.dirname(HERE)), "po", "compile.sh")])

import display  # noqa: E402  (before pyatspi, which opens the display on import)
display.wait()

from harness import App, all_nodes, ensure_a11y_bus, wait_for  # noqa: E402
from test_workshop import key, prepared_project, wait_screen  # noqa: E402
from test_workshop_phones import Phone, answered, phones_on_loopback, rating_screen, statements  # noqa: E402
from words import Words  # noqa: E402

PHONES = 200
LOADS = 3
PERIOD_MS = 1000 / 60
LATE_MS = PERIOD_MS + 5
QUIET_FRAMES = 180  # three seconds at 60 Hz
FLOOR_SOURCE = os.path.join(os.path.dirname(HERE), "BenchFloor", "frames.c")


def frames(log):
    """{frame counter: (tick time, paint time or None)} in seconds of CLOCK_MONOTONIC (time.monotonic()'s clock)."""
    found = {}
    with open(log) as f:
        for line in f:
            parts = line.split()
            if len(parts) != 3:
                continue  # a line being written
            tick, paint = found.get(int(parts[1]), (None, None))
            time_s = int(parts[2]) / 1e6
            found[int(parts[1])] = (time_s, paint) if parts[0] == "tick" else (tick, time_s)
    return found


def ticks(log):
    return sorted(t for t, _ in frames(log).values() if t is not None)


def median(values):
    return sorted(values)[len(values) // 2]


def report(what, log, began, ended):
    """One line about the frames that began between two moments, counting the gap into the first of them."""
    logged = frames(log)
    times = sorted(t for t, _ in logged.values() if t is not None)
    inside = [t for t in times if began <= t <= ended]
    before = [t for t in times if t < began][-1:]
    counted = before + inside
    gaps = [(b - a) * 1000 for a, b in zip(counted, counted[1:])]
    paints = [(p - t) * 1000 for t, p in logged.values() if t is not None and p is not None and began <= t <= ended]
    if not gaps or not paints:
        return print(f"workshop window: {what}: no frames logged")
    seconds = ended - began
    print(f"workshop window: {what}: {len(inside)} frames in {seconds:.2f} s ({len(inside) / seconds:.1f} per second), "
          f"late (gap > {LATE_MS:.1f} ms): {sum(g > LATE_MS for g in gaps)}, longest gap {max(gaps):.1f} ms, "
          f"median gap {median(gaps):.1f} ms; from a frame's start to its paint: median {median(paints):.1f} ms, "
          f"longest {max(paints):.1f} ms", flush=True)


async def request(port, reader, writer, method, path, body=b"", content_type=None):
    """One request on a kept-alive connection; returns (status, headers)."""
    head = f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: {len(body)}\r\n"
    if content_type:
        head += f"Content-Type: {content_type}\r\n"
    writer.write((head + "\r\n").encode() + body)
    await writer.drain()
    lines = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)}
    if "content-length" in headers:
        await reader.readexactly(int(headers["content-length"]))
    elif headers.get("transfer-encoding") == "chunked":
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    return int(lines[0].split()[1]), headers


async def one_phone(port, base, ids, k, problems, arrival, think):
    """A phone: arrives, joins, then loads its page and answers one statement, three times, thinking in between.
    (The pauses shape the load, as people do; the bench waits for nothing with them.)"""
    await asyncio.sleep(arrival)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        status, headers = await request(port, reader, writer, "POST", base + "join", b"as=anonymous",
                                        "application/x-www-form-urlencoded")
        if status != 303:
            return problems.append(f"join: {status}")
        page = headers["location"]
        for n in range(LOADS):
            if n:
                await asyncio.sleep(think)
            status, _ = await request(port, reader, writer, "GET", page)
            if status != 200:
                problems.append(f"page: {status}")
            answer = f'{{"statement": "{ids[n]}", "experience": {(k + n) % 5 + 1}, "importance": {(k + 2 * n) % 5 + 1}}}'
            status, _ = await request(port, reader, writer, "POST", page + "answer", answer.encode(), "application/json")
            if status != 200:
                problems.append(f"answer: {status}")
    finally:
        writer.close()


async def all_phones(url, ids, problems, spread, think):
    phone = Phone(url)
    await asyncio.gather(*(one_phone(phone.port, phone.base, ids, k, problems, k * spread / PHONES, think)
                           for k in range(PHONES)))


def load(what, log, url, spread=0.0, think=0.0):
    """200 new phones on `url`, arriving over `spread` seconds; reports the frames while they join and answer."""
    problems = []
    began = time.monotonic()
    asyncio.run(asyncio.wait_for(all_phones(url, statements(), problems, spread, think), timeout=300))
    report(what, log, began, time.monotonic())
    if problems:
        print(f"workshop window: {len(problems)} requests refused, e.g. {problems[:3]}", flush=True)


def floor(folder):
    """The same figures for a bare GTK4 window that repaints the whole screen every frame (Tests/BenchFloor/frames.c),
    on the same display and renderer: what any window pays here, before the workshop draws a thing."""
    program = os.path.join(folder, "frames")
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "gtk4"], check=True, capture_output=True, text=True).stdout.split()
    subprocess.run(["gcc", "-O2", "-o", program, FLOOR_SOURCE] + flags, check=True)
    log = os.path.join(folder, "floor.log")
    subprocess.run([program, log, str(QUIET_FRAMES)], env=dict(os.environ, GSK_RENDERER="cairo", GTK_A11Y="none"),
                   check=True, timeout=120)
    times = ticks(log)
    report("floor, a bare GTK window repainting the whole screen", log, times[0], times[-1])


def main():
    binary = os.path.abspath(sys.argv[1])
    ensure_a11y_bus()
    home = tempfile.mkdtemp(prefix="samskap-frames-bench-")
    log = os.path.join(home, "frames.log")
    w = Words("en")
    floor(home)
    app = App(binary, home, language="en", extra_env={"SAMSKAP_FRAME_LOG": log, "SAMSKAP_PHONES_RATE": "1000000"})
    try:
        app.start(prepared_project(App(binary, home, language="en"), home))
        workshop = rating_screen(app, w)
        url = phones_on_loopback(app, workshop, w)
        began = time.monotonic()
        wait_for(lambda: sum(t > began for t in ticks(log)) >= QUIET_FRAMES, "three seconds of frames", timeout=60)
        report("quiet, the phones' screen shown", log, began, time.monotonic())

        load(f"{PHONES} phones at once join, load their page {LOADS} times and answer after each", log, url)
        wait_screen(workshop, w, answered(w, PHONES), "the workshop screen counting every phone")
        # The same again at a room's pace, in a new session (at most 200 phones each): P stops the phones, P starts them.
        key("p")
        wait_for(lambda: not all_nodes(workshop, None, w("Address for the phones")), "the phones stopped")
        url = phones_on_loopback(app, workshop, w)
        load(f"{PHONES} phones arriving over 10 s, {LOADS} loads and answers each, 1 s apart", log, url, spread=10, think=1)
        wait_screen(workshop, w, answered(w, 2 * PHONES), "the workshop screen counting the phones of both sessions")
        key("Escape")
    finally:
        app.stop()
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
