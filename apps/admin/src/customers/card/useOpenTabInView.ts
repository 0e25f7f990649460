import { type RefObject, useEffect } from 'react';

/**
 * Brings the card's open tab back into the scrolling strip's view when the language changes: its
 * label (and every one before it) takes another width, and MUI's strip keeps its old scroll offset.
 * Once the new labels are drawn (the next frames), the strip scrolls just enough to show it.
 */
export function useOpenTabInView(strip: RefObject<HTMLElement | null>, locale: string): void {
  useEffect(() => {
    if (!locale) return;
    const timer = setTimeout(() => {
      strip.current
        ?.querySelector('[role="tab"][aria-selected="true"]')
        ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }, 250);
    return () => clearTimeout(timer);
  }, [strip, locale]);
}
