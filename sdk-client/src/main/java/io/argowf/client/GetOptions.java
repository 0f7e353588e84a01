package io.argowf.client;

import io.argowf.client.internal.ApiRequest;
import java.util.List;
import java.util.Objects;

/**
 * Options of a single workflow read: a projection ({@code fields}), the UID (tells a live workflow
 * and an archived one of the same name apart) and a {@code resourceVersion}. Immutable.
 *
 * <pre>{@code
 * Workflow slim = argo.workflows("argo").get("etl-abc", GetOptions.defaults()
 *     .withFields("metadata.name", "status.phase")
 *     .withUid(uid));
 * }</pre>
 *
 * @param fields dot paths kept in the reply (e.g. {@code status.phase}); empty keeps everything
 * @param excludeFields true when {@code fields} are dropped instead of kept
 * @param uid the workflow's {@code metadata.uid}, or null
 * @param resourceVersion {@code getOptions.resourceVersion}, or null
 */
public record GetOptions(List<String> fields, boolean excludeFields, String uid, String resourceVersion) {
  /** Copies the list. */
  public GetOptions {
    fields = List.copyOf(fields);
  }

  /** @return the whole object, any UID, the latest version */
  public static GetOptions defaults() {
    return new GetOptions(List.of(), false, null, null);
  }

  /**
   * @param paths dot paths to keep, e.g. {@code metadata.name}, {@code status.phase}
   * @return a copy keeping only these
   */
  public GetOptions withFields(String... paths) {
    return new GetOptions(List.of(paths), false, uid, resourceVersion);
  }

  /**
   * @param paths dot paths to drop, e.g. {@code status.nodes}
   * @return a copy dropping these
   */
  public GetOptions withoutFields(String... paths) {
    return new GetOptions(List.of(paths), true, uid, resourceVersion);
  }

  /**
   * @param workflowUid the {@code metadata.uid} the workflow must have
   * @return a copy with it
   */
  public GetOptions withUid(String workflowUid) {
    return new GetOptions(fields, excludeFields, Objects.requireNonNull(workflowUid, "workflowUid"), resourceVersion);
  }

  /**
   * @param version the {@code resourceVersion} to read at
   * @return a copy with it
   */
  public GetOptions withResourceVersion(String version) {
    return new GetOptions(fields, excludeFields, uid, Objects.requireNonNull(version, "version"));
  }

  ApiRequest applyTo(ApiRequest request) {
    return request
        .query("getOptions.resourceVersion", resourceVersion)
        .query("fields", fields.isEmpty() ? null : (excludeFields ? "-" : "") + String.join(",", fields))
        .query("uid", uid);
  }
}
