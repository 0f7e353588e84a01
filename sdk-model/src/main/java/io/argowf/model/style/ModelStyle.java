package io.argowf.model.style;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * Immutables style of every model type: the hand-written or generated {@code AbstractX} is the
 * template, the public immutable class is plain {@code X} with a {@code builder()} and {@code with*} copies;
 * {@code toString()} shows the fields that are set ({@link ModelStrings}).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    allParameters = false,
    defaults = @Value.Immutable(copy = true, prehash = false),
    builder = "builder",
    build = "build",
    forceJacksonPropertyNames = false,
    jacksonIntegration = true,
    delegateToString = "io.argowf.model.style.ModelStrings.toString",
    // only @Override: no org.immutables.value.Generated (nor javax Generated/Nullable/...) in the class files, whose
    // annotation types are not on a user's classpath (javac -Xlint:all would warn: class file ... not found)
    allowedClasspathAnnotations = {Override.class})
public @interface ModelStyle {}
