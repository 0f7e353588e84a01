package io.argowf.examples.patterns;

import static io.argowf.dsl.Argo.container;
import static io.argowf.dsl.Argo.inputArtifact;
import static io.argowf.dsl.Argo.outputArtifact;
import static io.argowf.dsl.Argo.steps;
import static io.argowf.dsl.Argo.workflow;

import io.argowf.model.k8s.SecretKeySelector;
import io.argowf.model.workflow.S3Artifact;
import java.util.List;

/**
 * Artifacts on Volcengine TOS through its S3-compatible endpoint: one step writes a report to a bucket key, the
 * next reads it back; the access keys come from a Secret.
 */
public final class ArtifactsOnTos {
  static final String ENDPOINT = "tos-s3-cn-beijing.volces.com";
  static final String BUCKET = "my-argo-artifacts";

  private ArtifactsOnTos() {}

  /** The workflow. */
  public static List<Object> manifests() {
    var report = outputArtifact("report", "/tmp/report.txt").customize(a -> a.withS3(tos("reports/report.txt")));
    var write = container("write").image(Images.BUSYBOX).command("sh")
        .args("-c", "echo 42 rows > /tmp/report.txt").outputs(report);
    var input = inputArtifact("report", "/in/report.txt").customize(a -> a.withS3(tos("reports/report.txt")));
    var read = container("read").inputs(input).image(Images.BUSYBOX).command("cat").args("/in/report.txt");
    return List.of(workflow().generateName("artifacts-tos-")
        .entrypoint(steps("main").then(write.step("write")).then(read.step("read")))
        .build());
  }

  /** A TOS object through the S3 protocol: the endpoint, the bucket, the key, the credentials' Secret. */
  static S3Artifact tos(String key) {
    return S3Artifact.builder().endpoint(ENDPOINT).bucket(BUCKET).region("cn-beijing").key(key)
        .accessKeySecret(SecretKeySelector.builder().name("tos-credentials").key("accessKey").build())
        .secretKeySecret(SecretKeySelector.builder().name("tos-credentials").key("secretKey").build())
        .build();
  }
}
