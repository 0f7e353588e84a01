package io.argowf.vci.internal;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table: the first column left-aligned, the others right-aligned, two spaces apart. */
public final class TextTable {
  private final List<String[]> rows = new ArrayList<>();

  /** A table with these column headers. */
  public TextTable(String... headers) {
    rows.add(headers);
  }

  /** Adds a row (as many cells as headers). */
  public TextTable row(String... cells) {
    if (cells.length != rows.get(0).length) throw new IllegalArgumentException("expected " + rows.get(0).length + " cells");
    rows.add(cells);
    return this;
  }

  /** @return the table, one line per row, each ending in a newline */
  public String render() {
    int[] width = new int[rows.get(0).length];
    for (String[] r : rows) for (int i = 0; i < r.length; i++) width[i] = Math.max(width[i], r[i].length());
    StringBuilder b = new StringBuilder();
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < r.length; i++) {
        if (i > 0) line.append("  ");
        String pad = " ".repeat(width[i] - r[i].length());
        line.append(i == 0 ? r[i] + pad : pad + r[i]);
      }
      b.append(line.toString().stripTrailing()).append('\n');
    }
    return b.toString();
  }

  /** A CSV field, quoted when it holds a comma, quote or line break. */
  public static String csv(String field) {
    if (field == null) return "";
    if (field.contains(",") || field.contains("\"") || field.contains("\n")) return '"' + field.replace("\"", "\"\"") + '"';
    return field;
  }
}
