/**
 * The typed model of Argo Workflows resources: {@link io.argowf.model.Manifests} reads and writes YAML and JSON,
 * {@link io.argowf.model.Lint} validates offline, {@link io.argowf.model.expr.Expressions} parses and evaluates Argo's
 * expression languages (expr-lang and govaluate).
 *
 * <pre>{@code
 * module my.app {
 *   requires io.argowf.model;
 * }
 * }</pre>
 *
 * <p>Two packages are public on purpose for modules that add types: {@code io.argowf.model.spi} (the
 * {@code KindProvider} service that registers kinds) and {@code io.argowf.model.style} (the {@code ModelStyle}
 * Immutables style and the annotations and helpers generated types use); {@code internal} packages are not exported.
 */
module io.argowf.model {
  // model types carry Jackson annotations and JsonNode fields; Manifests hands out Jackson readers and writers
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;
  // jsonpath() in expressions
  requires json.path;
  // Immutables' annotations are compile-only (CLASS retention)
  requires static org.immutables.value.annotations;

  exports io.argowf.model;
  exports io.argowf.model.k8s;
  exports io.argowf.model.workflow;
  exports io.argowf.model.spi;
  exports io.argowf.model.style;
  exports io.argowf.model.expr;

  // Jackson binds the generated types through their package-private Json builders
  opens io.argowf.model to com.fasterxml.jackson.databind;
  opens io.argowf.model.k8s to com.fasterxml.jackson.databind;
  opens io.argowf.model.workflow to com.fasterxml.jackson.databind;
  opens io.argowf.model.internal to com.fasterxml.jackson.databind;

  uses io.argowf.model.spi.KindProvider;
}
