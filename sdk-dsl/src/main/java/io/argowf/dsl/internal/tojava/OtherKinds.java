package io.argowf.dsl.internal.tojava;

import com.squareup.javapoet.CodeBlock;
import io.argowf.dsl.Argo;
import io.argowf.model.k8s.IntOrString;
import io.argowf.model.k8s.VolumeMount;
import io.argowf.model.workflow.ArtifactPaths;
import io.argowf.model.workflow.ContainerNode;
import io.argowf.model.workflow.ContainerSetRetryStrategy;
import io.argowf.model.workflow.ContainerSetTemplate;
import io.argowf.model.workflow.Data;
import io.argowf.model.workflow.DataSource;
import io.argowf.model.workflow.HTTP;
import io.argowf.model.workflow.HTTPHeader;
import io.argowf.model.workflow.Plugin;
import io.argowf.model.workflow.TransformationStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The settings of {@code http(...)}, {@code containerSet(...)}, {@code data(...)} and {@code plugin(...)} templates in
 * the DSL's words; what those have no word for is left to the template's {@code customize(...)}.
 */
final class OtherKinds {
  private OtherKinds() {}

  static void http(Chain c, HTTP h, Strings strings, Scope scope) {
    if (h.url() != null) c.call("url", CharSequence.class, strings.of(h.url(), scope));
    if (h.method() != null) c.call("method", String.class, Js.string(h.method()));
    for (HTTPHeader header : Templates.orEmpty(h.headers())) {
      if (header != null && header.name() != null && header.value() != null
          && header.equals(HTTPHeader.builder().name(header.name()).value(header.value()).build())) {
        c.call("header", new Class<?>[] {String.class, CharSequence.class}, Js.string(header.name()),
            strings.of(header.value(), scope));
      }
    }
    if (h.body() != null) c.call("body", CharSequence.class, strings.of(h.body(), scope));
    if (h.successCondition() != null) c.call("successCondition", String.class, Js.string(h.successCondition()));
    if (h.timeoutSeconds() != null) c.call("timeoutSeconds", int.class, Js.of(h.timeoutSeconds(), "$L", h.timeoutSeconds()));
  }

  static void containerSet(Chain c, ContainerSetTemplate set) {
    for (ContainerNode node : Templates.orEmpty(set.containers())) {
      if (node != null) c.call("container", ContainerNode.class, node(node));
    }
    for (VolumeMount m : Templates.orEmpty(set.volumeMounts())) {
      if (m != null && m.name() != null && m.mountPath() != null
          && m.equals(VolumeMount.builder().name(m.name()).mountPath(m.mountPath()).build())) {
        c.call("volumeMount", new Class<?>[] {String.class, String.class}, Js.string(m.name()), Js.string(m.mountPath()));
      }
    }
    ContainerSetRetryStrategy r = set.retryStrategy();
    if (r != null && r.retries() != null && r.retries().isInt() && r.retries().longValue() <= Integer.MAX_VALUE
        && r.equals(ContainerSetRetryStrategy.builder().retries(IntOrString.of(r.retries().longValue())).build())) {
      c.call("retries", int.class, Js.of((int) r.retries().longValue(), "$L", r.retries().longValue()));
    }
  }

  /** @return {@code containerNode("a", "image")} and {@code with*} calls for the node's other fields */
  @SuppressWarnings("unchecked")
  private static Js node(ContainerNode node) {
    ContainerNode made = Argo.containerNode(node.name(), node.image());
    CodeBlock start = CodeBlock.of("containerNode($S, $S)", node.name(), node.image());
    List<ModelTypes.Attr> diff = Patch.differing(made, node, Set.of());
    boolean unknown = Patch.unknownDiffer(made, node);
    if (diff.isEmpty() && !unknown) return new Js(start, made);
    Js withs = Patch.withs(start, node, diff, unknown);
    return new Js(withs.code(), ((UnaryOperator<Object>) withs.live()).apply(made));
  }

  static void data(Chain c, Data d) {
    DataSource source = d.source();
    ArtifactPaths paths = source == null ? null : source.artifactPaths();
    if (paths != null && source.equals(DataSource.builder().artifactPaths(paths).build())) {
      c.call("source", ArtifactPaths.class, Values.of(paths));
    }
    List<Js> expressions = new ArrayList<>();
    for (TransformationStep step : Templates.orEmpty(d.transformation())) {
      if (step == null || step.expression() == null
          || !step.equals(TransformationStep.builder().expression(step.expression()).build())) {
        return;
      }
      expressions.add(Js.string(step.expression()));
    }
    if (d.transformation() != null) c.varargs("transformation", String.class, expressions);
  }

  static void plugin(Chain c, Plugin p) {
    if (p.size() != 1) return;
    Js config;
    try {
      config = Values.java(ModelTypes.JSON.convertValue(p.config(), Object.class));
    } catch (Values.Unwritable e) {
      return;   // a configuration no Java value gives back: the template's customize writes it
    }
    c.call("call", new Class<?>[] {String.class, Object.class}, Js.string(p.name()), config);
  }
}
