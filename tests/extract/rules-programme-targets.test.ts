// A programme's goal lists (src/extract/mentions/objective-goals.ts): counts of things to make, a
// ranking to reach, "envisages" as a cue, and list items in the third person or as gerunds.
// Each rule checked on an invented snippet (no evaluation text).
import { describe, expect, it } from 'vitest';
import { ex, names } from './helpers.ts';

const goals = (body: string) => names(ex(body), 'NationalObjective');

describe('programme goal lists', () => {
  it('a count to make after a cue needs no deadline: "committed to create 300,000 jobs … and build 15,000 homes"', () => {
    const found = goals(
      'The Ruritanian government has committed to create in the long term 300,000 jobs and build 15,000 affordable homes.',
    );
    expect(found).toContain('Create in the long term 300,000 jobs');
    expect(found).toContain('Build 15,000 affordable homes');
  });

  it('a count without a deadline after "plans to": "plans to train 20,000 teachers and open 300 schools"', () => {
    const found = goals('The Ruritanian government plans to train 20,000 teachers and open 300 rural schools.');
    expect(found).toContain('Train 20,000 teachers');
    expect(found).toContain('Open 300 rural schools');
  });

  it('a count already made is a fact: "the company created 300 jobs last year"', () => {
    expect(goals('A Ruritanian company created 300 jobs last year, the ministry said.')).toEqual([]);
  });

  it('a ranking to reach: "aiming to become one of the top five logistics hubs globally, and rank as one of the top four …"', () => {
    const found = goals(
      'Ruritania is aiming to become one of the top five logistics hubs globally, and rank as one of the top four global financial centres.',
    );
    expect(found).toContain('Becoming one of the top five logistics hubs globally');
    expect(found).toContain('Rank as one of the top four global financial centres');
  });

  it('a ranking already held is a fact: "Ruritania became one of the top five producers last year"', () => {
    expect(goals('Ruritania became one of the top five producers last year.')).toEqual([]);
  });

  it('"envisages" is a cue, and a gerund after "and" continues the list', () => {
    const found = goals(
      'The Ruritanian plan envisages increasing exports to 80 billion crowns by 2030 and doubling the size of the economy.',
    );
    expect(found).toContain('Increasing exports to 80 billion crowns by 2030');
    expect(found).toContain('Doubling the size of the economy');
  });

  it('a third-person verb continues the list, named in the base form: "…, and raises wages to 45% of GDP"', () => {
    const found = goals(
      'The Fifth Ruritania Plan strives to cut the budget deficit to under 2% of GDP by 2029, and raises wages to 45% of GDP.',
    );
    expect(found).toContain('Raise wages to 45% of GDP');
  });

  it('a gerund after a comma reports speech, not a goal: "…, adding Ruritania will also offer a grant of USD 60 million"', () => {
    const found = goals(
      '“We want to raise trade to $5 billion by 2030,” the minister said, adding Ruritania will also offer a grant of USD 60 million.',
    );
    expect(found.some((n) => /^Adding/i.test(n))).toBe(false);
  });
});
