package io.argowf.local.javastep;

import io.argowf.step.JavaStep;
import io.argowf.step.StepContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Steps for the runner's tests: one makes a file and awkward values, one uses them, two fan out and gather, one
 * fails on its first try.
 */
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

  /** Scores one shard: a number and a record, which a fan-out gathers into lists. */
  public static final class Score implements JavaStep<Score.In, Score.Out> {
    public record In(int shard) {}

    public record Part(int shard, String label) {}

    public record Out(double score, Part part) {}

    @Override
    public Out run(In in, StepContext ctx) {
      return new Out(in.shard() / 4.0, new Part(in.shard(), "shard \"" + in.shard() + "\""));
    }
  }

  /** Reads what a fan-out of {@link Score} gathered. */
  public static final class Best implements JavaStep<Best.In, Best.Out> {
    public record In(List<Double> scores, List<Score.Part> parts) {}

    public record Out(String summary) {}

    @Override
    public Out run(In in, StepContext ctx) {
      return new Out(in.scores().stream().mapToDouble(Double::doubleValue).max().orElseThrow() + " of " + in.parts());
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
