package io.argowf.dsl;

import static io.argowf.dsl.Argo.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argowf.model.Manifests;
import io.argowf.model.workflow.Artifact;
import io.argowf.model.workflow.Workflow;
import org.junit.jupiter.api.Test;

/** One shorthand per artifact repository kind, with archive, optional and GC. */
class StorageTest {
  private static Artifact in(Storage s) {
    return inputArtifact("a", "/a").from(s).toModel();
  }

  @Test
  void eachRepositoryKindHasAShorthand() {
    assertThat(in(s3("b", "k").endpoint("minio:9000").insecure().credentials("sec", "ak", "sk")).s3())
        .satisfies(s -> {
          assertThat(s.bucket()).isEqualTo("b");
          assertThat(s.key()).isEqualTo("k");
          assertThat(s.endpoint()).isEqualTo("minio:9000");
          assertThat(s.insecure()).isTrue();
          assertThat(s.accessKeySecret().key()).isEqualTo("ak");
          assertThat(s.secretKeySecret().name()).isEqualTo("sec");
        });
    assertThat(in(gcs("b", "k")).gcs().bucket()).isEqualTo("b");
    assertThat(in(oss("http://oss-cn-hangzhou.aliyuncs.com", "b", "k")).oss().endpoint()).isEqualTo("http://oss-cn-hangzhou.aliyuncs.com");
    assertThat(in(azure("https://acct.blob.core.windows.net", "c", "blob")).azure().container()).isEqualTo("c");
    assertThat(in(git("https://github.com/argoproj/argo-workflows.git", "v3.5.5")).git().revision()).isEqualTo("v3.5.5");
    assertThat(in(httpArtifact("https://example.com/f")).http().url()).isEqualTo("https://example.com/f");
    assertThat(in(hdfs("/user/x", "nn:8020")).hdfs().addresses()).containsExactly("nn:8020");
    assertThat(in(artifactory("https://acme.jfrog.io/a")).artifactory().url()).isEqualTo("https://acme.jfrog.io/a");
    assertThat(in(raw("text")).raw().data()).isEqualTo("text");
    assertThat(in(s3("b", "k")).path()).isEqualTo("/a");
  }

  @Test
  void volcengineTosGoesThroughTheS3FormWithItsEndpoint() {
    var s3 = in(tos("cn-beijing", "models", "run-1/model.bin")).s3();
    assertThat(s3.endpoint()).isEqualTo("tos-s3-cn-beijing.volces.com");
    assertThat(s3.region()).isEqualTo("cn-beijing");
    assertThat(in(tos("cn-beijing", "m", "k").endpoint("tos-s3-cn-beijing.ivolces.com").virtualHosted()).s3().addressingStyle())
        .isEqualTo("virtual-hosted");
  }

  @Test
  void optionsThatDoNotApplyToAKindSaySo() {
    assertThatThrownBy(() -> gcs("b", "k").endpoint("x")).hasMessage("endpoint(...) applies to s3, tos, oss and azure storage, not to gcs");
    assertThatThrownBy(() -> git("r", "main").credentials("s", "a", "b")).hasMessageContaining("not to git");
  }

  @Test
  void outputsTakeStorageArchiveOptionalAndGc() {
    var report = outputArtifact("report", "/out/report.html").to(s3("reports", "r.html"))
        .archive(ArchiveStrategy.NONE).optional().gc(ArtifactGCStrategy.ON_WORKFLOW_DELETION).global("report");
    String yaml = Manifests.toYaml(report.toModel());
    assertThat(yaml).isEqualTo("""
        name: report
        archive:
          none: {}
        artifactGC:
          strategy: OnWorkflowDeletion
        globalName: report
        optional: true
        path: /out/report.html
        s3:
          bucket: reports
          key: r.html
        """);
  }

  @Test
  void aStepPassesStorageToAnInputArtifact() {
    var data = inputArtifact("data", "/data");
    var use = container("use").inputs(data).image("busybox").command("ls", "/data");
    Workflow wf = workflow().generateName("s-").entrypoint(steps("main").then(use.step("use").with(data, gcs("b", "in.csv")))).build();
    var arg = wf.spec().templates().get(0).steps().get(0).steps().get(0).arguments().artifacts().get(0);
    assertThat(arg.name()).isEqualTo("data");
    assertThat(arg.gcs().key()).isEqualTo("in.csv");
  }
}
