import "server-only";
// Which Kubernetes versions Cordon treats as supported.
//
// Cut-off: 1.30. As of late 2026 every minor release below 1.30 is past the
// end of upstream support (about 14 months per release) and past the
// extended support of the large managed offerings, and 1.30 is also where
// ContainerCheckpoint became beta and on by default — below it, checkpoint
// evidence is usually unavailable. Revisit when 1.31 leaves extended support.
export const MIN_SUPPORTED_MINOR = 30;

export interface ServerVersion {
  major: string;
  minor: string;
  gitVersion: string;
}

export interface VersionCheck {
  gitVersion: string;
  major: number;
  minor: number;
  supported: boolean;
  message: string;
}

/** Managed clusters report minors like "31+"; only the digits count. */
export function checkServerVersion(version: ServerVersion): VersionCheck {
  const major = Number.parseInt(version.major, 10);
  const minor = Number.parseInt(version.minor, 10);
  const known = Number.isFinite(major) && Number.isFinite(minor);
  const supported = known && (major > 1 || (major === 1 && minor >= MIN_SUPPORTED_MINOR));
  const message = !known
    ? `could not read the server version ("${version.gitVersion}")`
    : supported
      ? `Kubernetes ${version.gitVersion} is supported`
      : `Kubernetes ${version.gitVersion} is past end of support (Cordon supports 1.${MIN_SUPPORTED_MINOR} and later); upgrade the cluster — older versions miss security fixes and features Cordon uses, such as container checkpoints`;
  return { gitVersion: version.gitVersion, major: known ? major : 0, minor: known ? minor : 0, supported, message };
}
