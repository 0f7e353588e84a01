package io.argowf.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.Proxy;
import org.junit.jupiter.api.Test;

class ProxyTest {
  @Test
  void requestsGoThroughTheConfiguredHttpProxyWithTheServersAbsoluteUrl() throws Exception {
    String reply = "{\"version\":\"v4.1.2\"}";
    try (ScriptedServer proxy = new ScriptedServer("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        + "Connection: close\r\nContent-Length: " + reply.length() + "\r\n\r\n" + reply)) {
      int port = Integer.parseInt(proxy.url().substring(proxy.url().lastIndexOf(':') + 1));
      ArgoClient argo = ArgoClient.builder().baseUrl("http://argo.invalid:2746/base/").retries(0)
          .proxy(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", port))).build();

      assertThat(argo.version().version()).isEqualTo("v4.1.2");
      assertThat(proxy.requestLines).containsExactly("GET http://argo.invalid:2746/base/api/v1/version HTTP/1.1");
    }
  }
}
