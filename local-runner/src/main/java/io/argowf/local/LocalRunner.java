package io.argowf.local;

import io.argowf.model.workflow.Workflow;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs Argo workflows on this machine, with no cluster: steps and DAGs, loops, conditions, retries, deadlines, exit
 * handlers and hooks, artifacts and volumes as folders, with Argo's semantics and an Argo-shaped {@code status}.
 * Leaves run as local processes when their command exists here, otherwise as Java {@link StandIn}s.
 *
 * <pre>{@code
 * LocalRunner runner = LocalRunner.builder()
 *     .standIn("train", leaf -> LeafResult.ok().withOutput("accuracy", "0.93"))   // a mock, by template name
 *     .standInForImage("docker/whalesay", leaf -> { leaf.out().println(leaf.arguments()); return LeafResult.ok(); })
 *     .parallelism(4)
 *     .build();
 * Workflow done = runner.run(Manifests.read(Path.of("wf.yaml"), Workflow.class));
 * System.out.println(done.status().phase());          // Succeeded
 *
 * LocalRun run = runner.start(workflow, List.of(workflowTemplate));   // asynchronous
 * run.addListener(e -> System.out.println(e.kind() + " " + e.nodeName()));
 * Workflow finished = run.await();
 * }</pre>
 *
 * <p>Immutable and thread-safe; one runner can run many workflows at once. What it refuses (before anything runs)
 * is a {@link LocalRunException} naming each field's path.
 */
public final class LocalRunner {
  private final RunSettings settings;

  private LocalRunner(RunSettings settings) {
    this.settings = settings;
  }

  /** A runner with the defaults: a temporary working folder, no parallelism cap, the built-in stand-ins. */
  public static LocalRunner create() {
    return builder().build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs a workflow to its end and returns it with its status.
   *
   * @throws LocalRunException when the workflow uses what the runner cannot honour (nothing has run)
   */
  public Workflow run(Workflow workflow) throws InterruptedException {
    return start(workflow).await();
  }

  /**
   * Runs a workflow that refers to WorkflowTemplates or ClusterWorkflowTemplates ({@code templateRef},
   * {@code workflowTemplateRef}), or to ConfigMaps and Secrets: they are given here.
   */
  public Workflow run(Workflow workflow, Collection<?> templates) throws InterruptedException {
    return start(workflow, templates).await();
  }

  /** Starts a workflow and returns at once. */
  public LocalRun start(Workflow workflow) {
    return start(workflow, List.of());
  }

  /** Starts a workflow with the templates, ConfigMaps and Secrets it refers to, and returns at once. */
  public LocalRun start(Workflow workflow, Collection<?> templates) {
    Objects.requireNonNull(workflow, "workflow");
    return Runs.start(settings, workflow, templates);
  }

  /** Configures a {@link LocalRunner}. */
  public static final class Builder {
    private Path folder;
    private Path artifactFolder;
    private int parallelism;
    private final Map<String, StandIn> byTemplate = new LinkedHashMap<>();
    private final Map<String, StandIn> byImage = new LinkedHashMap<>();
    private final Map<String, StandIn> byCommand = new LinkedHashMap<>();
    private final List<LeafExecutor> executors = new ArrayList<>();
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private RunListener listener;
    private Duration timeout;
    private Isolation isolation = Isolation.AUTO;
    private String name;

    private Builder() {}

    /** Where runs keep their files (each run in a sub-folder named after the workflow); default a temporary folder. */
    public Builder workingFolder(Path folder) {
      this.folder = Objects.requireNonNull(folder, "folder").toAbsolutePath();
      return this;
    }

    /** The folder standing in for the artifact repository; default {@code artifacts/} in each run's folder. */
    public Builder artifactFolder(Path folder) {
      this.artifactFolder = Objects.requireNonNull(folder, "folder").toAbsolutePath();
      return this;
    }

    /** The most leaves running at once, on top of the workflow's own {@code parallelism}; 0 (default): no cap. */
    public Builder parallelism(int max) {
      if (max < 0) throw new IllegalArgumentException("parallelism must be 0 (no cap) or more, got " + max);
      this.parallelism = max;
      return this;
    }

    /** Runs the template of that name with the stand-in, wherever it is called (a mock, in tests). */
    public Builder standIn(String templateName, StandIn standIn) {
      byTemplate.put(Objects.requireNonNull(templateName, "templateName"), Objects.requireNonNull(standIn, "standIn"));
      return this;
    }

    /** Runs every container of that image (with or without its tag: {@code docker/whalesay}) with the stand-in. */
    public Builder standInForImage(String image, StandIn standIn) {
      byImage.put(Objects.requireNonNull(image, "image"), Objects.requireNonNull(standIn, "standIn"));
      return this;
    }

    /** Runs every container whose command is that one ({@code blender}, {@code /usr/bin/blender}) with the stand-in. */
    public Builder standInForCommand(String command, StandIn standIn) {
      byCommand.put(Commands.name(Objects.requireNonNull(command, "command")), Objects.requireNonNull(standIn, "standIn"));
      return this;
    }

    /** Adds a leaf executor, asked before the stand-ins (in the order added). */
    public Builder leafExecutor(LeafExecutor executor) {
      executors.add(Objects.requireNonNull(executor, "executor"));
      return this;
    }

    /** Receives every run's events. */
    public Builder listener(RunListener listener) {
      this.listener = listener;
      return this;
    }

    /** The longest a run may take; it then ends as a workflow past its {@code activeDeadlineSeconds} does. */
    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    /** How processes see their declared paths; default {@link Isolation#AUTO}. */
    public Builder isolation(Isolation isolation) {
      this.isolation = Objects.requireNonNull(isolation, "isolation");
      return this;
    }

    /** A workflow parameter's value, as {@code argo submit -p name=value} gives it. */
    public Builder parameter(String name, String value) {
      parameters.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** The name of workflows that only have a {@code generateName} (default: it plus five random characters). */
    public Builder workflowName(String name) {
      this.name = name;
      return this;
    }

    /** The runner. */
    public LocalRunner build() {
      return new LocalRunner(new RunSettings(folder, artifactFolder, parallelism, Map.copyOf(byTemplate),
          Map.copyOf(byImage), Map.copyOf(byCommand), List.copyOf(executors), listener, timeout, isolation,
          Map.copyOf(parameters), name, new Memo()));
    }
  }
}
