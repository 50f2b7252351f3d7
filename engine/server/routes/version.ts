// Go twin: k8s.io/apiserver/pkg/server/routes/version.go and k8s.io/apimachinery/pkg/version/types.go
// (Info) @ v1.34.0 — what `kubectl version` and kubectl's client selection read.
import { writeRawJSON } from '../../endpoints/handlers/responsewriters/writers';
import type { Handler } from '../http';

/** version.Info of the real v1.34.0 release build, field order as Go encodes it. */
export const versionInfo = {
  major: '1',
  minor: '34',
  emulationMajor: '1',
  emulationMinor: '34',
  minCompatibilityMajor: '1',
  minCompatibilityMinor: '33',
  gitVersion: 'v1.34.0',
  gitCommit: 'f28b4c9efbca5c5c0af716d9f2d5702667ee8a45',
  gitTreeState: 'clean',
  buildDate: '2025-08-27T10:09:04Z',
  goVersion: 'go1.24.6',
  compiler: 'gc',
  platform: 'linux/amd64',
};

/** GET /version: indented JSON, as the real handler writes it (responsewriters.WriteRawJSON). */
export const versionHandler: Handler = async (w) => {
  writeRawJSON(200, versionInfo, w, true);
};
