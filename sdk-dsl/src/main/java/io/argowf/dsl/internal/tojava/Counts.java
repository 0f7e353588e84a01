package io.argowf.dsl.internal.tojava;

/** How many {@code {{...}}} expressions became handles. */
final class Counts {
  int typed;
}
