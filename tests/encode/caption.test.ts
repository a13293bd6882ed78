import { describe, expect, it } from 'vitest';
import { parseCaption } from '../../src/encode/caption.js';
import { Rich } from '../../src/encode/rich.js';

describe('parseCaption: the telegram number', () => {
  it('is an idno of text alone; a page break printed inside the number follows it, not lost', () => {
    const text = Rich.of('308915. Subject: U.S.-Soviet Talks.', 0);
    const rich = new Rich(text.text, text.src, [{ offset: 3, inline: { kind: 'pb', n: '7' } }]);
    const caption = parseCaption(rich, []);
    expect(caption?.number).toBe('308915');
    expect(caption?.content.slice(0, 2)).toEqual([
      { kind: 'idno', type: 'telegram', text: '308915' },
      { kind: 'pb', n: '7' },
    ]);
  });
});
