// The pages as a reader sees them on a phone (390 px) and a desktop (1280 px), light and dark.
//
// Builds the example site and tests/sites/georgia-2008 with --relative, opens one page of every
// kind from disk in headless Chromium, saves a screenshot of each (SHOTS, default
// /tmp/briefing-shots) and checks what is visible:
//   - nothing is wider than the window: no page, chart or table scrolls sideways;
//   - every chart shown and every table cell lies inside the window;
//   - no two labels of a chart overlap, and no "still going on" arrow covers a mark or a label;
//   - at 390 px, the timeline runs down the page (taller than wide), every mark in the window;
//   - at 390 px, chart text and table text are drawn at 12 px or more (an SVG's text is measured
//     as drawn, after the SVG is scaled to its box);
//   - the casualty tables keep the claimant and the Source column in view;
//   - the events table of /events/ starts closed.
//
// Run:  tests/browser/run.sh   (or NODE_PATH=/tmp/briefing-pw/node_modules node tests/browser/phone.mjs)

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { pathToFileURL } from "node:url";

import { BRIEFING, REPO, buildExample, launchOptions, loadPlaywright } from "./browser.mjs";

const { chromium } = loadPlaywright();
const out = fs.mkdtempSync(path.join(os.tmpdir(), "briefing-phone-"));
const shots = process.env.SHOTS || path.join(os.tmpdir(), "briefing-shots");
fs.mkdirSync(shots, { recursive: true });
let failures = 0;
const check = (ok, message) => {
  if (!ok) console.log(`FAIL ${message}`);
  if (!ok) failures++;
  return ok;
};
let passed = 0;
const pass = (ok, message) => {
  if (check(ok, message)) passed++;
};

buildExample(path.join(out, "example"));
execFileSync(
  BRIEFING,
  ["build", "--quiet", "--relative", "--root", path.join(REPO, "tests", "sites", "georgia-2008"), "--output", path.join(out, "georgia")],
  { stdio: "inherit" },
);
execFileSync(
  BRIEFING,
  ["build", "--quiet", "--relative", "--root", path.join(REPO, "tests", "sites", "places"), "--output", path.join(out, "places")],
  { stdio: "inherit" },
);
execFileSync(
  BRIEFING,
  ["build", "--quiet", "--relative", "--root", path.join(REPO, "tests", "sites", "tracker"), "--output", path.join(out, "tracker")],
  { stdio: "inherit" },
);
execFileSync(
  BRIEFING,
  ["build", "--quiet", "--relative", "--root", path.join(REPO, "tests", "sites", "languages"), "--output", path.join(out, "languages")],
  { stdio: "inherit" },
);
execFileSync(
  BRIEFING,
  ["build", "--quiet", "--relative", "--as-of", "2020-10-04", "--root", path.join(REPO, "tests", "sites", "tracker"), "--output", path.join(out, "tracker-as-of")],
  { stdio: "inherit" },
);

const PAGES = [
  ["example", "home", "index.html"],
  ["example", "parties", "parties/index.html"],
  ["example", "party", "parties/armenia/index.html"],
  ["example", "events", "events/index.html"],
  ["example", "event", "events/sixth-day/index.html"],
  ["example", "umbrella", "events/war-2020/index.html"],
  ["example", "tag", "tags/fighting/index.html"],
  ["example", "page", "background/index.html"],
  ["example", "place", "places/stepanakert/index.html"],
  ["example", "region", "places/nagorno-karabakh/index.html"],
  ["example", "places", "places/index.html"],
  ["example", "event-map", "events/fighting-erupts/index.html"],
  ["places", "places", "places/index.html"],
  ["places", "pacific", "places/suva/index.html"],
  ["places", "polar", "places/longyearbyen/index.html"],
  ["georgia", "home", "index.html"],
  ["georgia", "parties", "parties/index.html"],
  ["georgia", "party", "parties/russia/index.html"],
  ["georgia", "events", "events/index.html"],
  ["tracker", "figures-over-time", "events/war/index.html"],
  ["tracker", "corrections", "corrections/index.html"],
  ["tracker", "party-series", "parties/northland/index.html"],
  ["tracker-as-of", "as-of", "events/war/index.html"],
  // Right to left: every chart's labels stay clear of each other and inside the window.
  ["languages", "ar-party", "ar/parties/armenia/index.html"],
  ["languages", "ar-events", "ar/events/index.html"],
  ["languages", "ar-home", "ar/index.html"],
];

/** Runs in the page: every problem a reader would see, as sentences. */
function problems(phone) {
  const found = [];
  const vw = document.documentElement.clientWidth;
  const shown = (el) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== "hidden";
  };
  const name = (el) => (el.textContent || el.getAttribute("class") || el.tagName).trim().replace(/\s+/g, " ").slice(0, 40);
  if (document.documentElement.scrollWidth > vw + 1) {
    found.push(`the page is ${document.documentElement.scrollWidth} px wide in a ${vw} px window`);
  }
  for (const frame of document.querySelectorAll(".chart-frame, .table-scroll")) {
    if (shown(frame) && frame.scrollWidth > frame.clientWidth + 1) {
      found.push(`${frame.className} of ${frame.closest("[id]")?.id} scrolls sideways (${frame.scrollWidth} in ${frame.clientWidth})`);
    }
  }
  const inside = (el, what) => {
    const box = el.getBoundingClientRect();
    if (box.left < -0.5 || box.right > vw + 0.5) found.push(`${what} "${name(el)}" leaves the window (${Math.round(box.left)} to ${Math.round(box.right)} of ${vw})`);
  };
  const overlap = (a, b) => {
    const [p, q] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
    const x = Math.min(p.right, q.right) - Math.max(p.left, q.left);
    const y = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
    return x > 1 && y > 1;
  };
  for (const chart of document.querySelectorAll("figure.chart")) {
    const drawings = [...chart.querySelectorAll("svg.chart-svg")].filter(shown);
    if (drawings.length !== 1) found.push(`${chart.id} shows ${drawings.length} drawings, not one`);
  }
  for (const svg of document.querySelectorAll("svg.chart-svg")) {
    if (!shown(svg)) continue;
    inside(svg, "chart");
    const scale = svg.getScreenCTM().a;
    const texts = [...svg.querySelectorAll("text")].filter(shown);
    for (const t of texts) {
      inside(t, "chart label");
      const size = parseFloat(getComputedStyle(t).fontSize) * scale;
      if (phone && size < 11.95) found.push(`chart text "${name(t)}" is ${size.toFixed(1)} px`);
    }
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        if (overlap(texts[i], texts[j])) found.push(`labels "${name(texts[i])}" and "${name(texts[j])}" overlap in ${svg.id}`);
      }
    }
    const marks = [...svg.querySelectorAll(".mark circle, .mark rect, .bin, .node")].filter(shown);
    for (const arrow of svg.querySelectorAll(".band-arrow, .mark-arrow")) {
      for (const other of [...marks, ...texts]) {
        if (!arrow.closest("g.mark")?.contains(other) && overlap(arrow, other)) {
          found.push(`an arrow covers "${name(other)}" in ${svg.id}`);
        }
      }
    }
  }
  // On a phone the timeline runs down the page: its drawing is taller than wide, and every
  // mark and its number is inside the window.
  for (const svg of document.querySelectorAll("svg.chart-svg-narrow[id^=timeline-chart], svg.chart-svg-narrow[id^=overview-chart]")) {
    if (!phone || !shown(svg)) continue;
    const box = svg.getBoundingClientRect();
    if (box.height <= box.width) found.push(`${svg.id} is ${Math.round(box.width)} wide and only ${Math.round(box.height)} tall`);
    const marks = svg.querySelectorAll(".mark-link");
    if (marks.length === 0) found.push(`${svg.id} draws no mark`);
    for (const mark of marks) inside(mark, "timeline mark");
  }
  // A stacked table's header row is there for screen readers only (visually hidden, 1 px).
  const headerHidden = (cell) => {
    const head = cell.closest("thead");
    return head && head.getBoundingClientRect().width <= 1;
  };
  for (const cell of document.querySelectorAll("main td, main th")) {
    if (!shown(cell) || headerHidden(cell)) continue;
    inside(cell, "table cell");
    const size = parseFloat(getComputedStyle(cell).fontSize);
    if (phone && size < 11.95) found.push(`table text "${name(cell)}" is ${size.toFixed(1)} px`);
  }
  for (const table of document.querySelectorAll("table.figures")) {
    // The Source column is each row's last, in every language.
    const cells = [...table.querySelectorAll("tbody tr:not(.claimant) > td:last-child")];
    if (!cells.length || !cells.every(shown)) found.push("a figures table hides its Source column");
    for (const claimant of table.querySelectorAll("tr.claimant th")) if (!shown(claimant)) found.push("a figures table hides a claimant");
  }
  return found;
}

const browser = await chromium.launch(launchOptions());
try {
  for (const scheme of ["light", "dark"]) {
    for (const width of [390, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      for (const [site, kind, file] of PAGES) {
        await page.goto(pathToFileURL(path.join(out, site, file)).href);
        await page.screenshot({ path: path.join(shots, `${site}-${kind}-${width}-${scheme}.png`), fullPage: true });
        for (const chart of await page.locator("figure.chart").all()) {
          const id = await chart.getAttribute("id");
          await chart.screenshot({ path: path.join(shots, `${site}-${kind}-${width}-${scheme}-${id}.png`) });
        }
        const found = await page.evaluate(problems, width < 600);
        pass(found.length === 0, `${site} ${kind} at ${width} px, ${scheme}:\n    ${[...new Set(found)].join("\n    ")}`);
        if (kind === "events") {
          const open = await page.evaluate(() => [...document.querySelectorAll("#timeline-chart details")].some((d) => d.open));
          pass(!open, `${site} /events/ at ${width} px: the events table starts closed`);
        }
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  fs.rmSync(out, { recursive: true, force: true });
}
console.log(`phone: ${passed} passed, screenshots in ${shots}`);
if (failures) {
  console.log(`phone: ${failures} failed`);
  process.exit(1);
}
console.log("phone: all passed");
