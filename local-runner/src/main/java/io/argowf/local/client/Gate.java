package io.argowf.local.client;

import io.argowf.local.Leaf;
import io.argowf.local.LeafExecutor;
import io.argowf.local.LeafResult;
import java.util.HashSet;
import java.util.Set;

/**
 * Holds the leaves of suspended workflows before they start, as Argo's controller creates no new pods for a
 * workflow with {@code spec.suspend: true} (leaves already running go on). It is the first leaf executor of the
 * backend's runner and never runs a leaf itself: when the runner asks it about a leaf that is about to run,
 * it waits while that leaf's workflow is suspended, then answers "not mine" so the runner's usual choice runs it.
 *
 * <p>Leaves are told apart by workflow name (a node's name starts with its workflow's), so suspending a workflow
 * also holds a workflow of the same name in another namespace of the same backend.
 */
final class Gate implements LeafExecutor {
  private final Set<String> held = new HashSet<>();
  private boolean open;

  synchronized void hold(String workflow) {
    held.add(workflow);
  }

  synchronized void release(String workflow) {
    held.remove(workflow);
    notifyAll();
  }

  /** Lets every leaf through for good (the backend is closing). */
  synchronized void openForGood() {
    open = true;
    held.clear();
    notifyAll();
  }

  @Override
  public boolean handles(Leaf leaf) {
    if (!running(leaf)) {
      return false; // the runner's check before the run: nothing to hold yet
    }
    synchronized (this) {
      try {
        while (!open && isHeld(leaf.nodeName())) {
          wait();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt(); // the run was stopped: let the runner see it
      }
    }
    return false;
  }

  private static boolean running(Leaf leaf) {
    try {
      leaf.workingFolder();
      return true;
    } catch (IllegalStateException notYet) {
      return false;
    }
  }

  private boolean isHeld(String nodeName) {
    for (String workflow : held) {
      if (nodeName.equals(workflow) || (nodeName.startsWith(workflow)
          && (nodeName.charAt(workflow.length()) == '.' || nodeName.charAt(workflow.length()) == '['))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public LeafResult run(Leaf leaf) {
    throw new IllegalStateException("the suspend gate runs no leaf");
  }

  @Override
  public String toString() {
    return "the local backend's suspend gate";
  }
}
