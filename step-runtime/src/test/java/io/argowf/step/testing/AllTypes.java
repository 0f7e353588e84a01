package io.argowf.step.testing;

import io.argowf.step.JavaStep;
import io.argowf.step.StepContext;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Hands every input back as an output of the same type: what goes in must come out unchanged. */
public final class AllTypes implements JavaStep<AllTypes.In, AllTypes.Out> {
  public enum Color { RED, GREEN }

  public record Point(int x, String label) {}

  public record In(String text, int count, long big, double ratio, boolean flag, BigDecimal price, Color color,
      LocalDate day, Duration timeout, List<String> names, Map<String, Integer> scores, Point point,
      List<Point> points, Path data) {}

  public record Out(String text, int count, long big, double ratio, boolean flag, BigDecimal price, Color color,
      LocalDate day, Duration timeout, List<String> names, Map<String, Integer> scores, Point point,
      List<Point> points, Path data) {}

  @Override
  public Out run(In in, StepContext ctx) throws Exception {
    Path copy = ctx.workDir().resolve("data-copy");
    Files.writeString(copy, Files.readString(in.data()) + "!");
    ctx.log("copied %s", in.data().getFileName());
    return new Out(in.text(), in.count(), in.big(), in.ratio(), in.flag(), in.price(), in.color(), in.day(),
        in.timeout(), in.names(), in.scores(), in.point(), in.points(), copy);
  }
}
