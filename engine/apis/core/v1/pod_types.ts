// Go twin: k8s.io/api/core/v1/types.go (Pod, PodSpec, Container, Volume, PodStatus, …) @ v1.34.0
//
// Field order, omitempty and patch tags follow the Go structs. Embedded structs (ProbeHandler in Probe,
// VolumeSource in Volume, LocalObjectReference in the selectors) are inlined, as encoding/json does. Rarely
// used nested types are opaque (`raw`): kept as sent, not checked field by field.
import type { GoType } from '../../../runtime/object';
import { opt, req, struct, t, type StructDef, type TypeRef } from '../../../runtime/gotype';
import { listDef, objectMeta, typeMetaFields } from '../../meta/v1/types';

const pkg = 'k8s.io/api/core/v1';

/** An opaque value with Go's type name (for error messages and OpenAPI). */
const raw = (name: string): TypeRef => ({ kind: 'raw', name });
const named = t.named;
/** v1.ResourceList: map[ResourceName]resource.Quantity */
const resourceList: TypeRef = { kind: 'map', name: 'v1.ResourceList', elem: t.quantity };
const ptrStruct = (def: () => StructDef) => t.ptr(t.struct(def));
const sliceOf = (def: () => StructDef) => t.slice(t.struct(def));

// ---- small shared types ---------------------------------------------------------------------------------------

export const LocalObjectReferenceDef: StructDef = struct(pkg, 'LocalObjectReference', [
  opt('name', t.string, { doc: 'Name of the referent.' }),
]);

export const KeyToPathDef: StructDef = struct(pkg, 'KeyToPath', [
  req('key', t.string, { doc: 'The key to project.' }),
  req('path', t.string, { doc: 'The relative path of the file to map the key to.' }),
  opt('mode', t.ptr(t.int32), { doc: 'Optional: mode bits used to set permissions on this file.' }),
]);

export const ObjectFieldSelectorDef: StructDef = struct(pkg, 'ObjectFieldSelector', [
  opt('apiVersion', t.string, {
    doc: 'Version of the schema the FieldPath is written in terms of, defaults to "v1".',
  }),
  req('fieldPath', t.string, { doc: 'Path of the field to select in the specified API version.' }),
]);

export const ResourceFieldSelectorDef: StructDef = struct(pkg, 'ResourceFieldSelector', [
  opt('containerName', t.string, { doc: 'Container name: required for volumes, optional for env vars' }),
  req('resource', t.string, { doc: 'Required: resource to select' }),
  opt('divisor', t.quantity, {
    doc: 'Specifies the output format of the exposed resources, defaults to "1"',
  }),
]);

// ---- environment ----------------------------------------------------------------------------------------------

export const ConfigMapKeySelectorDef: StructDef = struct(pkg, 'ConfigMapKeySelector', [
  opt('name', t.string, { doc: 'Name of the referent.' }),
  req('key', t.string, { doc: 'The key to select.' }),
  opt('optional', t.ptr(t.bool), { doc: 'Specify whether the ConfigMap or its key must be defined' }),
]);

export const SecretKeySelectorDef: StructDef = struct(pkg, 'SecretKeySelector', [
  opt('name', t.string, { doc: 'Name of the referent.' }),
  req('key', t.string, { doc: 'The key of the secret to select from.  Must be a valid secret key.' }),
  opt('optional', t.ptr(t.bool), { doc: 'Specify whether the Secret or its key must be defined' }),
]);

export const FileKeySelectorDef: StructDef = struct(pkg, 'FileKeySelector', [
  req('volumeName', t.string),
  req('path', t.string),
  req('key', t.string),
  opt('optional', t.ptr(t.bool)),
]);

export const EnvVarSourceDef: StructDef = struct(pkg, 'EnvVarSource', [
  opt(
    'fieldRef',
    ptrStruct(() => ObjectFieldSelectorDef),
    { doc: 'Selects a field of the pod.' },
  ),
  opt(
    'resourceFieldRef',
    ptrStruct(() => ResourceFieldSelectorDef),
    {
      doc: 'Selects a resource of the container: only resources limits and requests are currently supported.',
    },
  ),
  opt(
    'configMapKeyRef',
    ptrStruct(() => ConfigMapKeySelectorDef),
    { doc: 'Selects a key of a ConfigMap.' },
  ),
  opt(
    'secretKeyRef',
    ptrStruct(() => SecretKeySelectorDef),
    { doc: "Selects a key of a secret in the pod's namespace" },
  ),
  opt(
    'fileKeyRef',
    ptrStruct(() => FileKeySelectorDef),
    { doc: 'FileKeyRef selects a key of the env file.' },
  ),
]);

export const EnvVarDef: StructDef = struct(pkg, 'EnvVar', [
  req('name', t.string, { doc: 'Name of the environment variable.' }),
  opt('value', t.string, {
    doc: 'Variable references $(VAR_NAME) are expanded using the previously defined environment variables.',
  }),
  opt(
    'valueFrom',
    ptrStruct(() => EnvVarSourceDef),
    {
      doc: "Source for the environment variable's value. Cannot be used if value is not empty.",
    },
  ),
]);

export const ConfigMapEnvSourceDef: StructDef = struct(pkg, 'ConfigMapEnvSource', [
  opt('name', t.string, { doc: 'Name of the referent.' }),
  opt('optional', t.ptr(t.bool), { doc: 'Specify whether the ConfigMap must be defined' }),
]);

export const SecretEnvSourceDef: StructDef = struct(pkg, 'SecretEnvSource', [
  opt('name', t.string, { doc: 'Name of the referent.' }),
  opt('optional', t.ptr(t.bool), { doc: 'Specify whether the Secret must be defined' }),
]);

export const EnvFromSourceDef: StructDef = struct(pkg, 'EnvFromSource', [
  opt('prefix', t.string, { doc: 'Optional text to prepend to the name of each environment variable.' }),
  opt(
    'configMapRef',
    ptrStruct(() => ConfigMapEnvSourceDef),
    { doc: 'The ConfigMap to select from' },
  ),
  opt(
    'secretRef',
    ptrStruct(() => SecretEnvSourceDef),
    { doc: 'The Secret to select from' },
  ),
]);

// ---- resources, ports, mounts ---------------------------------------------------------------------------------

export const ResourceClaimDef: StructDef = struct(pkg, 'ResourceClaim', [
  req('name', t.string),
  opt('request', t.string),
]);

export const ResourceRequirementsDef: StructDef = struct(pkg, 'ResourceRequirements', [
  opt('limits', resourceList, { doc: 'Limits describes the maximum amount of compute resources allowed.' }),
  opt('requests', resourceList, {
    doc: 'Requests describes the minimum amount of compute resources required.',
  }),
  opt(
    'claims',
    sliceOf(() => ResourceClaimDef),
    {
      doc: 'Claims lists the names of resources, defined in spec.resourceClaims, that are used by this container.',
    },
  ),
]);

export const ContainerResizePolicyDef: StructDef = struct(pkg, 'ContainerResizePolicy', [
  req('resourceName', named('v1.ResourceName')),
  req('restartPolicy', named('v1.ResourceResizeRestartPolicy')),
]);

export const ContainerRestartRuleOnExitCodesDef: StructDef = struct(pkg, 'ContainerRestartRuleOnExitCodes', [
  opt('operator', named('v1.ContainerRestartRuleOnExitCodesOperator')),
  opt('values', t.slice(t.int32)),
]);

export const ContainerRestartRuleDef: StructDef = struct(pkg, 'ContainerRestartRule', [
  opt('action', named('v1.ContainerRestartRuleAction')),
  opt(
    'exitCodes',
    ptrStruct(() => ContainerRestartRuleOnExitCodesDef),
  ),
]);

export const ContainerPortDef: StructDef = struct(pkg, 'ContainerPort', [
  opt('name', t.string, { doc: 'If specified, this must be an IANA_SVC_NAME and unique within the pod.' }),
  opt('hostPort', t.int32, { doc: 'Number of port to expose on the host.' }),
  req('containerPort', t.int32, { doc: "Number of port to expose on the pod's IP address." }),
  opt('protocol', named('v1.Protocol'), {
    doc: 'Protocol for port. Must be UDP, TCP, or SCTP. Defaults to "TCP".',
  }),
  opt('hostIP', t.string, { doc: 'What host IP to bind the external port to.' }),
]);

export const VolumeMountDef: StructDef = struct(pkg, 'VolumeMount', [
  req('name', t.string, { doc: 'This must match the Name of a Volume.' }),
  opt('readOnly', t.bool, { doc: 'Mounted read-only if true, read-write otherwise (false or unspecified).' }),
  opt('recursiveReadOnly', t.ptr(named('v1.RecursiveReadOnlyMode'))),
  req('mountPath', t.string, { doc: 'Path within the container at which the volume should be mounted.' }),
  opt('subPath', t.string, {
    doc: "Path within the volume from which the container's volume should be mounted.",
  }),
  opt('mountPropagation', t.ptr(named('v1.MountPropagationMode'))),
  opt('subPathExpr', t.string),
]);

export const VolumeDeviceDef: StructDef = struct(pkg, 'VolumeDevice', [
  req('name', t.string),
  req('devicePath', t.string),
]);

// ---- probes and lifecycle -------------------------------------------------------------------------------------

export const ExecActionDef: StructDef = struct(pkg, 'ExecAction', [
  opt('command', t.slice(t.string), { doc: 'Command is the command line to execute inside the container.' }),
]);

export const HTTPHeaderDef: StructDef = struct(pkg, 'HTTPHeader', [
  req('name', t.string, { doc: 'The header field name.' }),
  req('value', t.string, { doc: 'The header field value' }),
]);

export const HTTPGetActionDef: StructDef = struct(pkg, 'HTTPGetAction', [
  opt('path', t.string, { doc: 'Path to access on the HTTP server.' }),
  req('port', t.intOrString, { doc: 'Name or number of the port to access on the container.' }),
  opt('host', t.string, { doc: 'Host name to connect to, defaults to the pod IP.' }),
  opt('scheme', named('v1.URIScheme'), {
    doc: 'Scheme to use for connecting to the host. Defaults to HTTP.',
  }),
  opt(
    'httpHeaders',
    sliceOf(() => HTTPHeaderDef),
    { doc: 'Custom headers to set in the request.' },
  ),
]);

export const TCPSocketActionDef: StructDef = struct(pkg, 'TCPSocketAction', [
  req('port', t.intOrString, { doc: 'Number or name of the port to access on the container.' }),
  opt('host', t.string, { doc: 'Optional: Host name to connect to, defaults to the pod IP.' }),
]);

export const GRPCActionDef: StructDef = struct(pkg, 'GRPCAction', [
  req('port', t.int32, { doc: 'Port number of the gRPC service.' }),
  req('service', t.ptr(t.string), {
    doc: 'Service is the name of the service to place in the gRPC HealthCheckRequest.',
  }),
]);

export const SleepActionDef: StructDef = struct(pkg, 'SleepAction', [
  req('seconds', t.int64, { doc: 'Seconds is the number of seconds to sleep.' }),
]);

export const ProbeDef: StructDef = struct(pkg, 'Probe', [
  opt(
    'exec',
    ptrStruct(() => ExecActionDef),
    { doc: 'Exec specifies a command to execute in the container.' },
  ),
  opt(
    'httpGet',
    ptrStruct(() => HTTPGetActionDef),
    { doc: 'HTTPGet specifies an HTTP GET request to perform.' },
  ),
  opt(
    'tcpSocket',
    ptrStruct(() => TCPSocketActionDef),
    { doc: 'TCPSocket specifies a connection to a TCP port.' },
  ),
  opt(
    'grpc',
    ptrStruct(() => GRPCActionDef),
    { doc: 'GRPC specifies a GRPC HealthCheckRequest.' },
  ),
  opt('initialDelaySeconds', t.int32, {
    doc: 'Number of seconds after the container has started before liveness probes are initiated.',
  }),
  opt('timeoutSeconds', t.int32, {
    doc: 'Number of seconds after which the probe times out. Defaults to 1 second.',
  }),
  opt('periodSeconds', t.int32, {
    doc: 'How often (in seconds) to perform the probe. Default to 10 seconds.',
  }),
  opt('successThreshold', t.int32, {
    doc: 'Minimum consecutive successes for the probe to be considered successful after having failed. Defaults to 1.',
  }),
  opt('failureThreshold', t.int32, {
    doc: 'Minimum consecutive failures for the probe to be considered failed after having succeeded. Defaults to 3.',
  }),
  opt('terminationGracePeriodSeconds', t.ptr(t.int64), {
    doc: 'Optional duration in seconds the pod needs to terminate gracefully upon probe failure.',
  }),
]);

export const LifecycleHandlerDef: StructDef = struct(pkg, 'LifecycleHandler', [
  opt(
    'exec',
    ptrStruct(() => ExecActionDef),
  ),
  opt(
    'httpGet',
    ptrStruct(() => HTTPGetActionDef),
  ),
  opt(
    'tcpSocket',
    ptrStruct(() => TCPSocketActionDef),
  ),
  opt(
    'sleep',
    ptrStruct(() => SleepActionDef),
  ),
]);

export const LifecycleDef: StructDef = struct(pkg, 'Lifecycle', [
  opt(
    'postStart',
    ptrStruct(() => LifecycleHandlerDef),
    {
      doc: 'PostStart is called immediately after a container is created.',
    },
  ),
  opt(
    'preStop',
    ptrStruct(() => LifecycleHandlerDef),
    {
      doc: 'PreStop is called immediately before a container is terminated.',
    },
  ),
  opt('stopSignal', t.ptr(named('v1.Signal'))),
]);

// ---- security contexts ----------------------------------------------------------------------------------------

export const CapabilitiesDef: StructDef = struct(pkg, 'Capabilities', [
  opt('add', t.slice(named('v1.Capability')), { doc: 'Added capabilities' }),
  opt('drop', t.slice(named('v1.Capability')), { doc: 'Removed capabilities' }),
]);

export const SELinuxOptionsDef: StructDef = struct(pkg, 'SELinuxOptions', [
  opt('user', t.string),
  opt('role', t.string),
  opt('type', t.string),
  opt('level', t.string),
]);

export const SeccompProfileDef: StructDef = struct(pkg, 'SeccompProfile', [
  req('type', named('v1.SeccompProfileType')),
  opt('localhostProfile', t.ptr(t.string)),
]);

export const AppArmorProfileDef: StructDef = struct(pkg, 'AppArmorProfile', [
  req('type', named('v1.AppArmorProfileType')),
  opt('localhostProfile', t.ptr(t.string)),
]);

export const SecurityContextDef: StructDef = struct(pkg, 'SecurityContext', [
  opt(
    'capabilities',
    ptrStruct(() => CapabilitiesDef),
    { doc: 'The capabilities to add/drop when running containers.' },
  ),
  opt('privileged', t.ptr(t.bool), { doc: 'Run container in privileged mode.' }),
  opt(
    'seLinuxOptions',
    ptrStruct(() => SELinuxOptionsDef),
  ),
  opt('windowsOptions', t.ptr(raw('v1.WindowsSecurityContextOptions'))),
  opt('runAsUser', t.ptr(t.int64), { doc: 'The UID to run the entrypoint of the container process.' }),
  opt('runAsGroup', t.ptr(t.int64), { doc: 'The GID to run the entrypoint of the container process.' }),
  opt('runAsNonRoot', t.ptr(t.bool), { doc: 'Indicates that the container must run as a non-root user.' }),
  opt('readOnlyRootFilesystem', t.ptr(t.bool), {
    doc: 'Whether this container has a read-only root filesystem.',
  }),
  opt('allowPrivilegeEscalation', t.ptr(t.bool), {
    doc: 'AllowPrivilegeEscalation controls whether a process can gain more privileges than its parent process.',
  }),
  opt('procMount', t.ptr(named('v1.ProcMountType'))),
  opt(
    'seccompProfile',
    ptrStruct(() => SeccompProfileDef),
  ),
  opt(
    'appArmorProfile',
    ptrStruct(() => AppArmorProfileDef),
  ),
]);

export const SysctlDef: StructDef = struct(pkg, 'Sysctl', [req('name', t.string), req('value', t.string)]);

export const PodSecurityContextDef: StructDef = struct(pkg, 'PodSecurityContext', [
  opt(
    'seLinuxOptions',
    ptrStruct(() => SELinuxOptionsDef),
  ),
  opt('windowsOptions', t.ptr(raw('v1.WindowsSecurityContextOptions'))),
  opt('runAsUser', t.ptr(t.int64), { doc: 'The UID to run the entrypoint of the container process.' }),
  opt('runAsGroup', t.ptr(t.int64), { doc: 'The GID to run the entrypoint of the container process.' }),
  opt('runAsNonRoot', t.ptr(t.bool), { doc: 'Indicates that the container must run as a non-root user.' }),
  opt('supplementalGroups', t.slice(t.int64)),
  opt('supplementalGroupsPolicy', t.ptr(named('v1.SupplementalGroupsPolicy'))),
  opt('fsGroup', t.ptr(t.int64), {
    doc: 'A special supplemental group that applies to all containers in a pod.',
  }),
  opt(
    'sysctls',
    sliceOf(() => SysctlDef),
  ),
  opt('fsGroupChangePolicy', t.ptr(named('v1.PodFSGroupChangePolicy'))),
  opt(
    'seccompProfile',
    ptrStruct(() => SeccompProfileDef),
  ),
  opt(
    'appArmorProfile',
    ptrStruct(() => AppArmorProfileDef),
  ),
  opt('seLinuxChangePolicy', t.ptr(named('v1.PodSELinuxChangePolicy'))),
]);

// ---- containers -----------------------------------------------------------------------------------------------

/** The fields of Container (and EphemeralContainerCommon), in Go order. */
const containerFields = () => [
  req('name', t.string, { doc: 'Name of the container specified as a DNS_LABEL.' }),
  opt('image', t.string, { doc: 'Container image name.' }),
  opt('command', t.slice(t.string), { doc: 'Entrypoint array. Not executed within a shell.' }),
  opt('args', t.slice(t.string), { doc: 'Arguments to the entrypoint.' }),
  opt('workingDir', t.string, { doc: "Container's working directory." }),
  opt(
    'ports',
    sliceOf(() => ContainerPortDef),
    {
      patchStrategy: 'merge',
      patchMergeKey: 'containerPort',
      doc: 'List of ports to expose from the container.',
    },
  ),
  opt(
    'envFrom',
    sliceOf(() => EnvFromSourceDef),
    {
      doc: 'List of sources to populate environment variables in the container.',
    },
  ),
  opt(
    'env',
    sliceOf(() => EnvVarDef),
    {
      patchStrategy: 'merge',
      patchMergeKey: 'name',
      doc: 'List of environment variables to set in the container.',
    },
  ),
  opt(
    'resources',
    t.struct(() => ResourceRequirementsDef),
    { doc: 'Compute Resources required by this container.' },
  ),
  opt(
    'resizePolicy',
    sliceOf(() => ContainerResizePolicyDef),
    { doc: 'Resources resize policy for the container.' },
  ),
  opt('restartPolicy', t.ptr(named('v1.ContainerRestartPolicy')), {
    doc: 'RestartPolicy defines the restart behavior of individual containers in a pod.',
  }),
  opt(
    'restartPolicyRules',
    sliceOf(() => ContainerRestartRuleDef),
  ),
  opt(
    'volumeMounts',
    sliceOf(() => VolumeMountDef),
    {
      patchStrategy: 'merge',
      patchMergeKey: 'mountPath',
      doc: "Pod volumes to mount into the container's filesystem.",
    },
  ),
  opt(
    'volumeDevices',
    sliceOf(() => VolumeDeviceDef),
    {
      patchStrategy: 'merge',
      patchMergeKey: 'devicePath',
      doc: 'volumeDevices is the list of block devices to be used by the container.',
    },
  ),
  opt(
    'livenessProbe',
    ptrStruct(() => ProbeDef),
    { doc: 'Periodic probe of container liveness.' },
  ),
  opt(
    'readinessProbe',
    ptrStruct(() => ProbeDef),
    { doc: 'Periodic probe of container service readiness.' },
  ),
  opt(
    'startupProbe',
    ptrStruct(() => ProbeDef),
    {
      doc: 'StartupProbe indicates that the Pod has successfully initialized.',
    },
  ),
  opt(
    'lifecycle',
    ptrStruct(() => LifecycleDef),
    {
      doc: 'Actions that the management system should take in response to container lifecycle events.',
    },
  ),
  opt('terminationMessagePath', t.string, {
    doc: "Optional: Path at which the file to which the container's termination message will be written is mounted.",
  }),
  opt('terminationMessagePolicy', named('v1.TerminationMessagePolicy'), {
    doc: 'Indicate how the termination message should be populated. Defaults to File.',
  }),
  opt('imagePullPolicy', named('v1.PullPolicy'), {
    doc: 'Image pull policy. One of Always, Never, IfNotPresent.',
  }),
  opt(
    'securityContext',
    ptrStruct(() => SecurityContextDef),
    {
      doc: 'SecurityContext defines the security options the container should be run with.',
    },
  ),
  opt('stdin', t.bool, {
    doc: 'Whether this container should allocate a buffer for stdin in the container runtime.',
  }),
  opt('stdinOnce', t.bool, {
    doc: 'Whether the container runtime should close the stdin channel after it has been opened by a single attach.',
  }),
  opt('tty', t.bool, {
    doc: "Whether this container should allocate a TTY for itself, also requires 'stdin' to be true.",
  }),
];

export const ContainerDef: StructDef = struct(pkg, 'Container', containerFields());

export const EphemeralContainerDef: StructDef = struct(pkg, 'EphemeralContainer', [
  ...containerFields(),
  opt('targetContainerName', t.string, {
    doc: 'If set, the name of the container from PodSpec that this ephemeral container targets.',
  }),
]);

// ---- volumes --------------------------------------------------------------------------------------------------

export const HostPathVolumeSourceDef: StructDef = struct(pkg, 'HostPathVolumeSource', [
  req('path', t.string, { doc: 'path of the directory on the host.' }),
  opt('type', t.ptr(named('v1.HostPathType')), { doc: 'type for HostPath Volume. Defaults to "".' }),
]);

export const EmptyDirVolumeSourceDef: StructDef = struct(pkg, 'EmptyDirVolumeSource', [
  opt('medium', named('v1.StorageMedium'), {
    doc: 'medium represents what type of storage medium should back this directory.',
  }),
  opt('sizeLimit', t.ptr(t.quantity), {
    doc: 'sizeLimit is the total amount of local storage required for this EmptyDir volume.',
  }),
]);

export const SecretVolumeSourceDef: StructDef = struct(pkg, 'SecretVolumeSource', [
  opt('secretName', t.string, { doc: "secretName is the name of the secret in the pod's namespace to use." }),
  opt(
    'items',
    sliceOf(() => KeyToPathDef),
  ),
  opt('defaultMode', t.ptr(t.int32), {
    doc: 'defaultMode is Optional: mode bits used to set permissions on created files by default. Defaults to 0644.',
  }),
  opt('optional', t.ptr(t.bool)),
]);

export const NFSVolumeSourceDef: StructDef = struct(pkg, 'NFSVolumeSource', [
  req('server', t.string),
  req('path', t.string),
  opt('readOnly', t.bool),
]);

export const PersistentVolumeClaimVolumeSourceDef: StructDef = struct(
  pkg,
  'PersistentVolumeClaimVolumeSource',
  [
    req('claimName', t.string, {
      doc: 'claimName is the name of a PersistentVolumeClaim in the same namespace as the pod using this volume.',
    }),
    opt('readOnly', t.bool),
  ],
);

export const DownwardAPIVolumeFileDef: StructDef = struct(pkg, 'DownwardAPIVolumeFile', [
  req('path', t.string),
  opt(
    'fieldRef',
    ptrStruct(() => ObjectFieldSelectorDef),
  ),
  opt(
    'resourceFieldRef',
    ptrStruct(() => ResourceFieldSelectorDef),
  ),
  opt('mode', t.ptr(t.int32)),
]);

export const DownwardAPIVolumeSourceDef: StructDef = struct(pkg, 'DownwardAPIVolumeSource', [
  opt(
    'items',
    sliceOf(() => DownwardAPIVolumeFileDef),
  ),
  opt('defaultMode', t.ptr(t.int32)),
]);

export const ConfigMapVolumeSourceDef: StructDef = struct(pkg, 'ConfigMapVolumeSource', [
  opt('name', t.string, { doc: 'Name of the referent.' }),
  opt(
    'items',
    sliceOf(() => KeyToPathDef),
  ),
  opt('defaultMode', t.ptr(t.int32), {
    doc: 'defaultMode is optional: mode bits used to set permissions on created files by default. Defaults to 0644.',
  }),
  opt('optional', t.ptr(t.bool)),
]);

export const SecretProjectionDef: StructDef = struct(pkg, 'SecretProjection', [
  opt('name', t.string),
  opt(
    'items',
    sliceOf(() => KeyToPathDef),
  ),
  opt('optional', t.ptr(t.bool)),
]);

export const ConfigMapProjectionDef: StructDef = struct(pkg, 'ConfigMapProjection', [
  opt('name', t.string),
  opt(
    'items',
    sliceOf(() => KeyToPathDef),
  ),
  opt('optional', t.ptr(t.bool)),
]);

export const DownwardAPIProjectionDef: StructDef = struct(pkg, 'DownwardAPIProjection', [
  opt(
    'items',
    sliceOf(() => DownwardAPIVolumeFileDef),
  ),
]);

export const ServiceAccountTokenProjectionDef: StructDef = struct(pkg, 'ServiceAccountTokenProjection', [
  opt('audience', t.string),
  opt('expirationSeconds', t.ptr(t.int64)),
  req('path', t.string),
]);

export const VolumeProjectionDef: StructDef = struct(pkg, 'VolumeProjection', [
  opt(
    'secret',
    ptrStruct(() => SecretProjectionDef),
  ),
  opt(
    'downwardAPI',
    ptrStruct(() => DownwardAPIProjectionDef),
  ),
  opt(
    'configMap',
    ptrStruct(() => ConfigMapProjectionDef),
  ),
  opt(
    'serviceAccountToken',
    ptrStruct(() => ServiceAccountTokenProjectionDef),
  ),
  opt('clusterTrustBundle', t.ptr(raw('v1.ClusterTrustBundleProjection'))),
  opt('podCertificate', t.ptr(raw('v1.PodCertificateProjection'))),
]);

export const ProjectedVolumeSourceDef: StructDef = struct(pkg, 'ProjectedVolumeSource', [
  req(
    'sources',
    sliceOf(() => VolumeProjectionDef),
    { doc: 'sources is the list of volume projections.' },
  ),
  opt('defaultMode', t.ptr(t.int32)),
]);

export const VolumeDef: StructDef = struct(pkg, 'Volume', [
  req('name', t.string, { doc: 'name of the volume. Must be a DNS_LABEL and unique within the pod.' }),
  opt(
    'hostPath',
    ptrStruct(() => HostPathVolumeSourceDef),
    {
      doc: 'hostPath represents a pre-existing file or directory on the host machine.',
    },
  ),
  opt(
    'emptyDir',
    ptrStruct(() => EmptyDirVolumeSourceDef),
    {
      doc: "emptyDir represents a temporary directory that shares a pod's lifetime.",
    },
  ),
  opt('gcePersistentDisk', t.ptr(raw('v1.GCEPersistentDiskVolumeSource'))),
  opt('awsElasticBlockStore', t.ptr(raw('v1.AWSElasticBlockStoreVolumeSource'))),
  opt('gitRepo', t.ptr(raw('v1.GitRepoVolumeSource'))),
  opt(
    'secret',
    ptrStruct(() => SecretVolumeSourceDef),
    { doc: 'secret represents a secret that should populate this volume.' },
  ),
  opt(
    'nfs',
    ptrStruct(() => NFSVolumeSourceDef),
  ),
  opt('iscsi', t.ptr(raw('v1.ISCSIVolumeSource'))),
  opt('glusterfs', t.ptr(raw('v1.GlusterfsVolumeSource'))),
  opt(
    'persistentVolumeClaim',
    ptrStruct(() => PersistentVolumeClaimVolumeSourceDef),
    {
      doc: 'persistentVolumeClaimVolumeSource represents a reference to a PersistentVolumeClaim in the same namespace.',
    },
  ),
  opt('rbd', t.ptr(raw('v1.RBDVolumeSource'))),
  opt('flexVolume', t.ptr(raw('v1.FlexVolumeSource'))),
  opt('cinder', t.ptr(raw('v1.CinderVolumeSource'))),
  opt('cephfs', t.ptr(raw('v1.CephFSVolumeSource'))),
  opt('flocker', t.ptr(raw('v1.FlockerVolumeSource'))),
  opt(
    'downwardAPI',
    ptrStruct(() => DownwardAPIVolumeSourceDef),
    {
      doc: 'downwardAPI represents downward API about the pod that should populate this volume',
    },
  ),
  opt('fc', t.ptr(raw('v1.FCVolumeSource'))),
  opt('azureFile', t.ptr(raw('v1.AzureFileVolumeSource'))),
  opt(
    'configMap',
    ptrStruct(() => ConfigMapVolumeSourceDef),
    {
      doc: 'configMap represents a configMap that should populate this volume',
    },
  ),
  opt('vsphereVolume', t.ptr(raw('v1.VsphereVirtualDiskVolumeSource'))),
  opt('quobyte', t.ptr(raw('v1.QuobyteVolumeSource'))),
  opt('azureDisk', t.ptr(raw('v1.AzureDiskVolumeSource'))),
  opt('photonPersistentDisk', t.ptr(raw('v1.PhotonPersistentDiskVolumeSource'))),
  opt(
    'projected',
    ptrStruct(() => ProjectedVolumeSourceDef),
    {
      doc: 'projected items for all in one resources secrets, configmaps, and downward API',
    },
  ),
  opt('portworxVolume', t.ptr(raw('v1.PortworxVolumeSource'))),
  opt('scaleIO', t.ptr(raw('v1.ScaleIOVolumeSource'))),
  opt('storageos', t.ptr(raw('v1.StorageOSVolumeSource'))),
  opt('csi', t.ptr(raw('v1.CSIVolumeSource'))),
  opt('ephemeral', t.ptr(raw('v1.EphemeralVolumeSource'))),
  opt('image', t.ptr(raw('v1.ImageVolumeSource'))),
]);

/** The JSON names of the VolumeSource members, in Go order. */
export const volumeSourceFields: readonly string[] = VolumeDef.fields.slice(1).map((f) => f.json);

// ---- scheduling and pod-level settings ------------------------------------------------------------------------

export const TolerationDef: StructDef = struct(pkg, 'Toleration', [
  opt('key', t.string, { doc: 'Key is the taint key that the toleration applies to.' }),
  opt('operator', named('v1.TolerationOperator'), {
    doc: "Operator represents a key's relationship to the value.",
  }),
  opt('value', t.string, { doc: 'Value is the taint value the toleration matches to.' }),
  opt('effect', named('v1.TaintEffect'), { doc: 'Effect indicates the taint effect to match.' }),
  opt('tolerationSeconds', t.ptr(t.int64), {
    doc: 'TolerationSeconds represents the period of time the toleration tolerates the taint.',
  }),
]);

export const HostAliasDef: StructDef = struct(pkg, 'HostAlias', [
  req('ip', t.string, { doc: 'IP address of the host file entry.' }),
  opt('hostnames', t.slice(t.string), { doc: 'Hostnames for the above IP address.' }),
]);

export const PodDNSConfigOptionDef: StructDef = struct(pkg, 'PodDNSConfigOption', [
  opt('name', t.string),
  opt('value', t.ptr(t.string)),
]);

export const PodDNSConfigDef: StructDef = struct(pkg, 'PodDNSConfig', [
  opt('nameservers', t.slice(t.string)),
  opt('searches', t.slice(t.string)),
  opt(
    'options',
    sliceOf(() => PodDNSConfigOptionDef),
  ),
]);

export const PodReadinessGateDef: StructDef = struct(pkg, 'PodReadinessGate', [
  req('conditionType', named('v1.PodConditionType')),
]);

export const PodSchedulingGateDef: StructDef = struct(pkg, 'PodSchedulingGate', [req('name', t.string)]);

export const PodOSDef: StructDef = struct(pkg, 'PodOS', [req('name', named('v1.OSName'))]);

export const PodSpecDef: StructDef = struct(pkg, 'PodSpec', [
  opt(
    'volumes',
    sliceOf(() => VolumeDef),
    {
      patchStrategy: 'merge,retainKeys',
      patchMergeKey: 'name',
      doc: 'List of volumes that can be mounted by containers belonging to the pod.',
    },
  ),
  opt(
    'initContainers',
    sliceOf(() => ContainerDef),
    {
      patchStrategy: 'merge',
      patchMergeKey: 'name',
      doc: 'List of initialization containers belonging to the pod.',
    },
  ),
  req(
    'containers',
    sliceOf(() => ContainerDef),
    {
      patchStrategy: 'merge',
      patchMergeKey: 'name',
      doc: 'List of containers belonging to the pod. There must be at least one container in a Pod.',
    },
  ),
  opt(
    'ephemeralContainers',
    sliceOf(() => EphemeralContainerDef),
    {
      patchStrategy: 'merge',
      patchMergeKey: 'name',
      doc: 'List of ephemeral containers run in this pod.',
    },
  ),
  opt('restartPolicy', named('v1.RestartPolicy'), {
    doc: 'Restart policy for all containers within the pod. One of Always, OnFailure, Never. Default to Always.',
  }),
  opt('terminationGracePeriodSeconds', t.ptr(t.int64), {
    doc: 'Optional duration in seconds the pod needs to terminate gracefully. Defaults to 30 seconds.',
  }),
  opt('activeDeadlineSeconds', t.ptr(t.int64), {
    doc: 'Optional duration in seconds the pod may be active on the node before the system marks it failed.',
  }),
  opt('dnsPolicy', named('v1.DNSPolicy'), { doc: 'Set DNS policy for the pod. Defaults to "ClusterFirst".' }),
  opt('nodeSelector', t.map(t.string), {
    doc: 'NodeSelector is a selector which must be true for the pod to fit on a node.',
  }),
  opt('serviceAccountName', t.string, {
    doc: 'ServiceAccountName is the name of the ServiceAccount to use to run this pod.',
  }),
  opt('serviceAccount', t.string, {
    doc: 'DeprecatedServiceAccount is a deprecated alias for ServiceAccountName. Deprecated: Use serviceAccountName instead.',
  }),
  opt('automountServiceAccountToken', t.ptr(t.bool), {
    doc: 'AutomountServiceAccountToken indicates whether a service account token should be automatically mounted.',
  }),
  opt('nodeName', t.string, { doc: 'NodeName indicates in which node this pod is scheduled.' }),
  opt('hostNetwork', t.bool, {
    doc: "Host networking requested for this pod. Use the host's network namespace.",
  }),
  opt('hostPID', t.bool, { doc: "Use the host's pid namespace." }),
  opt('hostIPC', t.bool, { doc: "Use the host's ipc namespace." }),
  opt('shareProcessNamespace', t.ptr(t.bool), {
    doc: 'Share a single process namespace between all of the containers in a pod.',
  }),
  opt(
    'securityContext',
    ptrStruct(() => PodSecurityContextDef),
    {
      doc: 'SecurityContext holds pod-level security attributes and common container settings.',
    },
  ),
  opt(
    'imagePullSecrets',
    sliceOf(() => LocalObjectReferenceDef),
    {
      patchStrategy: 'merge',
      patchMergeKey: 'name',
      doc: 'ImagePullSecrets is an optional list of references to secrets in the same namespace to use for pulling images.',
    },
  ),
  opt('hostname', t.string, { doc: 'Specifies the hostname of the Pod.' }),
  opt('subdomain', t.string, {
    doc: 'If specified, the fully qualified Pod hostname will be "<hostname>.<subdomain>.<pod namespace>.svc.<cluster domain>".',
  }),
  opt('affinity', t.ptr(raw('v1.Affinity')), { doc: "If specified, the pod's scheduling constraints" }),
  opt('schedulerName', t.string, { doc: 'If specified, the pod will be dispatched by specified scheduler.' }),
  opt(
    'tolerations',
    sliceOf(() => TolerationDef),
    { doc: "If specified, the pod's tolerations." },
  ),
  opt(
    'hostAliases',
    sliceOf(() => HostAliasDef),
    {
      patchStrategy: 'merge',
      patchMergeKey: 'ip',
      doc: "HostAliases is an optional list of hosts and IPs that will be injected into the pod's hosts file.",
    },
  ),
  opt('priorityClassName', t.string, { doc: "If specified, indicates the pod's priority." }),
  opt('priority', t.ptr(t.int32), { doc: 'The priority value.' }),
  opt(
    'dnsConfig',
    ptrStruct(() => PodDNSConfigDef),
    { doc: 'Specifies the DNS parameters of a pod.' },
  ),
  opt(
    'readinessGates',
    sliceOf(() => PodReadinessGateDef),
    {
      doc: 'If specified, all readiness gates will be evaluated for pod readiness.',
    },
  ),
  opt('runtimeClassName', t.ptr(t.string), {
    doc: 'RuntimeClassName refers to a RuntimeClass object in the node.k8s.io group.',
  }),
  opt('enableServiceLinks', t.ptr(t.bool), {
    doc: "EnableServiceLinks indicates whether information about services should be injected into pod's environment variables.",
  }),
  opt('preemptionPolicy', t.ptr(named('v1.PreemptionPolicy')), {
    doc: 'PreemptionPolicy is the Policy for preempting pods with lower priority.',
  }),
  opt('overhead', resourceList, {
    doc: 'Overhead represents the resource overhead associated with running a pod for a given RuntimeClass.',
  }),
  opt('topologySpreadConstraints', t.slice(raw('v1.TopologySpreadConstraint')), {
    patchStrategy: 'merge',
    patchMergeKey: 'topologyKey',
    doc: 'TopologySpreadConstraints describes how a group of pods ought to spread across topology domains.',
  }),
  opt('setHostnameAsFQDN', t.ptr(t.bool), {
    doc: "If true the pod's hostname will be configured as the pod's FQDN.",
  }),
  opt(
    'os',
    ptrStruct(() => PodOSDef),
    { doc: 'Specifies the OS of the containers in the pod.' },
  ),
  opt('hostUsers', t.ptr(t.bool), { doc: "Use the host's user namespace. Optional: Default to true." }),
  opt(
    'schedulingGates',
    sliceOf(() => PodSchedulingGateDef),
    {
      patchStrategy: 'merge',
      patchMergeKey: 'name',
      doc: 'SchedulingGates is an opaque list of values that if specified will block scheduling the pod.',
    },
  ),
  opt('resourceClaims', t.slice(raw('v1.PodResourceClaim')), {
    patchStrategy: 'merge,retainKeys',
    patchMergeKey: 'name',
    doc: 'ResourceClaims defines which ResourceClaims must be allocated and reserved before the Pod is allowed to start.',
  }),
  opt(
    'resources',
    ptrStruct(() => ResourceRequirementsDef),
    {
      doc: 'Resources is the total amount of CPU and Memory resources required by all containers in the pod.',
    },
  ),
  opt('hostnameOverride', t.ptr(t.string), {
    doc: "HostnameOverride specifies an explicit override for the pod's hostname as perceived by the pod.",
  }),
]);

// ---- status ---------------------------------------------------------------------------------------------------

export const PodConditionDef: StructDef = struct(pkg, 'PodCondition', [
  req('type', named('v1.PodConditionType'), { doc: 'Type is the type of the condition.' }),
  opt('observedGeneration', t.int64),
  req('status', named('v1.ConditionStatus'), {
    doc: 'Status is the status of the condition. Can be True, False, Unknown.',
  }),
  opt('lastProbeTime', t.time, { doc: 'Last time we probed the condition.' }),
  opt('lastTransitionTime', t.time, {
    doc: 'Last time the condition transitioned from one status to another.',
  }),
  opt('reason', t.string, { doc: "Unique, one-word, CamelCase reason for the condition's last transition." }),
  opt('message', t.string, { doc: 'Human-readable message indicating details about last transition.' }),
]);

export const PodIPDef: StructDef = struct(pkg, 'PodIP', [
  req('ip', t.string, { doc: 'IP is the IP address assigned to the pod' }),
]);
export const HostIPDef: StructDef = struct(pkg, 'HostIP', [
  req('ip', t.string, { doc: 'IP is the IP address assigned to the host' }),
]);

export const ContainerStateWaitingDef: StructDef = struct(pkg, 'ContainerStateWaiting', [
  opt('reason', t.string),
  opt('message', t.string),
]);

export const ContainerStateRunningDef: StructDef = struct(pkg, 'ContainerStateRunning', [
  opt('startedAt', t.time),
]);

export const ContainerStateTerminatedDef: StructDef = struct(pkg, 'ContainerStateTerminated', [
  req('exitCode', t.int32),
  opt('signal', t.int32),
  opt('reason', t.string),
  opt('message', t.string),
  opt('startedAt', t.time),
  opt('finishedAt', t.time),
  opt('containerID', t.string),
]);

export const ContainerStateDef: StructDef = struct(pkg, 'ContainerState', [
  opt(
    'waiting',
    ptrStruct(() => ContainerStateWaitingDef),
    { doc: 'Details about a waiting container' },
  ),
  opt(
    'running',
    ptrStruct(() => ContainerStateRunningDef),
    { doc: 'Details about a running container' },
  ),
  opt(
    'terminated',
    ptrStruct(() => ContainerStateTerminatedDef),
    { doc: 'Details about a terminated container' },
  ),
]);

export const ContainerStatusDef: StructDef = struct(pkg, 'ContainerStatus', [
  req('name', t.string, { doc: 'Name is a DNS_LABEL representing the unique name of the container.' }),
  opt(
    'state',
    t.struct(() => ContainerStateDef),
    { doc: "State holds details about the container's current condition." },
  ),
  opt(
    'lastState',
    t.struct(() => ContainerStateDef),
    { doc: 'LastTerminationState holds the last termination state of the container.' },
  ),
  req('ready', t.bool, {
    doc: 'Ready specifies whether the container is currently passing its readiness check.',
  }),
  req('restartCount', t.int32, {
    doc: 'RestartCount holds the number of times the container has been restarted.',
  }),
  req('image', t.string, { doc: 'Image is the name of container image that the container is running.' }),
  req('imageID', t.string, { doc: "ImageID is the image ID of the container's image." }),
  opt('containerID', t.string, {
    doc: "ContainerID is the ID of the container in the format '<type>://<container_id>'.",
  }),
  opt('started', t.ptr(t.bool), {
    doc: 'Started indicates whether the container has finished its postStart lifecycle hook and passed its startup probe.',
  }),
  opt('allocatedResources', resourceList),
  opt(
    'resources',
    ptrStruct(() => ResourceRequirementsDef),
  ),
  opt('volumeMounts', t.slice(raw('v1.VolumeMountStatus')), {
    patchStrategy: 'merge',
    patchMergeKey: 'mountPath',
  }),
  opt('user', t.ptr(raw('v1.ContainerUser'))),
  opt('allocatedResourcesStatus', t.slice(raw('v1.ResourceStatus')), {
    patchStrategy: 'merge',
    patchMergeKey: 'name',
  }),
  opt('stopSignal', t.ptr(named('v1.Signal'))),
]);

export const PodStatusDef: StructDef = struct(pkg, 'PodStatus', [
  opt('observedGeneration', t.int64, {
    doc: 'If set, this represents the .metadata.generation that the pod status was set based upon.',
  }),
  opt('phase', named('v1.PodPhase'), {
    doc: 'The phase of a Pod is a simple, high-level summary of where the Pod is in its lifecycle.',
  }),
  opt(
    'conditions',
    sliceOf(() => PodConditionDef),
    {
      patchStrategy: 'merge',
      patchMergeKey: 'type',
      doc: 'Current service state of pod.',
    },
  ),
  opt('message', t.string, {
    doc: 'A human readable message indicating details about why the pod is in this condition.',
  }),
  opt('reason', t.string, {
    doc: 'A brief CamelCase message indicating details about why the pod is in this state.',
  }),
  opt('nominatedNodeName', t.string, {
    doc: 'nominatedNodeName is set only when this pod preempts other pods on the node.',
  }),
  opt('hostIP', t.string, { doc: 'hostIP holds the IP address of the host to which the pod is assigned.' }),
  opt(
    'hostIPs',
    sliceOf(() => HostIPDef),
    {
      patchStrategy: 'merge',
      patchMergeKey: 'ip',
      doc: 'hostIPs holds the IP addresses allocated to the host.',
    },
  ),
  opt('podIP', t.string, {
    doc: 'podIP address allocated to the pod. Routable at least within the cluster.',
  }),
  opt(
    'podIPs',
    sliceOf(() => PodIPDef),
    {
      patchStrategy: 'merge',
      patchMergeKey: 'ip',
      doc: 'podIPs holds the IP addresses allocated to the pod.',
    },
  ),
  opt('startTime', t.ptr(t.time), {
    doc: 'RFC 3339 date and time at which the object was acknowledged by the Kubelet.',
  }),
  opt(
    'initContainerStatuses',
    sliceOf(() => ContainerStatusDef),
    {
      doc: 'Statuses of init containers in this pod.',
    },
  ),
  opt(
    'containerStatuses',
    sliceOf(() => ContainerStatusDef),
    {
      doc: 'Statuses of containers in this pod.',
    },
  ),
  opt('qosClass', named('v1.PodQOSClass'), {
    doc: 'The Quality of Service (QOS) classification assigned to the pod based on resource requirements.',
  }),
  opt(
    'ephemeralContainerStatuses',
    sliceOf(() => ContainerStatusDef),
    {
      doc: 'Statuses for any ephemeral containers that have run in this pod.',
    },
  ),
  opt('resize', named('v1.PodResizeStatus'), {
    doc: "Status of resources resize desired for pod's containers. Deprecated.",
  }),
  opt('resourceClaimStatuses', t.slice(raw('v1.PodResourceClaimStatus')), {
    patchStrategy: 'merge,retainKeys',
    patchMergeKey: 'name',
    doc: 'Status of resource claims.',
  }),
  opt('extendedResourceClaimStatus', t.ptr(raw('v1.PodExtendedResourceClaimStatus'))),
]);

// ---- Pod, PodList ---------------------------------------------------------------------------------------------

export const PodDef: StructDef = struct(pkg, 'Pod', [
  ...typeMetaFields(),
  objectMeta(),
  opt(
    'spec',
    t.struct(() => PodSpecDef),
    {
      doc: 'Specification of the desired behavior of the pod.',
    },
  ),
  opt(
    'status',
    t.struct(() => PodStatusDef),
    {
      doc: 'Most recently observed status of the pod. This data may not be up to date.',
    },
  ),
]);

export const PodListDef: StructDef = listDef(pkg, 'PodList', () => PodDef);

/** v1.Pod: a collection of containers that can run on a host. */
export const Pod: GoType = { pkg, name: 'Pod', def: PodDef };
export const PodList: GoType = { pkg, name: 'PodList', def: PodListDef };
