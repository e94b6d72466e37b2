import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { summarize } from '../../src/domain/record/summary.ts';
import { renderApp } from './render-app.tsx';

// ICC-02 replaced ICC-01 and absorbed the old id ICC-09.
vi.mock('virtual:catalogue', async () => {
  const { makeStandard } = await import('../fixtures/standards.ts');
  const { parse } = await import('yaml');
  const { readFileSync } = await import('node:fs');
  const old = makeStandard({ id: 'ICC-01', supersededBy: 'ICC-02' });
  const current = makeStandard({ id: 'ICC-02', aliases: ['ICC-09'] });
  const vocab = (name: string) => parse(readFileSync(`standards/_vocab/${name}.yaml`, 'utf8'));
  return {
    summaries: [summarize(old), summarize(current)],
    vocabularies: { fields: vocab('fields'), partners: vocab('partners'), bodies: vocab('bodies'), collections: vocab('collections') },
    loaders: { 'ICC-01': async () => old, 'ICC-02': async () => current },
  };
});

describe('permanent links', () => {
  it('sends a former id to the current record, keeping the section', async () => {
    const { router } = renderApp('/en/standards/icc-09#assessment');
    await waitFor(() => expect(router.state.location.pathname).toBe('/en/standards/ICC-02'));
    expect(router.state.location.hash).toBe('assessment');
    expect(await screen.findByText('Former ids: ICC-09')).toBeTruthy();
  });

  it('keeps a superseded record readable, with a notice linking to its successor', async () => {
    renderApp('/en/standards/ICC-01');
    const notice = await screen.findByRole('link', { name: /superseded by ICC-02/ });
    expect(notice.getAttribute('href')).toBe('/en/standards/ICC-02');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Battery maintenance');
  });
});
