import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ConnectionFact } from '../network/network-facts.js';
import { findPerson, PersonIndex } from './person-index.js';

const connection = (
  personKey: string,
  name: string,
  profileUrl: string | null,
): ConnectionFact => ({
  personKey,
  name,
  profileUrl,
  company: null,
  position: null,
  connectedOn: '2024-01-01',
});
const people = [
  connection(
    'u:linkedin.com/in/zoë-brandt',
    'Zoë Brandt',
    'https://www.linkedin.com/in/Zo%C3%AB-Brandt/',
  ),
  connection('u:linkedin.com/in/jan-1', 'Jan Jansen', 'https://www.linkedin.com/in/jan-1'),
  connection('u:linkedin.com/in/jan-2', 'Jan Jansen', 'https://www.linkedin.com/in/jan-2'),
  connection('n:piet de boer|2019-05-01#0', 'Piet de Boer', null),
];

describe('findPerson', () => {
  it('finds a connection by any spelling of the profile URL, which wins over namesakes', () => {
    const match = findPerson('www.linkedin.com/in/jan-2?trk=x', people);
    assert.equal(match.kind === 'found' && match.person.personKey, 'u:linkedin.com/in/jan-2');
    const zoe = findPerson('https://nl.linkedin.com/in/zo%C3%AB-brandt', people);
    assert.equal(zoe.kind === 'found' && zoe.person.name, 'Zoë Brandt');
  });

  it('finds by full name, or by first or last name, and says when namesakes make it ambiguous', () => {
    const byLast = findPerson('de boer', people);
    assert.equal(byLast.kind === 'found' && byLast.person.name, 'Piet de Boer');
    const namesakes = findPerson('Jan Jansen', people);
    assert.equal(namesakes.kind, 'ambiguous');
    assert.deepEqual(
      namesakes.kind === 'ambiguous' && namesakes.candidates.map((c) => c.profileUrl),
      ['https://www.linkedin.com/in/jan-1', 'https://www.linkedin.com/in/jan-2'],
    );
    assert.equal(findPerson('Sanne', people).kind, 'none');
  });
});

describe('PersonIndex', () => {
  it('ties a key, a URL key or a unique name to one connection, and namesakes to none', () => {
    const index = new PersonIndex(people);
    assert.equal(
      index.resolve('u:linkedin.com/in/jan-1', 'Jan Jansen')?.profileUrl,
      'https://www.linkedin.com/in/jan-1',
    );
    assert.equal(index.resolve('n:piet de boer', null)?.name, 'Piet de Boer');
    assert.equal(
      index.resolve('u:linkedin.com/in/piet-elsewhere', 'Piet de Boer')?.name,
      'Piet de Boer',
    );
    assert.equal(index.resolve('n:jan jansen', 'Jan Jansen'), undefined);
    assert.equal(index.resolve('u:linkedin.com/in/nobody', 'Nobody'), undefined);
  });
});
