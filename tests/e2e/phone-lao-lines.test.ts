import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launchDevice } from './phone.ts';

const base = inject('previewUrl');
/** Records whose Lao uses ໆ, found in the record files (a few, to keep the test short). */
const withRepeatMark = readdirSync('standards', { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.yaml') && !name.startsWith('_') && readFileSync(join('standards', name), 'utf8').includes('ໆ'))
  .map((name) => name.split('/').pop()!.replace('.yaml', ''))
  .slice(0, 4);

describe.skipIf(!inject('browser'))('Lao lines on a phone', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await launchDevice('phone');
  });
  afterAll(async () => context?.close());

  it('never begin with ໆ: each one sits on the line of the character before it', async () => {
    expect(withRepeatMark.length).toBeGreaterThan(0);
    const page = await context.newPage();
    for (const id of withRepeatMark) {
      await page.goto(`${base}/lo/standards/${id}`, { waitUntil: 'networkidle' });
      const report = await page.evaluate(() => {
        const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
        let checked = 0;
        const broken: string[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          for (let i = text.indexOf('ໆ'); i >= 0; i = text.indexOf('ໆ', i + 1)) {
            const mark = document.createRange();
            mark.setStart(node, i);
            mark.setEnd(node, i + 1);
            // The character before it, in this text node or at the end of the one before.
            const before = document.createRange();
            if (i > 0) {
              before.setStart(node, i - 1);
              before.setEnd(node, i);
            } else {
              before.setStartBefore(node);
              before.setEnd(node, 0);
            }
            const [a] = before.getClientRects();
            const [b] = mark.getClientRects();
            checked++;
            if (a && b && Math.abs(a.top - b.top) > 2) broken.push(text.slice(Math.max(0, i - 8), i + 1));
          }
        }
        return { checked, broken };
      });
      expect(report.checked, id).toBeGreaterThan(0);
      expect(report.broken, id).toEqual([]);
    }
  });
});
