import type { ColumnMap } from './export-headers.js';
import type { Hash64 } from './hash-text.js';
import { hashText64 } from './hash-text.js';
import { OccurrenceCounter } from './occurrence-counter.js';
import type { RowProblem } from './row-problem.js';

/**
 * Who the owner of the export is, learned while importing (Profile.csv names, the owner's
 * side of Invitations.csv) and from earlier imports, so a message can say who sent it.
 */
export interface OwnerIdentity {
  /** Person keys (`u:` + normalised URL). */
  keys: Set<string>;
  /** Normalised full names. */
  names: Set<string>;
}

/** What a file's row mapper shares with the rest of one import. */
export interface MappingContext {
  owner: OwnerIdentity;
  /**
   * Counts repeated identities per kind of row. An import counts per file (see
   * {@link forFile}): the same file read twice gives the same keys, not a second copy.
   */
  occurrences(scope: string): OccurrenceCounter;
}

/**
 * The context for one file of an import: the same owner, its own occurrence counts. A ZIP
 * with an entry twice, or Basic and Complete unpacked side by side, then adds nothing twice,
 * while a row really repeated within a file still counts twice.
 */
export function forFile(context: MappingContext): MappingContext {
  return createMappingContext(context.owner);
}

export function createMappingContext(owner: OwnerIdentity): MappingContext {
  const counters = new Map<string, OccurrenceCounter>();
  return {
    owner,
    occurrences(scope) {
      let counter = counters.get(scope);
      if (!counter) {
        counter = new OccurrenceCounter();
        counters.set(scope, counter);
      }
      return counter;
    },
  };
}

/** Turns one row's cells into a record, or says why it cannot. */
export type RowMapper<R> = (cells: readonly string[]) => R | RowProblem;

export type RowMapperFactory<R> = (columns: ColumnMap, context: MappingContext) => RowMapper<R>;

/** A trimmed cell, or null when empty. */
export const orNull = (text: string): string | null => {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
};

/** Free text with Excel's CRLF turned into LF; null when blank. */
export const textOrNull = (text: string): string | null =>
  text.trim() === '' ? null : text.replace(/\r\n?/gu, '\n');

/** `key#n`: the n-th time (from 0) this identity occurred in the file. */
export function withOccurrence(counter: OccurrenceCounter, key: string, hash?: Hash64): string {
  return `${key}#${counter.next(hash ?? hashText64(key))}`;
}
