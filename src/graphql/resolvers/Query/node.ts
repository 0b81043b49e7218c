import { notFound } from '../../../errors.js';
import { loadNode } from '../../lib/node.js';
import type { QueryResolvers } from '../../types.generated.js';

export const node: NonNullable<QueryResolvers['node']> = async (_parent, { id }, context) => {
  const found = await loadNode(id, context);
  if (!found) throw notFound('Node');
  return found;
};
