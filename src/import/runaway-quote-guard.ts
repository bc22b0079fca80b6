import type { CsvRowFault } from '../core/linkedin-export/row-problem.js';

/** A line the guard took out of the text, why, and how many whole records came before it. */
export interface DroppedLine {
  afterRecords: number;
  fault: Extract<
    CsvRowFault,
    | 'quote-never-closed'
    | 'quote-not-closed-within'
    | 'quote-never-closed-rest-unread'
    | 'line-too-long'
  >;
  /** For a limit that was passed: the limit, in characters of text. */
  limitBytes?: number;
}

/**
 * Stands between an export file's text and the CSV parser so that one broken row cannot take
 * the rest of the file with it. A quote that opens a field and never closes (a hand-edited
 * file, a truncated row) would make any CSV parser read every following row into that one
 * field: to the end of the file, or until its record limit, after which it stays lost. The
 * guard passes on whole records only; when a record is still inside a quote after `maxChars`,
 * or at the end of the file, it drops the record's first line (reported as a bad row) and
 * reads the lines after it again as new records. Memory stays flat: at most one record of
 * `maxChars` is held. It follows the parser's quoting: a quote opens a field only at its start.
 */
export class RunawayQuoteGuard {
  /** The current, incomplete record: already scanned up to `scanned`. */
  private pending = '';
  private scanned = 0;
  private quoted = false;
  /** Inside a quoted field, the last character was a quote: `""` or the field's end. */
  private quoteSeen = false;
  /** Dropping the rest of an overlong line, up to its line break. */
  private skippingLine = false;
  private records = 0;
  /** Characters taken in, and characters scanned again after a dropped line. */
  private seen = 0;
  private rescanned = 0;
  /** Text built so that every dropped line leaves another runaway quote: the rest is dropped. */
  private givenUp = false;

  constructor(
    private readonly delimiter: string,
    private readonly maxChars: number,
    private readonly onDrop: (dropped: DroppedLine) => void,
  ) {}

  /** Takes the next piece of text; returns the whole records it completed. */
  push(chunk: string): string {
    if (this.givenUp) return '';
    this.seen += chunk.length;
    let out = '';
    let text = this.pending + chunk;
    for (;;) {
      if (this.skippingLine) {
        const lineEnd = text.indexOf('\n');
        if (lineEnd < 0) {
          this.pending = '';
          this.scanned = 0;
          return out;
        }
        this.skippingLine = false;
        text = text.slice(lineEnd + 1);
        this.scanned = 0;
      }
      const end = this.scan(text);
      out += text.slice(0, end);
      text = text.slice(end);
      this.scanned -= end;
      if (text.length <= this.maxChars) break;
      if (!this.mayRescan(text.length)) return out;
      text = this.dropFirstLine(text, this.quoted ? 'quote-not-closed-within' : 'line-too-long');
    }
    this.pending = text;
    return out;
  }

  /** The end of the text: a last record without a line break, or rows after a runaway quote. */
  flush(): string {
    let out = '';
    let text = this.pending;
    this.pending = '';
    while (!this.givenUp && !this.skippingLine && this.quoted && !this.quoteSeen && text !== '') {
      if (!this.mayRescan(text.length)) return out;
      text = this.dropFirstLine(text, 'quote-never-closed');
      const end = this.scan(text);
      out += text.slice(0, end);
      text = text.slice(end);
      this.scanned -= end;
    }
    return this.skippingLine || this.givenUp ? out : out + text;
  }

  /**
   * Whether the text after a dropped line may be scanned again. Each drop rescans what follows,
   * so text made of nothing but runaway quotes would take quadratic time: the rescans may add
   * up to twice the text seen plus 16 records' worth, then the rest of the file is dropped.
   */
  private mayRescan(length: number): boolean {
    if (this.rescanned + length <= 2 * this.seen + 16 * this.maxChars) {
      this.rescanned += length;
      return true;
    }
    this.onDrop({ afterRecords: this.records, fault: 'quote-never-closed-rest-unread' });
    this.givenUp = true;
    this.pending = '';
    return false;
  }

  /** Reports and removes the current record's first line; the rest is read afresh. */
  private dropFirstLine(text: string, fault: DroppedLine['fault']): string {
    this.onDrop({
      afterRecords: this.records,
      fault,
      ...(fault === 'quote-never-closed' ? {} : { limitBytes: this.maxChars }),
    });
    this.quoted = false;
    this.quoteSeen = false;
    this.scanned = 0;
    const lineEnd = text.indexOf('\n');
    if (lineEnd < 0) {
      this.skippingLine = true;
      return '';
    }
    return text.slice(lineEnd + 1);
  }

  /**
   * Scans `text` from where the last scan stopped, and returns where the last whole record in
   * it ends (0 when none).
   */
  private scan(text: string): number {
    let pos = this.scanned;
    let recordStart = 0;
    let nextQuote = -1;
    let nextBreak = -1;
    const length = text.length;
    while (pos < length) {
      if (this.quoted) {
        if (this.quoteSeen) {
          this.quoteSeen = false;
          if (text[pos] === '"') {
            pos += 1;
            continue;
          }
          this.quoted = false;
          continue;
        }
        const quote = text.indexOf('"', pos);
        if (quote < 0) {
          pos = length;
          break;
        }
        pos = quote + 1;
        this.quoteSeen = true;
        continue;
      }
      if (nextQuote < pos && nextQuote !== -2) {
        nextQuote = text.indexOf('"', pos);
        if (nextQuote < 0) nextQuote = -2;
      }
      if (nextBreak < pos && nextBreak !== -2) {
        nextBreak = text.indexOf('\n', pos);
        if (nextBreak < 0) nextBreak = -2;
      }
      if (nextQuote >= 0 && (nextBreak < 0 || nextQuote < nextBreak)) {
        // A quote opens a field only at its start; elsewhere it is part of the text.
        if (nextQuote === recordStart || text[nextQuote - 1] === this.delimiter) {
          this.quoted = true;
        }
        pos = nextQuote + 1;
        continue;
      }
      if (nextBreak >= 0) {
        pos = nextBreak + 1;
        recordStart = pos;
        this.records += 1;
        continue;
      }
      pos = length;
    }
    this.scanned = pos;
    return recordStart;
  }
}
