// Go twin: k8s.io/apiextensions-apiserver/pkg/client/clientset/clientset/typed/apiextensions/v1
// (customResourceDefinitions.UpdateStatus) @ v1.34.0
//
// The CRD controllers write through the loopback client, as Go's do: a PUT of the v1 object to
// /apis/apiextensions.k8s.io/v1/customresourcedefinitions/<name>/status. NotFound and Conflict mean the CRD
// was deleted or changed meanwhile; the controller sees it again on its next sync.
import { isConflict, isNotFound } from '../../../api/errors/errors';
import type { LoopbackClient } from '../../../aggregator/client/loopback';
import { setType, type RuntimeObject } from '../../../runtime/object';
import type { CustomResourceDefinition } from '../../apis/apiextensions/types';
import { Convert_apiextensions_CustomResourceDefinition_To_v1_CustomResourceDefinition } from '../../apis/apiextensions/v1/conversion';
import { V1CustomResourceDefinition } from '../../apis/apiextensions/v1/types';

export const crdPath = (name: string) =>
  `/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${encodeURIComponent(name)}`;

/** UpdateStatus; returns false when the CRD was gone or changed (Go: "we'll get called again"). */
export async function updateCRDStatus(
  client: LoopbackClient,
  crd: CustomResourceDefinition,
): Promise<boolean> {
  const v1 = setType({}, V1CustomResourceDefinition) as RuntimeObject;
  Convert_apiextensions_CustomResourceDefinition_To_v1_CustomResourceDefinition(crd, v1);
  const body = { apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', ...v1 };
  try {
    await client.do('PUT', `${crdPath(crd.metadata?.name ?? '')}/status`, body);
    return true;
  } catch (e) {
    if (isNotFound(e) || isConflict(e)) return false;
    throw e;
  }
}
