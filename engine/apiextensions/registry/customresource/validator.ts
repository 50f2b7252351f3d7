// Go twin: k8s.io/apiextensions-apiserver/pkg/registry/customresource/validator.go (customResourceValidator:
// Validate, ValidateUpdate, ValidateStatusUpdate, ValidateTypeMeta, ValidateScaleSpec, ValidateScaleStatus)
// @ v1.34.0
import { nameIsDNSSubdomain, validateObjectMeta } from '../../../apis/meta/validation/objectmeta';
import type { RuntimeObject } from '../../../runtime/object';
import { isObject } from '../../../util/json/value';
import { invalid, type ErrorList } from '../../../util/validation/field/errors';
import { newPath } from '../../../util/validation/field/path';
import type { CustomResourceSubresourceScale } from '../../apis/apiextensions/types';
import type { Structural } from '../../apiserver/schema/structural';
import { validateCustomResource } from '../../apiserver/validation/validation';
import type { GroupVersionKind } from '../../../runtime/schema/groupversion';
import { sprintV, goTypeName } from '../../../util/fmt/value';

const maxInt32 = 2147483647;

/** unstructured.NestedFieldNoCopy: the value at `path` (dot-separated, leading dot ignored), or an error. */
export function nestedField(obj: unknown, path: string): { value: unknown; found: boolean } {
  const fields = path.replace(/^\./, '').split('.');
  let cur: unknown = obj;
  for (let i = 0; i < fields.length; i++) {
    if (!isObject(cur)) {
      throw new Error(
        `.${fields.slice(0, i).join('.')} accessor error: ${sprintV(cur)} is of the type ${goTypeName(cur)}, expected map[string]interface{}`,
      );
    }
    if (!Object.prototype.hasOwnProperty.call(cur, fields[i]!)) return { value: undefined, found: false };
    cur = cur[fields[i]!];
  }
  return { value: cur, found: true };
}

/** unstructured.NestedInt64: integers only (JSON numbers with a fraction are float64 in Go). */
export function nestedInt64(obj: unknown, path: string): { value: number; found: boolean } {
  const { value, found } = nestedField(obj, path);
  if (!found) return { value: 0, found: false };
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new Error(
      `.${path.replace(/^\./, '')} accessor error: ${sprintV(value)} is of the type ${goTypeName(value)}, expected int64`,
    );
  }
  return { value, found: true };
}

/** unstructured.NestedString */
export function nestedString(obj: unknown, path: string): { value: string; found: boolean } {
  const { value, found } = nestedField(obj, path);
  if (!found) return { value: '', found: false };
  if (typeof value !== 'string') {
    throw new Error(
      `.${path.replace(/^\./, '')} accessor error: ${sprintV(value)} is of the type ${goTypeName(value)}, expected string`,
    );
  }
  return { value, found: true };
}

export class CustomResourceValidator {
  constructor(
    readonly namespaceScoped: boolean,
    readonly kind: GroupVersionKind,
    readonly schema: Structural | null,
    readonly statusSchema: Structural | null,
  ) {}

  validate(u: RuntimeObject, scale: CustomResourceSubresourceScale | undefined): ErrorList {
    const typeErrs = this.validateTypeMeta(u);
    if (typeErrs.length > 0) return typeErrs;
    return [
      ...validateObjectMeta(u.metadata ?? {}, this.namespaceScoped, nameIsDNSSubdomain, newPath('metadata')),
      ...this.validateSchema(u),
      ...validateScaleSpec(u, scale),
      ...validateScaleStatus(u, scale),
    ];
  }

  /** ValidateUpdate without the ObjectMeta update checks: rest.BeforeUpdate runs those first. */
  validateUpdate(u: RuntimeObject, scale: CustomResourceSubresourceScale | undefined): ErrorList {
    const typeErrs = this.validateTypeMeta(u);
    if (typeErrs.length > 0) return typeErrs;
    return [...this.validateSchema(u), ...validateScaleSpec(u, scale), ...validateScaleStatus(u, scale)];
  }

  validateStatusUpdate(u: RuntimeObject, scale: CustomResourceSubresourceScale | undefined): ErrorList {
    const typeErrs = this.validateTypeMeta(u);
    if (typeErrs.length > 0) return typeErrs;
    return [...this.validateSchema(u), ...validateScaleStatus(u, scale)];
  }

  validateTypeMeta(u: RuntimeObject): ErrorList {
    const errs: ErrorList = [];
    const kind = typeof u.kind === 'string' ? u.kind : '';
    const apiVersion = typeof u.apiVersion === 'string' ? u.apiVersion : '';
    if (kind !== this.kind.kind) errs.push(invalid(newPath('kind'), kind, `must be ${this.kind.kind}`));
    const want = `${this.kind.group}/${this.kind.version}`;
    if (apiVersion !== want) errs.push(invalid(newPath('apiVersion'), apiVersion, `must be ${want}`));
    return errs;
  }

  private validateSchema(u: RuntimeObject): ErrorList {
    return this.schema ? validateCustomResource(null, u, this.schema) : [];
  }
}

function replicasErrors(u: RuntimeObject, path: string): ErrorList {
  const fld = newPath(path);
  let replicas: { value: number };
  try {
    replicas = nestedInt64(u, path);
  } catch (e) {
    return [invalid(fld, 0, (e as Error).message)];
  }
  if (replicas.value < 0) return [invalid(fld, replicas.value, 'should be a non-negative integer')];
  if (replicas.value > maxInt32)
    return [invalid(fld, replicas.value, `should be less than or equal to ${maxInt32}`)];
  return [];
}

export function validateScaleSpec(
  u: RuntimeObject,
  scale: CustomResourceSubresourceScale | undefined,
): ErrorList {
  return scale ? replicasErrors(u, scale.specReplicasPath) : [];
}

export function validateScaleStatus(
  u: RuntimeObject,
  scale: CustomResourceSubresourceScale | undefined,
): ErrorList {
  if (!scale) return [];
  const errs = replicasErrors(u, scale.statusReplicasPath);
  if (scale.labelSelectorPath) {
    try {
      nestedString(u, scale.labelSelectorPath);
    } catch (e) {
      errs.push(invalid(newPath(scale.labelSelectorPath), '', (e as Error).message));
    }
  }
  return errs;
}
