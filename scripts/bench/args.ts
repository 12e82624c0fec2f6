/** Command line of `npm run bench`. */
export type BenchArgs = {
  small: boolean;
  only: Set<string> | null;
  duration: number;
  connections: number;
  rebuild: boolean;
};

export const USAGE = "usage: npm run bench -- [--small] [--only NAME,NAME] [--duration S] [--connections N] [--rebuild]";

export function parseBenchArgs(argv: string[]): BenchArgs {
  const args: BenchArgs = { small: false, only: null, duration: 10, connections: 10, rebuild: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=", 2);
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
      return v;
    };
    const positive = (v: string) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} must be a whole number >= 1, got ${v}`);
      return n;
    };
    if (flag === "--small") args.small = true;
    else if (flag === "--rebuild") args.rebuild = true;
    else if (flag === "--only") args.only = new Set(value().split(",").map((s) => s.trim()).filter(Boolean));
    else if (flag === "--duration") args.duration = positive(value());
    else if (flag === "--connections") args.connections = positive(value());
    else if (flag === "--help" || flag === "-h") throw new Error(USAGE);
    else throw new Error(`unknown option ${flag}\n${USAGE}`);
  }
  return args;
}
