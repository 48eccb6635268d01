#!/usr/bin/python3
"""`make bench`: the phones' answer server on the loopback, as shipped (release build).
Usage: bench.py PATH/TO/samskap

Prints: answers per second sustained (60 phones × 28 statements, three rounds of it), p95 and p99 from POST to
acknowledged, peak memory with 200 phones joined and asking for their pages, and the time from an answer to the
updated count on the coordinator's side. (The frames of the real workshop window under 200 phones:
Tests/UI/bench_workshop_frames.py.)"""
import http.client
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import loadclient  # noqa: E402
import phones  # noqa: E402


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def peak_memory_kb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def main():
    binary = os.path.abspath(sys.argv[1])
    with tempfile.TemporaryDirectory(prefix="samskap-phones-bench-") as folder:
        project = phones.make_project(binary, folder)
        ids = phones.statements(binary)[:28]
        s = phones.Server(binary, project, extra=["--rate", "1000000"])
        try:
            all_latencies, total, elapsed_total = [], 0, 0.0
            participants = [s.join() for _ in range(60)]
            for _ in range(3):
                latencies, acknowledged, errors, elapsed = loadclient.answer_all(s.port, participants, ids)
                assert not errors, errors[:3]
                all_latencies += latencies
                total += len(acknowledged)
                elapsed_total += elapsed
            print(f"phones: {total / elapsed_total:.0f} answers/s sustained (60 phones x 28 statements, 3 times)")
            print(f"phones: POST to acknowledged p95 {percentile(all_latencies, 95) * 1000:.1f} ms, "
                  f"p99 {percentile(all_latencies, 99) * 1000:.1f} ms")

            # From an answer to the count the big screen shows: a new phone's first answer moves it.
            delays = []
            for _ in range(20):
                count = int(s.command("count", r"^Answered: \d+ Joined:").split()[1])
                p = s.join()
                began = time.perf_counter()
                assert s.answer(p, ids[0], 3, 3)[0] == 200
                s.wait_for(rf"^Answered: {count + 1}$", 10)
                delays.append(time.perf_counter() - began)
            print(f"phones: answer to updated count median {percentile(delays, 50) * 1000:.1f} ms, max {max(delays) * 1000:.1f} ms")

            more = [s.join() for _ in range(200 - len(participants) - len(delays))]
            connections = []
            for path in participants + more:
                conn = http.client.HTTPConnection("127.0.0.1", s.port, timeout=30)
                conn.request("GET", path, headers={"Host": f"127.0.0.1:{s.port}"})
                conn.getresponse().read()
                connections.append(conn)
            print(f"phones: peak memory with 200 phones connected {peak_memory_kb(s.proc.pid) / 1024:.1f} MB")
            for conn in connections:
                conn.close()
            s.stop()
        finally:
            if s.proc.poll() is None:
                s.kill()


if __name__ == "__main__":
    main()
