// Go twin: k8s.io/kube-openapi/pkg/builder/openapi.go (BuildOpenAPISpecFromRoutes, the Swagger 2.0 builder)
// @ v1.34.0 — here derived from the v3 documents, so both versions describe the same routes and types.
import { sortKeys, type OpenAPIV3Document } from './builder3';
import type { Schema } from './definitions';

const v3Ref = /#\/components\/schemas\//g;

/** Merges group-version documents into one Swagger 2.0 document (paths and definitions). */
export function toSwagger(docs: OpenAPIV3Document[]): Schema {
  const paths: Record<string, Schema> = {};
  const definitions: Record<string, Schema> = {};
  for (const doc of docs) {
    const v2 = JSON.parse(JSON.stringify(doc).replace(v3Ref, '#/definitions/')) as OpenAPIV3Document;
    Object.assign(definitions, v2.components.schemas);
    for (const [path, item] of Object.entries(v2.paths)) paths[path] = convertPathItem(item);
  }
  return {
    swagger: '2.0',
    info: { title: 'Kubernetes', version: 'v1.34.0' },
    paths: sortKeys(paths),
    definitions: sortKeys(definitions),
    securityDefinitions: {
      BearerToken: {
        description: 'Bearer Token authentication',
        type: 'apiKey',
        name: 'authorization',
        in: 'header',
      },
    },
    security: [{ BearerToken: [] }],
  };
}

function convertPathItem(item: Schema): Schema {
  const out: Schema = {};
  for (const [key, value] of Object.entries(item)) {
    out[key] =
      key === 'parameters' ? (value as Schema[]).map(convertParameter) : convertOperation(value as Schema);
  }
  return out;
}

/** v3 `schema: {type}` parameters become v2's inline `type`. */
function convertParameter(p: Schema): Schema {
  const { schema, ...rest } = p as Schema & { schema?: Schema };
  return { ...rest, ...(schema ?? {}) };
}

function convertOperation(op: Schema): Schema {
  const { requestBody, responses, parameters, ...rest } = op as Schema & {
    requestBody?: { content: Record<string, { schema: Schema }>; required?: boolean };
    responses: Record<string, { description: string; content?: Record<string, { schema: Schema }> }>;
    parameters?: Schema[];
  };
  const params = (parameters ?? []).map(convertParameter);
  const consumes = requestBody ? Object.keys(requestBody.content) : [];
  if (requestBody) {
    const schema = Object.values(requestBody.content)[0]?.schema;
    params.unshift({ name: 'body', in: 'body', ...(requestBody.required ? { required: true } : {}), schema });
  }
  const produces = new Set<string>();
  const v2Responses: Schema = {};
  for (const [code, r] of Object.entries(responses)) {
    const content = Object.entries(r.content ?? {});
    for (const [mt] of content) produces.add(mt);
    v2Responses[code] = {
      description: r.description,
      ...(content[0] ? { schema: content[0][1].schema } : {}),
    };
  }
  return {
    ...(consumes.length ? { consumes } : {}),
    ...rest,
    ...(params.length ? { parameters: params } : {}),
    produces: [...produces],
    schemes: ['https'],
    responses: v2Responses,
  };
}
