/**
 * The fluent DSL for authoring Argo workflows; the front door is {@link io.argowf.dsl.Argo}.
 *
 * <pre>{@code
 * module my.app {
 *   requires io.argowf.dsl;   // brings io.argowf.model
 * }
 * }</pre>
 */
module io.argowf.dsl {
  requires transitive io.argowf.model;
  requires org.slf4j;
  requires com.squareup.javapoet;   // JavaSource builds and formats the Java it writes
  requires java.compiler;           // javax.lang.model: Java names and modifiers
  // javaStep(...) takes step classes; TypedOutput and TypedInput show their ports
  requires transitive io.argowf.step;

  exports io.argowf.dsl;

  // organisation defaults a platform team's jar provides
  uses io.argowf.dsl.WorkflowDefaults;

  // Expr writes itself through @JsonValue
  opens io.argowf.dsl to com.fasterxml.jackson.databind;
}
