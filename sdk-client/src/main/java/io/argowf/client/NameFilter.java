package io.argowf.client;

/**
 * How a name given to a workflow list is matched ({@code nameFilter} of argo-server).
 *
 * <pre>{@code
 * argo.workflows("argo").listByName(NameFilter.PREFIX, "nightly-").stream();
 * }</pre>
 */
public enum NameFilter {
  /** The name equals the value. */
  EXACT("Exact"),
  /** The name contains the value. */
  CONTAINS("Contains"),
  /** The name starts with the value. */
  PREFIX("Prefix"),
  /** The name differs from the value. */
  NOT_EQUALS("NotEquals");

  private final String wire;

  NameFilter(String wire) {
    this.wire = wire;
  }

  String wire() {
    return wire;
  }
}
