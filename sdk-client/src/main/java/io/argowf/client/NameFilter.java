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

  /** @return argo-server's query value ({@code nameFilter=...}) */
  public String wire() {
    return wire;
  }

  /**
   * Whether a name passes this filter; what backends that cannot filter on the server use.
   *
   * <pre>{@code
   * NameFilter.PREFIX.matches("nightly-abc", "nightly-");   // true
   * }</pre>
   *
   * @param name the candidate's name
   * @param value the value given to the filter
   */
  public boolean matches(String name, String value) {
    if (name == null) {
      return false;
    }
    switch (this) {
      case EXACT: return name.equals(value);
      case CONTAINS: return name.contains(value);
      case PREFIX: return name.startsWith(value);
      default: return !name.equals(value);
    }
  }
}
