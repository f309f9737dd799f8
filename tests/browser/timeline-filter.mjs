// The timeline's filters in a real browser: what the status line counts is what is visible.
//
// Builds the example site with --relative into a temporary folder, opens /events/ from disk
// in headless Chromium, and for every party and every kind in the filters checks that
//   - the events left on screen (boxes with a size) are exactly those the filter matches,
//     umbrella events (the group headings) included, and
//   - the line "N of M events shown." says N = what is visible and M = every event.
//
// Run:  tests/browser/run.sh   (or NODE_PATH=/tmp/briefing-pw/node_modules node tests/browser/timeline-filter.mjs)

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

import { execFileSync } from "node:child_process";

import { BRIEFING, buildExample, launchOptions, loadPlaywright } from "./browser.mjs";

const { chromium } = loadPlaywright();
const out = fs.mkdtempSync(path.join(os.tmpdir(), "briefing-filter-"));
let failures = 0;
const check = (ok, message) => {
  console.log(`${ok ? "ok  " : "FAIL"} ${message}`);
  if (!ok) failures++;
};

buildExample(path.join(out, "site"));
// A timeline too long for one page, told by period: a war whose events run over several
// periods (its heading continues on later pages, as context), and loose events.
const big = path.join(out, "big");
fs.mkdirSync(path.join(big, "content", "events"), { recursive: true });
fs.mkdirSync(path.join(big, "content", "parties"), { recursive: true });
for (const p of ["north", "south"]) {
  fs.writeFileSync(path.join(big, "content", "parties", `${p}.md`), `---\nname: ${p}\n---\n`);
}
fs.writeFileSync(path.join(big, "content", "events", "war.md"), "---\ntitle: War\ndate: 2001-01-01/2004-12-31\nparticipants: [north]\n---\n");
for (let n = 0; n < 450; n++) {
  const date = `${2001 + Math.floor(n / 150)}-${String((n % 12) + 1).padStart(2, "0")}-10`;
  const part = n % 2 ? "part_of: war\n" : "";
  const kind = n % 3 ? "clash" : "statement";
  fs.writeFileSync(
    path.join(big, "content", "events", `e${n}.md`),
    `---\ntitle: Event ${n}\ndate: ${date}\nkind: ${kind}\n${part}participants: [${n % 2 ? "north" : "south"}]\n---\n`,
  );
}
execFileSync(BRIEFING, ["build", "--quiet", "--relative", "--root", big, "--output", path.join(out, "big-site")], { stdio: "inherit" });
const periods = fs.readdirSync(path.join(out, "big-site", "events", "period")).sort();

const browser = await chromium.launch(launchOptions());
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await checkFilters(page, path.join(out, "site", "events", "index.html"), "");
  check(periods.length > 1, `the long timeline is told in ${periods.length} periods`);
  await checkFilters(page, path.join(out, "big-site", "events", "period", periods[1], "index.html"), " on this page");
  // The filter goes along to the other periods.
  await page.selectOption("#filter-party", "north");
  const next = await page.evaluate(() => document.querySelector(".pager a[rel=next]").getAttribute("href"));
  check(next.endsWith("#party=north"), `the next period keeps the filter: ${next}`);
} finally {
  await browser.close();
  fs.rmSync(out, { recursive: true, force: true });
}
if (failures) {
  console.log(`timeline-filter: ${failures} failed`);
  process.exit(1);
}
console.log("timeline-filter: all passed");

async function checkFilters(page, file, where) {
  await page.goto(pathToFileURL(file).href);
  const counts = await page.evaluate(() => ({
    dek: parseInt(document.querySelector(".page-header .dek").textContent, 10),
    events: document.querySelectorAll(".timeline-item, .timeline-group-title[data-kind]").length,
  }));
  check(counts.dek === counts.events, `${path.basename(path.dirname(file))}: the page says ${counts.dek} events and lists ${counts.events}`);
  const options = await page.evaluate(() => ({
    party: [...document.querySelectorAll("#filter-party option")].map((o) => o.value).filter(Boolean),
    kind: [...document.querySelectorAll("#filter-kind option")].map((o) => o.value).filter(Boolean),
  }));
  check(options.party.length > 1 && options.kind.length > 1, `${path.basename(path.dirname(file))}: filters offered: ${options.party.length} parties, ${options.kind.length} kinds`);
  for (const [select, values] of [["#filter-party", options.party], ["#filter-kind", options.kind]]) {
    for (const value of values) {
      await page.selectOption(select, value);
      const seen = await page.evaluate(([select, value]) => {
        const visible = (el) => {
          const box = el.getBoundingClientRect();
          return box.width > 0 && box.height > 0;
        };
        const wants = (el) =>
          select === "#filter-party"
            ? (" " + el.getAttribute("data-parties") + " ").includes(" " + value + " ")
            : el.getAttribute("data-kind") === value;
        const events = [...document.querySelectorAll(".timeline-item, .timeline-group-title[data-kind]")];
        const wrong = [];
        let shown = 0;
        for (const el of events) {
          const heading = el.matches(".timeline-group-title");
          const isVisible = visible(el);
          // A heading may stay as context above matching events, greyed; it is not counted.
          const counted = isVisible && !(heading && el.classList.contains("timeline-context"));
          if (counted) shown++;
          if (wants(el) !== counted) wrong.push(`${el.textContent.trim().slice(0, 50)} (wanted ${wants(el)}, shown ${counted})`);
        }
        return { status: document.getElementById("filter-status").textContent, shown, total: events.length, wrong };
      }, [select, value]);
      const expected = `${seen.shown} of ${seen.total} ${seen.total === 1 ? "event" : "events"}${where} shown.`;
      check(seen.wrong.length === 0, `${select}=${value}: what is shown is what matches${seen.wrong.length ? ": " + seen.wrong.join("; ") : ""}`);
      check(seen.status === expected, `${select}=${value}: status "${seen.status}" (visible: "${expected}")`);
      await page.selectOption(select, "");
    }
  }
}
