// Go twin: k8s.io/apiextensions-apiserver/pkg/apiserver/conversion/nop_converter.go (nopConverter.Convert)
// @ v1.34.0
//
// The `None` conversion strategy: versions of a custom resource differ only in their apiVersion, so
// converting sets the target group-version and leaves every other field as it is.
import { deepCopyObject, setType, type RuntimeObject } from '../../../runtime/object';
import { unstructuredType } from '../../../runtime/scheme';
import { gvString, type GroupVersion } from '../../../runtime/schema/groupversion';

/** A copy of the custom resource (or each item of a list) with apiVersion set to `target`. */
export function nopConvert(obj: RuntimeObject, target: GroupVersion): RuntimeObject {
  const out = deepCopyObject(obj);
  const apiVersion = gvString(target);
  if (Array.isArray(out.items)) {
    for (const item of out.items as RuntimeObject[]) item.apiVersion = apiVersion;
  } else {
    out.apiVersion = apiVersion;
  }
  return setType(out, unstructuredType);
}
