package io.argowf.dsl.tojava;

import static org.assertj.core.api.Assertions.assertThat;

import io.argowf.dsl.JavaSource;
import io.argowf.model.Manifests;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What the generated code looks like: the DSL's words, names from the YAML, comments where it falls back. */
class JavaSourceTest {
  private static String java(String yaml) {
    return JavaSource.of("test.yaml", Manifests.readAll(yaml)).toString();
  }

  private static final String DAG = """
      apiVersion: argoproj.io/v1alpha1
      kind: Workflow
      metadata: {generateName: results-}
      spec:
        entrypoint: main
        arguments:
          parameters: [{name: who, value: world}]
        templates:
        - name: main
          dag:
            tasks:
            - {name: A, template: print-message, arguments: {parameters: [{name: message, value: "hi {{workflow.parameters.who}}"}]}}
            - {name: B, template: print-message, depends: A, arguments: {parameters: [{name: message, value: "{{tasks.A.outputs.result}}"}]}}
            - {name: C, template: print-message, depends: "A && (B.Succeeded || B.Failed)", arguments: {parameters: [{name: message, value: x}]}}
            - {name: D, template: print-message, depends: "B && C", arguments: {parameters: [{name: message, value: "{{item}}"}]}, withItems: [1, b]}
        - name: print-message
          inputs: {parameters: [{name: message}]}
          container: {image: busybox, command: [echo, "said: {{inputs.parameters.message}}"]}
      """;

  @Test
  void templatesAreVariablesNamedAfterThemAndInputsAreHandles() {
    assertThat(java(DAG)).contains("var message = param(\"message\");", "var printMessage = container(\"print-message\")",
        ".inputs(message)", ".command(\"echo\", \"said: \" + message)");
  }

  @Test
  void expressionsTheDslHasHandlesForBecomeThem() {
    assertThat(java(DAG)).contains("var who = argument(\"who\", \"world\");", "\"hi \" + who", ".with(message, a.result())",
        ".with(message, item())", ".withItems(1, \"b\")");
  }

  @Test
  void dependsBecomesTheResultAlgebra() {
    assertThat(java(DAG)).contains(".dependsOn(a)", ".depends(a.and(b.succeeded().or(b.failed())))", ".dependsOn(b, c)");
  }

  @Test
  void theCountsSayHowManyExpressionsBecameHandles() {
    JavaSource java = JavaSource.of("test.yaml", Manifests.readAll(DAG));
    assertThat(java.typedExpressions()).isEqualTo(4);
    assertThat(java.textExpressions()).isZero();
  }

  @Test
  void namesAreMadeValidJavaAndUnique() {
    String java = java("""
        apiVersion: argoproj.io/v1alpha1
        kind: Workflow
        metadata: {name: names}
        spec:
          entrypoint: for
          templates:
          - name: for
            steps: [[{name: class, template: a-b}, {name: "1st", template: aB}]]
          - {name: a-b, container: {image: busybox}}
          - {name: aB, container: {image: busybox}}
        """);
    assertThat(java).contains("var forTemplate = steps(\"for\")", "var aB = container(\"a-b\")", "var aBTemplate = container(\"aB\")",
        "aB.step(\"class\")", "aBTemplate.step(\"1st\")");
  }

  @Test
  void theClassIsNamedAfterTheFile() {
    assertThat(JavaSource.of("dag-diamond.yaml", java.util.List.of()).className()).isEqualTo("DagDiamond");
    assertThat(JavaSource.of("01-hello.yaml", java.util.List.of()).className()).isEqualTo("Manifests01Hello");
    assertThat(JavaSource.of(Path.of("x/workflow.yaml").toString(), java.util.List.of()).className()).isEqualTo("WorkflowManifests");
  }

  @Test
  void whatTheDslHasNoWordForIsACustomizeWithAComment() {
    String java = java("""
        apiVersion: argoproj.io/v1alpha1
        kind: Workflow
        metadata: {generateName: patch-}
        spec:
          entrypoint: main
          templates:
          - name: main
            podSpecPatch: '{"x": 1}'
            annotations: {note: x}
            container: {image: busybox, ports: [{containerPort: 80}]}
        """);
    assertThat(java).contains("// no DSL word for ports", ".container(ctr -> ctr.withPorts(",
        ".podSpecPatch(\"{\\\"x\\\": 1}\")", "// no DSL word for annotations",
        ".customize(t -> t.withAnnotations(Map.of(\"note\", \"x\")))");
  }

  @Test
  void aDocumentBuildRefusesKeepsItsDslTemplatesInsideTheModelsBuilders() {
    String java = java("""
        apiVersion: argoproj.io/v1alpha1
        kind: Workflow
        metadata: {generateName: bad-}
        spec:
          entrypoint: missing
          templates:
          - {name: main, container: {image: busybox}}
        """);
    assertThat(java).contains("var mainTemplate = container(\"main\").image(\"busybox\");",
        "// build() says: error spec.entrypoint", "the manifest is assembled with the model's builders",
        "return Workflow.builder()", ".templates(List.of(mainTemplate.toModel()))");
  }

  @Test
  void fieldsTheModelDoesNotKnowAreReadFromTheirYaml() {
    String java = java("""
        apiVersion: argoproj.io/v1alpha1
        kind: Workflow
        metadata: {generateName: future-}
        spec:
          entrypoint: main
          templates:
          - {name: main, futureSetting: true, container: {image: busybox}}
        """);
    assertThat(java).contains("var mainTemplate = container(\"main\")", "withUnknownFields(Manifests.read(\"futureSetting: true\\n\", Template.class).unknownFields())");
  }

  @Test
  void aDocumentWithNothingTheDslCanWriteIsReadFromItsYamlSayingWhy() {
    String java = java("""
        apiVersion: argoproj.io/v1alpha1
        kind: Workflow
        metadata: {generateName: bad-}
        spec: {entrypoint: missing}
        """);
    assertThat(java).contains("// the DSL cannot make this document exactly (build() says: error spec",
        "return Manifests.read(\"apiVersion: argoproj.io/v1alpha1\\n\"");
  }

  @Test
  void otherKindsUseTheModelsBuildersAndUnknownKindsTheirYaml() {
    String java = java("""
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: settings}
        data: {a: "1"}
        ---
        apiVersion: example.com/v1
        kind: Gadget
        metadata: {name: gizmo}
        """);
    assertThat(java).contains("return ConfigMap.builder()", ".putData(\"a\", \"1\")",
        "// a kind the model does not know, read from its YAML", "static Object gizmo()", "List.of(settings(), gizmo())");
  }

  private static String roundTwo() {
    return JavaSource.of(Path.of("src/test/resources/tojava/round-two.yaml")).toString();
  }

  @Test
  void httpContainerSetDataAndPluginTemplatesUseTheDslsWords() {
    assertThat(roundTwo()).contains("http(\"call\")", ".url(\"https://example.com/hook\")", ".method(\"POST\")",
        ".header(\"Content-Type\", \"application/json\")", ".timeoutSeconds(20)",
        "// no DSL word for http insecureSkipVerify", "t.withHttp(t.http().withInsecureSkipVerify(true))",
        "containerSet(\"pair\")", ".container(containerNode(\"a\", \"busybox\")", ".volumeMount(\"work\", \"/work\")",
        "data(\"list\")", ".transformation(\"filter(data, {# endsWith \\\"main.log\\\"})\")",
        "plugin(\"hello\")", ".call(\"hello\", new TreeMap<>(Map.of(\"text\", \"hi\", \"times\", 2)))");
  }

  @Test
  void closedSetsAreEnumsAndAmountsAreTheDslsWords() {
    assertThat(roundTwo()).contains(".podGC(PodGCStrategy.ON_POD_COMPLETION)", ".imagePullPolicy(ImagePullPolicy.IF_NOT_PRESENT)",
        ".retry(2, RetryPolicy.ON_ERROR)", ".action(ResourceAction.PATCH)", ".mergeStrategy(MergeStrategy.MERGE)",
        "cpu(\"500m\")", "memory(\"1Gi\")", "ephemeralStorage(\"2Gi\")", "gpu(1)", "resource(\"rdma/hca\", \"1\")",
        ".podSpecPatch(\"{\\\"terminationGracePeriodSeconds\\\": 5}\")");
  }

  @Test
  void conditionsBecomeConditionsAndFanOutsAggregate() {
    assertThat(roundTwo()).contains(
        ".when(sumTask.result().gt(5).and(sumTask.result().ne(7).or(sumTask.status().eq(NodeStatus.SUCCEEDED))))",
        ".when(sumTask.result().matches(\"^1\").not())", ".with(counts, fan.aggregated(n))");
  }

  @Test
  void artifactLocationsAreStorageShorthands() {
    assertThat(roundTwo()).contains(
        ".from(git(\"https://github.com/argoproj/argo-workflows.git\", \"v3.5.5\"))",
        ".from(httpArtifact(\"https://example.com/tool\"))",
        ".to(", "s3(\"reports\", \"r.txt\")", ".endpoint(\"minio:9000\")", ".insecure()",
        ".credentials(\"minio\", \"access\", \"secret\")", ".archive(ArchiveStrategy.NONE)");
  }

  @Test
  void aDagOfLayersIsAChain() {
    String java = java("""
        apiVersion: argoproj.io/v1alpha1
        kind: Workflow
        metadata: {generateName: diamond-}
        spec:
          entrypoint: diamond
          templates:
          - name: diamond
            dag:
              tasks:
              - {name: A, template: echo}
              - {name: B, template: echo, depends: A}
              - {name: C, template: echo, depends: A}
              - {name: D, template: echo, depends: B && C}
          - {name: echo, container: {image: busybox}}
        """);
    assertThat(java).contains(".tasks(a.then(b, c).then(echo.task(\"D\")))").doesNotContain("dependsOn");
  }

  @Test
  void theSameInputGivesTheSameBytes() {
    assertThat(java(DAG)).isEqualTo(java(DAG));
  }
}
