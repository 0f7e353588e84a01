package io.argowf.dsl;

import io.argowf.model.workflow.Template;

/**
 * A template that pauses the workflow until it is resumed, or for a while.
 *
 * <pre>{@code
 * var approve = suspend("approve");                 // until resumed
 * var delay = suspend("delay").duration("20");      // 20 seconds
 * }</pre>
 */
public final class SuspendTemplate extends BaseTemplate<SuspendTemplate> {
  private io.argowf.model.workflow.SuspendTemplate suspend = io.argowf.model.workflow.SuspendTemplate.builder().build();

  SuspendTemplate(String name) {
    super(name);
  }

  /**
   * Resumes by itself after this long.
   *
   * @param duration seconds, or a duration such as {@code 2m}; may be a handle
   */
  public SuspendTemplate duration(CharSequence duration) {
    suspend = suspend.withDuration(duration.toString());
    return this;
  }

  @Override
  Template complete(Template common) {
    return common.withSuspend(suspend);
  }
}
