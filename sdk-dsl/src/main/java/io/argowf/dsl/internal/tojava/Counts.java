package io.argowf.dsl.internal.tojava;

/** How many {@code {{...}}} expressions became handles, and how many there were. */
final class Counts {
  int typed;
  int total;
}
