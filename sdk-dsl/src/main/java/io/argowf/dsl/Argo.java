package io.argowf.dsl;

import io.argowf.dsl.internal.Inliner;
import io.argowf.dsl.internal.JsonValues;
import io.argowf.model.k8s.Resource;
import io.argowf.model.k8s.IntOrString;
import io.argowf.model.k8s.ObjectMeta;
import io.argowf.model.k8s.PersistentVolumeClaim;
import io.argowf.model.k8s.PersistentVolumeClaimSpec;
import io.argowf.model.k8s.PersistentVolumeClaimVolumeSource;
import io.argowf.model.k8s.Quantity;
import io.argowf.model.k8s.Volume;
import io.argowf.model.k8s.VolumeResourceRequirements;
import io.argowf.model.workflow.Artifact;
import io.argowf.model.workflow.ArtifactoryArtifact;
import io.argowf.model.workflow.AzureArtifact;
import io.argowf.model.workflow.GCSArtifact;
import io.argowf.model.workflow.GitArtifact;
import io.argowf.model.workflow.HDFSArtifact;
import io.argowf.model.workflow.HTTPArtifact;
import io.argowf.model.workflow.OSSArtifact;
import io.argowf.model.workflow.RawArtifact;
import io.argowf.model.workflow.S3Artifact;
import io.argowf.model.workflow.Backoff;
import io.argowf.model.workflow.ClusterWorkflowTemplate;
import io.argowf.model.workflow.ContainerNode;
import io.argowf.model.workflow.CronWorkflow;
import io.argowf.model.workflow.Parameter;
import io.argowf.model.workflow.RetryStrategy;
import io.argowf.model.workflow.Sequence;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.TemplateRef;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowTemplate;
import io.argowf.step.JavaStep;
import io.argowf.step.spi.StepClass;
import java.util.List;
import java.util.Map;

/**
 * The front door for authoring Argo workflows in Java that reads like the YAML it becomes. Import it
 * statically; everything starts here.
 *
 * <pre>{@code
 * import static io.argowf.dsl.Argo.*;
 *
 * var message = param("message");
 * var whalesay = container("whalesay").inputs(message)
 *     .image("docker/whalesay:latest").command("cowsay").args(message);   // {{inputs.parameters.message}}
 *
 * Workflow wf = workflow().generateName("hello-")
 *     .entrypoint(steps("hello-hello-hello")
 *         .then(whalesay.step("hello1").with(message, "hello1"))
 *         .thenParallel(whalesay.step("hello2a").with(message, "hello2a"),
 *                       whalesay.step("hello2b").with(message, "hello2b")))
 *     .build();   // collects whalesay, checks, throws one exception listing every problem
 * String yaml = Manifests.toYaml(wf);
 * }</pre>
 */
public final class Argo {
  private Argo() {}

  // ---- manifests

  /**
   * A new Workflow.
   *
   * <pre>{@code
   * workflow().generateName("hello-").entrypoint(hello).build();
   * }</pre>
   */
  public static WorkflowBuilder workflow() {
    return new WorkflowBuilder(Workflow.builder().build());
  }

  /**
   * A new WorkflowTemplate.
   *
   * <pre>{@code
   * workflowTemplate("print-message").entrypoint(printMessage).build();
   * }</pre>
   */
  public static WorkflowTemplateBuilder workflowTemplate(String name) {
    return new WorkflowTemplateBuilder(WorkflowTemplate.builder().metadata(ObjectMeta.builder().name(name).build()).build());
  }

  /**
   * A new ClusterWorkflowTemplate.
   *
   * <pre>{@code
   * clusterWorkflowTemplate("print-message").templates(printMessage).build();
   * }</pre>
   */
  public static ClusterWorkflowTemplateBuilder clusterWorkflowTemplate(String name) {
    return new ClusterWorkflowTemplateBuilder(
        ClusterWorkflowTemplate.builder().metadata(ObjectMeta.builder().name(name).build()).build());
  }

  /**
   * A new CronWorkflow.
   *
   * <pre>{@code
   * cronWorkflow("nightly").schedule("0 2 * * *").entrypoint(backup).build();
   * }</pre>
   */
  public static CronWorkflowBuilder cronWorkflow(String name) {
    return new CronWorkflowBuilder(CronWorkflow.builder().metadata(ObjectMeta.builder().name(name).build()).build());
  }

  /**
   * Changes a Workflow, e.g. one read from YAML, with the DSL's vocabulary; its templates are kept.
   *
   * <pre>{@code
   * Workflow read = Manifests.read(Path.of("wf.yaml"), Workflow.class);
   * Workflow changed = edit(read).podGC("OnPodCompletion").targeting(ArgoVersion.V3_5).build();
   * }</pre>
   *
   * @return a builder that starts from it
   */
  public static WorkflowBuilder edit(Workflow workflow) {
    return new WorkflowBuilder(workflow);
  }

  /**
   * Changes a WorkflowTemplate with the DSL's vocabulary.
   *
   * <pre>{@code
   * edit(template).templates(anotherTemplate).build();
   * }</pre>
   *
   * @param template the WorkflowTemplate
   * @return a builder that starts from it
   */
  public static WorkflowTemplateBuilder edit(WorkflowTemplate template) {
    return new WorkflowTemplateBuilder(template);
  }

  /**
   * Changes a ClusterWorkflowTemplate with the DSL's vocabulary.
   *
   * <pre>{@code
   * edit(clusterTemplate).label("team", "data").build();
   * }</pre>
   *
   * @param template the ClusterWorkflowTemplate
   * @return a builder that starts from it
   */
  public static ClusterWorkflowTemplateBuilder edit(ClusterWorkflowTemplate template) {
    return new ClusterWorkflowTemplateBuilder(template);
  }

  /**
   * Changes a CronWorkflow with the DSL's vocabulary.
   *
   * <pre>{@code
   * edit(cron).targeting(ArgoVersion.V3_5).build();   // schedules: [x] becomes schedule: x
   * }</pre>
   *
   * @param cron the CronWorkflow
   * @return a builder that starts from it
   */
  public static CronWorkflowBuilder edit(CronWorkflow cron) {
    return new CronWorkflowBuilder(cron);
  }

  /**
   * Sets organisation defaults for every manifest built from now on, in addition to those found with
   * {@link java.util.ServiceLoader}; call it once, at start-up (a second call fails).
   *
   * <pre>{@code
   * Argo.useDefaults(new AcmeDefaults());   // labels, service account, podGC, TTL, VCI placement, ...
   * }</pre>
   */
  public static void useDefaults(WorkflowDefaults... defaults) {
    Defaults.set(List.of(defaults));
  }

  /**
   * Flattens a workflow that runs WorkflowTemplates ({@code workflowTemplateRef}, {@code templateRef}) into one
   * self-contained manifest, checked with Lint as one: the referenced spec is joined under the workflow's (what the
   * workflow sets wins, arguments merge by name), and every referenced template is copied in with the templates it
   * calls (renamed {@code WORKFLOWTEMPLATE-TEMPLATE} where its name is taken).
   *
   * <pre>{@code
   * WorkflowTemplate lib = Manifests.read(Path.of("lib.yaml"), WorkflowTemplate.class);
   * Workflow standalone = Argo.inline(workflow, lib);   // no templateRef left; runs where lib is not installed
   * }</pre>
   *
   * @param templates the WorkflowTemplates and ClusterWorkflowTemplates it refers to
   * @throws io.argowf.model.LintException when a reference names a template not given, or the result has errors
   */
  public static Workflow inline(Workflow workflow, Resource... templates) {
    return Inliner.inline(workflow, List.of(templates));
  }

  // ---- templates

  /**
   * A template that runs a container.
   *
   * <pre>{@code
   * container("hello").image("busybox").command("echo", "hello");
   * }</pre>
   *
   * @param name the template's name
   */
  public static ContainerTemplate container(String name) {
    return new ContainerTemplate(name);
  }

  /**
   * A container template made from a Java step class: named after the class in kebab case, its inputs and outputs
   * from the step's records, its container running the step with step-runtime's entry point.
   *
   * <pre>{@code
   * var train = javaStep(Train.class).image("registry.example.com/ml/steps:1.4");   // template "train"
   * }</pre>
   *
   * @param step a class implementing {@code JavaStep<I, O>} with records (or {@code Void}) for I and O
   * @throws IllegalArgumentException when I or O is not a record, or a component has no Argo form
   */
  public static <I, O> JavaStepTemplate<I, O> javaStep(Class<? extends JavaStep<I, O>> step) {
    StepClass<I, O> described = StepClass.of(step);
    return new JavaStepTemplate<>(described.templateName(), described);
  }

  /**
   * A container template made from a Java step class, with a name of your choice.
   *
   * <pre>{@code
   * var trainLarge = javaStep("train-large", Train.class).requests(cpu("16"));
   * }</pre>
   *
   * @param name the template's name
   * @param step a class implementing {@code JavaStep<I, O>}
   */
  public static <I, O> JavaStepTemplate<I, O> javaStep(String name, Class<? extends JavaStep<I, O>> step) {
    return new JavaStepTemplate<>(name, StepClass.of(step));
  }

  /**
   * A template that runs a script.
   *
   * <pre>{@code
   * script("gen").image("python:3.12").command("python").source("print(42)");
   * }</pre>
   *
   * @param name the template's name
   */
  public static ScriptTemplate script(String name) {
    return new ScriptTemplate(name);
  }

  /**
   * A template that acts on a Kubernetes resource.
   *
   * <pre>{@code
   * resource("make-job").action("create").manifest(jobYaml);
   * }</pre>
   *
   * @param name the template's name
   */
  public static ResourceTemplate resource(String name) {
    return new ResourceTemplate(name);
  }

  /**
   * A template that pauses the workflow.
   *
   * <pre>{@code
   * suspend("approve");
   * }</pre>
   *
   * @param name the template's name
   */
  public static SuspendTemplate suspend(String name) {
    return new SuspendTemplate(name);
  }

  /**
   * A template that makes an HTTP request.
   *
   * <pre>{@code
   * http("ping").url("https://example.com/health");
   * }</pre>
   *
   * @param name the template's name
   */
  public static HttpTemplate http(String name) {
    return new HttpTemplate(name);
  }

  /**
   * A template that runs several containers in one pod.
   *
   * <pre>{@code
   * containerSet("main").container(containerNode("a", "busybox"));
   * }</pre>
   *
   * @param name the template's name
   */
  public static ContainerSetTemplate containerSet(String name) {
    return new ContainerSetTemplate(name);
  }

  /**
   * A template that lists and transforms artifact paths.
   *
   * <pre>{@code
   * data("list").source(paths).transformation("filter(data, {# endsWith \".log\"})");
   * }</pre>
   *
   * @param name the template's name
   */
  public static DataTemplate data(String name) {
    return new DataTemplate(name);
  }

  /**
   * A template run by an executor plugin.
   *
   * <pre>{@code
   * plugin("main").call("hello", Map.of());
   * }</pre>
   *
   * @param name the template's name
   */
  public static PluginTemplate plugin(String name) {
    return new PluginTemplate(name);
  }

  /**
   * A template that runs groups of steps.
   *
   * <pre>{@code
   * steps("main").then(a.step("a")).thenParallel(b.step("b"), c.step("c"));
   * }</pre>
   *
   * @param name the template's name
   */
  public static StepsTemplate steps(String name) {
    return new StepsTemplate(name);
  }

  /**
   * A template that runs a DAG of tasks.
   *
   * <pre>{@code
   * dag("diamond").tasks(a, b.dependsOn(a), c.dependsOn(a), d.dependsOn(b, c));
   * }</pre>
   *
   * @param name the template's name
   */
  public static DagTemplate dag(String name) {
    return new DagTemplate(name);
  }

  /**
   * A model template (e.g. read from YAML) that DSL steps and tasks can run.
   *
   * <pre>{@code
   * var echo = template(Manifests.read(yaml, Template.class));
   * }</pre>
   */
  public static ModelTemplate template(Template model) {
    return new ModelTemplate(model);
  }

  /**
   * A template of a WorkflowTemplate known by name only, e.g. one installed in the cluster, for steps and tasks
   * ({@code templateRef}). {@code build()} cannot check such a call and warns instead; pass the WorkflowTemplate
   * itself with {@link #templateRef(WorkflowTemplate, String)} or {@code lintWith(...)} to have it checked.
   *
   * <pre>{@code
   * templateRef("workflow-template-print-message", "print-message").step("hello");
   * }</pre>
   *
   * @param workflowTemplate the WorkflowTemplate's name
   * @param template the template's name in it
   * @return the reference; {@code .clusterScope()} for a ClusterWorkflowTemplate
   */
  public static TemplateReference templateRef(String workflowTemplate, String template) {
    return new TemplateReference(TemplateRef.builder().name(workflowTemplate).template(template).build(), null);
  }

  /**
   * A template of a WorkflowTemplate, for steps and tasks ({@code templateRef}); {@code build()} checks the
   * calls against it (the template exists, the arguments meet its inputs).
   *
   * <pre>{@code
   * WorkflowTemplate lib = workflowTemplate("print-lib").templates(printMessage).build();
   * templateRef(lib, "print-message").step("hello").with(message, "hello");
   * }</pre>
   *
   * @param workflowTemplate the WorkflowTemplate, built or read from YAML
   * @param template the template's name in it
   */
  public static TemplateReference templateRef(WorkflowTemplate workflowTemplate, String template) {
    return TemplateReference.of(workflowTemplate, template);
  }

  /**
   * A template of a ClusterWorkflowTemplate, for steps and tasks ({@code templateRef} with
   * {@code clusterScope: true}); {@code build()} checks the calls against it.
   *
   * <pre>{@code
   * templateRef(clusterLib, "print-message").task("hello").with(message, "hello");
   * }</pre>
   *
   * @param clusterWorkflowTemplate the ClusterWorkflowTemplate, built or read from YAML
   * @param template the template's name in it
   */
  public static TemplateReference templateRef(ClusterWorkflowTemplate clusterWorkflowTemplate, String template) {
    return TemplateReference.of(clusterWorkflowTemplate, template);
  }

  // ---- data

  /**
   * Declares an input parameter.
   *
   * <pre>{@code
   * var message = param("message");
   * container("echo").inputs(message).args(message);   // {{inputs.parameters.message}}
   * }</pre>
   *
   * @return the handle
   */
  public static InputParam param(String name) {
    return new InputParam(Parameter.builder().name(name).build());
  }

  /**
   * Declares a workflow argument with a value.
   *
   * <pre>{@code
   * var start = argument("start", 1);
   * workflow().arguments(start);   // used as a string: {{workflow.parameters.start}}
   * }</pre>
   *
   * @param value its value: text as is, numbers as Go writes them ({@code 1.5}, {@code 3}), lists, maps, sets and
   *     records as JSON ({@code ["a.txt","b.txt"]}), maps without an order of their own in sorted key order
   * @return the handle
   */
  public static Argument argument(String name, Object value) {
    return new Argument(Parameter.builder().name(name).value(JsonValues.text(value)).build());
  }

  /**
   * Declares a workflow argument whose value is given on submission.
   *
   * <pre>{@code
   * workflowTemplate("t").arguments(argument("message"));
   * }</pre>
   *
   * @return the handle
   */
  public static Argument argument(String name) {
    return new Argument(Parameter.builder().name(name).build());
  }

  /**
   * Declares an output parameter.
   *
   * <pre>{@code
   * outputParam("hello").fromPath("/tmp/hello.txt");
   * }</pre>
   *
   * @return the declaration
   */
  public static OutputParam outputParam(String name) {
    return new OutputParam(Parameter.builder().name(name).build());
  }

  /**
   * Declares an input artifact placed at a path.
   *
   * <pre>{@code
   * inputArtifact("message", "/tmp/message");
   * }</pre>
   *
   * @param path where it is placed in the container
   * @return the declaration
   */
  public static InputArtifact inputArtifact(String name, String path) {
    return new InputArtifact(Artifact.builder().name(name).path(path).build());
  }

  /**
   * Declares an output artifact read from a path.
   *
   * <pre>{@code
   * outputArtifact("hello-art", "/tmp/hello_world.txt");
   * }</pre>
   *
   * @param path where it is read from in the container
   * @return the declaration
   */
  public static OutputArtifact outputArtifact(String name, String path) {
    return new OutputArtifact(Artifact.builder().name(name).path(path).build());
  }

  /**
   * The current loop item.
   *
   * <pre>{@code
   * print.step("each").with(message, item()).withItems("a", "b");   // {{item}}
   * }</pre>
   *
   * @return {@code {{item}}}
   */
  public static Expr item() {
    return new Expr("item");
  }

  /**
   * A field of the current loop item.
   *
   * <pre>{@code
   * render.step("render").with(start, item("start")).withItems(slices);   // {{item.start}}
   * }</pre>
   *
   * @param key the field
   * @return {@code {{item.KEY}}}
   */
  public static Expr item(String key) {
    return new Expr("item." + key);
  }

  /**
   * Any other Argo variable.
   *
   * <pre>{@code
   * celebrate.step("celebrate").when(expr("workflow.status").eq("Succeeded"));
   * }</pre>
   *
   * @param variable e.g. {@code workflow.status}, {@code workflow.name}
   * @return {@code {{VARIABLE}}}
   */
  public static Expr expr(String variable) {
    return new Expr(variable);
  }

  // ---- artifact storage

  /**
   * A key in an S3 bucket (AWS S3, MinIO, Ceph, ...).
   *
   * <pre>{@code
   * inputArtifact("data", "/data/in.csv").from(s3("datasets", "2024/in.csv").endpoint("minio:9000").insecure());
   * }</pre>
   */
  public static Storage s3(String bucket, String key) {
    return new Storage(Artifact.builder().s3(S3Artifact.builder().bucket(bucket).key(key).build()).build());
  }

  /**
   * A key in a Volcengine TOS bucket, through TOS's S3-compatible endpoint {@code tos-s3-REGION.volces.com} (use
   * {@code .endpoint("tos-s3-REGION.ivolces.com")} from inside Volcengine's network). TOS addresses buckets by host
   * name: with Argo v4 add {@code .virtualHosted()}.
   *
   * <pre>{@code
   * outputArtifact("frames", "/out").to(tos("cn-beijing", "render-output", "frames.tgz")
   *     .credentials("tos-credentials", "accessKey", "secretKey"));
   * }</pre>
   */
  public static Storage tos(String region, String bucket, String key) {
    return s3(bucket, key).endpoint("tos-s3-" + region + ".volces.com").region(region);
  }

  /**
   * A key in a Google Cloud Storage bucket.
   *
   * <pre>{@code
   * inputArtifact("data", "/data").from(gcs("my-bucket", "path/in.csv"));
   * }</pre>
   */
  public static Storage gcs(String bucket, String key) {
    return new Storage(Artifact.builder().gcs(GCSArtifact.builder().bucket(bucket).key(key).build()).build());
  }

  /**
   * A key in an Alibaba Cloud OSS bucket.
   *
   * <pre>{@code
   * outputArtifact("out", "/out").to(oss("http://oss-cn-hangzhou.aliyuncs.com", "my-bucket", "out.tgz"));
   * }</pre>
   */
  public static Storage oss(String endpoint, String bucket, String key) {
    return new Storage(Artifact.builder().oss(OSSArtifact.builder().endpoint(endpoint).bucket(bucket).key(key).build()).build());
  }

  /**
   * A blob in an Azure Blob Storage container.
   *
   * <pre>{@code
   * inputArtifact("data", "/data").from(azure("https://acct.blob.core.windows.net", "data", "in.csv"));
   * }</pre>
   */
  public static Storage azure(String endpoint, String container, String blob) {
    return new Storage(Artifact.builder().azure(AzureArtifact.builder().endpoint(endpoint).container(container).blob(blob).build()).build());
  }

  /**
   * A Git repository, checked out at a revision.
   *
   * <pre>{@code
   * inputArtifact("src", "/src").from(git("https://github.com/argoproj/argo-workflows.git", "v3.5.5"));
   * }</pre>
   */
  public static Storage git(String repo, String revision) {
    return new Storage(Artifact.builder().git(GitArtifact.builder().repo(repo).revision(revision).build()).build());
  }

  /**
   * A file fetched over HTTP(S) ({@code http} in the artifact; {@code http(name)} is the HTTP template).
   *
   * <pre>{@code
   * inputArtifact("kubectl", "/bin/kubectl").from(httpArtifact("https://dl.k8s.io/release/v1.30.0/bin/linux/amd64/kubectl"));
   * }</pre>
   */
  public static Storage httpArtifact(String url) {
    return new Storage(Artifact.builder().http(HTTPArtifact.builder().url(url).build()).build());
  }

  /**
   * A path in HDFS.
   *
   * <pre>{@code
   * outputArtifact("out", "/out").to(hdfs("/user/argo/out.tgz", "hdfs-namenode:8020").customize(a -> a.withHdfs(a.hdfs().withHdfsUser("argo"))));
   * }</pre>
   */
  public static Storage hdfs(String path, String... addresses) {
    return new Storage(Artifact.builder().hdfs(HDFSArtifact.builder().path(path).addresses(List.of(addresses)).build()).build());
  }

  /**
   * A file in JFrog Artifactory.
   *
   * <pre>{@code
   * outputArtifact("pkg", "/out/app.tgz").to(artifactory("https://acme.jfrog.io/artifactory/generic/app.tgz"));
   * }</pre>
   */
  public static Storage artifactory(String url) {
    return new Storage(Artifact.builder().artifactory(ArtifactoryArtifact.builder().url(url).build()).build());
  }

  /**
   * Text given in the manifest itself.
   *
   * <pre>{@code
   * inputArtifact("config", "/etc/app.conf").from(raw("level = debug\n"));
   * }</pre>
   */
  public static Storage raw(String data) {
    return new Storage(Artifact.builder().raw(RawArtifact.builder().data(data).build()).build());
  }

  /**
   * An Argo variable as an expr-lang expression, to build <code>{{=...}}</code> with.
   *
   * <pre>{@code
   * expression("workflow.parameters.limit").asInt().gt(10);   // {{=asInt(workflow.parameters.limit) > 10}}
   * }</pre>
   *
   * @param variable e.g. {@code workflow.name}, {@code cronworkflow.failed}
   */
  public static Expression expression(String variable) {
    return new Expr(variable).asExpression();
  }

  /**
   * A Sprig function call in an expression, e.g. {@code sprig.upper(x)}.
   *
   * <pre>{@code
   * echo.step("shout").with(msg, sprig("upper", param("message")));   // {{=sprig.upper(inputs.parameters.message)}}
   * }</pre>
   *
   * @param function the Sprig function, e.g. {@code trim}, {@code replace}, {@code toJson}
   * @param args handles, expressions, strings, numbers, in the function's order
   */
  public static Expression sprig(String function, Object... args) {
    return Expression.call("sprig." + function, args);
  }

  /**
   * A value inside JSON text: {@code jsonpath(json, 'path')}.
   *
   * <pre>{@code
   * jsonpath(argument("config", Map.of("replicas", 3)), "$.replicas").asInt().gt(1);
   * }</pre>
   */
  public static Expression jsonpath(CharSequence json, String path) {
    return Expression.call("jsonpath", json, path);
  }

  // ---- small values

  /**
   * CPU for requests and limits.
   *
   * <pre>{@code
   * container("x").requests(cpu("500m"));
   * }</pre>
   *
   * @param amount e.g. {@code 1}, {@code 500m}; anything else fails here, naming the expected form
   */
  public static ResourceAmount cpu(String amount) {
    return ResourceAmount.of("cpu", amount);
  }

  /**
   * Memory for requests and limits.
   *
   * <pre>{@code
   * container("x").limits(memory("16Gi"));
   * }</pre>
   *
   * @param amount e.g. {@code 8Gi}
   */
  public static ResourceAmount memory(String amount) {
    return ResourceAmount.of("memory", amount);
  }

  /**
   * Local ephemeral storage (the container's writable layer, logs and {@code emptyDir}) for requests and limits.
   *
   * <pre>{@code
   * container("unpack").requests(ephemeralStorage("20Gi"));
   * }</pre>
   *
   * @param amount e.g. {@code 20Gi}
   */
  public static ResourceAmount ephemeralStorage(String amount) {
    return ResourceAmount.of("ephemeral-storage", amount);
  }

  /**
   * NVIDIA GPUs ({@code nvidia.com/gpu}); Kubernetes needs extended resources in limits (requests, if given, equal).
   *
   * <pre>{@code
   * container("train").limits(gpu(1));
   * }</pre>
   *
   * @param count whole GPUs
   */
  public static ResourceAmount gpu(int count) {
    if (count < 0) throw new IllegalArgumentException("gpu(" + count + "): expected 0 or more GPUs");
    return new ResourceAmount("nvidia.com/gpu", Quantity.of(count));
  }

  /**
   * Any other resource, e.g. an extended resource a device plugin offers.
   *
   * <pre>{@code
   * container("train").limits(resource("vke.volcengine.com/eni-ip", "1"));
   * }</pre>
   *
   * @param name e.g. {@code nvidia.com/gpu}, {@code hugepages-2Mi}
   * @param amount a Kubernetes quantity, e.g. {@code 1}, {@code 1Gi}
   */
  public static ResourceAmount resource(String name, String amount) {
    return ResourceAmount.of(name, amount);
  }

  /**
   * One container of a container set.
   *
   * <pre>{@code
   * containerNode("b", "argoproj/argosay:v2").withDependencies("a");
   * }</pre>
   *
   * @return the model's container node, to refine with its {@code with*} methods
   */
  public static ContainerNode containerNode(String name, String image) {
    return ContainerNode.builder().name(name).image(image).build();
  }

  /**
   * A retry strategy.
   *
   * <pre>{@code
   * container("x").retry(retry(10).withRetryPolicy("Always").withBackoff(backoff("1", 2, "1m")));
   * }</pre>
   *
   * @param limit how many retries
   * @return the model's strategy, to refine with its {@code with*} methods
   */
  public static RetryStrategy retry(int limit) {
    return RetryStrategy.builder().limit(IntOrString.of(limit)).build();
  }

  /**
   * A retry strategy for failures of one kind.
   *
   * <pre>{@code
   * container("fetch").retry(retry(5, RetryPolicy.ON_ERROR).withBackoff(backoff("10s", 2, "5m")));
   * }</pre>
   */
  public static RetryStrategy retry(int limit, RetryPolicy policy) {
    return retry(limit).withRetryPolicy(policy.toString());
  }

  /**
   * A backoff between retries.
   *
   * <pre>{@code
   * backoff("1", 2, "1m").withCap("5")
   * }</pre>
   *
   * @param duration the first wait, e.g. {@code 1} (seconds) or {@code 2m}
   * @param factor how the wait grows
   * @param maxDuration the longest total time to retry
   * @return the model's backoff
   */
  public static Backoff backoff(String duration, int factor, String maxDuration) {
    return Backoff.builder().duration(duration).factor(IntOrString.of(factor)).maxDuration(maxDuration).build();
  }

  /**
   * A sequence of {@code count} numbers from 0, for {@code withSequence}.
   *
   * <pre>{@code
   * step.withSequence(count(5).withFormat("user%02X"));
   * }</pre>
   *
   * @param count how many
   * @return the model's sequence
   */
  public static Sequence count(long count) {
    return Sequence.builder().count(IntOrString.of(count)).build();
  }

  /**
   * A sequence whose length is known at run time, for {@code withSequence}.
   *
   * <pre>{@code
   * step.withSequence(count(countArg).withStart(IntOrString.of(200)));
   * }</pre>
   *
   * @param count e.g. a workflow argument
   * @return the model's sequence
   */
  public static Sequence count(CharSequence count) {
    return Sequence.builder().count(IntOrString.of(count.toString())).build();
  }

  /**
   * The numbers from {@code start} to {@code end}, both included (counting down when end is smaller).
   *
   * <pre>{@code
   * step.withSequence(range(100, 105));
   * }</pre>
   *
   * @param start the first
   * @param end the last
   * @return the model's sequence
   */
  public static Sequence range(long start, long end) {
    return Sequence.builder().start(IntOrString.of(start)).end(IntOrString.of(end)).build();
  }

  /**
   * A volume backed by an existing claim.
   *
   * <pre>{@code
   * workflow().volumes(pvcVolume("data-storage", "shared-data-pvc"));
   * }</pre>
   *
   * @param name the volume's name, as mounts refer to it
   * @param claim the PersistentVolumeClaim's name
   * @return the model's volume
   */
  public static Volume pvcVolume(String name, String claim) {
    return Volume.builder().name(name)
        .persistentVolumeClaim(PersistentVolumeClaimVolumeSource.builder().claimName(claim).build()).build();
  }

  /**
   * A claim the workflow creates for itself ({@code volumeClaimTemplates}).
   *
   * <pre>{@code
   * workflow().volumeClaimTemplates(volumeClaim("workdir", "1Gi", "ReadWriteOnce"));
   * }</pre>
   *
   * @param name the volume's name, as mounts refer to it
   * @param storage e.g. {@code 1Gi}
   * @param accessModes e.g. {@code ReadWriteOnce}
   * @return the model's claim
   */
  public static PersistentVolumeClaim volumeClaim(String name, String storage, String... accessModes) {
    return PersistentVolumeClaim.builder()
        .metadata(ObjectMeta.builder().name(name).build())
        .spec(PersistentVolumeClaimSpec.builder().accessModes(List.of(accessModes))
            .resources(VolumeResourceRequirements.builder().requests(Map.of("storage", ResourceAmount.of("storage", storage).quantity())).build())
            .build())
        .build();
  }
}
