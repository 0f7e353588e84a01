package io.argowf.step.testing;

import io.argowf.step.JavaStep;
import io.argowf.step.StepContext;

/** Type arguments given through a generic superclass. */
public final class Generic {
  private Generic() {}

  public record Num(int value) {}

  public abstract static class Mapper<A, B> implements JavaStep<A, B> {}

  public static final class Double2 extends Mapper<Num, Num> {
    @Override
    public Num run(Num in, StepContext ctx) {
      return new Num(in.value() * 2);
    }
  }

  @SuppressWarnings("rawtypes")
  public static final class Raw implements JavaStep {
    @Override
    public Object run(Object in, StepContext ctx) {
      return null;
    }
  }

  public static final class NotRecord implements JavaStep<String, Void> {
    @Override
    public Void run(String in, StepContext ctx) {
      return null;
    }
  }

  public record Odd(Object anything) {}

  public static final class OddInput implements JavaStep<Odd, Void> {
    @Override
    public Void run(Odd in, StepContext ctx) {
      return null;
    }
  }

  public record Positive(int value) {
    public Positive {
      if (value <= 0) throw new IllegalArgumentException("value must be positive, not " + value);
    }
  }

  public static final class NeedsPositive implements JavaStep<Positive, Void> {
    @Override
    public Void run(Positive in, StepContext ctx) {
      return null;
    }
  }

  public record Maybe(String text) {}

  public static final class ReturnsNull implements JavaStep<Void, Maybe> {
    @Override
    public Maybe run(Void in, StepContext ctx) {
      return new Maybe(null);
    }
  }
}
