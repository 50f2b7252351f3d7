// Go twin: k8s.io/kubernetes/pkg/apis/core/types.go (ServiceAccount, ServiceAccountList) @ v1.34.0
import type { GoType, RuntimeObject } from '../../runtime/object';
import type { ObjectReference } from './event_types';

const pkg = 'k8s.io/kubernetes/pkg/apis/core';

export const CoreServiceAccount: GoType = { pkg, name: 'ServiceAccount' };
export const CoreServiceAccountList: GoType = { pkg, name: 'ServiceAccountList' };

export interface LocalObjectReference {
  name?: string;
}

export interface ServiceAccount extends RuntimeObject {
  secrets?: ObjectReference[];
  imagePullSecrets?: LocalObjectReference[];
  automountServiceAccountToken?: boolean;
}
