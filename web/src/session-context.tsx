import { createContext, useContext } from 'react';
import type { SessionView } from './api/types.js';

/** Which server this is and who is signed in: loaded with the settings by the app shell. */
export const SessionContext = createContext<SessionView | undefined>(undefined);

export function useSession(): SessionView {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionContext');
  return value;
}
