package io.argowf.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.argowf.model.k8s.Resource;
import io.argowf.model.k8s.ResourceQuota;
import io.argowf.model.k8s.Secret;
import io.argowf.model.workflow.CronWorkflow;
import io.argowf.model.workflow.Workflow;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Our own real-world-shaped manifests (live status, v3.5 and v4 forms, Kubernetes kinds) round-trip everywhere. */
class OwnFixturesRoundTripTest {

  static Path fixture(String name) throws URISyntaxException {
    return Path.of(OwnFixturesRoundTripTest.class.getResource("/roundtrip/" + name).toURI());
  }

  @ParameterizedTest
  @ValueSource(strings = {"live-workflow-v35.yaml", "cron-and-templates.yaml", "kubernetes-kinds.yaml"})
  void roundTripsWithoutLoss(String name) throws Exception {
    SharedCorpusRoundTripTest.roundTrip(fixture(name));
  }

  @Test
  void aLiveWorkflowReadsEveryStatusDetail() throws Exception {
    Workflow wf = Manifests.read(fixture("live-workflow-v35.yaml"), Workflow.class);
    assertThat(wf.status().nodes()).hasSize(3);
    assertThat(wf.status().nodes().get("etl-7xq2m-1794452357").resourcesDuration()).containsEntry("memory", 30L);
    assertThat(wf.status().startedAt().toInstant()).hasToString("2024-03-04T08:15:02Z");
    assertThat(wf.metadata().managedFields().get(0).fieldsV1().has("f:metadata")).isTrue();
    assertThat(wf.spec().unknownFields()).isEmpty();
  }

  @Test
  void everyKindIsReadIntoItsClass() throws Exception {
    List<Resource> docs = Manifests.readAll(fixture("kubernetes-kinds.yaml"));
    assertThat(docs).extracting(d -> d.getClass().getSimpleName()).containsExactly("Namespace", "Secret",
        "ResourceQuota", "ClusterRole", "ClusterRoleBinding", "GenericManifest", "GenericManifest");
    assertThat(((ResourceQuota) docs.get(2)).spec().hard().get("requests.cpu").isNumber()).isTrue();
    assertThat(docs.get(1).toString()).as("secret values stay out of toString").doesNotContain("s3cr3t", "aGVsbG8=");
    assertThat(((Secret) docs.get(1)).stringData()).containsEntry("token", "s3cr3t");
  }

  @Test
  void bothCronForms() throws Exception {
    List<Resource> docs = Manifests.readAll(fixture("cron-and-templates.yaml"));
    @SuppressWarnings("deprecation")
    String v35 = ((CronWorkflow) docs.get(0)).spec().schedule();
    assertThat(v35).isEqualTo("0 2 * * *");
    assertThat(((CronWorkflow) docs.get(1)).spec().schedules()).containsExactly("0 * * * *", "30 * * * *");
  }
}
