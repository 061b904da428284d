#!/usr/bin/env python3
"""Registration burst of bench/registrations.sh (issue 9): exactly N registration attempts at once, each a new
address, through the public API, each on its own connection; waits for every answer (unlike wrk, which stops at
the end of its duration with requests in flight) so that the database can be checked against the answers.

    bench/register_burst.py URL [N] [TIMEOUT_SECONDS]      # defaults: 2000 120

Prints the answers by status, the latencies (p50/p95/p99/max, from the moment all threads were released), and
CREATED=<number of 201 answers> for the caller.
"""
import http.client
import json
import sys
import threading
import time
import urllib.parse
import uuid

url = urllib.parse.urlsplit(sys.argv[1])
count = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
timeout = float(sys.argv[3]) if len(sys.argv) > 3 else 120.0
run = uuid.uuid4().hex[:8]
start = threading.Barrier(count + 1)
results = [None] * count


def attempt(i):
    body = json.dumps({"name": f"Burst {i}", "email": f"burst-{run}-{i}@bench.example", "places": 1,
                       "nameListed": False, "language": "sv"})
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=timeout)
    try:
        conn.connect()
        start.wait()
        began = time.monotonic()
        conn.request("POST", url.path, body, {"Content-Type": "application/json", "Accept": "application/json"})
        response = conn.getresponse()
        response.read()
        results[i] = (response.status, time.monotonic() - began)
    except Exception as ex:  # a refused or timed-out connection is an answer too: counted as an error
        results[i] = (type(ex).__name__, None)
    finally:
        conn.close()


threads = [threading.Thread(target=attempt, args=(i,), daemon=True) for i in range(count)]
for t in threads:
    t.start()
start.wait()
released = time.monotonic()
for t in threads:
    t.join()
elapsed = time.monotonic() - released
by_status = {}
for status, _ in results:
    by_status[status] = by_status.get(status, 0) + 1
latencies = sorted(s for _, s in results if s is not None)


def pct(p):
    return latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))] * 1000 if latencies else 0


print("attempts %d in %.1f s; answers by status: %s" % (count, elapsed,
      ", ".join("%s %d" % (k, v) for k, v in sorted(by_status.items(), key=lambda kv: str(kv[0])))))
print("latency p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms" % (pct(50), pct(95), pct(99),
      max(latencies) * 1000 if latencies else 0))
print("CREATED=%d" % by_status.get(201, 0))
