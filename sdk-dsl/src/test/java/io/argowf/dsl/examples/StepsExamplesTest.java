package io.argowf.dsl.examples;

import static io.argowf.dsl.Argo.*;

import io.argowf.dsl.Argo;
import io.argowf.model.k8s.IntOrString;
import io.argowf.model.workflow.Arguments;
import io.argowf.model.workflow.ParallelSteps;
import io.argowf.model.workflow.Parameter;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Argo's steps examples, written with the DSL. */
class StepsExamplesTest {
  private static final String NO_TEST = "workflows.argoproj.io/no-test";

  @Test
  void loopsWithItemsOfStrings() {
    var message = param("message");
    var print = container("print-message").inputs(message).image("busybox").command("echo").args(message);
    Workflow wf = workflow().generateName("loops-")
        .entrypoint(steps("loop-example")
            .then(print.step("print-message-loop").with(message, item()).withItems("hello world", "goodbye world")))
        .build();
    Golden.assertMatches("loops.yaml", wf);
  }

  @Test
  void loopsWithItemsOfMapsComputedInJava() {
    var image = param("image");
    var tag = param("tag");
    var cat = container("cat-os-release").inputs(image, tag)
        .image(image + ":" + tag).command("cat").args("/etc/os-release");
    List<Map<String, String>> systems = List.of(
        Map.of("image", "debian", "tag", "9.1"), Map.of("image", "debian", "tag", "8.9"),
        Map.of("image", "alpine", "tag", "3.6"), Map.of("image", "ubuntu", "tag", "17.10"));
    Workflow wf = workflow().generateName("loops-maps-")
        .label(NO_TEST, "environment")
        .entrypoint(steps("loop-map-example")
            .then(cat.step("test-linux").with(image, item("image")).with(tag, item("tag")).withItems(systems)))
        .build();
    Golden.assertMatches("loops-maps.yaml", wf);
  }

  @Test
  void loopsOverAScriptsResultWithParam() {
    var seconds = param("seconds");
    var gen = script("gen-number-list").image("python:alpine3.23").command("python")
        .source("import json\nimport sys\njson.dump([i for i in range(20, 31)], sys.stdout)\n");
    var sleep = container("sleep-n-sec").inputs(seconds).image("alpine:3.23").command("sh", "-c")
        .args("echo sleeping for " + seconds + " seconds; sleep " + seconds + "; echo done");
    var generate = gen.step("generate");
    Workflow wf = workflow().generateName("loops-param-result-").label(NO_TEST, "duration")
        .entrypoint(steps("loop-param-result-example")
            .then(generate)
            .then(sleep.step("sleep").with(seconds, item()).withParam(generate.result())))
        .build();
    Golden.assertMatches("loops-param-result.yaml", wf);
  }

  @Test
  void loopsWithSequences() {
    var count = argument("count", "3");
    var msg = param("msg");
    var echo = container("echo").inputs(msg).image("alpine:3.23").command("echo", msg);
    Workflow wf = workflow().generateName("loops-sequence-").label(NO_TEST, "environment")
        .arguments(count)
        .entrypoint(steps("loops-sequence").thenParallel(
            echo.step("sequence-count").with(msg, item()).withSequence(count(5)),
            echo.step("sequence-start-end").with(msg, item()).withSequence(range(100, 105)),
            echo.step("sequence-param").with(msg, item()).withSequence(count(count).withStart(IntOrString.of(200))),
            echo.step("sequence-negative").with(msg, item()).withSequence(range(5, 0)),
            echo.step("sequence-format").with(msg, item()).withSequence(count(5).withFormat("testuser%02X"))))
        .build();
    Golden.assertMatches("loops-sequence.yaml", wf);
  }

  @Test
  void conditionalsInBothExpressionForms() {
    var shouldPrint = param("should-print");
    var argosay = container("argosay").image("argoproj/argosay:v1").command("sh", "-c").args("cowsay hello");
    Workflow wf = workflow().generateName("conditional-")
        .arguments(argument("should-print", "true"))
        .entrypoint(steps("conditional-example").inputs(shouldPrint).thenParallel(
            argosay.step("print-hello-govaluate").when(shouldPrint.eq(true)),
            argosay.step("print-hello-expr").when("{{= inputs.parameters[\"should-print\"] == 'true'}}"),
            argosay.step("print-hello-expr-json").when("{{=jsonpath(workflow.parameters.json, '$[0].value') == 'true'}}")))
        .build();
    Golden.assertMatches("conditionals.yaml", wf);
  }

  @Test
  void coinflipBranchesOnAScriptsResult() {
    var flipCoin = script("flip-coin").image("python:alpine3.23").command("python")
        .source("import random\nresult = \"heads\" if random.randint(0,1) == 0 else \"tails\"\nprint(result)\n");
    var heads = container("heads").image("busybox").command("sh", "-c").args("echo \"it was heads\"");
    var tails = container("tails").image("busybox").command("sh", "-c").args("echo \"it was tails\"");
    var flip = flipCoin.step("flip-coin");
    Workflow wf = workflow().generateName("coinflip-")
        .entrypoint(steps("coinflip")
            .then(flip)
            .thenParallel(heads.step("heads").when(flip.result().eq("heads")),
                tails.step("tails").when(flip.result().eq("tails"))))
        .build();
    Golden.assertMatches("coinflip.yaml", wf);
  }

  @Test
  void artifactPassingFromOneStepToTheNext() {
    var helloArt = outputArtifact("hello-art", "/tmp/hello_world.txt");
    var message = inputArtifact("message", "/tmp/message");
    var hello = container("hello-world-to-file").image("busybox").command("sh", "-c")
        .args("sleep 1; echo hello world | tee /tmp/hello_world.txt").outputs(helloArt);
    var print = container("print-message-from-file").inputs(message).image("busybox").command("sh", "-c")
        .args("cat /tmp/message");
    var generate = hello.step("generate-artifact");
    Workflow wf = workflow().generateName("artifact-passing-")
        .entrypoint(steps("artifact-example")
            .then(generate)
            .then(print.step("consume-artifact").with(message, generate.artifact(helloArt))))
        .build();
    Golden.assertMatches("artifact-passing.yaml", wf);
  }

  @Test
  void outputParameterPassedAsAnArgument() {
    var helloParam = outputParam("hello-param").fromPath("/tmp/hello_world.txt").withDefault("Foobar");
    var message = param("message");
    var hello = container("hello-world-to-file").image("busybox").command("sh", "-c")
        .args("sleep 1; echo -n hello world > /tmp/hello_world.txt").outputs(helloParam);
    var print = container("print-message").inputs(message).image("busybox").command("echo").args(message);
    var generate = hello.step("generate-parameter");
    Workflow wf = workflow().generateName("output-parameter-")
        .entrypoint(steps("output-parameter")
            .then(generate)
            .then(print.step("consume-parameter").with(message, generate.output(helloParam))))
        .build();
    Golden.assertMatches("output-parameter.yaml", wf);
  }

  @Test
  void exitCodeOfAFailedStepIsAnOutput() {
    var exitCode = param("exitCode");
    var failing = container("failing-container").image("alpine:3.23").command("sh", "-c").args("exit 123");
    var echo = container("echo-container").inputs(exitCode).image("alpine:3.23").command("sh", "-c")
        .args("echo \"Exit code was: " + exitCode + "\"");
    var fail = failing.step("failing-container").continueOnFailed();
    Workflow wf = workflow().generateName("exit-code-output-variable-")
        .entrypoint(steps("exit-code-output-variable")
            .then(fail)
            .then(echo.step("echo-container").with(exitCode, fail.exitCode())))
        .build();
    Golden.assertMatches("exit-code-output-variable.yaml", wf);
  }

  @Test
  void scriptResultPrinted() {
    var message = param("message");
    var gen = script("gen-random-int").image("python:alpine3.23").command("python")
        .source("import random\ni = random.randint(1, 100)\nprint(i)\n");
    var print = container("print-message").inputs(message).image("alpine:3.23").command("sh", "-c")
        .args("echo result was: " + message);
    var generate = gen.step("generate");
    Workflow wf = workflow().generateName("scripts-python-")
        .entrypoint(steps("python-script-example")
            .then(generate)
            .then(print.step("print").with(message, generate.result())))
        .build();
    Golden.assertMatches("scripts-python.yaml", wf);
  }

  @Test
  void suspendUntilResumedAndForAWhile() {
    var hello = container("hello-world").image("busybox").command("echo").args("hello world");
    var approve = suspend("approve");
    var delay = suspend("delay").duration("20");
    var main = steps("suspend")
        .then(hello.step("build"))
        .then(approve.step("approve"))
        .then(delay.step("delay"))
        .then(hello.step("release"));
    Workflow wf = workflow().generateName("suspend-template-").label(NO_TEST, "environment")
        .templates(main, approve, delay, hello)   // the manifest's order
        .entrypoint(main)
        .build();
    Golden.assertMatches("suspend-template.yaml", wf);
  }

  @Test
  void volumeClaimTemplateSharedByTwoSteps() {
    var hello = container("hello-world-to-file").image("busybox").command("sh", "-c")
        .args("echo generating message in volume; echo hello world | tee /mnt/vol/hello_world.txt")
        .volumeMount("workdir", "/mnt/vol");
    var print = container("print-message-from-file").image("alpine:3.23").command("sh", "-c")
        .args("echo getting message from volume; find /mnt/vol; cat /mnt/vol/hello_world.txt")
        .volumeMount("workdir", "/mnt/vol");
    Workflow wf = workflow().generateName("volumes-pvc-")
        .volumeClaimTemplates(volumeClaim("workdir", "1Gi", "ReadWriteOnce"))
        .entrypoint(steps("volumes-pvc-example").then(hello.step("generate")).then(print.step("print")))
        .build();
    Golden.assertMatches("volumes-pvc.yaml", wf);
  }

  @Test
  void workflowDeadlineAndNodeSelector() {
    var sleep = container("sleep").image("busybox").command("sleep", "1d");
    var unschedulable = container("unschedulable").nodeSelector("beta.kubernetes.io/arch", "no-such-arch")
        .image("alpine:3.23");
    Workflow wf = workflow().generateName("timeouts-workflow-").label(NO_TEST, "environment")
        .activeDeadlineSeconds(30)
        .entrypoint(steps("bunch-of-sleeps").thenParallel(
            sleep.step("sleep-one-day").withItems(1, 2, 3),
            unschedulable.step("unschedulable").withItems(1, 2, 3)))
        .build();
    Golden.assertMatches("timeouts-workflow.yaml", wf);
  }

  @Test
  void podGcWithADelay() {
    var fail = container("fail").image("alpine:3.23").command("sh", "-c").args("exit 1");
    var succeed = container("succeed").image("alpine:3.23").command("sh", "-c").args("exit 0");
    Workflow wf = workflow().generateName("pod-gc-strategy-").label(NO_TEST, "environment")
        .podGC(io.argowf.model.workflow.PodGC.builder().strategy("OnPodSuccess").deleteDelayDuration("30s").build())
        .entrypoint(steps("pod-gc-strategy").thenParallel(fail.step("fail"), succeed.step("succeed")))
        .build();
    Golden.assertMatches("pod-gc-strategy.yaml", wf);
  }

  @Test
  void httpTemplateWithContinueOnFailed() {
    var url = param("url");
    var http = http("http").inputs(url).url(url);
    String base = "https://raw.githubusercontent.com/argoproj/argo-workflows/";
    String rest = "/pkg/apis/workflow/v1alpha1/generated.swagger.json";
    Workflow wf = workflow().generateName("http-template-")
        .annotation("workflows.argoproj.io/version", ">= 3.2.0")
        .entrypoint(steps("main").thenParallel(
            http.step("good").with(url, base + "4e450e250168e6b4d51a126b784e90b11a0162bc" + rest),
            http.step("bad").continueOnFailed().with(url, base + "thisisnotahash" + rest)))
        .build();
    Golden.assertMatches("http-hello-world.yaml", wf);
  }

  @Test
  void exitHandlerForTheWholeWorkflow() {
    var fail = container("intentional-fail").image("alpine:3.23").command("sh", "-c")
        .args("echo intentional failure; exit 1");
    var sendEmail = container("send-email").image("alpine:3.23").command("sh", "-c")
        .args("echo send e-mail: " + expr("workflow.name") + " " + expr("workflow.status") + " "
            + expr("workflow.duration") + ". Failed steps " + expr("workflow.failures"));
    var celebrate = container("celebrate").image("alpine:3.23").command("sh", "-c").args("echo hooray!");
    var cry = container("cry").image("alpine:3.23").command("sh", "-c").args("echo boohoo!");
    var status = expr("workflow.status");
    Workflow wf = workflow().label(NO_TEST, "expected-failure").generateName("exit-handlers-")
        .entrypoint(fail)
        .onExit(steps("exit-handler").thenParallel(
            sendEmail.step("notify"),
            celebrate.step("celebrate").when(status.eq("Succeeded")),
            cry.step("cry").when(status.ne("Succeeded"))))
        .build();
    Golden.assertMatches("exit-handlers.yaml", wf);
  }

  @Test
  void exitHooksOnEachStep() {
    var message = param("message");
    var exit = container("exit").image("busybox").command("echo").args("step cleanup");
    var print = container("print-message").inputs(message).image("busybox").command("echo").args(message);
    var main = steps("main")
        .then(print.step("hello1").with(message, "hello1").hook("exit", exit))
        .thenParallel(print.step("hello2a").with(message, "hello2a").hook("exit", exit),
            print.step("hello2b").with(message, "hello2b").hook("exit", exit));
    Workflow wf = workflow().generateName("exit-handler-step-level-")
        .templates(main, exit, print)
        .entrypoint(main)
        .build();
    Golden.assertMatches("exit-handler-step-level.yaml", wf);
  }

  @Test
  void workflowLifecycleHooks() {
    var http = http("http").url("https://raw.githubusercontent.com/argoproj/argo-workflows/"
        + "4e450e250168e6b4d51a126b784e90b11a0162bc/pkg/apis/workflow/v1alpha1/generated.swagger.json");
    var heads = container("heads").image("alpine:3.23").command("sh", "-c").args("echo \"it was heads\"");
    Workflow wf = workflow().generateName("lifecycle-hook-")
        .entrypoint(steps("main").then(heads.step("step1")))
        .hook("exit", http)
        .hook("running", "workflow.status == \"Running\"", http)
        .build();
    Golden.assertMatches("life-cycle-hooks-wf-level.yaml", wf);
  }

  @Test
  void dataTemplateFeedsALoopWithArtifactArguments() {
    var fileName = param("file-name");
    var file = inputArtifact("file", "/file");
    var list = data("list-log-files")
        .source(io.argowf.model.workflow.ArtifactPaths.builder().name("test-bucket")
            .s3(io.argowf.model.workflow.S3Artifact.builder().bucket("my-bucket").build()).build())
        .transformation("filter(data, {# endsWith \"main.log\"})");
    var process = container("process-logs").inputs(fileName).inputs(file).image("argoproj/argosay:v2")
        .command("sh", "-c").args("echo " + fileName + "\nhead /file\n");
    var listFiles = list.step("list-log-files");
    Workflow wf = workflow().label(NO_TEST, "environment").generateName("data-transformations-")
        .annotation("workflows.argoproj.io/version", ">= 3.1.0")
        .entrypoint(steps("data-transformations")
            .then(listFiles)
            .then(process.step("process-logs").withParam(listFiles.result())
                .with(file, io.argowf.model.workflow.Artifact.builder()
                    .s3(io.argowf.model.workflow.S3Artifact.builder().key(item().toString()).build()).build())
                .with(fileName, item())))
        .build();
    Golden.assertMatches("data-transformations.yaml", wf);
  }

  @Test
  void mutexPerTemplate() {
    var lock = container("acquire-lock").mutex("welcome").image("alpine:3.23").command("sh", "-c")
        .args("sleep 20; echo acquired lock");
    var lock1 = container("acquire-lock-1").mutex("test").image("alpine:3.23").command("sh", "-c")
        .args("sleep 50; echo acquired lock");
    String fiveSeconds = "[\"1\",\"2\",\"3\",\"4\",\"5\"]";
    Workflow wf = workflow().generateName("synchronization-tmpl-level-mutex-").label(NO_TEST, "environment")
        .entrypoint(steps("synchronization-tmpl-level-mutex-example").thenParallel(
            lock.step("synchronization-acquire-lock").withParam(fiveSeconds),
            lock1.step("synchronization-acquire-lock1").withParam(fiveSeconds)))
        .customize(StepsExamplesTest::passSecondsAnyway)
        .build();
    Golden.assertMatches("synchronization-mutex-tmpl-level.yaml", wf);
  }

  /**
   * The example passes {@code seconds} to templates that do not declare it, which Argo ignores and
   * {@code with(...)} refuses; the model still writes it.
   */
  private static Workflow passSecondsAnyway(Workflow w) {
    var seconds = Arguments.builder().parameters(List.of(Parameter.builder().name("seconds").value(item().toString()).build())).build();
    List<Template> templates = new ArrayList<>(w.spec().templates());
    Template main = templates.get(0);
    templates.set(0, main.withSteps(main.steps().stream()
        .map(g -> ParallelSteps.of(g.steps().stream().map(s -> s.withArguments(seconds)).toList())).toList()));
    return w.withSpec(w.spec().withTemplates(templates));
  }

  @Test
  void inlineTemplateInAStep() {
    Workflow wf = workflow().generateName("steps-inline-")
        .annotation("workflows.argoproj.io/version", ">= 3.2.0")
        .entrypoint(steps("main").then(container("say").image("argoproj/argosay:v2").step("a").inline()))
        .build();
    Golden.assertMatches("steps-inline-workflow.yaml", wf);
  }

  @Test
  void templateMetadataOnPods() {
    var message = param("message");
    var print = container("print-message").inputs(message).image("busybox").command("echo").args(message)
        .annotation("iam.amazonaws.com/role", "role-arn").label("app", "print-message").label("tier", "demo");
    Workflow wf = Argo.workflow().generateName("steps-")
        .entrypoint(steps("hello-hello-hello").then(print.step("hello1").with(message, "hello1")))
        .build();
    Golden.assertMatches("pod-metadata.yaml", wf);
  }
}
