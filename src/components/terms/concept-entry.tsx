import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../domain/text/languages.ts';
import { pickLocalized } from '../../domain/text/localize.ts';
import type { Concept } from '../../domain/terms/glossary-schema.ts';
import { vocabularyLabel } from '../browse/vocabulary-label.ts';

const TERM_LANGUAGES = ['zh', 'lo', 'en'] as const;

/** Forms written inline, each marked with its language (a reader's screen reader and find-in-page need it). */
function Forms({ label, forms, lang, className }: { label: string; forms: readonly string[] | undefined; lang: Language; className: string }) {
  if (!forms?.length) return null;
  return (
    <span className={className}>
      {label}:{' '}
      {forms.map((form, i) => (
        <span key={form}>
          {i > 0 && ', '}
          <span lang={lang}>{form}</span>
        </span>
      ))}
    </span>
  );
}

/** One concept: its term in each language with variants and forms to avoid, definition, note, the records that use it. */
export function ConceptEntry({ concept, usedBy, lang }: { concept: Concept; usedBy: readonly string[]; lang: Language }) {
  const { t } = useTranslation(['glossary', 'common', 'catalogue']);
  const definition = concept.definition && pickLocalized(concept.definition, lang);
  const note = concept.note && pickLocalized(concept.note, lang);
  const headingId = `${concept.id}-term`;
  return (
    <article id={concept.id} className="concept" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span lang={lang}>{concept[lang].term}</span>{' '}
        <a className="concept__anchor" href={`#${concept.id}`} aria-label={`${t('glossary:anchor')}: ${concept[lang].term}`}>
          #
        </a>
      </h3>
      <dl className="concept__terms">
        {TERM_LANGUAGES.map((termLang) => {
          const terms = concept[termLang];
          return (
            <div key={termLang}>
              <dt>{t(`common:languageName.${termLang}`)}</dt>
              <dd>
                <span className="concept__term" lang={termLang}>{terms.term}</span>
                {'state' in terms && (
                  <>
                    {' '}
                    <span className={`state state--${terms.state} concept__state`}>{t(`catalogue:state.${terms.state}`)}</span>
                  </>
                )}
                <Forms label={t('glossary:variants')} forms={terms.variants} lang={termLang} className="concept__variants" />
                <Forms label={t('glossary:forbidden')} forms={terms.forbidden} lang={termLang} className="concept__forbidden" />
              </dd>
            </div>
          );
        })}
      </dl>
      {definition && (
        <p className="concept__definition">
          {t('glossary:definition')}: <span lang={definition.lang}>{definition.value}</span>
        </p>
      )}
      {note && (
        <p className="concept__note">
          {t('glossary:note')}: <span lang={note.lang}>{note.value}</span>
        </p>
      )}
      {concept.fields.length > 1 && (
        <p className="concept__fields">
          {t('glossary:alsoIn')}: {concept.fields.slice(1).map((field) => vocabularyLabel('fields', field, lang)).join(', ')}
        </p>
      )}
      {usedBy.length === 0 ? (
        <p className="concept__usage">{t('glossary:unused')}</p>
      ) : (
        <details className="concept__usage">
          <summary>{t('glossary:usedIn', { count: usedBy.length })}</summary>
          <ul className="concept__records">
            {usedBy.map((id) => (
              <li key={id}>
                <Link to="/$lang/standards/$id" params={{ lang, id }}>
                  {id}
                </Link>
              </li>
            ))}
          </ul>
        </details>
      )}
    </article>
  );
}
