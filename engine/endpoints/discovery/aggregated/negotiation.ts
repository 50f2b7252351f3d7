// Go twin: k8s.io/apiserver/pkg/endpoints/discovery/aggregated/negotiation.go (DiscoveryEndpointRestrictions,
// IsAggregatedDiscoveryGVK) @ v1.34.0
//
// v1.34 turns on AggregatedDiscoveryRemoveBetaType by default: only apidiscovery.k8s.io/v2 is served;
// an Accept asking for v2beta1 is treated like any other unknown `as=` target and skipped.
import type { EndpointRestrictions } from '../../handlers/negotiation/negotiate';
import { GroupName, SchemeGroupVersion } from './types';

export function isAggregatedDiscoveryGVK(
  gvk: { group: string; version: string; kind: string } | undefined,
): boolean {
  return (
    gvk !== undefined &&
    gvk.group === GroupName &&
    gvk.version === SchemeGroupVersion.version &&
    gvk.kind === 'APIGroupDiscoveryList'
  );
}

/** DiscoveryEndpointRestrictions: the only transform a discovery endpoint allows is to the aggregated list. */
export const discoveryEndpointRestrictions: EndpointRestrictions = {
  allowsConversion: (target) => isAggregatedDiscoveryGVK(target),
};
