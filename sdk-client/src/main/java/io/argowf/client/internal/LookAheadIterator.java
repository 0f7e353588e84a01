package io.argowf.client.internal;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator that fetches one item ahead: {@link #hasNext()} blocks in {@link #advance()} until the
 * next item is there or there are no more, and {@link #next()} hands it over. Once {@code advance()}
 * has said "no more", it is not asked again; once it has failed, every later call fails the same way
 * (a failed stream never quietly opens a new connection).
 *
 * @param <T> item type
 */
public abstract class LookAheadIterator<T> implements Iterator<T> {
  private T next;
  private boolean ended;
  private RuntimeException failure;

  /** @return the next item, or {@code null} when there are no more */
  protected abstract T advance();

  @Override
  public final boolean hasNext() {
    if (failure != null) throw failure;
    if (next == null && !ended) {
      try {
        next = advance();
      } catch (RuntimeException e) {
        failure = e;
        ended = true;
        throw e;
      }
      ended = next == null;
    }
    return next != null;
  }

  @Override
  public final T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T item = next;
    next = null;
    return item;
  }
}
