// The playground's form → an HTTP request. POST and PUT send the YAML as is (application/yaml: the server
// decodes it, so bad YAML gets the server's own 400); PATCH converts it to a JSON merge patch first, as
// kubectl does with a YAML patch file.
import type { HTTPRequest } from '../../engine';
import { t } from '../i18n';

export interface PlaygroundDoc {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  body: string;
}

export async function toRequest(doc: PlaygroundDoc): Promise<HTTPRequest> {
  const path = doc.path.trim() || '/';
  switch (doc.method) {
    case 'POST':
    case 'PUT':
      return { method: doc.method, path, headers: { 'Content-Type': 'application/yaml' }, body: doc.body };
    case 'PATCH': {
      const { parse } = await import('yaml');
      let patch: unknown;
      try {
        patch = parse(doc.body, { version: '1.1' });
      } catch (e) {
        throw new Error(t('playground.patchYaml', { message: e instanceof Error ? e.message : String(e) }));
      }
      return {
        method: 'PATCH',
        path,
        headers: { 'Content-Type': 'application/merge-patch+json' },
        body: JSON.stringify(patch ?? {}),
      };
    }
    case 'GET':
    case 'DELETE':
      return { method: doc.method, path };
    default: {
      const never: never = doc.method;
      throw new Error(`toRequest: unknown method ${String(never)}`);
    }
  }
}
