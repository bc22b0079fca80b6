/**
 * The model libraries print banners and notices with console.log/info/warn (nsfwjs: "You're
 * using the model ..."), which would corrupt `--json` output on stdout. They run inside this
 * wrapper, which keeps the lines instead of printing them (and hands them back for --debug).
 */
export async function withConsoleSilenced<T>(
  work: () => Promise<T>,
): Promise<{ value: T; lines: string[] }> {
  const lines: string[] = [];
  const keep = (...args: unknown[]): void => {
    lines.push(args.map(String).join(' '));
  };
  const saved = { log: console.log, info: console.info, warn: console.warn, debug: console.debug };
  console.log = keep;
  console.info = keep;
  console.warn = keep;
  console.debug = keep;
  try {
    return { value: await work(), lines };
  } finally {
    Object.assign(console, saved);
  }
}
