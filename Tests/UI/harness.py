"""Real-window test harness: start samskap, find controls over AT-SPI, click, type, check.

Run with /usr/bin/python3 (Debian's python3-pyatspi) inside `dbus-run-session` under Xvfb, as
`make ui-test` does. Controls are found by role and accessible name, clicked with doAction(0),
typed into with queryEditableText().setTextContents().
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import traceback

from display import wait as wait_for_display

import gi
gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402
import pyatspi  # noqa: E402

DEFAULT_TIMEOUT = 15.0
# The locales the C library has (`make deps-test` generates nb_NO and nn_NO).
LOCALES = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.lower().split()


class TestFailure(AssertionError):
    """A check in a real-window test did not hold."""


class TestSkipped(Exception):
    """A test that cannot run yet, with the reason (e.g. a language not in po/LINGUAS)."""


def ensure_a11y_bus():
    """Makes sure the accessibility bus answers before the app starts.

    GTK 4.8 and pyatspi both ask the session bus for org.a11y.Bus; under dbus-run-session the
    service file of at-spi2-core activates /usr/libexec/at-spi-bus-launcher on the first call.
    Calling it once here (with a retry) keeps the app from starting before the bus is up, which
    would leave it without accessibility for its whole life.
    """
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        raise SystemExit("No session bus: run under dbus-run-session (see `make ui-test`).")
    answer = {"error": ""}

    def bus_answers():
        result = subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus",
                                 "/org/a11y/bus", "org.a11y.Bus.GetAddress"],
                                capture_output=True, text=True)
        answer["error"] = result.stderr.strip()
        return result.returncode == 0 and "unix:" in result.stdout

    if poll(bus_answers, timeout=5.0, interval=0.25):
        return
    launcher = "/usr/libexec/at-spi-bus-launcher"
    if os.path.exists(launcher):
        subprocess.Popen([launcher, "--launch-immediately"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if poll(bus_answers, timeout=10.0, interval=0.25):
            return
    raise SystemExit("The accessibility bus does not answer: " + answer["error"])


class App:
    """One run of the samskap binary with private XDG folders."""

    def __init__(self, binary, home, language="nb", extra_env=None):
        self.binary = os.path.abspath(binary)
        self.home = home
        self.language = language
        self.extra_env = extra_env or {}
        self.process = None
        self.log_path = os.path.join(home, "app.log")

    def env(self):
        env = dict(os.environ)
        for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
            env.pop(key, None)
        if self.language == "en":
            env["LANG"] = "C.UTF-8"
            env["LANGUAGE"] = "en"
        elif self.language in ("nb", "nn") and self.language + "_no.utf8" in LOCALES:
            # As a Norwegian desktop sets it.
            env["LANG"] = self.language + "_NO.UTF-8"
        else:  # GTK warns about a locale the C library lacks; the language is enough
            env["LANG"] = "C.UTF-8"
            env["LANGUAGE"] = self.language
        env.update({
            "XDG_CONFIG_HOME": os.path.join(self.home, "config"),
            "XDG_DATA_HOME": os.path.join(self.home, "data"),
            "XDG_CACHE_HOME": os.path.join(self.home, "cache"),
            "XDG_STATE_HOME": os.path.join(self.home, "state"),
            "GSK_RENDERER": "cairo",
            "GTK_A11Y": "atspi",
            "GSETTINGS_BACKEND": "memory",
            "NO_AT_BRIDGE": "0",
            "SAMSKAP_WINDOW_SIZE": "1600x1000",
        })
        env.update(self.extra_env)
        return env

    def run_cli(self, *args):
        """Runs a headless subcommand; returns the completed process."""
        return subprocess.run([self.binary, *args], env=self.env(), capture_output=True, text=True, timeout=60)

    def start(self, *args):
        """Starts the window process and waits until its accessible application shows up.

        Retries once when the display refused the connection (see `wait_for_display`)."""
        for attempt in range(3):
            self.log = open(self.log_path, "a")
            self.process = subprocess.Popen([self.binary, *args], env=self.env(), stdout=self.log, stderr=self.log)
            try:
                self.root = wait_for(lambda: self._find_application(), "the samskap application on the accessibility bus")
                return self
            except TestFailure:
                if attempt < 2 and "cannot open display" in self.read_log():
                    self.log.close()
                    # The display was not up yet: that start's log is the harness's business, not the app's.
                    os.replace(self.log_path, "%s.start-%d" % (self.log_path, attempt + 1))
                    wait_for_display()
                    continue
                raise

    def _find_application(self):
        if self.process.poll() is not None:
            raise TestFailure("samskap exited early with status %s; log:\n%s" % (self.process.returncode, self.read_log()))
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            try:
                if app is not None and app.get_process_id() == self.process.pid:
                    return app
            except Exception:
                continue
        return None

    def read_log(self, whole=False):
        try:
            with open(self.log_path, errors="replace") as f:
                text = f.read()
                return text if whole else text[-4000:]
        except OSError:
            return ""

    def complaints(self):
        """The GLib, GTK and other library criticals and warnings the app wrote: each is a bug of the app."""
        return [line for line in self.read_log(whole=True).splitlines() if GLIB_COMPLAINT.search(line)]

    def window(self, name=None, timeout=DEFAULT_TIMEOUT):
        """A top-level window (frame) of the app, by title when given."""
        def look():
            for i in range(self.root.childCount):
                w = self.root.getChildAtIndex(i)
                if w is None:
                    continue
                if name is None or w.name == name:
                    return w
            return None
        return wait_for(look, "window %r" % name, timeout)

    def window_names(self):
        return [self.root.getChildAtIndex(i).name for i in range(self.root.childCount)]

    def click_ending(self, node):
        """Clicks a control that ends the app (Quit): the app may be gone before it answers the click over D-Bus."""
        try:
            click(node)
        except Exception as error:
            if "Did not receive a reply" not in str(error) and "disconnected from message bus without replying" not in str(error):
                raise
            wait_for(lambda: self.process.poll() is not None, "samskap to quit after a click it did not answer")

    def wait_exit(self, timeout=DEFAULT_TIMEOUT):
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            raise TestFailure("samskap did not quit")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if getattr(self, "log", None):
            self.log.close()


# GLib's log format: "(samskap:1234): Gtk-CRITICAL **: 12:00:00.000: …", also "GLib-GObject-WARNING" and "** (…)".
GLIB_COMPLAINT = re.compile(r"\b[\w.-]+-(CRITICAL|WARNING|ERROR) \*\*|\*\* \(\S+\): (CRITICAL|WARNING|ERROR) \*\*")


def poll(predicate, timeout, interval=0.1, errors=None):
    """Calls predicate until it returns something truthy (returned) or the timeout passes (None).

    The one place the real-window tests pause: between looks at a condition, never instead of one."""
    deadline = time.time() + timeout
    while True:
        try:
            value = predicate()
            if value:
                return value
        except TestFailure:
            raise
        except Exception as error:  # the tree changes under our feet
            if errors is not None:
                errors.append(error)
        if time.time() >= deadline:
            return None
        time.sleep(interval)


def wait_for(predicate, what, timeout=DEFAULT_TIMEOUT, interval=0.1):
    """Polls until predicate returns something truthy; fails with `what` after the timeout."""
    errors = []
    value = poll(predicate, timeout, interval, errors)
    if value:
        return value
    raise TestFailure("timed out waiting for %s%s" % (what, " (%s)" % errors[-1] if errors else ""))


def settled(probe, what, timeout=DEFAULT_TIMEOUT):
    """Waits until `probe()` gives the same value on two looks in a row (a file cairo writes in pieces) and returns it."""
    last = [object()]

    def same():
        value = probe()
        stable = value == last[0]
        last[0] = value
        return stable

    wait_for(same, what, timeout, interval=0.3)
    return last[0]


# GTK 4.8 exposes toggle buttons as push buttons (with PRESSED), entries as text or entry.
ROLE_NAMES = {
    "button": (pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON),
    "toggle": (pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_PUSH_BUTTON),
    "check": pyatspi.ROLE_CHECK_BOX,
    "radio": (pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_CHECK_BOX),
    "entry": (pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY),
    "label": pyatspi.ROLE_LABEL,
    "frame": pyatspi.ROLE_FRAME,
    "dialog": pyatspi.ROLE_DIALOG,
    "list": pyatspi.ROLE_LIST,
    "list item": pyatspi.ROLE_LIST_ITEM,
    "menu item": pyatspi.ROLE_MENU_ITEM,
    "combo": pyatspi.ROLE_COMBO_BOX,
}


def _role(role):
    found = ROLE_NAMES.get(role, role)
    return found if isinstance(found, tuple) else (found,)


def _showing(node):
    try:
        # GTK 4.8 sets SHOWING on windows only; VISIBLE on widgets that are shown (stack pages not on screen are hidden).
        return node.getState().contains(pyatspi.STATE_VISIBLE)
    except Exception:
        return False


def all_nodes(root, role=None, name=None, showing=True, contains=False):
    """Every node under root with the role and name (exact, or substring when `contains`)."""
    wanted = _role(role) if role is not None else None
    found = []
    stack = [root]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        try:
            visible = node is root or _showing(node)
            if showing and not visible:
                continue  # a hidden widget hides its whole subtree
            matches_role = wanted is None or node.getRole() in wanted
            node_name = node.name or ""
            matches_name = name is None or (name in node_name if contains else node_name == name)
            if matches_role and matches_name and node is not root:
                found.append(node)
            count = node.childCount
        except Exception:
            continue
        for i in range(count - 1, -1, -1):
            try:
                stack.append(node.getChildAtIndex(i))
            except Exception:
                pass
    return found


def find(root, role=None, name=None, timeout=DEFAULT_TIMEOUT, contains=False):
    """The first showing node with role and name, waiting for it to appear."""
    return wait_for(lambda: (all_nodes(root, role, name, contains=contains) or [None])[0],
                    "%s %r" % (role or "node", name), timeout)


def absent(root, role=None, name=None, timeout=5.0):
    """Waits until no showing node has the role and name."""
    wait_for(lambda: not all_nodes(root, role, name), "no %s %r" % (role or "node", name), timeout)


def click(node):
    """Runs the node's first action (click, toggle, activate).

    GTK 4.8 gives check buttons no AT-SPI action: those get a real mouse click in the middle of
    their extents. Under Xvfb without a window manager a window sits at 0,0, so the extents GTK
    reports (relative to the window) are screen positions."""
    try:
        action = node.queryAction()
        count = action.nActions
    except NotImplementedError:
        count = 0
    if count > 0:
        action.doAction(0)
        return
    extents = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    if extents.width <= 0 or extents.height <= 0:
        raise TestFailure("%r has no action and no place on screen" % node.name)
    x = extents.x + min(10, extents.width // 2)
    pyatspi.Registry.generateMouseEvent(x, extents.y + extents.height // 2, "b1c")


def type_into(node, text):
    """Replaces the text of an editable node."""
    node.queryEditableText().setTextContents(text)


def text_of(node):
    t = node.queryText()
    return t.getText(0, t.characterCount)


def is_checked(node):
    return node.getState().contains(pyatspi.STATE_CHECKED)


def check(condition, message):
    if not condition:
        raise TestFailure(message)


class Runner:
    """Runs test functions, prints one line each and the closing `N passed, N failed`."""

    def __init__(self, binary):
        self.binary = binary
        self.passed = 0
        self.failed = 0
        self.skipped = 0
        self.keep = os.environ.get("SAMSKAP_KEEP_TEST_HOME") == "1"

    def run(self, name, test, **kwargs):
        home = tempfile.mkdtemp(prefix="samskap-ui-")
        started = time.time()
        apps = []

        def launch(*args, language="nb", extra_env=None):
            app = App(self.binary, home, language=language, extra_env=extra_env)
            apps.append(app)
            return app.start(*args)

        try:
            test(launch=launch, home=home, binary=self.binary, **kwargs)
            for app in apps:
                app.stop()
                complaints = app.complaints()
                if complaints:
                    raise TestFailure("the app logged %d GLib/GTK complaint(s), each a bug:\n    %s"
                                      % (len(complaints), "\n    ".join(complaints[:10])))
            self.passed += 1
            print("PASS %s (%.1fs)" % (name, time.time() - started), flush=True)
        except TestSkipped as reason:
            self.skipped += 1
            print("SKIP %s: %s" % (name, reason), flush=True)
        except Exception as error:
            self.failed += 1
            print("FAIL %s: %s" % (name, error), flush=True)
            if not isinstance(error, TestFailure):
                traceback.print_exc()
            for app in apps:
                log = app.read_log()
                if log:
                    print("  app log:\n" + "\n".join("    " + l for l in log.splitlines()[-30:]), flush=True)
            if os.environ.get("SAMSKAP_SCREENSHOT_ON_FAIL", "1") == "1":
                shot = os.path.join(tempfile.gettempdir(), "samskap-fail-%s.png" % name.replace(" ", "_"))
                subprocess.run(["import", "-window", "root", shot], capture_output=True)
                print("  screenshot: " + shot, flush=True)
        finally:
            for app in apps:
                app.stop()
            if not self.keep:
                shutil.rmtree(home, ignore_errors=True)

    def finish(self):
        print("%d passed, %d failed, %d skipped" % (self.passed, self.failed, self.skipped), flush=True)
        return 1 if self.failed else 0
