// Go twin: fmt's %#v as field.Error.ErrorBody prints the internal CRD versions that
// k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/validation/validation.go passes to field.Invalid
// (`spec.versions: Invalid value: []apiextensions.CustomResourceDefinitionVersion{…}`) @ v1.34.0
//
// Go prints a non-nil pointer field as its address, which differs on every run; a fixed stand-in address is
// printed instead, so messages stay reproducible.
import { FieldError } from '../../../../util/validation/field/errors';
import type { Path } from '../../../../util/validation/field/path';
import { quote } from '../../../../util/strconv/quote';
import type { CustomResourceDefinitionVersion } from '../types';

const fakeAddress = '0xc000a1b2c0';

const ptr = (type: string, v: unknown) =>
  v === undefined || v === null ? `(*${type})(nil)` : `(*${type})(${fakeAddress})`;
const slice = (type: string, v: unknown[] | undefined) =>
  v === undefined || v === null ? `[]${type}(nil)` : `[]${type}{${v.map(() => '…').join(', ')}}`;

function versionSyntax(v: CustomResourceDefinitionVersion): string {
  return (
    'apiextensions.CustomResourceDefinitionVersion{' +
    [
      `Name:${quote(v.name ?? '')}`,
      `Served:${v.served === true}`,
      `Storage:${v.storage === true}`,
      `Deprecated:${v.deprecated === true}`,
      `DeprecationWarning:${ptr('string', v.deprecationWarning)}`,
      `Schema:${ptr('apiextensions.CustomResourceValidation', v.schema)}`,
      `Subresources:${ptr('apiextensions.CustomResourceSubresources', v.subresources)}`,
      `AdditionalPrinterColumns:${slice('apiextensions.CustomResourceColumnDefinition', v.additionalPrinterColumns)}`,
      `SelectableFields:${slice('apiextensions.SelectableField', v.selectableFields)}`,
    ].join(', ') +
    '}'
  );
}

/** `[]apiextensions.CustomResourceDefinitionVersion{…}` as Go's %#v prints spec.versions. */
export function versionsSyntax(versions: readonly CustomResourceDefinitionVersion[]): string {
  return `[]apiextensions.CustomResourceDefinitionVersion{${versions.map(versionSyntax).join(', ')}}`;
}

class RenderedInvalid extends FieldError {
  constructor(
    field: string,
    badValue: unknown,
    detail: string,
    private readonly rendered: string,
  ) {
    super('FieldValueInvalid', field, badValue, detail);
  }
  override errorBody(): string {
    return `Invalid value: ${this.rendered}${this.detail ? `: ${this.detail}` : ''}`;
  }
}

/** field.Invalid(fldPath, spec.Versions, detail) with Go's rendering of the versions. */
export function invalidVersions(
  fldPath: Path,
  versions: readonly CustomResourceDefinitionVersion[],
  detail: string,
): FieldError {
  return new RenderedInvalid(fldPath.toString(), versions, detail, versionsSyntax(versions));
}
