import { createHash } from 'node:crypto';
import type { EntityLabel } from './vocabulary.ts';

/** Lower-case ASCII slug: accents folded, anything else between words becomes one hyphen. */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const LABEL_PREFIX: Record<EntityLabel, string> = {
  Person: 'person',
  Country: 'country',
  Organization: 'organization',
  Office: 'office',
  Plan: 'plan',
  NationalObjective: 'national-objective',
  Topic: 'topic',
  Event: 'event',
  Place: 'place',
  Statement: 'statement',
};

const PREFIX_LABEL = new Map(Object.entries(LABEL_PREFIX).map(([label, prefix]) => [prefix, label as EntityLabel]));

/** The label an entity id names (its prefix), or undefined for a key that is no entity id. */
export function labelOfId(id: string): EntityLabel | undefined {
  return PREFIX_LABEL.get(id.slice(0, id.indexOf(':')));
}

/** Stable, readable id of an entity, e.g. `person:hiroshi-kajiyama`. */
export function entityId(label: EntityLabel, canonicalName: string): string {
  return `${LABEL_PREFIX[label]}:${slug(canonicalName)}`;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** An article is identified by its text, so loading the same text twice is the same article. */
export function articleId(body: string): string {
  return `article:${sha256(body).slice(0, 16)}`;
}

/** Statements are per article: the speaker and the quoted text make them unique there. */
export function statementId(articleKey: string, speakerId: string | undefined, text: string): string {
  return `statement:${sha256(`${articleKey}\u0000${speakerId ?? ''}\u0000${text}`).slice(0, 16)}`;
}

export function sentenceId(articleKey: string, index: number): string {
  return `${articleKey}#${index}`;
}
