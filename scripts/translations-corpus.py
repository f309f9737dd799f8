#!/usr/bin/env python3
"""Translates every brief of a site into a second language, for timing builds of a site read
in two languages: each brief gets a sibling `<id>.<lang>.md` with its name or title, its
summary and its body, marked so a reader can tell them apart (the words stay the original's:
the cost of a build does not depend on the language of its text), and briefing.toml gets
`languages = [default, lang]`. Run `briefing translate --update` afterwards if `check` should
see them as current; a build does not need it.

    scripts/translations-corpus.py SITE [--lang fr] [--share 1.0]
"""
import argparse
import json
import os
import random
import re


def front_and_body(text):
    if not text.startswith("---\n"):
        return "", text
    end = text.find("\n---\n", 4)
    if end < 0:
        return "", text
    return text[4:end], text[end + 5 :]


def field(front, key):
    m = re.search(rf"^{key}:\s*(.+)$", front, re.M)
    if not m:
        return None
    value = m.group(1).strip()
    if value.startswith('"') and value.endswith('"'):
        try:
            return json.loads(value)
        except ValueError:
            return value.strip('"')
    if value.startswith("'") and value.endswith("'"):
        return value[1:-1].replace("''", "'")
    return value


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("site")
    ap.add_argument("--lang", default="fr")
    ap.add_argument("--share", type=float, default=1.0, help="the share of briefs translated")
    args = ap.parse_args()
    random.seed(19)
    content = os.path.join(args.site, "content")
    written = 0
    for folder in ["parties", "events", "places", "pages"]:
        path = os.path.join(content, folder)
        if not os.path.isdir(path):
            continue
        for name in sorted(os.listdir(path)):
            if not name.endswith(".md") or name.count(".") != 1 or random.random() >= args.share:
                continue
            front, body = front_and_body(open(os.path.join(path, name), encoding="utf-8").read())
            lines = []
            key = "title" if folder in ("events", "pages") else "name"
            for k in [key, "summary"]:
                value = field(front, k)
                if value:
                    lines.append(f"{k}: {json.dumps(f'[{args.lang}] {value}', ensure_ascii=False)}")
            text = "---\n" + "\n".join(lines) + "\n---\n" + body
            with open(os.path.join(path, name[:-3] + f".{args.lang}.md"), "w", encoding="utf-8") as out:
                out.write(text)
            written += 1
    config = os.path.join(args.site, "briefing.toml")
    toml = open(config, encoding="utf-8").read() if os.path.exists(config) else ""
    m = re.search(r'^language\s*=\s*"([^"]+)"', toml, re.M)
    default = m.group(1) if m else "en"
    toml = re.sub(r"^languages\s*=.*\n", "", toml, flags=re.M)
    toml = f'languages = ["{default}", "{args.lang}"]\n' + re.sub(r'^language\s*=.*\n', "", toml, flags=re.M)
    open(config, "w", encoding="utf-8").write(toml)
    print(f"{written} translations into {args.lang} in {content}")


if __name__ == "__main__":
    main()
