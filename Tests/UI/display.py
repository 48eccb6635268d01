"""Waiting for the X display; kept free of pyatspi so it can run before pyatspi opens the display."""
import os
import subprocess
import time


def wait(timeout=10.0):
    """Waits until the X server of DISPLAY accepts connections (xdpyinfo, Debian x11-utils).

    Several xvfb-run sessions starting at once can race for a display number; a client started
    before its server answers dies with "cannot open display".
    """
    if not os.environ.get("DISPLAY"):
        return
    deadline = time.time() + timeout
    while time.time() < deadline:
        if subprocess.run(["xdpyinfo"], capture_output=True).returncode == 0:
            return
        time.sleep(0.2)
    raise SystemExit("The X display %s does not answer." % os.environ["DISPLAY"])
