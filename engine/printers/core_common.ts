// Go twin: k8s.io/kubernetes/pkg/printers/internalversion/printers.go (the Name and Age columns shared by the
// core printers) and the metav1.ObjectMeta SwaggerDoc() texts they quote @ v1.34.0
import type { TableColumnDefinition } from './printers';

/** translateTimestampSince (and translateMicroTimestampSince, which behaves the same on RFC 3339 text). */
export { translateTimestampSince } from './duration';

/** metav1.ObjectMeta{}.SwaggerDoc()["name"] */
export const nameDoc =
  'Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names';
/** metav1.ObjectMeta{}.SwaggerDoc()["creationTimestamp"] */
export const creationTimestampDoc =
  'CreationTimestamp is a timestamp representing the server time when this object was created. It is not guaranteed to be set in happens-before order across separate operations. Clients may not set this value. It is represented in RFC3339 form and is in UTC.\n\nPopulated by the system. Read-only. Null for lists. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata';

export const col = (
  name: string,
  type: string,
  description: string,
  priority = 0,
  format = '',
): TableColumnDefinition => ({
  name,
  type,
  format,
  description,
  priority,
});

/** The Name column every resource starts with. */
export const nameColumn = (): TableColumnDefinition => col('Name', 'string', nameDoc, 0, 'name');
/** The Age column. */
export const ageColumn = (): TableColumnDefinition => col('Age', 'string', creationTimestampDoc);
