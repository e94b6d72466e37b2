import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { SectionContent } from '../../src/components/record/section-content.tsx';
import { HighlightedText } from '../../src/components/search/highlighted-text.tsx';
import { i18n } from '../../src/i18n/i18n.ts';
import { fixtureText } from '../fixtures/standards.ts';

// Validation refuses HTML in record files; this is the second line of defence if one ever slipped through.
describe('record text with markup in it', () => {
  it('renders as plain text, never as elements', () => {
    const text = { ...fixtureText('en', 'x'), summary: '<script>alert(1)</script><img src=x onerror=alert(2)><b>bold</b>' };
    const { container } = render(
      <I18nextProvider i18n={i18n}>
        <SectionContent section={{ type: 'text', id: 'summary' }} text={text} anchors lang="en" />
      </I18nextProvider>,
    );
    expect(container.querySelector('script, img, b')).toBeNull();
    expect(container.textContent).toBe('<script>alert(1)</script><img src=x onerror=alert(2)><b>bold</b>');
  });

  it('keeps search highlights as text too', () => {
    const { container } = render(<HighlightedText snippet={{ text: 'a <i>b</i> c', lang: 'en', ranges: [[2, 5]] }} />);
    expect(container.querySelector('i')).toBeNull();
    expect(container.querySelector('mark')?.textContent).toBe('<i>');
  });
});
