import { type RefObject, useEffect } from 'react';

/**
 * Keeps the card's open tab in the scrolling strip's view. A language change gives every label
 * another width, and the arrows at the strip's ends come and go after it, while MUI's strip keeps
 * its old scroll offset. So whenever the strip or a tab changes size (or a tab is added), the strip
 * scrolls just enough to show the open tab — horizontally only, never the page.
 */
export function useOpenTabInView(strip: RefObject<HTMLElement | null>, locale: string): void {
  useEffect(() => {
    const root = strip.current;
    if (!root || !locale || typeof ResizeObserver === 'undefined') return;
    const scrollToOpenTab = () => {
      const tab = root.querySelector('[role="tab"][aria-selected="true"]');
      const scroller = tab?.closest<HTMLElement>('.MuiTabs-scroller');
      if (!tab || !scroller) return;
      const [t, v] = [tab.getBoundingClientRect(), scroller.getBoundingClientRect()];
      // scrollLeft is physical in both directions (negative in right-to-left), so a shift by the overflow works in both.
      const shift = t.left < v.left ? t.left - v.left : t.right > v.right ? t.right - v.right : 0;
      if (shift !== 0) scroller.scrollLeft += shift;
    };
    // Once at the next frame, and again when MUI's own scroll animation (300 ms, begun on the old widths) has ended.
    let frame = 0;
    let settle: ReturnType<typeof setTimeout> | undefined;
    const showOpenTab = () => {
      cancelAnimationFrame(frame);
      clearTimeout(settle);
      frame = requestAnimationFrame(scrollToOpenTab);
      settle = setTimeout(scrollToOpenTab, 400);
    };
    // A newly observed element is reported once, which shows the open tab when the strip is first drawn.
    const sizes = new ResizeObserver(showOpenTab);
    const observed = new WeakSet<Element>();
    const observeAll = () => {
      for (const el of root.querySelectorAll('.MuiTabs-scroller, [role="tab"]')) {
        if (observed.has(el)) continue;
        observed.add(el);
        sizes.observe(el);
      }
    };
    const added = new MutationObserver(observeAll);
    added.observe(root, { childList: true, subtree: true });
    observeAll();
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(settle);
      sizes.disconnect();
      added.disconnect();
    };
  }, [strip, locale]);
}
