import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { summarize } from '../../src/domain/record/summary.ts';
import { renderApp } from './render-app.tsx';

// The record's chunk fails to load once (a dropped connection), then loads.
const chunk = vi.hoisted(() => ({ failuresLeft: 1 }));
vi.mock('virtual:catalogue', async () => {
  const { makeStandard } = await import('../fixtures/standards.ts');
  const { parse } = await import('yaml');
  const { readFileSync } = await import('node:fs');
  const record = makeStandard({ id: 'ICC-02' });
  const vocab = (name: string) => parse(readFileSync(`standards/_vocab/${name}.yaml`, 'utf8'));
  return {
    summaries: [summarize(record)],
    vocabularies: { fields: vocab('fields'), partners: vocab('partners'), bodies: vocab('bodies'), collections: vocab('collections') },
    loaders: {
      'ICC-02': async () => {
        if (chunk.failuresLeft-- > 0) throw new Error('Failed to fetch dynamically imported module');
        return record;
      },
    },
  };
});

describe('a record whose chunk fails to load', () => {
  it('says so in the page\'s language, keeps the site around it, and loads on "try again"', async () => {
    const user = userEvent.setup();
    renderApp('/lo/standards/ICC-02');
    const alert = await screen.findByRole('alert');
    expect(alert.getAttribute('lang')).toBe('lo');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('ມີບາງຢ່າງຜິດພາດ');
    expect(alert.textContent).not.toMatch(/Something went wrong|Failed to fetch/);
    expect(screen.getByRole('searchbox')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'ລອງໃໝ່' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('ການບຳລຸງຮັກສາແບັດເຕີຣີ'));
  });
});
