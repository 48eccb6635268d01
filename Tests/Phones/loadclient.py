"""Many phones at once from one thread: asyncio streams over keep-alive connections, so that the client's own
overhead (60 Python threads fighting over the interpreter lock) does not pass for the server's latency."""
import asyncio
import json
import time


async def _read_response(reader):
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    length = 0
    for line in lines[1:]:
        if line.lower().startswith("content-length:"):
            length = int(line.split(":", 1)[1])
    body = await reader.readexactly(length) if length else b""
    return status, body


async def _phone(port, k, path, ids, start, latencies, acknowledged, errors, tolerate_errors):
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
    except OSError as error:
        errors.append(f"phone {k}: {error}")
        return
    try:
        await start.wait()
        for j, statement in enumerate(ids):
            value = (k + j) % 5 + 1
            body = json.dumps({"statement": statement, "experience": value, "importance": 6 - value}).encode()
            request = (f"POST {path}answer HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n"
                       f"Content-Length: {len(body)}\r\n\r\n").encode() + body
            began = time.perf_counter()
            try:
                writer.write(request)
                await writer.drain()
                status, _ = await _read_response(reader)
            except (OSError, asyncio.IncompleteReadError) as error:
                if not tolerate_errors:
                    errors.append(f"phone {k}: {error!r}")
                return
            latencies.append(time.perf_counter() - began)
            if status == 200:
                acknowledged.append((path, statement, value, 6 - value))
            else:
                errors.append(f"phone {k}: status {status}")
    finally:
        writer.close()


async def _all(port, participants, ids, latencies, acknowledged, errors, tolerate_errors, on_started):
    start = asyncio.Event()
    tasks = [asyncio.create_task(_phone(port, k, p, ids, start, latencies, acknowledged, errors, tolerate_errors))
             for k, p in enumerate(participants)]
    await asyncio.sleep(0)  # every phone connects first (each waits at the start line)
    start.set()
    if on_started:
        await on_started(acknowledged)
    await asyncio.wait_for(asyncio.gather(*tasks), timeout=120)


def answer_all(port, participants, ids, tolerate_errors=False, on_started=None):
    """Every phone posts its answers one by one on its own connection, all starting together. Returns
    (latencies in seconds, acknowledged (path, statement, experience, importance), errors, elapsed seconds)."""
    latencies, acknowledged, errors = [], [], []
    began = time.perf_counter()
    asyncio.run(_all(port, participants, ids, latencies, acknowledged, errors, tolerate_errors, on_started))
    return latencies, acknowledged, errors, time.perf_counter() - began
