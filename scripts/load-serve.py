#!/usr/bin/env python3
"""`briefing serve` under load and faults, with figures.

Starts the preview on a copy of a site (the example in content/, or a generated corpus) on
127.0.0.1 and, at the same time:

  - CLIENTS reader threads load pages in a loop (one request per connection);
  - a writer saves one brief SAVES times in a few seconds (an edit storm);
  - SLOW slowloris clients send their request head one byte a second;
  - clients connect, ask for a large file and hang up after a few bytes;
  - clients send malformed request lines.

It then waits for the storm to settle and checks that the page shows the last save (no stale
page), and samples the server's resident memory before, during and after. Everything is bounded:
the storm, the readers and the faults stop after --seconds at most.

Exits non-zero when a reader's request failed, the last save never showed, a slow client held
its connection for more than 15 s, or memory grew by more than --max-growth MB.

Usage:
  scripts/load-serve.py [--example | --briefs N] [--clients 200] [--saves 400] [--seconds 60]
"""

import argparse
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEN = os.path.join(REPO, "..", "shared", "bench", "gen-corpus.py")


def rss_mb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def request(port, path, timeout=30):
    """One GET on its own connection: (status, body)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(f"GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".encode())
        chunks = []
        while True:
            data = s.recv(65536)
            if not data:
                break
            chunks.append(data)
    raw = b"".join(chunks)
    head, _, body = raw.partition(b"\r\n\r\n")
    try:
        status = int(head.split(b" ", 2)[1])
    except (IndexError, ValueError):
        status = 0
    return status, body


def start_server(binary, root):
    proc = subprocess.Popen(
        [binary, "serve", "--port", "0", "--root", root],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
    )
    port = None
    deadline = time.time() + 120
    while time.time() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        if line.startswith("Serving "):
            port = int(re.search(r":(\d+)/", line).group(1))
            break
    if port is None:
        proc.kill()
        sys.exit("the server did not start")
    threading.Thread(target=lambda: [None for _ in proc.stdout], daemon=True).start()
    return proc, port


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--example", action="store_true", help="the example site (default)")
    ap.add_argument("--briefs", type=int, help="a generated corpus of this many briefs instead")
    ap.add_argument("--clients", type=int, default=200)
    ap.add_argument("--saves", type=int, default=400)
    ap.add_argument("--storm-seconds", type=float, default=4.0, help="the saves are spread over this long")
    ap.add_argument("--slow", type=int, default=20, help="slowloris clients")
    ap.add_argument("--seconds", type=float, default=60.0, help="upper bound on the whole run")
    ap.add_argument("--max-growth", type=float, default=64.0, help="allowed memory growth in MB")
    ap.add_argument("--binary", default=os.path.join(REPO, "target", "release", "briefing"))
    args = ap.parse_args()

    if not os.path.exists(args.binary):
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=REPO, check=True)
    work = tempfile.mkdtemp(prefix="briefing-load-")
    site = os.path.join(work, "site")
    try:
        if args.briefs:
            subprocess.run([sys.executable, GEN, "--briefs", str(args.briefs), "--out", site], check=True,
                           stdout=subprocess.DEVNULL)
        else:
            os.makedirs(site)
            shutil.copytree(os.path.join(REPO, "content"), os.path.join(site, "content"))
            shutil.copy(os.path.join(REPO, "briefing.toml"), site)
        # Originals only: `war-2020.fr.md` translates `war-2020`, and is served under /fr/.
        events = sorted(n for n in os.listdir(os.path.join(site, "content", "events"))
                        if n.endswith(".md") and n.count(".") == 1)
        target = os.path.join(site, "content", "events", events[0])
        target_url = f"/events/{events[0][:-3]}/"
        original = open(target, encoding="utf-8").read()

        proc, port = start_server(args.binary, site)
        paths = ["/", target_url, "/events/", "/parties/", "/data/site.json", "/no-such-page/"]
        rss_before = rss_mb(proc.pid)
        stop = threading.Event()
        lock = threading.Lock()
        stats = {"ok": 0, "failed": 0, "errors": [], "latencies": []}

        def reader(i):
            n = i
            while not stop.is_set():
                path = paths[n % len(paths)]
                n += 1
                started = time.time()
                try:
                    status, _ = request(port, path)
                    good = status == 200 or (path == "/no-such-page/" and status == 404)
                except OSError as e:
                    status, good = repr(e), False
                with lock:
                    if good:
                        stats["ok"] += 1
                        stats["latencies"].append(time.time() - started)
                    else:
                        stats["failed"] += 1
                        stats["errors"].append(f"{path}: {status}")

        slow_held = []

        def slowloris():
            """Sends the request head a byte a second until the server answers or hangs up."""
            started = time.time()
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
                    s.settimeout(1)
                    for byte in b"GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: " + b"a" * 1000:
                        if time.time() - started > args.seconds:
                            break
                        s.sendall(bytes([byte]))
                        try:
                            s.recv(256)
                            break  # an answer (408) or the connection closed
                        except socket.timeout:
                            pass  # the byte-a-second pace
            except OSError:
                pass
            with lock:
                slow_held.append(time.time() - started)

        faults = {"hung_up": 0, "malformed": 0, "malformed_answered_400": 0}

        def faulty():
            while not stop.is_set():
                try:
                    with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
                        s.sendall(b"GET /data/site.json HTTP/1.1\r\nHost: localhost\r\n\r\n")
                        s.recv(16)
                    faults["hung_up"] += 1
                    with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
                        s.sendall(b"\x16\x03\x01\x02 BREW /pot HTCPCP/1.0 \x00\r\n\r\n")
                        faults["malformed"] += 1
                        if s.recv(64).startswith(b"HTTP/1.1 400"):
                            faults["malformed_answered_400"] += 1
                except OSError:
                    pass
                time.sleep(0.02)

        threads = [threading.Thread(target=reader, args=(i,), daemon=True) for i in range(args.clients)]
        threads += [threading.Thread(target=slowloris, daemon=True) for _ in range(args.slow)]
        threads += [threading.Thread(target=faulty, daemon=True) for _ in range(4)]
        run_started = time.time()
        for t in threads:
            t.start()

        rss_peak = rss_before
        storm_started = time.time()
        for n in range(args.saves):
            with open(target, "w", encoding="utf-8") as f:
                f.write(f"{original}\nStorm save {n}.\n")
            time.sleep(args.storm_seconds / args.saves)
            if n % 20 == 0:
                rss_peak = max(rss_peak, rss_mb(proc.pid))
        storm_end = time.time()
        last = f"Storm save {args.saves - 1}."
        fresh = None
        while time.time() - run_started < args.seconds:
            rss_peak = max(rss_peak, rss_mb(proc.pid))
            if last in request(port, target_url)[1].decode("utf-8", "replace"):
                fresh = time.time() - storm_end
                break
            time.sleep(0.05)
        time.sleep(1.0)  # readers keep going a moment after the storm settles
        stop.set()
        for t in threads:
            t.join(timeout=20)
        rss_after = rss_mb(proc.pid)
        alive = proc.poll() is None
        proc.kill()
        proc.wait()

        lat = sorted(stats["latencies"]) or [0]
        total = stats["ok"] + stats["failed"]
        print(f"site: {'corpus of %d briefs' % args.briefs if args.briefs else 'example'}; "
              f"{args.clients} readers, {args.saves} saves in {args.storm_seconds:.1f} s, "
              f"{args.slow} slowloris clients, 4 faulty clients")
        print(f"requests: {total} made, {stats['ok']} served, {stats['failed']} failed; "
              f"latency p50 {lat[len(lat) // 2] * 1000:.0f} ms, p99 {lat[int(len(lat) * 0.99)] * 1000:.0f} ms, "
              f"max {lat[-1] * 1000:.0f} ms")
        print(f"the storm took {storm_end - storm_started:.1f} s")
        print(f"last save served {fresh:.2f} s after the storm" if fresh is not None else "last save NEVER served")
        print(f"faults: {faults['hung_up']} clients hung up mid-response, {faults['malformed']} malformed requests "
              f"({faults['malformed_answered_400']} answered 400); slowloris clients held at most "
              f"{max(slow_held or [0]):.1f} s")
        print(f"memory (RSS): {rss_before:.1f} MB before, {rss_peak:.1f} MB peak, {rss_after:.1f} MB after")
        print(f"server still running at the end: {alive}")
        for e in stats["errors"][:10]:
            print("  failed:", e)
        bad = (stats["failed"] or fresh is None or not alive or max(slow_held or [0]) > 15
               or rss_after - rss_before > args.max_growth)
        sys.exit(1 if bad else 0)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
