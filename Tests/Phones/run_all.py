#!/usr/bin/python3
"""Tests of the phones' answer server, over real HTTP on the loopback.
Usage: run_all.py PATH/TO/samskap [NAME-PART [--skip NAME-PREFIX]]

Prints one line per test and `N passed, N failed`; exits non-zero when a test failed."""
import os
import sys
import tempfile
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import test_browser  # noqa: E402
import test_crash  # noqa: E402
import test_load  # noqa: E402
import test_refusals  # noqa: E402

TESTS = [
    ("browser: the QR image, answer, change, wait, results after reveal; the plain form alone; nb/en, light/dark",
     test_browser.test_phone_flow),
    ("load: 60 phones answer 28 statements at once, every acknowledged answer saved", test_load.test_sixty_phones),
    ("load: 200 phones connected, the 201st refused, the main loop still ticks", test_load.test_two_hundred_phones),
    ("crash: SIGKILL during the load, restart, resume; every acknowledged answer in the file", test_crash.test_kill_and_resume),
    ("refusals: 50+ kinds of bad request, each a 4xx, the file unchanged", test_refusals.test_refusals),
]


def main():
    binary = os.path.abspath(sys.argv[1])
    part = sys.argv[2] if len(sys.argv) > 2 else ""
    skip = sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == "--skip" else None
    passed = failed = 0
    for name, test in TESTS:
        if part not in name or (skip and name.startswith(skip)):
            continue
        started = time.monotonic()
        with tempfile.TemporaryDirectory(prefix="samskap-phones-") as folder:
            try:
                note = test(binary, folder)
                passed += 1
                print(f"PASS {name} ({time.monotonic() - started:.1f} s){': ' + note if note else ''}", flush=True)
            except Exception:
                failed += 1
                print(f"FAIL {name}\n{traceback.format_exc()}", flush=True)
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed or not passed else 0)


if __name__ == "__main__":
    main()
