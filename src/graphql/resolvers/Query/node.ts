import { requireNode } from '../../lib/node.js';
import type { QueryResolvers } from '../../types.generated.js';

export const node: NonNullable<QueryResolvers['node']> = (_parent, { id }, context) => requireNode(id, context);
