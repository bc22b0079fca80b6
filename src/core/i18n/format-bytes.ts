import type { UserLanguage } from './languages.js';

/** A size as a person reads it: `812 bytes`, `3.4 KB`, `1.2 MB`, `4.0 GiB` (`1,2 MB` in Dutch). */
export function formatBytes(bytes: number, language: UserLanguage): string {
  const decimal = (value: number): string => {
    const text = value.toFixed(1);
    return language === 'nl' ? text.replace('.', ',') : text;
  };
  if (bytes >= 1024 ** 3) return `${decimal(bytes / 1024 ** 3)} GiB`;
  if (bytes >= 1024 ** 2) return `${decimal(bytes / 1024 ** 2)} MB`;
  if (bytes >= 1024) return `${decimal(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
