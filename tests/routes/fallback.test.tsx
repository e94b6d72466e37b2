import { COURSE_SHAPE } from '../../src/domain/record/text-shape.ts';
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { summarize } from '../../src/domain/record/summary.ts';
import { renderApp } from './render-app.tsx';

// A catalogue whose only record has no Lao translation yet.
vi.mock('virtual:catalogue', async () => {
  const { makeStandard } = await import('../fixtures/standards.ts');
  const standard = makeStandard({ translation: { zh: 'source', en: 'draft' } });
  delete standard.text.lo;
  const { parse } = await import('yaml');
  const { readFileSync } = await import('node:fs');
  const vocab = (name: string) => parse(readFileSync(`standards/_vocab/${name}.yaml`, 'utf8'));
  return {
    summaries: [summarize(standard)],
    vocabularies: { fields: vocab('fields'), partners: vocab('partners'), bodies: vocab('bodies'), collections: vocab('collections') },
    loaders: { [standard.id]: async () => standard },
  };
});

describe('a record not yet translated into the page language', () => {
  it('falls back lo → en with a visible marker and the fallback text in its own language', async () => {
    const { container } = renderApp('/lo/standards/ICC-01');
    expect(await screen.findByText('ຍັງບໍ່ທັນແປເປັນພາສາລາວ. ສະແດງເປັນພາສາອັງກິດ.')).toBeTruthy();
    const title = screen.getByRole('heading', { level: 1 });
    expect(title.textContent).toBe('Battery maintenance');
    expect(title.getAttribute('lang')).toBe('en');
    const sections = container.querySelectorAll('.standard-section > div[lang]');
    expect(sections.length).toBe(COURSE_SHAPE.sections.length);
    sections.forEach((section) => expect(section.getAttribute('lang')).toBe('en'));
    // The interface itself stays Lao.
    expect(screen.getByRole('heading', { level: 2, name: 'ເນື້ອໃນຂອງຫຼັກສູດ' })).toBeTruthy();
  });
});
