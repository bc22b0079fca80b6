import type { Prospect } from './rank-prospects.js';

/**
 * Maps one row of a prospects CSV by header name. The documented header is
 * `name,headline,company,location,mutualConnections,profileUrl`; common aliases are accepted
 * (docs/formats.md, "Prospects"): `First Name` + `Last Name`, `URL`/`Profile URL`,
 * `Title`/`Position`, `Organization`, `City`, `Mutual Connections`, `Mutual`.
 */
const aliases: Record<keyof Prospect | 'firstName' | 'lastName', readonly string[]> = {
  name: ['name', 'full name', 'naam'],
  firstName: ['first name', 'firstname', 'voornaam'],
  lastName: ['last name', 'lastname', 'achternaam'],
  headline: ['headline', 'title', 'position', 'job title', 'kop', 'functie'],
  company: ['company', 'organization', 'organisation', 'employer', 'bedrijf', 'organisatie'],
  location: ['location', 'city', 'place', 'locatie', 'plaats'],
  mutualConnections: [
    'mutualconnections',
    'mutual connections',
    'mutuals',
    'shared connections',
    'gemeenschappelijke connecties',
  ],
  mutualName: [
    'mutualname',
    'mutual name',
    'mutual',
    'shared connection',
    'gemeenschappelijke connectie',
    'via',
  ],
  profileUrl: ['profileurl', 'profile url', 'url', 'linkedin', 'linkedin url'],
};

export type ProspectRowProblem = { field: string; problem: 'missing-name' | 'not-a-number' };

export function mapProspectRow(
  row: Readonly<Record<string, string | undefined>>,
): Prospect | ProspectRowProblem {
  const normalised = new Map<string, string>();
  for (const [header, value] of Object.entries(row)) {
    normalised.set(
      header.trim().toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' '),
      (value ?? '').trim(),
    );
  }
  const cell = (field: keyof typeof aliases): string | undefined => {
    for (const alias of aliases[field]) {
      const value = normalised.get(alias);
      if (value) return value;
    }
    return undefined;
  };
  const name = cell('name') ?? [cell('firstName'), cell('lastName')].filter(Boolean).join(' ');
  if (!name) return { field: 'name', problem: 'missing-name' };
  const mutualText = cell('mutualConnections');
  const mutual = mutualText === undefined ? undefined : Number(mutualText.replace(/[^\d]/g, ''));
  if (
    mutualText !== undefined &&
    (mutual === undefined || Number.isNaN(mutual) || !/\d/.test(mutualText))
  ) {
    return { field: 'mutualConnections', problem: 'not-a-number' };
  }
  const optional = (field: 'headline' | 'company' | 'location' | 'mutualName' | 'profileUrl') => {
    const value = cell(field);
    return value ? { [field]: value } : {};
  };
  return {
    name,
    ...optional('headline'),
    ...optional('company'),
    ...optional('location'),
    ...(mutual === undefined ? {} : { mutualConnections: mutual }),
    ...optional('mutualName'),
    ...optional('profileUrl'),
  };
}

export function isProspectRowProblem(
  value: Prospect | ProspectRowProblem,
): value is ProspectRowProblem {
  return 'problem' in value;
}
