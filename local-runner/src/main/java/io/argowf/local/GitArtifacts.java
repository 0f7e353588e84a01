package io.argowf.local;

import io.argowf.model.workflow.GitArtifact;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@code git} input artifact fetched with this machine's {@code git}, as Argo's git driver does: a clone of
 * {@code repo} into the artifact's path ({@code depth} for a shallow clone; {@code singleBranch} with
 * {@code branch} clones that branch only), the {@code fetch} refspecs fetched, {@code revision} checked out (fetched
 * with the same depth when a shallow clone lacks it), and
 * submodules updated unless {@code disableSubmodules}. {@code insecureIgnoreHostKey} and {@code insecureSkipTLS}
 * relax SSH host key and TLS checks; credentials are this machine's (its SSH keys and git credential helpers), the
 * secret selectors are not read.
 */
final class GitArtifacts {
  private GitArtifacts() {}

  static void clone(GitArtifact g, Path target) throws IOException {
    List<String> clone = new ArrayList<>(List.of("git"));
    if (Boolean.TRUE.equals(g.insecureSkipTLS())) clone.addAll(List.of("-c", "http.sslVerify=false"));
    clone.addAll(List.of("clone", "--quiet"));
    if (g.depth() != null && g.depth() > 0) clone.addAll(List.of("--depth", g.depth().toString()));
    if (Boolean.TRUE.equals(g.singleBranch()) && g.branch() != null && !g.branch().isEmpty()) {
      clone.addAll(List.of("--single-branch", "--branch", g.branch()));
    }
    clone.addAll(List.of("--", g.repo(), target.toString()));
    Files.createDirectories(target.getParent());
    run(clone, null, g);
    if (g.fetch() != null && !g.fetch().isEmpty()) {
      List<String> fetch = new ArrayList<>(List.of("git", "fetch", "--quiet", "origin"));
      fetch.addAll(g.fetch());
      run(fetch, target, g);
    }
    if (g.revision() != null && !g.revision().isEmpty()) checkout(g, target);
    if (!Boolean.TRUE.equals(g.disableSubmodules())) {
      run(List.of("git", "submodule", "update", "--quiet", "--init", "--recursive", "--force"), target, g);
    }
  }

  /** A revision a shallow clone lacks is fetched first (with the same depth). */
  private static void checkout(GitArtifact g, Path target) throws IOException {
    try {
      run(List.of("git", "-c", "advice.detachedHead=false", "checkout", "--quiet", g.revision()), target, g);
    } catch (IOException notHere) {
      if (g.depth() == null || g.depth() <= 0) throw notHere;
      run(List.of("git", "fetch", "--quiet", "--depth", g.depth().toString(), "origin", g.revision()), target, g);
      run(List.of("git", "-c", "advice.detachedHead=false", "checkout", "--quiet", "FETCH_HEAD"), target, g);
    }
  }

  private static void run(List<String> argv, Path dir, GitArtifact g) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(true)
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    if (dir != null) pb.directory(dir.toFile());
    Map<String, String> env = pb.environment();
    env.put("GIT_TERMINAL_PROMPT", "0");
    if (Boolean.TRUE.equals(g.insecureIgnoreHostKey())) {
      env.put("GIT_SSH_COMMAND", "ssh -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null");
    }
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    try {
      if (p.waitFor() != 0) {
        throw new IOException("failed to fetch git artifact " + g.repo() + ": '" + String.join(" ", argv)
            + "' failed: " + output);
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while fetching git artifact " + g.repo(), e);
    }
  }
}
