package io.argowf.vci;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's sample outputs are what the code prints for {@link RenderFixture}, never edited by hand. Each sits in
 * the fenced block after a {@code <!-- output: NAME -->} line. After changing an output on purpose, rewrite the
 * blocks with {@code mvn -pl vci-extensions test -Dtest=ReadmeTest -Dargowf.readme.write=true}.
 */
class ReadmeTest {
  private static final Path README = Path.of("README.md");

  @Test
  void readmeShowsTheUsageReportOfTheRenderFixture() throws IOException {
    check("usage-table", RenderFixture.report().toTable());
  }

  @Test
  void readmeShowsTheEstimateOfTheRenderFixture() throws IOException {
    check("estimate-table", RenderFixture.estimate().toTable());
  }

  private static void check(String name, String output) throws IOException {
    String text = Files.readString(README);
    String marker = "<!-- output: " + name + " -->\n```\n";
    int start = text.indexOf(marker);
    assertThat(start).as("README.md has no fenced block after <!-- output: %s -->", name).isNotNegative();
    int from = start + marker.length();
    int end = text.indexOf("```\n", from);
    if (Boolean.getBoolean("argowf.readme.write")) {
      Files.writeString(README, text.substring(0, from) + output + text.substring(end));
    } else {
      assertThat(text.substring(from, end)).as("README.md's %s block; rewrite it with -Dargowf.readme.write=true", name)
          .isEqualTo(output);
    }
  }
}
