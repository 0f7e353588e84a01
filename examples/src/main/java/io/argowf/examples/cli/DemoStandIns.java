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
 * frames), and the {@code model-training} example's trainer image (its {@code python -m pipeline.STAGE} commands
 * write small placeholder data, a model file and an accuracy of 0.93). {@code cowsay} and {@code argosay} are the
 * runner's own built-in stand-ins.
 */
final class DemoStandIns {
  private DemoStandIns() {}

  static void register(LocalRunner.Builder b) {
    b.standInForCommand("blender", DemoStandIns::blender);
    b.standInForImage(TRAINER, DemoStandIns::trainer);
  }

  /** The image of the {@code model-training} example's steps. */
  static final String TRAINER = "cr-demo-cn-beijing.cr.volces.com/ml/trainer";

  /** {@code python -m pipeline.STAGE ...}: each stage writes what the next one reads. */
  static LeafResult trainer(Leaf leaf) throws Exception {
    List<String> all = leaf.command();
    int m = all.indexOf("-m");
    String stage = m >= 0 && m + 1 < all.size() ? all.get(m + 1).replace("pipeline.", "") : "";
    switch (stage) {
      case "collect" -> write(leaf, value(all, "--out", "/data/raw") + "/samples.csv", "id,label\n1,cat\n2,dog\n");
      case "preprocess", "features" -> write(leaf, all.get(all.size() - 1) + "/" + stage + ".csv", "id,x\n1,0.1\n2,0.9\n");
      case "train" -> write(leaf, value(all, "--out", "/models/model.pt"), "model trained for " + value(all, "--epochs", "1")
          + " epochs (by a stand-in)\n");
      case "evaluate" -> write(leaf, value(all, "--accuracy-file", "/tmp/accuracy"), "0.93");
      case "register" -> leaf.out().println("registered " + value(all, "--name", "model"));
      default -> {
        leaf.out().println("the trainer stand-in knows collect, preprocess, features, train, evaluate and register, not '"
            + stage + "'");
        return LeafResult.exit(2);
      }
    }
    leaf.out().println(stage + " done (stand-in for " + TRAINER + ")");
    return LeafResult.ok();
  }

  private static void write(Leaf leaf, String containerPath, String text) throws java.io.IOException {
    Path file = leaf.path(containerPath);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
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
