package io.argowf.local;

/**
 * Receives a run's events as they happen. Called from the runner's threads, one event at a time and in
 * {@link RunEvent#sequence()} order; keep it quick (a slow listener slows the run).
 *
 * <pre>{@code
 * LocalRunner.builder().listener(e -> log.info("{} {} {}", e.kind(), e.nodeName(), e.phase()))
 * }</pre>
 */
@FunctionalInterface
public interface RunListener {

  /** One event. An exception thrown here is logged and otherwise ignored. */
  void onEvent(RunEvent event);
}
