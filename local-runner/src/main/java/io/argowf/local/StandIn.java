package io.argowf.local;

import java.util.Map;

/**
 * A Java function that runs in place of a leaf's container: for an image or a command that does not exist on this
 * machine, or as a mock that replaces a template in a test.
 *
 * <pre>{@code
 * LocalRunner runner = LocalRunner.builder()
 *     .standIn("train", leaf -> {
 *       leaf.out().println("training on " + leaf.parameter("data"));
 *       return LeafResult.ok().withOutput("accuracy", "0.93");
 *     })
 *     .standInForCommand("blender", leaf -> LeafResult.exit(0))
 *     .build();
 * }</pre>
 *
 * <p>A stand-in receives the node's substituted inputs ({@link Leaf#parameter}, {@link Leaf#inputArtifact}), its own
 * working folder and the local place of every path the template declares ({@link Leaf#path}); it writes its output
 * files there (output parameters read from {@code valueFrom.path} and output artifacts are collected from those
 * places as for a process) or returns output parameters directly. Whatever it prints through {@link Leaf#out()}
 * becomes the node's log and its {@code result}. A thrown exception fails the node with the exception's message
 * (phase {@code Error}), a non-zero exit code fails it as a container would ({@code Failed}).
 */
@FunctionalInterface
public interface StandIn {

  /**
   * Runs the leaf.
   *
   * @throws Exception to end the node in {@code Error} with the exception's message
   */
  LeafResult run(Leaf leaf) throws Exception;

  /**
   * A mock that prints nothing and succeeds with the given output parameters.
   *
   * <pre>{@code builder.standIn("train", StandIn.returning(Map.of("accuracy", "0.93")))}</pre>
   */
  static StandIn returning(Map<String, String> outputs) {
    Map<String, String> copy = Map.copyOf(outputs);
    return leaf -> {
      LeafResult r = LeafResult.ok();
      for (var e : new java.util.TreeMap<>(copy).entrySet()) r = r.withOutput(e.getKey(), e.getValue());
      return r;
    };
  }

  /**
   * A mock that prints the message on the node's log and exits 1, as a failing container does.
   *
   * <pre>{@code builder.standIn("deploy", StandIn.failing("cluster unreachable"))}</pre>
   */
  static StandIn failing(String message) {
    return leaf -> {
      leaf.out().println(message);
      return LeafResult.exit(1);
    };
  }
}
