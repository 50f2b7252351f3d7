// Go twin: k8s.io/kubernetes/pkg/apis/apps/register.go (SchemeGroupVersion, addKnownTypes) @ v1.34.0
// Only the kinds this simulator models are registered (Go also has DaemonSet, StatefulSet,
// ControllerRevision, DeploymentRollback and autoscaling.Scale in the internal apps group version).
import type { Scheme } from '../../runtime/scheme';
import { APIVersionInternal, type GroupVersion } from '../../runtime/schema/groupversion';
import { AppsDeployment, AppsDeploymentList, AppsReplicaSet, AppsReplicaSetList } from './types';

export const GroupName = 'apps';
export const SchemeGroupVersion: GroupVersion = { group: GroupName, version: APIVersionInternal };

export function registerAppsInternal(scheme: Scheme): void {
  scheme.addKnownTypes(
    SchemeGroupVersion,
    AppsDeployment,
    AppsDeploymentList,
    AppsReplicaSet,
    AppsReplicaSetList,
  );
}
