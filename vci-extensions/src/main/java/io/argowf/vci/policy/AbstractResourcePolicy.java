package io.argowf.vci.policy;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.argowf.model.k8s.HasMetadata;
import io.argowf.model.style.Nullable;
import io.argowf.model.k8s.ObjectMeta;
import io.argowf.model.style.ModelStyle;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.Workflow;
import io.argowf.vci.internal.TemplateEdits;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.immutables.value.Value;

/**
 * Method 2: VKE's {@code ResourcePolicy} ({@code scheduling.vke.volcengine.com/v1beta1}, namespaced) fills
 * resource pools in priority order, e.g. an ECS node pool up to N pods, then VCI. It applies to pods <em>in
 * its own namespace</em> whose labels match {@code spec.selector}; in Argo a template gets those labels through
 * {@link #forTemplates(String...)}. {@code Manifests} reads and writes it like any other kind. The kind exists
 * in Volcengine's docs; its fields are known from the tutorial only [seed]; unknown fields are kept. It needs
 * VKE's scheduler-plugin add-on with priority scheduling on [doc].
 *
 * <pre>{@code
 * ResourcePolicy policy = Vci.fillNodePoolThenVci("vke-resourcepolicy", "argo",
 *     Map.of("resource", "vci"), "pcodl592d75mk89oame6g", 5, 100);
 * Workflow labelled = policy.forTemplates("whalesay-vci").apply(workflow);
 * String yaml = Manifests.toYamlAll(List.of(policy, labelled));
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ResourcePolicy.class)
@JsonDeserialize(as = ResourcePolicy.class)
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec"})
abstract class AbstractResourcePolicy implements HasMetadata {
  /** The kind's apiVersion. */
  public static final String API_VERSION = "scheduling.vke.volcengine.com/v1beta1";
  /** The kind's name. */
  public static final String KIND = "ResourcePolicy";

  /** @return {@code scheduling.vke.volcengine.com/v1beta1}, or null when unset (written for a top-level object) */
  @JsonProperty("apiVersion")
  @Nullable
  @Override
  @Value.Auxiliary
  public abstract String apiVersion();

  /** @return {@code ResourcePolicy}, or null when unset (written for a top-level object) */
  @JsonProperty("kind")
  @Nullable
  @Override
  @Value.Auxiliary
  public abstract String kind();

  /** @return name and namespace (the policy applies to pods of this namespace), or null */
  @JsonProperty("metadata")
  @Nullable
  @Override
  public abstract ObjectMeta metadata();

  /** @return the selector and pools, or null */
  @JsonProperty("spec")
  @Nullable
  public abstract ResourcePolicySpec spec();

  /** @return fields the model does not know, kept verbatim; never null */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /**
   * Gives a template the labels this policy selects ({@code spec.selector}) in its {@code metadata.labels}.
   *
   * @return a template transform, e.g. for a DSL template's {@code .customize(...)}
   * @throws IllegalStateException when the policy has no selector
   */
  public UnaryOperator<Template> forTemplate() {
    Map<String, String> selector = selector();
    return t -> t.withMetadata(TemplateEdits.merge(t.metadata(), Map.of(), selector));
  }

  /**
   * Gives the named templates of a workflow the labels this policy selects, so only their pods follow it.
   *
   * <pre>{@code
   * Workflow wf = policy.forTemplates("whalesay-vci").apply(Manifests.read(yaml, Workflow.class));
   * }</pre>
   *
   * @param templateNames the templates whose pods the policy should place
   * @return a workflow transform; it fails naming a missing template and the ones there are
   */
  public UnaryOperator<Workflow> forTemplates(String... templateNames) {
    UnaryOperator<Template> label = forTemplate();
    List<String> names = List.of(templateNames);
    return wf -> TemplateEdits.onTemplates(wf, names, label);
  }

  private Map<String, String> selector() {
    if (spec() == null || spec().selector() == null || spec().selector().isEmpty()) {
      throw new IllegalStateException("spec.selector: absent; expected the labels the policy selects, e.g. resource: vci");
    }
    return spec().selector();
  }
}
