package check;

import static io.argowf.dsl.Argo.container;
import static io.argowf.dsl.Argo.param;
import static io.argowf.dsl.Argo.steps;
import static io.argowf.dsl.Argo.workflow;

import io.argowf.client.ArgoClient;
import io.argowf.model.Lint;
import io.argowf.model.Manifests;
import io.argowf.model.expr.Expressions;
import io.argowf.model.workflow.Workflow;
import io.argowf.vci.Vci;
import io.argowf.vci.policy.ResourcePolicy;
import java.util.Map;

/** Uses each front door from a named module; ModulePathTest compares what it prints. */
public final class Main {
  public static void main(String[] args) {
    var word = param("word");
    var echo = container("echo").inputs(word).image("alpine:3.20").command("echo").args(word);
    Workflow wf = workflow().generateName("module-path-")
        .entrypoint(steps("main").then(echo.step("first").with(word, "first")))
        .customize(Vci.placement().burstToVci().build())
        .build();

    Workflow back = Manifests.read(Manifests.toYaml(wf), Workflow.class);
    System.out.println("dsl+manifests: read back equal " + back.equals(wf));
    System.out.println("lint: problems " + Lint.check(back).size());
    System.out.println("json: " + Manifests.toJson(back).startsWith("{"));

    ResourcePolicy policy = Vci.fillNodePoolThenVci("fill-then-vci", "jobs", Map.of("pool", "batch"), "pool-1", 2, 10);
    Object read = Manifests.read(Manifests.toYaml(policy));
    System.out.println("vci kind via service: " + read.getClass().getSimpleName() + " " + read.equals(policy));

    try (ArgoClient argo = ArgoClient.builder().baseUrl("http://127.0.0.1:9").namespace("jobs").build()) {
      System.out.println("client: namespace " + argo.namespace());
    }
    Object tripled = Expressions.evaluate("jsonpath('{\"a\": 2}', '$.a') * 3", Map.of());
    System.out.println("expr: " + Expressions.format(tripled) + " " + Expressions.evaluateWhen("heads == heads"));
    System.out.println("named: " + Main.class.getModule().getName() + " reads " + Manifests.class.getModule().getName());
  }
}
