package io.argowf.examples.cli;

import io.argowf.local.Leaf;
import io.argowf.local.LeafResult;
import io.argowf.local.LocalRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The stand-ins {@code run-local} registers for the catalogue's programs that are not on a laptop: {@code blender}
 * (it writes one small placeholder file per frame it was asked to render, named as Blender names its output
 * frames). {@code cowsay} and {@code argosay} are the runner's own built-in stand-ins.
 */
final class DemoStandIns {
  private DemoStandIns() {}

  static void register(LocalRunner.Builder b) {
    b.standInForCommand("blender", DemoStandIns::blender);
  }

  /** {@code blender -b FILE ... -o OUT -s START -e END -a}: frames START..END written under OUT. */
  static LeafResult blender(Leaf leaf) throws Exception {
    List<String> a = leaf.arguments();
    String output = value(a, "-o", "/tmp/");
    int start = Integer.parseInt(value(a, "-s", "1"));
    int end = Integer.parseInt(value(a, "-e", Integer.toString(start)));
    for (int f = start; f <= end; f++) {
      Path frame = leaf.path(output + String.format("%04d.png", f));
      Files.createDirectories(frame.getParent());
      Files.writeString(frame, "frame " + f + " of " + value(a, "-b", "the scene") + " (rendered by a stand-in)\n");
      leaf.out().println("Fra:" + f + " saved " + output + String.format("%04d.png", f));
    }
    return LeafResult.ok();
  }

  private static String value(List<String> args, String flag, String fallback) {
    int i = args.indexOf(flag);
    return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
  }
}
