package io.argowf.model.style;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets a model list or map hold null items and values (Immutables reads this annotation by name), so a
 * manifest's {@code [a, null]} or {@code key:} with no value reads without failing and writes back.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE_USE})
public @interface AllowNulls {}
