import { createContext, useContext } from 'react';
import type { SettingsView } from './api/types.js';

export interface SettingsState {
  settings: SettingsView;
  setSettings(settings: SettingsView): void;
}

export const SettingsContext = createContext<SettingsState | undefined>(undefined);

/** The user's settings, loaded once by the app shell (the Settings page replaces them). */
export function useSettings(): SettingsState {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useSettings outside SettingsContext');
  return value;
}
