"""Bad requests of more than fifty kinds: each gets a 4xx with a short plain message, and the project file's
content stays exactly as it was."""
import json
import socket

import phones


def _check(name, response, before, server, project, failures):
    status, headers, body = response
    after = phones.content_digest(project)
    if not 400 <= status < 500:
        failures.append(f"{name}: status {status}")
    elif after != before:
        failures.append(f"{name}: the project file changed")
    elif name not in REFUSED_BY_LIBSOUP:
        if not headers.get("Content-Type", "").startswith("text/plain") or not 0 < len(body) < 200:
            failures.append(f"{name}: not a short plain message: {headers.get('Content-Type')} {body[:80]!r}")


# Refused by libsoup itself before our handler runs (HTTP/1.1 requires Host): a bare 400.
REFUSED_BY_LIBSOUP = {"no Host"}


def _kinds(s, p, other):
    """(name, thunk) for every refusal of a running session; `p` is a joined phone's path, `other` a statement."""
    t = s.token
    answer = p + "answer"
    good = json.dumps({"statement": other, "experience": 3, "importance": 4})
    js = "application/json"
    big = "e." + other + "=3&" + "x" * (17 * 1024)
    wrong_secret = p[:-2] + ("0/" if p[-2] != "0" else "1/")
    return [
        ("wrong token", lambda: s.request("GET", f"/s/{'0' * 32}/")),
        ("missing token", lambda: s.request("GET", "/s//")),
        ("short token", lambda: s.request("GET", f"/s/{t[:8]}/")),
        ("token in upper case", lambda: s.request("GET", f"/s/{t.upper()}/")),
        ("answer under a wrong token", lambda: s.request("POST", answer.replace(t, "f" * 32), good, content_type=js)),
        ("unknown participant", lambda: s.request("POST", wrong_secret + "answer", good, content_type=js)),
        ("wrong Host", lambda: s.request("POST", answer, good, content_type=js, host="evil.example")),
        ("Host with another port", lambda: s.request("POST", answer, good, content_type=js, host=f"127.0.0.1:{s.port + 1}")),
        ("no Host", lambda: s.request("POST", answer, good, content_type=js, host=None, headers={"Host": None})),
        ("Host by name (DNS rebinding)", lambda: s.request("POST", answer, good, content_type=js, host=f"localhost:{s.port}")),
        ("foreign Origin", lambda: s.request("POST", answer, good, content_type=js, headers={"Origin": "http://evil.example"})),
        ("Origin null", lambda: s.request("POST", answer, good, content_type=js, headers={"Origin": "null"})),
        ("Origin https", lambda: s.request("POST", answer, good, content_type=js, headers={"Origin": f"https://127.0.0.1:{s.port}"})),
        ("cross-site fetch", lambda: s.request("POST", answer, good, content_type=js, headers={"Sec-Fetch-Site": "cross-site"})),
        ("join from a foreign Origin", lambda: s.request("POST", f"/s/{t}/join", "as=anonymous", headers={"Origin": "http://evil.example"})),
        ("code from a foreign Origin", lambda: s.request("POST", "/code", f"code={s.code}", headers={"Origin": "http://evil.example"})),
        ("GET for an answer", lambda: s.request("GET", answer + "?e." + other + "=3")),
        ("PUT for an answer", lambda: s.request("PUT", answer, good, content_type=js)),
        ("DELETE an answer", lambda: s.request("DELETE", answer)),
        ("GET join", lambda: s.request("GET", f"/s/{t}/join?as=anonymous")),
        ("POST to the join page", lambda: s.request("POST", f"/s/{t}/", "as=anonymous")),
        ("POST to the code page", lambda: s.request("POST", "/", "code=x")),
        ("oversized form", lambda: s.request("POST", answer, big)),
        ("oversized JSON", lambda: s.request("POST", answer, json.dumps({"statement": other, "experience": 3, "pad": "x" * 17000}), content_type=js)),
        ("one byte over 16 KB", lambda: s.request("POST", answer, "e." + other + "=3&" + "a=" + "b" * (16 * 1024 - len(other) - 5), content_type=None)),
        ("truncated JSON", lambda: s.request("POST", answer, "{", content_type=js)),
        ("JSON array", lambda: s.request("POST", answer, "[]", content_type=js)),
        ("JSON string", lambda: s.request("POST", answer, '"x"', content_type=js)),
        ("JSON without statement", lambda: s.request("POST", answer, '{"experience": 3}', content_type=js)),
        ("statement as a number", lambda: s.request("POST", answer, '{"statement": 7, "experience": 3}', content_type=js)),
        ("form pair without =", lambda: s.request("POST", answer, "e." + other)),
        ("form with a bad escape", lambda: s.request("POST", answer, "e." + other + "=%ZZ")),
        ("form with an unknown field", lambda: s.request("POST", answer, "x." + other + "=3")),
        ("form value not a number", lambda: s.request("POST", answer, "e." + other + "=three")),
        ("empty body", lambda: s.request("POST", answer, "")),
        ("unknown statement (JSON)", lambda: s.request("POST", answer, '{"statement": "no.such", "experience": 3}', content_type=js)),
        ("unknown statement (form)", lambda: s.request("POST", answer, "e.no.such=3")),
        ("value 0", lambda: s.answer(p, other, 0)),
        ("value 6", lambda: s.answer(p, other, 6)),
        ("value \"x\"", lambda: s.request("POST", answer, json.dumps({"statement": other, "experience": "x"}), content_type=js)),
        ("value 3.5", lambda: s.request("POST", answer, '{"statement": "%s", "experience": 3.5}' % other, content_type=js)),
        ("value -1", lambda: s.answer(p, other, -1)),
        ("importance 0", lambda: s.answer(p, other, 3, 0)),
        ("importance 6 (form)", lambda: s.request("POST", answer, "e." + other + "=3&i." + other + "=6")),
        ("answer without a value", lambda: s.request("POST", answer, json.dumps({"statement": other}), content_type=js)),
        ("text/plain body", lambda: s.request("POST", answer, good, content_type="text/plain")),
        ("no Content-Type", lambda: s.request("POST", answer, good, headers={"Content-Type": None})),
        ("more answers than statements", lambda: s.request("POST", answer, json.dumps({"answers": [{"statement": other, "experience": 3}] * 60}), content_type=js)),
        ("join as an unknown respondent", lambda: s.request("POST", f"/s/{t}/join", "as=00000000-0000-0000-0000-000000000000")),
        ("join as nonsense", lambda: s.request("POST", f"/s/{t}/join", "as=somebody")),
        ("join with no choice", lambda: s.request("POST", f"/s/{t}/join", "")),
        ("wrong short code", lambda: s.request("POST", "/code", "code=AAAAAA")),
        ("empty short code form", lambda: s.request("POST", "/code", "other=1")),
        ("path out of the session", lambda: s.request("GET", f"/s/{t}/../../etc/passwd")),
        ("unknown page of a phone", lambda: s.request("GET", p + "admin")),
        ("client 127.0.0.2 reads the join page", lambda: s.request("GET", f"/s/{t}/", source="127.0.0.2")),
        ("client 127.0.0.2 answers", lambda: s.request("POST", answer, good, content_type=js, source="127.0.0.2")),
        ("two Host headers", lambda: _raw(s, f"POST {answer} HTTP/1.1\r\nHost: 127.0.0.1:{s.port}\r\nHost: evil.example\r\n"
                                           f"Content-Type: application/json\r\nContent-Length: {len(good)}\r\nConnection: close\r\n\r\n{good}")),
        ("chunked body without a length", lambda: _raw(s, f"POST {answer} HTTP/1.1\r\nHost: 127.0.0.1:{s.port}\r\nContent-Type: application/json\r\n"
                                                    f"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n{len(good):x}\r\n{good}\r\n0\r\n\r\n")),
    ]


def _raw(s, text):
    """A request written byte by byte, for what an HTTP library will not send."""
    conn = socket.create_connection(("127.0.0.1", s.port), timeout=10)
    try:
        conn.sendall(text.encode())
        reply = b""
        while chunk := conn.recv(4096):
            reply += chunk
        head, _, rest = reply.partition(b"\r\n\r\n")
        status = int(head.split()[1])
        headers = dict(line.split(": ", 1) for line in head.decode().split("\r\n")[1:])
        return status, headers, rest.decode()
    finally:
        conn.close()


def test_refusals(binary, folder):
    project = phones.make_project(binary, folder)
    ids = phones.statements(binary)
    failures = []
    s = phones.Server(binary, project)
    try:
        p = s.join()
        assert s.answer(p, ids[0], 4, 5)[0] == 200
        before = phones.content_digest(project)
        kinds = _kinds(s, p, ids[1])
        for name, thunk in kinds:
            _check(name, thunk(), before, s, project, failures)
        count = len(kinds)

        # Too many wrong short codes from one address: even the right code is refused then.
        for _ in range(phones_limit()):
            s.request("POST", "/code", "code=AAAAAA")
        _check("right code after too many wrong tries", s.request("POST", "/code", f"code={s.code}"), before, s, project, failures)
        count += 1

        # A closed round takes nothing more.
        s.command("close", r"^Closed\.$")
        closed = phones.content_digest(project)
        _check("answer to a closed round", s.answer(p, ids[2], 3, 3), closed, s, project, failures)
        _check("form answer to a closed round", s.request("POST", p + "answer", f"e.{ids[2]}=3"), closed, s, project, failures)
        count += 2
        old_port, old_p = s.port, p
        s.stop()
    finally:
        if s.proc.poll() is None:
            s.kill()

    # Nothing listens once the session has ended.
    try:
        socket.create_connection(("127.0.0.1", old_port), timeout=5).close()
        failures.append("something still listens after the session ended")
    except ConnectionRefusedError:
        pass

    # A replay of the old session's requests to a new session on the same port.
    s = phones.Server(binary, project, round_id=phones.ROUND_CLOSED, extra=["--port", str(old_port), "--rate", "3"])
    try:
        before = phones.content_digest(project)
        _check("replay after the session ended", s.answer(old_p, ids[3], 2, 2), before, s, project, failures)
        _check("a replayed join", s.request("POST", old_p.split("/p/")[0] + "/join", "as=anonymous"), before, s, project, failures)
        count += 2
        # --rate 3: the fourth request of the minute from one address.
        s.request("GET", "/")
        _check("over the rate limit", s.request("GET", "/"), before, s, project, failures)
        count += 1
        s.stop()
    finally:
        if s.proc.poll() is None:
            s.kill()
    assert count >= 50, count
    assert not failures, "\n".join(failures)
    return f"{count} kinds refused, file unchanged"


def phones_limit():
    return 5
