import { describe, expect, it } from 'vitest';
import { translationReportUrl } from '../../../src/domain/links/translation-report.ts';

const about = { subject: 'ບັນຫາການແປ: LCS-01 (ລາວ)', pageUrl: 'https://lcs.example/lo/standards/LCS-01' };

describe('translationReportUrl', () => {
  it('gives an e-mail a subject and a body naming the page, encoded', () => {
    const url = new URL(translationReportUrl('mailto:team@lcs.example', about));
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('team@lcs.example');
    expect(url.searchParams.get('subject')).toBe(about.subject);
    expect(url.searchParams.get('body')?.startsWith(about.pageUrl)).toBe(true);
  });

  it('keeps what a configured mailto already asks for', () => {
    const url = new URL(translationReportUrl('mailto:team@lcs.example?cc=lead@lcs.example', about));
    expect(url.searchParams.get('cc')).toBe('lead@lcs.example');
    expect(url.searchParams.get('subject')).toBe(about.subject);
  });

  it('gives a web form the subject and the page as query parameters', () => {
    const url = new URL(translationReportUrl('https://forms.lcs.example/report?form=7', about));
    expect(url.origin + url.pathname).toBe('https://forms.lcs.example/report');
    expect(url.searchParams.get('form')).toBe('7');
    expect(url.searchParams.get('subject')).toBe(about.subject);
    expect(url.searchParams.get('page')).toBe(about.pageUrl);
  });
});
