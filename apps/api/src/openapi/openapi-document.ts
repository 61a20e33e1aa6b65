// The OpenAPI 3.1 document of the routes a server registered, built from the operations table: every schema is
// the contract's zod schema as zod writes it in JSON Schema 2020-12 (OpenAPI 3.1's own dialect). Answers go
// under components.schemas by the contract's names; request bodies are written inline, as a client sends them
// (defaults optional).
import * as contract from '@quizstream/core/schemas';
import { z } from 'zod';
import type { Access } from '../auth/route-access.js';
import {
  ApiErrorBody,
  type Operation,
  PATH_PARAMETERS,
  type QueryParameter,
  type ResponseSpec,
  TAGS,
} from './operations.js';

type Json = Record<string, unknown>;

export interface DescribedRoute {
  method: string;
  url: string;
  operation: Operation;
  access: Access;
}

/** How each access rule is met (docs/security.md): none, or one of these credentials. */
const SECURITY: Record<Access, Json[]> = {
  public: [],
  'share-link': [],
  'signed-in': [{ session: [] }, { apiKey: [] }, { iap: [] }],
  owner: [{ session: [] }, { apiKey: [] }, { iap: [] }],
  'live-host': [{ session: [] }, { apiKey: [] }, { liveHostToken: [] }],
  'live-player': [{ liveToken: [] }],
};

/** The names answers' schemas get under components.schemas: the contract's exports, and the error body. */
function namedSchemas(): Map<z.ZodType, string> {
  const names = new Map<z.ZodType, string>();
  for (const [name, value] of Object.entries(contract)) {
    // "ExportFormatSchema" is the schema of ExportFormat: named as the type.
    if (value instanceof z.ZodType && !names.has(value)) names.set(value, name.replace(/(?<=.)Schema$/, ''));
  }
  names.set(ApiErrorBody, 'ApiError');
  return names;
}

export function openApiDocument(
  routes: DescribedRoute[],
  info: { version: string; signIn: string; sessionCookie: string },
): Json {
  // Every schema of the contract is a component: one an answer holds (a Question in a Quiz) is a reference.
  const registry = z.registry<{ id: string }>();
  for (const [schema, name] of namedSchemas()) registry.add(schema, { id: name });
  /** A reference to an answer's schema; one the contract does not name gets the operation's name. */
  const refTo = (schema: z.ZodType, fallback: string): Json => {
    if (!registry.has(schema)) registry.add(schema, { id: fallback });
    return { $ref: `#/components/schemas/${registry.get(schema)!.id}` };
  };
  const errorRef = refTo(ApiErrorBody, 'ApiError');

  const paths: Record<string, Record<string, Json>> = {};
  for (const { method, url, operation, access } of routes) {
    const operationId = operationIdOf(method, url);
    const responses: Json = {};
    for (const [status, spec] of Object.entries(operation.responses)) {
      responses[status] = responseObject(spec, (schema, suffix) => refTo(schema, `${pascal(operationId)}${suffix}`));
    }
    responses.default = {
      description:
        'An error: `{ error: { code, message } }` with a 4xx or 5xx status; 429 and 503 come with Retry-After.',
      content: { 'application/json': { schema: errorRef } },
    };
    const parameters = [
      ...[...url.matchAll(/:(\w+)/g)].map(([, name]) => ({
        name,
        in: 'path',
        required: true,
        description: PATH_PARAMETERS[name!] ?? name,
        schema: { type: 'string' },
      })),
      ...(operation.query ?? []).map((p) => parameterObject(p, 'query')),
      ...(operation.headers ?? []).map((p) => parameterObject(p, 'header')),
    ];
    const pathKey = url.replace(/:(\w+)/g, '{$1}');
    paths[pathKey] ??= {};
    paths[pathKey][method.toLowerCase()] = {
      operationId,
      summary: operation.summary,
      ...(operation.description ? { description: operation.description } : {}),
      tags: [operation.tag],
      security: SECURITY[access],
      'x-access': access,
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(operation.body ? { requestBody: requestBodyObject(operation.body) } : {}),
      responses,
    };
  }

  const { schemas } = z.toJSONSchema(registry, {
    io: 'output',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  });
  const components: Json = {};
  for (const [id, schema] of Object.entries(schemas)) {
    const { $schema: _dialect, id: _id, ...rest } = schema as Json;
    components[id] = rest;
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'quizstream API',
      version: info.version,
      description:
        'Turns a PDF into a quiz and streams every question the moment it exists. Errors are ' +
        '`{ error: { code, message } }` with a stable code (components.schemas.ApiError lists them). ' +
        `This server's sign-in: ${info.signIn} (with API keys if API_KEYS is set); a server without sign-in ` +
        '(one machine) needs no credential. Streams are Server-Sent Events whose `data` is JSON of the schema given under ' +
        '`text/event-stream`.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    tags: TAGS.map((t) => ({ ...t })),
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: info.sessionCookie, description: 'A signed-in teacher.' },
        apiKey: { type: 'http', scheme: 'bearer', description: 'An API key (API_KEYS).' },
        iap: {
          type: 'apiKey',
          in: 'header',
          name: 'x-goog-iap-jwt-assertion',
          description: 'Google Cloud Identity-Aware Proxy, when the server runs behind it.',
        },
        liveHostToken: {
          type: 'apiKey',
          in: 'header',
          name: 'X-Live-Host-Token',
          description: 'A live session’s host token (or ?hostToken=).',
        },
        liveToken: {
          type: 'apiKey',
          in: 'header',
          name: 'X-Live-Token',
          description: 'A participant’s token (or ?token=).',
        },
      },
    },
  };
}

function responseObject(spec: ResponseSpec, ref: (schema: z.ZodType, suffix: string) => Json): Json {
  const content: Json = {};
  if (spec.json) content['application/json'] = { schema: ref(spec.json, 'Response') };
  if (spec.media) {
    content[spec.media.type] = spec.media.schema
      ? { schema: ref(spec.media.schema, 'Body') }
      : { schema: { type: 'string', contentMediaType: spec.media.type } };
  }
  for (const type of spec.files ?? []) {
    content[type] ??= { schema: { type: 'string', contentMediaType: type } };
  }
  if (spec.events) {
    content['text/event-stream'] = {
      schema: ref(spec.events, 'Event'),
      description: 'The JSON `data` of each event; the SSE `event` field is its `type`.',
    };
  }
  return {
    description: spec.description,
    ...(Object.keys(content).length > 0 ? { content } : {}),
    ...(spec.headers
      ? {
          headers: Object.fromEntries(
            Object.entries(spec.headers).map(([name, example]) => [name, { schema: { type: 'string' }, example }]),
          ),
        }
      : {}),
  };
}

function requestBodyObject(body: NonNullable<Operation['body']>): Json {
  const content: Json = {};
  if (body.json) content['application/json'] = { schema: inputSchema(body.json) };
  if (body.multipart) {
    content['multipart/form-data'] = {
      schema: {
        type: 'object',
        required: ['file'],
        properties: { file: { type: 'string', contentMediaType: 'application/pdf', description: body.multipart } },
      },
    };
  }
  return { required: body.required ?? false, content };
}

function parameterObject(p: QueryParameter, where: 'query' | 'header'): Json {
  return {
    name: p.name,
    in: where,
    required: p.required ?? false,
    description: p.description,
    schema: inputSchema(p.schema),
  };
}

/** A schema as a client writes it: defaults optional, inline. */
function inputSchema(schema: z.ZodType): Json {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    metadata: z.registry(),
  }) as Json;
  return rest;
}

/** "GET /api/quizzes/:id/questions/:qid" -> "getQuizzesIdQuestionsQid". */
function operationIdOf(method: string, url: string): string {
  const words = url
    .replace(/^\/api\//, '/')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  return method.toLowerCase() + words.map(pascal).join('');
}

function pascal(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
