package io.argowf.dsl;

import static io.argowf.dsl.Argo.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.argowf.model.workflow.Workflow;
import org.junit.jupiter.api.Test;

/** Workflow graphs drawn as Mermaid flowcharts. */
class MermaidTest {
  private final InputParam message = param("message");
  private final ContainerTemplate echo = container("echo").inputs(message).image("busybox").command("echo", message);

  @Test
  void stepsAreDrawnGroupAfterGroup() {
    Workflow wf = workflow().generateName("x-")
        .entrypoint(steps("hello-hello-hello")
            .then(echo.step("hello1").with(message, "1"))
            .thenParallel(echo.step("hello2a").with(message, "2a"), echo.step("hello2b").with(message, "2b")))
        .build();
    assertThat(Mermaid.of(wf)).isEqualTo(String.join("\n",
        "flowchart TD",
        "  subgraph hello_hello_hello[\"hello-hello-hello (steps)\"]",
        "    hello_hello_hello__hello1[\"hello1<br/>echo\"]",
        "    hello_hello_hello__hello2a[\"hello2a<br/>echo\"]",
        "    hello_hello_hello__hello2b[\"hello2b<br/>echo\"]",
        "    hello_hello_hello__hello1 --> hello_hello_hello__hello2a",
        "    hello_hello_hello__hello1 --> hello_hello_hello__hello2b",
        "  end",
        ""));
  }

  @Test
  void aDagMarksLoopsConditionsAndResults() {
    var a = echo.task("A").with(message, "a");
    var b = echo.task("B").dependsOn(a).with(message, item()).withItems("x", "y", "z");
    var c = echo.task("C").depends(a.failed()).with(message, "c").when(a.result().eq("heads"));
    Workflow wf = workflow().generateName("x-").entrypoint(dag("main").tasks(a, b, c)).build();
    assertThat(Mermaid.of(wf)).isEqualTo(String.join("\n",
        "flowchart TD",
        "  subgraph main[\"main (dag)\"]",
        "    main__A[\"A<br/>echo\"]",
        "    main__B[[\"B<br/>echo<br/>loop: withItems (3)\"]]",
        "    main__C{{\"C<br/>echo<br/>when: {{tasks.A.outputs.result}} == heads\"}}",
        "    main__A --> main__B",
        "    main__A -.->|Failed| main__C",
        "  end",
        ""));
  }

  @Test
  void aStepRunningADagLinksToItsSubgraph() {
    var inner = dag("inner").tasks(echo.task("A").with(message, "a"));
    Workflow wf = workflow().generateName("x-").entrypoint(steps("main").then(inner.step("run"))).build();
    assertThat(Mermaid.of(wf)).isEqualTo(String.join("\n",
        "flowchart TD",
        "  subgraph main[\"main (steps)\"]",
        "    main__run[\"run<br/>inner\"]",
        "  end",
        "  subgraph inner[\"inner (dag)\"]",
        "    inner__A[\"A<br/>echo\"]",
        "  end",
        "  main__run -. runs .-> inner",
        ""));
  }

  @Test
  void aSingleTemplateWorkflowIsOneNode() {
    Workflow wf = workflow().generateName("x-").entrypoint(container("hello").image("busybox")).build();
    assertThat(Mermaid.of(wf)).isEqualTo("flowchart TD\n  hello[\"hello\"]\n");
  }

  @Test
  void exitHandlersHooksAndInlineGraphsAreDrawn() {
    var notify = container("notify").image("busybox").command("echo", "event");
    var cleanup = steps("cleanup").then(notify.step("tell"));
    var inner = dag("work").tasks(echo.task("A").with(message, "a"));
    Workflow wf = workflow().generateName("x-").onExit(cleanup).hook("running", WorkflowStatus.RUNNING, notify)
        .entrypoint(steps("main").then(inner.step("run").inline().onExit(notify)))
        .build();
    assertThat(Mermaid.of(wf)).isEqualTo(String.join("\n",
        "flowchart TD",
        "  subgraph main[\"main (steps)\"]",
        "    main__run[\"run<br/>(inline)\"]",
        "  end",
        "  subgraph cleanup[\"cleanup (steps)\"]",
        "    cleanup__tell[\"tell<br/>notify\"]",
        "  end",
        "  subgraph main__run__inline[\"run inline (dag)\"]",
        "    main__run__inline__A[\"A<br/>echo\"]",
        "  end",
        "  main__run -. runs .-> main__run__inline",
        "  main__run__onExit>\"notify\"]",
        "  main__run -. on exit .-> main__run__onExit",
        "  workflow__onExit>\"cleanup\"]",
        "  main -. on exit .-> workflow__onExit",
        "  workflow__onExit -. runs .-> cleanup",
        "  workflow__hook_running>\"notify<br/>workflow.status == 'Running'\"]",
        "  main -. hook running .-> workflow__hook_running",
        ""));
  }
}
