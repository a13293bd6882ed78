import { describe, expect, it } from 'vitest';
import { parseHeading } from '../../src/encode/heading.js';

const names = (h: string) => {
  const p = parseHeading(h);
  return { n: p.n, kind: p.kind, from: p.senders.map((s) => s.name), to: p.addressees.map((a) => a.name) };
};

describe('headings', () => {
  it('expands a plural group into one addressee per country', () => {
    const p = names('284. Telegram From the Department of State to the Mission to the North Atlantic Treaty Organization and the Embassies in Belgium, Canada, Denmark, Greece, Iceland, Luxembourg, the Netherlands, Norway, Portugal, Turkey, and Italy');
    expect(p.n).toBe('284');
    expect(p.kind).toBe('telegram');
    expect(p.from).toEqual(['Department of State']);
    expect(p.to).toEqual([
      'Mission to the North Atlantic Treaty Organization',
      ...['Belgium', 'Canada', 'Denmark', 'Greece', 'Iceland', 'Luxembourg', 'the Netherlands', 'Norway', 'Portugal', 'Turkey', 'Italy'].map((c) => `Embassy in ${c}`),
    ]);
  });

  it('keeps commas inside one name', () => {
    const p = names('100. Memorandum From the Director of the Office of South Asian Affairs (Jones) to the Assistant Secretary of State for Near Eastern, South Asian, and African Affairs (Allen)');
    expect(p.kind).toBe('memorandum');
    expect(p.from).toEqual(['Director of the Office of South Asian Affairs (Jones)']);
    expect(p.to).toEqual(['Assistant Secretary of State for Near Eastern, South Asian, and African Affairs (Allen)']);
  });

  it('splits several institutions', () => {
    expect(names('145. Telegram From the Embassy in Turkey to the Department of State, the Department of Defense, and the Joint Chiefs of Staff').to)
      .toEqual(['Department of State', 'Department of Defense', 'Joint Chiefs of Staff']);
  });

  it('does not split a sender that takes `to` (Mission to the UN)', () => {
    const p = names('5. Telegram From the Mission to the United Nations to the Department of State');
    expect(p.from).toEqual(['Mission to the United Nations']);
    expect(p.to).toEqual(['Department of State']);
  });

  it('names the kind', () => {
    expect(names('158. Memorandum of Conversation').kind).toBe('memorandum-of-conversation');
    expect(names('3. Memorandum of Telephone Conversation').kind).toBe('memorandum-of-telephone-conversation');
    expect(names('159. Letter From the Turkish Ambassador (Elekdağ) to the President’s Assistant for National Security Affairs (Brzezinski)').kind).toBe('letter');
    expect(names('157. Circular Telegram From the Department of State to Certain Diplomatic Missions').kind).toBe('circular-telegram');
    expect(names('Some Paper Without Number').n).toBeUndefined();
  });
});
