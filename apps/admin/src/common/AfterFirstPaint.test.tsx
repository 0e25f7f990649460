import { render, screen } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { AfterFirstPaint } from './AfterFirstPaint';

/** Notes what the page holds when the first render is committed (before the browser paints it). */
function FirstCommit({ noted }: { noted: string[] }) {
  useLayoutEffect(() => {
    noted.push(document.body.textContent ?? '');
  }, [noted]);
  return null;
}

describe('a part drawn after the first paint', () => {
  it('is absent from the first render and comes right after it', async () => {
    const noted: string[] = [];
    render(
      <div>
        <span>rows</span>
        <AfterFirstPaint>
          <span>switchers</span>
        </AfterFirstPaint>
        <FirstCommit noted={noted} />
      </div>,
    );
    expect(await screen.findByText('switchers')).toBeTruthy();
    expect(noted).toEqual(['rows']);
  });
});
