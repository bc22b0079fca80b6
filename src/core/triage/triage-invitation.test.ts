import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Invitation, InviterProfile } from '../invitation/invitation.js';
import type { TriageContext } from './triage-invitation.js';
import { triageInvitation } from './triage-invitation.js';

const goodProfile: Omit<InviterProfile, 'name'> = {
  hasPhoto: true,
  headline: 'Freelance copywriter for B2B tech',
  summary:
    'I write websites, case studies and white papers for software companies that sell to engineers.',
};

const english: TriageContext = { settings: { language: 'en' } };
const dutch: TriageContext = { settings: { language: 'nl' } };

function invitation(
  message: string | undefined,
  from: Partial<InviterProfile> = {},
  id = '1',
): Invitation {
  return {
    id,
    ...(message === undefined ? {} : { message }),
    from: { name: 'Karin de Vries', ...from },
  };
}

describe('triageInvitation', () => {
  it('accepts a clear personal note whatever the profile, and offers help by return', () => {
    for (const profile of [{}, { hasPhoto: false, headline: '', summary: '' }]) {
      const result = triageInvitation(
        invitation('Hi Karin, great meeting you at ProductCamp Utrecht yesterday!', profile),
        english,
      );
      assert.equal(result.verdict, 'accept');
      assert.equal(result.noteKind, 'personal');
      assert.equal(result.followUp, 'offer-help');
      assert.ok(result.reply && /help/i.test(result.reply), result.reply ?? '');
      assert.equal(result.reasons[0]?.code, 'note-personal');
    }
  });

  it('accepts an impersonal invitation from a complete profile and asks what brought them', () => {
    for (const message of [
      undefined,
      "I'd like to add you to my professional network on LinkedIn.",
    ]) {
      const result = triageInvitation(invitation(message, goodProfile), english);
      assert.equal(result.verdict, 'accept');
      assert.equal(result.followUp, 'ask-reason');
      assert.deepEqual(result.profileCheck, { photo: 'ok', headline: 'ok', summary: 'ok' });
      assert.ok(result.reasons.some((reason) => reason.code === 'profile-complete'));
      assert.ok(result.reply);
    }
  });

  it('ignores an impersonal invitation when any profile check is known to fail', () => {
    const failing: [Partial<InviterProfile>, string][] = [
      [{ hasPhoto: false }, 'photo-missing'],
      [{ headline: '' }, 'headline-missing'],
      [{ headline: 'Available for a challenging position' }, 'headline-job-seeking'],
      [{ headline: 'CEO | Investor | Visionary' }, 'headline-title-pile'],
      [{ headline: 'Consultant' }, 'headline-vague'],
      [{ summary: '' }, 'summary-missing'],
      [{ summary: 'A motivated team player who loves a challenge.' }, 'summary-slogans'],
    ];
    for (const [override, code] of failing) {
      const result = triageInvitation(
        invitation(undefined, { ...goodProfile, ...override }),
        english,
      );
      assert.equal(result.verdict, 'ignore', code);
      assert.equal(result.reply, null);
      assert.ok(
        result.reasons.some((reason) => reason.code === code),
        `${code}: ${JSON.stringify(result.reasons)}`,
      );
    }
  });

  it('asks for a review, saying what to check, when no fact fails but some are unknown', () => {
    const result = triageInvitation(invitation(undefined, { hasPhoto: true }), english);
    assert.equal(result.verdict, 'review');
    assert.deepEqual(result.profileCheck, { photo: 'ok', headline: 'unknown', summary: 'unknown' });
    assert.deepEqual(
      result.reasons.map((reason) => reason.code),
      ['note-none', 'check-headline', 'check-summary'],
    );
  });

  it('ignores rather than reviews when one fact fails and others are unknown', () => {
    const result = triageInvitation(invitation(undefined, { hasPhoto: false }), english);
    assert.equal(result.verdict, 'ignore');
  });

  it('puts caution first, even over a personal-looking note, and explains the signals with their words', () => {
    const result = triageInvitation(
      invitation(
        'Hi Karin, great meeting you at the summit yesterday! Contact me on WhatsApp about our funding available for your projects.',
        goodProfile,
      ),
      english,
    );
    assert.equal(result.verdict, 'caution');
    assert.equal(result.reply, null);
    assert.equal(result.followUp, null);
    const codes = result.signals.map((signal) => signal.code);
    assert.ok(
      codes.includes('off-platform-contact') && codes.includes('unsolicited-funding'),
      codes.join(),
    );
    assert.ok(result.signals.every((signal) => signal.evidence.length > 0));
  });

  it('finds caution signals in the headline or summary too', () => {
    const result = triageInvitation(
      invitation(undefined, {
        ...goodProfile,
        headline: 'Capital Provider | Funding available worldwide',
      }),
      english,
    );
    assert.equal(result.verdict, 'caution');
    assert.equal(result.signals[0]?.evidence[0]?.field, 'headline');
  });

  it('never turns a location, an investor title or a small network into a caution on its own', () => {
    const cases: Partial<InviterProfile>[] = [
      { ...goodProfile, location: 'Lagos, Nigeria' },
      {
        ...goodProfile,
        location: 'Dubai',
        headline: 'Angel investor and partner at Gulf Ventures',
      },
      { ...goodProfile, location: 'London', connections: 3, mutualConnections: 0 },
      { location: 'Lagos', hasPhoto: false, connections: 2 },
    ];
    for (const profile of cases) {
      const result = triageInvitation(invitation(undefined, profile), english);
      assert.notEqual(result.verdict, 'caution', JSON.stringify(profile));
    }
  });

  it('uses few connections only to support signals found in the text', () => {
    const result = triageInvitation(
      invitation('Greetings, our fund offers project loans at 1.5% interest', { connections: 7 }),
      english,
    );
    assert.equal(result.verdict, 'caution');
    assert.ok(result.reasons.some((reason) => reason.code === 'few-connections'));
  });

  it("replies in the note's language, else the profile's, else the user's", () => {
    const german = triageInvitation(
      invitation('Hallo Karin, ich habe Ihren Vortrag auf der LogiMAT in Stuttgart gehört.'),
      english,
    );
    assert.equal(german.language, 'de');
    assert.match(german.reply ?? '', /Ihnen|Ihre/);

    const profileLanguage = triageInvitation(
      invitation(undefined, {
        hasPhoto: true,
        headline: 'Verpleegkundige bij Isala in Zwolle',
        summary:
          'Ik werk al twaalf jaar op de intensive care van Isala en begeleid nieuwe collega’s bij hun inwerkperiode.',
      }),
      english,
    );
    assert.equal(profileLanguage.language, 'nl');
    assert.match(profileLanguage.reply ?? '', /uitnodiging/);

    const unknown = triageInvitation(
      invitation(undefined, { hasPhoto: true, headline: 'ASML', summary: '' }),
      dutch,
    );
    assert.equal(unknown.language, 'und');
  });

  it('greets the inviter by first name in the reply', () => {
    const result = triageInvitation(
      {
        id: '9',
        message: 'Hi, thanks for your talk at Web Summit yesterday about onboarding!',
        from: { name: 'Dr. Priya Raman, PhD' },
      },
      english,
    );
    assert.match(result.reply ?? '', /^Hi Priya|^Hello Priya/);
  });

  it("mirrors the note's register: Dutch u, German du, French tu", () => {
    const formalDutch = triageInvitation(
      invitation(
        'Beste mevrouw De Vries, ik heb uw lezing bij de KvK in Breda met veel plezier gevolgd.',
      ),
      english,
    );
    assert.match(formalDutch.reply ?? '', /\b(u|uw)\b/);
    const informalGerman = triageInvitation(
      invitation('Hallo Karin, schön, dich gestern beim Barcamp in Köln kennengelernt zu haben!'),
      english,
    );
    assert.match(informalGerman.reply ?? '', /\b(dich|dir|deine?)\b/);
    const informalFrench = triageInvitation(
      invitation('Salut Karin, ravi de t’avoir rencontrée hier au salon VivaTech !'),
      english,
    );
    assert.match(informalFrench.reply ?? '', /\b(ton|ta|t'|te)\b/);
  });

  it('uses Dutch je, German Sie and French vous when the note does not tell', () => {
    const profile = { ...goodProfile };
    const reply = (headline: string, summary: string) =>
      triageInvitation(invitation(undefined, { ...profile, headline, summary }), english).reply ??
      '';
    assert.match(
      reply(
        'Verpleegkundige bij Isala',
        'Ik begeleid nieuwe verpleegkundigen op de intensive care van Isala in Zwolle.',
      ),
      /\b(je|jou)\b/,
    );
    assert.match(
      reply(
        'Einkaufsleiterin bei Bosch Rexroth',
        'Ich leite den strategischen Einkauf für Hydraulikkomponenten bei Bosch Rexroth in Lohr.',
      ),
      /\b(Sie|Ihnen|Ihre)\b/,
    );
    assert.match(
      reply(
        'Avocate chez Gide à Paris',
        'Je conseille les entreprises industrielles sur leurs contrats de distribution en Europe.',
      ),
      /\b(vous|votre)\b/,
    );
  });

  it('appends the signature from the config, and none without it', () => {
    const note = 'Hi Karin, great meeting you at ProductCamp Utrecht yesterday!';
    const signed = triageInvitation(invitation(note), {
      settings: { language: 'en', signature: 'Best, Robert Vos' },
    });
    assert.ok(signed.reply?.endsWith('\n\nBest, Robert Vos'));
    const unsigned = triageInvitation(invitation(note), english);
    assert.ok(!unsigned.reply?.includes('Robert'));
  });

  it('drafts the same reply for the same invitation, and varies between invitations', () => {
    const replies = new Set<string>();
    for (let index = 0; index < 12; index += 1) {
      const first = triageInvitation(
        invitation(undefined, goodProfile, `id-${index}`),
        english,
      ).reply;
      const again = triageInvitation(
        invitation(undefined, goodProfile, `id-${index}`),
        english,
      ).reply;
      assert.equal(first, again);
      if (first) replies.add(first);
    }
    assert.ok(replies.size > 1, 'several phrasings');
  });

  it("states every reason in the user's language", () => {
    const result = triageInvitation(invitation(undefined, { hasPhoto: false }), dutch);
    assert.match(result.reasons.map((reason) => reason.text).join(' '), /profielfoto/);
    const english_ = triageInvitation(invitation(undefined, { hasPhoto: false }), english);
    assert.match(english_.reasons.map((reason) => reason.text).join(' '), /profile photo/);
  });

  it("rules the playbook's borderline notes from an unknown profile as generic reviews, and caution over the fund note", () => {
    const generic = [
      "Hi Karin, we're both in logistics, let's connect",
      "Hi Karin, your profile caught my eye and I'd be glad to have you in my network",
      'Hi Karin, I have an exciting opportunity that matches your background',
      'Hi Karin, we help firms like yours cut IT costs by 30%, open to a chat?',
      "Hi Karin, will you be at the Dutch Logistics Fair? Let's discuss how we can grow your sales",
      "I'd like to add you to my professional network on LinkedIn. - Peter",
    ];
    for (const message of generic) {
      const result = triageInvitation(invitation(message), english);
      assert.equal(result.verdict, 'review', message);
      assert.equal(result.noteKind, 'generic', message);
    }
    const fund = triageInvitation(
      invitation('Greetings, our fund offers project loans at 1.5% interest, write me on Telegram'),
      english,
    );
    assert.equal(fund.verdict, 'caution');
  });
});
