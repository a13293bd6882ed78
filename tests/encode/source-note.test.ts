import { describe, expect, it } from 'vitest';
import { parseSourceNote } from '../../src/encode/source-note.js';

describe('source notes as structure', () => {
  it('reads the seed’s note', () => {
    const p = parseSourceNote('Source: National Archives, RG 59, Central Foreign Policy File, D780001–0958. Secret; Exdis. Drafted by Robert Mantel (PM/SS); cleared by Thomas Gorman (DOD/ISA), Barry Blechman (ACDA), Jerome Kahan (PM), and Lowell Fleischer (S/S–O); and approved by William Luers (EUR). Sent for information to Paris, London, Bonn, and Moscow. A day later, the Embassy in Moscow relayed its concern.');
    expect(p.facts).toMatchObject({
      repository: 'National Archives', recordGroup: 'RG 59', collection: 'Central Foreign Policy File', file: 'D780001–0958',
      classification: 'Secret', handling: ['Exdis'],
    });
    expect(p.facts.responsibilities).toEqual([
      { role: 'drafted', persons: [{ name: 'Robert Mantel', office: 'PM/SS' }] },
      { role: 'cleared', persons: [
        { name: 'Thomas Gorman', office: 'DOD/ISA' }, { name: 'Barry Blechman', office: 'ACDA' },
        { name: 'Jerome Kahan', office: 'PM' }, { name: 'Lowell Fleischer', office: 'S/S–O' }] },
      { role: 'approved', persons: [{ name: 'William Luers', office: 'EUR' }] },
    ]);
    expect(p.information.map((i) => i.name)).toEqual(['Paris', 'London', 'Bonn', 'Moscow']);
  });

  it('reads a lot file, several handling words and persons without offices', () => {
    const p = parseSourceNote('Source: Department of State, Central Files, 293.9322/2–355. Top Secret; Niact; Limited Distribution. Drafted by McConaughy and approved by Robertson.');
    expect(p.facts).toMatchObject({ repository: 'Department of State', collection: 'Central Files', file: '293.9322/2–355', classification: 'Top Secret', handling: ['Niact', 'Limited Distribution'] });
    expect(p.facts.responsibilities).toEqual([
      { role: 'drafted', persons: [{ name: 'McConaughy' }] },
      { role: 'approved', persons: [{ name: 'Robertson' }] },
    ]);
    expect(parseSourceNote('Source: Department of State, PPS Files: Lot 66 D 487. Confidential.').facts)
      .toMatchObject({ collection: 'PPS Files', file: 'Lot 66 D 487', classification: 'Confidential' });
  });

  it('keeps an initial inside a name', () => {
    const p = parseSourceNote('Source: Carter Library, Plains File, Box 17. Secret. Drafted by Robert J. Lipshutz (EUR/EE).');
    expect(p.facts.responsibilities[0]!.persons).toEqual([{ name: 'Robert J. Lipshutz', office: 'EUR/EE' }]);
  });

  it('marks the citation and the persons where they stand', () => {
    const text = 'Source: National Archives, RG 59, D1. Secret. Drafted by Ann Lee (PM).';
    const spans = parseSourceNote(text).spans.map((s) => [s.type, text.slice(s.start, s.end)]);
    expect(spans).toEqual([['bibl', 'National Archives, RG 59, D1'], ['persName', 'Ann Lee'], ['orgName', 'PM']]);
  });

  it('says nothing of a note that is not a source note', () => {
    expect(parseSourceNote('See Document 99.').facts).toEqual({ handling: [], responsibilities: [] });
  });
});
