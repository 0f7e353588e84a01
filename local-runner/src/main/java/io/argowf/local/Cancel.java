package io.argowf.local;

import java.util.ArrayList;
import java.util.List;

/**
 * Cancellation of a subtree of nodes: a deadline, {@code argo stop}/{@code terminate}, or a {@code failFast}. A token
 * cancelled cancels its children; a leaf registers what to kill (its process or thread).
 */
final class Cancel {
  private final Cancel parent;
  private final List<Cancel> children = new ArrayList<>();
  private final List<Runnable> onCancel = new ArrayList<>();
  private String reason;

  private Cancel(Cancel parent) {
    this.parent = parent;
  }

  static Cancel root() {
    return new Cancel(null);
  }

  Cancel child() {
    Cancel c = new Cancel(this);
    String r;
    synchronized (this) {
      children.add(c);
      r = reason;
    }
    if (r != null) c.cancel(r);
    return c;
  }

  /** Cancels with a reason (the message the killed nodes get); later reasons do not replace the first. */
  void cancel(String why) {
    List<Runnable> run;
    List<Cancel> kids;
    synchronized (this) {
      if (reason != null) return;
      reason = why;
      run = new ArrayList<>(onCancel);
      kids = new ArrayList<>(children);
    }
    run.forEach(Runnable::run);
    kids.forEach(k -> k.cancel(why));
  }

  /** The reason, or null while not cancelled (also checks ancestors). */
  synchronized String reason() {
    if (reason != null) return reason;
    return parent == null ? null : parent.reason();
  }

  boolean cancelled() {
    return reason() != null;
  }

  /** Runs the action on cancellation (at once when already cancelled); returns a handle to forget it. */
  Runnable onCancel(Runnable action) {
    boolean now;
    synchronized (this) {
      now = reason != null;
      if (!now) onCancel.add(action);
    }
    if (now) action.run();
    return () -> {
      synchronized (this) {
        onCancel.remove(action);
      }
    };
  }

  void detach() {
    if (parent == null) return;
    synchronized (parent) {
      parent.children.remove(this);
    }
  }
}
