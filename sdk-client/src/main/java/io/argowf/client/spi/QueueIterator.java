package io.argowf.client.spi;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A blocking iterator fed by another thread (a watch callback, a log reader): producers
 * {@link #offer} items, {@link #end} the stream or {@link #fail} it; the reader's {@code hasNext()}
 * blocks until one of these happens. {@link #close()} is idempotent, safe from any thread, ends the
 * stream at once and calls {@link #onClose()} once. What backends build their {@code ArgoStream}s on.
 *
 * <pre>{@code
 * final class Lines extends QueueIterator<LogEntry> {
 *   protected void onClose() { reader.close(); }
 * }
 * ArgoStream<LogEntry> stream = ArgoStream.of(lines, lines::close);
 * }</pre>
 *
 * @param <T> item type
 */
public abstract class QueueIterator<T> implements Iterator<T> {
  private static final Object END = new Object();

  private final LinkedBlockingQueue<Object> queue = new LinkedBlockingQueue<>();
  private volatile boolean closed;
  private Object next;
  private boolean ended;

  /** Adds an item for the reader (dropped once closed). */
  protected final void offer(T item) {
    if (!closed) {
      queue.add(item);
    }
  }

  /** Ends the stream after the items already offered. */
  protected final void end() {
    queue.add(END);
  }

  /** Ends the stream with a failure, thrown to the reader after the items already offered. */
  protected final void fail(RuntimeException failure) {
    queue.add(failure);
  }

  /** @return true once {@link #close()} was called */
  protected final boolean isClosed() {
    return closed;
  }

  /** Releases what feeds the iterator (a watch, a connection); called once, by {@link #close()}. */
  protected abstract void onClose();

  @Override
  public final boolean hasNext() {
    if (next != null) {
      return true;
    }
    if (ended) {
      return false;
    }
    try {
      Object item = closed ? queue.poll() : queue.take();
      if (item == null || item == END || closed) {
        ended = true;
        return false;
      }
      if (item instanceof RuntimeException failure) {
        ended = true;
        close();
        throw failure;
      }
      next = item;
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      ended = true;
      return false;
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public final T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T item = (T) next;
    next = null;
    return item;
  }

  /** Ends the stream; a reader blocked in {@code hasNext()} returns false. */
  public final void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    queue.add(END);
    onClose();
  }
}
