package io.argowf.examples.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Rows of numeric features with a 0/1 label, as the pipeline's CSV files hold them (label last). */
record Dataset(List<String> features, List<double[]> rows, List<Integer> labels) {
  static Dataset read(Path csv) throws IOException {
    List<String> lines = Files.readAllLines(csv);
    String[] header = lines.get(0).split(",");
    List<String> features = List.of(header).subList(0, header.length - 1);
    List<double[]> rows = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      double[] row = new double[features.size()];
      for (int i = 0; i < row.length; i++) row[i] = Double.parseDouble(cells[i]);
      rows.add(row);
      labels.add(Integer.parseInt(cells[cells.length - 1]));
    }
    return new Dataset(features, rows, labels);
  }

  Dataset subset(int from, int to) {
    return new Dataset(features, rows.subList(from, to), labels.subList(from, to));
  }

  void write(Path csv) throws IOException {
    StringBuilder out = new StringBuilder(String.join(",", features)).append(",label\n");
    for (int r = 0; r < rows.size(); r++) {
      for (double v : rows.get(r)) out.append(String.format(Locale.ROOT, "%.6f,", v));
      out.append(labels.get(r)).append('\n');
    }
    Files.writeString(csv, out);
  }
}
