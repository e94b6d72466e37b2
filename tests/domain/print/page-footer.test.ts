import { describe, expect, it } from 'vitest';
import { cssString, pageFooterCss } from '../../../src/domain/print/page-footer.ts';

describe('pageFooterCss', () => {
  it('puts the record line at the bottom left and the translated page count at the bottom right', () => {
    expect(pageFooterCss('LCS-05 · Version 1.1 · https://x/s/LCS-05', 'Page {{page}} of {{pages}}')).toBe(
      '@page { @bottom-left { content: "LCS-05 · Version 1.1 · https://x/s/LCS-05"; } @bottom-right { content: "Page " counter(page) " of " counter(pages); } }',
    );
  });

  it('keeps the order of the words of each language', () => {
    expect(pageFooterCss('x', '第 {{page}} 页，共 {{pages}} 页')).toContain('content: "第 " counter(page) " 页，共 " counter(pages) " 页";');
  });

  it('cannot be broken out of: quotes, backslashes and line breaks are escaped', () => {
    expect(cssString('a"b\\c\nd')).toBe('"a\\22 b\\5c c\\a d"');
    // The would-be rule stays inside the one string: the quote that would have closed it is an escape.
    expect(pageFooterCss('"; } body { display: none', '{{page}}')).toContain('content: "\\22 ; } body { display: none";');
  });
});
