package io.argowf.dsl;

import io.argowf.dsl.internal.Lists;
import io.argowf.model.workflow.Workflow;

/**
 * A platform team's defaults as a jar would ship them (found through the service file in the test resources); they
 * act only on workflows labelled {@code acme.example/defaults: on}, so the other tests are untouched.
 */
public final class TestPlatformDefaults implements WorkflowDefaults {
  @Override
  public String name() {
    return "acme-platform";
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public Workflow apply(Workflow wf) {
    if (wf.metadata().labels() == null || !"on".equals(wf.metadata().labels().get("acme.example/defaults"))) return wf;
    var spec = wf.spec();
    if (spec.serviceAccountName() == null) spec = spec.withServiceAccountName("workflow-runner");
    return wf.withMetadata(wf.metadata().withLabels(Lists.plus(wf.metadata().labels(), "cost-center", "cc-42"))).withSpec(spec);
  }
}
