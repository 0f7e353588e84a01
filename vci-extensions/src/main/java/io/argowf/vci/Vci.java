package io.argowf.vci;

import io.argowf.model.Lint;
import io.argowf.model.Manifests;
import io.argowf.model.k8s.LabelSelector;
import io.argowf.model.k8s.Namespace;
import io.argowf.model.k8s.ObjectMeta;
import io.argowf.model.workflow.Workflow;
import io.argowf.vci.cluster.ControllerConfig;
import io.argowf.vci.cluster.ExecutorRbac;
import io.argowf.vci.cost.CostEstimate;
import io.argowf.vci.cost.PriceTable;
import io.argowf.vci.cost.UsageReport;
import io.argowf.vci.internal.VciRules;
import io.argowf.vci.monitoring.ControllerMetrics;
import io.argowf.vci.monitoring.MetricsTransport;
import io.argowf.vci.monitoring.NamespaceSelector;
import io.argowf.vci.monitoring.PodMetricsEndpoint;
import io.argowf.vci.monitoring.PodMonitor;
import io.argowf.vci.monitoring.PodMonitorSpec;
import io.argowf.vci.monitoring.TlsConfig;
import io.argowf.vci.placement.VciPlacement;
import io.argowf.vci.policy.ResourcePolicy;
import io.argowf.vci.policy.ResourcePolicySpec;
import io.argowf.vci.policy.Subset;
import io.argowf.vci.profile.VciProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The front door for running Argo workflow pods on Volcengine VCI serverless containers: the tutorial's three
 * placement methods, the cluster objects each needs, monitoring, a VCI lint, and usage and cost.
 *
 * <pre>{@code
 * // Method 1: annotations on the pods (whole workflow, or chosen templates)
 * Workflow onVci = Vci.placement().burstToVci().subnets("subnet-5g1mi8e6aby873inqlbgzmar").build().apply(workflow);
 *
 * // Method 2: a ResourcePolicy fills an ECS node pool, then VCI; label the templates it should place
 * ResourcePolicy policy = Vci.fillNodePoolThenVci("vke-resourcepolicy", "argo", Map.of("resource", "vci"),
 *     "pcodl592d75mk89oame6g", 5, 100);
 * Workflow labelled = policy.forTemplates("whalesay-vci").apply(workflow);
 *
 * // Method 3: a vci-profile sends a whole namespace to VCI; one multi-document YAML for kubectl apply -f
 * String yaml = Vci.profileBundleYaml(profile, "argo-jobs");
 *
 * List<Lint.Problem> problems = Vci.lint(onVci);
 * System.out.print(Vci.usage(finished, PriceTable.perHour("0.12", "0.018", "CNY")).toTable());
 * }</pre>
 */
public final class Vci {
  private Vci() {}

  // ---- method 1

  /**
   * Starts a VCI placement (method 1).
   *
   * <pre>{@code
   * VciPlacement vci = Vci.placement().burstToVci().instanceFamilies("vci.u1").build();
   * }</pre>
   */
  public static VciPlacement.Builder placement() {
    return VciPlacement.builder();
  }

  // ---- method 2

  /**
   * Method 2's preset, the tutorial's policy shape [seed]: the selected pods go to one VKE node pool, at most
   * {@code poolPods} of them ({@code whenNotReachMax: ScheduleAnyWay}), then to VCI virtual nodes, at most
   * {@code vciPods}. It sets no {@code maxReplicasRatio}: the tutorial's {@code "0.1"} has no confirmed meaning [?],
   * so add it yourself with {@code Subset.withMaxReplicasRatio} if you want the tutorial's manifest exactly.
   *
   * <pre>{@code
   * ResourcePolicy p = Vci.fillNodePoolThenVci("vke-resourcepolicy", "argo", Map.of("resource", "vci"),
   *     "pcodl592d75mk89oame6g", 5, 100);
   * }</pre>
   *
   * @param name the policy's name
   * @param namespace the namespace whose pods it places (where the workflows run)
   * @param selector the labels that select pods, e.g. {@code resource: vci}
   * @param machinePoolId the ECS node pool's ID
   * @param poolPods the most selected pods on the node pool
   * @param vciPods the most selected pods on VCI
   * @throws IllegalArgumentException for an empty selector or a negative count
   */
  public static ResourcePolicy fillNodePoolThenVci(String name, String namespace, Map<String, String> selector,
      String machinePoolId, int poolPods, int vciPods) {
    if (selector.isEmpty()) throw new IllegalArgumentException("spec.selector: empty; expected the labels to select, e.g. resource: vci");
    if (poolPods < 0) throw new IllegalArgumentException("spec.subsets[0].maxReplicas: " + poolPods + " is negative; expected 0 or more");
    if (vciPods < 0) throw new IllegalArgumentException("spec.subsets[1].maxReplicas: " + vciPods + " is negative; expected 0 or more");
    return ResourcePolicy.builder()
        .apiVersion(ResourcePolicy.API_VERSION).kind(ResourcePolicy.KIND)
        .metadata(ObjectMeta.builder().name(name).namespace(namespace).build())
        .spec(ResourcePolicySpec.builder()
            .selector(selector)
            .addSubsets(Subset.nodePool("ecs-pool", machinePoolId, poolPods).withWhenNotReachMax(Subset.SCHEDULE_ANYWAY))
            .addSubsets(Subset.vci("vci-pool", vciPods))
            .build())
        .build();
  }

  // ---- method 3

  /**
   * Starts a vci-profile (method 3).
   *
   * <pre>{@code
   * VciProfile profile = Vci.profile().enforceSelectorToVci(true).addSelectors(selector).build();
   * }</pre>
   */
  public static VciProfile.Builder profile() {
    return VciProfile.builder();
  }

  /**
   * A namespace with labels, e.g. the one a vci-profile selects.
   *
   * <pre>{@code
   * Namespace ns = Vci.namespace("argo-jobs", Map.of("vci", "true"));
   * }</pre>
   */
  public static Namespace namespace(String name, Map<String, String> labels) {
    ObjectMeta.Builder meta = ObjectMeta.builder().name(Objects.requireNonNull(name, "name"));
    if (!labels.isEmpty()) meta.labels(labels);
    return Namespace.builder().apiVersion("v1").kind("Namespace").metadata(meta.build()).build();
  }

  /**
   * The ServiceAccount, Role and RoleBinding Argo's pods need in a namespace of their own.
   *
   * <pre>{@code
   * List<Object> rbac = Vci.executorRbac("argo-jobs").manifests();
   * }</pre>
   *
   * @param namespace e.g. {@code argo-jobs}
   * @return the three objects
   */
  public static ExecutorRbac executorRbac(String namespace) {
    return ExecutorRbac.forNamespace(namespace);
  }

  /**
   * Everything method 3 needs, in apply order: the namespace labelled so the profile's namespace selectors match
   * it, the executor RBAC there, and the profile's ConfigMap.
   *
   * <pre>{@code
   * List<Object> bundle = Vci.profileBundle(profile, "argo-jobs");
   * }</pre>
   *
   * @param namespace where the workflows will run
   * @return Namespace, ServiceAccount, Role, RoleBinding, ConfigMap
   * @throws IllegalArgumentException when no selector of the profile selects namespaces by label
   */
  public static List<Object> profileBundle(VciProfile profile, String namespace) {
    Map<String, String> labels = profile.namespaceLabels();
    if (labels.isEmpty()) {
      throw new IllegalArgumentException("data.selectors: no namespaceSelector.matchLabels; expected a selector such as "
          + "{namespaceSelector: {matchLabels: {vci: \"true\"}}} so the namespace can be labelled to match");
    }
    List<Object> all = new ArrayList<>();
    all.add(namespace(namespace, labels));
    all.addAll(executorRbac(namespace).manifests());
    all.add(profile.toConfigMap());
    return all;
  }

  /**
   * {@link #profileBundle(VciProfile, String)} as one multi-document YAML text.
   *
   * <pre>{@code
   * Files.writeString(Path.of("vci-method3.yaml"), Vci.profileBundleYaml(profile, "argo-jobs"));
   * // kubectl apply -f vci-method3.yaml
   * }</pre>
   *
   * @param namespace where the workflows will run
   * @return the YAML, ready for {@code kubectl apply -f}
   */
  public static String profileBundleYaml(VciProfile profile, String namespace) {
    return Manifests.toYamlAll(profileBundle(profile, namespace));
  }

  // ---- controller side

  /**
   * Starts Argo's {@code workflow-controller-configmap} (executor image mirror, pull policy, resources).
   *
   * <pre>{@code
   * ConfigMap cm = Vci.controllerConfig().executorImage("my.mirror/argoproj/argoexec:v3.5.5").build().toConfigMap();
   * }</pre>
   */
  public static ControllerConfig.Builder controllerConfig() {
    return ControllerConfig.builder();
  }

  /**
   * A PodMonitor that scrapes the workflow-controller's metrics ({@code app: workflow-controller}, port
   * {@code metrics}, {@code /metrics}, every 15 s). See {@link ControllerMetrics} for the metric names to chart.
   *
   * <pre>{@code
   * PodMonitor pm = Vci.controllerPodMonitor("argo", MetricsTransport.HTTPS_SELF_SIGNED);
   * }</pre>
   *
   * @param namespace where Argo runs
   * @param transport how the metrics port speaks (Argo's default may be HTTPS with a self-signed certificate)
   * @return the PodMonitor, named {@code argo-workflow-controller}
   */
  public static PodMonitor controllerPodMonitor(String namespace, MetricsTransport transport) {
    PodMetricsEndpoint.Builder endpoint = PodMetricsEndpoint.builder()
        .interval("15s").path(ControllerMetrics.PATH).port(ControllerMetrics.PORT_NAME);
    if (transport == MetricsTransport.HTTPS_SELF_SIGNED) {
      endpoint.scheme("https").tlsConfig(TlsConfig.builder().insecureSkipVerify(true).build());
    }
    return PodMonitor.builder()
        .apiVersion(PodMonitor.API_VERSION).kind(PodMonitor.KIND)
        .metadata(ObjectMeta.builder().name("argo-workflow-controller").namespace(namespace).build())
        .spec(PodMonitorSpec.builder()
            .namespaceSelector(NamespaceSelector.builder().addMatchNames(namespace).build())
            .addPodMetricsEndpoints(endpoint.build())
            .selector(LabelSelector.builder().putMatchLabels("app", ControllerMetrics.APP_LABEL_VALUE).build())
            .build())
        .build();
  }

  // ---- lint

  /**
   * What VCI will not run or will ignore in a workflow, with paths: hostPath volumes and DaemonSets made by
   * resource templates (errors [doc]); privileged containers, host network and NodePort services (warnings [?]);
   * bad subnet/security-group/family/type formats, storage out of range, a GPU request without an instance family,
   * conflicting placements, and unknown keys with a VCI prefix (typos). Resource manifests and {@code podSpecPatch}
   * are read as YAML or JSON, so a finding inside them has a path such as
   * {@code spec.templates[2].podSpecPatch.hostNetwork}.
   *
   * <pre>{@code
   * Vci.lint(workflow).forEach(System.out::println);
   * // error spec.podMetadata.annotations.vke.volcengine.com/preferred-subnet-ids[1]: 'subnet_2' is not valid; expected ...
   * }</pre>
   *
   * @param manifest a Workflow, WorkflowTemplate, ClusterWorkflowTemplate or CronWorkflow
   * @return errors and warnings; empty when VCI should run it as written
   */
  public static List<Lint.Problem> lint(Object manifest) {
    return VciRules.check(manifest);
  }

  // ---- usage and cost

  /**
   * What a finished workflow's pods used, per template and per pod, without prices.
   *
   * <pre>{@code
   * Vci.usage(finished).templates().forEach(u -> System.out.println(u.name() + " " + u.argo().vcpu() + " vCPU-s"));
   * }</pre>
   *
   * @param finished a workflow with {@code status.nodes}, e.g. from {@code ArgoClient.waitFor}
   */
  public static UsageReport usage(Workflow finished) {
    return UsageReport.of(finished, null);
  }

  /**
   * What a finished workflow's pods used and cost, per template and per pod.
   *
   * <pre>{@code
   * UsageReport r = Vci.usage(finished, PriceTable.perHour("0.12", "0.018", "CNY"))
   *     .withExecutor(config.executorResources());   // Argo's wait sidecar in the reserved view
   * System.out.print(r.toTable());
   * }</pre>
   *
   * @param finished a workflow with {@code status.nodes}
   * @param prices your prices
   */
  public static UsageReport usage(Workflow finished, PriceTable prices) {
    return UsageReport.of(finished, Objects.requireNonNull(prices, "prices"));
  }

  /**
   * Starts a before-run estimate from requests, limits and the pods the workflow will make.
   *
   * <pre>{@code
   * CostEstimate e = Vci.estimate(wf).pods("render-blender", 30).runtime(Duration.ofMinutes(10))
   *     .executor(config.executorResources()).prices(prices).build();
   * Files.writeString(Path.of("estimate.csv"), e.toCsv());   // or toTable(), toJson()
   * }</pre>
   *
   * @param workflow the workflow as it will be submitted
   */
  public static CostEstimate.Builder estimate(Workflow workflow) {
    return CostEstimate.of(workflow);
  }
}
