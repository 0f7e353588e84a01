/**
 * The runnable catalogue of example workflows and the command line, {@link io.argowf.examples.Main} (run as the
 * shaded jar on the class path; see examples/README.md).
 */
module io.argowf.examples {
  requires io.argowf.dsl;
  requires io.argowf.client;
  requires io.argowf.vci;
  requires info.picocli;

  exports io.argowf.examples;

  // picocli reads the commands' annotated fields and creates their classes
  opens io.argowf.examples.cli to info.picocli;
}
