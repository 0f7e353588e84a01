package io.argowf.dsl.examples;

import static io.argowf.dsl.Argo.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.argowf.dsl.Built;
import io.argowf.model.workflow.CronWorkflow;
import io.argowf.model.workflow.TTLStrategy;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowTemplate;
import org.junit.jupiter.api.Test;

/** Argo's examples of template settings, WorkflowTemplates, references and CronWorkflows, written with the DSL. */
class KindsAndFeaturesExamplesTest {
  @Test
  void retryWithBackoff() {
    Workflow wf = workflow().generateName("retry-backoff-").label("workflows.argoproj.io/no-test", "duration")
        .entrypoint(container("retry-backoff")
            .retry(retry(10).withBackoff(backoff("1", 2, "1m").withCap("5")))
            .image("python:alpine3.23").command("python", "-c")
            .args("import random; import sys; exit_code = random.choice([0, 1, 1]); sys.exit(exit_code)"))
        .build();
    Golden.assertMatches("retry-backoff.yaml", wf);
  }

  @Test
  void resourceTemplateCreatesAJob() {
    String job = String.join("\n",
        "apiVersion: batch/v1",
        "kind: Job",
        "metadata:",
        "  generateName: rand-num-",
        "spec:",
        "  completions: 3",
        "  parallelism: 3",
        "  template:",
        "    metadata:",
        "      name: rand",
        "    spec:",
        "      containers:",
        "      - name: rand",
        "        image: python:alpine3.23",
        "        command: [\"python\", \"-c\", \"import random; import time; print(random.randint(1, 1000)); time.sleep(10)\"]",
        "      restartPolicy: Never",
        "");
    Built<Workflow> built = workflow()
        .label("workflows.argoproj.io/no-test", "environment")
        .entrypoint(resource("rand-num").action("create")
            .successCondition("status.succeeded > 2").failureCondition("status.failed > 1")
            .setOwnerReference().manifest(job)
            .outputs(outputParam("job-name").fromJsonPath("{.metadata.name}"), outputParam("job-obj").fromJqFilter(".")))
        .buildWithProblems();
    // Argo's example sets neither name nor generateName, which build() refuses; the manifest is still made
    assertThat(built.errors()).extracting(io.argowf.model.Lint.Problem::path).containsExactly("metadata");
    Golden.assertMatches("k8s-jobs.yaml", built.manifest());
  }

  @Test
  void memoizedOutputs() {
    Workflow wf = workflow().generateName("memoized-")
        .entrypoint(container("world-to-file").memoize("cache-key", "10s", "cache-config")
            .image("busybox").command("sh", "-c").args("echo world > /tmp/hello_world.txt")
            .outputs(outputParam("hello").fromPath("/tmp/hello_world.txt")))
        .build();
    Golden.assertMatches("memoize-simple.yaml", wf);
  }

  @Test
  void timeToLiveAfterCompletion() {
    Workflow wf = workflow().generateName("gc-ttl-")
        .ttlStrategy(TTLStrategy.builder().secondsAfterCompletion(10).secondsAfterSuccess(5).secondsAfterFailure(5).build())
        .entrypoint(container("hello-world").image("busybox").command("echo").args("hello world"))
        .build();
    Golden.assertMatches("gc-ttl.yaml", wf);
  }

  @Test
  void semaphoreForTheWholeWorkflow() {
    Workflow wf = workflow().label("workflows.argoproj.io/no-test", "environment").generateName("synchronization-wf-level-")
        .semaphore("my-config", "workflow")
        .entrypoint(container("hello-world").image("busybox").command("echo").args("hello world"))
        .build();
    Golden.assertMatches("synchronization-wf-level.yaml", wf);
  }

  @Test
  void stepTimeoutOnATemplate() {
    Workflow wf = workflow().generateName("timeouts-step-")
        .label("workflows.argoproj.io/no-test", "expected-failure")
        .entrypoint(container("sleep").image("argoproj/argosay:v2").command("bash", "-c").args("echo 123; sleep 1d")
            .activeDeadlineSeconds(10))
        .build();
    Golden.assertMatches("timeouts-step.yaml", wf);
  }

  @Test
  void workflowTemplatesCallingEachOtherWithTemplateRef() {
    var message = param("message");
    var printMessage = container("print-message").inputs(message).image("busybox").command("echo").args(message);
    var randomFail = container("random-fail-template").retry(10).image("python:alpine3.23").command("python", "-c")
        .args("import random; import sys; exit_code = random.choice([0, 1, 1]); sys.exit(exit_code)");
    WorkflowTemplate print = workflowTemplate("workflow-template-print-message").entrypoint(printMessage).build();
    var remote = templateRef(print, "print-message");   // build() checks the calls against it
    WorkflowTemplate random = workflowTemplate("workflow-template-random-fail-template").templates(randomFail).build();
    WorkflowTemplate innerSteps = workflowTemplate("workflow-template-inner-steps")
        .templates(printMessage, steps("inner-steps")
            .then(remote.step("inner-hello1").with(message, "inner-hello1"))
            .thenParallel(remote.step("inner-hello2a").with(message, "inner-hello2a"),
                printMessage.step("inner-hello2b").with(message, "inner-hello2b")))
        .build();
    var innerA = remote.task("inner-A").with(message, "inner-A");
    var innerB = printMessage.task("inner-B").dependsOn(innerA).with(message, "inner-B");
    var innerC = printMessage.task("inner-C").dependsOn(innerA).with(message, "inner-C");
    var innerD = remote.task("inner-D").dependsOn(innerB, innerC).with(message, "inner-D");
    WorkflowTemplate innerDag = workflowTemplate("workflow-template-inner-dag")
        .templates(printMessage, dag("inner-diamond").tasks(innerA, innerB, innerC, innerD))
        .build();
    WorkflowTemplate submittable = workflowTemplate("workflow-template-submittable")
        .arguments(argument("message", "hello world"))
        .entrypoint(printMessage)
        .build();
    Golden.assertMatches("workflow-template/templates.yaml", print, random, innerSteps, innerDag, submittable);
  }

  @Test
  void workflowRunningAWorkflowTemplate() {
    Workflow wf = workflow().generateName("workflow-template-hello-world-")
        .workflowTemplateRef("workflow-template-submittable").build();
    Golden.assertMatches("workflow-template/workflow-template-ref.yaml", wf);
  }

  @Test
  void workflowRunningAClusterWorkflowTemplate() {
    Workflow wf = workflow().generateName("cluster-workflow-template-hello-world-")
        .clusterWorkflowTemplateRef("cluster-workflow-template-submittable").build();
    Golden.assertMatches("cluster-workflow-template/workflow-template-ref.yaml", wf);
  }

  @Test
  void cronWorkflowWithOneSchedule() {
    CronWorkflow cron = cronWorkflow("hello-world")
        .schedule("* * * * *").timezone("America/Los_Angeles").startingDeadlineSeconds(0)
        .concurrencyPolicy("Replace").successfulJobsHistoryLimit(4).failedJobsHistoryLimit(4).suspend(false)
        .entrypoint(container("hello-world-with-time").image("busybox").command("echo")
            .args("🕓 hello world. Scheduled on: " + expr("workflow.scheduledTime")))
        .build();
    Golden.assertMatches("cron-workflow.yaml", cron);
  }

  @Test
  void cronWorkflowWithSeveralSchedules() {
    CronWorkflow cron = cronWorkflow("hello-world-multiple-schedules")
        .schedule("*/3 * * * 1-5", "*/2 * * * *").timezone("America/Los_Angeles").startingDeadlineSeconds(0)
        .concurrencyPolicy("Replace").successfulJobsHistoryLimit(4).failedJobsHistoryLimit(4).suspend(false)
        .entrypoint(container("whalesay").image("docker/whalesay:latest").command("cowsay")
            .args("🕓 hello world. Scheduled on: " + expr("workflow.scheduledTime")))
        .build();
    Golden.assertMatches("cron-workflow-multiple-schedules.yaml", cron);
  }
}
