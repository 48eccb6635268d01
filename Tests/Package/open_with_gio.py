#!/usr/bin/python3
"""Opens a project file the way a file manager does (`gio open`) and finds its window over AT-SPI.

Usage: open_with_gio.py FILE.samskap "WINDOW TITLE" EXPECTED-BINARY
Run under Xvfb and dbus-run-session (Tests/Package/test_deb.sh does). Passes when an application on the
accessibility bus shows a window with the title and its process runs EXPECTED-BINARY; then stops it.
"""
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "UI"))

import display  # noqa: E402  (before pyatspi, which opens the display on import)
display.wait()

from harness import App, TestFailure, ensure_a11y_bus, wait_for  # noqa: E402
import pyatspi  # noqa: E402

TIMEOUT = 30.0


def windows_named(title):
    """(application, pid) of every application on the bus with a top-level window of that title."""
    found = []
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is None:
            continue
        try:
            names = [app.getChildAtIndex(j).name for j in range(app.childCount)]
            if title in names:
                found.append((app, app.get_process_id()))
        except Exception:
            continue
    return found


def main():
    path, title, binary = sys.argv[1:4]
    ensure_a11y_bus()
    home = tempfile.mkdtemp(prefix="samskap-deb-")
    # The environment the window tests give the app (private XDG folders, cairo, AT-SPI), passed on by gio.
    env = App(binary, home).env()
    pid = None
    try:
        # Output to a file, not a pipe: the app inherits it and keeps it open after gio has returned.
        log_path = os.path.join(home, "gio-open.log")
        with open(log_path, "w") as log:
            opened = subprocess.run(["gio", "open", path], env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=log, timeout=30)
        if opened.returncode != 0:
            with open(log_path) as log:
                raise TestFailure("gio open %s failed: %s" % (path, log.read().strip()))
        app, pid = wait_for(lambda: (windows_named(title) or [None])[0],
                            "a window titled %r after gio open" % title, TIMEOUT)
        exe = os.path.realpath("/proc/%d/exe" % pid)
        if exe != os.path.realpath(binary):
            raise TestFailure("the window belongs to %s, not %s" % (exe, binary))
        print("PASS gio open %s: window %r of %s (pid %d, %s)" % (os.path.basename(path), title, app.name, pid, exe))
        return 0
    except TestFailure as error:
        print("FAIL %s" % error)
        return 1
    finally:
        # Whatever gio started for this test (found by its private config folder), window found or not.
        for started in ours(binary, env["XDG_CONFIG_HOME"]):
            os.kill(started, 15)
            wait_for(lambda: not os.path.exists("/proc/%d" % started) or _zombie(started), "samskap (pid %d) to quit" % started, 10)
        subprocess.run(["rm", "-rf", home])


def ours(binary, config_home):
    """Pids of processes running `binary` with XDG_CONFIG_HOME=config_home."""
    found = []
    marker = ("XDG_CONFIG_HOME=" + config_home).encode()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            if os.path.realpath("/proc/%s/exe" % entry) != os.path.realpath(binary) or _zombie(int(entry)):
                continue
            with open("/proc/%s/environ" % entry, "rb") as f:
                if marker in f.read().split(b"\0"):
                    found.append(int(entry))
        except OSError:
            continue
    return found


def _zombie(pid):
    try:
        with open("/proc/%d/stat" % pid) as f:
            return f.read().split(") ")[1].startswith("Z")
    except OSError:
        return True


if __name__ == "__main__":
    sys.exit(main())
