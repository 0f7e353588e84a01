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
  exports io.argowf.examples.patterns;
  exports io.argowf.examples.training;

  // the Java steps' records are bound by step-runtime and Jackson (in pods they run on the classpath)
  opens io.argowf.examples.training to io.argowf.step, com.fasterxml.jackson.databind;

  // picocli reads the commands' annotated fields and creates their classes
  opens io.argowf.examples.cli to info.picocli;
}
