package demo;

import static io.argowf.dsl.Argo.*;

import io.argowf.client.ArgoClient;
import io.argowf.model.Manifests;
import io.argowf.model.workflow.Workflow;
import io.argowf.vci.Vci;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds a workflow with argowf's modules as a user's project gets them, and writes it as YAML. */
public class Hello {
  public static void main(String[] args) throws Exception {
    var message = param("message");
    var say = container("say").inputs(message).image("busybox").command("echo").args(message);
    Workflow wf = workflow().generateName("consumer-")
        .entrypoint(steps("main").then(say.step("hello").with(message, "from a consumer")))
        .customize(Vci.placement().burstToVci().build())
        .build();
    System.out.println("client: " + ArgoClient.class.getName());
    Files.writeString(Path.of("target", "consumer.yaml"), Manifests.toYaml(wf));
  }
}
