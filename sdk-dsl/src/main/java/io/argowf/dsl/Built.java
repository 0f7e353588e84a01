package io.argowf.dsl;

import io.argowf.model.Lint;
import io.argowf.model.LintException;
import java.util.List;
import java.util.Objects;

/**
 * A manifest with every problem {@code build()} found: errors, warnings, and notes of what organisation defaults
 * changed. {@code buildWithProblems()} returns one without throwing or logging.
 *
 * <pre>{@code
 * Built<Workflow> built = workflow().generateName("x-").entrypoint(main).buildWithProblems();
 * built.warnings().forEach(p -> review.add(p.toString()));
 * Workflow wf = built.orThrow();   // the manifest, or a LintException listing the errors
 * }</pre>
 *
 * @param manifest the manifest as built (even when it has errors)
 * @param problems every problem, in the order found
 * @param <M> the manifest's kind
 */
public record Built<M>(M manifest, List<Lint.Problem> problems) {
  /** Copies the problems. */
  public Built {
    Objects.requireNonNull(manifest, "manifest");
    problems = List.copyOf(problems);
  }

  /** Whether Argo would refuse the manifest. */
  public boolean hasErrors() {
    return problems.stream().anyMatch(Lint.Problem::isError);
  }

  /** The errors only. */
  public List<Lint.Problem> errors() {
    return of(Lint.Severity.ERROR);
  }

  /** The warnings only. */
  public List<Lint.Problem> warnings() {
    return of(Lint.Severity.WARNING);
  }

  /** The manifest when it has no errors. */
  public M orThrow() {
    if (hasErrors()) throw new LintException(problems.stream().filter(p -> p.severity() != Lint.Severity.INFO).toList());
    return manifest;
  }

  private List<Lint.Problem> of(Lint.Severity severity) {
    return problems.stream().filter(p -> p.severity() == severity).toList();
  }
}
