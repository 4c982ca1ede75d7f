import { randomUUID } from 'node:crypto';
import { GraphQLClient, GraphQLResponse } from './graphql-client';

/**
 * Minimal, syntactically valid operations built from the live schema, for checks that must cover every root
 * field (the authorisation matrix): dummy but well-typed arguments, only scalar leaves selected.
 */

export interface TypeRef {
  kind: 'SCALAR' | 'OBJECT' | 'INTERFACE' | 'UNION' | 'ENUM' | 'INPUT_OBJECT' | 'LIST' | 'NON_NULL';
  name: string | null;
  ofType: TypeRef | null;
}

export interface InputValue {
  name: string;
  type: TypeRef;
  defaultValue: string | null;
}

export interface SchemaField {
  name: string;
  args: InputValue[];
  type: TypeRef;
}

export interface SchemaType {
  kind: TypeRef['kind'];
  name: string;
  fields: SchemaField[] | null;
  inputFields: InputValue[] | null;
  enumValues: Array<{ name: string }> | null;
}

export interface LiveSchema {
  queryType: string;
  mutationType: string;
  types: Map<string, SchemaType>;
}

export type RootKind = 'query' | 'mutation';

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }';
const INTROSPECTION = `{ __schema { queryType { name } mutationType { name } types { kind name
  fields(includeDeprecated: true) { name args { name defaultValue type { ${TYPE_REF} } } type { ${TYPE_REF} } }
  inputFields { name defaultValue type { ${TYPE_REF} } }
  enumValues(includeDeprecated: true) { name } } } }`;

export async function introspect(client: GraphQLClient): Promise<LiveSchema> {
  const result = await client.request<{ __schema: { queryType: { name: string }; mutationType: { name: string }; types: SchemaType[] } }>(INTROSPECTION);
  if (!result.data) throw new Error(`Introspection failed (is the API in production mode?): ${result.raw}`);
  const schema = result.data.__schema;
  return { queryType: schema.queryType.name, mutationType: schema.mutationType.name, types: new Map(schema.types.map((type) => [type.name, type])) };
}

export function rootFieldNames(schema: LiveSchema, kind: RootKind): string[] {
  return rootFields(schema, kind).map((field) => field.name);
}

/** The operation text and its variables: every required argument gets a dummy value, `overrides` win. */
export function buildOperation(schema: LiveSchema, kind: RootKind, fieldName: string, overrides: Record<string, unknown> = {}): { query: string; variables: Record<string, unknown> } {
  const field = rootFields(schema, kind).find((candidate) => candidate.name === fieldName);
  if (!field) throw new Error(`${kind} ${fieldName} is not in the schema`);
  const variables: Record<string, unknown> = {};
  const declared: string[] = [];
  const passed: string[] = [];
  for (const argument of field.args) {
    const value = argument.name in overrides ? overrides[argument.name] : argument.type.kind === 'NON_NULL' ? dummyValue(schema, argument.type, argument.name) : undefined;
    if (value === undefined) continue;
    variables[argument.name] = value;
    declared.push(`$${argument.name}: ${typeText(argument.type)}`);
    passed.push(`${argument.name}: $${argument.name}`);
  }
  const head = declared.length ? `${kind} Probe(${declared.join(', ')})` : `${kind} Probe`;
  const call = passed.length ? `${fieldName}(${passed.join(', ')})` : fieldName;
  return { query: `${head} { ${call}${selectionOf(schema, field.type)} }`, variables };
}

export async function sendOperation(client: GraphQLClient, schema: LiveSchema, kind: RootKind, fieldName: string, overrides: Record<string, unknown> = {}): Promise<GraphQLResponse<unknown>> {
  const { query, variables } = buildOperation(schema, kind, fieldName, overrides);
  return client.request(query, variables);
}

export function rootFields(schema: LiveSchema, kind: RootKind): SchemaField[] {
  return schema.types.get(kind === 'query' ? schema.queryType : schema.mutationType)?.fields ?? [];
}

export function named(type: TypeRef): TypeRef {
  return type.ofType ? named(type.ofType) : type;
}

export function typeText(type: TypeRef): string {
  if (type.kind === 'NON_NULL') return `${typeText(type.ofType!)}!`;
  if (type.kind === 'LIST') return `[${typeText(type.ofType!)}]`;
  return type.name!;
}

/** Scalar and enum fields without required arguments; `__typename` for unions or objects without any. */
export function selectionOf(schema: LiveSchema, type: TypeRef): string {
  const target = schema.types.get(named(type).name!);
  if (!target || target.kind === 'SCALAR' || target.kind === 'ENUM') return '';
  if (target.kind !== 'OBJECT') return ' { __typename }';
  const leaves = (target.fields ?? [])
    .filter((field) => !field.args.some((argument) => argument.type.kind === 'NON_NULL'))
    .filter((field) => ['SCALAR', 'ENUM'].includes(schema.types.get(named(field.type).name!)?.kind ?? ''))
    .map((field) => field.name);
  return ` { ${['__typename', ...leaves].join(' ')} }`;
}

/** Values that pass GraphQL coercion (so the policy guard is reached) and look like what a client sends. */
function dummyValue(schema: LiveSchema, type: TypeRef, name: string): unknown {
  if (type.kind === 'NON_NULL') return dummyValue(schema, type.ofType!, name);
  if (type.kind === 'LIST') return [dummyValue(schema, type.ofType!, name)];
  const target = schema.types.get(type.name!);
  if (target?.kind === 'ENUM') return name === 'roles' || name === 'role' ? 'LEARNER' : target.enumValues![0].name;
  if (target?.kind === 'INPUT_OBJECT') {
    const value: Record<string, unknown> = {};
    for (const field of target.inputFields ?? []) {
      if (field.name === 'dryRun') value[field.name] = true;
      else if (field.type.kind === 'NON_NULL' && field.defaultValue === null) value[field.name] = dummyValue(schema, field.type, field.name);
    }
    return value;
  }
  switch (type.name) {
    case 'ID':
      return randomUUID();
    case 'Int':
      return 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return name === 'dryRun';
    case 'DateTime':
      return '2030-01-01T00:00:00.000Z';
    case 'JSON':
      return {};
    case 'String':
      return dummyString(name);
    default:
      throw new Error(`No dummy value for scalar ${type.name} (argument ${name})`);
  }
}

function dummyString(name: string): string {
  if (name === 'email') return `matriks.${randomUUID().slice(0, 8)}@tunas.test`;
  if (name === 'currentPassword') return 'bukan-kata-sandinya';
  if (/password/i.test(name)) return 'Matriks#2026-uji';
  if (name === 'csv') return 'nip\n';
  if (name === 'code') return `MTRX-${randomUUID().slice(0, 6)}`;
  if (name === 'idempotencyKey') return randomUUID();
  if (name === 'token') return 'bukan-token-aktivasi';
  if (name === 'content') return '';
  return 'Uji matriks otorisasi';
}
