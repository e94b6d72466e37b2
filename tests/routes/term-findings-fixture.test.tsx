import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from './render-app.tsx';

// The real catalogue passes the check; this one has drifted: a forbidden Lao form and Latin left in Lao (LCS-03),
// a missing English term (ICC-09).
vi.mock('virtual:term-findings', async () => {
  const { checkTerms } = await import('../../src/domain/terms/check-terms.ts');
  const { findingsByRecord } = await import('../../src/domain/terms/findings-by-record.ts');
  const { fixtureGlossary } = await import('../fixtures/glossary.ts');
  const { makeStandard } = await import('../fixtures/standards.ts');
  const record = (id: string) => {
    const standard = makeStandard({ id });
    standard.text.lo = JSON.parse(JSON.stringify(standard.text.lo).replace(/[A-Za-z]+/g, 'ຂໍ້ຄວາມ'));
    return standard;
  };
  const drifted = record('LCS-03');
  drifted.text.zh.summary = '本课程标准规定绝缘检测。';
  drifted.text.lo!.summary = 'ມາດຕະຖານວິຊານີ້ກຳນົດການກວດ ສນວນ ດ້ວຍ megger.';
  drifted.text.en!.summary = 'This course standard covers insulation testing.';
  const missing = record('ICC-09');
  missing.text.zh.nature = '联锁设备。';
  missing.text.lo!.nature = 'ອຸປະກອນ ລະບົບລັອກ.';
  missing.text.en!.nature = 'Signalling equipment.';
  return { default: findingsByRecord(checkTerms([drifted, missing], fixtureGlossary)) };
});

describe('terminology findings on the coverage page', () => {
  it('counts findings per record and language and lists them on demand, each concept linked to the glossary', async () => {
    const user = userEvent.setup();
    renderApp('/en/coverage');
    const section = await screen.findByRole('region', { name: 'Terminology findings' });
    const rows = within(section).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.querySelector('summary')?.textContent ?? cell.textContent))).toEqual([
      ['0', '0', '1 finding'],
      ['0', '2 findings', '0'],
    ]);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['ICC-09', 'LCS-03']);

    const lao = rows[1].querySelector('td[data-language="lo"] details')!;
    expect(lao.hasAttribute('open')).toBe(false);
    await user.click(within(lao as HTMLElement).getByText('2 findings'));
    const items = within(lao as HTMLElement).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'summary Form to avoid (course-standard): found “ມາດຕະຖານວິຊາ”, expected “ມາດຕະຖານຫຼັກສູດ”',
      'summary Foreign script in Lao: found “megger”',
    ]);
    expect(within(items[0]).getByRole('link', { name: 'course-standard' }).getAttribute('href')).toBe('/en/glossary#course-standard');
    expect(items[0].querySelector('span[lang="lo"]')?.textContent).toBe('ມາດຕະຖານວິຊາ');
    const english = rows[0].querySelector('td[data-language="en"] li')!;
    expect(english.textContent).toBe('nature Term missing (interlocking), expected “interlocking”');
  });

  it('is written in the page language', async () => {
    renderApp('/lo/coverage');
    const section = await screen.findByRole('region', { name: 'ຜົນການກວດຄຳສັບ' });
    expect(within(section).getByText('2 ບັນຫາ')).toBeTruthy();
    expect(within(section).getByRole('link', { name: /ໜ້າຄຳສັບສະເພາະ/ }).getAttribute('href')).toBe('/lo/glossary');
  });
});
