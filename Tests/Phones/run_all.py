#!/usr/bin/python3
"""Tests of the phones' answer server, over real HTTP on the loopback. Usage: run_all.py PATH/TO/samskap [NAME-PART]

Prints one line per test and `N passed, N failed`; exits non-zero when a test failed."""
import os
import sys
import tempfile
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import test_refusals  # noqa: E402

TESTS = [
    ("refusals: 50+ kinds of bad request, each a 4xx, the file unchanged", test_refusals.test_refusals),
]


def main():
    binary = os.path.abspath(sys.argv[1])
    part = sys.argv[2] if len(sys.argv) > 2 else ""
    passed = failed = 0
    for name, test in TESTS:
        if part not in name:
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
