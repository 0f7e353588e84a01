package io.argowf.examples.patterns;

/** The small public images the patterns run. */
final class Images {
  static final String BUSYBOX = "busybox:1.36";
  static final String PYTHON = "python:3.12-alpine";

  private Images() {}
}
