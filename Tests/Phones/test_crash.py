"""SIGKILL in the middle of 60 phones answering; a restart resumes the session with the same code and token; every
answer a phone was told was saved is in the file; the phones carry on."""
import asyncio
import os
import signal

import loadclient
import phones


def test_kill_and_resume(binary, folder):
    project = phones.make_project(binary, folder)
    ids = phones.statements(binary)[:28]
    s = phones.Server(binary, project, extra=["--rate", "1000000"])
    try:
        participants = [s.join() for _ in range(60)]

        async def kill_midway(acknowledged):
            while len(acknowledged) < 400:
                await asyncio.sleep(0.001)
            os.kill(s.proc.pid, signal.SIGKILL)

        _, acknowledged, errors, _ = loadclient.answer_all(s.port, participants, ids, tolerate_errors=True,
                                                           on_started=kill_midway)
        s.proc.wait(timeout=15)
        assert s.proc.returncode == -signal.SIGKILL, s.proc.returncode
        assert not errors, errors[:3]
        assert 400 <= len(acknowledged) < 60 * 28, len(acknowledged)
    finally:
        if s.proc.poll() is None:
            s.kill()
    saved = phones.phone_answers(project)
    missing = [a for a in acknowledged if saved.get((a[0], a[1])) != (a[2], a[3])]
    assert not missing, f"{len(missing)} of {len(acknowledged)} acknowledged answers missing, e.g. {missing[:3]}"

    # The coordinator starts again: the same session, the same code, the phones carry on.
    r = phones.Server(binary, project, round_id=None, expect="Resumed.")
    try:
        assert (r.url, r.code, r.port) == (s.url, s.code, s.port), (r.url, r.code, s.url, s.code)
        status, _, _ = r.answer(participants[0], ids[-1], 1, 1)
        assert status == 200, status
        assert r.request("GET", participants[59])[0] == 200
        assert phones.phone_answers(project)[(participants[0], ids[-1])] == (1, 1)
        r.stop()
    finally:
        if r.proc.poll() is None:
            r.kill()
    return f"killed after {len(acknowledged)} acknowledged answers; all in the file; resumed with the same code and token"
