import { responsePathAsArray } from 'graphql';
import { requireNode } from '../../lib/node.js';
import type { QueryResolvers } from '../../types.generated.js';

// A list of promises: graphql-js reports a rejected entry as an error at its own index (`["nodes", 2]`) and
// nulls only that entry, so every unknown id gets the same NOT_FOUND that node(id:) gives it.
export const nodes: NonNullable<QueryResolvers['nodes']> = (_parent, { ids }, context, info) => {
  const path = responsePathAsArray(info.path);
  return ids.map((id, index) => requireNode(id, context, { nodes: info.fieldNodes, path: [...path, index] }));
};
