package io.argowf.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One HTTP request to argo-server, before base URL, headers and credentials are added.
 * Path segments are encoded one by one, so names can never escape their segment.
 */
public final class ApiRequest {
  /** Whether repeating the request can change the outcome. */
  public enum Safety {
    /** Repeating it is harmless (reads, updates of a fixed object, deletes, named creates). */
    IDEMPOTENT,
    /** Repeating it could do the work twice; retried only when it cannot have reached the server. */
    ONCE
  }

  final String method;
  final List<String> segments;
  final List<Map.Entry<String, String>> query = new ArrayList<>();
  JsonNode body;
  Safety safety;
  String accept = "application/json";

  private ApiRequest(String method, Safety safety, List<String> segments) {
    this.method = method;
    this.safety = safety;
    this.segments = segments;
  }

  /** A GET of the path made of {@code segments}. */
  public static ApiRequest get(String... segments) {
    return new ApiRequest("GET", Safety.IDEMPOTENT, List.of(segments));
  }

  /** A DELETE of the path. */
  public static ApiRequest delete(String... segments) {
    return new ApiRequest("DELETE", Safety.IDEMPOTENT, List.of(segments));
  }

  /** A POST; not idempotent unless {@link #safety(Safety)} says otherwise. */
  public static ApiRequest post(JsonNode body, String... segments) {
    ApiRequest r = new ApiRequest("POST", Safety.ONCE, List.of(segments));
    r.body = body;
    return r;
  }

  /** A PUT; idempotent unless {@link #safety(Safety)} says otherwise. */
  public static ApiRequest put(JsonNode body, String... segments) {
    ApiRequest r = new ApiRequest("PUT", Safety.IDEMPOTENT, List.of(segments));
    r.body = body;
    return r;
  }

  /** Adds a query parameter unless {@code value} is null. */
  public ApiRequest query(String name, Object value) {
    if (value != null) {
      query.add(Map.entry(name, String.valueOf(value)));
    }
    return this;
  }

  /** Overrides the retry safety. */
  public ApiRequest safety(Safety safety) {
    this.safety = safety;
    return this;
  }

  /** Sets the {@code Accept} header. */
  public ApiRequest accept(String accept) {
    this.accept = accept;
    return this;
  }

  /** @return "METHOD /path" for messages; never contains credentials or the query */
  public String describe() {
    return method + " /" + String.join("/", segments);
  }

  @Override
  public String toString() {
    return describe();
  }
}
