package io.argowf.local.javastep;

import io.argowf.local.Leaf;
import io.argowf.local.LeafResult;
import io.argowf.model.workflow.Artifact;
import io.argowf.step.spi.PodLayout;
import io.argowf.step.spi.StepOutputs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Hands a step's outputs to the runner: parameters as results, artifacts copied to where the template declares them. */
final class LeafOutputs {
  private LeafOutputs() {}

  static LeafResult deliver(Leaf leaf, StepOutputs outputs) throws IOException {
    LeafResult result = LeafResult.ok();
    for (Map.Entry<String, String> p : outputs.parameters().entrySet()) result = result.withOutput(p.getKey(), p.getValue());
    for (Map.Entry<String, Path> a : outputs.artifacts().entrySet()) {
      Path to = leaf.path(declaredPath(leaf, a.getKey()));
      PodLayout.copy(a.getValue(), to);
    }
    return result;
  }

  private static String declaredPath(Leaf leaf, String name) {
    if (leaf.template().outputs() != null && leaf.template().outputs().artifacts() != null) {
      for (Artifact a : leaf.template().outputs().artifacts()) if (a.name().equals(name)) return a.path();
    }
    return PodLayout.pod().outputArtifact(name);
  }
}
