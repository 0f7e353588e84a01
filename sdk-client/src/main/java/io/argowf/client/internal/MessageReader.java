package io.argowf.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.Closeable;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.Response;
import okio.BufferedSource;

/**
 * Reads argo-server's stream framing, one message at a time: Server-Sent Events ({@code data: <json>}
 * lines, a blank line ends a message, {@code :} lines are keep-alives) when the reply is
 * {@code text/event-stream}, otherwise newline-delimited JSON. Every message is
 * {@code {"result": payload}} or {@code {"error": {...}}}.
 */
public final class MessageReader implements Closeable {
  private final Transport.Opened opened;
  private final BufferedSource source;
  private final boolean sse;
  private final Json json;
  private final String what;
  private final long maxMessage;

  /** Wraps an open streaming response; messages are limited to the transport's {@code maxMessageBytes}. */
  public MessageReader(Transport.Opened opened, Transport transport, String what) {
    this(opened, transport.json(), what, transport.maxMessageBytes());
  }

  /** Wraps an open streaming response, refusing messages larger than {@code maxMessage} bytes. */
  MessageReader(Transport.Opened opened, Json json, String what, long maxMessage) {
    this.maxMessage = maxMessage;
    this.opened = opened;
    Response response = opened.response();
    this.source = response.body().source();
    MediaType type = response.body().contentType();
    this.sse = type != null && "text".equals(type.type()) && "event-stream".equals(type.subtype());
    this.json = json;
    this.what = what;
  }

  /** One message of the stream: a payload, or the error the server sent in its place. */
  public record Message(JsonNode result, JsonNode error) {
    /** @return true when the server sent an error */
    public boolean isError() {
      return error != null;
    }
  }

  /**
   * Blocks for the next message.
   *
   * @return the message, or {@code null} at a clean end of the stream
   * @throws IOException when the connection fails (including cancellation)
   * @throws io.argowf.client.MalformedResponseException when a message is not valid JSON or has neither {@code result} nor {@code error}
   */
  public Message next() throws IOException {
    String text = opened.reading(() -> sse ? nextEvent() : nextLine());
    return text == null ? null : decode(text);
  }

  private String nextLine() throws IOException {
    String line;
    do {
      line = boundedLine();
    } while (line != null && line.isBlank());
    return line;
  }

  /** One line of at most {@code maxMessage} bytes; null at the end of the stream. */
  private String boundedLine() throws IOException {
    if (source.exhausted()) {
      return null;
    }
    long newline = source.indexOf((byte) '\n', 0, maxMessage + 1);
    if (newline < 0) {
      if (source.getBuffer().size() > maxMessage) {
        throw tooLarge();
      }
      return source.readUtf8(); // the last line, without its newline
    }
    String line = source.readUtf8(newline);
    source.skip(1);
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  private io.argowf.client.MalformedResponseException tooLarge() {
    opened.close();
    return Errors.malformed(what, "a stream message is larger than " + maxMessage
        + " bytes (raise the limit with ArgoClient.builder().maxStreamMessageBytes(...))", null);
  }

  private String nextEvent() throws IOException {
    StringBuilder data = null;
    for (String line; (line = boundedLine()) != null; ) {
      if (line.isEmpty()) {
        if (data != null) {
          return data.toString();
        }
      } else if (line.startsWith("data:")) {
        String chunk = line.substring(line.startsWith("data: ") ? 6 : 5);
        data = data == null ? new StringBuilder(chunk) : data.append('\n').append(chunk);
        if (data.length() > maxMessage) {
          throw tooLarge();
        }
      }
      // ':' keep-alive comments and event:/id:/retry: fields carry nothing for us
    }
    return data == null ? null : data.toString();
  }

  private Message decode(String text) {
    JsonNode node;
    try {
      node = json.parse(text);
    } catch (JsonProcessingException e) {
      throw Errors.malformed(what, "stream message is not JSON (" + e.getOriginalMessage() + "): "
          + abbreviate(text), e);
    }
    if (node.hasNonNull("error")) {
      return new Message(null, node.get("error"));
    }
    if (node.has("result")) {
      return new Message(node.get("result"), null);
    }
    throw Errors.malformed(what, "stream message has neither result nor error: " + abbreviate(text), null);
  }

  private static String abbreviate(String s) {
    return s.length() <= 200 ? s : s.substring(0, 200) + "...";
  }

  /** Cancels the call, which also unblocks a thread waiting in {@link #next()}; safe from any thread. */
  @Override
  public void close() {
    opened.close();
  }
}
