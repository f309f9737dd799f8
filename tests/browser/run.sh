#!/usr/bin/env bash
# Runs the browser tests in headless Chromium: the preview (live-reload.mjs, tabs.mjs), the
# timeline filters (timeline-filter.mjs), search (search.mjs) and every page kind at a phone's
# and a desktop's width (phone.mjs, which also saves screenshots).
# Sets up what they need first, once: Debian's chromium, playwright-core in a cache folder
# (PW_DIR, default /tmp/briefing-pw) and the release binary (unless BRIEFING names one).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
pw_dir="${PW_DIR:-/tmp/briefing-pw}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

if [[ ! -x "$CHROMIUM" ]]; then
    echo "run.sh: installing chromium" >&2
    if [[ "$(id -u)" -eq 0 ]]; then sudo=""; else sudo="sudo"; fi
    $sudo apt-get install -y chromium || { $sudo apt-get update && $sudo apt-get install -y chromium; }
fi

if [[ ! -f "$pw_dir/node_modules/playwright-core/package.json" ]]; then
    echo "run.sh: installing playwright-core in $pw_dir" >&2
    mkdir -p "$pw_dir"
    (cd "$pw_dir" && npm install --no-audit --no-fund playwright-core@1)
fi

if [[ -z "${BRIEFING:-}" ]]; then
    export BRIEFING="$repo/target/release/briefing"
    if [[ ! -x "$BRIEFING" ]]; then
        echo "run.sh: building the release binary" >&2
        (cd "$repo" && cargo build --release)
    elif [[ -n "$(find "$repo/src" "$repo/Cargo.toml" "$repo/Cargo.lock" -newer "$BRIEFING" -print -quit)" ]]; then
        echo "run.sh: warning: $BRIEFING is older than the sources; run cargo build --release to test them" >&2
    fi
fi

export NODE_PATH="$pw_dir/node_modules${NODE_PATH:+:$NODE_PATH}"
cd "$repo"
node "$here/live-reload.mjs"
node "$here/tabs.mjs"
node "$here/timeline-filter.mjs"
node "$here/search.mjs"
node "$here/phone.mjs"
