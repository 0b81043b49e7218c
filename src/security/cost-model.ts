import {
  buildASTSchema,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import type { bankCallsDirectiveArgs, listSizeDirectiveArgs } from '../graphql/types.generated.js';

/** A field's `@bankCalls` (schema/directives.graphql), defaults applied. */
export type BankCalls = Required<Omit<bankCallsDirectiveArgs, 'shared'>> & Pick<bankCallsDirectiveArgs, 'shared'>;
/** A field's `@listSize`. */
export type ListSize = listSizeDirectiveArgs;

export interface FieldCost {
  calls?: BankCalls;
  size?: ListSize;
}

/** What the cost estimate knows about the schema, read from its directives at start-up. */
export interface CostModel {
  /** The schema with its internal directives: the one the directives were read from and the walk runs on. */
  schema: GraphQLSchema;
  /** `Type.field` → its cost directives, for the fields that carry any. */
  fields: ReadonlyMap<string, FieldCost>;
  /** Locations assumed for a business viewer (the `LOCATION` unit): `Viewer.locations`' assumed size. */
  locations: number;
}

function objectFields(schema: GraphQLSchema) {
  return Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((type) => !type.name.startsWith('__'))
    .flatMap((type) => Object.values(type.getFields()).map((field) => ({ type, field, key: `${type.name}.${field.name}` })));
}

/** Reads `@bankCalls` and `@listSize` from the SDL without checking that every list is sized (see costModel). */
export function readCostModel(typeDefs: DocumentNode): CostModel {
  const schema = buildASTSchema(typeDefs);
  const bankCalls = schema.getDirective('bankCalls');
  const listSize = schema.getDirective('listSize');
  if (!bankCalls || !listSize) throw new Error('The schema defines no @bankCalls or @listSize directive');
  const fields = new Map<string, FieldCost>();
  for (const { field, key } of objectFields(schema)) {
    const calls = field.astNode && (getDirectiveValues(bankCalls, field.astNode) as BankCalls | undefined);
    const size = field.astNode && (getDirectiveValues(listSize, field.astNode) as ListSize | undefined);
    if (calls || size) fields.set(key, { ...(calls && { calls }), ...(size && { size }) });
  }
  const locations = fields.get('Viewer.locations')?.size?.assumedSize;
  if (typeof locations !== 'number') throw new Error('Viewer.locations has no @listSize(assumedSize:): the LOCATION unit counts by it');
  return { schema, fields, locations };
}

/**
 * Lists of objects (`Type.field`) that neither carry `@listSize` nor are named in the `sizedFields` of a field
 * returning their type: the estimate would take each for one entry. Lists of scalars and enums cost nothing.
 */
export function unsizedLists(model: CostModel): string[] {
  const sliced = new Set<string>();
  for (const { field, key } of objectFields(model.schema)) {
    const fields = model.fields.get(key)?.size?.sizedFields ?? [];
    for (const name of fields) sliced.add(`${getNamedType(field.type).name}.${name}`);
  }
  return objectFields(model.schema)
    .filter(({ field }) => isListType(getNullableType(field.type)) && isCompositeType(getNamedType(field.type)))
    .map(({ key }) => key)
    .filter((key) => !model.fields.get(key)?.size && !sliced.has(key));
}

/** The cost model of the SDL; refuses a schema with a list of objects whose size nothing estimates. */
export function costModel(typeDefs: DocumentNode): CostModel {
  const model = readCostModel(typeDefs);
  const unsized = unsizedLists(model);
  if (unsized.length > 0) {
    throw new Error(`No @listSize directive on ${unsized.join(', ')}: say how long each list is expected to be (docs/limits.md)`);
  }
  return model;
}
