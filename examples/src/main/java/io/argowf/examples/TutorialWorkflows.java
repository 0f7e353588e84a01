package io.argowf.examples;

import io.argowf.model.k8s.Container;
import io.argowf.model.k8s.ObjectMeta;
import io.argowf.model.workflow.Arguments;
import io.argowf.model.workflow.Inputs;
import io.argowf.model.workflow.ParallelSteps;
import io.argowf.model.workflow.Parameter;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowSpec;
import io.argowf.model.workflow.WorkflowStep;
import java.util.List;

/** The tutorial's workflows. */
final class TutorialWorkflows {
  static final String WHALESAY_IMAGE = "paas-cn-shanghai.cr.volces.com/argoproj/whalesay:latest";

  private TutorialWorkflows() {}

  static List<Example> examples() {
    return List.of(
        new Example("hello-hello-hello", "steps: hello1, then hello2a and hello2b in parallel",
            () -> List.of(helloHelloHello())));
  }

  /** The steps demo, written with the model's builders. */
  static Workflow helloHelloHello() {
    Template whalesay = Template.builder()
        .name("whalesay")
        .inputs(Inputs.builder().addParameters(Parameter.builder().name("message").build()).build())
        .container(Container.builder()
            .image(WHALESAY_IMAGE)
            .addCommand("cowsay")
            .addArgs("{{inputs.parameters.message}}")
            .build())
        .build();
    Template steps = Template.builder()
        .name("hello-hello-hello")
        .addSteps(ParallelSteps.of(hello("hello1")))
        .addSteps(ParallelSteps.of(hello("hello2a"), hello("hello2b")))
        .build();
    return Workflow.builder()
        .metadata(ObjectMeta.builder().generateName("argo-vci-demo-").build())
        .spec(WorkflowSpec.builder().entrypoint("hello-hello-hello").addTemplates(steps, whalesay).build())
        .build();
  }

  private static WorkflowStep hello(String message) {
    return WorkflowStep.builder()
        .name(message)
        .template("whalesay")
        .arguments(Arguments.builder()
            .addParameters(Parameter.builder().name("message").value(message).build())
            .build())
        .build();
  }
}
