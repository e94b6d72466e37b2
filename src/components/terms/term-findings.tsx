import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { RecordFindings, ShownFinding } from '../../domain/terms/findings-by-record.ts';
import type { TermLanguage } from '../../domain/terms/glossary-schema.ts';
import { usePageLanguage } from '../shell/use-page-language.ts';

const LANGS: readonly TermLanguage[] = ['zh', 'lo', 'en'];

function FindingItem({ finding, lang }: { finding: ShownFinding; lang: TermLanguage }) {
  const { t } = useTranslation('coverage');
  const pageLang = usePageLanguage();
  return (
    <li>
      <code lang="en">{finding.path}</code> {t(`terms.kind.${finding.kind}`)}
      {finding.concept && (
        <>
          {' '}
          (
          <Link to="/$lang/glossary" params={{ lang: pageLang }} hash={finding.concept} lang="en">
            {finding.concept}
          </Link>
          )
        </>
      )}
      {finding.found && (
        <>
          : {t('terms.found')} “<span lang={lang}>{finding.found}</span>”
        </>
      )}
      {/* Without a concept, what is expected is the command line's English advice; the kind already says it. */}
      {finding.concept && (
        <>
          , {t('terms.expected')} “<span lang={lang}>{finding.expected}</span>”
        </>
      )}
    </li>
  );
}

/**
 * The terminology check's findings per record and language (computed at build time), each figure opening its list.
 * Records without a finding are not listed.
 */
export function TermFindings({ findings }: { findings: readonly RecordFindings[] }) {
  const { t } = useTranslation(['coverage', 'common', 'glossary']);
  const lang = usePageLanguage();
  return (
    <section className="coverage-section term-findings" aria-labelledby="term-findings-heading">
      <h2 id="term-findings-heading">{t('coverage:terms.heading')}</h2>
      <p className="coverage-note">{t('coverage:terms.intro')}</p>
      <p>
        <Link to="/$lang/glossary" params={{ lang }}>
          {t('glossary:coverageLink')}
        </Link>
      </p>
      {findings.length === 0 ? (
        <p>{t('coverage:terms.none')}</p>
      ) : (
        <div className="coverage-scroll">
          <table className="coverage-table" aria-labelledby="term-findings-heading">
            <thead>
              <tr>
                <th scope="col">{t('coverage:terms.record')}</th>
                {LANGS.map((l) => (
                  <th scope="col" key={l} className="coverage-table__figure">
                    {t(`common:languageName.${l}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {findings.map(({ record, byLang }) => (
                <tr key={record} data-record={record}>
                  <th scope="row" className="standard-id">
                    <Link to="/$lang/standards/$id" params={{ lang, id: record }}>
                      {record}
                    </Link>
                  </th>
                  {LANGS.map((l) => {
                    const list = byLang[l] ?? [];
                    return (
                      <td key={l} data-language={l} className="coverage-table__figure">
                        {list.length === 0 ? (
                          '0'
                        ) : (
                          <details>
                            <summary>{t('coverage:terms.count', { count: list.length })}</summary>
                            <ul className="term-findings__list">
                              {list.map((finding, i) => (
                                <FindingItem key={i} finding={finding} lang={l} />
                              ))}
                            </ul>
                          </details>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
