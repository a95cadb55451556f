import type { DateWindow, Reported } from '../../graph/index.ts';
import { builder } from '../builder.ts';
import { dateWindow, isoDate } from '../checks.ts';

// Time on facts (issue 20): when each entity and relationship was reported, and the arguments that
// narrow lists and relationship fields to a reporting window or to a date. A fact's dates are its
// supporting articles' published dates, as articles give them (YYYY, YYYY-MM or YYYY-MM-DD): a
// partial date stands for its whole month or year, and dates compare on their common prefix.

export const ReportedRef = builder.objectRef<Reported>('Reported').implement({
  description:
    'When a fact was reported: the published dates of the articles that support it (an entity: the articles that mention it; a relationship: the articles of its evidence).',
  fields: (t) => ({
    firstDate: t.exposeString('firstDate', { nullable: true, description: 'The earliest article date; null when no article is dated.' }),
    lastDate: t.exposeString('lastDate', { nullable: true, description: 'The latest article date; null when no article is dated.' }),
    articleCount: t.exposeInt('articleCount', {
      nullable: false,
      description: 'How many articles support it, dated or not (an undated article counts here and gives no date).',
    }),
  }),
});

const DateWindowRef = builder.inputRef<DateWindow>('DateWindow').implement({
  description:
    'A reporting window, both bounds inclusive and optional (YYYY, YYYY-MM or YYYY-MM-DD; a partial bound covers its whole month or year). A fact is in it when at least one supporting article is dated in it; undated articles never are. from after to is BAD_USER_INPUT.',
  validate: dateWindow,
  fields: (t) => ({
    from: t.string({ required: false, description: 'The first date of the window.' }),
    to: t.string({ required: false, description: 'The last date of the window.' }),
  }),
});

/** The `reported` argument of lists and relationship fields. */
export const windowArgs = builder.args((t) => ({
  reported: t.field({ type: DateWindowRef, required: false, description: 'Only facts reported in this window (see DateWindow).' }),
}));

/** The `asOf` argument of relationship fields: its rule is asOfRows' (graph/reads/reported.ts), told to clients here. */
export const asOfArgs = builder.args((t) => ({
  asOf: t.string({
    required: false,
    validate: isoDate,
    description:
      'As reported around this date (YYYY, YYYY-MM or YYYY-MM-DD): the relationships whose reporting window (firstDate to lastDate) contains it; if none does, those with the latest lastDate before it. Undated ones never match.',
  }),
}));
