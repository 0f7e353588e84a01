package io.argowf.local;

import io.argowf.model.k8s.EnvVar;
import io.argowf.model.workflow.Template;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A leaf's environment: this machine's, then the container's {@code env} ({@code value}, or {@code valueFrom} a
 * ConfigMap or Secret given to the runner, or the pod's name and namespace), and Argo's {@code ARGO_*} variables.
 */
final class Env {
  private Env() {}

  static Map<String, String> of(Engine engine, Ctx ctx, Template t) {
    Map<String, String> env = new LinkedHashMap<>();
    String pod = engine.run.identity.podName(ctx.node().name, ctx.node().templateName);
    env.put("ARGO_POD_NAME", pod);
    env.put("ARGO_NODE_ID", ctx.node().id);
    env.put("ARGO_WORKFLOW_NAME", engine.run.identity.name());
    env.put("ARGO_TEMPLATE", t.name() == null ? "" : t.name());
    List<EnvVar> vars = t.container() != null ? t.container().env() : t.script() != null ? t.script().env() : null;
    if (vars == null) return env;
    for (EnvVar v : vars) env.put(v.name(), value(engine, v, pod));
    return env;
  }

  private static String value(Engine engine, EnvVar v, String pod) {
    if (v.value() != null) return v.value();
    var from = v.valueFrom();
    if (from == null) return "";
    if (from.configMapKeyRef() != null) {
      String s = engine.catalog.configMapValue(from.configMapKeyRef().name(), from.configMapKeyRef().key());
      return s == null ? "" : s;
    }
    if (from.secretKeyRef() != null) {
      String s = engine.catalog.secretValue(from.secretKeyRef().name(), from.secretKeyRef().key());
      return s == null ? "" : s;
    }
    if (from.fieldRef() != null) {
      return switch (from.fieldRef().fieldPath()) {
        case "metadata.name" -> pod;
        case "metadata.namespace" -> engine.run.identity.namespace();
        case "status.podIP", "status.hostIP" -> "127.0.0.1";
        case "spec.nodeName" -> "localhost";
        default -> "";
      };
    }
    return "";
  }
}
