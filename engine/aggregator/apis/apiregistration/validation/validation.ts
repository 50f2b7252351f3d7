// Go twin: k8s.io/kube-aggregator/pkg/apis/apiregistration/validation/validation.go (ValidateAPIService,
// ValidateAPIServiceUpdate, ValidateAPIServiceStatus, ValidateAPIServiceStatusUpdate) @ v1.34.0
import { validateObjectMeta, validateObjectMetaUpdate } from '../../../../apis/meta/validation/objectmeta';
import { base64DecodedLength } from '../../../../apis/core/v1/structural_copy';
import { quote } from '../../../../util/strconv/quote';
import { invalid, notSupported, required, type ErrorList } from '../../../../util/validation/field/errors';
import { newPath, type Path } from '../../../../util/validation/field/path';
import { isValidPathSegmentName } from '../../../../util/validation/path';
import { isDNS1035Label, isDNS1123Subdomain, isValidPortNum } from '../../../../util/validation/validation';
import {
  ConditionFalse,
  ConditionTrue,
  ConditionUnknown,
  type APIService,
  type APIServiceStatus,
} from '../types';

/**
 * ValidateAPIService: the name must be `<version>.<group>` (and a valid path segment), the group a DNS
 * subdomain (only v1 may have none: the legacy core group), the version a DNS-1035 label, the priorities in
 * range, and a local APIService (no service) may not carry TLS settings.
 */
export function validateAPIService(apiService: APIService): ErrorList {
  const spec = apiService.spec ?? {};
  const group = spec.group ?? '';
  const version = spec.version ?? '';
  const requiredName = `${version}.${group}`;

  const allErrs = validateObjectMeta(
    apiService.metadata,
    false,
    (name: string) => {
      const minimalFailures = isValidPathSegmentName(name);
      if (minimalFailures.length > 0) return minimalFailures;
      // the name *must* be version.group
      if (name !== requiredName) return [`must be \`spec.version+"."+spec.group\`: ${quote(requiredName)}`];
      return [];
    },
    newPath('metadata'),
  );

  // in this case we allow empty group
  if (group.length === 0 && version !== 'v1') {
    allErrs.push(
      required(newPath('spec', 'group'), 'only v1 may have an empty group and it better be legacy kube'),
    );
  }
  if (group.length > 0) {
    for (const msg of isDNS1123Subdomain(group)) allErrs.push(invalid(newPath('spec', 'group'), group, msg));
  }
  for (const msg of isDNS1035Label(version)) allErrs.push(invalid(newPath('spec', 'version'), version, msg));

  const groupPriorityMinimum = spec.groupPriorityMinimum ?? 0;
  if (groupPriorityMinimum <= 0 || groupPriorityMinimum > 20000) {
    allErrs.push(
      invalid(
        newPath('spec', 'groupPriorityMinimum'),
        groupPriorityMinimum,
        'must be positive and less than 20000',
      ),
    );
  }
  const versionPriority = spec.versionPriority ?? 0;
  if (versionPriority <= 0 || versionPriority > 1000) {
    allErrs.push(
      invalid(newPath('spec', 'versionPriority'), versionPriority, 'must be positive and less than 1000'),
    );
  }

  const caBundleLength = base64DecodedLength(spec.caBundle ?? '');
  const insecureSkipTLSVerify = spec.insecureSkipTLSVerify ?? false;
  const service = spec.service;
  if (!service) {
    if (caBundleLength !== 0) {
      allErrs.push(
        invalid(
          newPath('spec', 'caBundle'),
          `${caBundleLength} bytes`,
          'local APIServices may not have a caBundle',
        ),
      );
    }
    if (insecureSkipTLSVerify) {
      allErrs.push(
        invalid(
          newPath('spec', 'insecureSkipTLSVerify'),
          insecureSkipTLSVerify,
          'local APIServices may not have insecureSkipTLSVerify',
        ),
      );
    }
    return allErrs;
  }

  if ((service.namespace ?? '').length === 0)
    allErrs.push(required(newPath('spec', 'service', 'namespace'), ''));
  if ((service.name ?? '').length === 0) allErrs.push(required(newPath('spec', 'service', 'name'), ''));
  const port = service.port ?? 0;
  const portErrs = isValidPortNum(port);
  if (portErrs.length > 0) {
    allErrs.push(
      invalid(newPath('spec', 'service', 'port'), port, `port is not valid: ${portErrs.join(', ')}`),
    );
  }
  if (insecureSkipTLSVerify && caBundleLength > 0) {
    allErrs.push(
      invalid(
        newPath('spec', 'insecureSkipTLSVerify'),
        insecureSkipTLSVerify,
        'may not be true if caBundle is present',
      ),
    );
  }
  return allErrs;
}

/** ValidateAPIServiceUpdate: the metadata update rules, then everything ValidateAPIService checks. */
export function validateAPIServiceUpdate(newAPIService: APIService, oldAPIService: APIService): ErrorList {
  const allErrs = validateObjectMetaUpdate(
    newAPIService.metadata,
    oldAPIService.metadata,
    newPath('metadata'),
  );
  allErrs.push(...validateAPIService(newAPIService));
  return allErrs;
}

/** ValidateAPIServiceStatus: every condition's status is True, False or Unknown. */
export function validateAPIServiceStatus(status: APIServiceStatus | undefined, fldPath: Path): ErrorList {
  const allErrs: ErrorList = [];
  (status?.conditions ?? []).forEach((condition, i) => {
    const s = condition.status ?? '';
    if (s !== ConditionTrue && s !== ConditionFalse && s !== ConditionUnknown) {
      allErrs.push(
        notSupported(fldPath.child('conditions').index_(i).child('status'), s, [
          ConditionTrue,
          ConditionFalse,
          ConditionUnknown,
        ]),
      );
    }
  });
  return allErrs;
}

/** ValidateAPIServiceStatusUpdate: the metadata update rules and the status rules; the spec is not checked. */
export function validateAPIServiceStatusUpdate(
  newAPIService: APIService,
  oldAPIService: APIService,
): ErrorList {
  const allErrs = validateObjectMetaUpdate(
    newAPIService.metadata,
    oldAPIService.metadata,
    newPath('metadata'),
  );
  allErrs.push(...validateAPIServiceStatus(newAPIService.status, newPath('status')));
  return allErrs;
}
