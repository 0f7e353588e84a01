package io.argowf.examples.catalogue;

import static io.argowf.dsl.Argo.*;

import io.argowf.dsl.ArchiveStrategy;
import io.argowf.dsl.ArtifactGCStrategy;
import io.argowf.dsl.ConcurrencyPolicy;
import io.argowf.dsl.ImagePullPolicy;
import io.argowf.dsl.PodGCStrategy;
import io.argowf.dsl.ResourceAction;
import io.argowf.dsl.RetryPolicy;
import io.argowf.dsl.WorkflowStatus;
import io.argowf.model.workflow.CronWorkflow;
import io.argowf.model.workflow.TTLStrategy;
import io.argowf.model.workflow.Workflow;
import io.argowf.vci.Vci;
import io.argowf.vci.placement.VciPlacement;
import java.util.List;
import java.util.Map;

/**
 * The tutorial's three use cases as realistic pipelines, written with the DSL's typed vocabulary (every Argo
 * expression comes from a handle, none is written by hand): a batch analysis that fans out over shards, an AI-training pipeline as containers, and an
 * infrastructure-automation CronWorkflow. Every pod goes to VCI; artifacts live in Volcengine TOS.
 */
final class UseCases {
  private static final String PYTHON = "cr-demo-cn-beijing.cr.volces.com/xmo/python:3.12-slim";
  private static final String REGION = "cn-beijing";
  private static final String TOS_SECRET = "tos-credentials";
  private static final VciPlacement ON_VCI = Vci.placement().burstToVci().build();

  private UseCases() {}

  static List<Example> examples() {
    return List.of(
        new Example("sales-analysis", "batch analysis: fan out over shards, aggregate their counts, publish only above a threshold",
            () -> List.of(salesAnalysis())),
        new Example("model-training", "AI training as containers: collect, preprocess, build features, train on a GPU, evaluate, register if good",
            () -> List.of(modelTraining())),
        new Example("cluster-maintenance", "nightly CronWorkflow: prune finished Jobs with a resource template, report the outcome on exit",
            () -> List.of(clusterMaintenance())));
  }

  /** List the day's shards, count each shard's orders on its own pod, add the counts up, publish when enough. */
  static Workflow salesAnalysis() {
    var day = argument("day", "2024-06-01");
    var minimum = argument("minimum-orders", 1000);
    var prefix = param("prefix");
    var counts = param("counts");
    var total = param("total");
    var orders = outputParam("orders").fromPath("/tmp/orders");
    var sum = outputParam("total").fromPath("/tmp/total");
    var listShards = script("list-shards").image(PYTHON).command("python").source(String.join("\n",
        "import json, sys",
        "json.dump([{'id': i, 'prefix': 'orders/" + day + "/part-%03d' % i} for i in range(8)], sys.stdout)", ""));
    var countShard = script("count-orders").inputs(prefix).outputs(orders)
        .inputs(inputArtifact("part", "/data/part.csv").from(tos(REGION, "sales-raw", prefix + ".csv").credentials(TOS_SECRET, "accessKey", "secretKey")))
        .image(PYTHON).command("python").requests(cpu("1"), memory("2Gi")).limits(cpu("2"), memory("4Gi"))
        .retry(2, RetryPolicy.ON_TRANSIENT_ERROR)
        .source(String.join("\n",
            "n = sum(1 for _ in open('/data/part.csv')) - 1",
            "print('" + prefix + "', n)",
            "open('/tmp/orders', 'w').write(str(n))", ""));
    var aggregate = script("aggregate").inputs(counts).outputs(sum).image(PYTHON).command("python")
        .outputs(outputArtifact("report", "/tmp/report.json").archive(ArchiveStrategy.NONE)
            .to(tos(REGION, "sales-reports", "daily/report.json").credentials(TOS_SECRET, "accessKey", "secretKey")))
        .source(String.join("\n",
            "import json",
            "counts = [int(c) for c in json.loads('''" + counts + "''')]",
            "json.dump({'day': '" + day + "', 'orders': sum(counts)}, open('/tmp/report.json', 'w'))",
            "open('/tmp/total', 'w').write(str(sum(counts)))", ""));
    var publish = container("publish").inputs(total).image("curlimages/curl:8.8.0")
        .imagePullPolicy(ImagePullPolicy.IF_NOT_PRESENT)
        .command("curl", "-fsS", "-X", "POST", "https://dashboards.example.com/api/sales", "-d", total);

    var list = listShards.task("list-shards");
    var count = countShard.task("count").with(prefix, item("prefix")).withParam(list.result());
    var add = aggregate.task("aggregate").with(counts, count.aggregated(orders));
    var push = publish.task("publish").with(total, add.output(sum)).when(add.output(sum).ge(minimum));
    return workflow().generateName("sales-analysis-")
        .label("workflows.argoproj.io/use-case", "batch")
        .arguments(day, minimum)
        .entrypoint(dag("analyze").tasks(list.then(count).then(add).then(push)))
        .parallelism(8)
        .podGC(PodGCStrategy.ON_POD_COMPLETION)
        .ttlStrategy(TTLStrategy.builder().secondsAfterCompletion(86400).build())
        .artifactGC(ArtifactGCStrategy.ON_WORKFLOW_DELETION)
        .customize(ON_VCI)
        .build();
  }

  /** collect -> preprocess -> build features -> train (GPU) -> evaluate -> register, when accurate enough. */
  static Workflow modelTraining() {
    var run = argument("run", "resnet50-2024-06");
    var epochs = argument("epochs", 20);
    var threshold = argument("min-accuracy", 0.9);
    var accuracy = outputParam("accuracy").fromPath("/tmp/accuracy");
    var raw = outputArtifact("raw", "/data/raw").to(tos(REGION, "ml-data", "raw.tgz"));
    var clean = outputArtifact("clean", "/data/clean").to(tos(REGION, "ml-data", "clean.tgz"));
    var features = outputArtifact("features", "/data/features").to(tos(REGION, "ml-data", "features.tgz"));
    var model = outputArtifact("model", "/models/model.pt").archive(ArchiveStrategy.NONE)
        .to(tos(REGION, "ml-models", "model.pt").credentials(TOS_SECRET, "accessKey", "secretKey"));
    var rawIn = inputArtifact("raw", "/data/raw");
    var cleanIn = inputArtifact("clean", "/data/clean");
    var featuresIn = inputArtifact("features", "/data/features");
    var modelIn = inputArtifact("model", "/models/model.pt");
    var trainer = "cr-demo-cn-beijing.cr.volces.com/ml/trainer:2.3.0-cuda12.1";

    var collect = container("collect").image(trainer).outputs(raw)
        .command("python", "-m", "pipeline.collect", "--out", "/data/raw").requests(cpu("1"), memory("2Gi"));
    var preprocess = container("preprocess").inputs(rawIn).outputs(clean).image(trainer)
        .command("python", "-m", "pipeline.preprocess", "/data/raw", "/data/clean")
        .requests(cpu("4"), memory("16Gi"), ephemeralStorage("50Gi"));
    var build = container("build-features").inputs(cleanIn).outputs(features).image(trainer)
        .command("python", "-m", "pipeline.features", "/data/clean", "/data/features").requests(cpu("4"), memory("8Gi"));
    var train = container("train").inputs(featuresIn).outputs(model).image(trainer)
        .command("python", "-m", "pipeline.train", "--epochs", epochs, "--features", "/data/features", "--out", "/models/model.pt")
        .requests(cpu("8"), memory("32Gi")).limits(cpu("8"), memory("32Gi"), gpu(1))
        .retry(retry(2, RetryPolicy.ON_ERROR).withBackoff(backoff("1m", 2, "30m")))
        .timeout("6h");
    var evaluate = container("evaluate").inputs(modelIn).outputs(accuracy).image(trainer)
        .command("python", "-m", "pipeline.evaluate", "/models/model.pt", "--accuracy-file", "/tmp/accuracy")
        .requests(cpu("2"), memory("8Gi")).limits(gpu(1));
    var register = container("register").inputs(modelIn).image(trainer)
        .command("python", "-m", "pipeline.register", "--name", run, "/models/model.pt").requests(cpu("500m"), memory("512Mi"));

    var c = collect.task("collect");
    var p = preprocess.task("preprocess").with(rawIn, c.artifact(raw));
    var f = build.task("build-features").with(cleanIn, p.artifact(clean));
    var t = train.task("train").with(featuresIn, f.artifact(features));
    var e = evaluate.task("evaluate").with(modelIn, t.artifact(model));
    var r = register.task("register").with(modelIn, t.artifact(model)).when(e.output(accuracy).ge(threshold));
    return workflow().generateName("model-training-")
        .label("workflows.argoproj.io/use-case", "ai-training")
        .arguments(run, epochs, threshold)
        .entrypoint(dag("pipeline").tasks(c.then(p).then(f).then(t).then(e).then(r)))
        .podGC(PodGCStrategy.ON_POD_SUCCESS)
        .archiveLogs()
        .customize(ON_VCI)
        .build();
  }

  /** Every night: prune finished Jobs older than a day, then report success or failure to a webhook. */
  static CronWorkflow clusterMaintenance() {
    var namespace = argument("namespace", "batch-jobs");
    var webhook = argument("webhook", "https://hooks.example.com/ops");
    var prune = resource("prune-finished-jobs").action(ResourceAction.CREATE).setOwnerReference()
        .successCondition("status.succeeded > 0").failureCondition("status.failed > 0")
        .manifestOf(Map.of(
            "apiVersion", "batch/v1",
            "kind", "Job",
            "metadata", Map.of("generateName", "prune-jobs-", "namespace", namespace.toString()),
            "spec", Map.of("backoffLimit", 1, "template", Map.of("spec", Map.of(
                "serviceAccountName", "job-pruner",
                "restartPolicy", "Never",
                "containers", List.of(Map.of("name", "kubectl", "image", "bitnami/kubectl:1.30",
                    "command", List.of("sh", "-c", "kubectl delete jobs --field-selector status.successful=1 -n " + namespace))))))));
    var status = param("status");
    var report = http("report").inputs(status).url(webhook).method("POST")
        .header("Content-Type", "application/json")
        .body(jsonBody(expr("workflow.name"), status));
    var onExit = steps("report-outcome")
        .thenParallel(report.step("report-success").with(status, "succeeded").when(WorkflowStatus.SUCCEEDED),
            report.step("report-failure").with(status, expr("workflow.status")).when(WorkflowStatus.SUCCEEDED.not()));
    return cronWorkflow("cluster-maintenance")
        .schedule("0 3 * * *").timezone("Asia/Shanghai").concurrencyPolicy(ConcurrencyPolicy.FORBID)
        .startingDeadlineSeconds(600).successfulJobsHistoryLimit(3).failedJobsHistoryLimit(5)
        .label("workflows.argoproj.io/use-case", "automation")
        .serviceAccountName("argo-automation")
        .arguments(namespace, webhook)
        .entrypoint(steps("maintain").then(prune.step("prune")))
        .onExit(onExit)
        .podGC(PodGCStrategy.ON_WORKFLOW_SUCCESS)
        .customize(ON_VCI)
        .build();
  }

  private static String jsonBody(CharSequence workflowName, CharSequence status) {
    return "{\"workflow\": \"" + workflowName + "\", \"status\": \"" + status + "\"}";
  }
}
