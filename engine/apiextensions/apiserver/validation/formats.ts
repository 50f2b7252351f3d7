// Go twin: k8s.io/apiextensions-apiserver/pkg/apiserver/validation/formats.go (supportedVersionedFormats) and
// k8s.io/kube-openapi/pkg/validation/strfmt/default.go (the format checks) @ v1.34.0
//
// Only the formats kube-apiserver keeps are checked; others are stripped from the schema and ignored. The
// checks follow strfmt's regular expressions; the rarely used ones (isbn, creditcard, ssn) are approximations.

/** Formats CRD schemas may use at the 1.34 server's compatibility version (1.33): the 1.0 set. */
export const supportedFormats: ReadonlySet<string> = new Set([
  'bsonobjectid',
  'uri',
  'email',
  'hostname',
  'ipv4',
  'ipv6',
  'cidr',
  'mac',
  'uuid',
  'uuid3',
  'uuid4',
  'uuid5',
  'isbn',
  'isbn10',
  'isbn13',
  'creditcard',
  'ssn',
  'hexcolor',
  'rgbcolor',
  'byte',
  'password',
  'date',
  'duration',
  'datetime',
  'date-time',
]);

const hostnameRe =
  /^([a-zA-Z0-9\p{S}\p{L}]((-?[a-zA-Z0-9\p{S}\p{L}]{0,62})?)|([a-zA-Z0-9\p{S}\p{L}](([a-zA-Z0-9-\p{S}\p{L}]{0,61}[a-zA-Z0-9\p{S}\p{L}])?)(\.)){1,}([a-zA-Z\p{L}]){2,63})$/u;
const uuidRe = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
const uuid3Re = /^[0-9a-f]{8}-?[0-9a-f]{4}-?3[0-9a-f]{3}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
const uuid4Re = /^[0-9a-f]{8}-?[0-9a-f]{4}-?4[0-9a-f]{3}-?[89ab][0-9a-f]{3}-?[0-9a-f]{12}$/i;
const uuid5Re = /^[0-9a-f]{8}-?[0-9a-f]{4}-?5[0-9a-f]{3}-?[89ab][0-9a-f]{3}-?[0-9a-f]{12}$/i;
const dateTimeRe = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:?\d{2})?$/;
const dateRe = /^(\d{4})-(\d{2})-(\d{2})$/;
const durationRe =
  /^(((\d+)\s*(ns|us|µs|ms|s|m|h|d|w)\s*)+|((\d+)\s*(nanoseconds?|microseconds?|milliseconds?|seconds?|minutes?|hours?|days?|weeks?)\s*)+)$/;
const ipv4Re = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const macRe = /^([0-9A-Fa-f]{2}([:-])){5}[0-9A-Fa-f]{2}$|^([0-9A-Fa-f]{4}\.){2}[0-9A-Fa-f]{4}$/;
const emailRe = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+$/;
const base64Re = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function validDate(s: string): boolean {
  const m = dateRe.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

function validIPv6(s: string): boolean {
  if (s.includes('%') || !s.includes(':')) return false;
  let str = s;
  const lastColon = str.lastIndexOf(':');
  const tail = str.slice(lastColon + 1);
  let groups = 8;
  if (tail.includes('.')) {
    if (!ipv4Re.test(tail)) return false;
    str = str.slice(0, lastColon + 1) + '0';
    groups = 7;
  }
  const dbl = str.split('::');
  if (dbl.length > 2) return false;
  const part = (p: string) => (p === '' ? [] : p.split(':'));
  const head = part(dbl[0]!);
  const rest = dbl.length === 2 ? part(dbl[1]!) : [];
  const all = [...head, ...rest];
  if (!all.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  return dbl.length === 2 ? all.length < groups : all.length === groups;
}

function validCIDR(s: string): boolean {
  const i = s.indexOf('/');
  if (i < 0) return false;
  const ip = s.slice(0, i);
  const bits = s.slice(i + 1);
  if (!/^\d{1,3}$/.test(bits)) return false;
  if (ipv4Re.test(ip)) return Number(bits) <= 32;
  return validIPv6(ip) && Number(bits) <= 128;
}

function validURI(s: string): boolean {
  // net/url.ParseRequestURI: an absolute URI or an absolute path
  if (s.startsWith('/')) return !/\s/.test(s);
  return /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/.test(s);
}

/** Whether data is valid for the (supported) format. */
export function validFormat(format: string, data: string): boolean {
  switch (format) {
    case 'date-time':
    case 'datetime':
      return dateTimeRe.test(data) && validDate(data.slice(0, 10));
    case 'date':
      return validDate(data);
    case 'duration':
      return durationRe.test(data);
    case 'uuid':
      return uuidRe.test(data);
    case 'uuid3':
      return uuid3Re.test(data);
    case 'uuid4':
      return uuid4Re.test(data);
    case 'uuid5':
      return uuid5Re.test(data);
    case 'ipv4':
      return ipv4Re.test(data);
    case 'ipv6':
      return validIPv6(data);
    case 'cidr':
      return validCIDR(data);
    case 'mac':
      return macRe.test(data);
    case 'hostname':
      return data.length <= 255 && hostnameRe.test(data);
    case 'email':
      return emailRe.test(data);
    case 'uri':
      return validURI(data);
    case 'byte':
      return base64Re.test(data);
    case 'bsonobjectid':
      return /^[0-9a-fA-F]{24}$/.test(data);
    case 'hexcolor':
      return /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.test(data);
    case 'rgbcolor':
      return /^rgb\(\s*\d{1,3}\s*,\s*\d{1,3}\s*,\s*\d{1,3}\s*\)$/.test(data);
    case 'isbn':
    case 'isbn10':
    case 'isbn13':
      return /^(?:\d{9}[\dXx]|\d{13})$/.test(data.replace(/[\s-]/g, ''));
    case 'creditcard':
      return /^\d{12,19}$/.test(data.replace(/[\s-]/g, ''));
    case 'ssn':
      return /^\d{3}[- ]?\d{2}[- ]?\d{4}$/.test(data);
    default:
      return true; // password and formats we do not check
  }
}
