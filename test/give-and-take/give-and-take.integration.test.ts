import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { defaultUserSettings } from '../../src/core/settings/user-settings.js';
import { importExport } from '../../src/import/import-export.js';
import { tempDirectory } from '../../src/import/test-support/temp-directory.js';
import { loadEldLanguageScorer } from '../../src/language-detector/eld-language-scorer.js';
import type { Store } from '../../src/store/store.js';
import type { StoreTarget } from '../../src/store/test-support/store-targets.js';
import {
  postgresTarget,
  postgresUnavailable,
  sqliteTarget,
} from '../../src/store/test-support/store-targets.js';
import type { IntroductionContext } from '../../src/use-cases/introductions.js';
import { markIntroductionStatus, planIntroduction } from '../../src/use-cases/introductions.js';
import {
  listGiveBackSuggestions,
  loadLedger,
  loadLedgerEntry,
} from '../../src/use-cases/ledger.js';
import { now, person, writeGiveAndTakeExport } from './give-and-take-export.js';

/** [name, balance, suggestion] per person, as the ledger lists them. */
const rows = async (context: IntroductionContext) =>
  (await loadLedger(context)).people.map((entry) => [
    entry.name,
    entry.balance,
    entry.suggestion?.kind ?? null,
  ]);

function giveAndTakeContract(makeTarget: () => Promise<StoreTarget>, label: string): void {
  describe(`give and take on a generated export, ${label}`, () => {
    let target: StoreTarget;
    let store: Store;
    let context: IntroductionContext;
    before(async () => {
      const reason = postgresUnavailable();
      if (label.startsWith('PostgreSQL') && reason) throw new Error(reason);
      target = await makeTarget();
      store = await target.open();
      await importExport(await writeGiveAndTakeExport(tempDirectory('give')), store);
      context = {
        store,
        settings: { ...defaultUserSettings, language: 'en', signature: 'Best, Karin' },
        now: new Date(now),
        scorer: await loadEldLanguageScorer(),
      };
    });
    after(async () => {
      await store?.close();
      await target?.dispose();
    });

    it('keys endorsements to the connections’ own person keys, and recommendations by name', async () => {
      const connectionKeys = new Set((await store.listConnections()).map((c) => c.key));
      const endorsements = await store.listEndorsements();
      assert.equal(endorsements.length, 12);
      assert.deepEqual(
        endorsements.filter((e) => !connectionKeys.has(e.personKey)),
        [],
      );
      // Recommendations_*.csv has no URL: keyed `n:<name>`, tied to the connection by name.
      const recommendations = await store.listRecommendations();
      assert.deepEqual(
        recommendations
          .map((r) => [r.direction, r.personKey, connectionKeys.has(r.personKey)])
          .sort(),
        [
          ['given', `n:${person(7).name.toLowerCase()}`, false],
          ['received', `n:${person(1).name.toLowerCase()}`, false],
          ['received', `n:${person(4).name.toLowerCase()}`, false],
        ],
      );
    });

    it('reads every message once, a page at a time', async () => {
      const keys: string[] = [];
      let afterKey: string | undefined;
      for (;;) {
        const page = await store.listMessageTexts({ ...(afterKey ? { afterKey } : {}), limit: 4 });
        keys.push(...page.map((message) => message.key));
        if (page.length < 4) break;
        afterKey = page[page.length - 1]!.key;
      }
      assert.equal(keys.length, 6);
      assert.equal(new Set(keys).size, 6);
    });

    it('lists who gave and got what, most owed first, with what to give back', async () => {
      assert.deepEqual(await rows(context), [
        [person(4).name, 8, 'recommend'],
        [person(1).name, 8, 'recommend'],
        [person(22).name, 3, 'endorse'],
        [person(19).name, 1, 'endorse'],
        [person(31).name, 1, 'introduce'],
        // Equal balance, points and last date: by name.
        [person(16).name, -5, null],
        [person(10).name, -5, null],
        [person(7).name, -8, null],
      ]);
      const entry = await loadLedgerEntry(context, person(31).url);
      assert.deepEqual(entry.suggestion?.introduceTo, {
        personKey: `u:linkedin.com/in/${person(41).slug}`,
        name: person(41).name,
        profileUrl: person(41).url,
        shared: ['freelance', 'copywriter', 'b2b', 'tech'],
      });
      const nobody = await loadLedgerEntry(context, person(41).url);
      assert.deepEqual([nobody.balance, nobody.timeline], [0, []]);
    });

    it('drafts an introduction in each side’s language and logs it', async () => {
      const plan = await planIntroduction(
        context,
        { a: person(31).name, b: person(41).url },
        'you both write for B2B tech companies',
      );
      assert.deepEqual(
        [plan.a.language, plan.a.languageSource, plan.b.language, plan.b.languageSource],
        ['nl', 'messages', 'en', 'messages'],
      );
      assert.match(plan.drafts.askA.text, /^Hoi Дмитрий, /u);
      assert.match(
        plan.drafts.askA.text,
        /Eva A\. Jansen \(Freelance copywriter for B2B tech, Philips\)/u,
      );
      assert.match(plan.drafts.askB.text, /^Hi Eva, /u);
      assert.equal(plan.drafts.introduction.language, 'en');
      assert.match(
        plan.drafts.introduction.text,
        /You both write for B2B tech companies\.[\s\S]*\n\nBest, Karin$/u,
      );
      assert.equal(plan.whyLanguage, 'en');
      assert.deepEqual(
        [plan.introduction.id, plan.introduction.status, plan.introduction.createdAt],
        [1, 'drafted', '2026-11-26T12:00:00Z'],
      );
      // Once in the log, the pair is no longer suggested.
      const entry = await loadLedgerEntry(context, person(31).url);
      assert.equal(entry.suggestion?.kind, 'coffee');
    });

    it('counts an introduction marked done as given to both sides', async () => {
      const plan = await planIntroduction(
        context,
        { a: person(4).url, b: person(22).url },
        'payments',
      );
      await markIntroductionStatus(context, plan.introduction.id, 'asked');
      await markIntroductionStatus(context, plan.introduction.id, 'accepted');
      const done = await markIntroductionStatus(context, plan.introduction.id, 'done');
      assert.equal(done.doneAt, '2026-11-26T12:00:00Z');
      const after = await rows(context);
      assert.deepEqual(after.slice(0, 2), [
        [person(1).name, 8, 'recommend'],
        [person(4).name, 3, 'recommend'],
      ]);
      assert.deepEqual(
        after.find(([name]) => name === person(22).name),
        [person(22).name, -2, null],
      );
      assert.deepEqual(
        (await listGiveBackSuggestions(context, 3)).map((s) => [s.name, s.kind]),
        [
          [person(1).name, 'recommend'],
          [person(4).name, 'recommend'],
          [person(19).name, 'endorse'],
        ],
      );
    });

    it('says which namesakes fit a name, and that an unknown one is not a connection', async () => {
      await assert.rejects(
        planIntroduction(context, { a: person(20).name, b: person(41).url }, 'x'),
        (error: Error & { code?: string; details?: Record<string, string> }) =>
          error.code === 'person-ambiguous' &&
          (error.details?.candidates ?? '').includes(person(20).url) &&
          (error.details?.candidates ?? '').includes(person(21).url),
      );
      await assert.rejects(
        planIntroduction(context, { a: 'Nobody Known', b: person(41).url }, 'x'),
        { code: 'person-not-found' },
      );
    });
  });
}

giveAndTakeContract(sqliteTarget, 'SQLite');
giveAndTakeContract(
  postgresTarget,
  process.env.NETWERK_TEST_PG_URL ? 'PostgreSQL (server)' : 'PostgreSQL (PGlite)',
);

describe('give and take on an export from 2021, keyed by name', () => {
  it('gives the same ledger as an export with URLs, and finds each side’s language', async () => {
    const target = await sqliteTarget();
    const store = await target.open();
    try {
      await importExport(await writeGiveAndTakeExport(tempDirectory('give-2021'), '2021'), store);
      const context = { store, settings: { language: 'en' as const }, now: new Date(now) };
      assert.deepEqual(
        (await loadLedger(context)).people.map((entry) => [
          entry.name,
          entry.balance,
          entry.suggestion?.kind ?? null,
        ]),
        [
          [person(4).name, 8, 'recommend'],
          [person(1).name, 8, 'recommend'],
          [person(22).name, 3, 'endorse'],
          [person(19).name, 1, 'endorse'],
          [person(31).name, 1, 'introduce'],
          [person(16).name, -5, null],
          [person(10).name, -5, null],
          [person(7).name, -8, null],
        ],
      );
      // Connections keyed by name still find their messages, so their language.
      const plan = await planIntroduction(
        { ...context, scorer: await loadEldLanguageScorer() },
        { a: person(31).name, b: person(41).name },
        'you both write for B2B tech companies',
      );
      assert.deepEqual(
        [plan.a.language, plan.a.languageSource, plan.b.language, plan.b.languageSource],
        ['nl', 'messages', 'en', 'messages'],
      );
    } finally {
      await store.close();
      await target.dispose();
    }
  });
});
