package io.argowf.model.expr;

import java.util.List;

/** A function value: a builtin, one of Argo's additions, a sprig function, or a method bound to a value. */
@FunctionalInterface
interface Fn {
  Object call(List<Object> arguments);
}
