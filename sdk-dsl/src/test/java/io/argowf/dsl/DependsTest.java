package io.argowf.dsl;

import static io.argowf.dsl.Argo.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** DAG conditions render as Argo's depends expressions. */
class DependsTest {
  private final ContainerTemplate c = container("c").image("busybox");
  private final Task a = c.task("A");
  private final Task b = c.task("B");
  private final Task d = c.task("D");

  @Test
  void aTaskAloneMeansItCompletedAsExpected() {
    assertThat(a.expression()).isEqualTo("A");
  }

  @Test
  void anOrInsideAnAndGetsParentheses() {
    assertThat(a.and(b.succeeded().or(b.failed())).expression()).isEqualTo("A && (B.Succeeded || B.Failed)");
  }

  @Test
  void chainsOfOneOperatorAreFlat() {
    assertThat(a.and(b).and(d).expression()).isEqualTo("A && B && D");
    assertThat(Depends.any(a.errored(), b.skipped(), d.daemoned()).expression()).isEqualTo("A.Errored || B.Skipped || D.Daemoned");
  }

  @Test
  void notWrapsGroupsOnly() {
    assertThat(a.not().expression()).isEqualTo("!A");
    assertThat(a.and(b).not().expression()).isEqualTo("!(A && B)");
  }

  @Test
  void loopResultsAreAvailable() {
    assertThat(a.anySucceeded().or(b.allFailed()).expression()).isEqualTo("A.AnySucceeded || B.AllFailed");
  }

  @Test
  void dependsOnSeveralTasksMeansAllOfThem() {
    assertThat(c.task("E").dependsOn(a, b).toModel().depends()).isEqualTo("A && B");
    assertThat(c.task("F").depends("A.Succeeded || B.Omitted").toModel().depends()).isEqualTo("A.Succeeded || B.Omitted");
  }
}
