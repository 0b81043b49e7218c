import type { MoneyDto } from '../../upstream/types.js';

export type MoneyMapper = MoneyDto;

/**
 * The viewer is the request's authenticated user (context.viewer), so the object itself carries nothing but, as
 * `node(id:)`'s answer, its type name.
 */
export type ViewerMapper = { __typename?: 'Viewer' };
