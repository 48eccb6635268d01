"""Runs `samskap phones` for a test and talks to it as phones do, over raw HTTP (so that a test can send the
headers a browser never would). Every wait is for a condition, bounded by a timeout."""
import hashlib
import http.client
import json
import os
import queue
import re
import sqlite3
import subprocess
import threading
import time

ROUND_OPEN = "18F5F4EE-8C07-446D-85B2-2CFEAE264AD2"  # the demo's open round ("Siste år")
ROUND_CLOSED = "EB4F89C2-917D-4309-AA41-2B15B2016302"


def make_project(binary, folder, name="project.samskap"):
    path = os.path.join(folder, name)
    subprocess.run([binary, "demo", "-o", path], check=True, capture_output=True, timeout=60)
    return path


def statements(binary):
    """The model's statement ids, in the page's order, read from the data folder beside the binary's sources."""
    top = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    with open(os.path.join(top, "data", "model", "nb.json"), encoding="utf-8") as f:
        model = json.load(f)
    return [s["id"] for d in model["fields"] + model["values"] for s in d["statements"]]


def content_digest(path):
    """A digest of every row of every table, read beside the running server (SQLite readers do not block it)."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return hashlib.sha256("\n".join(db.iterdump()).encode()).hexdigest()
    finally:
        db.close()


def export_digest(binary, path):
    """A digest of the project as `export-json` writes it (only while no server holds the file)."""
    out = subprocess.run([binary, "export-json", path, "-o", "-"], check=True, capture_output=True, timeout=60).stdout
    return hashlib.sha256(out).hexdigest()


def answer_rows(path):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {(r[0], r[1]): (r[2], r[3]) for r in db.execute(
            "SELECT hex(respondent_id), statement_id, experience, importance FROM answer")}
    finally:
        db.close()


def phone_answers(path):
    """{(phone path part "/s/TOKEN/p/SECRET/", statement): (experience, importance)} of the phones' answers."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        token = db.execute("SELECT token FROM phone_session").fetchone()
        rows = db.execute("SELECT p.secret, a.statement_id, a.experience, a.importance FROM answer a "
                          "JOIN phone_participant p ON p.respondent_id = a.respondent_id").fetchall()
        return {(f"/s/{token[0]}/p/{secret}/", statement): (e, i) for secret, statement, e, i in rows} if token else {}
    finally:
        db.close()


class Server:
    def __init__(self, binary, project, round_id=ROUND_OPEN, bind="127.0.0.1", extra=(), env=None, expect="Ready."):
        args = [binary, "phones", project, "--bind", bind] + (["--round", round_id] if round_id else []) + list(extra)
        environment = dict(os.environ, LANGUAGE="en")
        environment.update(env or {})
        self.proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     text=True, env=environment)
        self.lines = queue.Queue()
        self.seen = []
        threading.Thread(target=self._pump, daemon=True).start()
        self.wait_for(r"^(Ready|Resumed)\.$", 30)
        assert expect in self.seen, f"expected {expect}, got {self.seen}"
        text = "\n".join(self.seen)
        self.url = re.search(r"^URL: (.*)$", text, re.M).group(1)
        self.code = re.search(r"^Code: (.*)$", text, re.M).group(1)
        self.port = int(re.search(r"^Port: (.*)$", text, re.M).group(1))
        self.host = bind
        self.token = self.url.rstrip("/").split("/")[-1]

    def _pump(self):
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def wait_for(self, pattern, timeout=15):
        """Waits for a line of output matching the pattern; returns it."""
        deadline = time.monotonic() + timeout
        for line in self.seen:
            if re.search(pattern, line):
                return line
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                break
            if line is None:
                raise AssertionError(f"samskap phones ended: {self.seen} {self.proc.stderr.read()}")
            self.seen.append(line)
            if re.search(pattern, line):
                return line
        raise AssertionError(f"no line matching {pattern!r} within {timeout}s; got {self.seen}")

    def command(self, text, answer):
        self.seen = [l for l in self.seen if not re.search(answer, l)]
        self.proc.stdin.write(text + "\n")
        self.proc.stdin.flush()
        return self.wait_for(answer)

    def stop(self):
        if self.proc.poll() is None:
            self.command("stop", r"^Stopped\.$")
            self.proc.wait(timeout=15)

    def kill(self):
        self.proc.kill()
        self.proc.wait(timeout=15)

    # HTTP, as a phone on the same network would send it.
    def request(self, method, path, body=None, headers=None, source=None, host=None, content_type=None, timeout=10):
        conn = http.client.HTTPConnection(self.host, self.port, timeout=timeout,
                                          source_address=(source, 0) if source else None)
        try:
            sent = {"Host": host if host is not None else f"{self.host}:{self.port}"}
            if body is not None:
                sent["Content-Type"] = content_type or "application/x-www-form-urlencoded"
            sent.update(headers or {})
            data = body.encode() if isinstance(body, str) else body
            conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
            for k, v in sent.items():
                if v is not None:
                    conn.putheader(k, v)
            if data is not None:
                conn.putheader("Content-Length", str(len(data)))
            conn.endheaders(data)
            response = conn.getresponse()
            return response.status, dict(response.getheaders()), response.read().decode("utf-8", "replace")
        finally:
            conn.close()

    def join(self, choice="anonymous"):
        status, headers, _ = self.request("POST", f"/s/{self.token}/join", f"as={choice}")
        assert status == 303, status
        return headers["Location"]

    def answer(self, participant, statement, experience=None, importance=None):
        item = {"statement": statement}
        if experience is not None:
            item["experience"] = experience
        if importance is not None:
            item["importance"] = importance
        return self.request("POST", participant + "answer", json.dumps(item), content_type="application/json")
