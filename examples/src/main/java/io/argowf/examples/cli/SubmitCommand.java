package io.argowf.examples.cli;

import io.argowf.client.ArgoClient;
import io.argowf.client.ArgoException;
import io.argowf.client.UnauthenticatedException;
import io.argowf.client.WaitOptions;
import io.argowf.local.LocalRunner;
import io.argowf.local.client.LocalBackend;
import io.argowf.model.k8s.ConfigMap;
import io.argowf.model.k8s.Secret;
import io.argowf.model.workflow.ClusterWorkflowTemplate;
import io.argowf.model.workflow.Workflow;
import io.argowf.model.workflow.WorkflowTemplate;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code submit NAME|FILE [-p name=value ...] [--local]}: creates the workflow through the backend the environment
 * names ({@code $ARGO_SERVER}'s argo-server, else Kubernetes through the kubeconfig or the pod's service account, as
 * the argo CLI does), or with {@code --local} through the client's local backend (the workflow runs on this machine
 * with the demo stand-ins {@code run-local} uses; the file's WorkflowTemplates, ClusterWorkflowTemplates,
 * ConfigMaps and Secrets are given to it first), in namespace {@code $ARGO_NAMESPACE} (default {@code argo});
 * prints which backend it used, follows the workflow to the end printing progress, and prints the final phase;
 * exits 0 only when it Succeeded.
 */
@Command(name = "submit", description = "Submit a workflow and follow it to its end; exit 0 only when it Succeeded.",
    footerHeading = "%nExamples:%n",
    footer = {"  ARGO_SERVER=localhost:2746 ARGO_TOKEN=\"Bearer $TOKEN\" argowf-examples submit hello-hello-hello",
        "  KUBECONFIG=~/.kube/config ARGO_NAMESPACE=argo-jobs argowf-examples submit hello-hello-hello",
        "  argowf-examples submit my-workflow.yaml -p message=hi",
        "  argowf-examples submit hello-hello-hello --local"})
final class SubmitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin WorkflowInput input;

  @Option(names = "--local", description = "run it on this machine through the client's local backend (no cluster)")
  boolean local;

  @Override
  public Integer call() {
    List<Object> manifests = input.manifests();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    return local ? runLocally(manifests, out, err, System::getenv) : run(manifests, out, err, System::getenv);
  }

  /** Submits through the backend the environment names. */
  static int run(Object manifest, PrintWriter out, PrintWriter err, Function<String, String> env) {
    return run(manifest, out, err, namespace(env), () -> ArgoClient.fromEnv(env));
  }

  /** Submits through the local backend, after giving it the other documents of the manifest. */
  static int runLocally(List<Object> manifests, PrintWriter out, PrintWriter err, Function<String, String> env) {
    String namespace = namespace(env);
    return run(manifests, out, err, namespace, () -> localClient(manifests, namespace));
  }

  private static ArgoClient localClient(List<Object> manifests, String namespace) {
    LocalRunner.Builder runner = LocalRunner.builder();
    DemoStandIns.register(runner);
    LocalBackend.Builder local = LocalBackend.builder().runner(runner).namespace(namespace);
    manifests.stream().filter(m -> m instanceof ConfigMap || m instanceof Secret).forEach(local::objects);
    ArgoClient client = ArgoClient.of(local.build());
    for (Object m : manifests) {
      if (m instanceof WorkflowTemplate || m instanceof ClusterWorkflowTemplate) {
        client.apply(m);
      }
    }
    return client;
  }

  private static String namespace(Function<String, String> env) {
    String namespace = env.apply("ARGO_NAMESPACE");
    return namespace == null || namespace.isBlank() ? "argo" : namespace;
  }

  private static int run(Object manifest, PrintWriter out, PrintWriter err, String namespace,
      Supplier<ArgoClient> connect) {
    Workflow wf = workflowIn(manifest);
    if (wf == null) {
      err.println("nothing to submit: the example has no Workflow");
      return 1;
    }
    try (ArgoClient client = connect.get()) {
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
