package io.argowf.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import io.argowf.model.k8s.ConfigMap;
import io.argowf.model.k8s.Container;
import io.argowf.model.k8s.IntOrString;
import io.argowf.model.k8s.ObjectMeta;
import io.argowf.model.k8s.PersistentVolumeClaim;
import io.argowf.model.k8s.Quantity;
import io.argowf.model.k8s.Resource;
import io.argowf.model.workflow.CronWorkflow;
import io.argowf.model.workflow.Item;
import io.argowf.model.workflow.Parameter;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowSpec;
import io.argowf.model.workflow.WorkflowTaskResult;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManifestsReadWriteTest {

  static final String WORKFLOW = """
      apiVersion: argoproj.io/v1alpha1
      kind: Workflow
      metadata:
        generateName: shapes-
        labels: {team: data}
      spec:
        entrypoint: main
        activeDeadlineSeconds: 300
        arguments:
          parameters:
          - name: count
            value: 3
          - name: enabled
            value: true
        templates:
        - name: main
          retryStrategy:
            limit: "{{workflow.parameters.count}}"
            affinity:
              nodeAntiAffinity: {}
          steps:
          - - name: a
              template: echo
              withItems: [1, "two", {x: 1.50}, [true], null]
            - name: b
              template: echo
          - []
        - name: echo
          container:
            image: alpine
            args: []
            resources:
              requests: {cpu: 1, memory: 8Gi}
              limits: {cpu: "2"}
            volumeMounts:
            - name: scratch
              mountPath: /tmp
          volumes:
          - name: scratch
            emptyDir: {}
        - name: http
          plugin:
            hello: {greeting: hi}
      status:
        phase: Succeeded
        startedAt: "2024-05-01T12:00:00Z"
        finishedAt: 2024-05-01T12:03:20Z
        resourcesDuration: {cpu: 12, memory: 340}
      """;

  @Test
  void readsEachDocumentIntoItsKindsClass() {
    List<Resource> docs = Manifests.readAll(WORKFLOW + "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: b}\n"
        + "---\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\n");
    assertThat(docs).hasSize(3);
    assertThat(docs.get(0)).isInstanceOf(Workflow.class);
    assertThat(docs.get(1)).isInstanceOf(ConfigMap.class);
    assertThat(docs.get(2)).isInstanceOfSatisfying(GenericManifest.class, g -> {
      assertThat(g.kind()).isEqualTo("Deployment");
      assertThat(g.name()).isEqualTo("d");
    });
  }

  @Test
  void writesBackWhatItReadWithNothingLostOrAdded() {
    Workflow wf = Manifests.read(WORKFLOW, Workflow.class);
    String yaml = Manifests.toYaml(wf);
    assertThat(Manifests.differences(WORKFLOW, yaml)).isEmpty();
    assertThat(yaml).contains("emptyDir: {}", "args: []", "nodeAntiAffinity: {}", "- []");
  }

  @Test
  void keepsAbsentApartFromEmpty() {
    Workflow wf = Manifests.read(WORKFLOW, Workflow.class);
    Template echo = wf.spec().templates().get(1);
    assertThat(echo.container().args()).isEmpty();
    assertThat(echo.container().command()).isNull();
    assertThat(echo.volumes()).hasSize(1);
    assertThat(wf.spec().templates().get(0).steps().get(1).steps()).isEmpty();
  }

  @Test
  void readsSpecialShapesAndWritesThemBackAsGiven() {
    Workflow wf = Manifests.read(WORKFLOW, Workflow.class);
    assertThat(wf.spec().activeDeadlineSeconds()).isEqualTo(300);
    assertThat(wf.spec().templates().get(0).retryStrategy().limit()).isEqualTo(IntOrString.of("{{workflow.parameters.count}}"));
    Container c = wf.spec().templates().get(1).container();
    assertThat(c.resources().requests().get("cpu").isNumber()).isTrue();
    assertThat(c.resources().requests().get("memory").amount()).isEqualTo(BigDecimal.valueOf(8L << 30));
    assertThat(c.resources().limits().get("cpu").amount()).isEqualTo(BigDecimal.valueOf(2));
    assertThat(wf.spec().arguments().parameters().get(0).value()).isEqualTo("3");
    assertThat(wf.spec().arguments().parameters().get(1).value()).isEqualTo("true");
    List<Item> items = wf.spec().templates().get(0).steps().get(0).steps().get(0).withItems();
    assertThat(items).extracting(i -> i == null ? null : i.toString()).containsExactly("1", "two", "{\"x\":1.5}", "[true]", null);
    assertThat(wf.spec().templates().get(2).plugin().name()).isEqualTo("hello");
    assertThat(wf.status().startedAt().toInstant()).isEqualTo(Instant.parse("2024-05-01T12:00:00Z"));
    assertThat(wf.status().resourcesDuration()).containsEntry("cpu", 12L);

    String yaml = Manifests.toYaml(wf);
    assertThat(yaml).contains("activeDeadlineSeconds: 300", "limit: \"{{workflow.parameters.count}}\"", "cpu: 1\n",
        "cpu: \"2\"", "memory: 8Gi", "startedAt: \"2024-05-01T12:00:00Z\"");
  }

  @Test
  void keepsUnknownFieldsAndWritesThemAfterTheKnownOnes() {
    String yaml = """
        apiVersion: argoproj.io/v1alpha1
        kind: Workflow
        metadata: {name: x}
        spec:
          futureField: {deep: [1, 2]}
          entrypoint: main
          templates:
          - name: main
            container: {image: alpine, someExtraField: foo}
        vendor.example.com/extra: kept
        """;
    Workflow wf = Manifests.read(yaml, Workflow.class);
    assertThat(wf.spec().unknownFields()).containsOnlyKeys("futureField");
    assertThat(wf.spec().templates().get(0).container().unknownFields()).containsEntry("someExtraField",
        com.fasterxml.jackson.databind.node.TextNode.valueOf("foo"));
    assertThat(wf.unknownFields()).containsKey("vendor.example.com/extra");
    String out = Manifests.toYaml(wf);
    assertThat(Manifests.differences(yaml, out)).isEmpty();
    assertThat(out.indexOf("entrypoint")).isLessThan(out.indexOf("futureField"));
  }

  @Test
  void writesInAReadableDeterministicOrder() {
    String yaml = """
        status: {phase: Running}
        spec:
          templates:
          - container: {args: [x], image: alpine}
            name: main
          entrypoint: main
        metadata: {name: x, annotations: {b: "1", a: "2"}}
        kind: Workflow
        apiVersion: argoproj.io/v1alpha1
        """;
    String out = Manifests.toYaml(Manifests.read(yaml));
    assertThat(out).startsWith("apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata:\n  name: x\n");
    assertThat(out.indexOf("metadata:")).isLessThan(out.indexOf("spec:"));
    assertThat(out.indexOf("spec:")).isLessThan(out.indexOf("status:"));
    assertThat(out).contains("  - name: main\n    container:\n      image: alpine\n      args:\n      - x\n");
    assertThat(out.indexOf("b: \"1\"")).as("map entries keep their order").isLessThan(out.indexOf("a: \"2\""));
    assertThat(Manifests.toYaml(Manifests.read(out))).isEqualTo(out);
  }

  @Test
  void writesMultiLineTextAsLiteralBlocksAndNeverFoldsExpressions() {
    String longExpr = "{{=sprig.join(\",\", [inputs.parameters.a, inputs.parameters.b, inputs.parameters.c, inputs.parameters.d])}}";
    Template t = Template.builder().name("s")
        .script(io.argowf.model.workflow.ScriptTemplate.builder().image("python:3").source("import sys\nprint(1)\n").build())
        .build();
    String out = Manifests.toYaml(t);
    assertThat(out).contains("source: |\n    import sys\n    print(1)\n");
    Parameter p = Parameter.builder().name("p").value(longExpr).build();
    String param = Manifests.toYaml(p);
    assertThat(param).hasLineCount(2);
    assertThat(Manifests.read(param, Parameter.class).value()).isEqualTo(longExpr);
  }

  @Test
  void quotesEveryStringKubernetesWouldReadAsSomethingElse() {
    List<String> tricky = List.of("yes", "no", "on", "off", "y", "N", "true", "null", "~", "10", "1.5", "0x1F", "1e3",
        "0777", "1_000", ".inf", "2024-01-01", "", "- x", "a: b", "#c", "*a", "&a", "!t", "@x", "{x}", "[x]", " lead", "trail ");
    for (String v : tricky) {
      Parameter p = Parameter.builder().name("p").value(v).build();
      assertThat(Manifests.read(Manifests.toYaml(p), Parameter.class).value()).as("value <%s>", v).isEqualTo(v);
    }
  }

  @Test
  void readsYamlTheWayKubernetesDoes() {
    String yaml = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: &n base
          labels: &common {app: demo, tier: batch}
          annotations:
            <<: *common
            tier: override
            copy: *n
        data:
          c: !!str 10
          d: '010'
        """;
    ConfigMap cm = Manifests.read(yaml, ConfigMap.class);
    assertThat(cm.metadata().annotations()).containsEntry("app", "demo").containsEntry("tier", "override")
        .containsEntry("copy", "base");
    assertThat(cm.data()).containsEntry("c", "10").containsEntry("d", "010");
    JsonNode scalars = Manifests.read("a: yes\nb: 0x1F\ne: 1_000\nf: 1e1\ng: 2.0\nh: 0.5\n", JsonNode.class);
    assertThat(scalars.get("a").booleanValue()).isTrue();
    assertThat(scalars.get("b").intValue()).isEqualTo(31);
    assertThat(scalars.get("e").intValue()).isEqualTo(1000);
    assertThat(scalars.get("f").isIntegralNumber()).as("a whole float is an integer, as in Kubernetes' YAML to JSON").isTrue();
    assertThat(scalars.get("g").intValue()).isEqualTo(2);
    assertThat(scalars.get("h").doubleValue()).isEqualTo(0.5);
  }

  @Test
  void aRepeatedKeyIsRefusedNamingBothLinesAsStrictDecodingDoes() {
    assertThatThrownBy(() -> Manifests.read("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  labels: {}\n  name: b\n",
        ConfigMap.class))
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("key 'name' is given twice in one map, at line 4, column 3 and line 6, column 3");
  }

  @Test
  void readsJsonToo() {
    String json = "{\"apiVersion\":\"argoproj.io/v1alpha1\",\"kind\":\"CronWorkflow\",\"metadata\":{\"name\":\"c\"},"
        + "\"spec\":{\"schedule\":\"*/5 * * * *\",\"workflowSpec\":{\"entrypoint\":\"m\"}}}";
    CronWorkflow cron = (CronWorkflow) Manifests.read(json);
    assertThat(cron.spec().workflowSpec().entrypoint()).isEqualTo("m");
    assertThat(Manifests.differences(json, Manifests.toJson(cron))).isEmpty();
  }

  @Test
  void keepsVersion35FieldsThatVersion4Removed() {
    String yaml = """
        apiVersion: argoproj.io/v1alpha1
        kind: CronWorkflow
        metadata: {name: c}
        spec:
          schedule: "0 * * * *"
          workflowSpec:
            podPriority: 10
            synchronization: {mutex: {name: m}}
            templates:
            - name: t
              priority: 3
              container: {image: alpine}
        """;
    CronWorkflow cron = Manifests.read(yaml, CronWorkflow.class);
    assertThat(Manifests.differences(yaml, Manifests.toYaml(cron))).isEmpty();
    assertThat(cron.spec().unknownFields()).isEmpty();
  }

  @Test
  void aBuilderMadeKindGetsItsApiVersionAndKindWhenWrittenButNotWhenNested() {
    Workflow wf = Workflow.builder()
        .metadata(ObjectMeta.builder().name("w").build())
        .spec(WorkflowSpec.builder().addVolumeClaimTemplates(PersistentVolumeClaim.builder()
            .metadata(ObjectMeta.builder().name("work").build()).build()).build())
        .build();
    String yaml = Manifests.toYaml(wf);
    assertThat(yaml).startsWith("apiVersion: argoproj.io/v1alpha1\nkind: Workflow\n");
    assertThat(yaml).doesNotContain("kind: PersistentVolumeClaim");
    assertThat(Manifests.read(yaml, Workflow.class)).isEqualTo(wf);
  }

  @Test
  void readsTheKindsArgoSchemaLacks() {
    WorkflowTaskResult r = (WorkflowTaskResult) Manifests.read("""
        apiVersion: argoproj.io/v1alpha1
        kind: WorkflowTaskResult
        metadata: {name: wf-123}
        phase: Succeeded
        outputs: {parameters: [{name: p, value: v}]}
        progress: 1/1
        """);
    assertThat(r.phase()).isEqualTo("Succeeded");
    assertThat(r.outputs().parameters().get(0).value()).isEqualTo("v");
  }

  @Test
  void keepsNullsInsideListsAndMaps() {
    String yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels: {a: }\n  finalizers: [f, null]\n";
    ConfigMap cm = Manifests.read(yaml, ConfigMap.class);
    assertThat(cm.metadata().finalizers()).containsExactly("f", null);
    assertThat(cm.metadata().labels()).as("Go keeps a null label value as the empty string").containsEntry("a", "");
    assertThat(Manifests.toYaml(cm)).contains("labels:\n    a: \"\"\n");
  }

  @Test
  void readsIntoAnyModelTypeOrATree() {
    Template t = Manifests.read("name: t\ncontainer: {image: alpine}\n", Template.class);
    assertThat(t.container().image()).isEqualTo("alpine");
    assertThat(Manifests.read("a: 1", com.fasterxml.jackson.databind.JsonNode.class).get("a")).isEqualTo(IntNode.valueOf(1));
  }

  @Test
  void differencesNameThePathAndBothValues() {
    assertThat(Manifests.differences("a: {b: [1, 2]}", "a: {b: [1, 3]}"))
        .containsExactly("a.b[1]: expected the number 2, got the number 3");
    assertThat(Manifests.differences("a: 10", "a: \"10\"")).isEmpty();
    assertThat(Manifests.differences("a: null", "{}")).isEmpty();
    assertThat(Manifests.differences("a: [1]", "a: [1, 2]")).containsExactly("a: expected 1 items, got 2");
  }

  @Test
  void quantityAmountsFollowKubernetesSuffixes() {
    assertThat(Quantity.of("500m").amount()).isEqualByComparingTo("0.5");
    assertThat(Quantity.of("1Ki").amount()).isEqualByComparingTo("1024");
    assertThat(Quantity.of("2G").amount()).isEqualByComparingTo("2000000000");
    assertThat(Quantity.of("1e3").amount()).isEqualByComparingTo("1000");
    assertThatThrownBy(() -> Quantity.of("8 GB").amount()).hasMessageContaining("'8 GB' is not a Kubernetes quantity");
    assertThat(Quantity.of(1)).isEqualTo(Quantity.of("1"));
  }

  @Test
  void itemsComeFromJavaValues() {
    Item slice = Item.of(Map.of("start", 1));
    assertThat(slice.value().get("start").intValue()).isEqualTo(1);
    assertThat(Item.of("x").toString()).isEqualTo("x");
  }
}
