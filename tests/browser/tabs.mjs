// Eight tabs of the preview open at once, in one browser profile, in headless Chromium.
//
// A browser keeps at most six HTTP/1.1 connections to one host. Each open page of the preview
// used to hold one for its event stream, so the seventh tab never loaded. The tabs now share
// one stream (one tab holds it and passes what it hears on to the others), so every tab loads,
// every tab reloads after an edit, and when the tab holding the stream closes another takes it.
//
// Run:  tests/browser/run.sh
//   or: NODE_PATH=/tmp/briefing-pw/node_modules node tests/browser/tabs.mjs
// Environment: BRIEFING, CHROMIUM and HEADED as for live-reload.mjs; DEBUG=1 logs each tab's
// navigations and console.

import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { BRIEFING, CHROMIUM, REPO, launchOptions, loadPlaywright } from "./browser.mjs";

const TABS = 8;
const BRIEF_REL = "content/events/fighting-erupts.md";
const PAGES = ["events/fighting-erupts/", "", "events/", "parties/"];
const WAIT_MS = 10_000;

class Failure extends Error {}
const fail = (message) => {
  throw new Failure(message);
};
const now = () => performance.now();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const step = (name, detail) => console.log(`ok   ${name.padEnd(34)} ${detail}`);

/** Polls `check` in the page until it returns a truthy value; a page mid-reload is "not yet". */
async function until(page, what, check, arg) {
  const started = now();
  for (;;) {
    const value = await page.evaluate(check, arg).catch(() => null);
    if (value) return value;
    if (now() - started > WAIT_MS) fail(`${what}: not seen within ${WAIT_MS} ms`);
    await sleep(25);
  }
}

const connected = () => {
  const s = window.__briefingLive && window.__briefingLive.status();
  return s && s.version !== null ? s : null;
};

/** Marks every tab, saves `text` into the brief, and waits for every tab to reload with it. */
async function editAndWait(tabs, brief, text, id) {
  for (const [i, tab] of tabs.entries()) await tab.evaluate((n) => (window.__marker = n), i);
  const t = now();
  fs.writeFileSync(brief, text);
  for (const [i, tab] of tabs.entries()) {
    // Every tab reloads; the brief's own page shows the new sentence.
    const own = tab.url().endsWith(`/${PAGES[0]}`);
    await until(
      tab,
      `tab ${i + 1} (${tab.url()}) reloading after the edit`,
      ({ id, own }) =>
        window.__marker === undefined &&
        document.readyState === "complete" &&
        (!own || document.documentElement.outerHTML.includes(id)),
      { id, own },
    );
    if (process.env.DEBUG) console.log(`tab ${i + 1} done at ${Math.round(now())} ms`);
  }
  return Math.round(now() - t);
}

async function main() {
  let chromium;
  try {
    ({ chromium } = loadPlaywright());
  } catch (e) {
    fail(e.message);
  }
  if (!fs.existsSync(BRIEFING)) fail(`no binary at ${BRIEFING}; build it (cargo build --release) or set BRIEFING`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "briefing-tabs-"));
  let server = null;
  let context = null;
  let log = "";
  try {
    fs.cpSync(path.join(REPO, "content"), path.join(tmp, "site", "content"), { recursive: true });
    fs.copyFileSync(path.join(REPO, "briefing.toml"), path.join(tmp, "site", "briefing.toml"));
    server = spawn(BRIEFING, ["serve", "--root", path.join(tmp, "site"), "--port", "0"], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NO_COLOR: "1" },
    });
    server.stdout.setEncoding("utf8").on("data", (d) => (log += d));
    server.stderr.setEncoding("utf8").on("data", (d) => (log += d));
    const started = now();
    let base = null;
    while (!(base = log.match(/^Serving (http:\/\/\S+\/) /m)?.[1])) {
      if (server.exitCode !== null || now() - started > 30_000) fail("the server did not start");
      await sleep(20);
    }
    // A fresh profile: every tab is in the same browser, sharing its six connections per host.
    context = await chromium.launchPersistentContext(path.join(tmp, "profile"), launchOptions());
    const tabs = [];
    for (let i = 0; i < TABS; i++) {
      const tab = i === 0 && context.pages().length ? context.pages()[0] : await context.newPage();
      const url = new URL(PAGES[i % PAGES.length], base).href;
      const response = await tab.goto(url, { waitUntil: "load", timeout: WAIT_MS }).catch((e) => {
        fail(`tab ${i + 1} of ${TABS} (${url}) did not load: ${e.message.split("\n")[0]}`);
      });
      if (!response || response.status() !== 200) fail(`tab ${i + 1}: ${url} gave ${response && response.status()}`);
      await until(tab, `tab ${i + 1} hearing the live-reload news`, connected);
      tabs.push(tab);
      if (process.env.DEBUG) {
        tab.on("framenavigated", (f) => f === tab.mainFrame() && console.log(`tab ${i + 1} navigated at ${Math.round(now())}`));
        tab.on("console", (m) => console.log(`tab ${i + 1} console at ${Math.round(now())}: ${m.text()}`));
      }
    }
    const leaders = async () => {
      const states = await Promise.all(tabs.map((t) => t.evaluate(connected).catch(() => null)));
      return states.map((s, i) => (s && s.leader ? i : -1)).filter((i) => i >= 0);
    };
    step("1 eight tabs load", `${TABS} tabs of ${base} loaded and connected; stream held by tab ${(await leaders()).map((i) => i + 1)}`);

    const brief = path.join(tmp, "site", BRIEF_REL);
    const original = fs.readFileSync(brief, "utf8").replace(/\s*$/, "");
    const first = `tabs-first-${Date.now().toString(36)}`;
    let took = await editAndWait(tabs, brief, `${original}\n\nSentence ${first}.\n`, first);
    step("2 edit -> every tab reloads", `all ${TABS} tabs showed the edit within ${took} ms`);

    // The tab holding the stream goes; another takes it, and the next edit reaches the rest.
    for (const tab of tabs) await until(tab, "a tab reconnecting after the reload", connected);
    let held = [];
    const deadline = now() + WAIT_MS;
    while ((held = await leaders()).length !== 1) {
      if (now() > deadline) fail(`expected one tab to hold the stream, found ${held.length}`);
      await sleep(50);
    }
    const [gone] = tabs.splice(held[0], 1);
    await gone.close();
    const second = `tabs-second-${Date.now().toString(36)}`;
    await sleep(200);
    took = await editAndWait(tabs, brief, `${original}\n\nSentence ${second}.\n`, second);
    step("3 holder closes -> handed on", `tab ${held[0] + 1} closed; the other ${tabs.length} showed the next edit within ${took} ms`);

    // A ninth tab still loads (the six connections are not used up by the seven open ones).
    const ninth = await context.newPage();
    const response = await ninth.goto(base, { waitUntil: "load", timeout: WAIT_MS }).catch(() => null);
    if (!response || response.status() !== 200) fail("a further tab did not load");
    step("4 another tab loads", `${tabs.length + 1} tabs open`);
    console.log("PASS eight tabs in Chromium");
  } catch (e) {
    console.error(`--- server output ---\n${log}`);
    throw e;
  } finally {
    if (context) await context.close().catch(() => {});
    if (server && server.exitCode === null) server.kill("SIGKILL");
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(`FAIL ${e instanceof Failure ? e.message : e.stack || e}`);
    process.exit(1);
  },
);
