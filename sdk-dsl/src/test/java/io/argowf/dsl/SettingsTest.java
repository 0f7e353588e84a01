package io.argowf.dsl;

import static io.argowf.dsl.Argo.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.argowf.model.Manifests;
import io.argowf.model.workflow.UserContainer;
import io.argowf.model.workflow.Workflow;
import org.junit.jupiter.api.Test;

/** The workflow- and template-level fields that only customize could set before. */
class SettingsTest {
  @Test
  void workflowLevelFieldsAreWrittenWhereArgoReadsThem() {
    Workflow wf = workflow().generateName("etl-").entrypoint(container("c").image("busybox"))
        .retryStrategy(retry(2, RetryPolicy.ON_ERROR)).artifactRepositoryRef("artifact-repositories", "tos")
        .workflowLabel("team", "data").podDisruptionBudget(1).hostAlias("10.0.0.5", "warehouse.internal")
        .podPriorityClassName("batch-low").archiveLogs().artifactGC(ArtifactGCStrategy.ON_WORKFLOW_DELETION)
        .automountServiceAccountToken(false).executorServiceAccountName("executor").schedulerName("volcano")
        .podSpecPatch("terminationGracePeriodSeconds: 5").volumeClaimGC("OnWorkflowCompletion").priority(5)
        .build();
    String yaml = Manifests.toYaml(wf);
    assertThat(yaml).contains("retryStrategy:\n    limit: 2\n    retryPolicy: OnError")
        .contains("artifactRepositoryRef:\n    configMap: artifact-repositories\n    key: tos")
        .contains("workflowMetadata:\n    labels:\n      team: data")
        .contains("podDisruptionBudget:\n    minAvailable: 1")
        .contains("hostAliases:\n  - hostnames:\n    - warehouse.internal\n    ip: 10.0.0.5")
        .contains("podPriorityClassName: batch-low").contains("archiveLogs: true")
        .contains("artifactGC:\n    strategy: OnWorkflowDeletion").contains("automountServiceAccountToken: false")
        .contains("executor:\n    serviceAccountName: executor").contains("schedulerName: volcano")
        .contains("volumeClaimGC:\n    strategy: OnWorkflowCompletion");
  }

  @Test
  void templateLevelFieldsAreWrittenOnTheTemplate() {
    var t = container("train").image("pytorch")
        .sidecars(UserContainer.builder().name("tb").image("tensorflow/tensorflow").build())
        .initContainers(UserContainer.builder().name("fetch").image("busybox").build())
        .archiveLocation(s3("logs", "train")).failFast().pendingTimeout("10m").priorityClassName("gpu-high")
        .schedulerName("volcano").toModel();
    assertThat(t.sidecars()).extracting(UserContainer::name).containsExactly("tb");
    assertThat(t.initContainers()).extracting(UserContainer::name).containsExactly("fetch");
    assertThat(t.archiveLocation().s3().bucket()).isEqualTo("logs");
    assertThat(t.failFast()).isTrue();
    assertThat(t.pendingTimeout()).isEqualTo("10m");
    assertThat(t.priorityClassName()).isEqualTo("gpu-high");
  }
}
