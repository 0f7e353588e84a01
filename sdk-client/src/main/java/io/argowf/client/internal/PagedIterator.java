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
 * @param <T> item type
 */
public final class PagedIterator<T> extends LookAheadIterator<T> implements Closeable {
  private final Transport transport;
  private final Function<String, ApiRequest> pageRequest;
  private final Class<T> type;
  private final boolean singlePage;

  private Transport.Opened page;
  private JsonParser parser;
  private String what;
  private boolean inItems;
  private String pageToken;
  private String continueToken;
  private Long remaining;
  private boolean closed;

  /**
   * @param transport sends the page requests
   * @param pageRequest makes the request for a continue token ({@code null} for the first page)
   * @param type item type
   * @param singlePage stop after the first page (its continue token stays readable)
   */
  public PagedIterator(Transport transport, Function<String, ApiRequest> pageRequest, Class<T> type, boolean singlePage) {
    this.transport = transport;
    this.pageRequest = pageRequest;
    this.type = type;
    this.singlePage = singlePage;
  }

  /** @return the continue token of the last page read, or {@code null} when it was the last page */
  public String continueToken() {
    return continueToken;
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
          return transport.json().mapper().readValue(parser, type);
        }
        JsonToken token = parser.nextToken();
        if (token == null) {
          throw truncated();
        }
        if (token == JsonToken.END_OBJECT) {
          String previous = pageToken;
          closePage();
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

  private void openPage(String token) throws IOException {
    ApiRequest request = pageRequest.apply(token);
    what = request.describe();
    pageToken = token;
    continueToken = null;
    remaining = null;
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
