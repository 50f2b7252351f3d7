// Go twin: k8s.io/apiextensions-apiserver/pkg/apiserver/customresource_handler.go (getColumnsForVersion,
// serveDefaultColumnsIfEmpty, defaultDeprecationWarning) @ v1.34.0
import { compareKubeAwareVersionStrings } from '../../aggregator/apis/apiregistration/kubeversion';
import { creationTimestampDoc } from '../../printers/core_common';
import { getColumnsForVersion as columnsOf } from '../apis/apiextensions/helpers';
import type {
  CustomResourceColumnDefinition,
  CustomResourceDefinition,
  CustomResourceDefinitionSpec,
} from '../apis/apiextensions/types';

/** getColumnsForVersion: the version's printer columns, or only Age when it declares none. */
export function getColumnsForVersion(
  crd: CustomResourceDefinition,
  version: string,
): CustomResourceColumnDefinition[] {
  const columns = columnsOf(crd, version);
  if (columns.length > 0) return columns;
  return [
    { name: 'Age', type: 'date', description: creationTimestampDoc, jsonPath: '.metadata.creationTimestamp' },
  ];
}

/** defaultDeprecationWarning: `<group>/<v> <Kind> is deprecated; use <group>/<newest served> <Kind>`. */
export function defaultDeprecationWarning(
  deprecatedVersion: string,
  spec: CustomResourceDefinitionSpec,
): string {
  const msg = `${spec.group}/${deprecatedVersion} ${spec.names.kind} is deprecated`;
  const newer = spec.versions
    .filter((v) => v.served && !v.deprecated && compareKubeAwareVersionStrings(deprecatedVersion, v.name) < 0)
    .map((v) => v.name)
    .sort((a, b) => compareKubeAwareVersionStrings(b, a));
  return newer.length === 0 ? msg : `${msg}; use ${spec.group}/${newer[0]} ${spec.names.kind}`;
}
