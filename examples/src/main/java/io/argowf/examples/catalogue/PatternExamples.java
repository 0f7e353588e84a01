package io.argowf.examples.catalogue;

import io.argowf.examples.patterns.ArtifactsOnTos;
import io.argowf.examples.patterns.Conditionals;
import io.argowf.examples.patterns.DagDiamond;
import io.argowf.examples.patterns.Daemon;
import io.argowf.examples.patterns.ExitHandlerAndHooks;
import io.argowf.examples.patterns.LoopItems;
import io.argowf.examples.patterns.LoopParam;
import io.argowf.examples.patterns.LoopSequence;
import io.argowf.examples.patterns.Memoize;
import io.argowf.examples.patterns.RetryWithBackoff;
import io.argowf.examples.patterns.Synchronization;
import io.argowf.examples.patterns.SuspendApprove;
import io.argowf.examples.patterns.TemplateLibrary;
import java.util.List;

/** The patterns of {@code io.argowf.examples.patterns}, as catalogue entries. */
final class PatternExamples {
  private PatternExamples() {}

  /** Every pattern, in the order a reader meets them. */
  static List<Example> examples() {
    return List.of(
        new Example("dag-diamond", "DAG: A, then B and C side by side, then D", DagDiamond::manifests),
        new Example("loop-items", "withItems: one step per item, maps computed in Java", LoopItems::manifests),
        new Example("loop-param", "withParam: one step per element of a JSON list a script printed", LoopParam::manifests),
        new Example("loop-sequence", "withSequence: one step per number of a formatted range", LoopSequence::manifests),
        new Example("conditionals", "when: a coin flip decides which of two steps runs", Conditionals::manifests),
        new Example("retry-backoff", "retryStrategy: up to four tries with growing waits", RetryWithBackoff::manifests),
        new Example("exit-handlers", "exit handlers (workflow and step) and a lifecycle hook", ExitHandlerAndHooks::manifests),
        new Example("artifacts-tos", "artifacts on Volcengine TOS through its S3 endpoint", ArtifactsOnTos::manifests),
        new Example("template-ref", "a WorkflowTemplate library called by templateRef", TemplateLibrary::manifests),
        new Example("synchronization", "a mutex lets one of five fanned-out steps run at a time", Synchronization::manifests),
        new Example("suspend-approve", "suspend until approved, then for a fixed time", SuspendApprove::manifests),
        new Example("memoize", "memoize: a step's result cached in a ConfigMap and reused", Memoize::manifests),
        new Example("daemon", "a daemon server with a readiness probe, and a step that calls it", Daemon::manifests));
  }
}
