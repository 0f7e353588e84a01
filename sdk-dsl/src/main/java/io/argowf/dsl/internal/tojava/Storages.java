package io.argowf.dsl.internal.tojava;

import io.argowf.dsl.Argo;
import io.argowf.dsl.ArchiveStrategy;
import io.argowf.dsl.ArtifactGCStrategy;
import io.argowf.dsl.Storage;
import io.argowf.model.workflow.Artifact;
import io.argowf.model.workflow.S3Artifact;
import java.util.Objects;

/**
 * Where an artifact is stored, in the DSL's shorthands: {@code s3("bucket", "key").endpoint(...)},
 * {@code tos(region, bucket, key)}, {@code gcs}, {@code oss}, {@code azure}, {@code git}, {@code httpArtifact},
 * {@code hdfs}, {@code artifactory}; and the settings of output artifacts ({@code archive}, {@code gc}, ...). A
 * shorthand is used only when it gives the location back exactly.
 */
final class Storages {
  private Storages() {}

  /** @return the artifact's location as a shorthand, or null when it has none or no shorthand gives it exactly */
  static Js of(Artifact a) {
    Js storage;
    try {
      storage = shorthand(a);
    } catch (RuntimeException refused) {
      return null;
    }
    if (storage == null) return null;
    Artifact probe = Argo.inputArtifact(a.name(), null).from((Storage) storage.live()).toModel();
    return sameLocation(probe, a) ? storage : null;
  }

  private static Js shorthand(Artifact a) {
    if (a.s3() != null) return s3(a.s3());
    if (a.gcs() != null) return Js.of(Argo.gcs(a.gcs().bucket(), a.gcs().key()), "gcs($S, $S)", a.gcs().bucket(), a.gcs().key());
    if (a.oss() != null) {
      var o = a.oss();
      return Js.of(Argo.oss(o.endpoint(), o.bucket(), o.key()), "oss($S, $S, $S)", o.endpoint(), o.bucket(), o.key());
    }
    if (a.azure() != null) {
      var z = a.azure();
      return Js.of(Argo.azure(z.endpoint(), z.container(), z.blob()), "azure($S, $S, $S)", z.endpoint(), z.container(), z.blob());
    }
    if (a.git() != null) return Js.of(Argo.git(a.git().repo(), a.git().revision()), "git($S, $S)", a.git().repo(), a.git().revision());
    if (a.http() != null) return Js.of(Argo.httpArtifact(a.http().url()), "httpArtifact($S)", a.http().url());
    if (a.artifactory() != null) return Js.of(Argo.artifactory(a.artifactory().url()), "artifactory($S)", a.artifactory().url());
    return null;
  }

  /** {@code s3(bucket, key)} or {@code tos(region, bucket, key)}, then endpoint, region, insecure, credentials. */
  private static Js s3(S3Artifact s) {
    if (s.bucket() == null) return null;   // the repository's bucket: the artifact's key alone, in the model's words
    String region = s.region();
    boolean tos = region != null && ("tos-s3-" + region + ".volces.com").equals(s.endpoint());
    Chain c = Chain.of(tos ? Js.of(Argo.tos(region, s.bucket(), s.key()), "tos($S, $S, $S)", region, s.bucket(), s.key())
        : Js.of(Argo.s3(s.bucket(), s.key()), "s3($S, $S)", s.bucket(), s.key()));
    if (!tos && s.endpoint() != null) c.call("endpoint", String.class, Js.string(s.endpoint()));
    if (!tos && region != null) c.call("region", String.class, Js.string(region));
    if (Boolean.TRUE.equals(s.insecure())) c.call("insecure");
    var access = s.accessKeySecret();
    var secret = s.secretKeySecret();
    if (access != null && secret != null && access.name() != null && access.name().equals(secret.name())) {
      c.call("credentials", new Class<?>[] {String.class, String.class, String.class}, Js.string(access.name()),
          Js.string(access.key()), Js.string(secret.key()));
    }
    if ("virtual-hosted".equals(s.addressingStyle())) c.call("virtualHosted");
    return c.js();
  }

  static boolean sameLocation(Artifact a, Artifact b) {
    return Objects.equals(a.s3(), b.s3()) && Objects.equals(a.gcs(), b.gcs()) && Objects.equals(a.oss(), b.oss())
        && Objects.equals(a.azure(), b.azure()) && Objects.equals(a.git(), b.git()) && Objects.equals(a.http(), b.http())
        && Objects.equals(a.hdfs(), b.hdfs()) && Objects.equals(a.artifactory(), b.artifactory())
        && Objects.equals(a.raw(), b.raw());
  }

  /** Adds {@code .to(storage)}, {@code .archive(...)}, {@code .optional()}, {@code .gc(...)}, {@code .global(...)}. */
  static void output(Chain c, Artifact a) {
    Js storage = Storages.of(a);
    if (storage != null) c.call("to", Storage.class, storage);
    if (a.archive() != null) {
      for (ArchiveStrategy s : ArchiveStrategy.values()) {
        if (a.archive().equals(Argo.outputArtifact("a", null).archive(s).toModel().archive())) {
          c.call("archive", ArchiveStrategy.class, Js.of(s, "$T.$L", ArchiveStrategy.class, s.name()));
        }
      }
    }
    if (Boolean.TRUE.equals(a.optional())) c.call("optional");
    if (a.artifactGC() != null && a.artifactGC().strategy() != null) {
      Js gc = Words.enumOf(ArtifactGCStrategy.class, a.artifactGC().strategy());
      if (gc != null && a.artifactGC().equals(
          Argo.outputArtifact("a", null).gc((ArtifactGCStrategy) gc.live()).toModel().artifactGC())) {
        c.call("gc", ArtifactGCStrategy.class, gc);
      }
    }
    if (a.globalName() != null) c.call("global", String.class, Js.string(a.globalName()));
  }
}
