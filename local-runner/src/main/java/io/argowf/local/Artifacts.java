package io.argowf.local;

import io.argowf.model.workflow.Artifact;
import io.argowf.model.workflow.S3Artifact;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/**
 * Artifacts as files: one local folder stands in for every artifact repository (an S3, GCS, OSS, Azure, HDFS or
 * Artifactory key is a path under it, whatever the bucket), outputs are saved as Argo saves them (a tar+gzip of the
 * file or folder unless {@code archive.none}) under {@code <workflow>/<pod>/<name>.tgz} when no key is given, and
 * inputs are loaded back (unpacked when they are a tar+gzip).
 */
final class Artifacts {
  private final Path repository;

  Artifacts(Path repository) {
    this.repository = repository;
  }

  static boolean hasSource(Artifact a) {
    return a.raw() != null || a.s3() != null || a.gcs() != null || a.oss() != null || a.azure() != null
        || a.hdfs() != null || a.artifactory() != null || a.http() != null || a.git() != null;
  }

  /** The argument's source under the declared artifact's name and path. */
  static Artifact withPath(Artifact source, Artifact declared) {
    return source.withName(declared.name()).withPath(declared.path()).withFrom(null);
  }

  /** The key of an artifact in the repository, or null when it has no key. */
  static String key(Artifact a) {
    if (a.s3() != null) return a.s3().key();
    if (a.gcs() != null) return a.gcs().key();
    if (a.oss() != null) return a.oss().key();
    if (a.azure() != null) return a.azure().blob();
    if (a.hdfs() != null) return a.hdfs().path();
    if (a.artifactory() != null) return URI.create(a.artifactory().url()).getPath();
    return null;
  }

  Path file(String key) {
    Path p = repository.resolve(key.startsWith("/") ? key.substring(1) : key).normalize();
    if (!p.startsWith(repository)) throw new IllegalArgumentException("artifact key " + key + " leaves the repository");
    return p;
  }

  // ---- saving

  /**
   * Saves an output artifact found at {@code local}; returns it as the node's status shows it, or null when it is
   * optional and absent.
   */
  Artifact save(Artifact declared, Path local, String defaultKeyPrefix) throws IOException {
    if (!Files.exists(local)) {
      if (Boolean.TRUE.equals(declared.optional())) return null;
      throw new IOException("failed to save outputs: open " + declared.path() + ": no such file or directory");
    }
    boolean archive = declared.archive() == null || declared.archive().none() == null;
    String key = key(declared);
    if (key == null || key.isEmpty()) key = defaultKeyPrefix + "/" + declared.name() + (archive ? ".tgz" : "");
    Path target = file(key);
    Files.createDirectories(target.getParent());
    if (archive) tarGzip(local, target);
    else copy(local, target);
    return key(declared) == null ? declared.withS3(S3Artifact.builder().key(key).build()) : declared;
  }

  private static void tarGzip(Path source, Path target) throws IOException {
    try (OutputStream out = Files.newOutputStream(target);
         GzipCompressorOutputStream gz = new GzipCompressorOutputStream(out);
         TarArchiveOutputStream tar = new TarArchiveOutputStream(gz)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      Path base = source.getParent();
      try (Stream<Path> all = Files.walk(source)) {
        for (Path p : all.sorted().toList()) {
          if (!Files.isReadable(p) || !Files.isDirectory(p) && !Files.isRegularFile(p)) continue;
          String name = base.relativize(p).toString().replace('\\', '/');
          TarArchiveEntry e = new TarArchiveEntry(p.toFile(), Files.isDirectory(p) ? name + "/" : name);
          tar.putArchiveEntry(e);
          if (Files.isRegularFile(p)) Files.copy(p, tar);
          tar.closeArchiveEntry();
        }
      }
    }
  }

  private static void copy(Path source, Path target) throws IOException {
    if (!Files.isDirectory(source)) {
      Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
      return;
    }
    try (Stream<Path> all = Files.walk(source)) {
      for (Path p : all.sorted().toList()) {
        Path t = target.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(t);
        else if (Files.isRegularFile(p) && Files.isReadable(p)) Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  // ---- loading

  /** Puts an input artifact at {@code target} (a file, or a folder when it was a folder). */
  void load(Artifact source, Path target) throws IOException {
    Files.createDirectories(target.getParent());
    if (source.subPath() != null && !source.subPath().isEmpty()) {
      Path whole = Files.createTempDirectory(target.getParent(), ".artifact-").resolve("whole");
      load(source.withSubPath(null), whole);
      Path part = whole.resolve(source.subPath()).normalize();
      if (!part.startsWith(whole) || !Files.exists(part)) {
        throw new IOException("artifact " + source.name() + " has no " + source.subPath());
      }
      Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
      return;
    }
    if (source.raw() != null) {
      Files.writeString(target, source.raw().data() == null ? "" : source.raw().data(), StandardCharsets.UTF_8);
    } else if (source.http() != null) {
      fetch(source.http().url(), target);
    } else if (source.git() != null) {
      GitArtifacts.clone(source.git(), target);
    } else {
      String key = key(source);
      if (key == null) throw new IOException("artifact " + source.name() + " has no location this runner can read");
      Path stored = file(key);
      if (Files.isDirectory(stored)) {
        copy(stored, target);
      } else if (!Files.exists(stored)) {
        throw new IOException("failed to load artifact " + source.name() + ": key " + key + " does not exist");
      } else if (isGzip(stored)) {
        untar(stored, target);
      } else {
        Files.copy(stored, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    if (source.mode() != null) chmod(target, source.mode());
  }

  private static void fetch(String url, Path target) throws IOException {
    try {
      HttpResponse<Path> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
          HttpResponse.BodyHandlers.ofFile(target));
      if (r.statusCode() / 100 != 2) throw new IOException("GET " + url + " returned " + r.statusCode());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while fetching " + url, e);
    }
  }

  private static boolean isGzip(Path p) throws IOException {
    try (InputStream in = Files.newInputStream(p)) {
      return in.read() == 0x1f && in.read() == 0x8b;
    }
  }

  /** Unpacks a tar+gzip: its single top entry becomes {@code target} (a file or a folder). */
  private static void untar(Path archive, Path target) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(archive));
         TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(in))) {
      TarArchiveEntry e;
      while ((e = tar.getNextEntry()) != null) {
        Path out = place(e.getName(), target);
        if (e.isDirectory()) {
          Files.createDirectories(out);
        } else {
          Files.createDirectories(out.getParent());
          Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
          if ((e.getMode() & 0100) != 0) out.toFile().setExecutable(true);
        }
      }
    }
  }

  private static Path place(String entry, Path target) throws IOException {
    List<String> parts = List.of(entry.replaceAll("^\\./", "").split("/"));
    Path out = target;
    for (String part : parts.subList(1, parts.size())) if (!part.isEmpty()) out = out.resolve(part);
    out = out.normalize();
    if (!out.startsWith(target)) throw new IOException("archive entry " + entry + " leaves its folder");
    return out;
  }

  private static void chmod(Path target, int mode) {
    target.toFile().setExecutable((mode & 0111) != 0, (mode & 011) == 0);
    target.toFile().setReadable((mode & 0444) != 0, (mode & 044) == 0);
  }
}
