package io.argowf.model.expr;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import com.jayway.jsonpath.spi.json.JacksonJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import java.util.Map;

/**
 * The functions Argo adds to every expression's environment: {@code asInt}, {@code asFloat}, {@code jsonpath},
 * {@code toJson} and the {@code sprig} namespace.
 */
final class ArgoFunctions {
  private static final Configuration JSONPATH = Configuration.builder()
      .jsonProvider(new JacksonJsonProvider()).mappingProvider(new JacksonMappingProvider()).build();
  private static final Map<String, Object> VALUES = Map.of(
      "asInt", (Fn) a -> asInt(a.get(0)),
      "asFloat", (Fn) a -> asFloat(a.get(0)),
      "jsonpath", (Fn) a -> jsonpath(Builtins.str(a.get(0)), Builtins.str(a.get(1))),
      "toJson", (Fn) a -> GoJson.write(a.get(0), ""),
      "sprig", Sprig.NAMESPACE);

  private ArgoFunctions() {}

  /** Argo's function (or the sprig namespace) of that name, or null. */
  static Object value(String name) {
    return VALUES.get(name);
  }

  static Object asInt(Object v) {
    if (v instanceof Long) return v;
    if (v instanceof Double d) return Values.toLong(d);
    if (v instanceof String s) {
      Long l = GoStrings.parseInt(s);
      if (l == null) throw new IllegalArgumentException("strconv.ParseInt: parsing \"" + s + "\": invalid syntax");
      return l;
    }
    throw new IllegalArgumentException("asInt needs a string or a number, not " + Values.type(v));
  }

  static Object asFloat(Object v) {
    if (Values.isNumber(v)) return Values.toDouble(v);
    if (v instanceof String s) {
      Double d = GoStrings.parseFloat(s);
      if (d == null) throw new IllegalArgumentException("strconv.ParseFloat: parsing \"" + s + "\": invalid syntax");
      return d;
    }
    throw new IllegalArgumentException("asFloat needs a string or a number, not " + Values.type(v));
  }

  /** jsonpath(json, path): the JSON text read as Go reads it, then the path applied (a list for wildcards and filters). */
  static Object jsonpath(String json, String path) {
    Object doc = GoJson.read(json);
    try {
      return Values.normalize(JsonPath.using(JSONPATH).parse(doc).read(path));
    } catch (PathNotFoundException e) {
      throw new IllegalArgumentException("jsonpath " + path + " finds nothing: " + e.getMessage());
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("jsonpath " + path + " is not a valid path: " + e.getMessage());
    }
  }
}
