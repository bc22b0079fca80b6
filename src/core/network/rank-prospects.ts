import type { UserLanguage } from '../i18n/languages.js';
import type { Interests } from '../settings/user-settings.js';
import { foldForMatching } from '../text/normalize-for-matching.js';

/** Someone the user found among their contacts' connections or at a target company. */
export interface Prospect {
  name: string;
  headline?: string;
  company?: string;
  location?: string;
  mutualConnections?: number;
  /** A shared connection by name, the strongest social proof for a note. */
  mutualName?: string;
  profileUrl?: string;
}

export type RankReasonCode =
  'company' | 'industry' | 'keyword' | 'place' | 'mutual-connections' | 'mutual-name';

export interface RankReason {
  code: RankReasonCode;
  points: number;
  /** The interest or figure that matched. */
  match: string;
  text: string;
}

export interface RankedProspect {
  prospect: Prospect;
  score: number;
  reasons: RankReason[];
}

/**
 * Points per kind of match (docs/formats.md, "Prospects"): the interests in the config say
 * where the network should grow, mutual connections say how warm the introduction is.
 */
export const rankPoints = {
  company: 40,
  industry: 20,
  keywordEach: 15,
  keywordMax: 2,
  place: 10,
  mutualNamed: 10,
  mutualMax: 20,
} as const;

/** Orders prospects by fit with the user's interests and by mutual connections, with reasons. */
export function rankProspects(
  prospects: readonly Prospect[],
  interests: Interests,
  language: UserLanguage,
): RankedProspect[] {
  return prospects
    .map((prospect) => rankOne(prospect, interests, language))
    .sort(
      (a, b) =>
        b.score - a.score ||
        (b.prospect.mutualConnections ?? 0) - (a.prospect.mutualConnections ?? 0) ||
        a.prospect.name.localeCompare(b.prospect.name),
    );
}

function rankOne(prospect: Prospect, interests: Interests, language: UserLanguage): RankedProspect {
  const reasons: RankReason[] = [];
  const add = (code: RankReasonCode, points: number, match: string): void => {
    reasons.push({ code, points, match, text: describeRank(code, match, language) });
  };
  const about = foldForMatching([prospect.headline, prospect.company].filter(Boolean).join(' · '));
  const company = interests.companies.find((name) => containsTerm(about, name));
  if (company) add('company', rankPoints.company, company);
  const industry = interests.industries.find((name) => containsTerm(about, name));
  if (industry) add('industry', rankPoints.industry, industry);
  for (const keyword of interests.keywords
    .filter((name) => containsTerm(about, name))
    .slice(0, rankPoints.keywordMax)) {
    add('keyword', rankPoints.keywordEach, keyword);
  }
  const place = prospect.location
    ? interests.places.find((name) => containsTerm(foldForMatching(prospect.location!), name))
    : undefined;
  if (place) add('place', rankPoints.place, place);
  const mutual = prospect.mutualConnections ?? 0;
  if (mutual > 0)
    add(
      'mutual-connections',
      Math.min(rankPoints.mutualMax, Math.round(8 * Math.log(1 + mutual))),
      String(mutual),
    );
  if (prospect.mutualName) add('mutual-name', rankPoints.mutualNamed, prospect.mutualName);
  const score = Math.min(
    100,
    reasons.reduce((sum, reason) => sum + reason.points, 0),
  );
  return { prospect, score, reasons };
}

/** A whole-word, case- and accent-insensitive match of an interest term. */
export function containsTerm(foldedText: string, term: string): boolean {
  const folded = foldForMatching(term).trim();
  if (!folded) return false;
  const escaped = folded.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(foldedText);
}

const rankTexts: Record<RankReasonCode, Record<UserLanguage, (match: string) => string>> = {
  company: {
    nl: (m) => `werkt bij of voor ${m}, een van je doelbedrijven`,
    en: (m) => `works at or for ${m}, one of your target companies`,
  },
  industry: {
    nl: (m) => `actief in ${m}, een sector die je zoekt`,
    en: (m) => `active in ${m}, an industry you look for`,
  },
  keyword: {
    nl: (m) => `noemt "${m}" in kop of bedrijf`,
    en: (m) => `mentions "${m}" in headline or company`,
  },
  place: { nl: (m) => `zit in ${m}`, en: (m) => `based in ${m}` },
  'mutual-connections': {
    nl: (m) => `${m} gemeenschappelijke connecties`,
    en: (m) => `${m} mutual connections`,
  },
  'mutual-name': {
    nl: (m) => `${m} kent jullie allebei: noem die naam`,
    en: (m) => `${m} knows you both: mention the name`,
  },
};

function describeRank(code: RankReasonCode, match: string, language: UserLanguage): string {
  return rankTexts[code][language](match);
}
