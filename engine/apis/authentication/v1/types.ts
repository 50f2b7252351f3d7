// Go twin: k8s.io/api/authentication/v1/types.go (SelfSubjectReview, SelfSubjectReviewStatus, UserInfo,
// ExtraValue) @ v1.34.0
import { objectMeta, typeMetaFields } from '../../meta/v1/types';
import { opt, struct, t, type StructDef, type TypeRef } from '../../../runtime/gotype';
import type { GoType } from '../../../runtime/object';

const pkg = 'k8s.io/api/authentication/v1';

/** ExtraValue masks the value so protobuf can generate: a named []string. */
const extraValue: TypeRef = { kind: 'slice', elem: t.string, name: 'v1.ExtraValue' };

export const UserInfoDef: StructDef = struct(pkg, 'UserInfo', [
  opt('username', t.string, { doc: 'The name that uniquely identifies this user among all active users.' }),
  opt('uid', t.string, {
    doc: 'A unique value that identifies this user across time. If this user is deleted and another user by the same name is added, they will have different UIDs.',
  }),
  opt('groups', t.slice(t.string), { doc: 'The names of groups this user is a part of.' }),
  opt('extra', t.map(extraValue), { doc: 'Any additional information provided by the authenticator.' }),
]);

export const SelfSubjectReviewStatusDef: StructDef = struct(pkg, 'SelfSubjectReviewStatus', [
  // a struct value: encoding/json writes it even when empty, omitempty or not
  opt(
    'userInfo',
    t.struct(() => UserInfoDef),
    { doc: 'User attributes of the user making this request.' },
  ),
]);

export const SelfSubjectReviewDef: StructDef = struct(pkg, 'SelfSubjectReview', [
  ...typeMetaFields(),
  objectMeta(),
  opt(
    'status',
    t.struct(() => SelfSubjectReviewStatusDef),
    { doc: 'Status is filled in by the server with the user attributes.' },
  ),
]);

/**
 * authentication.k8s.io/v1 SelfSubjectReview: the server answers with the attributes of the user making
 * the request. When using impersonation, users receive the user info of the user being impersonated.
 */
export const V1SelfSubjectReview: GoType = { pkg, name: 'SelfSubjectReview', def: SelfSubjectReviewDef };
