import { Link } from '@tanstack/react-router';
import { summaries } from '../../data/catalogue.ts';
import { useTranslation } from 'react-i18next';
import { findStandard } from '../../domain/record/catalogue.ts';
import { hasRelations, RELATION_KINDS, relationsOf } from '../../domain/links/relations.ts';
import { pickLocalized } from '../../domain/text/localize.ts';
import { usePageLanguage } from '../shell/use-page-language.ts';

/** The records this one includes, is part of, requires, is required by or relates to: links both ways. */
export function StandardRelations({ id }: { id: string }) {
  const { t } = useTranslation('standard');
  const lang = usePageLanguage();
  const relations = relationsOf(summaries, id);
  if (!hasRelations(relations)) return null;
  return (
    <section className="standard-relations" aria-labelledby="relations-heading">
      <h2 id="relations-heading">{t('relations.heading')}</h2>
      <dl>
        {RELATION_KINDS.filter((kind) => relations[kind].length > 0).map((kind) => (
          <div key={kind} className="standard-relations__group" data-relation={kind}>
            <dt>{t(`relations.${kind}`)}</dt>
            {relations[kind].map((other) => {
              const title = pickLocalized(findStandard(summaries, other)?.titles ?? {}, lang);
              return (
                <dd key={other}>
                  <Link to="/$lang/standards/$id" params={{ lang, id: other }}>
                    <span className="standard-id">{other}</span> {title && <span lang={title.lang}>{title.value}</span>}
                  </Link>
                </dd>
              );
            })}
          </div>
        ))}
      </dl>
    </section>
  );
}
