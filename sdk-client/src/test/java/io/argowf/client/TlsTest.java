package io.argowf.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.HashMap;
import java.util.Map;
import javax.net.ssl.SSLContext;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** argo-server's default: HTTPS with a self-signed certificate. */
class TlsTest {
  private static final HeldCertificate SELF_SIGNED = new HeldCertificate.Builder()
      .commonName("argo-server").addSubjectAlternativeName("localhost").addSubjectAlternativeName("127.0.0.1").build();

  private HttpsServer server;

  private String start(boolean needClientCert, HeldCertificate trustedClient) throws Exception {
    HandshakeCertificates.Builder certs = new HandshakeCertificates.Builder().heldCertificate(SELF_SIGNED);
    if (trustedClient != null) {
      certs.addTrustedCertificate(trustedClient.certificate());
    }
    SSLContext ctx = certs.build().sslContext();
    server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(ctx) {
      @Override
      public void configure(HttpsParameters params) {
        javax.net.ssl.SSLParameters p = getSSLContext().getDefaultSSLParameters();
        p.setWantClientAuth(needClientCert);
        params.setSSLParameters(p);
      }
    });
    server.createContext("/api/v1/version", exchange -> {
      if (needClientCert && !presentedCertificate((com.sun.net.httpserver.HttpsExchange) exchange)) {
        exchange.sendResponseHeaders(401, -1);
        exchange.close();
        return;
      }
      byte[] body = "{\"version\":\"v4.1.2\"}".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    return "https://localhost:" + server.getAddress().getPort();
  }

  private static boolean presentedCertificate(com.sun.net.httpserver.HttpsExchange exchange) {
    try {
      return exchange.getSSLSession().getPeerCertificates().length > 0;
    } catch (javax.net.ssl.SSLPeerUnverifiedException none) {
      return false;
    }
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void aSelfSignedServerIsRefusedByDefault() throws Exception {
    String url = start(false, null);

    assertThatThrownBy(() -> ArgoClient.builder().baseUrl(url).retries(0).build().version())
        .isInstanceOf(UnavailableException.class).hasMessageContaining("TLS").hasMessageContaining("caCertificates");
  }

  @Test
  void aSelfSignedServerIsTrustedThroughACustomCa(@TempDir Path dir) throws Exception {
    String url = start(false, null);
    Path pem = dir.resolve("ca.pem");
    Files.writeString(pem, SELF_SIGNED.certificatePem());

    assertThat(ArgoClient.builder().baseUrl(url).caCertificates(pem).build().version().version()).isEqualTo("v4.1.2");
  }

  @Test
  void verificationCanBeTurnedOffExplicitly() throws Exception {
    String url = start(false, null);
    Map<String, String> env = new HashMap<>();
    env.put("ARGO_SERVER", url.substring("https://".length()));
    env.put("ARGO_INSECURE_SKIP_VERIFY", "true");

    assertThat(ArgoClient.fromEnv(env).version().version()).isEqualTo("v4.1.2");
  }

  @Test
  void presentsAClientCertificateFromPemFiles(@TempDir Path dir) throws Exception {
    HeldCertificate clientCert = new HeldCertificate.Builder().commonName("client").build();
    String url = start(true, clientCert);
    Files.writeString(dir.resolve("ca.pem"), SELF_SIGNED.certificatePem());
    Files.writeString(dir.resolve("client.pem"), clientCert.certificatePem());
    Files.writeString(dir.resolve("client.key"), clientCert.privateKeyPkcs8Pem());

    ArgoClient c = ArgoClient.builder().baseUrl(url).caCertificates(dir.resolve("ca.pem"))
        .clientCertificate(dir.resolve("client.pem"), dir.resolve("client.key")).build();

    assertThat(c.version().version()).isEqualTo("v4.1.2");
    assertThatThrownBy(() -> ArgoClient.builder().baseUrl(url).caCertificates(dir.resolve("ca.pem")).retries(0)
        .build().version()).isInstanceOf(UnauthenticatedException.class);
  }

  @Test
  void presentsAClientCertificateFromAKeyStoreAndTrustsAKeyStore() throws Exception {
    HeldCertificate clientCert = new HeldCertificate.Builder().commonName("client").build();
    String url = start(true, clientCert);
    char[] password = "changeit".toCharArray();
    KeyStore keys = KeyStore.getInstance("PKCS12");
    keys.load(null, password);
    keys.setKeyEntry("client", clientCert.keyPair().getPrivate(), password, new Certificate[] {clientCert.certificate()});
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("argo-server", SELF_SIGNED.certificate());

    ArgoClient c = ArgoClient.builder().baseUrl(url).trustStore(trust).clientCertificate(keys, password).build();

    assertThat(c.version().version()).isEqualTo("v4.1.2");
    assertThatThrownBy(() -> ArgoClient.builder().baseUrl(url).trustStore(trust).retries(0).build().version())
        .isInstanceOf(UnauthenticatedException.class);
  }
}
