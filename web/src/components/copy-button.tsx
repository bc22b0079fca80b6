import { useState } from 'react';

/** Puts text on the clipboard; says so in a live region, or that the user must copy by hand. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function CopyButton(props: { text: string; label: string; done: string; failed: string }) {
  const [state, setState] = useState<'idle' | 'done' | 'failed'>('idle');
  return (
    <span className="copy">
      <button
        type="button"
        onClick={async () => setState((await copyText(props.text)) ? 'done' : 'failed')}
      >
        {props.label}
      </button>
      <span role="status" className="copy-status">
        {state === 'done' ? props.done : state === 'failed' ? props.failed : ''}
      </span>
    </span>
  );
}
