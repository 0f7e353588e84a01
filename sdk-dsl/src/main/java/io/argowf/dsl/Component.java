package io.argowf.dsl;

import java.io.Serializable;

/**
 * A record component named by a method reference, such as {@code TrainIn::dataset}: how Java steps' inputs and
 * outputs are named in the DSL, so that renaming a component is a compile error and not a runtime surprise.
 * The DSL reads the component's name from the reference's {@link java.lang.invoke.SerializedLambda} (that is why
 * it is {@link Serializable}); pass a method reference, not a lambda.
 *
 * <pre>{@code
 * train.task("train").with(TrainIn::dataset, prep.output(PrepOut::path));
 * }</pre>
 *
 * @param <R> the record
 * @param <T> the component's type
 */
@FunctionalInterface
public interface Component<R, T> extends Serializable {
  /**
   * Reads the component (the record's accessor).
   *
   * @param record a record
   * @return the component's value
   */
  T get(R record);
}
