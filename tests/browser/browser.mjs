// What every browser test here shares: where the repository, the binary and Chromium are,
// the flags Chromium runs with on this machine, and how playwright-core is found.

import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const BRIEFING = path.resolve(REPO, process.env.BRIEFING || "target/release/briefing");
export const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";

// What the machine allows: no network beyond this one, nothing started in the background.
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The options for `chromium.launch` and `launchPersistentContext`. */
export const launchOptions = () => ({
  executablePath: CHROMIUM,
  headless: process.env.HEADED !== "1",
  args: CHROMIUM_ARGS,
});

/** playwright-core from PLAYWRIGHT_CORE, NODE_PATH or the usual places; throws a message that says how to install it. */
export function loadPlaywright() {
  const require = createRequire(import.meta.url);
  const tried = [];
  const candidates = [];
  const given = process.env.PLAYWRIGHT_CORE;
  if (given) {
    candidates.push(given, path.join(given, "playwright-core"), path.join(given, "node_modules", "playwright-core"));
  }
  candidates.push("playwright-core"); // NODE_PATH and node_modules above this file
  for (const candidate of candidates) {
    try {
      return require(candidate);
    } catch (e) {
      if (e.code !== "MODULE_NOT_FOUND") throw e;
      tried.push(candidate);
    }
  }
  throw new Error(
    `cannot find playwright-core (tried ${tried.join(", ")}). Install it with ` +
      "`npm install --prefix /tmp/briefing-pw playwright-core@1` and run with " +
      "NODE_PATH=/tmp/briefing-pw/node_modules, or use tests/browser/run.sh",
  );
}

/** Builds the example site with --relative into `out`, so its pages open from disk. */
export function buildExample(out) {
  execFileSync(BRIEFING, ["build", "--quiet", "--relative", "--root", REPO, "--output", out], { stdio: "inherit" });
}
