/** The outcome of one profile check (playbook §2): ok, missing, weak (failing) or unknown (nobody looked). */
export type CheckStatus = 'ok' | 'missing' | 'weak' | 'unknown';

export type HeadlineFinding =
  | 'headline-missing'
  | 'headline-job-seeking'
  | 'headline-title-pile'
  | 'headline-vague'
  | 'headline-slogan'
  | 'headline-too-long';

export type SummaryFinding =
  'summary-missing' | 'summary-slogans' | 'summary-too-short' | 'summary-too-long';

export interface HeadlineJudgement {
  status: CheckStatus;
  findings: HeadlineFinding[];
}

export interface SummaryJudgement {
  status: CheckStatus;
  findings: SummaryFinding[];
}

/** LinkedIn's limits (docs/formats.md, "Platform limits"). */
export const maxHeadlineChars = 220;
export const maxSummaryChars = 2600;
