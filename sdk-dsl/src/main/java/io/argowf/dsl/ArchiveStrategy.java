package io.argowf.dsl;

import io.argowf.model.workflow.ArchiveStrategy.Builder;

/**
 * How an output artifact is packed before it is stored: Argo's default is a gzipped tarball.
 *
 * <pre>{@code
 * outputArtifact("report", "/out/report.html").archive(ArchiveStrategy.NONE);   // stored as the file itself
 * }</pre>
 */
public enum ArchiveStrategy {
  /** Stored as it is (a single file, or a directory's files where the repository allows it). */
  NONE,
  /** A gzipped tarball, Argo's default. */
  TAR,
  /** A zip file. */
  ZIP;

  io.argowf.model.workflow.ArchiveStrategy toModel() {
    Builder b = io.argowf.model.workflow.ArchiveStrategy.builder();
    switch (this) {
      case NONE -> b.none(io.argowf.model.workflow.NoneStrategy.builder().build());
      case TAR -> b.tar(io.argowf.model.workflow.TarStrategy.builder().build());
      default -> b.zip(io.argowf.model.workflow.ZipStrategy.builder().build());
    }
    return b.build();
  }
}
