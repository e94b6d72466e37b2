import { describe, expect, it } from 'vitest';
import { conceptUsage } from '../../../src/domain/terms/concept-usage.ts';
import { fixtureGlossary } from '../../fixtures/glossary.ts';
import { fixtureText, makeStandard } from '../../fixtures/standards.ts';

const withTexts = (id: string, zh: string, lo: string, en: string) => {
  const standard = makeStandard({ id });
  standard.text.zh!.summary = zh;
  standard.text.lo!.summary = lo;
  standard.text.en!.summary = en;
  return standard;
};

describe('which records use a concept', () => {
  it('counts a record once when any text in any language holds the term or an admitted variant', () => {
    const usage = conceptUsage(
      [
        withTexts('LCS-02', '动力电池的检测。', 'ການກວດ.', 'Testing.'),
        withTexts('ICC-01', '检测。', 'ການກວດແບັດເຕີລີຂັບເຄື່ອນ.', 'Testing.'),
        withTexts('CDS-01', '检测。', 'ການກວດ.', 'Testing the EV battery and its insulation.'),
      ],
      fixtureGlossary.concepts,
    );
    // Record ids in catalogue order (collection prefix, then number), whichever text or language matched.
    expect(usage['traction-battery']).toEqual(['CDS-01', 'ICC-01', 'LCS-02']);
    expect(usage.insulation).toEqual(['CDS-01']);
    expect(usage.interlocking).toEqual([]);
  });

  it('matches on the search normalisation: ຫລ for ຫຼ, case, a Lao term spaced or not', () => {
    const usage = conceptUsage(
      [withTexts('ICC-02', '检测。', 'ຂອງ ມາດຕະຖານ ຫລັກສູດ ນີ້.', 'Testing.'), withTexts('ICC-03', '检测。', 'ການກວດ.', 'A Course Standard.')],
      fixtureGlossary.concepts,
    );
    expect(usage['course-standard']).toEqual(['ICC-02', 'ICC-03']);
  });

  it('does not count a forbidden form, nor a Lao term cut out of a longer syllable', () => {
    const usage = conceptUsage(
      [
        withTexts('ICC-04', '检测。', 'ມາດຕະຖານວິຊາ.', 'A power cell.'),
        // In ອະສນວນາ the last ນ begins the syllable ນາ: ສນວນ would cut it, so the term is not there.
        withTexts('ICC-05', '检测。', 'ອະສນວນາ.', 'Testing.'),
      ],
      fixtureGlossary.concepts,
    );
    expect(usage['course-standard']).toEqual([]);
    expect(usage['traction-battery']).toEqual([]);
    expect(usage.insulation).toEqual([]);
  });

  it('reads every text of a record: titles, objectives, units and implementation too', () => {
    const standard = makeStandard({ id: 'ICC-06' });
    standard.text.en = { ...fixtureText('en', 'Title'), implementation: { methods: 'm', facilities: 'An interlocking simulator.', resources: 'r' } };
    expect(conceptUsage([standard], fixtureGlossary.concepts).interlocking).toEqual(['ICC-06']);
  });
});
