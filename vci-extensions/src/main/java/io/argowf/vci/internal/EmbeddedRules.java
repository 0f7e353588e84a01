package io.argowf.vci.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.argowf.model.Lint;
import io.argowf.model.ManifestException;
import io.argowf.model.Manifests;
import io.argowf.model.k8s.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The VCI rules over what a workflow carries as text: a resource template's {@code manifest} and a
 * {@code podSpecPatch}. Both are read as YAML (JSON included) with {@link Manifests}, never matched as text; Argo's
 * {@code {{...}}} expressions are read as plain strings first, since Argo fills them in before Kubernetes reads
 * the text. Text that still does not read is a warning: the rules could not look inside it.
 */
final class EmbeddedRules {
  private static final ObjectMapper JSON = Manifests.jsonMapper();
  private static final Pattern EXPRESSION = Pattern.compile("\\{\\{.*?}}");
  /** The resource actions that make objects run; {@code delete} or {@code get} of a DaemonSet is fine. */
  private static final Set<String> MAKING = Set.of("create", "apply", "replace");

  private final List<Lint.Problem> out = new ArrayList<>();

  private EmbeddedRules() {}

  /**
   * A resource template's manifest: DaemonSets it makes (error [doc]) and NodePort services (warning [?]).
   *
   * @param at the manifest's path, e.g. {@code spec.templates[2].resource.manifest}
   * @param action the resource action, e.g. {@code create}
   * @param manifest the text
   */
  static List<Lint.Problem> resource(String at, String action, String manifest) {
    EmbeddedRules r = new EmbeddedRules();
    List<Resource> docs;
    try {
      docs = Manifests.readAll(EXPRESSION.matcher(manifest).replaceAll("argo-expression"));
    } catch (ManifestException e) {
      r.warn(at, "not readable as YAML (" + e.getMessage() + "); the VCI checks for DaemonSets and NodePort services "
          + "were skipped; expected one Kubernetes object in YAML or JSON");
      return r.out;
    }
    for (int i = 0; i < docs.size(); i++) {
      String path = docs.size() == 1 ? at : at + "[" + i + "]";
      JsonNode doc = JSON.valueToTree(docs.get(i));
      String kind = doc.path("kind").asText();
      if (kind.equals("DaemonSet") && MAKING.contains(action)) {
        r.error(path + ".kind", "VCI does not run DaemonSets [doc]; expected another kind, or a node pool for it");
      }
      if (kind.equals("Service") && doc.path("spec").path("type").asText().equals("NodePort")) {
        r.warn(path + ".spec.type", "a NodePort service may not reach pods on VCI virtual nodes [?]; expected ClusterIP, "
            + "or check that NodePort reaches VCI pods in your cluster");
      }
    }
    return r.out;
  }

  /**
   * A {@code podSpecPatch}: host network and privileged containers (warnings [?]), hostPath volumes (error [doc]).
   *
   * @param at the patch's path, e.g. {@code spec.templates[2].podSpecPatch}
   * @param patch the text
   */
  static List<Lint.Problem> podSpecPatch(String at, String patch) {
    EmbeddedRules r = new EmbeddedRules();
    JsonNode spec;
    try {
      spec = Manifests.read(EXPRESSION.matcher(patch).replaceAll("argo-expression"), JsonNode.class);
    } catch (ManifestException e) {
      r.warn(at, "not readable as YAML or JSON (" + e.getMessage() + "); the VCI checks for hostNetwork, privileged "
          + "and hostPath were skipped; expected a pod spec fragment such as {\"containers\": [...]}");
      return r.out;
    }
    if (isTrue(spec.path("hostNetwork"))) r.warn(at + ".hostNetwork", VciRules.HOST_NETWORK);
    for (String list : List.of("initContainers", "containers")) {
      JsonNode containers = spec.path(list);
      for (int i = 0; i < containers.size(); i++) {
        if (isTrue(containers.get(i).path("securityContext").path("privileged"))) {
          r.warn(at + "." + list + "[" + i + "].securityContext.privileged", VciRules.PRIVILEGED);
        }
      }
    }
    JsonNode volumes = spec.path("volumes");
    for (int i = 0; i < volumes.size(); i++) {
      if (volumes.get(i).has("hostPath")) r.error(at + ".volumes[" + i + "].hostPath", VciRules.HOST_PATH);
    }
    return r.out;
  }

  private static boolean isTrue(JsonNode n) {
    return n.isBoolean() && n.booleanValue();
  }

  private void error(String path, String message) {
    out.add(new Lint.Problem(Lint.Severity.ERROR, path, message));
  }

  private void warn(String path, String message) {
    out.add(new Lint.Problem(Lint.Severity.WARNING, path, message));
  }
}
