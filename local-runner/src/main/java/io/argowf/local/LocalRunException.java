package io.argowf.local;

import java.util.List;

/**
 * A workflow the local runner refuses before anything runs: every problem names the field's path (e.g.
 * {@code spec.templates[2].container}) and says why.
 *
 * <pre>{@code
 * try {
 *   runner.run(wf);
 * } catch (LocalRunException e) {
 *   e.problems().forEach(System.err::println);
 * }
 * }</pre>
 */
public final class LocalRunException extends RuntimeException {
  private final List<String> problems;

  /** A refusal listing its problems. */
  public LocalRunException(List<String> problems) {
    super("cannot run this workflow locally:\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Each problem: the field's path, then what is wrong. */
  public List<String> problems() {
    return problems;
  }
}
