import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from './render-app.tsx';

// The search texts fail to load the first time (a dropped connection), then load.
const load = vi.hoisted(() => ({ failuresLeft: 1 }));
vi.mock('virtual:search-sources', async () => {
  if (load.failuresLeft-- > 0) throw new Error('Failed to fetch dynamically imported module');
  const { buildSearchSources } = await import('../../src/node/catalogue/search-sources.ts');
  const { loadCatalogueOrExit } = await import('../../src/node/catalogue/load-catalogue.ts');
  const catalogue = loadCatalogueOrExit();
  return { default: buildSearchSources(catalogue), glossary: catalogue.glossary };
});

describe('a search whose texts fail to load', () => {
  it('says so instead of searching forever, and a retry loads them afresh', async () => {
    const user = userEvent.setup();
    renderApp('/en/search?q=' + encodeURIComponent('lcs 3'));
    const retry = await screen.findByRole('button', { name: 'Try again' });
    expect(screen.getByRole('alert').textContent).toMatch(/^The search could not load its texts/);
    expect(screen.queryByText('Searching…')).toBeNull();
    await user.click(retry);
    const results = await screen.findByRole('list', { name: /^Search:/ });
    expect(results.querySelector('a')?.getAttribute('href')).toMatch(/^\/en\/standards\/LCS-03(#|$)/);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
