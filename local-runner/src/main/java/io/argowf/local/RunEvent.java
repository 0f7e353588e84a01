package io.argowf.local;

import java.time.Instant;
import java.util.Objects;

/**
 * Something that happened in a local run, in the order it happened: {@link #sequence()} counts from 1 and never
 * repeats within a run, so tests can order events without comparing clocks.
 *
 * <pre>{@code
 * LocalRunner.builder().listener(e -> {
 *   if (e.kind() == RunEvent.Kind.NODE_FINISHED) System.out.println(e.nodeName() + " " + e.phase());
 * })
 * }</pre>
 *
 * @param sequence the event's position in the run, from 1
 * @param time when it happened
 * @param kind what happened
 * @param nodeId the node's id ({@code null} for workflow events)
 * @param nodeName the node's full name ({@code null} for workflow events)
 * @param phase the node's (or workflow's) phase after the event
 * @param text the log line for {@link Kind#LOG}, the message otherwise (may be null)
 */
public record RunEvent(long sequence, Instant time, Kind kind, String nodeId, String nodeName, String phase,
    String text) {

  /** What an event reports. */
  public enum Kind {
    /** The workflow started running. */
    WORKFLOW_STARTED,
    /** A node was created (Pending or Running). */
    NODE_STARTED,
    /** A node's phase or message changed without finishing. */
    NODE_CHANGED,
    /** A node reached a final phase. */
    NODE_FINISHED,
    /** A node printed a line. */
    LOG,
    /** The workflow reached a final phase; always the last event. */
    WORKFLOW_FINISHED
  }

  /** Checks the required parts. */
  public RunEvent {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(kind, "kind");
  }
}
