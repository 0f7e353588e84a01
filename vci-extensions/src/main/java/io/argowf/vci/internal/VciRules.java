package io.argowf.vci.internal;

import static io.argowf.vci.internal.VciKeys.BURST_TO_VCI;
import static io.argowf.vci.internal.VciKeys.DESIRED_SYSTEM_STORAGE;
import static io.argowf.vci.internal.VciKeys.ENFORCE;
import static io.argowf.vci.internal.VciKeys.KUBE_PROXY_ENABLED;
import static io.argowf.vci.internal.VciKeys.NODE_TYPE_LABEL;
import static io.argowf.vci.internal.VciKeys.PREFERRED_INSTANCE_FAMILY;
import static io.argowf.vci.internal.VciKeys.PREFERRED_INSTANCE_TYPES;
import static io.argowf.vci.internal.VciKeys.PREFERRED_SUBNET_IDS;
import static io.argowf.vci.internal.VciKeys.SECURITY_GROUP_IDS;
import static io.argowf.vci.internal.VciKeys.TLS_ENABLE;
import static io.argowf.vci.internal.VciKeys.VIRTUAL_KUBELET;

import io.argowf.model.Lint;
import io.argowf.model.k8s.ResourceRequirements;
import io.argowf.model.k8s.Volume;
import io.argowf.model.workflow.ClusterWorkflowTemplate;
import io.argowf.model.workflow.CronWorkflow;
import io.argowf.model.workflow.Metadata;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowSpec;
import io.argowf.model.workflow.WorkflowTemplate;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The VCI lint's rules over a workflow spec. Each rule says how sure it is: hostPath volumes and DaemonSets are not
 * supported [doc] (errors); privileged containers, host network and NodePort services are unconfirmed [?]
 * (warnings); annotation values follow the forms in {@link Checks}. What the workflow carries as text (resource
 * manifests, {@code podSpecPatch}) is read as YAML by {@link EmbeddedRules}.
 */
public final class VciRules {
  /** [doc] the most annotation bytes one object may carry. */
  static final int MAX_ANNOTATION_BYTES = 256 * 1024;
  static final String GPU = "nvidia.com/gpu";
  private static final List<String> PREFIXES = List.of("vke.volcengine.com/", "vci.vke.volcengine.com/", "vci.volcengine.com/");
  private static final List<String> KNOWN = List.of(BURST_TO_VCI, PREFERRED_SUBNET_IDS, SECURITY_GROUP_IDS,
      PREFERRED_INSTANCE_FAMILY, PREFERRED_INSTANCE_TYPES, KUBE_PROXY_ENABLED, DESIRED_SYSTEM_STORAGE, TLS_ENABLE);
  /** [?] host network on VCI. */
  static final String HOST_NETWORK = "VCI may not run pods on the host network [?]; expected hostNetwork unset or false";
  /** [?] privileged containers on VCI. */
  static final String PRIVILEGED = "VCI may refuse privileged containers [?] (a vci-profile with "
      + "securityContextPrivilegedConfig: ignore drops the flag); expected privileged unset or false";
  /** [doc] hostPath volumes on VCI. */
  static final String HOST_PATH = "VCI does not support hostPath volumes [doc] (a vci-profile with "
      + "volumesHostPathConfig: ignore drops them); expected emptyDir, a ConfigMap/Secret or a PersistentVolumeClaim";

  private final List<Lint.Problem> out = new ArrayList<>();

  private VciRules() {}

  /**
   * The VCI problems of a Workflow, WorkflowTemplate, ClusterWorkflowTemplate or CronWorkflow.
   *
   * @throws IllegalArgumentException for any other object
   */
  public static List<Lint.Problem> check(Object manifest) {
    Objects.requireNonNull(manifest, "manifest");
    VciRules r = new VciRules();
    if (manifest instanceof Workflow w) r.spec("spec", w.spec());
    else if (manifest instanceof WorkflowTemplate t) r.spec("spec", t.spec());
    else if (manifest instanceof ClusterWorkflowTemplate t) r.spec("spec", t.spec());
    else if (manifest instanceof CronWorkflow c) r.spec("spec.workflowSpec", c.spec() == null ? null : c.spec().workflowSpec());
    else {
      throw new IllegalArgumentException("cannot lint a " + manifest.getClass().getSimpleName()
          + "; expected a Workflow, WorkflowTemplate, ClusterWorkflowTemplate or CronWorkflow");
    }
    return List.copyOf(r.out);
  }

  private void spec(String at, WorkflowSpec spec) {
    if (spec == null) return;
    Metadata pod = spec.podMetadata();
    metadata(at + ".podMetadata", pod);
    volumes(at + ".volumes", spec.volumes());
    if (Boolean.TRUE.equals(spec.hostNetwork())) {
      warn(at + ".hostNetwork", HOST_NETWORK);
    }
    podSpecPatch(at + ".podSpecPatch", spec.podSpecPatch());
    if (spec.templates() == null) return;
    for (int i = 0; i < spec.templates().size(); i++) {
      template(at + ".templates[" + i + "]", spec.templates().get(i), spec);
    }
  }

  private void template(String at, Template t, WorkflowSpec spec) {
    metadata(at + ".metadata", t.metadata());
    volumes(at + ".volumes", t.volumes());
    podSpecPatch(at + ".podSpecPatch", t.podSpecPatch());
    conflicts(at, t, spec);
    boolean gpu = false;
    for (PodContainer c : PodContainer.of(at, t)) {
      if (c.securityContext() != null && Boolean.TRUE.equals(c.securityContext().privileged())) {
        warn(c.path() + ".securityContext.privileged", PRIVILEGED);
      }
      gpu |= asksFor(c.resources(), GPU);
    }
    if (gpu && value(PREFERRED_INSTANCE_FAMILY, t.metadata(), spec.podMetadata()) == null) {
      error(at + ".metadata.annotations", "the template requests " + GPU + " but names no instance family; VCI needs "
          + PREFERRED_INSTANCE_FAMILY + " for GPU pods [doc], e.g. Vci.placement().instanceFamilies(\"vci.g1v\")");
    }
    if (t.resource() != null && t.resource().manifest() != null) {
      out.addAll(EmbeddedRules.resource(at + ".resource.manifest", t.resource().action(), t.resource().manifest()));
    }
  }

  private void metadata(String at, Metadata m) {
    if (m == null) return;
    if (m.annotations() != null) {
      int bytes = 0;
      for (Map.Entry<String, String> e : m.annotations().entrySet()) {
        annotation(at + ".annotations." + e.getKey(), e.getKey(), e.getValue());
        bytes += e.getKey().getBytes(StandardCharsets.UTF_8).length + e.getValue().getBytes(StandardCharsets.UTF_8).length;
      }
      if (bytes >= MAX_ANNOTATION_BYTES) {
        error(at + ".annotations", "the annotations take " + bytes + " bytes; expected less than 256 KiB in total");
      }
    }
    if (m.labels() != null && m.labels().containsKey(BURST_TO_VCI) && !ENFORCE.equals(m.labels().get(BURST_TO_VCI))) {
      error(at + ".labels." + BURST_TO_VCI, "'" + m.labels().get(BURST_TO_VCI) + "' is not valid; expected enforce");
    }
  }

  private void annotation(String at, String key, String value) {
    switch (key) {
      case BURST_TO_VCI -> {
        if (!ENFORCE.equals(value)) error(at, "'" + value + "' is not valid; expected enforce (the only documented value)");
      }
      case PREFERRED_SUBNET_IDS -> Checks.commaList(at, value, Checks.SUBNET).forEach(this::errorLine);
      case SECURITY_GROUP_IDS -> Checks.commaList(at, value, Checks.SECURITY_GROUP).forEach(this::errorLine);
      case PREFERRED_INSTANCE_FAMILY -> Checks.commaList(at, value, Checks.FAMILY).forEach(this::errorLine);
      case PREFERRED_INSTANCE_TYPES -> Checks.commaList(at, value, Checks.TYPE).forEach(this::errorLine);
      case KUBE_PROXY_ENABLED, TLS_ENABLE -> Checks.bool(at, value).ifPresent(this::errorLine);
      case DESIRED_SYSTEM_STORAGE -> Checks.storage(at, value).ifPresent(this::errorLine);
      default -> {
        if (PREFIXES.stream().anyMatch(key::startsWith)) {
          warn(at, "not a VCI key argowf knows, so VCI may ignore it; did you mean " + closest(key) + "?");
        }
      }
    }
  }

  private void volumes(String at, List<Volume> volumes) {
    if (volumes == null) return;
    for (int i = 0; i < volumes.size(); i++) {
      if (volumes.get(i).hostPath() != null) {
        error(at + "[" + i + "].hostPath", HOST_PATH);
      }
    }
  }

  private void podSpecPatch(String at, String patch) {
    if (patch != null) out.addAll(EmbeddedRules.podSpecPatch(at, patch));
  }

  /** A template's placement that differs from the workflow's, or a VCI pod pinned to other nodes. */
  private void conflicts(String at, Template t, WorkflowSpec spec) {
    Metadata wf = spec.podMetadata();
    Metadata own = t.metadata();
    if (wf != null && wf.annotations() != null && own != null && own.annotations() != null) {
      for (String key : KNOWN) {
        String a = wf.annotations().get(key);
        String b = own.annotations().get(key);
        if (a != null && b != null && !a.equals(b)) {
          warn(at + ".metadata.annotations." + key, "'" + b + "' differs from spec.podMetadata's '" + a
              + "'; the template's value wins for its pods; expected one placement per key");
        }
      }
    }
    boolean forced = ENFORCE.equals(value(BURST_TO_VCI, own, wf));
    Map<String, String> nodeSelector = t.nodeSelector() != null ? t.nodeSelector() : spec.nodeSelector();
    if (forced && nodeSelector != null && !nodeSelector.isEmpty()
        && !nodeSelector.equals(Map.of(NODE_TYPE_LABEL, VIRTUAL_KUBELET))) {
      warn(at + ".nodeSelector", "the pod is forced to VCI (" + BURST_TO_VCI + ": enforce) but its nodeSelector "
          + nodeSelector + " selects other nodes; expected one placement: drop the nodeSelector or the VCI placement");
    }
  }

  private static String value(String key, Metadata own, Metadata workflow) {
    if (own != null && own.annotations() != null && own.annotations().containsKey(key)) return own.annotations().get(key);
    if (own != null && own.labels() != null && own.labels().containsKey(key)) return own.labels().get(key);
    if (workflow != null && workflow.annotations() != null && workflow.annotations().containsKey(key)) {
      return workflow.annotations().get(key);
    }
    if (workflow != null && workflow.labels() != null) return workflow.labels().get(key);
    return null;
  }

  private static boolean asksFor(ResourceRequirements r, String resource) {
    return r != null && ((r.requests() != null && r.requests().containsKey(resource))
        || (r.limits() != null && r.limits().containsKey(resource)));
  }

  private static String closest(String key) {
    String best = KNOWN.get(0);
    int bestDistance = Integer.MAX_VALUE;
    for (String k : KNOWN) {
      int d = distance(key, k);
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return best;
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private void error(String path, String message) {
    out.add(new Lint.Problem(Lint.Severity.ERROR, path, message));
  }

  /** A message from {@link Checks} already starts with its path. */
  private void errorLine(String line) {
    int colon = line.indexOf(": ");
    out.add(new Lint.Problem(Lint.Severity.ERROR, line.substring(0, colon), line.substring(colon + 2)));
  }

  private void warn(String path, String message) {
    out.add(new Lint.Problem(Lint.Severity.WARNING, path, message));
  }
}
