// One trip named several ways is one occasion (src/extract/resolve/same-visits.ts).
// Each rule checked on an invented snippet (no evaluation text).
import { describe, expect, it } from 'vitest';
import { ex, names } from './helpers.ts';

const visits = (body: string) => names(ex(body), 'Event').filter((n) => /visit|trip/i.test(n));

describe('same visits', () => {
  it('"his first official visit" … "the visit to Chile" … "the first official visit to Santiago" are one', () => {
    const found = visits(
      'OSLO: Prime Minister Karl Weber embarks on his first official visit this week. Weber heads a delegation of four ministers on the visit to Chile, where they will sign nine agreements. It is the first official visit to Santiago by a Norwegian leader in a decade.',
    );
    expect(found).toHaveLength(1);
  });

  it('visits to two different countries stay apart', () => {
    const found = visits(
      'President Karl Weber paid a state visit to Norway on Monday. Weber will then make an official visit to Chile next month.',
    );
    expect(found).toHaveLength(2);
  });

  it('a reciprocal visit is another occasion', () => {
    const found = visits(
      'Prime Minister Karl Weber made a two-day official visit to Norway. He invited the Norwegian Prime Minister to make a reciprocal visit to Chile.',
    );
    expect(found).toHaveLength(2);
  });
});
