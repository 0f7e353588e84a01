package io.argowf.client.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.Closeable;
import java.io.IOException;
import java.util.function.Function;

/**
 * Walks a Kubernetes-style list ({@code {"metadata": {"continue": ...}, "items": [...]}}) page by page,
 * binding one item at a time as the bytes arrive: neither a page nor the whole list is ever held in
 * memory. {@code "items": null} is an empty page; a page is requested only when the previous one is
 * used up. Works with opaque continue tokens and argo-server's decimal offsets alike.
 *
 * <p>With {@code offsetPaging} (argo-server's workflow and archive lists, whose continue token is a
 * decimal offset) a page that carries no continue token is not taken as the last one when the server
 * reported {@code remainingItemCount > 0}, or, without that count, when the page was full: argo-server
 * v4 sets {@code metadata.continue} only when its archive reports more rows, so with the archive off it
 * ends a full page without one. The next offset is then the previous one plus the items read; a
 * page that adds nothing ends the list.
 *
 * @param <T> item type
 */
public final class PagedIterator<T> extends LookAheadIterator<T> implements Closeable {
  private final Transport transport;
  private final Function<String, ApiRequest> pageRequest;
  private final Class<T> type;
  private final boolean singlePage;
  private final int pageSize;
  private final boolean offsetPaging;
  private long itemsInPage;

  private Transport.Opened page;
  private JsonParser parser;
  private String what;
  private boolean inItems;
  private String pageToken;
  private String continueToken;
  private Long remaining;
  private String listVersion;
  private boolean closed;

  /**
   * @param transport sends the page requests
   * @param pageRequest makes the request for a continue token ({@code null} for the first page)
   * @param type item type
   * @param singlePage stop after the first page (its continue token stays readable)
   */
  public PagedIterator(Transport transport, Function<String, ApiRequest> pageRequest, Class<T> type, boolean singlePage) {
    this(transport, pageRequest, type, singlePage, 0, false);
  }

  /**
   * @param pageSize the limit each request asks for (0 for none)
   * @param offsetPaging whether continue tokens are decimal offsets (see the class comment)
   */
  public PagedIterator(Transport transport, Function<String, ApiRequest> pageRequest, Class<T> type, boolean singlePage,
      int pageSize, boolean offsetPaging) {
    this.transport = transport;
    this.pageRequest = pageRequest;
    this.type = type;
    this.singlePage = singlePage;
    this.pageSize = pageSize;
    this.offsetPaging = offsetPaging;
  }

  /** @return the continue token of the last page read, or {@code null} when it was the last page */
  public String continueToken() {
    return continueToken;
  }

  /** @return {@code metadata.resourceVersion} of the last page read, or null */
  public String listResourceVersion() {
    return listVersion;
  }

  /** @return {@code metadata.remainingItemCount} of the last page read, when the server sent it */
  public Long remainingItemCount() {
    return remaining;
  }

  @Override
  protected T advance() {
    if (closed) {
      return null;
    }
    try {
      while (true) {
        if (parser == null) {
          openPage(continueToken);
        }
        if (inItems) {
          JsonToken token = parser.nextToken();
          if (token == JsonToken.END_ARRAY) {
            inItems = false;
            continue;
          }
          if (token == null) {
            throw truncated();
          }
          itemsInPage++;
          return transport.json().mapper().readValue(parser, type);
        }
        JsonToken token = parser.nextToken();
        if (token == null) {
          throw truncated();
        }
        if (token == JsonToken.END_OBJECT) {
          String previous = pageToken;
          closePage();
          if ((continueToken == null || continueToken.isEmpty()) && offsetPaging) {
            continueToken = nextOffset(previous);
          }
          if (singlePage || continueToken == null || continueToken.isEmpty() || continueToken.equals(previous)) {
            return null;
          }
          continue;
        }
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if ("items".equals(field)) {
          if (value == JsonToken.START_ARRAY) {
            inItems = true;
          } else if (value != JsonToken.VALUE_NULL) {
            throw Errors.malformed(what, "\"items\" is " + value + ", expected an array or null", null);
          }
        } else if ("metadata".equals(field)) {
          JsonNode meta = transport.json().mapper().readTree(parser);
          JsonNode cont = meta == null ? null : meta.get("continue");
          continueToken = cont == null || cont.isNull() ? null : cont.asText();
          JsonNode rem = meta == null ? null : meta.get("remainingItemCount");
          remaining = rem == null || rem.isNull() ? null : rem.asLong();
          JsonNode rv = meta == null ? null : meta.get("resourceVersion");
          listVersion = rv == null || rv.isNull() || rv.asText().isEmpty() ? listVersion : rv.asText();
        } else {
          parser.skipChildren();
        }
      }
    } catch (JsonProcessingException e) {
      close();
      throw Errors.malformed(what, e.getOriginalMessage(), e);
    } catch (IOException e) {
      close();
      throw Errors.fromIo(what + " (reading a page)", e);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** The offset after this page when the server left out a token although more items remain; else null. */
  private String nextOffset(String previous) {
    boolean more = remaining != null ? remaining > 0 : pageSize > 0 && itemsInPage >= pageSize;
    if (!more || itemsInPage == 0) {
      return null;
    }
    long offset;
    try {
      offset = previous == null || previous.isEmpty() ? 0 : Long.parseLong(previous);
    } catch (NumberFormatException opaque) {
      return null;
    }
    return String.valueOf(offset + itemsInPage);
  }

  private void openPage(String token) throws IOException {
    ApiRequest request = pageRequest.apply(token);
    what = request.describe();
    pageToken = token;
    continueToken = null;
    remaining = null;
    itemsInPage = 0;
    page = transport.open(request);
    parser = transport.json().parser(page.response().body().byteStream());
    JsonToken first = parser.nextToken();
    if (first != JsonToken.START_OBJECT) {
      throw Errors.malformed(what, first == null ? "empty body" : "expected a JSON object, got " + first, null);
    }
    inItems = false;
  }

  private RuntimeException truncated() {
    return Errors.malformed(what, "the list ended early (truncated response)", null);
  }

  private void closePage() {
    if (parser != null) {
      try {
        parser.close();
      } catch (IOException ignored) {
        // the page is being dropped anyway
      }
      parser = null;
    }
    if (page != null) {
      page.close();
      page = null;
    }
  }

  /** Stops paging and releases the open page, if any. */
  @Override
  public void close() {
    closed = true;
    closePage();
  }
}
