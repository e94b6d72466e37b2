import { useTranslation } from 'react-i18next';
import { vocabularies } from '../../data/catalogue.ts';
import type { Language } from '../../domain/text/languages.ts';

/** Every partner of standards/_vocab/partners.yaml in file order (the lead first), with its country and its role. */
export function PartnerList({ lang }: { lang: Language }) {
  const { t } = useTranslation('about');
  return (
    <dl className="partners">
      {Object.entries(vocabularies.partners).map(([key, partner]) => (
        <div key={key} id={`partner-${key}`}>
          <dt>
            {partner[lang]}
            {partner.country && <span className="country"> · {t(`country.${partner.country}`)}</span>}
          </dt>
          {partner.role && <dd>{partner.role[lang]}</dd>}
        </div>
      ))}
    </dl>
  );
}
