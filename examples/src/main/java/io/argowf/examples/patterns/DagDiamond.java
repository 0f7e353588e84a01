package io.argowf.examples.patterns;

import static io.argowf.dsl.Argo.container;
import static io.argowf.dsl.Argo.dag;
import static io.argowf.dsl.Argo.param;
import static io.argowf.dsl.Argo.workflow;

import io.argowf.model.workflow.Workflow;
import java.util.List;

/** A DAG diamond: A, then B and C side by side, then D once both have succeeded. */
public final class DagDiamond {
  private DagDiamond() {}

  /** The workflow. */
  public static List<Object> manifests() {
    var message = param("message");
    var echo = container("echo").inputs(message).image(Images.BUSYBOX).command("echo").args(message);
    var a = echo.task("A").with(message, "A");
    var b = echo.task("B").with(message, "B").dependsOn(a);
    var c = echo.task("C").with(message, "C").dependsOn(a);
    var d = echo.task("D").with(message, "D").depends(b.succeeded().and(c.succeeded()));
    Workflow wf = workflow().generateName("dag-diamond-").entrypoint(dag("diamond").tasks(a, b, c, d)).build();
    return List.of(wf);
  }
}
