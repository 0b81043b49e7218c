import { Kind } from 'graphql';
import { typeDefs } from './typeDefs.generated.js';

interface ScalarDocs {
  description?: string;
  specifiedByURL?: string;
}

/**
 * The SDL's description and `@specifiedBy` URL of a custom scalar. graphql-tools copies every property of a
 * GraphQLScalarType resolver onto the schema's scalar, so a resolver without them would erase the SDL's docs from
 * introspection; reading them here keeps schema/*.graphql the only place they are written.
 */
export function scalarDocs(name: string): ScalarDocs {
  for (const definition of typeDefs.definitions) {
    if (definition.kind !== Kind.SCALAR_TYPE_DEFINITION || definition.name.value !== name) continue;
    const specifiedBy = definition.directives?.find((d) => d.name.value === 'specifiedBy');
    const url = specifiedBy?.arguments?.find((a) => a.name.value === 'url')?.value;
    return {
      description: definition.description?.value,
      specifiedByURL: url?.kind === Kind.STRING ? url.value : undefined,
    };
  }
  throw new Error(`Scalar ${name} is not defined in the schema`);
}
