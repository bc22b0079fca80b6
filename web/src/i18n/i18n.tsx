import type { ReactNode } from 'react';
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { MessageKey } from './messages.js';
import { format, messages } from './messages.js';

export type UiLanguage = 'nl' | 'en';

const storageKey = 'netwerk.language';

/** The switch in the header wins; else the browser's languages decide (Dutch when listed first). */
export function initialLanguage(): UiLanguage {
  const stored = globalThis.localStorage?.getItem(storageKey);
  if (stored === 'nl' || stored === 'en') return stored;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const code = tag.slice(0, 2).toLowerCase();
    if (code === 'nl' || code === 'en') return code;
  }
  return 'en';
}

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

interface I18n {
  language: UiLanguage;
  setLanguage(language: UiLanguage): void;
  t: Translate;
  /** Dates and numbers in the UI language. */
  formatDate(iso: string): string;
  /** A moment with its time of day, in this browser's time zone. */
  formatDateTime(iso: string): string;
  formatNumber(value: number): string;
}

const I18nContext = createContext<I18n | undefined>(undefined);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setState] = useState<UiLanguage>(initialLanguage);
  const setLanguage = useCallback((next: UiLanguage) => {
    globalThis.localStorage?.setItem(storageKey, next);
    setState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const value = useMemo<I18n>(() => {
    const locale = language === 'nl' ? 'nl-NL' : 'en-GB';
    const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const moments = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const numbers = new Intl.NumberFormat(locale);
    return {
      language,
      setLanguage,
      t: (key, values) => format(messages[language][key], values),
      formatDate: (iso) => {
        const date = new Date(iso);
        return Number.isNaN(date.getTime()) ? iso : dates.format(date);
      },
      formatDateTime: (iso) => {
        const date = new Date(iso);
        return Number.isNaN(date.getTime()) ? iso : moments.format(date);
      },
      formatNumber: (value) => numbers.format(value),
    };
  }, [language, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
