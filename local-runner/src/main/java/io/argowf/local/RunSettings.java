package io.argowf.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the runner's builder set.
 *
 * @param folder the working folder (runs go in sub-folders)
 * @param artifactFolder the artifact repository folder, or null for one inside each run's folder
 * @param parallelism the most leaves running at once (0: no cap beyond the workflow's own)
 * @param byTemplate stand-ins by template name
 * @param byImage stand-ins by image (with or without tag)
 * @param byCommand stand-ins by command name
 * @param executors leaf executors asked first, in order
 * @param listener the listener every run starts with, or null
 * @param timeout the longest a run may take, or null
 * @param isolation how declared paths are given to processes
 * @param parameters workflow parameters overriding the workflow's own ({@code -p name=value})
 * @param name the workflow's name when it only has a {@code generateName}, or null for a random suffix
 * @param memo the runner's memoization cache
 */
record RunSettings(Path folder, Path artifactFolder, int parallelism, Map<String, StandIn> byTemplate,
    Map<String, StandIn> byImage, Map<String, StandIn> byCommand, List<LeafExecutor> executors,
    RunListener listener, Duration timeout, Isolation isolation, Map<String, String> parameters, String name, Memo memo) {

  RunSettings withArtifactFolder(Path p) {
    return new RunSettings(folder, p, parallelism, byTemplate, byImage, byCommand, executors, listener, timeout,
        isolation, parameters, name, memo);
  }
}
