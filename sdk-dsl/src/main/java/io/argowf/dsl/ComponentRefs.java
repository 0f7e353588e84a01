package io.argowf.dsl;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.lang.invoke.MethodHandleInfo;
import java.lang.invoke.SerializedLambda;

/**
 * Reads which record component a {@link Component} method reference names. Java compiles a serializable method
 * reference so that serializing it yields a {@link SerializedLambda} naming the method it calls; the stream's
 * {@code replaceObject} hook receives that object, so no private member is opened by reflection (this works on the
 * module path as well).
 */
final class ComponentRefs {
  private ComponentRefs() {}

  /** A component: its record's binary name and its own name. */
  record Named(String record, String name) {}

  static Named of(Component<?, ?> ref) {
    SerializedLambda lambda = serialized(ref);
    if (lambda.getImplMethodKind() != MethodHandleInfo.REF_invokeVirtual
        || lambda.getImplMethodName().startsWith("lambda$")) {
      throw new IllegalArgumentException("name a record component with a method reference such as "
          + "TrainIn::dataset, not a lambda (" + lambda.getImplMethodName() + ")");
    }
    return new Named(lambda.getImplClass().replace('/', '.'), lambda.getImplMethodName());
  }

  private static SerializedLambda serialized(Component<?, ?> ref) {
    try (Capture capture = new Capture()) {
      capture.writeObject(ref);
      if (capture.lambda == null) throw new IllegalArgumentException("not a method reference: " + ref);
      return capture.lambda;
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the method reference " + ref + ": " + e, e);
    }
  }

  private static final class Capture extends ObjectOutputStream {
    SerializedLambda lambda;

    Capture() throws IOException {
      super(OutputStream.nullOutputStream());
      enableReplaceObject(true);
    }

    @Override
    protected Object replaceObject(Object obj) {
      if (lambda == null && obj instanceof SerializedLambda l) lambda = l;
      return obj;
    }
  }
}
