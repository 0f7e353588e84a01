package io.argowf.model.internal.lint;

import io.argowf.model.k8s.IntOrString;
import io.argowf.model.k8s.LabelSelector;
import io.argowf.model.k8s.LabelSelectorRequirement;
import io.argowf.model.k8s.ResourceRequirements;
import io.argowf.model.workflow.Backoff;
import io.argowf.model.workflow.Memoize;
import io.argowf.model.workflow.MetricLabel;
import io.argowf.model.workflow.Metrics;
import io.argowf.model.workflow.Mutex;
import io.argowf.model.workflow.Prometheus;
import io.argowf.model.workflow.RetryStrategy;
import io.argowf.model.workflow.SemaphoreRef;
import io.argowf.model.workflow.Synchronization;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Rules for blocks a workflow and its templates share: retries, memoization, metrics, locks, selectors. */
final class CommonRules {
  private static final Set<String> RETRY_POLICIES = Set.of("Always", "OnFailure", "OnError", "OnTransientError");
  private static final Set<String> OPERATORS = Set.of("In", "NotIn", "Exists", "DoesNotExist");

  private CommonRules() {}

  static void retry(RetryStrategy r, String path, Problems out) {
    if (r == null) return;
    if (r.retryPolicy() != null && !r.retryPolicy().isEmpty() && !RETRY_POLICIES.contains(r.retryPolicy())) {
      out.error(path + ".retryPolicy", "retryPolicy '" + r.retryPolicy() + "' is unknown; use one of Always, OnFailure, OnError, OnTransientError");
    }
    IntOrString limit = r.limit();
    if (limit != null) {
      if (limit.isInt() ? limit.longValue() < 0 : !Tags.has(limit.stringValue()) && !Durations.isWhole(limit.stringValue())) {
        out.error(path + ".limit", "limit must be a whole number of retries, 0 or more (or a {{...}} variable)");
      } else if (!limit.isInt() && Durations.isWhole(limit.stringValue()) && Long.parseLong(limit.stringValue()) < 0) {
        out.error(path + ".limit", "limit must be 0 or more");
      }
    }
    Backoff b = r.backoff();
    if (b != null) {
      duration(b.duration(), path + ".backoff.duration", out);
      duration(b.maxDuration(), path + ".backoff.maxDuration", out);
      duration(b.cap(), path + ".backoff.cap", out);
    }
    expression(r.expression(), path + ".expression", out);
  }

  /** A duration given as whole seconds or a Go duration, or a variable. */
  static void duration(String d, String path, Problems out) {
    if (d == null || Tags.has(d) || Durations.isSecondsOrGo(d)) return;
    out.error(path, "'" + d + "' is not a duration; write seconds (\"30\") or a duration such as 30s, 5m or 1h30m");
  }

  /** A plain expr-lang expression (no {{ }} around it); tags in it are replaced before Argo evaluates it. */
  static void expression(String e, String path, Problems out) {
    if (e == null) return;
    String bad = ExprRules.check(Tags.skeleton(Tags.canonical(e)));
    if (bad != null) out.error(path, "expression does not parse: " + bad + "; fix the expression");
  }

  static void memoize(Memoize m, String path, Problems out) {
    if (m == null) return;
    if (m.cache() != null && m.cache().configMap() != null
        && (m.cache().configMap().name() == null || m.cache().configMap().name().isEmpty())) {
      out.error(path + ".cache.configMap.name", "the memoization cache needs the name of its ConfigMap");
    }
    if (m.maxAge() != null && !Tags.has(m.maxAge()) && !Durations.isGo(m.maxAge()) && !m.maxAge().matches("\\d+d")) {
      out.error(path + ".maxAge", "'" + m.maxAge() + "' is not a duration; write e.g. 10s, 1h or 7d");
    }
  }

  static void metrics(Metrics m, String path, Problems out) {
    if (m == null) return;
    List<Prometheus> list = Scope.nonNull(m.prometheus());
    for (int i = 0; i < list.size(); i++) {
      Prometheus p = list.get(i);
      String at = path + ".prometheus[" + i + "]";
      if (p.name() != null && !Names.metric(p.name())) {
        out.error(at + ".name", "metric name '" + p.name() + "' may only hold letters, digits, '_' and ':', and must not start with a digit");
      }
      int kinds = (p.counter() != null ? 1 : 0) + (p.gauge() != null ? 1 : 0) + (p.histogram() != null ? 1 : 0);
      if (kinds != 1) out.error(at, "a metric is exactly one of counter, gauge or histogram; this one sets " + kinds);
      if (p.gauge() != null && Boolean.TRUE.equals(p.gauge().realtime()) && p.gauge().value() != null
          && p.gauge().value().contains("resourcesDuration.")) {
        out.error(at + ".gauge", "resourcesDuration is only known when the run ends, so a realtime gauge cannot report it; set realtime: false");
      }
      if (p.histogram() != null && Scope.nonNull(p.histogram().buckets()).isEmpty()) {
        out.error(at + ".histogram.buckets", "a histogram needs at least one bucket");
      }
      List<MetricLabel> labels = Scope.nonNull(p.labels());
      for (int k = 0; k < labels.size(); k++) {
        MetricLabel l = labels.get(k);
        if (l.key() != null && !Names.metricLabel(l.key())) {
          out.error(at + ".labels[" + k + "].key", "metric label key '" + l.key() + "' may only hold letters, digits and '_', and must not start with a digit");
        }
        if (l.value() != null && l.value().isEmpty()) {
          out.error(at + ".labels[" + k + "].value", "metric label '" + l.key() + "' has an empty value; give it one");
        }
      }
    }
  }

  static void synchronization(Synchronization s, String path, Problems out) {
    if (s == null) return;
    List<Mutex> mutexes = new java.util.ArrayList<>(Scope.nonNull(s.mutexes()));
    List<SemaphoreRef> semaphores = new java.util.ArrayList<>(Scope.nonNull(s.semaphores()));
    for (int i = 0; i < mutexes.size(); i++) {
      if (mutexes.get(i).name() == null || mutexes.get(i).name().isEmpty()) {
        out.error(path + ".mutexes[" + i + "].name", "a mutex needs a name");
      }
    }
    if (s.mutex() != null && (s.mutex().name() == null || s.mutex().name().isEmpty())) {
      out.error(path + ".mutex.name", "a mutex needs a name");
    }
    if (s.semaphore() != null) semaphores.add(0, s.semaphore());
    for (int i = 0; i < semaphores.size(); i++) {
      SemaphoreRef r = semaphores.get(i);
      String at = s.semaphore() != null && i == 0 ? path + ".semaphore" : path + ".semaphores[" + (s.semaphore() != null ? i - 1 : i) + "]";
      int sources = (r.configMapKeyRef() != null ? 1 : 0) + (r.database() != null ? 1 : 0);
      if (sources != 1) out.error(at, "a semaphore takes its limit from exactly one of configMapKeyRef or database");
    }
  }

  /** A Kubernetes label selector, as {@code metav1.LabelSelectorAsSelector} would accept it. */
  static void labelSelector(LabelSelector s, String path, Problems out) {
    if (s == null) return;
    if (s.matchLabels() != null) {
      for (Map.Entry<String, String> e : s.matchLabels().entrySet()) {
        String bad = Names.labelKey(e.getKey());
        if (bad != null) out.error(path + ".matchLabels", "label key '" + e.getKey() + "' " + bad);
        bad = Names.labelValue(e.getValue() == null ? "" : e.getValue());
        if (bad != null) out.error(path + ".matchLabels." + e.getKey(), "label value '" + e.getValue() + "' " + bad);
      }
    }
    List<LabelSelectorRequirement> reqs = Scope.nonNull(s.matchExpressions());
    for (int i = 0; i < reqs.size(); i++) {
      LabelSelectorRequirement r = reqs.get(i);
      String at = path + ".matchExpressions[" + i + "]";
      if (r.key() != null) {
        String bad = Names.labelKey(r.key());
        if (bad != null) out.error(at + ".key", "label key '" + r.key() + "' " + bad);
      }
      if (r.operator() == null) continue;
      if (!OPERATORS.contains(r.operator())) {
        out.error(at + ".operator", "operator '" + r.operator() + "' is unknown; use one of In, NotIn, Exists, DoesNotExist");
      } else if ((r.operator().equals("In") || r.operator().equals("NotIn")) && Scope.nonNull(r.values()).isEmpty()) {
        out.error(at + ".values", "operator " + r.operator() + " needs at least one value");
      } else if ((r.operator().equals("Exists") || r.operator().equals("DoesNotExist")) && !Scope.nonNull(r.values()).isEmpty()) {
        out.error(at + ".values", "operator " + r.operator() + " takes no values; remove them");
      }
    }
  }

  /** Pod-level resources: no dynamic resource claims. */
  static void podResources(ResourceRequirements r, String path, Problems out) {
    if (r != null && r.claims() != null && !r.claims().isEmpty()) {
      out.error(path + ".claims", "podResources cannot claim dynamic resources; set claims on the container's resources instead");
    }
  }
}
