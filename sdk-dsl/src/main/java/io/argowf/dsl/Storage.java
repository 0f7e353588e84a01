package io.argowf.dsl;

import io.argowf.model.k8s.SecretKeySelector;
import io.argowf.model.workflow.Artifact;
import io.argowf.model.workflow.S3Artifact;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Where an artifact is stored: a key in S3 (or an S3-compatible store such as Volcengine TOS), GCS, OSS or Azure
 * Blob, a Git repository, an HTTP URL, HDFS, Artifactory, or raw text. Make one with {@link Argo#s3},
 * {@link Argo#tos}, {@link Argo#gcs}, {@link Argo#oss}, {@link Argo#azure}, {@link Argo#git},
 * {@link Argo#httpArtifact}, {@link Argo#hdfs}, {@link Argo#artifactory} or {@link Argo#raw}; use it with
 * {@code inputArtifact(...).from(storage)}, {@code outputArtifact(...).to(storage)} or
 * {@code step.with(input, storage)}. Without one, Argo uses the namespace's default artifact repository.
 *
 * <pre>{@code
 * var data = inputArtifact("data", "/data/in.csv").from(s3("datasets", "2024/in.csv").endpoint("minio:9000").insecure());
 * var model = outputArtifact("model", "/out/model.bin").to(tos("cn-beijing", "ml-models", "run-1/model.bin")
 *     .credentials("tos-credentials", "accessKey", "secretKey"));
 * }</pre>
 */
public final class Storage {
  private final Artifact artifact;

  Storage(Artifact artifact) {
    this.artifact = Objects.requireNonNull(artifact, "artifact");
  }

  /** The service's endpoint, e.g. {@code minio.example.com:9000} (S3, TOS, OSS, Azure). */
  public Storage endpoint(String endpoint) {
    if (artifact.s3() != null) return s3(s -> s.withEndpoint(endpoint));
    if (artifact.oss() != null) return new Storage(artifact.withOss(artifact.oss().withEndpoint(endpoint)));
    if (artifact.azure() != null) return new Storage(artifact.withAzure(artifact.azure().withEndpoint(endpoint)));
    throw unsupported("endpoint", "s3, tos, oss and azure");
  }

  /** The bucket's region, e.g. {@code us-west-2} (S3, TOS). */
  public Storage region(String region) {
    return s3("region", s -> s.withRegion(region));
  }

  /** Talks plain HTTP instead of HTTPS (S3, TOS), e.g. to an in-cluster MinIO. */
  public Storage insecure() {
    return s3("insecure", s -> s.withInsecure(true));
  }

  /**
   * The access and secret keys, read from a Kubernetes Secret (S3, TOS, OSS); without them Argo uses the
   * repository's or the pod's credentials.
   */
  public Storage credentials(String secret, String accessKeyKey, String secretKeyKey) {
    SecretKeySelector access = SecretKeySelector.builder().name(secret).key(accessKeyKey).build();
    SecretKeySelector key = SecretKeySelector.builder().name(secret).key(secretKeyKey).build();
    if (artifact.s3() != null) return s3(s -> s.withAccessKeySecret(access).withSecretKeySecret(key));
    if (artifact.oss() != null) return new Storage(artifact.withOss(artifact.oss().withAccessKeySecret(access).withSecretKeySecret(key)));
    throw unsupported("credentials", "s3, tos and oss");
  }

  /** Buckets addressed as {@code bucket.endpoint} (S3, TOS; Argo v4's {@code addressingStyle: virtual-hosted}). */
  public Storage virtualHosted() {
    return s3("virtualHosted", s -> s.withAddressingStyle("virtual-hosted"));
  }

  /** Anything else, with the model's vocabulary, e.g. {@code a -> a.withGit(a.git().withDepth(1))}. */
  public Storage customize(UnaryOperator<Artifact> change) {
    return new Storage(change.apply(artifact));
  }

  /** The location as the model's artifact with this name. */
  Artifact named(String name) {
    return merge(Artifact.builder().name(name).build());
  }

  /** The declaration with this location; what the declaration set (name, path, archive, ...) stays. */
  Artifact merge(Artifact declared) {
    return declared.withS3(artifact.s3()).withGcs(artifact.gcs()).withOss(artifact.oss()).withAzure(artifact.azure())
        .withGit(artifact.git()).withHttp(artifact.http()).withHdfs(artifact.hdfs()).withArtifactory(artifact.artifactory())
        .withRaw(artifact.raw());
  }

  private Storage s3(String what, UnaryOperator<S3Artifact> change) {
    if (artifact.s3() == null) throw unsupported(what, "s3 and tos");
    return s3(change);
  }

  private Storage s3(UnaryOperator<S3Artifact> change) {
    return new Storage(artifact.withS3(change.apply(artifact.s3())));
  }

  private IllegalStateException unsupported(String what, String kinds) {
    return new IllegalStateException(what + "(...) applies to " + kinds + " storage, not to " + kind());
  }

  private String kind() {
    return artifact.s3() != null ? "s3" : artifact.gcs() != null ? "gcs" : artifact.oss() != null ? "oss"
        : artifact.azure() != null ? "azure" : artifact.git() != null ? "git" : artifact.http() != null ? "http"
        : artifact.hdfs() != null ? "hdfs" : artifact.artifactory() != null ? "artifactory" : "raw";
  }

  @Override
  public String toString() {
    return "Storage{" + kind() + "}";
  }
}
