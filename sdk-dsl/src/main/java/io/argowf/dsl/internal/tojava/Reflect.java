package io.argowf.dsl.internal.tojava;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/** Runs the calls the generated code will make, so that the generator sees their result. */
final class Reflect {
  private Reflect() {}

  static Object call(Object target, String name, Class<?>[] types, Object... args) {
    return invoke(method(target.getClass(), name, types), target, args);
  }

  static Object callStatic(Class<?> owner, String name, Class<?>[] types, Object... args) {
    return invoke(method(owner, name, types), null, args);
  }

  static Method method(Class<?> owner, String name, Class<?>... types) {
    try {
      return owner.getMethod(name, types);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(owner.getName() + " has no method " + name, e);
    }
  }

  static Object invoke(Method method, Object target, Object... args) {
    try {
      return method.invoke(target, args);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot call " + method, e);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new IllegalStateException(method + " failed", e.getCause());
    }
  }
}
