import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from './render-app.tsx';

// A report with work to do: ICC-01's Lao nature is stale and a Lao objective missing; one UI string lacks Lao,
// another both Lao and English.
vi.mock('virtual:coverage', async () => {
  const { computeCoverage } = await import('../../src/domain/translation/coverage.ts');
  const { fingerprint } = await import('../../src/domain/translation/fingerprint.ts');
  const { withFingerprints } = await import('../fixtures/coverage.ts');
  const { makeStandard } = await import('../fixtures/standards.ts');
  const standard = withFingerprints(makeStandard());
  standard.fingerprints!.lo!.nature = fingerprint('旧的课程性质');
  standard.text.zh.objectives.skills.push('新增的技能目标');
  const ui = {
    zh: { common: { nav: { home: '首页', coverage: '翻译覆盖', about: '关于' } } },
    lo: { common: { nav: { home: 'ໜ້າຫຼັກ' } } },
    en: { common: { nav: { home: 'Home', coverage: 'Coverage' } } },
  };
  return { default: computeCoverage({ standards: [standard], ui }) };
});

describe('coverage page with work to do', () => {
  it('links a figure to the text most in need of work: the stale one first, then within a chosen section', async () => {
    const first = renderApp('/zh/coverage');
    const table = await screen.findByRole('table', { name: '记录' });
    const lao = within(table).getByRole('link', { name: /^ICC-01的老挝文：/ });
    expect(lao.getAttribute('href')).toBe('/zh/standards/ICC-01?compare=lo#nature');
    expect(lao.textContent).toMatch(/^ICC-01的老挝文：\s*已审校 0\.0%机器翻译 13 · 已过时 1 · 未翻译 1$/);
    // English lacks the new objective too.
    expect(within(table).getByRole('link', { name: /^ICC-01的英文：/ }).getAttribute('href')).toBe('/zh/standards/ICC-01?compare=en#objectives');
    first.unmount();
    renderApp('/en/coverage?section=objectives');
    const objectives = await screen.findByRole('table', { name: 'Records' });
    expect(within(objectives).getByRole('link', { name: /^ICC-01 in Lao:/ }).getAttribute('href')).toBe('/en/standards/ICC-01?compare=lo#objectives');
  });

  it('links from a Lao page to the Lao text beside the Chinese', async () => {
    renderApp('/lo/coverage?section=units');
    const table = await screen.findByRole('table', { name: 'ບັນທຶກ' });
    expect(within(table).getByRole('link', { name: /^ICC-01 ເປັນພາສາລາວ:/ }).getAttribute('href')).toBe('/lo/standards/ICC-01?compare=zh#unit-1');
  });

  it('lists the untranslated interface strings, the Chinese marked as Chinese', async () => {
    renderApp('/en/coverage');
    const list = await screen.findByRole('list', { name: 'Untranslated interface strings' });
    const [item, both] = within(list).getAllByRole('listitem');
    expect(item.textContent).toBe('common:nav.coverage 翻译覆盖 (missing in Lao)');
    expect(both.textContent).toBe('common:nav.about 关于 (missing in Lao, English)');
    expect(within(item).getByText('翻译覆盖').getAttribute('lang')).toBe('zh');
    const ui = screen.getByRole('table', { name: 'Interface strings' });
    const lao = ui.querySelector('tr[data-language="lo"]')!;
    expect(lao.querySelector('.coverage-percent')!.textContent).toBe('33.3%');
  });

  it('names the languages a string lacks the same way in the build and in any browser', async () => {
    renderApp('/zh/coverage');
    const list = await screen.findByRole('list', { name: '未翻译的界面文字' });
    expect(within(list).getAllByRole('listitem')[1].textContent).toBe('common:nav.about 关于 (缺少老挝文、英文)');
  });

  it('shows only records with a text in the chosen state', async () => {
    renderApp('/en/coverage?status=approved');
    expect(await screen.findByText('No record matches these filters.')).toBeTruthy();
    const records = screen.getByRole('region', { name: 'Records' });
    expect(within(records).getByRole('status').textContent).toBe('0 records');
    expect(screen.getByRole('link', { name: 'Clear filters' })).toBeTruthy();
  });
});
