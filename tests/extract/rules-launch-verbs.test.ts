// Launches named by a verb (src/extract/mentions/launch-verbs.ts), on invented snippets.
import { describe, expect, it } from 'vitest';
import { ex, names, rel } from './helpers.ts';

describe('launch verbs', () => {
  it('"X launched its PLAN": a launch of the plan; a later "the launch held in CITY" is the same occasion', () => {
    const g = ex(
      'President Anna Boro has officially launched the Fourth National Development Plan (NDP4). Speaking at the launch held in Windhoek on Monday, Boro said the plan would guide her government.',
    );
    const launch = names(g, 'Event').find((n) => /^Launch of/.test(n));
    expect(launch).toBe('Launch of Fourth National Development Plan');
    expect(names(g, 'Event').filter((n) => /launch/i.test(n))).toHaveLength(1);
    expect(rel(g, 'PARTICIPATED_IN', 'Anna Boro', launch!)).toBeDefined();
    expect(rel(g, 'HELD_IN', launch!, 'Windhoek')).toBeDefined();
  });

  it('the part of a plan launched may stand between the verb and the plan', () => {
    const g = ex('President Joko Widodo launched the final draft of the 2025-2045 National Long-Term Development Plan on 15 June.');
    expect(names(g, 'Event')).toContain('Launch of 2025-2045 National Long-Term Development Plan');
  });

  it('a country’s own plan approved is an occasion; an agreement or a joint declaration adopted is not', () => {
    expect(names(ex('President Maria Lopez on Friday approved the Philippine Development Plan 2023-2028.'), 'Event')).toContain(
      'Approval of Philippine Development Plan 2023-2028',
    );
    expect(
      names(ex('President Maria Lopez and President Ali Karimov adopted the Joint Statement on strategic partnership.'), 'Event').filter(
        (n) => /^Adoption/.test(n),
      ),
    ).toEqual([]);
  });
  it('a bare "the launch" in an article that names one national programme most is that programme’s launch', () => {
    const g = ex(
      'The National Development Plan 2025-2029 sets out five goals for Kenya. During the launch, the minister said the National Development Plan 2025-2029 belongs to everyone. The launch event was attended by diplomats.',
    );
    expect(names(g, 'Event')).toEqual(['Launch of National Development Plan 2025-2029']);
  });
  it('no programme named, or two named as often: no launch', () => {
    expect(names(ex('During the launch, the minister spoke about jobs in Kenya.'), 'Event')).toEqual([]);
  });
});
