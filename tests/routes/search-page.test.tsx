import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app.tsx';

describe('search', () => {
  it('shows results for a shared search URL, with the snippet in its own language', async () => {
    renderApp('/en/search?q=' + encodeURIComponent('ແບັດເຕີຣີ'));
    // The search texts load and the index is built on first use: more than the default second on a busy machine.
    const results = await screen.findByRole('list', { name: /^Search:/ }, { timeout: 10_000 });
    const first = within(results).getAllByRole('listitem')[0];
    expect(within(first).getByRole('link').textContent).toBe('New-energy vehicle traction battery testing and maintenance');
    const mark = first.querySelector('mark')!;
    expect(mark.textContent).toBe('ແບັດເຕີຣີ');
    expect(mark.closest('[lang]')?.getAttribute('lang')).toBe('lo');
  });

  it('searches as the reader types, puts the query in the URL, and moves through results with the arrow keys', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/zh');
    await screen.findByRole('heading', { level: 1 });
    fireEvent.keyDown(document.body, { key: '/' });
    const box = screen.getByRole('searchbox');
    expect(document.activeElement).toBe(box);
    await user.type(box, 'lcs 3');
    await waitFor(() => expect(router.state.location.pathname).toBe('/zh/search'));
    expect(router.state.location.search).toEqual({ q: 'lcs 3' });
    const links = within(await screen.findByRole('list', { name: /^搜索：/ })).getAllByRole('link');
    expect(links[0].textContent).toBe('新能源汽车驱动电机及控制器检修');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(links[0]);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/zh/standards/LCS-03'));
  });

  it('says when nothing matches and offers browsing', async () => {
    renderApp('/lo/search?q=xylophone');
    expect(await screen.findByText('ບໍ່ມີມາດຕະຖານໃດກົງກັບ “xylophone”.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'ເບິ່ງມາດຕະຖານທັງໝົດແທນ' })).toBeTruthy();
  });
});
