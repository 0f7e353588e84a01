package io.argowf.dsl;

/** A condition written by hand ({@link Depends#raw(String)}), used as it is. */
record DependsRaw(String expression) implements Depends {}
