import QRCode from 'qrcode';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from './render-app.tsx';

/** Reads the dark modules back out of the SVG path the QR component draws. */
function modulesOf(svg: Element): Set<string> {
  const d = svg.querySelector('path')!.getAttribute('d')!;
  return new Set([...d.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map(([, x, y]) => `${x},${y}`));
}

describe('share panel', () => {
  it('draws the QR code of the short link', async () => {
    const url = `${location.origin}/s/LCS-01`;
    renderApp('/en/standards/LCS-01');
    const svg = await screen.findByRole('img', { name: `QR code for ${url}` });
    await waitFor(() => expect(svg.querySelector('path')).not.toBeNull());
    const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
    const expected = new Set<string>();
    for (let y = 0; y < modules.size; y++) for (let x = 0; x < modules.size; x++) if (modules.get(y, x)) expected.add(`${x},${y}`);
    expect(modulesOf(svg)).toEqual(expected);
  });

  it('copies the short link, the record link and a section\'s short link, and cites in the page language', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderApp('/zh/standards/ICC-03');
    fireEvent.click(await screen.findByRole('button', { name: '复制本标准的链接' }));
    expect(writeText).toHaveBeenLastCalledWith(`${location.origin}/zh/standards/ICC-03`);
    expect(await screen.findByText('链接已复制。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '复制“考核评价”一节的链接' }));
    expect(writeText).toHaveBeenLastCalledWith(`${location.origin}/s/ICC-03#assessment`);
    fireEvent.click(screen.getByRole('button', { name: '复制本标准的短链接（按读者的语言打开）' }));
    expect(writeText).toHaveBeenLastCalledWith(`${location.origin}/s/ICC-03`);
    const citation = document.querySelector('.citation')!.textContent!;
    expect(citation).toMatch(/^重庆城市职业学院.《计算机联锁与调度集中系统》（ICC-03），第1\.\d版，\d{4}-\d{2}-\d{2}。示例记录。http/);
  });

  it('prints from the print button', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    renderApp('/lo/standards/LCS-17');
    fireEvent.click(await screen.findByRole('button', { name: 'ພິມ' }));
    await waitFor(() => expect(print).toHaveBeenCalled());
  });
});

describe('short links', () => {
  it('open the record in the reader language and keep the section', async () => {
    localStorage.setItem('lao-standards.language', 'lo');
    const { router } = renderApp('/s/LCS-03#units');
    await waitFor(() => expect(router.state.location.pathname).toBe('/lo/standards/LCS-03'));
    expect(router.state.location.hash).toBe('units');
  });
});
