/** Figures: the JSON lines, the goals from docs BENCH.md and the readable table. */
import fs from "node:fs";
import path from "node:path";

export type Figure = { name: string; value: number | null; unit: string; note: string };

type Goal = { text: string; met: (value: number) => boolean };

const atLeast = (n: number, unit: string): Goal => ({ text: `>= ${n.toLocaleString("en-US")} ${unit}`, met: (v) => v >= n });
const atMost = (n: number, unit: string): Goal => ({ text: `<= ${n.toLocaleString("en-US")} ${unit}`, met: (v) => v <= n });

/** The goals of the benchmark contract (shared BENCH.md). */
export const GOALS: Record<string, Goal | null> = {
  static_baseline_rps: null,
  article_page_rps: atLeast(3000, "req/s"),
  hot_article_page_rps: atLeast(1000, "req/s"),
  comment_post_rps: atLeast(500, "req/s"),
  article_list_ms: atMost(30, "ms"),
  queue_page_rps: atLeast(200, "req/s"),
  queue_page_p50_ms: atMost(20, "ms"),
  approve_ms: atMost(10, "ms"),
  bulk_approve_1000_ms: atMost(500, "ms"),
  subscriber_list_ms: atMost(30, "ms"),
  mail_send_per_s: atLeast(500, "mails/s"),
  sidebar_overhead_ms: atMost(1, "ms"),
  seed_1m_comments_s: atMost(60, "s"),
  rss_mb: atMost(400, "MB"),
};

/** Every figure name the harness knows, in the order it prints them. */
export const FIGURE_NAMES = Object.keys(GOALS);

export class Results {
  readonly figures: Figure[] = [];

  add(figure: Figure) {
    const rounded = { ...figure, value: figure.value === null ? null : Math.round(figure.value * 10) / 10 };
    this.figures.push(rounded);
    console.log(JSON.stringify(rounded));
  }

  write(file: string) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, this.figures.map((f) => JSON.stringify(f)).join("\n") + "\n");
  }

  table() {
    const rows = this.figures.map((f) => {
      const goal = GOALS[f.name];
      const met = !goal ? "-" : f.value === null ? "n/a" : goal.met(f.value) ? "yes" : "NO";
      const value = f.value === null ? "n/a" : f.value.toLocaleString("en-US");
      return [f.name, value, f.unit, goal?.text ?? "(reference)", met, f.note];
    });
    const head = ["figure", "value", "unit", "goal", "met", "note"];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (i === 5 ? 0 : r[i].length))));
    const line = (cells: string[]) => cells.map((c, i) => (i === 5 ? c : i === 1 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join("  ");
    return [line(head), line(widths.map((w, i) => "-".repeat(i === 5 ? 4 : w))), ...rows.map(line)].join("\n");
  }
}
