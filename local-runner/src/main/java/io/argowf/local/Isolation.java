package io.argowf.local;

/**
 * How a process sees the paths its template declares (artifact and parameter paths, volume mounts).
 *
 * <pre>{@code LocalRunner.builder().isolation(Isolation.REWRITE_PATHS)}</pre>
 */
public enum Isolation {
  /** A private mount namespace where this machine allows one (Linux, as root, with overlayfs), else rewriting. */
  AUTO,
  /** Always a private mount namespace; a run fails before it starts where that is not possible. */
  MOUNT_NAMESPACE,
  /** Always rewrite the declared paths in command, args, script source and env values. */
  REWRITE_PATHS
}
