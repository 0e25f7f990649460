import { type MouseEvent as ReactMouseEvent, type PointerEvent as ReactPointerEvent, useState } from 'react';
import { useNotifyRefusal } from '../../common/useNotifyRefusal';
import { type ColumnPref, cleanWidth } from './columnPrefs';

/** How near a header's inline end (right, or left in Persian) a press starts resizing, in pixels. */
const EDGE_PX = 8;

/** The column a header cell belongs to (its `column-<key>` class) when the pointer is on its edge. */
function edgeOf(event: { target: EventTarget; clientX: number }) {
  const th = (event.target as Element).closest?.('th');
  const key = th && /(?:^|\s)column-(\S+)/.exec(th.className)?.[1];
  if (!th || !key) return null;
  const rect = th.getBoundingClientRect();
  const rtl = getComputedStyle(th).direction === 'rtl';
  const edge = rtl ? rect.left : rect.right;
  return Math.abs(event.clientX - edge) <= EDGE_PX ? { key, width: rect.width, rtl } : null;
}

/**
 * Columns resized by dragging a header's edge: the table follows the pointer (`live`), the width is
 * saved with the staff member's columns when the button is let go; a double click on the edge gives
 * the column its automatic width back.
 */
export function useColumnResize(prefs: readonly ColumnPref[], save: (next: ColumnPref[]) => Promise<void>) {
  const [live, setLive] = useState<ColumnPref | null>(null);
  const refused = useNotifyRefusal();
  // A refused save is said, and the column goes back to the width it has.
  const saveWidth = async (key: string, width: number | null) => {
    try {
      await save(prefs.map((c) => (c.key === key ? { key, width } : c)));
    } catch (error) {
      refused(error);
    } finally {
      setLive(null);
    }
  };
  const onPointerDown = (event: ReactPointerEvent) => {
    const edge = event.button === 0 ? edgeOf(event) : null;
    if (!edge) return;
    event.preventDefault();
    const startX = event.clientX;
    let width = Math.round(edge.width);
    let moved = false;
    let frame = 0;
    const move = (e: PointerEvent) => {
      moved ||= Math.abs(e.clientX - startX) > 2;
      if (!moved) return;
      width = cleanWidth(edge.width + (edge.rtl ? startX - e.clientX : e.clientX - startX)) ?? width;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setLive({ key: edge.key, width }));
    };
    const up = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      cancelAnimationFrame(frame);
      // A press without a drag (half of a double click) changes nothing.
      if (!moved) return;
      // The click that ends a drag is not a click on the header: it must not sort by the column.
      const swallow = (e: Event) => e.stopPropagation();
      window.addEventListener('click', swallow, { capture: true, once: true });
      setTimeout(() => window.removeEventListener('click', swallow, { capture: true }));
      setLive({ key: edge.key, width });
      void saveWidth(edge.key, width);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  };
  const onDoubleClick = (event: ReactMouseEvent) => {
    const edge = edgeOf(event);
    if (edge) void saveWidth(edge.key, null);
  };
  return { live, onPointerDown, onDoubleClick };
}
