/**
 * Comments.csv escapes quotes inside quoted fields with a backslash (`\"`), which breaks a
 * standard CSV parser ("Expected 3 fields in line 42, saw 4"). This rewriter turns `\"` into
 * the standard `""` (and `\\` into one backslash) inside quoted fields only, chunk by chunk, so
 * the file can stream through an RFC 4180 parser. `""` escapes are kept as they are.
 */
export class BackslashQuoteRewriter {
  private quoted = false;
  /** A quoted field just saw `"` or `\`, and the next character decides what it was. */
  private pending: '"' | '\\' | '' = '';
  private atFieldStart = true;

  /** `delimiter`: the file's field separator (a comma, or a tab or semicolon after Excel). */
  constructor(private readonly delimiter: string = ',') {}

  push(chunk: string): string {
    let out = '';
    for (let index = 0; index < chunk.length; index += 1) {
      const char = chunk[index] as string;
      if (this.pending === '\\') {
        this.pending = '';
        if (char === '"') out += '""';
        else if (char === '\\') out += '\\';
        else out += `\\${char}`;
        continue;
      }
      if (this.pending === '"') {
        this.pending = '';
        if (char === '"') {
          out += '""';
          continue;
        }
        // The quote closed the field.
        this.quoted = false;
        out += '"';
      }
      if (this.quoted) {
        if (char === '\\' || char === '"') this.pending = char;
        else out += char;
        continue;
      }
      if (char === '"' && this.atFieldStart) {
        this.quoted = true;
        this.atFieldStart = false;
        out += char;
        continue;
      }
      this.atFieldStart = char === this.delimiter || char === '\n' || char === '\r';
      out += char;
    }
    return out;
  }

  /** What is still held back at the end of the input. */
  flush(): string {
    const rest = this.pending === '' ? '' : this.pending;
    this.pending = '';
    return rest;
  }
}
