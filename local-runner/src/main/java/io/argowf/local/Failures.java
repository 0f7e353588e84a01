package io.argowf.local;

/** {@code workflow.failures}: the failed leaf nodes as Argo lists them for exit handlers (JSON). */
final class Failures {
  private Failures() {}

  static String json(RunState run) {
    var list = Json.array();
    run.locked(() -> {
      for (NodeState n : run.nodes()) {
        if (!Phases.failedOrError(n.phase) || !"Pod".equals(n.type)) continue;
        var o = list.addObject();
        o.put("displayName", n.displayName);
        o.put("message", n.message == null ? "" : n.message);
        o.put("templateName", n.templateName == null ? "" : n.templateName);
        o.put("phase", n.phase);
        o.put("podName", run.identity.podName(n.name, n.templateName));
        o.put("finishedAt", n.finishedAt == null ? "" : n.finishedAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
            .toString());
      }
      return null;
    });
    return Json.text(list);
  }
}
