import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizePersonName, normalizeProfileUrl, personKeyFor } from './profile-url.js';

describe('normalizeProfileUrl', () => {
  const same = 'linkedin.com/in/zoë-brandt';
  const cases: [string, string | undefined][] = [
    ['https://www.linkedin.com/in/zoë-brandt', same],
    ['https://www.linkedin.com/in/Zo%C3%AB-Brandt/', same],
    ['http://linkedin.com/in/zoe%CC%88-brandt', 'linkedin.com/in/zoë-brandt'],
    ['www.linkedin.com/in/zo%C3%AB-brandt', same],
    ['https://nl.linkedin.com/in/zoë-brandt?trk=people-guest#about', same],
    ['  https://WWW.LinkedIn.com/in/ZOË-BRANDT//  ', same],
    ['https://www.linkedin.com/in/ACoAAB1x2y3', 'linkedin.com/in/acoaab1x2y3'],
    ['https://www.linkedin.com/in/bad%E0%A4%A', 'linkedin.com/in/bad%e0%a4%a'],
    ['https://www.linkedin.com/in/', undefined],
    ['NULL', undefined],
    ['#N/A N/A', undefined],
    ['', undefined],
  ];
  for (const [input, expected] of cases) {
    it(`normalises "${input}"`, () => assert.equal(normalizeProfileUrl(input), expected));
  }
});

describe('person keys', () => {
  it('prefer the URL, else the name, else nothing', () => {
    assert.equal(personKeyFor('https://www.linkedin.com/in/jan/', 'Jan'), 'u:linkedin.com/in/jan');
    assert.equal(personKeyFor('', '  Jan   de Vries '), 'n:jan de vries');
    assert.equal(personKeyFor(undefined, ''), undefined);
  });

  it('keep diacritics, so Zoë and Zoe stay two people', () => {
    assert.notEqual(normalizePersonName('Zoë Brandt'), normalizePersonName('Zoe Brandt'));
    assert.equal(normalizePersonName('Zoe\u0308 BRANDT'), 'zoë brandt');
  });
});
