#!/usr/bin/python3
"""`make bench`: the real workshop window's frames while 200 phones use it. A measurement, never a pass or a fail.
Usage (under Xvfb and a session bus, as the Makefile runs it): bench_workshop_frames.py PATH/TO/samskap

The app runs with SAMSKAP_FRAME_LOG (the workshop screen redraws on every tick of its frame clock and logs the tick's
time, see WorkshopFrameLog.swift) and SAMSKAP_PHONES_RATE (200 phones on the loopback share one address, and so one
rate limit). It presents a rating screen, starts the phones on 127.0.0.1 with P, and prints the frames of a quiet
stretch, then of the stretch in which 200 phones join and each loads its page three times, answering a statement after
each load so that the count on the screen ticks: frames, frames per second, late frames (a gap over 16.7 + 5 ms) and
the longest gap."""
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

from harness import App, ensure_a11y_bus, wait_for  # noqa: E402
from test_workshop import key, prepared_project, wait_screen  # noqa: E402
from test_workshop_phones import Phone, answered, phones_on_loopback, rating_screen, statements  # noqa: E402
from words import Words  # noqa: E402

PHONES = 200
LOADS = 3
PERIOD_MS = 1000 / 60
LATE_MS = PERIOD_MS + 5
QUIET_FRAMES = 180  # three seconds at 60 Hz


def ticks(log):
    """The logged ticks' times in seconds of CLOCK_MONOTONIC (time.monotonic()'s clock)."""
    with open(log) as f:
        return [int(line.split()[1]) / 1e6 for line in f if len(line.split()) == 2]


def report(what, log, began, ended):
    """One line about the frames between two moments, counting the gap into the first of them."""
    times = ticks(log)
    inside = [t for t in times if began <= t <= ended]
    before = [t for t in times if t < began][-1:]
    gaps = [(b - a) * 1000 for a, b in zip(before + inside, inside)]
    if not gaps:
        return print(f"workshop window: {what}: no frames logged")
    seconds = ended - began
    print(f"workshop window: {what}: {len(inside)} frames in {seconds:.2f} s ({len(inside) / seconds:.1f} per second), "
          f"late (gap > {LATE_MS:.1f} ms): {sum(g > LATE_MS for g in gaps)}, longest gap {max(gaps):.1f} ms, "
          f"median gap {sorted(gaps)[len(gaps) // 2]:.1f} ms", flush=True)


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


async def one_phone(port, base, ids, k, problems):
    """A phone: joins, then loads its page and answers one statement, three times."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        status, headers = await request(port, reader, writer, "POST", base + "join", b"as=anonymous",
                                        "application/x-www-form-urlencoded")
        if status != 303:
            return problems.append(f"join: {status}")
        page = headers["location"]
        for n in range(LOADS):
            status, _ = await request(port, reader, writer, "GET", page)
            if status != 200:
                problems.append(f"page: {status}")
            answer = f'{{"statement": "{ids[n]}", "experience": {(k + n) % 5 + 1}, "importance": {(k + 2 * n) % 5 + 1}}}'
            status, _ = await request(port, reader, writer, "POST", page + "answer", answer.encode(), "application/json")
            if status != 200:
                problems.append(f"answer: {status}")
    finally:
        writer.close()


async def all_phones(url, ids, problems):
    phone = Phone(url)
    await asyncio.gather(*(one_phone(phone.port, phone.base, ids, k, problems) for k in range(PHONES)))


def main():
    binary = os.path.abspath(sys.argv[1])
    ensure_a11y_bus()
    home = tempfile.mkdtemp(prefix="samskap-frames-bench-")
    log = os.path.join(home, "frames.log")
    w = Words("en")
    app = App(binary, home, language="en", extra_env={"SAMSKAP_FRAME_LOG": log, "SAMSKAP_PHONES_RATE": "1000000"})
    try:
        app.start(prepared_project(App(binary, home, language="en"), home))
        workshop = rating_screen(app, w)
        url = phones_on_loopback(app, workshop, w)
        began = time.monotonic()
        wait_for(lambda: sum(t > began for t in ticks(log)) >= QUIET_FRAMES, "three seconds of frames", timeout=60)
        report("quiet, the phones' screen shown", log, began, time.monotonic())

        problems = []
        began = time.monotonic()
        asyncio.run(asyncio.wait_for(all_phones(url, statements(), problems), timeout=300))
        ended = time.monotonic()
        report(f"{PHONES} phones join and load their page {LOADS} times, answering after each", log, began, ended)
        if problems:
            print(f"workshop window: {len(problems)} requests refused, e.g. {problems[:3]}")
        wait_screen(workshop, w, answered(w, PHONES), "the workshop screen counting every phone")
        print(f"workshop window: the screen counts {PHONES} phones; answers from the phones were "
              f"{LOADS * PHONES - sum(p.startswith('answer') for p in problems)} of {LOADS * PHONES}", flush=True)
        key("Escape")
    finally:
        app.stop()
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
