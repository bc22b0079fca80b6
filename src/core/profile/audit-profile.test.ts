import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { auditProfile } from './audit-profile.js';
import type { PhotoFacts } from './judge-photo.js';
import { mergeProfileFacts } from './profile-facts.js';

const portrait: PhotoFacts = {
  width: 512,
  height: 512,
  faces: 1,
  largestFaceShare: 0.082,
  brightness: 0.46,
  contrast: 0.29,
  sharpness: 17.7,
  faceBrightness: 0.52,
};

const goodSummary = {
  nl: "Hartelijk dank voor uw bezoek aan mijn profiel. Waarmee zou ik u mogen helpen? Ik help zzp'ers met hun boekhouding. Ik ben sinds 2012 zelfstandig boekhouder.",
  en: 'Thanks for visiting my profile. How can I help you? I help small firms cut their IT costs. I am a former network engineer with 15 years of experience.',
};

describe('auditProfile', () => {
  it('finds a complete profile fine, with a score of 100', () => {
    const audit = auditProfile({
      facts: { headline: 'Boekhouder bij Cijferwerk', summary: goodSummary.nl, hasPhoto: true },
      photo: portrait,
      language: 'nl',
    });
    assert.equal(audit.fine, true);
    assert.equal(audit.score, 100);
    assert.equal(audit.photo?.verdict, 'good');
  });

  it('is not fine when any audited part has findings', () => {
    const audit = auditProfile({
      facts: { headline: 'Open to work', summary: goodSummary.en },
      photo: portrait,
      language: 'en',
    });
    assert.equal(audit.fine, false);
    assert.equal(audit.headline.verdict, 'weak');
  });

  it('says a profile without any uploaded photo has none, and scores it 0', () => {
    const audit = auditProfile({
      facts: { hasPhoto: false, headline: 'Nurse at Isala' },
      language: 'en',
    });
    assert.equal(audit.photo?.verdict, 'missing');
    assert.match(audit.photo?.advice ?? '', /bag over your head/);
    assert.equal(audit.score, 50);
    assert.equal(audit.fine, false);
  });

  it('does not judge an uploaded photo it has not seen, and leaves it out of the score', () => {
    const audit = auditProfile({
      facts: { hasPhoto: true, headline: 'Nurse at Isala' },
      language: 'nl',
    });
    assert.equal(audit.photo?.verdict, 'not-checked');
    assert.match(audit.photo?.advice ?? '', /niet gezien/);
    assert.deepEqual(audit.scoredParts, ['headline']);
    assert.equal(audit.fine, true);
  });

  it('has no photo part when nothing is known about the photo', () => {
    assert.equal(
      auditProfile({ facts: { headline: 'Nurse at Isala' }, language: 'en' }).photo,
      undefined,
    );
  });

  it("writes the rewrites in the profile's language and the advice in the user's", () => {
    const audit = auditProfile({
      facts: {
        headline: 'Op zoek naar een nieuwe uitdaging',
        summary: goodSummary.nl,
        position: { title: 'Boekhouder', company: 'Cijferwerk' },
      },
      language: 'en',
    });
    assert.equal(audit.rewriteLanguage, 'nl');
    assert.match(audit.headline.rewrites[0] ?? '', /^Boekhouder bij Cijferwerk \| Ik help zzp'ers/);
    assert.match(audit.headline.findings[0]?.advice ?? '', /^Your headline only says/);
  });

  it("falls back on the user's language for rewrites when the profile's cannot be told", () => {
    const audit = auditProfile({
      facts: { position: { title: 'CTO', company: 'Acme' } },
      language: 'nl',
    });
    assert.equal(audit.rewriteLanguage, 'nl');
    assert.equal(audit.headline.rewrites[0], 'CTO bij Acme');
  });
});

describe('mergeProfileFacts', () => {
  it('lets later facts replace earlier ones field by field, and keeps an empty string', () => {
    const stored = { headline: 'Old', summary: 'Stored summary', industry: 'IT', hasPhoto: true };
    const file = { headline: 'From file', position: { title: 'Nurse' } };
    const flags = { summary: '' };
    assert.deepEqual(mergeProfileFacts(stored, file, flags), {
      headline: 'From file',
      summary: '',
      industry: 'IT',
      hasPhoto: true,
      position: { title: 'Nurse' },
    });
  });
});
