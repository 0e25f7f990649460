import { useEffect, useState } from 'react';

/** How long without a key press, click or touch before the page counts as left alone. */
export const IDLE_AFTER_MS = 10 * 60_000;

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * True while the tab is visible and someone used it in the last ten minutes. The bell polls only
 * then: a hidden tab costs the server nothing, and a tab left open on an unattended screen stops
 * asking, so it does not keep the session alive past its idle timeout (every request would).
 */
export function usePageInUse(): { inUse: () => boolean; backInUse: number } {
  const [backInUse, setVisibleAgain] = useState(0);
  useEffect(() => {
    const onActivity = () => {
      const wasIdle = !inUse();
      lastActivity = Date.now();
      if (wasIdle) setVisibleAgain((n) => n + 1);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible') onActivity();
    };
    for (const event of ACTIVITY) window.addEventListener(event, onActivity, { passive: true });
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      for (const event of ACTIVITY) window.removeEventListener(event, onActivity);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);
  return { inUse, backInUse };
}

let lastActivity = Date.now();

function inUse(): boolean {
  return document.visibilityState === 'visible' && Date.now() - lastActivity < IDLE_AFTER_MS;
}
