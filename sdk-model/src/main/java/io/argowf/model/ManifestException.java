package io.argowf.model;

/**
 * A manifest that could not be read or written, with where and why: the source, the line and column, the
 * path inside the document ({@code spec.templates[2].container.args}) and what was expected.
 *
 * <pre>{@code
 * try {
 *   Manifests.read(Path.of("wf.yaml"));
 * } catch (ManifestException e) {
 *   System.err.println(e.getMessage());
 *   // wf.yaml: spec.arguments.parameters: expected a list, got a map at line 9, column 7
 * }
 * }</pre>
 */
public final class ManifestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String path;
  private final String problem;

  /**
   * A problem report.
   *
   * @param source file name or a description such as {@code <string>}; may be null
   * @param line 1-based line, 0 when unknown
   * @param column 1-based column, 0 when unknown
   * @param path dotted path inside the document, empty for the document itself
   * @param problem what is wrong and what was expected
   * @param cause the underlying exception, may be null
   */
  public ManifestException(String source, int line, int column, String path, String problem, Throwable cause) {
    super(format(source, line, column, path, problem), cause);
    this.source = source;
    this.line = line;
    this.column = column;
    this.path = path == null ? "" : path;
    this.problem = problem;
  }

  private static String format(String source, int line, int column, String path, String problem) {
    StringBuilder b = new StringBuilder();
    if (source != null) b.append(source).append(": ");
    if (path != null && !path.isEmpty()) b.append(path).append(": ");
    b.append(problem);
    if (line > 0) b.append(" at line ").append(line).append(", column ").append(column);
    return b.toString();
  }

  /** @return the file name or source description, or null */
  public String source() {
    return source;
  }

  /** @return the 1-based line, or 0 when unknown */
  public int line() {
    return line;
  }

  /** @return the 1-based column, or 0 when unknown */
  public int column() {
    return column;
  }

  /** @return the path inside the document, e.g. {@code spec.templates[2].name}; empty for the whole document */
  public String path() {
    return path;
  }

  /** @return what is wrong, without the position */
  public String problem() {
    return problem;
  }
}
