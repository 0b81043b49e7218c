import {
  Kind,
  valueFromASTUntyped,
  visit,
  type DirectiveDefinitionNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type TypeNode,
} from 'graphql';

/**
 * Every directive the SDL defines (schema/directives.graphql) is internal: knowledge about the bank per field that
 * the gateway reads at start-up, the way scalar-docs.ts reads descriptions. None is served. Clients would otherwise
 * see how the gateway talks to the bank, and come to depend on it: graphql-inspector would then count removing a
 * directive as a breaking change. graphql-js's built-ins (@deprecated, @specifiedBy …) are not defined in the SDL,
 * so they stay.
 */
function internalDirectives(document: DocumentNode): DirectiveDefinitionNode[] {
  return document.definitions.filter((d): d is DirectiveDefinitionNode => d.kind === Kind.DIRECTIVE_DEFINITION);
}

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

/**
 * The schema clients see: without the internal directives, their uses, and the enums and inputs that only their
 * arguments use (an internal directive's argument types must not be used by public fields).
 */
export function withoutInternalDirectives(document: DocumentNode): DocumentNode {
  const definitions = internalDirectives(document);
  const directives = new Set(definitions.map((d) => d.name.value));
  const argumentTypes = new Set(definitions.flatMap((d) => d.arguments?.map((a) => namedType(a.type)) ?? []));
  const internalType = (node: { name: { value: string } }) => (argumentTypes.has(node.name.value) ? null : undefined);
  return visit(document, {
    DirectiveDefinition: (node) => (directives.has(node.name.value) ? null : undefined),
    Directive: (node) => (directives.has(node.name.value) ? null : undefined),
    EnumTypeDefinition: internalType,
    InputObjectTypeDefinition: internalType,
  });
}

/** One field of an object type (or type extension) and the arguments of one directive on it. */
export interface FieldDirective<Args> {
  type: string;
  field: string;
  /** The directive's arguments with the definition's defaults applied; undefined when the field lacks the directive. */
  args: Args | undefined;
}

/**
 * Every field of every object type with the given directive's arguments. Untyped on purpose: the caller names the
 * codegen type of the arguments (e.g. `bankFieldsDirectiveArgs`), and graphql-codegen validated the SDL against
 * the directive's definition.
 */
export function fieldDirectives<Args>(document: DocumentNode, directive: string): FieldDirective<Args>[] {
  const definition = internalDirectives(document).find((d) => d.name.value === directive);
  if (!definition) throw new Error(`The schema defines no @${directive} directive`);
  const defaults = Object.fromEntries(
    (definition.arguments ?? []).filter((a) => a.defaultValue).map((a) => [a.name.value, valueFromASTUntyped(a.defaultValue!)]),
  );
  const argsOf = (field: FieldDefinitionNode): Args | undefined => {
    const usage = field.directives?.find((d) => d.name.value === directive);
    if (!usage) return undefined;
    const given = (usage.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value)]);
    return { ...defaults, ...Object.fromEntries(given) } as Args;
  };
  return document.definitions.flatMap((d) =>
    d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION
      ? (d.fields ?? []).map((f) => ({ type: d.name.value, field: f.name.value, args: argsOf(f) }))
      : [],
  );
}
