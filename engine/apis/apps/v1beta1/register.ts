// Go twin: k8s.io/api/apps/v1beta1/register.go (addKnownTypes) and k8s.io/kubernetes/pkg/apis/apps/v1beta1
// (zz_generated.conversion.go, zz_generated.defaults.go) @ v1.34.0 — the Deployment kinds only (Go also has
// StatefulSet, ControllerRevision, DeploymentRollback and apps/v1beta1 Scale here).
import type { Scheme } from '../../../runtime/scheme';
import type { GroupVersion } from '../../../runtime/schema/groupversion';
import { AppsDeployment, AppsDeploymentList } from '../types';
import {
  Convert_apps_Deployment_To_v1beta1_Deployment,
  Convert_apps_DeploymentList_To_v1beta1_DeploymentList,
  Convert_v1beta1_Deployment_To_apps_Deployment,
  Convert_v1beta1_DeploymentList_To_apps_DeploymentList,
} from './conversion';
import { SetObjectDefaults_Deployment, SetObjectDefaults_DeploymentList } from './defaults';
import { V1beta1Deployment, V1beta1DeploymentList } from './types';

export const SchemeGroupVersion: GroupVersion = { group: 'apps', version: 'v1beta1' };

export function registerAppsV1beta1(scheme: Scheme): void {
  scheme.addKnownTypes(SchemeGroupVersion, V1beta1Deployment, V1beta1DeploymentList);

  scheme.addConversionFunc(
    V1beta1Deployment,
    AppsDeployment,
    Convert_v1beta1_Deployment_To_apps_Deployment,
    'Convert_v1beta1_Deployment_To_apps_Deployment',
  );
  scheme.addConversionFunc(
    AppsDeployment,
    V1beta1Deployment,
    Convert_apps_Deployment_To_v1beta1_Deployment,
    'Convert_apps_Deployment_To_v1beta1_Deployment',
  );
  scheme.addConversionFunc(
    V1beta1DeploymentList,
    AppsDeploymentList,
    Convert_v1beta1_DeploymentList_To_apps_DeploymentList,
    'Convert_v1beta1_DeploymentList_To_apps_DeploymentList',
  );
  scheme.addConversionFunc(
    AppsDeploymentList,
    V1beta1DeploymentList,
    Convert_apps_DeploymentList_To_v1beta1_DeploymentList,
    'Convert_apps_DeploymentList_To_v1beta1_DeploymentList',
  );

  scheme.addTypeDefaultingFunc(
    V1beta1Deployment,
    SetObjectDefaults_Deployment,
    'SetObjectDefaults_Deployment',
  );
  scheme.addTypeDefaultingFunc(
    V1beta1DeploymentList,
    SetObjectDefaults_DeploymentList,
    'SetObjectDefaults_DeploymentList',
  );
}
