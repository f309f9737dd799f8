// The offline search in a real browser, on the example site built with --relative and opened
// from disk: an exact name or short name comes first, a demonym finds the country, and the
// kind is not repeated as its label ("Page · Page").
//
// Run:  tests/browser/run.sh   (or NODE_PATH=/tmp/briefing-pw/node_modules node tests/browser/search.mjs)

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

import { buildExample, launchOptions, loadPlaywright } from "./browser.mjs";

const { chromium } = loadPlaywright();
const out = fs.mkdtempSync(path.join(os.tmpdir(), "briefing-search-"));
let failures = 0;
const check = (ok, message) => {
  console.log(`${ok ? "ok  " : "FAIL"} ${message}`);
  if (!ok) failures++;
};

buildExample(path.join(out, "site"));
const browser = await chromium.launch(launchOptions());
try {
  const page = await browser.newPage();
  const search = async (q) => {
    const url = pathToFileURL(path.join(out, "site", "search", "index.html")).href + "?q=" + encodeURIComponent(q);
    await page.goto(url);
    return page.evaluate(() =>
      [...document.querySelectorAll("#search-results li")].map((li) => ({
        title: li.querySelector(".search-title").textContent,
        meta: li.querySelector(".search-meta").textContent,
      })),
    );
  };
  // Each query, and the title that must come first.
  const firsts = [
    ["armenia", "Republic of Armenia"],
    ["Armenia", "Republic of Armenia"],
    ["azerbaijan", "Republic of Azerbaijan"],
    ["armenian", "Republic of Armenia"],
    ["azerbaijani", "Republic of Azerbaijan"],
    ["turkish", "Republic of Turkey"],
  ];
  for (const [q, title] of firsts) {
    const found = await search(q);
    check(found.length > 0 && found[0].title === title, `"${q}" finds ${title} first (got ${found.slice(0, 3).map((f) => f.title).join(" | ")})`);
  }
  // What the status line says: the catalogue's words, in the right plural, numbers filled in.
  const status = async (q) => {
    const found = await search(q);
    return { found, text: await page.evaluate(() => document.getElementById("search-status").textContent) };
  };
  const none = await status("zzzqqq");
  check(none.found.length === 0 && none.text === "Nothing found for “zzzqqq”.", `no result: "${none.text}"`);
  const many = await status("armenia");
  check(many.text === `${many.found.length} briefs found.`, `"armenia": "${many.text}" for ${many.found.length} results`);
  let one = null;
  for (const q of ["curfew", "Collective Security Treaty", "martial law", "ceasefire", "CSTO", "Trump"]) {
    const seen = await status(q);
    if (seen.found.length === 1) { one = seen; break; }
  }
  check(one !== null && one.text === "1 brief found.", `a query with one result says so in the singular: "${one && one.text}"`);
  const empty = await status("");
  check(empty.text === "Type a name, a place or a topic.", `an empty query: "${empty.text}"`);
  check(many.found.some((f) => /^Party\b/.test(f.meta)), `parties are labelled "Party" (${many.found.map((f) => f.meta).join(" | ")})`);
  for (const q of ["how this explainer is made", "the conflict in brief"]) {
    const found = await search(q);
    const repeated = found.filter((f) => /^(\w+) · \1\b/i.test(f.meta));
    check(found.length > 0 && found[0].meta === "Page", `"${q}" finds the page, labelled "Page" (${found.map((f) => f.meta).join(" | ")})`);
    check(repeated.length === 0, `"${q}": no result says its kind twice`);
  }
} finally {
  await browser.close();
  fs.rmSync(out, { recursive: true, force: true });
}
if (failures) {
  console.log(`search: ${failures} failed`);
  process.exit(1);
}
console.log("search: all passed");
