import { useTranslation } from 'react-i18next';

/** The community's five strands of work, as the source report names them; this catalogue is the third. */
const STRANDS = ['training', 'institutions', 'standards', 'projects', 'innovation'] as const;
const THIS_CATALOGUE: (typeof STRANDS)[number] = 'standards';

export function WorkStrands() {
  const { t } = useTranslation('about');
  return (
    <ol className="strands">
      {STRANDS.map((strand) =>
        strand === THIS_CATALOGUE ? (
          <li key={strand} aria-current="true">
            <strong>{t(`strands.${strand}`)}</strong> <span className="this-catalogue">({t('thisCatalogue')})</span>
          </li>
        ) : (
          <li key={strand}>{t(`strands.${strand}`)}</li>
        ),
      )}
    </ol>
  );
}
