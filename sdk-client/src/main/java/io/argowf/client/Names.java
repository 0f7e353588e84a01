package io.argowf.client;

/** Checks of names given to the client. */
final class Names {
  private Names() {}

  /** @return {@code name}, when it is not null or blank */
  static String require(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be empty");
    }
    return name;
  }
}
