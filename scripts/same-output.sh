#!/usr/bin/env bash
# Builds the example site, every fixture site and a generated corpus with one binary into
# OUT/<name>/, so two binaries' trees can be compared with `diff -r`: a refactor that must
# change nothing a reader sees (issue 17) is checked this way.
#
#   scripts/same-output.sh BINARY OUT [BRIEFS]     # BRIEFS: the corpus size, 10000 by default
#   diff -r /tmp/before /tmp/after && echo identical
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "$1")
out=$(realpath -m "$2")
briefs=${3:-10000}
corpus=/tmp/same-output-corpus-$briefs
if [ ! -d "$corpus/content" ]; then
  python3 ../shared/bench/gen-corpus.py --briefs "$briefs" --out "$corpus" >/dev/null 2>&1 \
    || python3 /work/shared/bench/gen-corpus.py --briefs "$briefs" --out "$corpus" >/dev/null
fi
rm -rf "$out"
mkdir -p "$out"
build() { # name root [flags...]
  local name=$1 root=$2
  shift 2
  # A fixture may be refused on purpose (hostile content): its messages are compared too.
  "$bin" build --quiet --root "$root" --output "$out/$name" "$@" >"$out/$name.log" 2>&1 || echo "exit $?" >>"$out/$name.log"
}
build example .
build example-relative . --relative
for site in tests/sites/*/; do
  build "$(basename "$site")" "$site"
done
build corpus "$corpus"
echo "built into $out"
