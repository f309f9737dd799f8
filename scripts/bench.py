#!/usr/bin/env python3
"""Full builds of the same generated site by briefing, Hugo and Zola, side by side.

For each size it generates the corpus with ../shared/bench/gen-corpus.py in the three formats
(kept in --work and reused while the generator's output would be the same), then builds each
with every tool that is installed, in the same run:

  clean    the output folder (and briefing's kept previous output) removed before each run:
           a first build
  rebuild  the previous run's output left in place: building again, which is what writers do
           all day (Zola deletes its output and writes it again; Hugo writes over it; briefing
           rewrites only the files whose bytes changed)

Each mode has one untimed warm-up run, then --runs timed ones; the disk is synced before each.
Wall time and peak resident memory come from GNU time (`/usr/bin/time -f '%e %M'`). Medians
are reported, with briefs per second and the ratios to briefing, and the table is written into
BENCHMARKS.md between the `bench.sh` markers unless --no-write is given.

Peers: Hugo is `hugo` on PATH (`apt-get install -y hugo`); Zola is $ZOLA, else
../shared/peers/zola, else `zola` on PATH. A missing peer is reported and skipped. Peers are run
up to --peers-up-to briefs (default 10,000: at 100,000 each Zola or Hugo run takes minutes and
several GB).

Usage: scripts/bench.sh [--sizes 1000,10000,100000] [--runs 5] [--no-write] [--work DIR]
"""

import argparse
import datetime
import hashlib
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The shared folder sits beside the checkout; CI may check out elsewhere on the same machine.
SHARED = next(
    (p for p in [os.path.join(REPO, "..", "shared"), "/work/shared"] if os.path.isdir(os.path.join(p, "bench"))),
    os.path.join(REPO, "..", "shared"),
)
GEN = os.path.join(SHARED, "bench", "gen-corpus.py")
BEGIN, END = "<!-- bench.sh: begin -->", "<!-- bench.sh: end -->"


def tool_commands(binary):
    """Each tool's name, build command and the folder it writes, when it is installed."""
    tools = [("briefing", [binary, "build", "--quiet"], ["public", ".public.prev"])]
    if shutil.which("hugo"):
        tools.append(("Hugo", ["hugo", "--quiet"], ["public"]))
    else:
        print("Hugo not found: skipped (apt-get install -y hugo)", file=sys.stderr)
    zola = os.environ.get("ZOLA") or next(
        (p for p in [os.path.join(SHARED, "peers", "zola"), shutil.which("zola")] if p and os.access(p, os.X_OK)),
        None,
    )
    if zola:
        tools.append(("Zola", [zola, "build"], ["public"]))
    else:
        print("Zola not found: skipped (set ZOLA to its binary)", file=sys.stderr)
    return tools


def version(command):
    try:
        out = subprocess.run(command, capture_output=True, text=True, timeout=30).stdout.strip()
        return out.splitlines()[0] if out else "?"
    except OSError:
        return "?"


def corpus(work, size, fmt):
    """The generated site of `size` briefs in `fmt`, generated once per generator version."""
    out = os.path.join(work, f"{fmt}-{size}")
    stamp = os.path.join(out, ".bench-stamp")
    with open(GEN, "rb") as f:
        want = f"{size} {hashlib.sha256(f.read()).hexdigest()}"
    try:
        with open(stamp) as f:
            if f.read() == want:
                return out
    except OSError:
        pass
    shutil.rmtree(out, ignore_errors=True)
    subprocess.run(
        [sys.executable, GEN, "--briefs", str(size), "--out", out, "--format", fmt],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    with open(stamp, "w") as f:
        f.write(want)
    return out


def timed(command, cwd):
    """Runs one build; its wall time in seconds and peak resident memory in bytes."""
    subprocess.run(["sync"], check=False)
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        done = subprocess.run(
            ["/usr/bin/time", "-f", "%e %M", "-o", report.name, *command],
            cwd=cwd,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed in {cwd}:\n{done.stderr[-2000:]}")
        wall, kib = report.read().split()[-2:]
    if not os.path.isfile(os.path.join(cwd, "public", "index.html")):
        raise RuntimeError(f"{command[0]} wrote no public/index.html in {cwd}")
    return float(wall), int(kib) * 1024


def measure(command, site, outputs, mode, runs):
    def clear():
        for name in outputs:
            shutil.rmtree(os.path.join(site, name), ignore_errors=True)

    clear()
    timed(command, site)  # warm-up: caches, and the output a rebuild starts from
    samples = []
    for _ in range(runs):
        if mode == "clean":
            clear()
        samples.append(timed(command, site))
    return samples


def output_files(site):
    return sum(len(files) for _, _, files in os.walk(os.path.join(site, "public")))


def machine():
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), "?")
        with open("/proc/meminfo") as f:
            mem = int(re.search(r"MemTotal:\s+(\d+)", f.read()).group(1)) / 1024 / 1024
    except (OSError, AttributeError):
        mem = 0
    return f"{os.cpu_count()} cores ({cpu}), {mem:.0f} GiB, Linux {platform.release()}"


def fmt_mem(b):
    return f"{b / 2**20:,.0f} MiB" if b < 2**30 else f"{b / 2**30:.2f} GiB"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="comma-separated brief counts")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per tool and mode (3 at 100,000+)")
    parser.add_argument("--modes", default="clean,rebuild")
    parser.add_argument("--peers-up-to", type=int, default=10000, help="largest size Hugo and Zola are run on")
    parser.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "briefing-bench"))
    parser.add_argument("--binary", default=os.path.join(REPO, "target", "release", "briefing"))
    parser.add_argument("--no-write", action="store_true", help="print the table, leave BENCHMARKS.md alone")
    args = parser.parse_args()
    if not os.access("/usr/bin/time", os.X_OK):
        sys.exit("GNU time is needed for peak memory: apt-get install -y time")
    os.makedirs(args.work, exist_ok=True)
    sizes = [int(s) for s in args.sizes.split(",")]
    modes = args.modes.split(",")
    tools = tool_commands(args.binary)
    formats = {"briefing": "briefing", "Hugo": "hugo", "Zola": "zola"}

    results = {}  # (size, tool, mode) -> (median wall, min, max, median peak, files)
    for size in sizes:
        runs = args.runs if size < 100000 else min(args.runs, 3)
        for name, command, outputs in tools:
            if name != "briefing" and size > args.peers_up_to:
                continue
            site = corpus(args.work, size, formats[name])
            for mode in modes:
                samples = measure(command, site, outputs, mode, runs)
                walls = [w for w, _ in samples]
                peak = statistics.median(m for _, m in samples)
                row = (statistics.median(walls), min(walls), max(walls), peak, output_files(site))
                results[(size, name, mode)] = row
                print(f"{size:>7} {name:<8} {mode:<7} {row[0]:7.2f} s  ({row[1]:.2f}-{row[2]:.2f})  {fmt_mem(peak)}",
                      flush=True)

    commit = version(["git", "-C", REPO, "rev-parse", "--short", "HEAD"])
    versions = [f"{version([args.binary, '--version'])} ({commit})"]
    versions += [version([c[0], "version" if n == "Hugo" else "--version"]) for n, c, _ in tools if n != "briefing"]
    lines = [
        f"Run {datetime.date.today().isoformat()} by `scripts/bench.sh --sizes {args.sizes} --runs {args.runs}`"
        f" on {machine()}; corpora from `gen-corpus.py` in `{args.work}`.",
        "",
        f"Versions: {'; '.join(versions)}.",
        "",
        "| briefs | tool | mode | wall, median (min–max) | briefs/s | peak memory | files written | time vs briefing | memory vs briefing |",
        "|---:|---|---|---|---:|---:|---:|---:|---:|",
    ]
    for (size, name, mode), (wall, lo, hi, peak, files) in results.items():
        ours = results.get((size, "briefing", mode))
        ratio = f"{wall / ours[0]:.1f}×" if ours and name != "briefing" else ""
        mem_ratio = f"{peak / ours[3]:.1f}×" if ours and name != "briefing" else ""
        lines.append(
            f"| {size:,} | {name} | {mode} | {wall:.2f} s ({lo:.2f}–{hi:.2f}) | {size / wall:,.0f} | {fmt_mem(peak)} "
            f"| {files:,} | {ratio} | {mem_ratio} |"
        )

    goals = []
    for mode in modes:
        ours = results.get((10000, "briefing", mode))
        for peer in ("Hugo", "Zola"):
            theirs = results.get((10000, peer, mode))
            if ours and theirs:
                share = ours[0] / theirs[0]
                goals.append(f"10,000 briefs, {mode}: briefing takes {share:.2f} of {peer}'s time (goal ≤ 0.20): "
                             + ("met" if share <= 0.2 else f"**missed** by {(share - 0.2) / 0.2:.0%}"))
        hugo = results.get((10000, "Hugo", mode))
        if ours and hugo:
            share = ours[3] / hugo[3]
            goals.append(f"10,000 briefs, {mode}: briefing's peak memory is {share:.2f} of Hugo's (goal ≤ 0.30): "
                         + ("met" if share <= 0.3 else "**missed**"))
        big = results.get((100000, "briefing", mode))
        if ours and big:
            growth = big[0] / ours[0]
            goals.append(f"100,000 briefs, {mode}: {growth:.1f}× the 10,000-brief time (goal ≤ 11×): "
                         + ("met" if growth <= 11 else "**missed**")
                         + f"; peak memory {fmt_mem(big[3])} (goal < 2 GiB): "
                         + ("met" if big[3] < 2 * 2**30 else "**missed**"))
    if goals:
        lines += ["", *[f"- {g}" for g in goals]]
    table = "\n".join(lines)
    print("\n" + table)

    if not args.no_write:
        path = os.path.join(REPO, "BENCHMARKS.md")
        with open(path) as f:
            text = f.read()
        block = f"{BEGIN}\n{table}\n{END}"
        if BEGIN in text and END in text:
            text = text[: text.index(BEGIN)] + block + text[text.index(END) + len(END):]
        else:
            text = text.rstrip() + "\n\n## Full builds beside Hugo and Zola (`scripts/bench.sh`)\n\n" + block + "\n"
        with open(path, "w") as f:
            f.write(text)
        print(f"\nwritten into {path}")


if __name__ == "__main__":
    main()
