// Go twin: k8s.io/kube-openapi/pkg/handler3/handler.go (OpenAPIService, UpdateGroupVersion, computeETag),
// k8s.io/kube-openapi/pkg/handler/handler.go (the v2 OpenAPIService) and
// k8s.io/kube-aggregator/pkg/controllers/openapiv3/aggregator/aggregator.go (specProxier) @ v1.34.0
//
// One service for the whole chain: the documents of every server's web services and of the CRDs, merged as
// the aggregator's spec proxier merges its delegates' discovery. Documents are built lazily and kept until the
// served API set changes (a CRD is added, changed or removed).
import type { CustomResourceDefinition } from '../apiextensions/apis/apiextensions/types';
import type { StructDef } from '../runtime/gotype';
import { sortKeys, type OpenAPIV3Document } from './builder3';
import { builtinDocuments, type ServedAPI } from './builtin';
import { crdDocument, crdGroupVersions } from './crd';
import { toSwagger } from './builder2';

export interface OpenAPISources {
  servers(): ServedAPI[];
  crds(): Promise<CustomResourceDefinition[]>;
  /** autoscaling/v1 Scale, for CRDs with a scale subresource */
  scale(): StructDef | undefined;
  now(): Date;
}

/** A built document: its JSON bytes, Go's ETag (upper-case hex SHA-512 of them) and when it was built. */
export interface CachedDocument {
  json: string;
  etag: string;
  lastModified: Date;
}

interface Entry {
  signature: string;
  build: () => OpenAPIV3Document;
  doc?: Promise<CachedDocument>;
}

export class OpenAPIService {
  private readonly entries = new Map<string, Entry>();
  private v2: { signature: string; doc: Promise<CachedDocument> } | null = null;

  constructor(private readonly sources: OpenAPISources) {}

  /** The served group-version documents, keyed `api/v1`, `apis/apps/v1`, …, with their hashes. */
  async documents(): Promise<Map<string, CachedDocument>> {
    await this.refresh();
    const out = new Map<string, CachedDocument>();
    for (const [key, entry] of this.entries) out.set(key, await this.materialize(entry));
    return out;
  }

  /** One group-version's document, or undefined when it is not served. */
  async document(key: string): Promise<CachedDocument | undefined> {
    await this.refresh();
    const entry = this.entries.get(key);
    return entry ? this.materialize(entry) : undefined;
  }

  /** The merged Swagger 2.0 document (/openapi/v2). */
  async swagger(): Promise<CachedDocument> {
    await this.refresh();
    const signature = [...this.entries.values()].map((e) => e.signature).join('|');
    if (this.v2?.signature !== signature) {
      const entries = [...this.entries.values()];
      this.v2 = { signature, doc: this.cache(JSON.stringify(toSwagger(entries.map((e) => e.build())))) };
    }
    return this.v2.doc;
  }

  /** Re-reads the served API set; an entry whose signature is unchanged keeps its built document. */
  private async refresh(): Promise<void> {
    const next = new Map<string, Omit<Entry, 'doc'>>();
    for (const [key, build] of builtinDocuments(this.sources.servers()))
      next.set(key, { signature: key, build });
    for (const [key, crds] of crdGroupVersions(await this.sources.crds())) {
      if (next.has(key)) continue; // a built-in group-version wins, as the delegation order makes it win
      const [, group, version] = key.split('/') as [string, string, string];
      const signature = `${key}:${crds.map((c) => `${c.metadata?.name}@${c.metadata?.resourceVersion}`).join(',')}`;
      next.set(key, { signature, build: () => crdDocument(group, version, crds, this.sources.scale()) });
    }
    for (const key of [...this.entries.keys()]) if (!next.has(key)) this.entries.delete(key);
    for (const [key, e] of next) {
      if (this.entries.get(key)?.signature !== e.signature) this.entries.set(key, { ...e });
    }
  }

  private materialize(entry: Entry): Promise<CachedDocument> {
    return (entry.doc ??= this.cache(JSON.stringify(entry.build())));
  }

  private async cache(json: string): Promise<CachedDocument> {
    return { json, etag: await computeETag(json), lastModified: this.sources.now() };
  }
}

/** computeETag: `%X` of sha512 over the JSON bytes. */
export async function computeETag(data: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-512', new TextEncoder().encode(data));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0').toUpperCase()).join('');
}

/** The discovery document: every group-version with its hash-qualified URL (keys sorted as Go's map). */
export function discoveryDocument(docs: Map<string, CachedDocument>): string {
  const paths: Record<string, { serverRelativeURL: string }> = {};
  for (const [key, doc] of docs) paths[key] = { serverRelativeURL: serverRelativeURL(key, doc.etag) };
  return JSON.stringify({ paths: sortKeys(paths) });
}

/** constructServerRelativeURL: `/openapi/v3/<gv>?hash=<etag>`. */
export const serverRelativeURL = (key: string, etag: string) =>
  `/openapi/v3/${key}?hash=${encodeURIComponent(etag)}`;
