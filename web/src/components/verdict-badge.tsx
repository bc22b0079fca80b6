import type { TriageVerdict } from '../api/types.js';
import { useI18n } from '../i18n/i18n.js';

const symbols: Record<TriageVerdict, string> = {
  accept: '✓',
  caution: '!',
  review: '?',
  ignore: '–',
};

/** The verdict in words with a symbol: colour is never the only cue. */
export function VerdictBadge({ verdict }: { verdict: TriageVerdict }) {
  const { t } = useI18n();
  return (
    <span className={`badge badge-${verdict}`}>
      <span aria-hidden="true">{symbols[verdict]} </span>
      {t(`verdict.${verdict}`)}
    </span>
  );
}
