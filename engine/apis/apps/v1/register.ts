// Go twin: k8s.io/api/apps/v1/register.go (addKnownTypes) and k8s.io/kubernetes/pkg/apis/apps/v1
// (zz_generated.conversion.go RegisterConversions, zz_generated.defaults.go RegisterDefaults) @ v1.34.0
// apps/v1 registers no field label conversion for these kinds, so field selectors accept only
// metadata.name and metadata.namespace (the scheme's default).
import type { Scheme } from '../../../runtime/scheme';
import type { GroupVersion } from '../../../runtime/schema/groupversion';
import { AppsDeployment, AppsDeploymentList, AppsReplicaSet, AppsReplicaSetList } from '../types';
import {
  Convert_apps_Deployment_To_v1_Deployment,
  Convert_apps_DeploymentList_To_v1_DeploymentList,
  Convert_apps_ReplicaSet_To_v1_ReplicaSet,
  Convert_apps_ReplicaSetList_To_v1_ReplicaSetList,
  Convert_v1_Deployment_To_apps_Deployment,
  Convert_v1_DeploymentList_To_apps_DeploymentList,
  Convert_v1_ReplicaSet_To_apps_ReplicaSet,
  Convert_v1_ReplicaSetList_To_apps_ReplicaSetList,
} from './conversion';
import {
  SetObjectDefaults_Deployment,
  SetObjectDefaults_DeploymentList,
  SetObjectDefaults_ReplicaSet,
  SetObjectDefaults_ReplicaSetList,
} from './defaults';
import { V1Deployment, V1DeploymentList, V1ReplicaSet, V1ReplicaSetList } from './types';

export const SchemeGroupVersion: GroupVersion = { group: 'apps', version: 'v1' };

export function registerAppsV1(scheme: Scheme): void {
  scheme.addKnownTypes(SchemeGroupVersion, V1Deployment, V1DeploymentList, V1ReplicaSet, V1ReplicaSetList);

  scheme.addConversionFunc(
    V1Deployment,
    AppsDeployment,
    Convert_v1_Deployment_To_apps_Deployment,
    'Convert_v1_Deployment_To_apps_Deployment',
  );
  scheme.addConversionFunc(
    AppsDeployment,
    V1Deployment,
    Convert_apps_Deployment_To_v1_Deployment,
    'Convert_apps_Deployment_To_v1_Deployment',
  );
  scheme.addConversionFunc(
    V1DeploymentList,
    AppsDeploymentList,
    Convert_v1_DeploymentList_To_apps_DeploymentList,
    'Convert_v1_DeploymentList_To_apps_DeploymentList',
  );
  scheme.addConversionFunc(
    AppsDeploymentList,
    V1DeploymentList,
    Convert_apps_DeploymentList_To_v1_DeploymentList,
    'Convert_apps_DeploymentList_To_v1_DeploymentList',
  );
  scheme.addConversionFunc(
    V1ReplicaSet,
    AppsReplicaSet,
    Convert_v1_ReplicaSet_To_apps_ReplicaSet,
    'Convert_v1_ReplicaSet_To_apps_ReplicaSet',
  );
  scheme.addConversionFunc(
    AppsReplicaSet,
    V1ReplicaSet,
    Convert_apps_ReplicaSet_To_v1_ReplicaSet,
    'Convert_apps_ReplicaSet_To_v1_ReplicaSet',
  );
  scheme.addConversionFunc(
    V1ReplicaSetList,
    AppsReplicaSetList,
    Convert_v1_ReplicaSetList_To_apps_ReplicaSetList,
    'Convert_v1_ReplicaSetList_To_apps_ReplicaSetList',
  );
  scheme.addConversionFunc(
    AppsReplicaSetList,
    V1ReplicaSetList,
    Convert_apps_ReplicaSetList_To_v1_ReplicaSetList,
    'Convert_apps_ReplicaSetList_To_v1_ReplicaSetList',
  );

  scheme.addTypeDefaultingFunc(V1Deployment, SetObjectDefaults_Deployment, 'SetObjectDefaults_Deployment');
  scheme.addTypeDefaultingFunc(
    V1DeploymentList,
    SetObjectDefaults_DeploymentList,
    'SetObjectDefaults_DeploymentList',
  );
  scheme.addTypeDefaultingFunc(V1ReplicaSet, SetObjectDefaults_ReplicaSet, 'SetObjectDefaults_ReplicaSet');
  scheme.addTypeDefaultingFunc(
    V1ReplicaSetList,
    SetObjectDefaults_ReplicaSetList,
    'SetObjectDefaults_ReplicaSetList',
  );
}
