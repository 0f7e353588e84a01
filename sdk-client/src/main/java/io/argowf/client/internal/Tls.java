package io.argowf.client.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds trust and key managers from PEM files or key stores, and applies them to an OkHttp client. */
public final class Tls {
  private static final Logger LOG = LoggerFactory.getLogger(Tls.class);

  private static final Pattern PEM_KEY = Pattern.compile(
      "-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END PRIVATE KEY-----");

  private Tls() {}

  /**
   * Applies the TLS settings; leaves the JDK defaults when none is given.
   *
   * @param http the client being built
   * @param host the server's host, for the warning when verification is off
   * @param trustStore trusted certificates, or null for the JDK's
   * @param clientKeys the client certificate's store, or null
   * @param insecureSkipTlsVerify accept any certificate and host name (logged as a warning)
   */
  public static void configure(OkHttpClient.Builder http, String host, KeyStore trustStore, KeyStore clientKeys,
      char[] clientKeyPassword, boolean insecureSkipTlsVerify) {
    if (!insecureSkipTlsVerify && trustStore == null && clientKeys == null) {
      return;
    }
    try {
      X509TrustManager trust;
      if (insecureSkipTlsVerify) {
        LOG.warn("TLS verification is OFF for {}: any certificate is accepted. Trust the server's CA with "
            + "caCertificates(...) instead.", host);
        trust = trustEverything();
        http.hostnameVerifier((h, session) -> true);
      } else {
        trust = trustManager(trustStore);
      }
      http.sslSocketFactory(context(trust, clientKeys, clientKeyPassword).getSocketFactory(), trust);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("cannot set up TLS: " + e.getMessage(), e);
    }
  }

  /** A trust store holding every certificate of a PEM bundle. */
  public static KeyStore trustStoreFromPem(String pem) throws GeneralSecurityException {
    Collection<? extends Certificate> certs = CertificateFactory.getInstance("X.509")
        .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    if (certs.isEmpty()) {
      throw new GeneralSecurityException("no certificate found in the PEM text");
    }
    KeyStore store = emptyStore();
    int i = 0;
    for (Certificate c : certs) {
      store.setCertificateEntry("ca-" + i++, c);
    }
    return store;
  }

  /** A key store with one client key (PKCS#8 PEM, RSA or EC) and its certificate chain (PEM). */
  public static KeyStore keyStoreFromPem(Path certChain, Path privateKey, char[] password)
      throws IOException, GeneralSecurityException {
    List<X509Certificate> chain = new ArrayList<>();
    for (Certificate c : CertificateFactory.getInstance("X.509")
        .generateCertificates(new ByteArrayInputStream(Files.readAllBytes(certChain)))) {
      chain.add((X509Certificate) c);
    }
    Matcher m = PEM_KEY.matcher(Files.readString(privateKey, StandardCharsets.US_ASCII));
    if (!m.find() || chain.isEmpty()) {
      throw new GeneralSecurityException("expected a certificate chain and a PKCS#8 \"BEGIN PRIVATE KEY\" PEM");
    }
    byte[] der = Base64.getMimeDecoder().decode(m.group(1));
    String algorithm = chain.get(0).getPublicKey().getAlgorithm();
    PrivateKey key = KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
    KeyStore store = emptyStore();
    store.setKeyEntry("client", key, password, chain.toArray(new Certificate[0]));
    return store;
  }

  /** The trust manager for a store (or the JDK's default trust when {@code store} is null). */
  public static X509TrustManager trustManager(KeyStore store) throws GeneralSecurityException {
    TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    f.init(store);
    for (TrustManager tm : f.getTrustManagers()) {
      if (tm instanceof X509TrustManager x) {
        return x;
      }
    }
    throw new GeneralSecurityException("no X509TrustManager available");
  }

  /** A trust manager that accepts every certificate (only for an explicit insecure opt-in). */
  public static X509TrustManager trustEverything() {
    return new X509TrustManager() {
      @Override
      public void checkClientTrusted(X509Certificate[] chain, String authType) {
        // the opt-in is explicit and logged
      }

      @Override
      public void checkServerTrusted(X509Certificate[] chain, String authType) {
        // the opt-in is explicit and logged
      }

      @Override
      public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
      }
    };
  }

  /** An SSL context with the given trust and optional client keys. */
  public static SSLContext context(X509TrustManager trust, KeyStore keys, char[] password)
      throws GeneralSecurityException {
    KeyManager[] keyManagers = null;
    if (keys != null) {
      KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(keys, password);
      keyManagers = kmf.getKeyManagers();
    }
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(keyManagers, new TrustManager[] {trust}, null);
    return ctx;
  }

  private static KeyStore emptyStore() throws GeneralSecurityException {
    try {
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      return store;
    } catch (IOException e) {
      throw new GeneralSecurityException(e);
    }
  }
}
