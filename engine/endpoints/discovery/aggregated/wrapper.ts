// Go twin: k8s.io/apiserver/pkg/endpoints/discovery/aggregated/wrapper.go (WrappedHandler.ServeHTTP,
// WrapAggregatedDiscoveryToHandler) @ v1.34.0
//
// `/api` and `/apis` answer with the aggregated document when the Accept header's first servable clause asks
// for `as=APIGroupDiscoveryList` in apidiscovery.k8s.io/v2; otherwise the legacy handler answers, unchanged.
import { Scheme } from '../../../runtime/scheme';
import { CodecFactory } from '../../../runtime/serializer/codec_factory';
import type { Handler } from '../../../server/http';
import { negotiateOutputMediaType } from '../../handlers/negotiation/negotiate';
import { discoveryEndpointRestrictions, isAggregatedDiscoveryGVK } from './negotiation';

const serializers = new CodecFactory(new Scheme('apidiscovery')).supportedMediaTypes();

export function wrapAggregatedDiscoveryToHandler(handler: Handler, aggHandler: Handler): Handler {
  return async (w, req) => {
    let aggregated = false;
    try {
      const mt = negotiateOutputMediaType(req, serializers, discoveryEndpointRestrictions);
      aggregated = isAggregatedDiscoveryGVK(mt.convert);
    } catch {
      // nothing acceptable: the legacy handler gives its own answer
    }
    return aggregated ? aggHandler(w, req) : handler(w, req);
  };
}
