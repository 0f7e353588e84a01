package io.argowf.dsl.internal;

import io.argowf.model.Lint;
import io.argowf.model.workflow.CronWorkflowSpec;
import io.argowf.model.workflow.Mutex;
import io.argowf.model.workflow.SemaphoreRef;
import io.argowf.model.workflow.Synchronization;
import io.argowf.model.workflow.Template;
import io.argowf.model.workflow.WorkflowSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a spec for Argo v3.5 or v4: the fields one of them renamed are converted when nothing is lost, and
 * a feature the target lacks is a problem.
 */
@SuppressWarnings("deprecation") // the v3.5-only fields are what this class converts
public final class Versions {
  private Versions() {}

  /**
   * The workflow spec for the target version.
   *
   * @param spec the spec, written the v4 way or the v3.5 way
   * @param v35 true for v3.5, false for v4
   * @param path the spec's path, e.g. {@code spec}
   * @param problems where to report what the target lacks
   * @return the adapted spec
   */
  public static WorkflowSpec adapt(WorkflowSpec spec, boolean v35, String path, List<Lint.Problem> problems) {
    WorkflowSpec s = spec.withSynchronization(adapt(spec.synchronization(), v35, path + ".synchronization", problems));
    if (v35) {
      onlyV4(s.executorPlugins(), path + ".executorPlugins", problems);
      onlyV4(s.podResources(), path + ".podResources", problems);
      onlyV4(s.resourceClaims(), path + ".resourceClaims", problems);
    } else {
      removed(s.podPriority(), path + ".podPriority", "use podPriorityClassName", problems);
    }
    if (s.templates() == null) return s;
    List<Template> templates = new ArrayList<>();
    for (int i = 0; i < s.templates().size(); i++) {
      templates.add(adapt(s.templates().get(i), v35, path + ".templates[" + i + "]", problems));
    }
    return s.withTemplates(templates);
  }

  private static Template adapt(Template t, boolean v35, String path, List<Lint.Problem> problems) {
    if (v35) {
      onlyV4(t.annotations(), path + ".annotations", problems);
      onlyV4(t.pendingTimeout(), path + ".pendingTimeout", problems);
      onlyV4(t.podResources(), path + ".podResources", problems);
      onlyV4(t.resourceClaims(), path + ".resourceClaims", problems);
      if (t.retryStrategy() != null && t.retryStrategy().backoff() != null) {
        onlyV4(t.retryStrategy().backoff().cap(), path + ".retryStrategy.backoff.cap", problems);
      }
    } else {
      removed(t.priority(), path + ".priority", "use priorityClassName", problems);
    }
    return t.withSynchronization(adapt(t.synchronization(), v35, path + ".synchronization", problems));
  }

  private static Synchronization adapt(Synchronization sync, boolean v35, String path, List<Lint.Problem> problems) {
    if (sync == null) return null;
    if (!v35) {
      Synchronization s = sync;
      if (s.mutex() != null) s = s.withMutexes(Lists.plus(s.mutexes(), s.mutex())).withMutex(null);
      if (s.semaphore() != null) s = s.withSemaphores(Lists.plus(s.semaphores(), s.semaphore())).withSemaphore(null);
      return s;
    }
    Synchronization s = sync;
    List<Mutex> mutexes = s.mutexes() == null ? List.of() : s.mutexes();
    if (mutexes.size() > 1 || mutexes.size() == 1 && s.mutex() != null) {
      problems.add(error(path + ".mutexes", "Argo v3.5 holds one mutex per workflow or template, this asks for "
          + (mutexes.size() + (s.mutex() == null ? 0 : 1)) + "; target ArgoVersion.V4 or keep one"));
    } else if (mutexes.size() == 1) {
      s = s.withMutex(mutexes.get(0)).withMutexes((Iterable<Mutex>) null);
    }
    List<SemaphoreRef> semaphores = s.semaphores() == null ? List.of() : s.semaphores();
    if (semaphores.size() > 1 || semaphores.size() == 1 && s.semaphore() != null) {
      problems.add(error(path + ".semaphores", "Argo v3.5 holds one semaphore per workflow or template, this asks for "
          + (semaphores.size() + (s.semaphore() == null ? 0 : 1)) + "; target ArgoVersion.V4 or keep one"));
    } else if (semaphores.size() == 1) {
      s = s.withSemaphore(semaphores.get(0)).withSemaphores((Iterable<SemaphoreRef>) null);
    }
    if (s.mutex() != null) onlyV4(s.mutex().database(), path + ".mutex.database", problems);
    if (s.semaphore() != null) onlyV4(s.semaphore().database(), path + ".semaphore.database", problems);
    return s;
  }

  /**
   * The CronWorkflow spec for the target version: {@code schedule} for v3.5, {@code schedules} for v4.
   *
   * @param spec the spec
   * @param v35 true for v3.5, false for v4
   * @param path the spec's path, {@code spec}
   * @param problems where to report what the target lacks
   * @return the adapted spec
   */
  public static CronWorkflowSpec adapt(CronWorkflowSpec spec, boolean v35, String path, List<Lint.Problem> problems) {
    if (!v35) {
      return spec.schedule() == null ? spec
          : spec.withSchedules(Lists.plus(List.of(spec.schedule()), spec.schedules() == null ? List.of() : spec.schedules()))
              .withSchedule(null);
    }
    onlyV4(spec.when(), path + ".when", problems);
    onlyV4(spec.stopStrategy(), path + ".stopStrategy", problems);
    List<String> schedules = spec.schedules() == null ? List.of() : spec.schedules();
    int count = schedules.size() + (spec.schedule() == null ? 0 : 1);
    if (count > 1) {
      problems.add(error(path + ".schedules", "Argo v3.5 takes one schedule, this CronWorkflow has " + count
          + "; target ArgoVersion.V4 or keep one"));
      return spec;
    }
    return schedules.isEmpty() ? spec : spec.withSchedule(schedules.get(0)).withSchedules((Iterable<String>) null);
  }

  private static void onlyV4(Object value, String path, List<Lint.Problem> problems) {
    if (value != null) {
      problems.add(error(path, "not in Argo v3.5 (it came with v3.6); target ArgoVersion.V4 or leave it out"));
    }
  }

  private static void removed(Object value, String path, String instead, List<Lint.Problem> problems) {
    if (value != null) {
      problems.add(error(path, "Argo v4 removed this field; " + instead + ", or target ArgoVersion.V3_5"));
    }
  }

  private static Lint.Problem error(String path, String message) {
    return new Lint.Problem(Lint.Severity.ERROR, path, message);
  }
}
