package io.argowf.dsl;

import java.util.List;

/**
 * A DAG task's dependency condition, rendered as Argo's {@code depends} expression. A {@link Task} is one
 * (it means "A completed as expected"); its results give the others.
 *
 * <pre>{@code
 * shouldExecute.depends(a.and(c.succeeded().or(c.failed())));   // "A && (C.Succeeded || C.Failed)"
 * d.depends(b.and(c));                                           // "B && C"
 * e.depends(loop.anySucceeded());                                // "L.AnySucceeded"
 * }</pre>
 */
public sealed interface Depends permits Task, DependsJoin, DependsRaw {
  /** @return the expression, e.g. {@code A && (C.Succeeded || C.Failed)} */
  String expression();

  /**
   * Both conditions.
   *
   * @param other the other condition
   * @return {@code this && other}
   */
  default Depends and(Depends other) {
    return all(this, other);
  }

  /**
   * Either condition.
   *
   * @param other the other condition
   * @return {@code this || other}
   */
  default Depends or(Depends other) {
    return any(this, other);
  }

  /**
   * The opposite condition.
   *
   * @return {@code !this}
   */
  default Depends not() {
    String e = expression();
    return raw("!" + (this instanceof Task || e.matches("[\\w.-]+") ? e : "(" + e + ")"));
  }

  /**
   * All of the conditions.
   *
   * @param all the conditions
   * @return {@code a && b && ...}
   */
  static Depends all(Depends... all) {
    return new DependsJoin(" && ", List.of(all));
  }

  /**
   * Any of the conditions.
   *
   * @param any the conditions
   * @return {@code a || b || ...}
   */
  static Depends any(Depends... any) {
    return new DependsJoin(" || ", List.of(any));
  }

  /**
   * A condition written by hand (the escape hatch).
   *
   * @param expression e.g. {@code A.Succeeded || B.Errored}
   * @return the condition
   */
  static Depends raw(String expression) {
    return new DependsRaw(expression);
  }
}
