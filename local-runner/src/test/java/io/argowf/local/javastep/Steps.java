package io.argowf.local.javastep;

import io.argowf.step.JavaStep;
import io.argowf.step.StepContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Steps for the runner's tests: one makes a file and awkward values, one uses them, one fails on its first try. */
final class Steps {
  private Steps() {}

  static final String NOTE = "line one\nsaid \"hi\" — ünïcödé 数据\n";

  public static final class Make implements JavaStep<Make.In, Make.Out> {
    public record In(int count, String note) {}

    public record Out(Path file, List<String> names, Map<String, Integer> sizes, String note) {}

    @Override
    public Out run(In in, StepContext ctx) throws Exception {
      Path file = Files.writeString(ctx.workDir().resolve("made.txt"), "x".repeat(in.count()));
      ctx.log("made %d", in.count());
      return new Out(file, List.of("a", "b"), Map.of("made.txt", in.count()), in.note());
    }
  }

  public static final class Use implements JavaStep<Use.In, Use.Out> {
    public record In(Path file, List<String> names, String note) {}

    public record Out(String summary, Path copy) {}

    @Override
    public Out run(In in, StepContext ctx) throws Exception {
      String content = Files.readString(in.file());
      Path copy = Files.writeString(ctx.workDir().resolve("copy.txt"), content + "!");
      return new Out(content.length() + " " + in.names() + " " + in.note() + " try " + ctx.retry(), copy);
    }
  }

  public static final class FlakyOnce implements JavaStep<Void, FlakyOnce.Out> {
    public record Out(int tries) {}

    @Override
    public Out run(Void in, StepContext ctx) {
      if (ctx.retry() == 0) throw new IllegalStateException("first try fails \"on purpose\"");
      return new Out(ctx.retry() + 1);
    }
  }
}
