import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectLanguage } from './detect-language.js';
import { detectRegister } from './detect-register.js';
import { firstNameOf } from './first-name.js';

describe('firstNameOf', () => {
  it('greets by the first real given name', () => {
    const cases: [string, string][] = [
      ['Karin de Vries', 'Karin'],
      ['Dr. Priya Raman, PhD', 'Priya'],
      ['ir. Jan-Willem van den Berg', 'Jan-Willem'],
      ['J. Smit', 'J. Smit'],
      ['🚀 Sophie Martin 🚀', 'Sophie'],
      ['MARK TAYLOR', 'Mark'],
      ['Prof. dr. Ahmed El Amrani', 'Ahmed'],
      ['Jane Doe, Ph.D.', 'Jane'],
      ['Dra. María José Gómez', 'María'],
      ['Avv. Bruno Neri', 'Bruno'],
      ['Dipl.-Ing. Jürgen Weiß', 'Jürgen'],
      ['Me Awa Kouassi', 'Awa'],
      ['Dr. med. Hans Müller', 'Hans'],
      ['Herr Dipl.-Kfm. Klaus Braun', 'Klaus'],
      ['Prof. Dr. h.c. Peter Weber', 'Peter'],
      ['ir. J.W. (Jan-Willem) de Boer', 'Jan-Willem'],
    ];
    for (const [name, expected] of cases) assert.equal(firstNameOf(name), expected, name);
  });
});

describe('detectRegister', () => {
  it('reads formal and informal address in Dutch, German, French, Spanish and Italian', () => {
    const cases: [
      Parameters<typeof detectRegister>[1],
      string,
      'formal' | 'informal' | undefined,
    ][] = [
      ['nl', 'Beste mevrouw Jansen, ik heb uw lezing gehoord.', 'formal'],
      ['nl', 'Hoi Karin, leuk je te ontmoeten.', 'informal'],
      ['de', 'Ich habe Ihren Vortrag gehört.', 'formal'],
      ['de', 'Schön, dich kennenzulernen!', 'informal'],
      ['fr', 'Ravi de vous avoir rencontrée.', 'formal'],
      ['fr', "Ravi de t'avoir rencontrée.", 'informal'],
      ['es', 'Encantado de conocerte.', 'informal'],
      ['es', 'Le escribo porque usted dirige el equipo.', 'formal'],
      ['it', 'Ho letto il tuo articolo.', 'informal'],
      ['it', 'Ho letto il Suo articolo e vorrei conoscerLa.', 'formal'],
      ['it', 'Ciao Marco, grazie per la chiacchierata di stamattina al workshop.', 'informal'],
      ['fr', 'Salut Julien, merci pour la conférence hier.', 'informal'],
      ['pt', 'A Ana Ferreira recomendou-me que falasse consigo sobre telemedicina.', 'formal'],
      ['pt', 'Não consigo ir ao evento, mas foi ótimo te conhecer.', 'informal'],
      ['en', 'Great to meet you.', undefined],
      ['nl', 'Goedemiddag.', undefined],
    ];
    for (const [language, text, expected] of cases)
      assert.equal(detectRegister(text, language), expected, text);
  });
});

describe('detectLanguage without an n-gram scorer', () => {
  it('decides clear notes on function words alone', () => {
    assert.equal(
      detectLanguage('Ik wil graag met je connecten omdat we bij de Rabobank werkten.'),
      'nl',
    );
    assert.equal(
      detectLanguage('I would like to connect with you because we both worked at the bank.'),
      'en',
    );
  });

  it('counts Romance "de" and "te" for Spanish, French and Portuguese too, not for Dutch alone', () => {
    assert.equal(
      detectLanguage(
        'Hola Robert, te conocí en el taller de cerámica de Sevilla el sábado; soy de Lagos.',
      ),
      'es',
    );
  });

  it('reads "we" as Dutch as much as English: a Dutch note full of it stays Dutch', () => {
    assert.equal(
      detectLanguage(
        'Hoi Karin, we zitten allebei in de IT-branche in Utrecht. Laten we connecten!',
      ),
      'nl',
    );
    assert.equal(detectLanguage('We met at the fair and we talked about your new plant.'), 'en');
  });

  it('says und without letters or evidence', () => {
    assert.equal(detectLanguage(''), 'und');
    assert.equal(detectLanguage('—'), 'und');
    assert.equal(detectLanguage('Xyzzy Plugh'), 'und');
  });
});
