package io.argowf.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A manifest that lint refuses, listing every problem with its path.
 *
 * <pre>{@code
 * try {
 *   Lint.requireValid(wf, List.of());
 * } catch (LintException e) {
 *   e.problems().forEach(System.err::println);
 * }
 * }</pre>
 */
public final class LintException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<Lint.Problem> problems;

  /**
   * An exception for these problems.
   *
   * @param problems the problems found (at least one error)
   */
  public LintException(List<Lint.Problem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  private static String message(List<Lint.Problem> problems) {
    long errors = problems.stream().filter(Lint.Problem::isError).count();
    return errors + (errors == 1 ? " problem" : " problems") + ":\n"
        + problems.stream().filter(Lint.Problem::isError).map(p -> "  " + p).collect(Collectors.joining("\n"));
  }

  /** @return every problem, errors and warnings */
  public List<Lint.Problem> problems() {
    return problems;
  }
}
