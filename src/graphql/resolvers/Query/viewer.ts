import type { QueryResolvers } from '../../types.generated.js';

// The viewer is the authenticated user in the context; the object itself carries nothing.
export const viewer: NonNullable<QueryResolvers['viewer']> = () => ({});
