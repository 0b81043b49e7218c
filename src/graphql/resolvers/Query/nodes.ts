import { loadNode } from '../../lib/node.js';
import type { QueryResolvers } from '../../types.generated.js';

// Unlike node(id:), a missing entry is a plain null: one bad id must not add an error per entry of a long list.
export const nodes: NonNullable<QueryResolvers['nodes']> = (_parent, { ids }, context) =>
  Promise.all(ids.map((id) => loadNode(id, context)));
