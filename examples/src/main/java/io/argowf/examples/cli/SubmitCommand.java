package io.argowf.examples.cli;

import io.argowf.client.ArgoClient;
import io.argowf.client.ArgoException;
import io.argowf.client.UnauthenticatedException;
import io.argowf.client.WaitOptions;
import io.argowf.model.workflow.Workflow;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code submit NAME|FILE [-p name=value ...]}: creates the workflow through the backend the environment names
 * ({@code $ARGO_SERVER}'s argo-server, else Kubernetes through the kubeconfig or the pod's service account, as the
 * argo CLI does), in namespace {@code $ARGO_NAMESPACE} (default {@code argo}); prints which backend it used, follows
 * the workflow to the end printing progress, and prints the final phase; exits 0 only when it Succeeded.
 */
@Command(name = "submit", description = "Submit a workflow and follow it to its end; exit 0 only when it Succeeded.",
    footerHeading = "%nExamples:%n",
    footer = {"  ARGO_SERVER=localhost:2746 ARGO_TOKEN=\"Bearer $TOKEN\" argowf-examples submit hello-hello-hello",
        "  KUBECONFIG=~/.kube/config ARGO_NAMESPACE=argo-jobs argowf-examples submit hello-hello-hello",
        "  argowf-examples submit my-workflow.yaml -p message=hi"})
final class SubmitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin WorkflowInput input;

  @Override
  public Integer call() {
    Object manifests = input.manifests();
    return run(manifests, spec.commandLine().getOut(), spec.commandLine().getErr(), System::getenv);
  }

  static int run(Object manifest, PrintWriter out, PrintWriter err, Function<String, String> env) {
    Workflow wf = workflowIn(manifest);
    if (wf == null) {
      err.println("nothing to submit: the example has no Workflow");
      return 1;
    }
    String namespace = env.apply("ARGO_NAMESPACE") == null || env.apply("ARGO_NAMESPACE").isBlank()
        ? "argo" : env.apply("ARGO_NAMESPACE");
    try (ArgoClient client = ArgoClient.fromEnv(env)) {
      out.println("using " + client.backend());
      Workflow created = client.workflows(namespace).create(wf);
      String name = created.metadata().name();
      out.println("submitted " + namespace + "/" + name);
      Workflow done = client.workflows(namespace).waitFor(name,
          WaitOptions.defaults().withProgress(p -> out.println("  " + p)));
      String phase = done.status() == null ? "" : done.status().phase();
      out.println(name + " " + phase);
      if (!"Succeeded".equals(phase) && done.status() != null && done.status().message() != null) {
        out.println("message: " + done.status().message());
      }
      return "Succeeded".equals(phase) ? 0 : 1;
    } catch (UnauthenticatedException e) {
      err.println("the server refused the credentials (HTTP " + e.httpStatus() + "): " + e.serverMessage());
      err.println("set ARGO_TOKEN to the whole Authorization value, e.g. \"Bearer $(kubectl create token ...)\"");
      return 1;
    } catch (ArgoException e) {
      err.println("submit failed: " + e.getMessage());
      return 1;
    }
  }

  private static Workflow workflowIn(Object manifest) {
    if (manifest instanceof Workflow w) {
      return w;
    }
    if (manifest instanceof Collection<?> all) {
      return all.stream().filter(Workflow.class::isInstance).map(Workflow.class::cast).findFirst().orElse(null);
    }
    return null;
  }
}
