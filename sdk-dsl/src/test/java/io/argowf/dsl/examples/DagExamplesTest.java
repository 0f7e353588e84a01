package io.argowf.dsl.examples;

import static io.argowf.dsl.Argo.*;

import io.argowf.model.workflow.Workflow;
import org.junit.jupiter.api.Test;

/** Argo's DAG and container-set examples, written with the DSL. */
class DagExamplesTest {
  @Test
  void diamondWithDependsOn() {
    var message = param("message");
    var echo = container("echo").inputs(message).image("busybox").command("echo", message);
    var a = echo.task("A").with(message, "A");
    var b = echo.task("B").dependsOn(a).with(message, "B");
    var c = echo.task("C").dependsOn(a).with(message, "C");
    var d = echo.task("D").dependsOn(b, c).with(message, "D");
    Workflow wf = workflow().generateName("dag-diamond-").entrypoint(dag("diamond").tasks(a, b, c, d)).build();
    Golden.assertMatches("dag-diamond.yaml", wf);
  }

  @Test
  void inlineTemplateInATask() {
    Workflow wf = workflow().generateName("dag-inline-")
        .annotation("workflows.argoproj.io/version", ">= 3.2.0")
        .entrypoint(dag("main").tasks(container("say").image("argoproj/argosay:v2").task("a").inline()))
        .build();
    Golden.assertMatches("dag-inline-workflow.yaml", wf);
  }

  @Test
  void enhancedDependsFromTypedTaskResults() {
    var pass = container("pass").image("busybox").command("sh", "-c", "exit 0");
    var fail = container("fail").image("busybox").command("sh", "-c", "exit 1");
    var a = pass.task("A");
    var b = pass.task("B").dependsOn(a);
    var c = fail.task("C").dependsOn(a);
    var one = pass.task("should-execute-1").depends(a.and(c.succeeded().or(c.failed())));
    var two = pass.task("should-execute-2").depends(b.or(c));
    var not = pass.task("should-not-execute").depends(b.and(c));
    var three = pass.task("should-execute-3").depends(two.succeeded().or(not));
    Workflow wf = workflow().generateName("dag-diamond-")
        .entrypoint(dag("diamond").tasks(a, b, c, one, two, not, three))
        .build();
    Golden.assertMatches("dag-enhanced-depends.yaml", wf);
  }

  @Test
  void loopInsideADag() {
    var message = param("message");
    var print = container("print-message").inputs(message).image("busybox").command("echo").args(message);
    var a = print.task("A").with(message, "A");
    var b = print.task("B").dependsOn(a).with(message, item()).withItems("foo", "bar", "baz");
    var c = print.task("C").dependsOn(b).with(message, "C");
    Workflow wf = workflow().generateName("loops-dag-").label("workflows.argoproj.io/no-test", "environment")
        .entrypoint(dag("loops-dag").tasks(a, b, c))
        .build();
    Golden.assertMatches("loops-dag.yaml", wf);
  }

  @Test
  void containerSetAsAGraphInOnePod() {
    String image = "argoproj/argosay:v2";
    Workflow wf = workflow().generateName("graph-")
        .annotation("workflows.argoproj.io/version", ">= 3.1.0")
        .entrypoint(containerSet("main")
            .container(containerNode("a", image))
            .container(containerNode("b", image).withDependencies("a"))
            .container(containerNode("c", image).withDependencies("a"))
            .container(containerNode("d", image).withDependencies("b", "c")))
        .build();
    Golden.assertMatches("container-set-template/graph-workflow.yaml", wf);
  }
}
