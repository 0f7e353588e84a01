package io.argowf.local;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Where a leaf's output goes: each complete line becomes a log line of the node; stdout is also kept whole for the
 * node's {@code result}. Thread-safe.
 */
final class LineSink extends OutputStream {
  private final RunState run;
  private final NodeState node;
  private final StringBuilder kept;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();

  /** @param kept where the text is kept (null to keep nothing, e.g. stderr) */
  LineSink(RunState run, NodeState node, StringBuilder kept) {
    this.run = run;
    this.node = node;
    this.kept = kept;
  }

  PrintStream printStream() {
    return new PrintStream(this, true, StandardCharsets.UTF_8);
  }

  @Override
  public synchronized void write(int b) {
    if (b == '\n') {
      emit();
    } else {
      line.write(b);
    }
  }

  @Override
  public synchronized void write(byte[] b, int off, int len) {
    int start = off;
    for (int i = off; i < off + len; i++) {
      if (b[i] == '\n') {
        line.write(b, start, i - start);
        emit();
        start = i + 1;
      }
    }
    line.write(b, start, off + len - start);
  }

  private void emit() {
    String text = line.toString(StandardCharsets.UTF_8);
    line.reset();
    if (kept != null) {
      synchronized (kept) {
        kept.append(text).append('\n');
      }
    }
    run.log(node, text);
  }

  @Override
  public synchronized void flush() {
    // lines are emitted as they complete
  }

  @Override
  public synchronized void close() {
    if (line.size() > 0) {
      String text = line.toString(StandardCharsets.UTF_8);
      line.reset();
      if (kept != null) {
        synchronized (kept) {
          kept.append(text);
        }
      }
      run.log(node, text);
    }
  }
}
