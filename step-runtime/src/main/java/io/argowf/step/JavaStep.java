package io.argowf.step;

/**
 * A workflow step written as a plain Java class: its input record's components are the template's inputs, its
 * output record's components the template's outputs. The same class runs in a pod (through {@link Main}), in the
 * local runner (in-process, breakpoints work) and in a unit test (call {@link #run} yourself).
 *
 * <pre>{@code
 * public record TrainIn(Path dataset, int epochs, double learningRate) {}
 * public record TrainOut(Path model, double loss) {}
 *
 * public final class Train implements JavaStep<TrainIn, TrainOut> {
 *   public TrainOut run(TrainIn in, StepContext ctx) throws IOException {
 *     ctx.log("training on %s for %d epochs", in.dataset(), in.epochs());
 *     Path model = ctx.workDir().resolve("model.bin");
 *     Files.writeString(model, "weights");
 *     return new TrainOut(model, 0.12);
 *   }
 * }
 * }</pre>
 *
 * <p>What a component's type becomes:
 * <ul>
 *   <li>{@code String}, primitives and their boxes, {@code BigInteger}, {@code BigDecimal}, enums (by name),
 *       {@code UUID}, {@code Instant}, {@code LocalDate}, {@code LocalDateTime}, {@code OffsetDateTime},
 *       {@code Duration}: a parameter holding the value as text;
 *   <li>lists, sets, maps, arrays and records: a parameter holding JSON (Jackson);
 *   <li>{@code java.nio.file.Path}: an artifact. An input artifact is a file or folder the step reads; an output
 *       artifact is a file or folder the step wrote anywhere (e.g. under {@link StepContext#workDir()}) and
 *       returns; the entry point copies it to where Argo collects it.
 * </ul>
 * Use {@code Void} for a step without inputs or without outputs. The class needs a constructor without
 * arguments.
 *
 * @param <I> the input record, or {@code Void}
 * @param <O> the output record, or {@code Void}
 */
@FunctionalInterface
public interface JavaStep<I, O> {
  /**
   * Runs the step. An exception fails the node: in a pod the entry point exits 1 and prints the exception's
   * message on its last line.
   *
   * @param in the inputs, bound from the template's parameters and artifacts ({@code null} when {@code I} is
   *     {@code Void})
   * @param ctx where the step runs
   * @return the outputs ({@code null} when {@code O} is {@code Void})
   * @throws Exception anything: the node fails with its message
   */
  O run(I in, StepContext ctx) throws Exception;
}
