// Test support: every operation of the served OpenAPI document (method, path, declared access,
// parameters, request body), and whether a role passes an access rule — for tests that walk all
// routes (the route × role matrix, the fuzzer).
import { ROLES, type Permission, type Role } from '../modules/access/index.js';
import type { TestApp } from './test-app.js';

export type Schema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
};
export interface Param {
  name: string;
  in: 'path' | 'query' | 'header';
  schema?: Schema;
}
export interface Operation {
  method: string;
  path: string;
  access: string;
  params: Param[];
  body?: { type: string; schema?: Schema };
}

interface Doc {
  paths: Record<
    string,
    Record<
      string,
      { 'x-access': string; parameters?: Param[]; requestBody?: { content: Record<string, { schema?: Schema }> } }
    >
  >;
  components: { schemas: Record<string, Schema> };
}

/** The operations, and a resolver of the document's $refs. */
export async function readOperations(t: TestApp): Promise<{ operations: Operation[]; resolve: (s: Schema) => Schema }> {
  const doc = (await t.client().get('/api/openapi.json')).body as Doc;
  const resolve = (s: Schema): Schema =>
    s.$ref ? resolve(doc.components.schemas[s.$ref.replace('#/components/schemas/', '')]!) : s;
  const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => {
      const [type, media] = Object.entries(op.requestBody?.content ?? {})[0] ?? [];
      return {
        method: method.toUpperCase(),
        path,
        access: op['x-access'],
        params: op.parameters ?? [],
        ...(type ? { body: { type, schema: media?.schema } } : {}),
      };
    }),
  );
  return { operations, resolve };
}

/** Whether a role (or no session) passes a route's declared access rule. */
export const passesAccess = (role: Role | 'anonymous', access: string): boolean =>
  access === 'public' ||
  (role !== 'anonymous' &&
    (access === 'authenticated' || (ROLES[role].permissions as readonly Permission[]).includes(access as Permission)));
