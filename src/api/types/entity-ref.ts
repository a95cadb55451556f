import type { EntityRow } from '../../graph/index.ts';
import { builder } from '../builder.ts';

// The Entity interface's reference, declared apart from its fields (entity-interface.ts): Article
// and Sentence (provenance.ts) point to entities and entities to articles, so the two type modules
// would otherwise import each other.

export const EntityRef = builder.interfaceRef<EntityRow>('Entity');
