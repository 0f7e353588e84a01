package io.argowf.dsl;

import static io.argowf.dsl.internal.Lists.plus;

import io.argowf.model.workflow.HTTP;
import io.argowf.model.workflow.HTTPHeader;
import io.argowf.model.workflow.Template;

/**
 * A template that makes an HTTP request from the agent, without a pod of its own.
 *
 * <pre>{@code
 * var url = param("url");
 * var http = http("http").inputs(url).url(url).method("GET").successCondition("response.statusCode == 200");
 * }</pre>
 */
public final class HttpTemplate extends BaseTemplate<HttpTemplate> {
  private HTTP http = HTTP.builder().build();

  HttpTemplate(String name) {
    super(name);
  }

  /**
   * The URL.
   *
   * @param url a string or a handle
   */
  public HttpTemplate url(CharSequence url) {
    http = http.withUrl(url.toString());
    return this;
  }

  /**
   * The method.
   *
   * @param method e.g. {@code POST}
   */
  public HttpTemplate method(String method) {
    http = http.withMethod(method);
    return this;
  }

  /**
   * A request header.
   *
   * @param name e.g. {@code Content-Type}
   * @param value a string or a handle
   */
  public HttpTemplate header(String name, CharSequence value) {
    http = http.withHeaders(plus(http.headers(), HTTPHeader.builder().name(name).value(value.toString()).build()));
    return this;
  }

  /**
   * The request body.
   *
   * @param body a string or a handle
   */
  public HttpTemplate body(CharSequence body) {
    http = http.withBody(body.toString());
    return this;
  }

  /**
   * When the request counts as a success.
   *
   * @param condition e.g. {@code response.statusCode == 201}
   */
  public HttpTemplate successCondition(String condition) {
    http = http.withSuccessCondition(condition);
    return this;
  }

  /**
   * How long to wait for the response.
   *
   * @param seconds e.g. {@code 30}
   */
  public HttpTemplate timeoutSeconds(int seconds) {
    http = http.withTimeoutSeconds(seconds);
    return this;
  }

  @Override
  Template complete(Template common) {
    return common.withHttp(http);
  }
}
