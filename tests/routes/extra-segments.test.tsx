import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { summarize } from '../../src/domain/record/summary.ts';
import { renderApp } from './render-app.tsx';

vi.mock('virtual:catalogue', async () => {
  const { makeStandard } = await import('../fixtures/standards.ts');
  const { parse } = await import('yaml');
  const { readFileSync } = await import('node:fs');
  const record = makeStandard({ id: 'ICC-02' });
  const vocab = (name: string) => parse(readFileSync(`standards/_vocab/${name}.yaml`, 'utf8'));
  return {
    summaries: [summarize(record)],
    vocabularies: { fields: vocab('fields'), partners: vocab('partners'), bodies: vocab('bodies'), collections: vocab('collections') },
    loaders: { 'ICC-02': async () => record },
  };
});

describe('an address with more after the record id', () => {
  it('shows the not-found page naming the address, not the record', async () => {
    renderApp('/en/standards/ICC-02/extra');
    expect(await screen.findByText(/There is no page at/, {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText(/\/en\/standards\/ICC-02\/extra/)).toBeTruthy();
    expect(screen.queryByText('Battery maintenance')).toBeNull();
  });

  it('still shows the record at its own address', async () => {
    renderApp('/en/standards/ICC-02');
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Battery maintenance'), { timeout: 10_000 });
  });
});
