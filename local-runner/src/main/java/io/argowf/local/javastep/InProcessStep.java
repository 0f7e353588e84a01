package io.argowf.local.javastep;

import io.argowf.local.Leaf;
import io.argowf.local.LeafResult;
import io.argowf.step.StepContext;
import io.argowf.step.spi.PodLayout;
import io.argowf.step.spi.Port;
import io.argowf.step.spi.StepClass;
import io.argowf.step.spi.StepFailure;
import io.argowf.step.spi.StepOutputs;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A Java step run in this JVM with step-runtime's binding: what the entry point does, minus the files. */
final class InProcessStep {
  private InProcessStep() {}

  static LeafResult run(Leaf leaf, String className) throws Exception {
    try {
      StepClass<?, ?> step = StepClass.forName(className, loader());
      Map<String, Path> artifacts = new LinkedHashMap<>();
      for (Port p : step.inputs()) if (p.isArtifact()) artifacts.put(p.name(), leaf.inputArtifact(p.name()));
      StepOutputs outputs = step.run(leaf.parameters(), artifacts, context(leaf));
      return LeafOutputs.deliver(leaf, outputs);
    } catch (StepFailure f) {
      leaf.out().println(f.getMessage());
      return LeafResult.exit(f.exitCode());
    }
  }

  private static StepContext context(Leaf leaf) {
    StepContext ctx = StepContext.of(leaf.workingFolder()).withLog(leaf.out()::println);
    String workflow = leaf.env().get(PodLayout.WORKFLOW_ENV);
    if (workflow != null) ctx = ctx.withWorkflowName(workflow);
    String retry = leaf.env().get(PodLayout.RETRY_ENV);
    return retry == null || retry.isBlank() ? ctx : ctx.withRetry(Integer.parseInt(retry.strip()));
  }

  private static ClassLoader loader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : InProcessStep.class.getClassLoader();
  }
}
