/**
 * Reads fields of a changelog `activity` by path without trusting its shape: activities differ
 * per resource and version, and some wrap their changes in `patch.$set` (live reports), so a
 * value is looked for at the path itself and under `patch.$set`.
 */
export interface ActivityReader {
  /** A non-empty string at the path (a number is given as text), else undefined. */
  text(...path: string[]): string | undefined;
  /** A finite number at the path, else undefined. */
  number(...path: string[]): number | undefined;
}

function at(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const step of path) {
    if (Array.isArray(current)) current = current[Number(step)];
    else if (typeof current === 'object' && current !== null) {
      current = (current as Record<string, unknown>)[step];
    } else return undefined;
  }
  return current;
}

export function readActivity(activity: Readonly<Record<string, unknown>>): ActivityReader {
  const find = (path: readonly string[]): unknown => {
    const direct = at(activity, path);
    return direct !== undefined ? direct : at(activity, ['patch', '$set', ...path]);
  };
  return {
    text(...path) {
      const value = find(path);
      if (typeof value === 'string') return value === '' ? undefined : value;
      if (typeof value === 'number' && Number.isFinite(value)) return String(value);
      return undefined;
    },
    number(...path) {
      const value = find(path);
      return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
    },
  };
}
