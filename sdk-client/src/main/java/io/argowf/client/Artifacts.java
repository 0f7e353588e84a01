package io.argowf.client;

import io.argowf.client.internal.ApiRequest;
import io.argowf.client.internal.Errors;
import io.argowf.client.internal.Transport;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Artifact downloads of one namespace, streamed (never held in memory). Get it from
 * {@link ArgoClient#artifacts(String)}.
 *
 * <pre>{@code
 * Path saved = argo.artifacts("argo").output("etl-abc", "etl-abc-1234", "report").saveTo(Path.of("report.tgz"));
 * try (InputStream in = argo.artifacts("argo").input("etl-abc", "etl-abc-1234", "data").open()) { ... }
 * argo.artifacts("argo").outputFile("etl-abc", "etl-abc-1234", "reports", "summary.csv").writeTo(System.out);
 * }</pre>
 */
public final class Artifacts {
  private final Transport transport;
  private final String namespace;

  Artifacts(Transport transport, String namespace) {
    this.transport = transport;
    this.namespace = namespace;
  }

  /**
   * An output artifact of a node of a live (or archived) workflow.
   *
   * @param workflow workflow name
   * @param nodeId node ID (from {@code status.nodes})
   * @param artifactName the artifact's name
   * @return the download
   */
  public Download output(String workflow, String nodeId, String artifactName) {
    return new Download(ApiRequest.get("artifacts", namespace, workflow, nodeId, artifactName));
  }

  /**
   * An input artifact of a node.
   *
   * @param workflow workflow name
   * @param nodeId node ID
   * @param artifactName the artifact's name
   * @return the download
   */
  public Download input(String workflow, String nodeId, String artifactName) {
    return new Download(ApiRequest.get("input-artifacts", namespace, workflow, nodeId, artifactName));
  }

  /**
   * An output artifact addressed by workflow UID (works for archived workflows).
   *
   * @param uid workflow UID
   * @param nodeId node ID
   * @param artifactName the artifact's name
   * @return the download
   */
  public Download outputByUid(String uid, String nodeId, String artifactName) {
    return new Download(ApiRequest.get("artifacts-by-uid", uid, nodeId, artifactName));
  }

  /**
   * An input artifact addressed by workflow UID (works for archived workflows).
   *
   * @param uid workflow UID
   * @param nodeId node ID
   * @param artifactName the artifact's name
   * @return the download
   */
  public Download inputByUid(String uid, String nodeId, String artifactName) {
    return new Download(ApiRequest.get("input-artifacts-by-uid", uid, nodeId, artifactName));
  }

  /**
   * A file inside an output artifact of a live workflow (argo-server's {@code /artifact-files/});
   * for a directory artifact, {@code path} picks the file.
   *
   * <pre>{@code
   * argo.artifacts("argo").outputFile("etl-abc", "etl-abc-1234", "reports", "2024/summary.csv").saveTo(target);
   * }</pre>
   *
   * @param workflow workflow name
   * @param nodeId node ID
   * @param artifactName the artifact's name
   * @param path the file inside the artifact ({@code a/b.txt}), or empty for the artifact itself
   * @return the download
   */
  public Download outputFile(String workflow, String nodeId, String artifactName, String path) {
    return file("workflows", workflow, nodeId, "outputs", artifactName, path);
  }

  /**
   * A file inside an input artifact of a live workflow.
   *
   * @param workflow workflow name
   * @param nodeId node ID
   * @param artifactName the artifact's name
   * @param path the file inside the artifact, or empty for the artifact itself
   * @return the download
   */
  public Download inputFile(String workflow, String nodeId, String artifactName, String path) {
    return file("workflows", workflow, nodeId, "inputs", artifactName, path);
  }

  /**
   * A file inside an output artifact of an archived workflow.
   *
   * <pre>{@code
   * argo.artifacts("argo").archivedOutputFile(uid, nodeId, "reports", "summary.csv").writeTo(System.out);
   * }</pre>
   *
   * @param uid the archived workflow's UID
   * @param nodeId node ID
   * @param artifactName the artifact's name
   * @param path the file inside the artifact, or empty for the artifact itself
   * @return the download
   */
  public Download archivedOutputFile(String uid, String nodeId, String artifactName, String path) {
    return file("archived-workflows", uid, nodeId, "outputs", artifactName, path);
  }

  /**
   * A file inside an input artifact of an archived workflow.
   *
   * @param uid the archived workflow's UID
   * @param nodeId node ID
   * @param artifactName the artifact's name
   * @param path the file inside the artifact, or empty for the artifact itself
   * @return the download
   */
  public Download archivedInputFile(String uid, String nodeId, String artifactName, String path) {
    return file("archived-workflows", uid, nodeId, "inputs", artifactName, path);
  }

  private Download file(String kind, String id, String nodeId, String direction, String artifactName, String path) {
    if ("inputs".equals(direction) && transport.serverVersion().before(3, 6)) {
      throw new UnsupportedByBackendException("input artifact files need argo-server v3.6 or later: "
          + transport.serverVersion() + " serves /artifact-files/.../outputs/... only");
    }
    List<String> segments = new ArrayList<>(List.of("artifact-files", namespace, kind,
        Names.require(id), Names.require(nodeId), direction,
        Names.require(artifactName)));
    for (String part : (path == null ? "" : path).split("/")) {
      if (part.equals("..")) {
        throw new IllegalArgumentException("path must not leave the artifact: " + path);
      }
      if (!part.isEmpty() && !part.equals(".")) {
        segments.add(part);
      }
    }
    return new Download(ApiRequest.get(segments.toArray(String[]::new)));
  }

  /**
   * One artifact download. Errors (plain text from the server) surface as {@link ArgoException}s.
   *
   * <pre>{@code
   * long bytes = download.writeTo(System.out);
   * }</pre>
   */
  public final class Download {
    private final ApiRequest request;

    Download(ApiRequest request) {
      this.request = request.accept("*/*");
    }

    /**
     * Opens the raw bytes; the caller closes the stream.
     *
     * @return the bytes as they arrive
     */
    public InputStream open() {
      Transport.Opened opened = transport.open(request);
      return new FilterInputStream(opened.response().body().byteStream()) {
        @Override
        public void close() throws IOException {
          try {
            super.close();
          } finally {
            opened.close();
          }
        }
      };
    }

    /**
     * Copies the artifact to a stream (not closed).
     *
     * @param out where to write
     * @return bytes written
     */
    public long writeTo(OutputStream out) {
      try (InputStream in = open()) {
        return in.transferTo(out);
      } catch (IOException e) {
        throw Errors.fromIo(request.describe() + " (downloading)", e);
      }
    }

    /**
     * Saves the artifact to a file, replacing it; written to a temporary file first so a failed
     * download never leaves a partial file behind.
     *
     * @param file the target file
     * @return {@code file}
     */
    public Path saveTo(Path file) {
      Path dir = file.toAbsolutePath().getParent();
      Path tmp = null;
      try {
        tmp = Files.createTempFile(dir, ".argowf-", ".part");
        try (InputStream in = open()) {
          Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        }
        return Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new UncheckedIOException("downloading " + request.describe() + " to " + file + ": " + e.getMessage(), e);
      } finally {
        deleteQuietly(tmp);
      }
    }

    private void deleteQuietly(Path tmp) {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // best effort: the temporary file is hidden and unimportant
        }
      }
    }
  }
}
